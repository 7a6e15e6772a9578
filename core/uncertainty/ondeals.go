package uncertainty

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// onDeals works out a Monte Carlo sample of the deals that are on, in
// place of model.EvaluateInto: every kind of deal (cloud and owned), the
// renewals and replacements of MODEL.md §7, cash and lease payments
// (§8); revenue, cash, funding, peaks and years (§9–§10) then come from
// the model itself (model.FinishInto), over the same months.
//
// What a sample cannot change is worked out once per run: each deal's
// ramp, the hours of every month, a cloud deal's profile per term (units
// and accelerator-hours per accelerator, month by month and per year of
// the horizon) and an owned deal's per whole months of life (lifeProfile).
// Per sample, each deal scales them: its whole-life totals from the
// profile's sums, its present value from dot products with the sample's
// powers of the monthly discount step (powers); and it adds its months
// straight into the portfolio's series, without the per-deal series that
// Evaluate keeps (no output reads them), without clearing them and
// without reading them back.
//
// Facility GW, units and spend, month by month, are worked out with the
// operations of evalDeal, sustain and EvaluateInto (core/model) in their
// order, so they come out as Evaluate's bit for bit, and with them every
// figure read from them: peaks, years' GW and build rates, the cumulative
// gap, payback, cash (a difference of equal figures, such as a year's
// build rate once capacity holds still, stays exactly zero). What is
// summed in another order comes out to a few ulps: present values, the
// accelerator-hours of an owned deal whose life is not a whole number of
// months and what follows from them, and a cloud deal's energy, FLOP and
// spend on renewals, which it adds per year (see cloud).
// TestFastEngineMatchesFullEvaluation holds the first bit for bit and the
// rest to 1e-9 relative.
//
// An onDeals is not safe for concurrent use: each evaluator has its own.
type onDeals struct {
	deals []onDeal
	// Scratch: the lease steps and payments of an owned deal's
	// replacements over the window.
	steps, spend []float64
	// Renewal price factors of the current sample by exponent.
	renewExp, renewFactor []float64
	pows                  *powers

	// The horizon, fixed for a run (no ranged input is a month); hc[i]
	// the hours of its months before month hFrom + i (whole numbers, so
	// exact).
	hFrom, hTo calendar.Month
	hc         []float64
	// The window of the last sample (model.StartInto): the hours of its
	// months, and per year of the horizon the position in it of the
	// year's first month in the horizon (where cloud puts the year's
	// energy, FLOP and spend on renewals).
	winFrom, winTo calendar.Month
	hours          []float64
	lump           []int
}

type onDeal struct {
	idx, accel  int
	start, full calendar.Month
	ramp        []float64 // f(start + i) for start + i < full
	// cache holds a cloud deal's profile per term in months and an
	// owned deal's per whole months of life, each worked out the first
	// time a sample draws it.
	cache *rampCache
}

// onTerm is a cloud deal's units online per accelerator, U(start + i) / N,
// and accelerator-hours per accelerator, month by month over a term, and
// their sum in evalDeal's order.
type onTerm struct {
	termProfile
	// uhYear are the accelerator-hours per accelerator in each year of
	// the horizon.
	uhYear []float64
}

// term returns a cloud deal's profile over a term, working it out once.
func (o *onDeals) term(od *onDeal, term int) *onTerm {
	c := od.cache
	if term < len(c.onTerm) && c.onTerm[term] != nil {
		return c.onTerm[term]
	}
	if term >= len(c.onTerm) {
		c.onTerm = append(c.onTerm, make([]*onTerm, term+1-len(c.onTerm))...)
	}
	pr := &onTerm{termProfile: newTermProfile(od.start, od.ramp, term), uhYear: make([]float64, len(o.lump))}
	for i, uh := range pr.uh {
		if m := od.start + calendar.Month(i); m >= o.hFrom && m <= o.hTo {
			pr.uhYear[m.Year()-o.hFrom.Year()] += uh
		}
	}
	c.onTerm[term] = pr
	return pr
}

// newOnDeals prepares the deals of p that are on, with the profiles of
// st; nil when one of them
// is one that Evaluate refuses whatever the sample (let it say why).
func newOnDeals(p *model.Portfolio, st *profileStore, pows *powers) *onDeals {
	w := &p.World
	if w.To < w.From {
		return nil
	}
	o := &onDeals{hFrom: w.From, hTo: w.To, lump: make([]int, w.To.Year()-w.From.Year()+1), pows: pows}
	o.hc = make([]float64, int(w.To-w.From)+2)
	for m := w.From; m <= w.To; m++ {
		o.hc[m-w.From+1] = o.hc[m-w.From] + hoursOf(m)
	}
	for i := range p.Deals {
		d := &p.Deals[i]
		if !d.On {
			continue
		}
		a := -1
		for k := range p.Accelerators {
			if p.Accelerators[k].ID == d.Accel {
				a = k
				break
			}
		}
		if a < 0 || d.Full < d.Start || int(d.Full-d.Start) >= model.MaxSpanMonths {
			return nil
		}
		c := st.of(p, d)
		od := onDeal{idx: i, accel: a, start: d.Start, full: d.Full, ramp: c.ramp, cache: c}
		o.deals = append(o.deals, od)
	}
	return o
}

// rampAt is f(m) of the deal's ramp.
func (od *onDeal) rampAt(m calendar.Month) float64 {
	if m < od.start {
		return 0
	}
	if m >= od.full {
		return 1
	}
	return od.ramp[m-od.start]
}

// renewal is math.Pow(base, e), kept per sample: the price factors of
// cloud renewals, whose exponents repeat across deals.
func (o *onDeals) renewal(base, e float64) float64 {
	for i, x := range o.renewExp {
		if x == e {
			return o.renewFactor[i]
		}
	}
	f := math.Pow(base, e)
	o.renewExp = append(o.renewExp, e)
	o.renewFactor = append(o.renewFactor, f)
	return f
}

// eval works out p, which must have passed model.Check, into r: the
// portfolio's series and totals and the whole-life totals of the deals
// that are on (those of the deals that are off are left as they were).
func (o *onDeals) eval(p *model.Portfolio, r *model.Result) {
	w := &p.World
	from, to := model.StartInto(p, r)
	if from != o.winFrom || to != o.winTo || o.hours == nil {
		o.winFrom, o.winTo = from, to
		o.hours = o.hours[:0]
		for m := from; m <= to; m++ {
			o.hours = append(o.hours, hoursOf(m))
		}
		for y := range o.lump {
			o.lump[y] = int(max(calendar.Of(o.hFrom.Year()+y, 1), o.hFrom) - from)
		}
	}
	o.renewExp, o.renewFactor = o.renewExp[:0], o.renewFactor[:0]
	o.pows.use(w.DiscountRate)
	leasePerMonth, leaseExcess := model.LeaseFactors(w)
	beforeGW := 0.0
	before := calendar.December(w.From.Year() - 1)
	t := &r.Totals
	for k := range o.deals {
		od := &o.deals[k]
		d := &p.Deals[od.idx]
		a := &p.Accelerators[od.accel]
		dr := &r.Deals[od.idx]
		sust := model.Sustained(d, w)
		units := o.deal(od, d, a, w, dr, r, from, to, leasePerMonth, leaseExcess, sust, before)
		t.Add(dr)
		beforeGW += dr.Accelerators * units * a.ITKW * w.PUE / 1e6
	}
	model.FinishInto(p, r, beforeGW)
}

// deal works out one deal that is on, as evalDeal, sustain, addSustain and
// EvaluateInto's loop do (core/model), adding its months to r's series.
// It returns U(before) / N, the units online in the December before the
// horizon per accelerator (its renewals and replacements included when
// sust).
func (o *onDeals) deal(od *onDeal, d *model.Deal, a *model.Accelerator, w *model.World, dr *model.DealResult,
	r *model.Result, from, to calendar.Month, leasePerMonth, leaseExcess float64, sust bool, before calendar.Month) float64 {
	// newSpan.
	start, full := od.start, od.full
	owned := d.Kind == model.Owned
	var last, lifeWhole calendar.Month
	var lifeFrac float64
	if !owned {
		last = start + calendar.Month(d.TermMonths) - 1
	} else {
		months := 12 * w.LifeYears
		whole := math.Floor(months)
		lifeWhole = calendar.Month(whole)
		lifeFrac = months - whole
		last = full + lifeWhole - 1
		if lifeFrac > 0 {
			last++
		}
	}
	itMWPerUnit := a.ITKW / 1000
	energyMWhPerUnitHour := itMWPerUnit * w.PUE * w.Load
	energyUSDPerUnitHour := energyMWhPerUnitHour * w.PowerUSDPerMWh

	// The deal's life, from the run's profiles, discounted by dot
	// products with the sample's powers of the monthly step.
	var ahPerN, pvAHPerN, pvDeliveredPerN, pvUnitsPerN float64
	// growth^(−months/12) = step^months.
	disc := o.pows.at(int(start - w.ValuationMonth))
	leased := owned && w.Finance == model.FinanceLease
	var lp *lifeProfile
	if !owned {
		pr := o.term(od, d.TermMonths)
		ahPerN = pr.ahPerN
		pvAHPerN = disc * o.pows.plateauDot(pr.uh, start, len(od.ramp), len(pr.uh), true)
	} else {
		lp = lifeOf(&od.cache.byLife, start, full, od.ramp, int(lifeWhole))
		ahPerN, pvAHPerN, pvUnitsPerN, pvDeliveredPerN = lp.discounted(lifeFrac, disc, o.pows, leased)
	}

	t := model.Terms(d, a, w, model.Life{AHPerN: ahPerN, PVAHPerN: pvAHPerN, PVUnitsPerN: pvUnitsPerN, PVDeliveredPerN: pvDeliveredPerN}, leasePerMonth)
	n, v, price, pv, spendPerUnitHour, unitCost := t.N, t.Value, t.Price, t.PV, t.SpendPerUnitHour, t.UnitCost
	ah := n * ahPerN
	energyMWh := ah * energyMWhPerUnitHour
	dr.ID, dr.Kind, dr.On = d.ID, d.Kind, d.On
	dr.ValueUSD = v
	dr.UnitCostUSD = unitCost
	dr.Accelerators = n
	dr.H100e = n * a.FP8PFLOPS / model.H100FP8PFLOPS
	dr.FacilityGW = n * a.ITKW * w.PUE / 1e6
	dr.AcceleratorHours = ah
	dr.EnergyTWh = energyMWh / 1e6
	dr.EnergyCostUSD = energyMWh * w.PowerUSDPerMWh
	dr.PeakFLOP = ah * a.FP8PFLOPS * 1e15 * 3600
	dr.PVUSD = pv
	dr.First, dr.Last = start, last
	dr.FinancingUSD = 0
	if leased {
		dr.FinancingUSD = v * leaseExcess
	}
	dr.UsefulFLOP = dr.PeakFLOP * w.Utilization
	if !owned {
		dr.PriceUSDPerHour = v / ah
	} else {
		dr.PriceUSDPerHour = (v + dr.EnergyCostUSD) / ah
	}

	flopPerUnitHour := a.FP8PFLOPS * 1e15 * 3600 * w.Utilization
	itKW, pue := a.ITKW, w.PUE
	if !owned {
		o.cloud(od, o.term(od, d.TermMonths), d, w, r, from, to, last, sust, n, price, itKW, pue,
			energyMWhPerUnitHour, flopPerUnitHour)
	}
	if owned && sust {
		o.sustain(od, d, w, r, from, to, start, last, lifeWhole, lifeFrac, owned, n, price, itKW, pue,
			energyMWhPerUnitHour, energyUSDPerUnitHour, flopPerUnitHour, leasePerMonth)
	}

	// An owned deal's contract within the window.
	lo, hi := max(start, from), min(last, to)
	if owned && lo <= hi {
		j0, j1 := int(lo-from), int(hi-from)+1
		pGW, pUnits := r.FacilityGW[j0:j1], r.Accelerators[j0:j1]
		pSpend, pEnergy, pFLOP := r.SpendUSD[j0:j1], r.EnergyMWh[j0:j1], r.UsefulFLOP[j0:j1]
		hrsOf := o.hours[j0:j1]
		i0 := int(lo - start)
		a, b := lp.a[i0:i0+len(pGW)], lp.b[i0:i0+len(pGW)]
		_, _, _, _, _ = pUnits[len(pGW)-1], pSpend[len(pGW)-1], pEnergy[len(pGW)-1], pFLOP[len(pGW)-1], hrsOf[len(pGW)-1]
		for k := range pGW {
			up := a[k]
			if lifeFrac > 0 {
				up += lifeFrac * b[k]
			}
			u := n * up
			hrs := hrsOf[k]
			sum := spendPerUnitHour * u * hrs
			if leased {
				sum += price * leasePerMonth * u
			} else if i := i0 + k; i < len(lp.d) {
				sum += price * n * lp.d[i]
			}
			pGW[k] += u * itKW * pue / 1e6
			pUnits[k] += u
			pSpend[k] += sum
			pEnergy[k] += u * energyMWhPerUnitHour * hrs
			pFLOP[k] += u * hrs * flopPerUnitHour
		}
	}

	// U(before) / N: span.unitsPerN, or sustainedUnitsPerN.
	if sust {
		if !owned && before > last {
			return 1
		}
		return od.rampAt(before)
	}
	if before < start || before > last {
		return 0
	}
	f := od.rampAt(before)
	if !owned {
		return f
	}
	old := od.rampAt(before - lifeWhole)
	u := f - old
	if lifeFrac > 0 {
		u += lifeFrac * (old - od.rampAt(before-lifeWhole-1))
	}
	return u
}

// cloud adds a cloud deal's months to r's series: its contract's within
// the window, and when sust its renewals' (MODEL.md §7). The facility GW,
// units and spend of each month are worked out with the operations of
// evalDeal, sustain, addSustain and EvaluateInto in their order, bit for
// bit: a month at full size, where U(m) / N = 1 and so U(m) = N exactly,
// takes the figures of full size worked out once. Energy, useful FLOP
// and the spend on renewals, which only their yearly sums read, are
// added per year of the horizon to the year's first month (lump): the
// contract's from the profile's accelerator-hours per year, the
// renewals' from the hours of their months (whole numbers, so summed
// exactly); the same sums to a few ulps.
func (o *onDeals) cloud(od *onDeal, pr *onTerm, d *model.Deal, w *model.World, r *model.Result, from, to,
	last calendar.Month, sust bool, n, price, itKW, pue, energyMWhPerUnitHour, flopPerUnitHour float64) {
	start := od.start
	gwFull := n * itKW * pue / 1e6
	perHour := price * n
	hrsOf := o.hours
	lo, hi := max(start, from), min(last, to)
	if lo <= hi {
		j0 := int(lo - from)
		up := pr.u[lo-start : hi-start+1]
		pGW, pUnits, pSpend := r.FacilityGW[j0:j0+len(up)], r.Accelerators[j0:j0+len(up)], r.SpendUSD[j0:j0+len(up)]
		hrs := hrsOf[j0 : j0+len(up)]
		for k, f := range up {
			if f == 1 {
				pGW[k] += gwFull
				pUnits[k] += n
				pSpend[k] += perHour * hrs[k]
				continue
			}
			u := n * f
			pGW[k] += u * itKW * pue / 1e6
			pUnits[k] += u
			pSpend[k] += price * u * hrs[k]
		}
	}
	energy, flop := r.EnergyMWh, r.UsefulFLOP
	for y, uh := range pr.uhYear {
		if uh != 0 {
			nuh := n * uh
			energy[o.lump[y]] += nuh * energyMWhPerUnitHour
			flop[o.lump[y]] += nuh * flopPerUnitHour
		}
	}
	if !sust {
		return
	}
	lo = max(last+1, from)
	if lo > to {
		return
	}
	term := calendar.Month(d.TermMonths)
	base := 1 + w.SustainTrend
	nEnergy := n * energyMWhPerUnitHour
	sSpend := r.SustainSpendUSD
	for j := (lo - start) / term; ; j++ {
		// Renewal j: start + j·term … start + (j+1)·term − 1.
		a, b := max(start+j*term, lo), min(start+(j+1)*term-1, to)
		if a > b {
			break
		}
		pjn := price * o.renewal(base, float64(j*term)/12) * n
		j0, j1 := int(a-from), int(b-from)+1
		pGW, pUnits, pSpend := r.FacilityGW[j0:j1], r.Accelerators[j0:j1], r.SpendUSD[j0:j1]
		hrs := hrsOf[j0:j1]
		for k := range pGW {
			pGW[k] += gwFull
			pUnits[k] += n
			pSpend[k] += pjn * hrs[k]
		}
		// The renewal's hours in each year of the horizon.
		a, b = max(a, o.hFrom), min(b, o.hTo)
		for a <= b {
			y := a.Year() - o.hFrom.Year()
			e := min(b, calendar.December(a.Year()))
			h := o.hc[e-o.hFrom+1] - o.hc[a-o.hFrom]
			i := o.lump[y]
			energy[i] += nEnergy * h
			flop[i] += n * h * flopPerUnitHour
			sSpend[i] += pjn * h
			a = e + 1
		}
	}
}

// sustain adds what renewing or replacing a deal's capacity after its
// contract adds to r's series (MODEL.md §7), as sustain and addSustain of
// core/model do.
func (o *onDeals) sustain(od *onDeal, d *model.Deal, w *model.World, r *model.Result, from, to, start, last,
	lifeWhole calendar.Month, lifeFrac float64, owned bool, n, price, itKW, pue,
	energyMWhPerUnitHour, energyUSDPerUnitHour, flopPerUnitHour, leasePerMonth float64) {
	first := last + 1 // span.sustainFrom
	if owned {
		first = start + lifeWhole
	}
	lo := max(first, from)
	if lo > to {
		return
	}
	j0 := int(lo - from)
	pGW, pUnits := r.FacilityGW[j0:], r.Accelerators[j0:]
	pSpend, pEnergy, pFLOP, sSpend := r.SpendUSD[j0:], r.EnergyMWh[j0:], r.UsefulFLOP[j0:], r.SustainSpendUSD[j0:]
	h := len(pGW)
	_, _, _, _, _ = pUnits[h-1], pSpend[h-1], pEnergy[h-1], pFLOP[h-1], sSpend[h-1]

	// Owned: each batch bought again at t_j = k + j·L, paid as in §8.
	leased := w.Finance == model.FinanceLease
	if cap(o.spend) < h+1 {
		o.spend = make([]float64, h+1)
		o.steps = make([]float64, h+1)
	}
	spend := o.spend[:h]
	clear(spend)
	var steps []float64
	if leased {
		steps = o.steps[:h+1]
		clear(steps)
	}
	model.Rebuys(spend, steps, od.ramp, od.start, od.full, lo, price, n, w, leasePerMonth)
	rate := 0.0
	allFrom := int(last + 1 - lo)
	for k := range pGW {
		m := lo + calendar.Month(k)
		u := n
		if k < allFrom {
			old := od.rampAt(m - lifeWhole)
			if lifeFrac > 0 {
				old = (1-lifeFrac)*old + lifeFrac*od.rampAt(m-lifeWhole-1)
			}
			u = n * old
		}
		hrs := hoursOf(m)
		if leased {
			rate += steps[k]
			spend[k] += rate
		}
		spend[k] += energyUSDPerUnitHour * u * hrs
		pGW[k] += u * itKW * pue / 1e6
		pUnits[k] += u
		pSpend[k] += spend[k]
		pEnergy[k] += u * energyMWhPerUnitHour * hrs
		pFLOP[k] += u * hrs * flopPerUnitHour
		sSpend[k] += spend[k]
	}
}
