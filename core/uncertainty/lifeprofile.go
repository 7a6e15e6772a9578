package uncertainty

import "github.com/computedeals/explorer/core/calendar"

// lifeProfile is what an owned deal's figures need of its ramp for a life
// of lw whole months plus a sampled fraction of one (MODEL.md §4.1),
// worked out once per run and lw. With f the ramp and m = start + i,
// U(m) / N = a[i] + frac·b[i], where a[i] = f(m) − f(m − lw) and b[i] =
// f(m − lw) − f(m − lw − 1): the operations of evalDeal, so U(m) comes
// out bit for bit. Over the life's months i < len(a) = full − start +
// lw + 1 (the last month counts only with a fraction, where a is 0):
// ah and bh are a and b times hours(m), and ahSum, bhSum their sums in
// evalDeal's order; d[i] = f(m) − f(m − 1) are the deliveries, for m ≤
// full.
type lifeProfile struct {
	a, b, ah, bh, d []float64
	ahSum, bhSum    float64
	// a is 1 (every unit delivered, none retired) for inRamp ≤ i < lw,
	// and b is 0 for i < lw.
	start      calendar.Month
	inRamp, lw int
}

// lifeOf returns the profile of lw whole months of a deal's ramp from
// cache, working it out the first time.
func lifeOf(cache *[]*lifeProfile, start, full calendar.Month, ramp []float64, lw int) *lifeProfile {
	if lw < len(*cache) && (*cache)[lw] != nil {
		return (*cache)[lw]
	}
	if lw >= len(*cache) {
		*cache = append(*cache, make([]*lifeProfile, lw+1-len(*cache))...)
	}
	at := func(m calendar.Month) float64 {
		if m < start {
			return 0
		}
		if m >= full {
			return 1
		}
		return ramp[m-start]
	}
	inRamp := int(full - start)
	n := inRamp + lw + 1
	pr := &lifeProfile{a: make([]float64, n), b: make([]float64, n), ah: make([]float64, n), bh: make([]float64, n),
		d: make([]float64, inRamp+1), start: start, inRamp: inRamp, lw: lw}
	w := calendar.Month(lw)
	for i := range n {
		m := start + calendar.Month(i)
		f := 1.0
		if i < inRamp {
			f = ramp[i]
		}
		old := at(m - w)
		h := hoursOf(m)
		pr.a[i], pr.b[i] = f-old, old-at(m-w-1)
		pr.ah[i], pr.bh[i] = pr.a[i]*h, pr.b[i]*h
		pr.ahSum += pr.ah[i]
		pr.bhSum += pr.bh[i]
		if i <= inRamp {
			pr.d[i] = f - at(m-1)
		}
	}
	(*cache)[lw] = pr
	return pr
}

// discounted returns, for a life of lw + frac months, the accelerator-
// hours per accelerator over the life (with frac 0, bit for bit
// evalDeal's sum), and the discounted accelerator-hours, units online
// and deliveries per accelerator, disc being the discount factor at the
// deal's start and pows the sample's powers of the monthly step.
// Only a leased deal's present value reads the units (its payments
// follow them), only one paid in cash reads the deliveries: the other is
// left 0.
func (pr *lifeProfile) discounted(frac, disc float64, pows *powers, leased bool) (ah, pvAH, pvUnits, pvDelivered float64) {
	s := pows.upTo(len(pr.a))
	lw := min(pr.lw, len(pr.a))
	ah, pvAH = pr.ahSum, pows.plateauDot(pr.ah, pr.start, pr.inRamp, lw, true)
	if frac > 0 {
		ah += frac * pr.bhSum
		pvAH += frac * dot(pr.bh[lw:], s[lw:])
	}
	if !leased {
		return ah, disc * pvAH, 0, disc * dot(pr.d, s)
	}
	pvUnits = pows.plateauDot(pr.a, pr.start, pr.inRamp, lw, false)
	if frac > 0 {
		pvUnits += frac * dot(pr.b[lw:], s[lw:])
	}
	return ah, disc * pvAH, disc * pvUnits, 0
}
