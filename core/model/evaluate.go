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

	UnitsOnline []float64
	GWOnline    []float64
	SpendUSD    []float64
	EnergyMWh   []float64
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

	StatedValueUSD float64
	StatedGW       float64
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
	h := int(w.To-w.From) + 1
	r.From, r.To = w.From, w.To
	r.Deals = resize(r.Deals, len(p.Deals))

	r.FacilityGW = zeroed(r.FacilityGW, h)
	r.Accelerators = zeroed(r.Accelerators, h)
	r.H100e = zeroed(r.H100e, h)
	r.SpendUSD = zeroed(r.SpendUSD, h)
	r.RevenueUSD = zeroed(r.RevenueUSD, h)
	r.CumulativeGapUSD = zeroed(r.CumulativeGapUSD, h)
	r.EnergyMWh = zeroed(r.EnergyMWh, h)
	r.UsefulFLOP = zeroed(r.UsefulFLOP, h)
	r.Totals = Totals{StatedValueUSD: p.Stated.ValueUSD, StatedGW: p.Stated.GW}

	beforeGW := 0.0 // facility GW at the December before the horizon's first year
	before := calendar.December(w.From.Year() - 1)
	for i := range p.Deals {
		d := &p.Deals[i]
		a, _ := p.Accelerator(d.Accel)
		dr := &r.Deals[i]
		sp := evalDeal(d, a, w, dr, h)
		if !d.On {
			continue
		}
		t := &r.Totals
		t.ValueUSD += dr.ValueUSD
		t.PVUSD += dr.PVUSD
		t.Accelerators += dr.Accelerators
		t.FacilityGW += dr.FacilityGW
		t.AcceleratorHours += dr.AcceleratorHours
		t.EnergyTWh += dr.EnergyTWh
		t.PeakFLOP += dr.PeakFLOP
		t.UsefulFLOP += dr.UsefulFLOP
		beforeGW += dr.Accelerators * sp.unitsPerN(before) * a.ITKW * w.PUE / 1e6
		flopPerUnitHour := a.FP8PFLOPS * 1e15 * 3600 * w.Utilization
		h100 := a.FP8PFLOPS / H100FP8PFLOPS
		lo, hi := sp.overlap(w.From, w.To)
		for m := lo; m <= hi; m++ {
			j := int(m - w.From)
			u := dr.UnitsOnline[j]
			r.FacilityGW[j] += dr.GWOnline[j]
			r.Accelerators[j] += u
			r.H100e[j] += u * h100
			r.SpendUSD[j] += dr.SpendUSD[j]
			r.EnergyMWh[j] += dr.EnergyMWh[j]
			r.UsefulFLOP[j] += u * m.Hours() * flopPerUnitHour
		}
	}
	revenuePath(&p.Revenue, w.From, w.To, r.RevenueUSD)
	portfolioPeaks(r)
	years(r, beforeGW)
	return nil
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

func (s *span) overlap(from, to calendar.Month) (calendar.Month, calendar.Month) {
	return max(s.start, from), min(s.last, to)
}

func evalDeal(d *Deal, a *Accelerator, w *World, dr *DealResult, h int) span {
	sp := newSpan(d, w)
	itMWPerUnit := a.ITKW / 1000
	energyMWhPerUnitHour := itMWPerUnit * w.PUE * w.Load
	energyUSDPerUnitHour := energyMWhPerUnitHour * w.PowerUSDPerMWh

	// One pass over the deal's life, per accelerator at full capacity:
	// accelerator-hours, and the discounted accelerator-hours and
	// deliveries that the present value needs. Everything is linear in N,
	// so the derived quantity can be solved afterwards.
	var ahPerN, pvAHPerN, pvDeliveredPerN float64
	growth := 1 + w.DiscountRate
	disc := math.Pow(growth, -float64(sp.start-w.ValuationMonth)/12)
	step := math.Pow(growth, -1.0/12)
	for m := sp.start; m <= sp.last; m++ {
		uh := sp.unitsPerN(m) * m.Hours()
		ahPerN += uh
		pvAHPerN += uh * disc
		if d.Kind == Owned && m <= sp.full {
			pvDeliveredPerN += sp.deliveredPerN(m) * disc
		}
		disc *= step
	}

	n := d.Size
	if d.Derive != Size && d.SizeUnit == GW {
		n = d.Size * 1e6 / (a.ITKW * w.PUE)
	}
	v, price := d.ValueUSD, d.Price
	var pv, spendPerUnitHour, unitCost float64
	if d.Kind == Cloud {
		switch d.Derive {
		case Value:
			v = price * n * ahPerN
		case Price:
			price = v / (n * ahPerN)
		case Size:
			n = v / (price * ahPerN)
		}
		pv = price * n * pvAHPerN
		spendPerUnitHour = price
		unitCost = v / n
	} else {
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
		pv = price*n*pvDeliveredPerN + energyUSDPerUnitHour*n*pvAHPerN
		spendPerUnitHour = energyUSDPerUnitHour
		unitCost = price
	}
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
		UnitsOnline:      zeroed(dr.UnitsOnline, h),
		GWOnline:         zeroed(dr.GWOnline, h),
		SpendUSD:         zeroed(dr.SpendUSD, h),
		EnergyMWh:        zeroed(dr.EnergyMWh, h),
	}
	dr.UsefulFLOP = dr.PeakFLOP * w.Utilization
	if d.Kind == Cloud {
		dr.PriceUSDPerHour = v / ah
	} else {
		dr.PriceUSDPerHour = (v + dr.EnergyCostUSD) / ah
	}

	lo, hi := sp.overlap(w.From, w.To)
	for m := lo; m <= hi; m++ {
		j := int(m - w.From)
		u := n * sp.unitsPerN(m)
		hours := m.Hours()
		dr.UnitsOnline[j] = u
		dr.GWOnline[j] = u * a.ITKW * w.PUE / 1e6
		dr.EnergyMWh[j] = u * energyMWhPerUnitHour * hours
		dr.SpendUSD[j] = spendPerUnitHour * u * hours
		if d.Kind == Owned {
			dr.SpendUSD[j] += price * n * sp.deliveredPerN(m)
		}
	}
	return sp
}

// revenuePath writes revenue(m) = ARR(m) / 12 for the months from…to
// into out (MODEL.md §5).
func revenuePath(rv *Revenue, from, to calendar.Month, out []float64) {
	a := rv.ARRMonth
	if to >= a {
		arr := rv.ARRUSD
		k := -1
		var step float64
		for m := a; m <= to; m++ {
			if m > a {
				// Month a + j grows by g_⌊(j−1)/12⌋.
				if kk := int(m-a-1) / 12; kk != k {
					k = kk
					g := rv.Growth * math.Pow(1-rv.GrowthDecay, float64(k))
					step = math.Pow(1+g, 1.0/12)
				}
				arr *= step
			}
			if m >= from {
				out[m-from] = arr / 12
			}
		}
	}
	if from < a {
		arr := rv.ARRUSD
		step := math.Pow(1+rv.Growth, 1.0/12)
		for m := a - 1; m >= from; m-- {
			arr /= step
			if m <= to {
				out[m-from] = arr / 12
			}
		}
	}
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

func years(r *Result, beforeGW float64) {
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
		}
		months := float64(last - first + 1)
		j := int(last - r.From)
		yr.FacilityGW = r.FacilityGW[j]
		yr.Accelerators = r.Accelerators[j]
		yr.CumulativeGapUSD = r.CumulativeGapUSD[j]
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

func zeroed(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return append(s[:cap(s)], make([]T, n-cap(s))...)
	}
	return s[:n]
}
