package explain

import (
	"strings"
	"testing"

	"github.com/computedeals/explorer/core/compare"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEveryChartHasASentence(t *testing.T) {
	s := decode(t, "data=2026-12")
	r, err := s.Evaluate()
	require.NoError(t, err)
	for _, id := range []string{"gw", "spend", "gap", "accel", "build", "cash"} {
		got := Chart(id, s, r)
		assert.True(t, strings.HasSuffix(got, "."), "%s: %q", id, got)
	}
	assert.Empty(t, Chart("nope", s, r))
	assert.Equal(t, "B: b. A: a.", ChartPair("a.", "b."))
}

func TestMethodSaysHowThePartsWereFound(t *testing.T) {
	assert.Contains(t, Method(compare.Sequential, 12), "in link order (12 assumptions, more than 10 for exact Shapley values)")
	assert.Contains(t, Method(compare.Shapley, 1), "exact Shapley values (1 assumption)")
}
