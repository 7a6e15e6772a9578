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

// raw is the value at t, a share of the slider's length.
func (sc scale) raw(t float64) float64 {
	if sc.log {
		return sc.lo * math.Pow(sc.hi/sc.lo, t)
	}
	return sc.lo + t*(sc.hi-sc.lo)
}

// value is the value at slider position p: of the values whose position
// is p, the roundest (the fewest significant digits), so that a slider
// lands on numbers people write, 450k rather than 449k or 451k.
func (sc scale) value(p float64) float64 {
	a := sc.raw(math.Max(p-0.5, 0) / SliderSteps)
	b := sc.raw(math.Min(p+0.5, SliderSteps) / SliderSteps)
	if a > b {
		a, b = b, a
	}
	if a <= 0 && b >= 0 && sc.pos(0) == p {
		return 0
	}
	m := math.Max(math.Abs(a), math.Abs(b))
	for sig := 1; sig <= 12; sig++ {
		step := math.Pow(10, math.Floor(math.Log10(m))-float64(sig)+1)
		// Both candidates of this precision in [a, b]; the ends may read
		// back as the next position, so check.
		for c := math.Ceil(a/step) * step; c <= b; c += step {
			if c = roundSig(c, 12); sc.pos(c) == p {
				return c
			}
		}
	}
	return roundSig(sc.raw(p/SliderSteps), 12)
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
