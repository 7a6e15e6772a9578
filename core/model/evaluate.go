package model

import (
	"errors"
	"math"

	"github.com/computedeals/explorer/core/calendar"
)

// Result is everything Evaluate works out. Series hold one element per
// month of the horizon, index 0 being World.From; portfolio series and
// totals count only the deals that are on.
type Result struct {
	From, To calendar.Month
	Deals    []DealResult

	FacilityGW       []float64 // facility GW online
	Accelerators     []float64 // accelerators online
	H100e            []float64 // H100-equivalents online
	SpendUSD         []float64
	RevenueUSD       []float64
	CumulativeGapUSD []float64 // Σ (spend − revenue) from the horizon's first month
	EnergyMWh        []float64
	UsefulFLOP       []float64

	// Version 2. The series above include the capacity that is renewed
	// or replaced after its contract (MODEL.md §7); these hold that part
	// alone, so that charts can draw it apart.
	SustainGW       []float64
	SustainSpendUSD []float64
	// Cash (MODEL.md §10), zero before Cash.Month and everywhere when the
	// portfolio has no cash (Totals.HasCash false); CashUSD is NaN before
	// Cash.Month when there is cash. Cash counted from before the horizon
	// enters through the first month's balance.
	OpexUSD        []float64
	RevShareUSD    []float64
	FundingUSD     []float64
	NetCashFlowUSD []float64
	CashUSD        []float64

	Years  []Year
	Totals Totals
}

// DealResult holds one deal's whole-life totals and its series within the
// horizon.
type DealResult struct {
	ID   string
	Kind Kind
	On   bool

	ValueUSD float64
	// PriceUSDPerHour is V / AH for cloud deals and (V + energy cost) / AH
	// for owned ones: the all-in cost of an accelerator-hour.
	PriceUSDPerHour float64
	// UnitCostUSD is V / N: an owned deal's all-in price per accelerator,
	// or what a cloud deal pays per accelerator of capacity over its term.
	UnitCostUSD      float64
	Accelerators     float64 // N, at full capacity
	H100e            float64 // N × fp8 / 1.979
	FacilityGW       float64 // G, at full capacity
	AcceleratorHours float64
	EnergyTWh        float64
	EnergyCostUSD    float64 // paid by the buyer for owned deals, inside the price for cloud ones
	PeakFLOP         float64
	UsefulFLOP       float64
	PVUSD            float64
	First, Last      calendar.Month // first and last month with capacity online

	// FinancingUSD is Σ payments − V of the contract: what a lease adds
	// to the price of owned hardware (MODEL.md §8); 0 when paid in cash.
	FinancingUSD float64

	// The contract's series within the horizon.
	UnitsOnline []float64
	GWOnline    []float64
	SpendUSD    []float64
	EnergyMWh   []float64
	// What renewing or replacing the deal's capacity after its contract
	// adds within the horizon (MODEL.md §7): counted in the portfolio, not
	// in the deal's whole-life totals. Zero for a deal that is off.
	SustainUnits     []float64
	SustainGW        []float64
	SustainSpendUSD  []float64
	SustainEnergyMWh []float64
}

// Year holds a calendar year's figures within the horizon. Flows are
// summed over the year's months inside the horizon; stocks are read at the
// last of them (December for whole years).
type Year struct {
	Year        int
	First, Last calendar.Month

	SpendUSD         float64
	RevenueUSD       float64
	EnergyTWh        float64
	UsefulFLOP       float64
	FacilityGW       float64
	Accelerators     float64
	CumulativeGapUSD float64
	// GWPerWeek is the facility GW added during the year, per week.
	GWPerWeek float64
	// Coverage is revenue / spend; +Inf when nothing is spent.
	Coverage      float64
	AvgFacilityGW float64
	// RevenuePerGWYearUSD and BreakEvenPerGWYearUSD divide revenue and
	// spend by the average facility GW, annualised for part years; +Inf or
	// NaN when no capacity is online.
	RevenuePerGWYearUSD   float64
	BreakEvenPerGWYearUSD float64

	// Version 2: the spend on renewals and replacements (inside
	// SpendUSD), and the cash flows of MODEL.md §10 summed over the
	// year's months from Cash.Month; CashUSD is the balance at the year's
	// last month, NaN when that is before Cash.Month, and 0 (like every
	// cash figure) when the portfolio has no cash: read Totals.HasCash.
	SustainSpendUSD float64
	OpexUSD         float64
	RevShareUSD     float64
	FundingUSD      float64
	NetCashFlowUSD  float64
	CashUSD         float64
}

// Totals are the portfolio's headline figures.
type Totals struct {
	// Whole-life sums over the deals that are on.
	ValueUSD         float64
	PVUSD            float64
	Accelerators     float64 // Σ N
	FacilityGW       float64 // Σ G
	AcceleratorHours float64
	EnergyTWh        float64
	PeakFLOP         float64
	UsefulFLOP       float64

	// Read within the horizon.
	PeakFacilityGW       float64
	PeakGWMonth          calendar.Month
	PeakAccelerators     float64
	PeakGWPerWeek        float64
	PeakGWPerWeekYear    int
	PeakCumulativeGapUSD float64
	PeakGapMonth         calendar.Month
	// PaybackMonth is the first month after the peak gap at which the
	// cumulative gap is ≤ 0; HasPayback is false when that is not within
	// the horizon.
	PaybackMonth calendar.Month
	HasPayback   bool

	StatedValueUSD  float64
	StatedGW        float64
	StatedGWPerWeek float64

	// Version 2. SustainSpendUSD is spent on renewals and replacements
	// within the horizon; FinancingUSD is Σ FinancingUSD of the deals
	// that are on.
	SustainSpendUSD float64
	FinancingUSD    float64
	// Cash (MODEL.md §10), meaningful only when HasCash. CashRunoutMonth
	// is the first month with cash below zero (HasRunout false: none);
	// FundingNeedUSD = max(0, −min cash), MinCashMonth where that minimum
	// first falls. All three read every month from Cash.Month to the
	// horizon's end, also those before the horizon.
	HasCash         bool
	CashRunoutMonth calendar.Month
	HasRunout       bool
	FundingNeedUSD  float64
	MinCashMonth    calendar.Month
	// MinCashUSD is the lowest balance, in MinCashMonth: what goal seek
	// brings to zero to keep cash above it.
	MinCashUSD float64
}

// Add counts the figures of a deal that is on into the totals.
func (t *Totals) Add(dr *DealResult) {
	t.ValueUSD += dr.ValueUSD
	t.PVUSD += dr.PVUSD
	t.Accelerators += dr.Accelerators
	t.FacilityGW += dr.FacilityGW
	t.AcceleratorHours += dr.AcceleratorHours
	t.EnergyTWh += dr.EnergyTWh
	t.PeakFLOP += dr.PeakFLOP
	t.UsefulFLOP += dr.UsefulFLOP
	t.FinancingUSD += dr.FinancingUSD
}

// ErrInvalid wraps the FieldErrors of Check when Evaluate refuses a
// portfolio.
var ErrInvalid = errors.New("invalid portfolio")

// InvalidError lists why a portfolio cannot be evaluated.
type InvalidError struct{ Errs []error }

func (e *InvalidError) Error() string {
	s := "invalid portfolio: " + e.Errs[0].Error()
	if len(e.Errs) > 1 {
		s += " (and more)"
	}
	return s
}

func (e *InvalidError) Unwrap() []error { return append([]error{ErrInvalid}, e.Errs...) }

// Evaluate works out p into a new Result.
func Evaluate(p *Portfolio) (*Result, error) {
	var r Result
	if err := EvaluateInto(p, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// EvaluateInto works out p into r, reusing r's slices where they are large
// enough: repeated evaluations (sampling, sensitivity, goal seek) then
// allocate nothing.
func EvaluateInto(p *Portfolio, r *Result) error {
	if errs := Check(p); len(errs) > 0 {
		return &InvalidError{Errs: errs}
	}
	w := &p.World
	win := start(p, r)

	beforeGW := 0.0 // facility GW at the December before the horizon's first year
	before := calendar.December(w.From.Year() - 1)
	// The monthly discount factor is the same for every deal.
	step := math.Pow(1+w.DiscountRate, -1.0/12)
	var sc scratch
	sc.lease = newLease(w)
	for i := range p.Deals {
		d := &p.Deals[i]
		a, _ := p.Accelerator(d.Accel)
		dr := &r.Deals[i]
		// §7 holds the deals that are on: an off deal's Sustain* series
		// stay zero.
		sust := d.On && sustained(d, w)
		sp := evalDeal(d, a, w, dr, win, step, sust, &sc)
		if !d.On {
			continue
		}
		r.Totals.Add(dr)
		if sust {
			beforeGW += dr.Accelerators * sp.sustainedUnitsPerN(before) * a.ITKW * w.PUE / 1e6
		} else {
			beforeGW += dr.Accelerators * sp.unitsPerN(before) * a.ITKW * w.PUE / 1e6
		}
		flopPerUnitHour := a.FP8PFLOPS * 1e15 * 3600 * w.Utilization
		h100 := a.FP8PFLOPS / H100FP8PFLOPS
		if sust {
			addSustain(r, dr, win, sp.sustainFrom(), flopPerUnitHour, h100)
		}
		lo, hi := sp.overlap(win.from, win.to)
		if lo > hi {
			continue
		}
		// Slices of exactly the overlap let the compiler drop the bounds
		// checks of the loop.
		j0, j1 := int(lo-win.from), int(hi-win.from)+1
		units, gw, spend, energy := dr.UnitsOnline[j0:j1], dr.GWOnline[j0:j1], dr.SpendUSD[j0:j1], dr.EnergyMWh[j0:j1]
		pGW, pUnits, pH100e := r.FacilityGW[j0:j1], r.Accelerators[j0:j1], r.H100e[j0:j1]
		pSpend, pEnergy, pFLOP := r.SpendUSD[j0:j1], r.EnergyMWh[j0:j1], r.UsefulFLOP[j0:j1]
		_, _, _ = gw[len(units)-1], spend[len(units)-1], energy[len(units)-1]
		_, _, _ = pGW[len(units)-1], pUnits[len(units)-1], pH100e[len(units)-1]
		_, _, _ = pSpend[len(units)-1], pEnergy[len(units)-1], pFLOP[len(units)-1]
		for k, u := range units {
			pGW[k] += gw[k]
			pUnits[k] += u
			pH100e[k] += u * h100
			pSpend[k] += spend[k]
			pEnergy[k] += energy[k]
			pFLOP[k] += u * hours(lo+calendar.Month(k)) * flopPerUnitHour
		}
	}
	if off := int(w.From - win.from); off > 0 {
		h := int(w.To-w.From) + 1
		for i := range r.Deals {
			dr := &r.Deals[i]
			for _, s := range [...]*[]float64{&dr.UnitsOnline, &dr.GWOnline, &dr.SpendUSD, &dr.EnergyMWh,
				&dr.SustainUnits, &dr.SustainGW, &dr.SustainSpendUSD, &dr.SustainEnergyMWh} {
				cut(s, off, h)
			}
		}
	}
	finish(p, r, win, beforeGW)
	return nil
}

// StartInto readies r for a portfolio's series worked out apart from
// EvaluateInto (the Monte Carlo's fast path): it sizes r.Deals and zeroes
// the portfolio's series over the months EvaluateInto works out, from
// and to, which it returns: the horizon, and before it the months from
// cash_month on when cash is counted from before the horizon. The caller
// then adds every deal that is on to r.FacilityGW, r.Accelerators,
// r.SpendUSD, r.EnergyMWh, r.UsefulFLOP and r.SustainSpendUSD (r.H100e
// and r.SustainGW may stay zero: no total reads them), its whole-life
// totals to r.Totals, and calls FinishInto. p must have passed Check.
func StartInto(p *Portfolio, r *Result) (from, to calendar.Month) {
	win := start(p, r)
	return win.from, win.to
}

// FinishInto works out what EvaluateInto derives from the portfolio's
// monthly series, readied by StartInto and filled by its caller: revenue,
// cash, the cut to the horizon, peaks and years. beforeGW is the
// facility GW online in the December before the horizon's first year.
// It leaves r.Deals alone.
func FinishInto(p *Portfolio, r *Result, beforeGW float64) {
	w := &p.World
	win := window{from: w.From, to: w.To}
	if p.Cash.Has() && p.Cash.Month < w.From {
		win.from = p.Cash.Month
	}
	finish(p, r, win, beforeGW)
}

// start is StartInto's work.
func start(p *Portfolio, r *Result) window {
	w := &p.World
	h := int(w.To-w.From) + 1
	// The months worked out: the horizon, and before it the months from
	// cash_month on when cash is counted from before the horizon
	// (docs/MODEL.md); the series are cut to the horizon at the end.
	win := window{from: w.From, to: w.To}
	if p.Cash.Has() && p.Cash.Month < w.From {
		win.from = p.Cash.Month
	}
	hw := win.len()
	r.From, r.To = w.From, w.To
	r.Deals = resize(r.Deals, len(p.Deals))

	r.FacilityGW = zeroed(r.FacilityGW, hw)
	r.Accelerators = zeroed(r.Accelerators, hw)
	r.H100e = zeroed(r.H100e, hw)
	r.SpendUSD = zeroed(r.SpendUSD, hw)
	r.RevenueUSD = zeroed(r.RevenueUSD, hw)
	r.CumulativeGapUSD = zeroed(r.CumulativeGapUSD, h)
	r.EnergyMWh = zeroed(r.EnergyMWh, hw)
	r.UsefulFLOP = zeroed(r.UsefulFLOP, hw)
	r.SustainGW = zeroed(r.SustainGW, hw)
	r.SustainSpendUSD = zeroed(r.SustainSpendUSD, hw)
	r.Totals = Totals{StatedValueUSD: p.Stated.ValueUSD, StatedGW: p.Stated.GW, StatedGWPerWeek: p.Stated.GWPerWeek}
	return win
}

// finish is FinishInto's work.
func finish(p *Portfolio, r *Result, win window, beforeGW float64) {
	w := &p.World
	revenue(&p.Revenue, win.from, win.to, r.FacilityGW, r.RevenueUSD)
	cashFlows(p, r, win)
	if off := int(w.From - win.from); off > 0 {
		h := int(w.To-w.From) + 1
		for _, s := range [...]*[]float64{&r.FacilityGW, &r.Accelerators, &r.H100e, &r.SpendUSD, &r.RevenueUSD,
			&r.EnergyMWh, &r.UsefulFLOP, &r.SustainGW, &r.SustainSpendUSD,
			&r.OpexUSD, &r.RevShareUSD, &r.FundingUSD, &r.NetCashFlowUSD, &r.CashUSD} {
			cut(s, off, h)
		}
	}
	portfolioPeaks(r)
	years(r, beforeGW, p.Cash.Has(), p.Cash.Month)
}

// window is the months an evaluation works out, both inclusive.
type window struct{ from, to calendar.Month }

func (w window) len() int { return int(w.to-w.from) + 1 }

// cut drops the first off months of a series, which were worked out only
// for the cash counted before the horizon, keeping h.
func cut(s *[]float64, off, h int) {
	copy(*s, (*s)[off:])
	*s = (*s)[:h]
}

// span is a deal's ramp and service window, enough to say how many of its
// accelerators are online in any month, per accelerator at full capacity.
type span struct {
	kind        Kind
	shape       Shape
	start, full calendar.Month
	last        calendar.Month
	lifeWhole   calendar.Month // whole months of an owned batch's life
	lifeFrac    float64        // the share of one more month it serves
}

func newSpan(d *Deal, w *World) span {
	s := span{kind: d.Kind, shape: d.Shape, start: d.Start, full: d.Full}
	if d.Kind == Cloud {
		s.last = d.Start + calendar.Month(d.TermMonths) - 1
		return s
	}
	// A life that is not a whole number of months (sampling makes such
	// lives) serves its last month in part, which keeps every total
	// continuous in the life.
	months := 12 * w.LifeYears
	whole := math.Floor(months)
	s.lifeWhole = calendar.Month(whole)
	s.lifeFrac = months - whole
	s.last = d.Full + s.lifeWhole - 1
	if s.lifeFrac > 0 {
		s.last++
	}
	return s
}

// unitsPerN is U(m) / N (MODEL.md §4.1).
func (s *span) unitsPerN(m calendar.Month) float64 {
	if m < s.start || m > s.last {
		return 0
	}
	f := Ramp(s.shape, s.start, s.full, m)
	if s.kind == Cloud {
		return f
	}
	// Deliveries D(k) = N (f(k) − f(k−1)) each serve lifeWhole months, so
	// the units online are the deliveries of the last lifeWhole months,
	// plus a part of the batch before them.
	old := Ramp(s.shape, s.start, s.full, m-s.lifeWhole)
	u := f - old
	if s.lifeFrac > 0 {
		u += s.lifeFrac * (old - Ramp(s.shape, s.start, s.full, m-s.lifeWhole-1))
	}
	return u
}

// deliveredPerN is D(m) / N for owned deals.
func (s *span) deliveredPerN(m calendar.Month) float64 {
	if m < s.start || m > s.full {
		return 0
	}
	return Ramp(s.shape, s.start, s.full, m) - Ramp(s.shape, s.start, s.full, m-1)
}

// rampInside is Ramp(m) for start ≤ m < full, the same arithmetic.
func (s *span) rampInside(m calendar.Month) float64 {
	if s.shape == Step {
		return 1
	}
	x := float64(m-s.start+1) / float64(s.full-s.start+1)
	if s.shape == SCurve {
		return x * x * (3 - 2*x)
	}
	return x
}

// rampAt is Ramp(m) read from ramp, which holds rampInside(start + i) for
// the months before m that are inside the ramp.
func (s *span) rampAt(ramp []float64, m calendar.Month) float64 {
	if m < s.start {
		return 0
	}
	if m >= s.full {
		return 1
	}
	return ramp[m-s.start]
}

// scratch holds one deal's ramp and its units online per accelerator at
// full capacity over its life while evalDeal works: each is worked out
// once per month instead of up to five times. EvaluateInto keeps it on its
// stack, so evaluations stay free of allocations.
type scratch struct {
	ramp  [MaxSpanMonths]float64             // f(start + i) for start + i < full
	units [MaxSpanMonths + 12*30 + 1]float64 // U(start + i) / N; a life is at most 30 years

	// Discount factors by months from the valuation month to a deal's
	// start: deals often start in the same month, and math.Pow is dear.
	discMonths [16]calendar.Month
	discs      [16]float64
	nDiscs     int

	// lease is what a lease pays per month per USD of a purchase
	// (MODEL.md §8), the same for every purchase of one evaluation.
	lease lease
	// steps holds the changes of the lease payments of replacements from
	// month to month, one per month of the window (MODEL.md §7).
	steps [12*100 + 2]float64
}

// discount returns growth^(−months/12), growth being the same for every
// call of one evaluation.
func (sc *scratch) discount(growth float64, months calendar.Month) float64 {
	for i, m := range sc.discMonths[:sc.nDiscs] {
		if m == months {
			return sc.discs[i]
		}
	}
	d := math.Pow(growth, -float64(months)/12)
	if sc.nDiscs < len(sc.discs) {
		sc.discMonths[sc.nDiscs], sc.discs[sc.nDiscs] = months, d
		sc.nDiscs++
	}
	return d
}

func (s *span) overlap(from, to calendar.Month) (calendar.Month, calendar.Month) {
	return max(s.start, from), min(s.last, to)
}

func evalDeal(d *Deal, a *Accelerator, w *World, dr *DealResult, win window, step float64, sust bool, sc *scratch) span {
	h := win.len()
	sp := newSpan(d, w)
	itMWPerUnit := a.ITKW / 1000
	energyMWhPerUnitHour := itMWPerUnit * w.PUE * w.Load
	energyUSDPerUnitHour := energyMWhPerUnitHour * w.PowerUSDPerMWh

	// One pass over the deal's life, per accelerator at full capacity:
	// accelerator-hours, and the discounted accelerator-hours and
	// deliveries that the present value needs. Everything is linear in N,
	// so the derived quantity can be solved afterwards. The pass keeps the
	// ramp and U(m) / N of every month for the series below.
	var ahPerN, pvAHPerN, pvDeliveredPerN, pvUnitsPerN float64
	disc := sc.discount(1+w.DiscountRate, sp.start-w.ValuationMonth)
	ramp := sc.ramp[:]
	life := int(sp.last-sp.start) + 1
	upn := sc.units[:]
	if life > len(upn) {
		upn = make([]float64, life)
	}
	inRamp := int(sp.full - sp.start)
	owned := d.Kind == Owned
	leased := owned && w.Finance == FinanceLease
	for i := 0; i < life; i++ {
		m := sp.start + calendar.Month(i)
		f := 1.0
		if i < inRamp {
			f = sp.rampInside(m)
			ramp[i] = f
		}
		u := f
		if sp.kind != Cloud {
			// Deliveries D(k) = N (f(k) − f(k−1)) each serve lifeWhole
			// months, so the units online are the deliveries of the last
			// lifeWhole months, plus a part of the batch before them.
			old := sp.rampAt(ramp, m-sp.lifeWhole)
			u = f - old
			if sp.lifeFrac > 0 {
				u += sp.lifeFrac * (old - sp.rampAt(ramp, m-sp.lifeWhole-1))
			}
		}
		upn[i] = u
		uh := u * hours(m)
		ahPerN += uh
		pvAHPerN += uh * disc
		pvUnitsPerN += u * disc
		if owned && m <= sp.full {
			pvDeliveredPerN += (f - sp.rampAt(ramp, m-1)) * disc
		}
		disc *= step
	}

	t := Terms(d, a, w, Life{AHPerN: ahPerN, PVAHPerN: pvAHPerN, PVUnitsPerN: pvUnitsPerN, PVDeliveredPerN: pvDeliveredPerN}, sc.lease.perMonth)
	n, v, price, pv, spendPerUnitHour, unitCost := t.N, t.Value, t.Price, t.PV, t.SpendPerUnitHour, t.UnitCost
	ah := n * ahPerN
	energyMWh := ah * energyMWhPerUnitHour
	*dr = DealResult{
		ID:               d.ID,
		Kind:             d.Kind,
		On:               d.On,
		ValueUSD:         v,
		UnitCostUSD:      unitCost,
		Accelerators:     n,
		H100e:            n * a.FP8PFLOPS / H100FP8PFLOPS,
		FacilityGW:       n * a.ITKW * w.PUE / 1e6,
		AcceleratorHours: ah,
		EnergyTWh:        energyMWh / 1e6,
		EnergyCostUSD:    energyMWh * w.PowerUSDPerMWh,
		PeakFLOP:         ah * a.FP8PFLOPS * 1e15 * 3600,
		PVUSD:            pv,
		First:            sp.start,
		Last:             sp.last,
		UnitsOnline:      resize(dr.UnitsOnline, h),
		GWOnline:         resize(dr.GWOnline, h),
		SpendUSD:         resize(dr.SpendUSD, h),
		EnergyMWh:        resize(dr.EnergyMWh, h),
		SustainUnits:     resize(dr.SustainUnits, h),
		SustainGW:        resize(dr.SustainGW, h),
		SustainSpendUSD:  resize(dr.SustainSpendUSD, h),
		SustainEnergyMWh: resize(dr.SustainEnergyMWh, h),
	}
	if leased {
		dr.FinancingUSD = v * sc.lease.excess
	}
	dr.UsefulFLOP = dr.PeakFLOP * w.Utilization
	if d.Kind == Cloud {
		dr.PriceUSDPerHour = v / ah
	} else {
		dr.PriceUSDPerHour = (v + dr.EnergyCostUSD) / ah
	}

	// The series are zero outside the months the deal has capacity
	// online, and written inside them: clearing only the outside halves
	// the memory the series cost.
	dc := dealConsts{n: n, price: price, itKW: a.ITKW, pue: w.PUE,
		energyMWhPerUnitHour: energyMWhPerUnitHour, energyUSDPerUnitHour: energyUSDPerUnitHour}
	if sust {
		sustain(&sp, d, w, dr, win, ramp, &dc, sc)
	} else {
		for _, series := range [...][]float64{dr.SustainUnits, dr.SustainGW, dr.SustainSpendUSD, dr.SustainEnergyMWh} {
			clear(series)
		}
	}
	lo, hi := sp.overlap(win.from, win.to)
	j0, j1 := int(lo-win.from), int(hi-win.from)+1
	if lo > hi {
		j0, j1 = h, h
	}
	for _, series := range [...][]float64{dr.UnitsOnline, dr.GWOnline, dr.EnergyMWh, dr.SpendUSD} {
		clear(series[:j0])
		clear(series[j1:])
	}
	if lo > hi {
		return sp
	}
	units, gw, energy, spend := dr.UnitsOnline[j0:j1], dr.GWOnline[j0:j1], dr.EnergyMWh[j0:j1], dr.SpendUSD[j0:j1]
	_, _, _ = gw[len(units)-1], energy[len(units)-1], spend[len(units)-1]
	upn = upn[lo-sp.start : hi-sp.start+1]
	itKW, pue := a.ITKW, w.PUE
	for k := range units {
		m := lo + calendar.Month(k)
		u := n * upn[k]
		hrs := hours(m)
		units[k] = u
		gw[k] = u * itKW * pue / 1e6
		energy[k] = u * energyMWhPerUnitHour * hrs
		sum := spendPerUnitHour * u * hrs
		if leased {
			sum += price * sc.lease.perMonth * u
		} else if owned {
			delivered := 0.0 // D(m) / N
			if m <= sp.full {
				delivered = sp.rampAt(ramp, m) - sp.rampAt(ramp, m-1)
			}
			sum += price * n * delivered
		}
		spend[k] = sum
	}
	return sp
}

// monthHours holds hours(m) for the months scenarios use, 2000-01 to
// 2199-12 (a deal may run past 2099 by its term or life): the model asks
// for it in every month of every deal, and a table beats the calendar
// arithmetic.
var monthHours = func() []float64 {
	t := make([]float64, 12*200)
	for i := range t {
		t[i] = (calendar.Earliest + calendar.Month(i)).Hours()
	}
	return t
}()

func hours(m calendar.Month) float64 {
	if i := uint(m - calendar.Earliest); i < uint(len(monthHours)) {
		return monthHours[i]
	}
	return m.Hours()
}

func portfolioPeaks(r *Result) {
	t := &r.Totals
	gap := 0.0
	peak := 0
	for j := range r.SpendUSD {
		gap += r.SpendUSD[j] - r.RevenueUSD[j]
		r.CumulativeGapUSD[j] = gap
		if j == 0 || gap > r.CumulativeGapUSD[peak] {
			peak = j
		}
		if r.FacilityGW[j] > t.PeakFacilityGW {
			t.PeakFacilityGW = r.FacilityGW[j]
			t.PeakGWMonth = r.From + calendar.Month(j)
		}
		t.PeakAccelerators = max(t.PeakAccelerators, r.Accelerators[j])
	}
	if t.PeakFacilityGW == 0 {
		t.PeakGWMonth = r.From
	}
	t.PeakCumulativeGapUSD = r.CumulativeGapUSD[peak]
	t.PeakGapMonth = r.From + calendar.Month(peak)
	for j := peak + 1; j < len(r.CumulativeGapUSD); j++ {
		if r.CumulativeGapUSD[j] <= 0 {
			t.PaybackMonth = r.From + calendar.Month(j)
			t.HasPayback = true
			break
		}
	}
}

func years(r *Result, beforeGW float64, hasCash bool, cashMonth calendar.Month) {
	y0, y1 := r.From.Year(), r.To.Year()
	r.Years = resize(r.Years, y1-y0+1)
	prevGW := beforeGW
	t := &r.Totals
	for i := range r.Years {
		y := y0 + i
		first := max(calendar.Of(y, 1), r.From)
		last := min(calendar.December(y), r.To)
		yr := Year{Year: y, First: first, Last: last}
		gwMonths := 0.0
		for m := first; m <= last; m++ {
			j := int(m - r.From)
			yr.SpendUSD += r.SpendUSD[j]
			yr.RevenueUSD += r.RevenueUSD[j]
			yr.EnergyTWh += r.EnergyMWh[j] / 1e6
			yr.UsefulFLOP += r.UsefulFLOP[j]
			gwMonths += r.FacilityGW[j]
			yr.SustainSpendUSD += r.SustainSpendUSD[j]
			yr.OpexUSD += r.OpexUSD[j]
			yr.RevShareUSD += r.RevShareUSD[j]
			yr.FundingUSD += r.FundingUSD[j]
			yr.NetCashFlowUSD += r.NetCashFlowUSD[j]
		}
		t.SustainSpendUSD += yr.SustainSpendUSD
		months := float64(last - first + 1)
		j := int(last - r.From)
		yr.FacilityGW = r.FacilityGW[j]
		yr.Accelerators = r.Accelerators[j]
		yr.CumulativeGapUSD = r.CumulativeGapUSD[j]
		if hasCash {
			// NaN before cash_month, as the series.
			yr.CashUSD = r.CashUSD[j]
		}
		days := 0
		for m := calendar.Of(y, 1); m <= last; m++ {
			days += m.Days()
		}
		yr.GWPerWeek = (yr.FacilityGW - prevGW) * 7 / float64(days)
		prevGW = yr.FacilityGW
		yr.Coverage = yr.RevenueUSD / yr.SpendUSD
		yr.AvgFacilityGW = gwMonths / months
		gwYears := yr.AvgFacilityGW * months / 12
		yr.RevenuePerGWYearUSD = yr.RevenueUSD / gwYears
		yr.BreakEvenPerGWYearUSD = yr.SpendUSD / gwYears
		r.Years[i] = yr
		if i == 0 || yr.GWPerWeek > t.PeakGWPerWeek {
			t.PeakGWPerWeek = yr.GWPerWeek
			t.PeakGWPerWeekYear = y
		}
	}
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return append(s[:cap(s)], make([]T, n-cap(s))...)
	}
	return s[:n]
}

// Life is what a deal's life comes to per accelerator of its size: its
// accelerator-hours, and those, its units online and its deliveries, each
// month's discounted to the valuation month and summed.
type Life struct {
	AHPerN, PVAHPerN, PVUnitsPerN, PVDeliveredPerN float64
}

// DealTerms are a deal's accelerators, value and price, the one of the
// three that its Derive names worked out from the other two (MODEL.md
// §3), with what follows from them.
type DealTerms struct {
	N, Value, Price float64
	// PV is the present value of its spend; SpendPerUnitHour what an
	// accelerator-hour of it costs in the months it serves (a cloud
	// deal's price, an owned deal's energy); UnitCost the price of an
	// accelerator.
	PV, SpendPerUnitHour, UnitCost float64
}

// Terms works out deal d's terms in world w from its Life; leasePerMonth
// is LeaseFactors' first, read when w leases owned hardware. Evaluate and
// the sampling engine's fast paths share it, so that their figures are
// the same to the bit.
func Terms(d *Deal, a *Accelerator, w *World, l Life, leasePerMonth float64) DealTerms {
	itMWPerUnit := a.ITKW / 1000
	energyUSDPerUnitHour := itMWPerUnit * w.PUE * w.Load * w.PowerUSDPerMWh
	n := d.Size
	if d.Derive != Size && d.SizeUnit == GW {
		n = d.Size * 1e6 / (a.ITKW * w.PUE)
	}
	v, price := d.ValueUSD, d.Price
	if d.Kind == Cloud {
		switch d.Derive {
		case Value:
			v = price * n * l.AHPerN
		case Price:
			price = v / (n * l.AHPerN)
		case Size:
			n = v / (price * l.AHPerN)
		}
		return DealTerms{N: n, Value: v, Price: price, PV: price * n * l.PVAHPerN, SpendPerUnitHour: price, UnitCost: v / n}
	}
	if d.PriceAuto {
		price = a.CapexUSD + w.FacilityCapexMUSDPerMW*1e6*itMWPerUnit
	}
	switch d.Derive {
	case Value:
		v = n * price
	case Price:
		price = v / n
	case Size:
		n = v / price
	}
	t := DealTerms{N: n, Value: v, Price: price, SpendPerUnitHour: energyUSDPerUnitHour, UnitCost: price}
	if w.Finance == FinanceLease {
		// A batch is paid over [k, k + L), the same interval it serves,
		// so the payments follow the units online.
		t.PV = price*n*leasePerMonth*l.PVUnitsPerN + energyUSDPerUnitHour*n*l.PVAHPerN
	} else {
		t.PV = price*n*l.PVDeliveredPerN + energyUSDPerUnitHour*n*l.PVAHPerN
	}
	return t
}
