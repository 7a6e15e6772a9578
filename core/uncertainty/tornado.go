package uncertainty

import (
	"cmp"
	"math"
	"slices"

	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// Bar is one ranged input's row of a tornado.
type Bar struct {
	Key       string
	InputUnit units.Unit
	// Low and High are the input's range; AtLow and AtHigh the output with
	// the input there and every other input at its base value.
	Low, High     float64
	AtLow, AtHigh float64
	// Swing is |AtHigh − AtLow|; NaN when an evaluation failed, and then
	// Problem says why.
	Swing   float64
	Problem string
}

// Tornado is the sensitivity of one output to each ranged input
// (MODEL.md §6).
type Tornado struct {
	Path  string
	Label string
	Unit  units.Unit
	// Base is the output of the scenario as it is.
	Base float64
	// Bars are sorted by swing, largest first, inputs of equal swing in
	// the order of Scenario.Inputs; bars whose swing is NaN come last.
	Bars []Bar
}

// NewTornado works out the tornado of the output at path over every
// ranged input of s: two evaluations per input. It returns an error when
// the path is not an output of s (a *PathError), a range makes no
// distribution, or s itself cannot be evaluated.
func NewTornado(s *scenario.Scenario, path string) (*Tornado, error) {
	inputs, err := RangedInputs(s)
	if err != nil {
		return nil, err
	}
	return tornado(newEvaluator(s, nil), inputs, path)
}

func tornado(ev *evaluator, inputs []Ranged, path string) (*Tornado, error) {
	i, err := ev.index(path)
	if err != nil {
		return nil, err
	}
	ev.reset()
	if err := ev.eval(); err != nil {
		return nil, err
	}
	t := &Tornado{Path: path, Label: ev.layout.Labels[i], Unit: ev.layout.Units[i], Base: ev.value(i)}
	t.Bars = make([]Bar, len(inputs))
	for j := range inputs {
		in := &inputs[j]
		b := Bar{Key: in.Input.Key, InputUnit: in.Input.Field.Unit, Low: in.Range.Low, High: in.Range.High}
		var errLo, errHi error
		b.AtLow, errLo = ev.at(in.set, b.Low, i)
		b.AtHigh, errHi = ev.at(in.set, b.High, i)
		b.Swing = math.Abs(b.AtHigh - b.AtLow)
		if e := cmp.Or(errLo, errHi); e != nil {
			b.Swing, b.Problem = math.NaN(), e.Error()
			if errLo != nil {
				b.AtLow = math.NaN()
			}
			if errHi != nil {
				b.AtHigh = math.NaN()
			}
		}
		t.Bars[j] = b
	}
	slices.SortStableFunc(t.Bars, func(a, b Bar) int {
		an, bn := math.IsNaN(a.Swing), math.IsNaN(b.Swing)
		switch {
		case an || bn:
			return cmpBool(an, bn)
		case a.Swing > b.Swing:
			return -1
		case a.Swing < b.Swing:
			return 1
		}
		return 0
	})
	return t, nil
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
