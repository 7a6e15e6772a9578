package uncertainty

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sortedPercentile is the definition that percentiles implements by
// selection: linear between the order statistics around rank (n−1)·p.
func sortedPercentile(sorted []float64, p float64) float64 {
	k, w := rank(len(sorted), p)
	if w == 0 {
		return sorted[k]
	}
	return interp(sorted[k], sorted[k+1], w)
}

func TestSelectionAgreesWithSorting(t *testing.T) {
	src := NewSource(3)
	normal := func(n int) []float64 {
		a := make([]float64, n)
		for i := range a {
			a[i] = src.Normal()
		}
		return a
	}
	ties := func(n int) []float64 {
		a := make([]float64, n)
		for i := range a {
			a[i] = math.Round(3 * src.Normal())
		}
		return a
	}
	ascending := func(n int) []float64 {
		a := make([]float64, n)
		for i := range a {
			a[i] = float64(i)
		}
		return a
	}
	for _, tc := range []struct {
		name string
		a    []float64
	}{
		{"one value", []float64{7}},
		{"two values", []float64{9, 1}},
		{"three values", []float64{3, 1, 2}},
		{"twenty values", normal(20)},
		{"a thousand random values", normal(1000)},
		{"ten thousand random values", normal(10000)},
		{"many ties", ties(5000)},
		{"all equal", slices.Repeat([]float64{4.5}, 3000)},
		{"already sorted", ascending(4000)},
		{"sorted backwards", descending(ascending(4000))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sorted := slices.Clone(tc.a)
			slices.Sort(sorted)
			p5, p50, p95 := percentiles(slices.Clone(tc.a))
			assert.Equal(t, sortedPercentile(sorted, 0.05), p5, "p5")
			assert.Equal(t, sortedPercentile(sorted, 0.50), p50, "p50")
			assert.Equal(t, sortedPercentile(sorted, 0.95), p95, "p95")
		})
	}
}

func descending(a []float64) []float64 {
	slices.Reverse(a)
	return a
}

func TestSelectNthLeavesTheOrderAroundK(t *testing.T) {
	src := NewSource(5)
	a := make([]float64, 3001)
	for i := range a {
		a[i] = src.Normal()
	}
	sorted := slices.Clone(a)
	slices.Sort(sorted)
	for _, k := range []int{0, 1, 150, 1500, 2850, 2999, 3000} {
		b := slices.Clone(a)
		x, next := selectNth(b, 0, len(b), k)
		require.Equal(t, sorted[k], x)
		require.Equal(t, sorted[min(k+1, len(b)-1)], next)
		for i := range b[:k] {
			require.LessOrEqual(t, b[i], x)
		}
		for _, v := range b[k+1:] {
			require.GreaterOrEqual(t, v, x)
		}
	}
}

func TestNoValuesGiveNaN(t *testing.T) {
	p5, p50, p95 := percentiles(nil)
	assert.True(t, math.IsNaN(p5) && math.IsNaN(p50) && math.IsNaN(p95))
}
