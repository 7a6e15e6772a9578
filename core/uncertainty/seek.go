package uncertainty

import (
	"errors"
	"math"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// SeekTolerance is how close to the target, relative to it, a Solution's
// output is (MODEL.md §6). For a target of zero it is relative to the
// output's size in the scenario as given. The search aims a thousand times
// closer and accepts nothing looser than this.
const SeekTolerance = 1e-9

// seekScan is how many intervals the search first scans for a sign
// change: the output need not be monotonic in the input.
const seekScan = 64

// Solution is the answer of a goal seek: the input value inside
// [Low, High] at which the output reaches the target, or, when Found is
// false, the statement that no value in [Low, High] reaches it, with the
// end of the interval that comes closest.
type Solution struct {
	Key, Path string
	InputUnit units.Unit
	Unit      units.Unit // of the output and the target
	Target    float64
	// Low and High bound the search: the input's uncertainty range when
	// InRange, otherwise its field's validity bounds.
	Low, High float64
	InRange   bool
	// Base is the input's value in the scenario, BaseOutput the output
	// there.
	Base, BaseOutput float64
	// AtLow and AtHigh are the output at Low and at High (NaN where the
	// model refused the input value).
	AtLow, AtHigh float64

	Found bool
	// Value is the input value that reaches the target and Output the
	// output there (Found).
	Value, Output float64
	// Closest is Low or High, whichever output is nearer the target, and
	// ClosestOutput that output (when not Found).
	Closest, ClosestOutput float64
	// Nearest is the value of the scan whose output came nearest the
	// target, and NearestOutput that output: for a whole-number input,
	// the best whole number (when not Found).
	Nearest, NearestOutput float64
	// Whole marks an input that takes whole numbers only (a term in
	// months): its output moves in steps, so a target between two steps
	// is not reached.
	Whole       bool
	Evaluations int
}

// Errors of Seek's requests. ErrNotNumeric comes wrapped in an
// *InputError.
var (
	ErrNotNumeric = errors.New("not a numeric input that can be set: give a number field that the deal does not derive")
	ErrTarget     = errors.New("the target must be a finite number")
)

// Seek finds the value of input key (as in links: "d.aws.n") at which the
// output at path (as in the eval JSON) equals target. It searches the
// input's range, or when the input has none its field's validity bounds.
// A target no value reaches is not an error: Found is false. Errors are
// for requests that make no sense: an unknown key or path (an
// *InputError or a *PathError), a non-finite target, or a scenario that
// cannot be evaluated.
func Seek(s *scenario.Scenario, key, path string, target float64) (Solution, error) {
	in, err := s.Input(key)
	if err != nil {
		return Solution{}, &InputError{Key: key, Err: err}
	}
	if in.Field.Type != scenario.Num || in.Derived || key == "seed" {
		return Solution{}, &InputError{Key: key, Err: ErrNotNumeric}
	}
	lo, hi := in.Field.Min, in.Field.Max
	r, inRange := s.Range(in)
	if inRange {
		lo, hi = r.Low, r.High
	}
	ev := newEvaluator(s, nil)
	switch path {
	case "portfolio.funding_need_usd":
		// The need is max(0, −lowest cash): flat at zero on one side, so
		// seek the lowest cash, which is continuous, at −target.
		if !(target >= 0) {
			return Solution{}, ErrTarget
		}
		sol, err := seekIn(ev, in, s.Num(in), s.Setter(in), "portfolio.min_cash_usd", -target, lo, hi, inRange)
		sol.Path, sol.Target = path, target
		for _, y := range [...]*float64{&sol.BaseOutput, &sol.AtLow, &sol.AtHigh, &sol.Output, &sol.ClosestOutput, &sol.NearestOutput} {
			*y = needOf(*y)
		}
		return sol, err
	case "portfolio.cash_runout_month":
		return seekRunout(s, ev, in, lo, hi, inRange, target)
	}
	return seekIn(ev, in, s.Num(in), s.Setter(in), path, target, lo, hi, inRange)
}

// needOf is the funding need of a lowest cash balance.
func needOf(minCash float64) float64 {
	if math.IsNaN(minCash) {
		return minCash
	}
	return max(0, -minCash)
}

// RunoutPath is the output whose target is a month: Seek finds the value at
// which cash lasts until the month before the target and runs out in it,
// the boundary past which cash lasts longer.
const RunoutPath = "portfolio.cash_runout_month"

// seekRunout finds the input value at which the lowest cash balance up to
// the month before target is zero: on one side of it cash runs out before
// the target month, on the other it lasts at least until then.
func seekRunout(s *scenario.Scenario, ev *evaluator, in scenario.Input, lo, hi float64, inRange bool, target float64) (Solution, error) {
	m := calendar.Month(target)
	if float64(m) != target || m <= s.Portfolio.World.From || m > s.Portfolio.World.To+1 {
		return Solution{}, ErrTarget
	}
	through := m - 1
	out := func(r *model.Result) float64 {
		if !r.Totals.HasCash {
			return math.NaN()
		}
		low := math.Inf(1)
		for j := 0; j <= int(through-r.From) && j < len(r.CashUSD); j++ {
			if c := r.CashUSD[j]; !math.IsNaN(c) {
				low = min(low, c)
			}
		}
		return low
	}
	sol, err := seekWith(ev, in, s.Num(in), s.Setter(in), out, units.USD, 0, lo, hi, inRange)
	sol.Key, sol.Path, sol.Target = in.Key, RunoutPath, target
	return sol, err
}

func seekIn(ev *evaluator, in scenario.Input, base float64, set func(*model.Portfolio, float64), path string, target, lo, hi float64, inRange bool) (Solution, error) {
	oi, err := ev.index(path)
	if err != nil {
		return Solution{}, err
	}
	sol, err := seekWith(ev, in, base, set, func(*model.Result) float64 { return ev.value(oi) }, ev.layout.Units[oi], target, lo, hi, inRange)
	sol.Path = path
	return sol, err
}

// seekWith searches [lo, hi] for the value of in at which out, read from
// each evaluation, reaches target.
func seekWith(ev *evaluator, in scenario.Input, base float64, set func(*model.Portfolio, float64), out func(*model.Result) float64, unit units.Unit, target, lo, hi float64, inRange bool) (Solution, error) {
	if math.IsNaN(target) || math.IsInf(target, 0) {
		return Solution{}, ErrTarget
	}
	sol := Solution{
		Key: in.Key, InputUnit: in.Field.Unit, Unit: unit, Target: target,
		Low: lo, High: hi, InRange: inRange, Base: base, Whole: in.Field.Integer,
	}
	ev.reset()
	if err := ev.eval(); err != nil {
		return Solution{}, err
	}
	sol.BaseOutput = out(&ev.res)

	f := func(x float64) float64 {
		sol.Evaluations++
		ev.reset()
		set(&ev.work, x)
		if err := ev.eval(); err != nil {
			return math.NaN()
		}
		return out(&ev.res)
	}
	xs := scanPoints(lo, hi, in.Field.Integer, in.Field.Log)
	ys := make([]float64, len(xs))
	for i, x := range xs {
		ys[i] = f(x)
	}
	sol.AtLow, sol.AtHigh = ys[0], ys[len(ys)-1]

	tol := SeekTolerance * seekScale(target, sol.BaseOutput, ys)
	hit := func(x, y float64) bool {
		if math.Abs(y-target) <= tol {
			sol.Found, sol.Value, sol.Output = true, x, y
			return true
		}
		return false
	}
	g := func(x float64) float64 { return f(x) - target }

	for i := range xs {
		if hit(xs[i], ys[i]) {
			return sol, nil
		}
		if i == 0 || in.Field.Integer {
			continue
		}
		a, b := ys[i-1]-target, ys[i]-target
		if math.IsNaN(a) || math.IsNaN(b) || (a < 0) == (b < 0) {
			continue
		}
		x, _ := brent(g, xs[i-1], xs[i], a, b, tol/1000)
		if hit(x, f(x)) {
			return sol, nil
		}
		// A jump across the target (a step in the model): look on.
	}
	sol.Nearest, sol.NearestOutput = math.NaN(), math.NaN()
	for i, y := range ys {
		if !math.IsNaN(y) && (math.IsNaN(sol.NearestOutput) || math.Abs(y-target) < math.Abs(sol.NearestOutput-target)) {
			sol.Nearest, sol.NearestOutput = xs[i], y
		}
	}
	sol.Closest, sol.ClosestOutput = lo, sol.AtLow
	if math.IsNaN(sol.AtLow) || math.Abs(sol.AtHigh-target) < math.Abs(sol.AtLow-target) {
		sol.Closest, sol.ClosestOutput = hi, sol.AtHigh
	}
	return sol, nil
}

// seekScale is what SeekTolerance is relative to: the target, or for a
// target of zero the output's size in the scenario as given, or if that
// is zero too the largest output the scan saw.
func seekScale(target, base float64, ys []float64) float64 {
	if target != 0 {
		return math.Abs(target)
	}
	if base != 0 && !math.IsNaN(base) && !math.IsInf(base, 0) {
		return math.Abs(base)
	}
	scale := 0.0
	for _, y := range ys {
		if !math.IsNaN(y) && !math.IsInf(y, 0) {
			scale = max(scale, math.Abs(y))
		}
	}
	return scale
}

// scanPoints spreads the scan over [lo, hi]: evenly, or evenly in ratio
// for inputs whose field is logarithmic (a count of accelerators from 1
// to a billion), or at every whole number for whole-number inputs with
// not too many of them.
func scanPoints(lo, hi float64, whole, logScale bool) []float64 {
	if hi <= lo {
		return []float64{lo}
	}
	if whole {
		a, b := math.Ceil(lo), math.Floor(hi)
		if b-a <= 4*seekScan {
			var xs []float64
			for x := a; x <= b; x++ {
				xs = append(xs, x)
			}
			if len(xs) > 0 {
				return xs
			}
		}
	}
	xs := make([]float64, seekScan+1)
	for i := range xs {
		t := float64(i) / seekScan
		if logScale && lo > 0 {
			xs[i] = lo * math.Pow(hi/lo, t)
		} else {
			xs[i] = lo + (hi-lo)*t
		}
	}
	xs[0], xs[seekScan] = lo, hi
	if whole {
		for i, x := range xs {
			xs[i] = math.Round(x)
		}
	}
	return xs
}

// brent finds a root of g in [a, b], where g(a) = ga and g(b) = gb differ
// in sign, by Brent's method: inverse quadratic interpolation or the
// secant where they behave, bisection where they do not. It stops when
// |g| ≤ tol or the bracket is as narrow as float64 allows, and returns
// the best point found.
func brent(g func(float64) float64, a, b, ga, gb, tol float64) (float64, float64) {
	if math.Abs(ga) < math.Abs(gb) {
		a, b, ga, gb = b, a, gb, ga
	}
	c, gc := a, ga
	d := c
	bisected := true
	for range 200 {
		if gb == 0 || math.Abs(gb) <= tol {
			break
		}
		if math.Abs(b-a) <= 4*epsilon*math.Abs(b)+math.SmallestNonzeroFloat64 {
			break
		}
		var s float64
		if ga != gc && gb != gc {
			s = a*gb*gc/((ga-gb)*(ga-gc)) + b*ga*gc/((gb-ga)*(gb-gc)) + c*ga*gb/((gc-ga)*(gc-gb))
		} else {
			s = b - gb*(b-a)/(gb-ga)
		}
		lo, hi := min((3*a+b)/4, b), max((3*a+b)/4, b)
		delta := 2 * epsilon * math.Abs(b)
		if !(s > lo && s < hi) ||
			bisected && math.Abs(s-b) >= math.Abs(b-c)/2 ||
			!bisected && math.Abs(s-b) >= math.Abs(c-d)/2 ||
			bisected && math.Abs(b-c) < delta ||
			!bisected && math.Abs(c-d) < delta {
			s = a + (b-a)/2
			bisected = true
		} else {
			bisected = false
		}
		gs := g(s)
		if math.IsNaN(gs) {
			break
		}
		d, c, gc = c, b, gb
		if (ga < 0) != (gs < 0) {
			b, gb = s, gs
		} else {
			a, ga = s, gs
		}
		if math.Abs(ga) < math.Abs(gb) {
			a, b, ga, gb = b, a, gb, ga
		}
	}
	return b, gb
}

const epsilon = 0x1p-52
