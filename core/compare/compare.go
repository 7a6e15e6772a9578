package compare

import (
	"math"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
)

// Comparison is two scenarios, the keys in which they differ and the
// attribution of their headline totals.
type Comparison struct {
	A, B                 *scenario.Scenario
	ProblemsA, ProblemsB []*scenario.Problem
	Diff                 *Diff
	Attribution          *Attribution
}

// Between compares two scenarios on their HeadlinePaths.
func Between(a, b *scenario.Scenario) (*Comparison, error) {
	at, err := Attribute(a, b, HeadlinePaths(a, b))
	if err != nil {
		return nil, err
	}
	return &Comparison{A: a, B: b, Diff: Inputs(a, b), Attribution: at}, nil
}

// Links decodes two links (see scenario.Decode: their problems are kept,
// not fatal) and compares what they hold.
func Links(cat *library.Catalog, linkA, linkB string) (*Comparison, error) {
	a, pa := scenario.Decode(cat, linkA)
	b, pb := scenario.Decode(cat, linkB)
	c, err := Between(a, b)
	if err != nil {
		return nil, err
	}
	c.ProblemsA, c.ProblemsB = pa, pb
	return c, nil
}

// Denoise returns 0 for a difference within float rounding of the
// totals it is the difference of, so that text shows no change there.
func (t *Total) Denoise(v float64) float64 {
	if math.Abs(v) <= 1e-12*math.Max(math.Abs(t.A), math.Abs(t.B)) {
		return 0
	}
	return v
}
