package uncertainty

import (
	"errors"
	"slices"

	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
)

// Ranged is one input that carries an uncertainty range, in the order of
// Scenario.Inputs: the order in which a sample draws them.
type Ranged struct {
	Input scenario.Input
	Range scenario.Range
	Base  float64 // the scenario's value of the input
	Dist  Dist
	set   func(*model.Portfolio, float64)
}

// RangedInputs lists the inputs of s that sampling and the tornado vary:
// every numeric input that is not derived and has a range. It returns an
// error wrapping ErrRange when a range makes no distribution, or, from
// model version 2 on, does not hold the input's value.
func RangedInputs(s *scenario.Scenario) ([]Ranged, error) {
	var out []Ranged
	for _, in := range s.Inputs() {
		r, ok := s.Range(in)
		if !ok || !in.IsRangeable() || in.Derived {
			continue
		}
		base := s.Num(in)
		var d Dist
		var err error
		if s.ModelVersion() >= 2 {
			// MODEL.md §11: the value is the median of its range.
			d, err = NewMedianDist(r.Low, base, r.High, in.Field.Min, in.Field.Max)
		} else {
			d, err = NewDist(r.Low, r.High, in.Field.Min, in.Field.Max)
		}
		if err != nil {
			return nil, &InputError{Key: in.Key, Err: err}
		}
		out = append(out, Ranged{Input: in, Range: r, Base: base, Dist: d, set: s.Setter(in)})
	}
	return out, nil
}

// InputError says which input a request could not use, and why.
type InputError struct {
	Key string
	Err error
}

func (e *InputError) Error() string { return e.Key + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// ErrUnknownPath is wrapped when an output path is not in the scenario's
// layout.
var ErrUnknownPath = errors.New("no such output; paths are those of the eval JSON, like portfolio.value_usd or deals.aws.price_usd_per_hour")

// PathError names an output path that is not in the layout.
type PathError struct{ Path string }

func (e *PathError) Error() string { return e.Path + ": " + ErrUnknownPath.Error() }
func (e *PathError) Unwrap() error { return ErrUnknownPath }

// evaluator evaluates variations of one scenario's portfolio. It owns a
// copy of the base portfolio, so later edits of the scenario do not leak
// into a run, and a working copy and Results that every evaluation
// reuses: after the first, evaluations allocate nothing.
//
// When some deals are off it evaluates them apart, in a portfolio whose
// horizon is one month: a deal's whole-life totals do not depend on the
// horizon or on the other deals (MODEL.md §4), and off deals add nothing
// to the portfolio's series, so every output of the layout comes out the
// same, bit for bit, while the monthly series of deals that no output
// reads are not worked out. In the default view that saves a third of
// each evaluation.
type evaluator struct {
	layout *outputs.Layout
	base   model.Portfolio
	work   model.Portfolio // what setters write into
	res    model.Result    // what the layout reads

	split         bool
	on, off       model.Portfolio // the deals of work that are on, and off
	onIdx, offIdx []int           // their indices in work
	resOn, resOff model.Result
	// skipOff leaves the deals that are off out: their results stay zero
	// (what a Monte Carlo whose outputs read none of them asks for).
	skipOff bool
	// lin, when set, works out a Monte Carlo sample's outputs instead of
	// eval (the peer's outputs: see linear).
	lin *linear
	// offFast, when set, works out the outputs of the deals that are off
	// (skipOff is then set too): see offDeals.
	offFast *offDeals
	// onFast, when set, works out the deals that are on and the
	// portfolio in place of eval (with skipOff, which it implies): see
	// onDeals.
	onFast *onDeals
	// all is scratch of MonteCarlo.sample: every output of the layout;
	// row one sample's outputs before runPart scatters them.
	all, row []float64

	// draws and corr are scratch of MonteCarlo.draws: a sample's
	// deviates, and those of its correlated inputs.
	draws, corr []float64
}

func newEvaluator(s *scenario.Scenario, layout *outputs.Layout) *evaluator {
	if layout == nil {
		layout = outputs.NewLayout(s)
	}
	return portfolioEvaluator(&s.Portfolio, layout)
}

func portfolioEvaluator(p *model.Portfolio, layout *outputs.Layout) *evaluator {
	e := &evaluator{layout: layout, base: *p}
	// Every slice a setter writes into is copied, funding events too: a
	// sample must not write into the scenario.
	e.base.Accelerators = slices.Clone(p.Accelerators)
	e.base.Deals = slices.Clone(p.Deals)
	e.base.Cash.Funding = slices.Clone(p.Cash.Funding)
	e.work = e.base
	e.work.Accelerators = slices.Clone(e.base.Accelerators)
	e.work.Deals = slices.Clone(e.base.Deals)
	e.work.Cash.Funding = slices.Clone(e.base.Cash.Funding)
	for i, d := range e.base.Deals {
		if d.On {
			e.onIdx = append(e.onIdx, i)
		} else {
			e.offIdx = append(e.offIdx, i)
		}
	}
	e.split = len(e.offIdx) > 0
	if e.split {
		e.on.Deals = make([]model.Deal, len(e.onIdx))
		e.off.Deals = make([]model.Deal, len(e.offIdx))
		e.res.Deals = make([]model.DealResult, len(e.base.Deals))
	}
	return e
}

// reset puts the base values back into the working portfolio, without
// allocating.
func (e *evaluator) reset() {
	accels, deals, funding := e.work.Accelerators, e.work.Deals, e.work.Cash.Funding
	e.work = e.base
	copy(accels, e.base.Accelerators)
	copy(deals, e.base.Deals)
	copy(funding, e.base.Cash.Funding)
	e.work.Accelerators, e.work.Deals, e.work.Cash.Funding = accels, deals, funding
}

func (e *evaluator) eval() error {
	if !e.split {
		return model.EvaluateInto(&e.work, &e.res)
	}
	w := &e.work
	for _, on := range [...]struct {
		p   *model.Portfolio
		idx []int
	}{{&e.on, e.onIdx}, {&e.off, e.offIdx}} {
		if on.p == &e.off && e.skipOff && e.offFast == nil {
			break
		}
		deals := on.p.Deals
		*on.p = *w
		on.p.Deals = deals
		for j, i := range on.idx {
			deals[j] = w.Deals[i]
		}
	}
	// Any month will do for the off deals' horizon; the run-rate month
	// makes the revenue path one step long.
	e.off.World.From, e.off.World.To = w.Revenue.ARRMonth, w.Revenue.ARRMonth
	errOn := model.EvaluateInto(&e.on, &e.resOn)
	var errOff error
	switch {
	case !e.skipOff:
		errOff = model.EvaluateInto(&e.off, &e.resOff)
	case e.offFast != nil:
		// Their outputs come from offFast; what Evaluate would refuse
		// is refused here too.
		if errs := model.Check(&e.off); len(errs) > 0 {
			errOff = &model.InvalidError{Errs: errs}
		}
	}
	if errOn != nil {
		return errOn
	}
	if errOff != nil {
		return errOff
	}
	deals := e.res.Deals
	e.res = e.resOn
	e.res.Deals = deals
	for j, i := range e.onIdx {
		deals[i] = e.resOn.Deals[j]
	}
	if !e.skipOff {
		for j, i := range e.offIdx {
			deals[i] = e.resOff.Deals[j]
		}
	}
	return nil
}

// at evaluates the base with one input set to v and returns output i of
// the layout.
func (e *evaluator) at(set func(*model.Portfolio, float64), v float64, i int) (float64, error) {
	e.reset()
	set(&e.work, v)
	if err := e.eval(); err != nil {
		return 0, err
	}
	return e.value(i), nil
}

// value reads output i of the layout from the last evaluation.
func (e *evaluator) value(i int) float64 {
	v, _ := e.layout.Value(&e.res, e.layout.Paths[i])
	return v
}

func (e *evaluator) index(path string) (int, error) {
	i := e.layout.Index(path)
	if i < 0 {
		return -1, &PathError{Path: path}
	}
	return i, nil
}
