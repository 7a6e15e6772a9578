package uncertainty

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Version 2's two-piece distribution (MODEL.md §11): the base is the
// median, the range ends the 5th and 95th percentiles.
func TestMedianDistPercentilesAreLowBaseHigh(t *testing.T) {
	const n = 10000
	for _, tc := range []struct {
		name              string
		low, median, high float64
		min, max          float64
		shape             Shape
		seed              uint64
	}{
		{"pue, skewed up", 1.1, 1.2, 1.5, 1, 3, LogNormal, 1},
		{"capex, symmetric in value", 30000, 40000, 50000, 100, 1e8, LogNormal, 2},
		{"a discount rate from zero", 0, 0.08, 0.2, -1, 1, Normal, 4},
		{"across zero", -3, 1, 5, -100, 100, Normal, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := NewMedianDist(tc.low, tc.median, tc.high, tc.min, tc.max)
			require.NoError(t, err)
			assert.Equal(t, tc.shape, d.Shape())
			src := NewSource(tc.seed)
			xs := make([]float64, n)
			for i := range xs {
				xs[i] = d.Sample(&src)
			}
			p5, p50, p95 := percentiles(xs)
			// Relative tolerances; a range that reaches zero has no scale
			// of its own but its width.
			scale := func(v float64) float64 {
				if tc.shape == Normal {
					return tc.high - tc.low
				}
				return v
			}
			assert.InDelta(t, tc.median, p50, 0.01*scale(tc.median), "sample median")
			assert.InDelta(t, tc.low, p5, 0.015*scale(tc.low), "sample P5")
			assert.InDelta(t, tc.high, p95, 0.015*scale(tc.high), "sample P95")
		})
	}
}

// A range as wide as a tenfold spreads its sample median over more than
// 1 % of the base at 10,000 draws (a standard error of 0.9 %), so this
// checks the median to four standard errors instead, and with the share
// of samples below the base.
func TestMedianDistOfAWideRange(t *testing.T) {
	const n = 10000
	d, err := NewMedianDist(30000, 100000, 300000, 1, 1e9)
	require.NoError(t, err)
	src := NewSource(3)
	xs := make([]float64, n)
	below := 0
	for i := range xs {
		xs[i] = d.Sample(&src)
		if xs[i] < 100000 {
			below++
		}
	}
	_, p50, _ := percentiles(xs)
	se := math.Sqrt(0.25/n) / densityAt(d, 100000)
	assert.InDelta(t, 100000, p50, sigmas*se)
	assert.InDelta(t, 0.5, float64(below)/n, sigmas*math.Sqrt(0.25/n))
}

func TestMedianDistIsExactAtItsPercentiles(t *testing.T) {
	for _, tc := range []struct{ low, median, high float64 }{
		{1.1, 1.2, 1.5}, {0, 0.08, 0.2}, {-1, 0.5, 1}, {4.5, 5, 5}, {1.67, 1.67, 1.9},
	} {
		d, err := NewMedianDist(tc.low, tc.median, tc.high, -1e300, 1e300)
		require.NoError(t, err)
		assert.Equal(t, tc.median, d.At(0), "the median is the base, bit for bit")
		assert.Equal(t, tc.median, d.Quantile(0.5))
		assert.Equal(t, 0.5, d.CDF(tc.median))
		assert.InDelta(t, tc.low, d.At(-Z95), 1e-12)
		assert.InDelta(t, tc.high, d.At(Z95), 1e-12)
		if tc.low < tc.median {
			assert.InDelta(t, 0.05, d.CDF(tc.low), 1e-12)
		}
		if tc.median < tc.high {
			assert.InDelta(t, 0.95, d.CDF(tc.high), 1e-12)
		}
	}
}

func TestMedianDistWithTheMedianAtAnEndHasOneSide(t *testing.T) {
	d, err := NewMedianDist(4.5, 5, 5, 0.01, 1000)
	require.NoError(t, err)
	for _, z := range []float64{0, 0.5, 3} {
		assert.Equal(t, 5.0, d.At(z))
	}
	assert.Less(t, d.At(-1), 5.0)
	assert.Equal(t, 1.0, d.CDF(5.5))
}

func TestMedianDistOfTheMidpointsIsVersionOne(t *testing.T) {
	// A base at the arithmetic mean of a range reaching zero is version
	// 1's normal; at the geometric mean of a positive range, its
	// lognormal (to rounding).
	for _, tc := range []struct{ low, high, median float64 }{
		{0, 0.2, 0.1}, {-3, 5, 1}, {2, 8, 4},
	} {
		v1, err := NewDist(tc.low, tc.high, -1e300, 1e300)
		require.NoError(t, err)
		v2, err := NewMedianDist(tc.low, tc.median, tc.high, -1e300, 1e300)
		require.NoError(t, err)
		for _, z := range []float64{-2.5, -1, 0, 0.3, 2} {
			assert.InDelta(t, v1.At(z), v2.At(z), 1e-12*max(1, math.Abs(v1.At(z))))
		}
	}
}

func TestNewMedianDistRefusesABaseOutsideItsRange(t *testing.T) {
	for _, tc := range []struct {
		name              string
		low, median, high float64
	}{
		{"below", 1.1, 1.05, 1.5},
		{"above", 0, 0.3, 0.2},
		{"NaN", 0, math.NaN(), 0.2},
		{"a zero-width range elsewhere", 2, 3, 2},
		{"low above high", 2, 1.5, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewMedianDist(tc.low, tc.median, tc.high, -10, 10)
			assert.ErrorIs(t, err, ErrRange)
		})
	}
}
