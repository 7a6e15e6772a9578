package uncertainty

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/scenario"
)

// A run that keeps only some outputs, and so skips the deals that are off
// and their inputs, gives those outputs the bands of the whole run, bit
// for bit, whether split into parts or not.
func TestSelectedOutputsHaveTheWholeRunsBands(t *testing.T) {
	for _, s := range []*scenario.Scenario{oldDefault(t), defaultScenario(t), v2Scenario(t)} {
		whole := run(t, s, 1500)
		paths := append(peerPaths(), "portfolio.pv_usd", "years.2030.cash_usd", "years.2031.revenue_usd")
		for _, d := range s.Portfolio.Deals {
			if d.On {
				paths = append(paths, "deals."+d.ID+".price_usd_per_hour")
				break
			}
		}
		m, err := NewMonteCarloOf(s, paths)
		require.NoError(t, err)
		require.NotNil(t, m.need, "%s: no path reads a deal that is off", s.Vintage.ID)
		m.Run(500)
		m.Run(1000)
		b := m.Bands()
		require.Equal(t, paths, b.Layout.Paths)
		require.Equal(t, whole.Samples, b.Samples)
		for i, path := range paths {
			w, _ := whole.Band(path)
			g, _ := b.Band(path)
			for k, pair := range [][2]float64{{w.P5, g.P5}, {w.P50, g.P50}, {w.P95, g.P95}} {
				if math.Float64bits(pair[0]) != math.Float64bits(pair[1]) && !(math.IsNaN(pair[0]) && math.IsNaN(pair[1])) {
					t.Errorf("%s %s percentile %d: whole run %v, selected %v", s.Vintage.ID, path, k, pair[0], pair[1])
				}
			}
			require.Equal(t, whole.Finite[whole.Layout.Index(path)], b.Finite[i])
		}
		require.NoError(t, m.Reset(s))
		require.Equal(t, paths, m.Layout().Paths, "Reset keeps the selection")
	}
	_, err := NewMonteCarloOf(oldDefault(t), []string{"portfolio.nothing"})
	require.True(t, errors.Is(err, ErrUnknownPath), "%v", err)
}
