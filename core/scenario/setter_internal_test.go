package scenario

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
)

// TestSetterDoesWhatSetNumDoes holds the setters that sampling calls, which
// find their field once, to setNum, for every numeric input of both
// vintages' default views (deals of every kind, an owned deal's price that
// was automatic, sizes in GW and in accelerators, terms, funding) and
// values that round or reach a bound.
func TestSetterDoesWhatSetNumDoes(t *testing.T) {
	cat := library.Default()
	for _, vid := range []string{"2026-11", "2026-12"} {
		v, ok := cat.Vintage(vid)
		require.True(t, ok)
		s := New(cat, v, v.DefaultPreset())
		checked := 0
		for _, in := range s.Inputs() {
			if in.Field.Type != Num {
				continue
			}
			for _, x := range []float64{0.4, 1, 36.6, 2.5e5, 1e9, 900} {
				want, got := clonePortfolio(&s.Portfolio), clonePortfolio(&s.Portfolio)
				var seed uint64
				setNum(&want, in, x, &seed)
				s.Setter(in)(&got, x)
				require.Equal(t, want, got, "%s %s = %v", vid, in.Key, x)
			}
			checked++
		}
		require.Greater(t, checked, 100, vid)
	}
}

func clonePortfolio(p *model.Portfolio) model.Portfolio {
	q := *p
	q.Deals, q.Accelerators = slices.Clone(p.Deals), slices.Clone(p.Accelerators)
	q.Cash.Funding = slices.Clone(p.Cash.Funding)
	q.Revenue.History = slices.Clone(p.Revenue.History)
	return q
}
