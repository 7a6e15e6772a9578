package uncertainty

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tolerances of the statistical tests follow from the sample size.
// The share F̂ of n independent samples at or below the true p-quantile
// is binomial: its standard error is √(p(1−p)/n). The sample quantile
// itself is off by about that much in probability, which is
// √(p(1−p)/n) / f(q) in value, f being the density at the quantile.
// The tests allow four standard errors: with fixed seeds they are
// deterministic, and a correct sampler would fail one with probability
// below 1e-4.
const sigmas = 4

func TestSampledPercentilesMatchTheRange(t *testing.T) {
	const n = 20000
	for _, tc := range []struct {
		name      string
		low, high float64
		min, max  float64
		shape     Shape
		seed      uint64
	}{
		{"a positive range is lognormal", 200000, 500000, 1, 1e9, LogNormal, 1},
		{"a wide positive range is lognormal", 0.01, 100, 0, 1e6, LogNormal, 2},
		{"a range from zero is normal", 0, 0.2, -10, 10, Normal, 3},
		{"a range across zero is normal", -3, 5, -100, 100, Normal, 4},
		{"a narrow range is lognormal", 1.19, 1.21, 1, 3, LogNormal, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := NewDist(tc.low, tc.high, tc.min, tc.max)
			require.NoError(t, err)
			assert.Equal(t, tc.shape, d.Shape())
			src := NewSource(tc.seed)
			xs := make([]float64, n)
			for i := range xs {
				xs[i] = d.Sample(&src)
			}
			slices.Sort(xs)
			for _, q := range []struct{ p, want float64 }{{0.05, tc.low}, {0.95, tc.high}} {
				se := math.Sqrt(q.p * (1 - q.p) / n)
				below := float64(countAtOrBelow(xs, q.want)) / n
				assert.InDelta(t, q.p, below, sigmas*se, "share of samples at or below the %g quantile", q.p)

				got := xs[int(q.p*(n-1))]
				density := densityAt(d, q.want)
				assert.InDelta(t, q.want, got, sigmas*se/density, "sampled %g quantile", q.p)
			}
		})
	}
}

func countAtOrBelow(sorted []float64, x float64) int {
	i, _ := slices.BinarySearch(sorted, math.Nextafter(x, math.Inf(1)))
	return i
}

// densityAt differentiates the CDF numerically: precise enough for a
// tolerance.
func densityAt(d Dist, x float64) float64 {
	h := 1e-6 * max(math.Abs(x), d.High-d.Low)
	return (d.CDF(x+h) - d.CDF(x-h)) / (2 * h)
}

func TestQuantilesAreTheRangeEnds(t *testing.T) {
	for _, tc := range []struct {
		name      string
		low, high float64
	}{
		{"lognormal", 1.8, 4},
		{"normal", 0, 0.2},
		{"normal across zero", -1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewDist(tc.low, tc.high, math.Inf(-1), math.Inf(1))
			require.Error(t, err, "infinite bounds are refused")
			d, err := NewDist(tc.low, tc.high, -1e300, 1e300)
			require.NoError(t, err)
			assert.InDelta(t, tc.low, d.Quantile(0.05), 1e-12)
			assert.InDelta(t, tc.high, d.Quantile(0.95), 1e-12)
			assert.InDelta(t, 0.05, d.CDF(tc.low), 1e-12)
			assert.InDelta(t, 0.95, d.CDF(tc.high), 1e-12)
			assert.InDelta(t, tc.low, d.At(-Z95), 1e-12)
			assert.InDelta(t, tc.high, d.At(Z95), 1e-12)
		})
	}
}

func TestAZeroWidthRangeIsTheValue(t *testing.T) {
	d, err := NewDist(2.5, 2.5, 0.01, 1000)
	require.NoError(t, err)
	assert.Equal(t, Fixed, d.Shape())
	src := NewSource(9)
	before := src
	for range 100 {
		assert.Equal(t, 2.5, d.Sample(&src))
	}
	assert.NotEqual(t, before, src, "a fixed input still takes its draw, keeping the others' places in the stream")
}

func TestSamplesStayWithinTheFieldBounds(t *testing.T) {
	d, err := NewDist(0, 0.2, 0, 1)
	require.NoError(t, err)
	src := NewSource(4)
	atZero := 0
	for range 10000 {
		v := d.Sample(&src)
		require.GreaterOrEqual(t, v, 0.0)
		require.LessOrEqual(t, v, 1.0)
		if v == 0 {
			atZero++
		}
	}
	// The 5 % of the normal below zero sits at the bound.
	assert.InDelta(t, 0.05, float64(atZero)/10000, sigmas*math.Sqrt(0.05*0.95/10000))
}

func TestNewDistRefusesWhatMakesNoDistribution(t *testing.T) {
	for _, tc := range []struct {
		name                string
		low, high, min, max float64
	}{
		{"low above high", 2, 1, 0, 10},
		{"a NaN", math.NaN(), 1, 0, 10},
		{"an infinite end", 1, math.Inf(1), 0, 10},
		{"bounds upside down", 1, 2, 10, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewDist(tc.low, tc.high, tc.min, tc.max)
			assert.ErrorIs(t, err, ErrRange)
		})
	}
}

func TestStreamsAreSeeded(t *testing.T) {
	a, b := NewSource(1), NewSource(1)
	for range 100 {
		require.Equal(t, a.Normal(), b.Normal())
	}
	c := NewSource(2)
	assert.NotEqual(t, a.Normal(), c.Normal())

	s0, s1 := SampleSource(1, 0), SampleSource(1, 1)
	assert.NotEqual(t, s0.Uint64(), s1.Uint64(), "neighbouring samples have unrelated streams")
	again := SampleSource(1, 1)
	s1 = SampleSource(1, 1)
	assert.Equal(t, again.Uint64(), s1.Uint64())
}

func TestNormalDeviatesAreStandard(t *testing.T) {
	const n = 50000
	src := NewSource(11)
	var sum, sq float64
	for range n {
		z := src.Normal()
		require.False(t, math.IsNaN(z) || math.IsInf(z, 0))
		sum += z
		sq += z * z
	}
	mean := sum / n
	// The mean's standard error is 1/√n; the variance's √(2/n).
	assert.InDelta(t, 0, mean, sigmas/math.Sqrt(n))
	assert.InDelta(t, 1, sq/n-mean*mean, sigmas*math.Sqrt(2.0/n))
}
