package page

import (
	"math"
	"strconv"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// SliderSteps is the number of steps of every slider: positions 0…1000.
const SliderSteps = 1000

// scale maps slider positions to values. Its ends come from the base
// scenario and the library's range, never from the current value, so
// that a slider does not rescale under the pointer while it is dragged.
type scale struct {
	lo, hi float64
	log    bool
}

// sliderScale is the scale of an input's slider.
func (a *App) sliderScale(in scenario.Input) scale {
	f := in.Field
	if f.Type == scenario.Month {
		return scale{lo: float64(calendar.Of(2024, 1)), hi: float64(calendar.Of(2037, 12))}
	}
	sc := scale{lo: f.Min, hi: f.Max, log: f.Log}
	base := a.s.Base()
	bi, err := base.Input(in.Key)
	if err != nil || bi.Derived || !(base.Num(bi) > 0) {
		// A deal of the user's own, or a quantity the base derives, has no
		// default to centre on: its slider spans the field's whole domain.
		return sc
	}
	v0 := base.Num(bi)
	fact, hasFact := a.s.Fact(in)
	switch {
	case f.Log && hasFact && fact.HasRange() && fact.Low > 0:
		sc.lo, sc.hi = min(fact.Low, v0)/4, max(fact.High, v0)*4
	case f.Log && v0 > 0:
		sc.lo, sc.hi = v0/10, v0*10
	case hasFact && fact.HasRange():
		w := fact.High - fact.Low
		sc.lo, sc.hi = min(fact.Low, v0)-w, max(fact.High, v0)+w
	}
	sc.lo = math.Max(sc.lo, f.Min)
	sc.hi = math.Min(sc.hi, f.Max)
	if sc.log && sc.lo <= 0 {
		sc.log = false
	}
	if !(sc.hi > sc.lo) {
		sc.lo, sc.hi = f.Min, f.Max
	}
	return sc
}

// pos is the slider position of v, clamped to the ends.
func (sc scale) pos(v float64) float64 {
	var t float64
	if sc.log {
		if v <= 0 {
			return 0
		}
		t = math.Log(v/sc.lo) / math.Log(sc.hi/sc.lo)
	} else {
		t = (v - sc.lo) / (sc.hi - sc.lo)
	}
	if math.IsNaN(t) {
		return 0
	}
	return math.Round(math.Min(math.Max(t, 0), 1) * SliderSteps)
}

// value is the value at slider position p, rounded to three significant
// figures so that dragging lands on numbers people write.
func (sc scale) value(p float64) float64 {
	t := p / SliderSteps
	if sc.log {
		return roundSig(sc.lo*math.Pow(sc.hi/sc.lo, t), 3)
	}
	v := sc.lo + t*(sc.hi-sc.lo)
	// Round to the power of ten nearest a thousandth of the span.
	step := math.Pow(10, math.Round(math.Log10((sc.hi-sc.lo)/SliderSteps)))
	return roundSig(math.Round(v/step)*step, 12)
}

func roundSig(v float64, sig int) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	f, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'e', sig-1, 64), 64)
	return f
}

// setFromSlider applies slider position p to an input.
func setFromSlider(s *scenario.Scenario, in scenario.Input, sc scale, p float64) error {
	if in.Field.Type == scenario.Month {
		m := calendar.Month(math.Round(sc.lo + p/SliderSteps*(sc.hi-sc.lo)))
		return s.Set(in.Key, m.String())
	}
	v := sc.value(p)
	if in.Field.Integer {
		v = math.Round(v)
	}
	v = math.Min(math.Max(v, in.Field.Min), in.Field.Max)
	return s.SetValue(in.Key, v)
}

// sliderValueText is what a screen reader says for a slider.
func sliderValueText(s *scenario.Scenario, in scenario.Input) string {
	if in.Field.Type == scenario.Month {
		return s.Get(in)
	}
	return units.Format(s.Num(in), in.Field.Unit)
}
