package model

import (
	"math"
	"strconv"

	"github.com/computedeals/explorer/core/calendar"
)

// FieldError says which input of a portfolio is out of its domain. Deal and
// Accel are empty for world inputs.
type FieldError struct {
	Deal  string
	Accel string
	Field string
	Msg   string
}

func (e *FieldError) Error() string {
	s := ""
	switch {
	case e.Deal != "":
		s = "deal " + e.Deal + ": "
	case e.Accel != "":
		s = "accelerator " + e.Accel + ": "
	}
	return s + e.Field + " " + e.Msg
}

// MaxSpanMonths bounds how long a deal may run (term, or ramp plus life),
// so that no input can make an evaluation arbitrarily slow.
const MaxSpanMonths = 600

// Check returns every input of p that Evaluate cannot work with: NaN,
// infinities, negative or zero sizes and prices, months out of order. It
// checks the physical domain only; the editable ranges shown to users are
// narrower and live with the scenario.
func Check(p *Portfolio) []error {
	var errs fieldErrors
	add := errs.add
	w := &p.World
	pos := func(field string, v float64) {
		if !(v > 0) || math.IsInf(v, 0) {
			add("", "", field, "must be a positive number")
		}
	}
	pos("pue", w.PUE)
	if w.PUE < 1 {
		add("", "", "pue", "must be at least 1")
	}
	pos("load", w.Load)
	pos("power_price", w.PowerUSDPerMWh)
	if !(w.FacilityCapexMUSDPerMW >= 0) || math.IsInf(w.FacilityCapexMUSDPerMW, 0) {
		add("", "", "facility_capex", "must be zero or more")
	}
	pos("life", w.LifeYears)
	if w.LifeYears > 30 {
		add("", "", "life", "must be at most 30 years")
	}
	pos("utilization", w.Utilization)
	if !(w.DiscountRate > -1) || math.IsInf(w.DiscountRate, 0) {
		add("", "", "discount_rate", "must be greater than -1")
	}
	if w.To < w.From {
		add("", "", "to", "must not be before from")
	}
	if w.To-w.From >= 12*50 {
		add("", "", "to", "must be within 50 years of from")
	}
	r := &p.Revenue
	if !(r.ARRUSD >= 0) || math.IsInf(r.ARRUSD, 0) {
		add("", "", "arr", "must be zero or more")
	}
	if !(r.Growth > -1) || math.IsInf(r.Growth, 0) {
		add("", "", "growth", "must be greater than -1 (−100 %)")
	}
	if !(r.GrowthDecay >= 0 && r.GrowthDecay <= 1) {
		add("", "", "growth_decay", "must be between 0 and 1")
	}
	checkV2(p, &errs)
	for i := range p.Accelerators {
		a := &p.Accelerators[i]
		for _, f := range [...]struct {
			name string
			v    float64
		}{{"it_kw", a.ITKW}, {"fp8", a.FP8PFLOPS}, {"hbm", a.HBMGB}, {"capex", a.CapexUSD}} {
			if !(f.v > 0) || math.IsInf(f.v, 0) {
				add("", a.ID, f.name, "must be a positive number")
			}
		}
	}
	for i := range p.Deals {
		d := &p.Deals[i]
		if _, ok := p.Accelerator(d.Accel); !ok {
			add(d.ID, "", "accel", "names no accelerator of the catalog")
		}
		if d.Full < d.Start {
			add(d.ID, "", "full", "must not be before start")
		}
		if d.Start < calendar.Earliest || d.Full > calendar.Latest {
			add(d.ID, "", "start", "must be between 2000-01 and 2099-12")
		}
		if int(d.Full-d.Start) >= MaxSpanMonths {
			add(d.ID, "", "full", "must be within "+strconv.Itoa(MaxSpanMonths/12)+" years of start")
		}
		if d.Kind == Cloud && (d.TermMonths < 1 || d.TermMonths > MaxSpanMonths) {
			add(d.ID, "", "term", "must be between 1 and "+strconv.Itoa(MaxSpanMonths)+" months")
		}
		given := func(q Quantity, field string, v float64) {
			if d.Derive == q {
				return
			}
			if !(v > 0) || math.IsInf(v, 0) {
				add(d.ID, "", field, "must be a positive number")
			}
		}
		given(Value, "value", d.ValueUSD)
		if !(d.Kind == Owned && d.PriceAuto) {
			given(Price, "price", d.Price)
		}
		sizeField := "n"
		if d.SizeUnit == GW {
			sizeField = "gw"
		}
		given(Size, sizeField, d.Size)
		if d.Sustain > SustainAlways {
			add(d.ID, "", "sustain", "must be world, never or always")
		}
	}
	return errs
}

// fieldErrors collects Check's errors. Its add is a method kept out of
// line (size.go) rather than a closure.
type fieldErrors []error
