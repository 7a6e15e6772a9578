package scenario

import (
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/computedeals/explorer/core/linalg"
	"github.com/computedeals/explorer/core/units"
)

// Sampling from model version 2 on (MODEL.md §11): the value is the
// median of its range, a range the user did not set follows the value,
// and sampled inputs may be correlated (the link key corr).

// ModelVersion is the version of MODEL.md whose sampling the scenario
// follows: its vintage's, and 1 for a vintage that names none.
func (s *Scenario) ModelVersion() int { return max(1, s.Vintage.ModelVersion) }

// DefaultRange returns the range an input has when nobody set one: the
// library's. From model version 2 on it follows the input's value b′
// away from the library value b: ×b′/b for a positive range (when b′ is
// positive too), shifted by b′ − b otherwise; rounded for a whole-number
// field and kept within the field's bounds. The link writes a range only
// where it differs from this one.
func (s *Scenario) DefaultRange(in Input) (Range, bool) {
	base := s.Base()
	r, ok := base.Ranges[in.Key]
	if !ok || s.ModelVersion() < 2 || !in.IsRangeable() || !s.sizeUnitMatches(in) {
		return r, ok
	}
	bi, err := base.Input(in.Key)
	if err != nil || bi.Field != in.Field {
		return r, ok
	}
	b, v := base.Num(bi), s.Num(in)
	if v == b || math.IsNaN(v) {
		return r, ok
	}
	var m Range
	if r.Low > 0 && b > 0 && v > 0 {
		m = Range{v * r.Low / b, v * r.High / b}
	} else {
		m = Range{r.Low + (v - b), r.High + (v - b)}
	}
	f := in.Field
	for _, p := range [...]*float64{&m.Low, &m.High} {
		if f.Integer {
			*p = math.Round(*p)
		}
		*p = min(max(*p, f.Min), f.Max)
	}
	return m, true
}

// sizeUnitMatches reports whether a deal's n or gw input is the one the
// deal gives its size in: the other one's Num is in the wrong unit.
func (s *Scenario) sizeUnitMatches(in Input) bool {
	if in.Deal < 0 || (in.Field != fieldN && in.Field != fieldGW) {
		return true
	}
	return s.Portfolio.Deals[in.Deal].SizeUnit == sizeUnitOf(in.Field.Name)
}

// followValue runs set, which changes the value of in, and, from model
// version 2 on, moves the input's range with the value when the range
// is the default one (MODEL.md §11: a range follows the user's value).
// A range the user set stays as set. Every edit of a value goes through
// here: SetNum, and so Set, SetTyped, SetValue and the link's decoder,
// and SetDerive and SetSizeUnit.
func (s *Scenario) followValue(in Input, set func()) {
	if s.ModelVersion() < 2 || s.shared.base == nil {
		// Version 1, or a preset's own values while its scenario is
		// made: nothing to follow yet.
		set()
		return
	}
	r, ok := s.Ranges[in.Key]
	d, dok := s.DefaultRange(in)
	set()
	if !ok || !dok || r != d {
		return
	}
	if nr, _ := s.DefaultRange(in); nr != r {
		// Copy on write: Ranges may be shared with other values.
		s.Ranges = maps.Clone(s.Ranges)
		s.Ranges[in.Key] = nr
	}
}

// rangeProblem says, from model version 2 on, that an input's value is
// outside its range: the value is the range's median there.
func (s *Scenario) rangeProblem(in Input) *Problem {
	if s.ModelVersion() < 2 || in.Derived || !s.sizeUnitMatches(in) {
		return nil
	}
	r, ok := s.Range(in)
	if !ok {
		return nil
	}
	if v := s.Num(in); v >= r.Low && v <= r.High {
		return nil
	}
	return problem(in.Key+".range", formatRange(r, true), "does not hold the value "+in.Key+"="+s.Get(in)+
		"; in data "+s.Vintage.ID+" (model version 2) the value is the median of its range")
}

// RangeProblems lists, from model version 2 on, every input whose value
// is outside its range, naming the range's key.
func (s *Scenario) RangeProblems() []*Problem {
	var out []*Problem
	for _, in := range s.Inputs() {
		if p := s.rangeProblem(in); p != nil {
			out = append(out, p)
		}
	}
	return out
}

// Correlation correlates the standard normal draws of two sampled
// inputs, by link key (MODEL.md §11).
type Correlation struct {
	A, B string
	Rho  float64
}

func (c Correlation) String() string { return c.A + ":" + c.B + ":" + units.Link(c.Rho) }

// DefaultCorrelations are the vintage's correlations, in canonical order;
// none before model version 2.
func (s *Scenario) DefaultCorrelations() []Correlation { return s.defaultCorrelations(s.Inputs()) }

// defaultCorrelations is DefaultCorrelations for the scenario's inputs
// ins, which the link has already listed.
func (s *Scenario) defaultCorrelations(ins []Input) []Correlation {
	if s.ModelVersion() < 2 {
		return nil
	}
	out := make([]Correlation, 0, len(s.Vintage.Correlations))
	for _, c := range s.Vintage.Correlations {
		out = append(out, Correlation{c.A, c.B, c.Rho})
	}
	return s.sortCorrelations(out, ins)
}

// sortCorrelations puts each pair's keys and the pairs in link order, the
// order in which a sample draws the inputs; keys that are not inputs
// last.
func (s *Scenario) sortCorrelations(cs []Correlation, ins []Input) []Correlation {
	pa, pb := make([]int, len(cs)), make([]int, len(cs))
	for i := range cs {
		pa[i], pb[i] = inputPos(ins, cs[i].A), inputPos(ins, cs[i].B)
		if pb[i] < pa[i] {
			cs[i].A, cs[i].B, pa[i], pb[i] = cs[i].B, cs[i].A, pb[i], pa[i]
		}
	}
	// An insertion sort: a handful of pairs, and no generic sort
	// instantiated into main.wasm.
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && (pa[j] < pa[j-1] || pa[j] == pa[j-1] && pb[j] < pb[j-1]); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
			pa[j], pa[j-1] = pa[j-1], pa[j]
			pb[j], pb[j-1] = pb[j-1], pb[j]
		}
	}
	return cs
}

// corrLink returns the link's corr value, and whether the link holds one:
// only when the correlations differ from the vintage's.
func (s *Scenario) corrLink(ins []Input) (string, bool) {
	if slices.Equal(s.Corr, s.defaultCorrelations(ins)) {
		return "", false
	}
	if len(s.Corr) == 0 {
		return "none", true
	}
	items := make([]string, len(s.Corr))
	for i, c := range s.Corr {
		items[i] = c.String()
	}
	return strings.Join(items, ","), true
}

const corrHint = "write keyA:keyB:rho items separated by commas, like growth:growth_decay:0.6, or none"

// parseCorrelations reads a corr value against the scenario's ranges. It
// returns the usable items in canonical order and a problem for each item
// it leaves out. When no item is usable, or the items together make no
// correlation matrix (not positive definite), it returns nil: the key is
// left at its default, as any key of a link that fails.
func (s *Scenario) parseCorrelations(value string) ([]Correlation, []*Problem) {
	var probs []*Problem
	if s.ModelVersion() < 2 {
		return nil, append(probs, problem("corr", printable(value), "correlations are sampled from model version 2 on; data "+s.Vintage.ID+" samples its inputs independently (ignored)"))
	}
	if value == "none" {
		return []Correlation{}, nil
	}
	out := []Correlation{}
	for _, item := range strings.Split(value, ",") {
		c, msg := s.parseCorrelation(item, out)
		if msg != "" {
			probs = append(probs, problem("corr", printable(item), msg))
			continue
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, probs // nothing usable: the key is left at its default
	}
	out = s.sortCorrelations(out, s.Inputs())
	if _, ok := CorrelationFactor(correlatedKeys(out), out); !ok {
		return nil, append(probs, problem("corr", printable(value), "the correlations contradict each other: their matrix is not positive definite (used the data's defaults)"))
	}
	return out, probs
}

// parseCorrelation reads one keyA:keyB:rho item, or says why it cannot
// be used beside the items before.
func (s *Scenario) parseCorrelation(item string, before []Correlation) (Correlation, string) {
	parts := strings.Split(item, ":")
	if len(parts) != 3 {
		return Correlation{}, "not a correlation; " + corrHint
	}
	c := Correlation{A: parts[0], B: parts[1]}
	rho, err := units.ParseLink(parts[2])
	switch {
	case err != nil || math.IsNaN(rho):
		return c, "rho is not a number; " + corrHint
	case s.corrKeyProblem(c.A) != "":
		return c, s.corrKeyProblem(c.A)
	case s.corrKeyProblem(c.B) != "":
		return c, s.corrKeyProblem(c.B)
	case c.A == c.B:
		return c, "correlates " + c.A + " with itself"
	case !(rho > -1 && rho < 1):
		return c, "rho must lie strictly between -1 and 1"
	}
	c.Rho = rho
	for _, o := range before {
		if o.A == c.A && o.B == c.B || o.A == c.B && o.B == c.A {
			return c, "the pair " + c.A + ", " + c.B + " is listed twice; the first is used"
		}
	}
	return c, ""
}

// corrKeyProblem says why a key cannot be correlated, or "".
func (s *Scenario) corrKeyProblem(key string) string {
	in, err := s.Input(key)
	if err != nil {
		return key + ": " + keyProblem(key, "", err).Msg
	}
	if _, ok := s.Range(in); !ok || in.Derived || !s.sizeUnitMatches(in) {
		return key + " has no range; only inputs with a range are sampled and can be correlated"
	}
	return ""
}

// CorrelationFactor returns the lower Cholesky factor of the correlation
// matrix of keys (MODEL.md §11): 1 on the diagonal, rho for each pair of
// cs whose keys are both among them, 0 elsewhere; row-major, len(keys)²
// values. It reports false when the matrix is not positive definite
// (linalg.Cholesky).
func CorrelationFactor(keys []string, cs []Correlation) ([]float64, bool) {
	n := len(keys)
	a := make([]float64, n*n)
	for i := range n {
		a[i*n+i] = 1
	}
	for _, c := range cs {
		i, j := slices.Index(keys, c.A), slices.Index(keys, c.B)
		if i >= 0 && j >= 0 {
			a[i*n+j], a[j*n+i] = c.Rho, c.Rho
		}
	}
	return linalg.Cholesky(a, n)
}

// SetCorrelations sets the correlations of sampled inputs from a corr
// value ("growth:growth_decay:0.6", or "none"). On error the scenario is
// unchanged and the error is the first *Problem.
func (s *Scenario) SetCorrelations(value string) error {
	cs, probs := s.parseCorrelations(value)
	if len(probs) > 0 {
		return probs[0]
	}
	s.Corr = cs
	return nil
}
