package model

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
)

// sustained reports whether d's capacity is held at full size after its
// contract (MODEL.md §7): the deal's own override, else the world's switch.
func sustained(d *Deal, w *World) bool {
	switch d.Sustain {
	case SustainNever:
		return false
	case SustainAlways:
		return true
	}
	return w.Sustain
}

// sustainedUnitsPerN is U(m) / N of a sustained deal, its contract and
// what follows it: a cloud deal is at full size after its term, an owned
// one never retires a unit.
func (s *span) sustainedUnitsPerN(m calendar.Month) float64 {
	if s.kind == Cloud && m > s.last {
		return 1
	}
	return Ramp(s.shape, s.start, s.full, m)
}

// sustainFrom is the first month in which sustaining a deal may add
// anything: the first renewal of a lease, the first replacement of an
// owned batch.
func (s *span) sustainFrom() calendar.Month {
	if s.kind == Cloud {
		return s.last + 1
	}
	return s.start + s.lifeWhole
}

// dealConsts are the figures of a deal that its series need.
type dealConsts struct {
	n, price             float64 // N, and P (cloud) or C (owned) of the contract
	itKW, pue            float64
	energyMWhPerUnitHour float64
	energyUSDPerUnitHour float64
}

// sustain writes the deal's Sustain* series over the window: what renewing
// or replacing its capacity adds beyond the contract (MODEL.md §7).
func sustain(sp *span, d *Deal, w *World, dr *DealResult, win window, ramp []float64, dc *dealConsts, sc *scratch) {
	units, gw, spend, energy := dr.SustainUnits, dr.SustainGW, dr.SustainSpendUSD, dr.SustainEnergyMWh
	h := len(units)
	lo := max(sp.sustainFrom(), win.from)
	j0 := min(int(lo-win.from), h)
	if lo > win.to {
		j0 = h
	}
	clear(units[:j0])
	clear(gw[:j0])
	clear(energy[:j0])
	clear(spend)
	if j0 == h {
		return
	}
	units, gw, spend, energy = units[j0:], gw[j0:], spend[j0:h], energy[j0:h]
	_, _ = gw[len(units)-1], energy[len(units)-1]
	n, itKW, pue := dc.n, dc.itKW, dc.pue

	if sp.kind == Cloud {
		// Renewal j covers start + j·term … start + (j+1)·term − 1 at
		// P_j = P (1 + sustain_trend)^(j·term/12).
		term := calendar.Month(d.TermMonths)
		j := (lo - sp.start) / term
		left := term - (lo-sp.start)%term // months left in renewal j
		pj := dc.price * math.Pow(1+w.SustainTrend, float64(j*term)/12)
		gwFull := n * itKW * pue / 1e6
		for k := range units {
			m := lo + calendar.Month(k)
			if left == 0 {
				j++
				left = term
				pj = dc.price * math.Pow(1+w.SustainTrend, float64(j*term)/12)
			}
			left--
			hrs := hours(m)
			units[k] = n
			gw[k] = gwFull
			energy[k] = n * dc.energyMWhPerUnitHour * hrs
			spend[k] = pj * n * hrs
		}
		return
	}

	// Owned: the batch D(k) is bought again at t_j = k + j·L for
	// C_j = C (1 + sustain_trend)^(j·life), j = 1, 2, …, paid as in §8.
	// Times are counted in months from lo.
	leased := w.Finance == FinanceLease
	var steps []float64
	if leased {
		if len(units)+1 <= len(sc.steps) {
			steps = sc.steps[:len(units)+1]
			clear(steps)
		} else {
			steps = make([]float64, len(units)+1)
		}
	}
	Rebuys(spend, steps, ramp, sp.start, sp.full, lo, dc.price, n, w, sc.lease.perMonth)
	// The units beyond the contract in month m are the batches past their
	// first life: (1 − φ) D-sum up to m − w plus φ of the one before,
	// which is F(m) less the contract's units online.
	frac := sp.lifeFrac
	rate := 0.0
	// After the contract's last month every batch is past its first life.
	allFrom := int(sp.last + 1 - lo)
	for k := range units {
		m := lo + calendar.Month(k)
		u := n
		if k < allFrom {
			old := sp.rampAt(ramp, m-sp.lifeWhole)
			if frac > 0 {
				old = (1-frac)*old + frac*sp.rampAt(ramp, m-sp.lifeWhole-1)
			}
			u = n * old
		}
		hrs := hours(m)
		units[k] = u
		gw[k] = u * itKW * pue / 1e6
		energy[k] = u * dc.energyMWhPerUnitHour * hrs
		if leased {
			rate += steps[k]
			spend[k] += rate
		}
		spend[k] += dc.energyUSDPerUnitHour * u * hrs
	}
}

// addSustain adds a deal's Sustain* series to the portfolio's series and
// to its sustained part.
func addSustain(r *Result, dr *DealResult, win window, from calendar.Month, flopPerUnitHour, h100 float64) {
	lo := max(from, win.from)
	if lo > win.to {
		return
	}
	j0 := int(lo - win.from)
	units := dr.SustainUnits[j0:]
	gw, spend, energy := dr.SustainGW[j0:], dr.SustainSpendUSD[j0:], dr.SustainEnergyMWh[j0:]
	pGW, pUnits, pH100e := r.FacilityGW[j0:], r.Accelerators[j0:], r.H100e[j0:]
	pSpend, pEnergy, pFLOP := r.SpendUSD[j0:], r.EnergyMWh[j0:], r.UsefulFLOP[j0:]
	sGW, sSpend := r.SustainGW[j0:], r.SustainSpendUSD[j0:]
	_, _, _ = gw[len(units)-1], spend[len(units)-1], energy[len(units)-1]
	_, _, _ = pGW[len(units)-1], pUnits[len(units)-1], pH100e[len(units)-1]
	_, _, _ = pSpend[len(units)-1], pEnergy[len(units)-1], pFLOP[len(units)-1]
	_, _ = sGW[len(units)-1], sSpend[len(units)-1]
	for k, u := range units {
		pGW[k] += gw[k]
		pUnits[k] += u
		pH100e[k] += u * h100
		pSpend[k] += spend[k]
		pEnergy[k] += energy[k]
		pFLOP[k] += u * hours(lo+calendar.Month(k)) * flopPerUnitHour
		sGW[k] += gw[k]
		sSpend[k] += spend[k]
	}
}

// Sustained reports whether d's capacity is held at full size after its
// contract in world w (MODEL.md §7): for code that works out a deal's
// series apart from Evaluate, as the Monte Carlo's fast path does.
func Sustained(d *Deal, w *World) bool { return sustained(d, w) }

// Rebuys pays the batches of a sustained owned deal bought again
// (MODEL.md §7): the batch D(k) = N (f(k) − f(k−1)) again at t_j = k +
// j·L for C_j = C (1 + sustain_trend)^(j·life), j = 1, 2, …, paid as in
// §8, with times counted in months from lo: in cash into spend, or, when
// w leases, as changes of the monthly payment into steps (StepAt, one
// longer than spend), leasePerMonth being LeaseFactors' first. ramp
// holds f(start + i) for the months before full. Evaluate and the
// sampling engine's fast path share it.
func Rebuys(spend, steps, ramp []float64, start, full, lo calendar.Month, price, n float64, w *World, leasePerMonth float64) {
	sp := span{start: start, full: full}
	leased := w.Finance == FinanceLease
	months := 12 * w.LifeYears
	growth := math.Pow(1+w.SustainTrend, w.LifeYears)
	end := float64(len(spend))
	for k := start; k <= full; k++ {
		dk := sp.rampAt(ramp, k) - sp.rampAt(ramp, k-1)
		if dk == 0 {
			continue
		}
		amount := price * n * dk
		t0 := float64(k - lo)
		for j := 1; ; j++ {
			t := t0 + float64(j)*months
			if t >= end {
				break
			}
			amount *= growth
			if !leased {
				PayAt(spend, t, amount)
				continue
			}
			if t+months <= 0 {
				continue
			}
			rate := amount * leasePerMonth
			StepAt(steps, t, rate)
			StepAt(steps, t+months, -rate)
		}
	}
}
