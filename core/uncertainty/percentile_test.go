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

// TestBucketsAgreeWithSelection holds the bucketed selection of large
// columns to selection over the whole column, bit for bit, on shapes that
// samples take and some they should not: heavy tails, ties, sorted,
// two values, a spike at a percentile, a far outlier.
func TestBucketsAgreeWithSelection(t *testing.T) {
	src := NewSource(11)
	shapes := map[string]func(i int) float64{
		"normal":       func(int) float64 { return src.Normal() },
		"lognormal":    func(int) float64 { return math.Exp(3 * src.Normal()) },
		"ties":         func(int) float64 { return math.Round(3 * src.Normal()) },
		"two values":   func(int) float64 { return float64(src.Uint64() % 2) },
		"ascending":    func(i int) float64 { return float64(i) },
		"descending":   func(i int) float64 { return -float64(i) },
		"spike at p95": func(int) float64 { return min(src.Normal(), 1.6448536269514722) },
		"spike at p5":  func(int) float64 { return max(src.Normal(), -1.6448536269514722) },
		"far outlier": func(i int) float64 {
			if i == 77 {
				return 1e300
			}
			return src.Normal()
		},
		"huge span": func(i int) float64 { return math.Ldexp(src.Normal(), 1000) },
	}
	var bk buckets
	for name, f := range shapes {
		for _, n := range []int{bucketMin - 1, bucketMin, 2049, 3001, 10000, 25013} {
			a := make([]float64, n)
			for i := range a {
				a[i] = f(i)
			}
			least, most := slices.Min(a), slices.Max(a)
			w5, w50, w95 := percentiles(slices.Clone(a))
			if least == most {
				continue
			}
			b := slices.Clone(a)
			g5, g50, g95 := bk.percentiles(b, least, most)
			require.Equal(t, w5, g5, "%s n=%d p5", name, n)
			require.Equal(t, w50, g50, "%s n=%d p50", name, n)
			require.Equal(t, w95, g95, "%s n=%d p95", name, n)
		}
	}
}
