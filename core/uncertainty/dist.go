// Package uncertainty is the explorer's sampling and sensitivity (MODEL.md
// §6): seeded Monte Carlo bands of every output ([NewMonteCarlo],
// [MonteCarlo.Run], [MonteCarlo.Bands]), tornado swings ([NewTornado]),
// goal seek ([Seek]) and break-even thresholds ([Thresholds]). It works on
// a scenario.Scenario and reads outputs through outputs.Layout, so its
// paths are those of the eval JSON. It returns numbers; explain words
// them and report writes their documents.
//
// Every run parameter is explicit, the seed included; the same seed gives
// the same bands natively and in WebAssembly (to 1e-9 relative: the math
// functions may differ by an ulp between platforms). Failures are values:
// a sample the model refuses is counted as rejected, a target no input
// value reaches is a [Solution] that says so.
//
// The package is compiled into the page's WebAssembly, so it keeps to
// small dependencies: no fmt, encoding/json or regexp.
package uncertainty

import (
	"errors"
	"math"
	"math/rand/v2"
)

// Shape says how a Dist spreads its values.
type Shape uint8

const (
	// Fixed always gives Low: a zero-width range.
	Fixed Shape = iota
	// Normal has its 5th and 95th percentiles at Low and High; for ranges
	// that reach zero or below.
	Normal
	// LogNormal has its 5th and 95th percentiles at Low and High; for
	// positive ranges, where a spread in ratio is what an analyst means.
	LogNormal
)

func (s Shape) String() string {
	switch s {
	case Normal:
		return "normal"
	case LogNormal:
		return "lognormal"
	}
	return "fixed"
}

// Z95 is the 95th percentile of the standard normal distribution. It is
// written out rather than computed so that every platform uses the same
// bits.
const Z95 = 1.6448536269514722

// Dist is the sampling distribution of one input with range [Low, High]
// (MODEL.md §6, version 1): lognormal when Low > 0, normal otherwise, with its 5th
// and 95th percentiles at Low and High. Samples are clamped into the
// input field's validity bounds [Min, Max], so that a tail never leaves
// the model's domain (a negative discount rate, a PUE below 1); the
// clamped share of the mass sits at the bound. The zero value is not
// usable: make one with NewDist.
//
// NewMedianDist makes the two-piece distribution of model version 2
// (MODEL.md §11), whose median is the input's base value: below the
// median it spreads by sigmaLow, above it by sigma.
type Dist struct {
	Low, High float64
	Min, Max  float64
	shape     Shape
	mu, sigma float64 // of the normal, or of the logarithm for LogNormal
	// sigmaLow is the spread below mu: sigma itself for version 1.
	sigmaLow float64
	// scale multiplies a LogNormal's exp(mu + σz): 1 for version 1, whose
	// mu is the mean logarithm; the median for version 2, whose mu is 0,
	// so that the median comes out as itself, bit for bit.
	scale float64
}

// ErrRange is wrapped by NewDist's errors.
var ErrRange = errors.New("not a usable range")

// NewDist returns the distribution of a range [low, high] clamped into
// [min, max]. It returns an error wrapping ErrRange when a bound is not
// finite, low > high or min > max.
func NewDist(low, high, min, max float64) (Dist, error) {
	for _, v := range [...]float64{low, high, min, max} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return Dist{}, rangeError("the range and bounds must be finite numbers")
		}
	}
	if low > high {
		return Dist{}, rangeError("low is above high")
	}
	if min > max {
		return Dist{}, rangeError("the lower bound is above the upper bound")
	}
	d := Dist{Low: low, High: high, Min: min, Max: max}
	switch {
	case low == high:
		d.shape = Fixed
		d.mu = low
	case low > 0:
		d.shape = LogNormal
		ll, lh := math.Log(low), math.Log(high)
		d.mu = (ll + lh) / 2
		d.sigma = (lh - ll) / (2 * Z95)
	default:
		d.shape = Normal
		d.mu = low/2 + high/2 // halves first: no overflow for huge ranges
		d.sigma = (high - low) / (2 * Z95)
	}
	d.sigmaLow, d.scale = d.sigma, 1
	return d, nil
}

// NewMedianDist returns the two-piece distribution of model version 2
// (MODEL.md §11) with its 5th, 50th and 95th percentiles at low, median
// and high, clamped into [min, max]. A positive range spreads in logs:
// ln X = ln median + z·(ln median − ln low)/Z95 for z < 0 and
// ln median + z·(ln high − ln median)/Z95 for z ≥ 0; a range that reaches
// zero or below does the same on the linear scale. It returns the errors
// of NewDist, and one wrapping ErrRange when median is outside
// [low, high].
func NewMedianDist(low, median, high, min, max float64) (Dist, error) {
	d, err := NewDist(low, high, min, max)
	if err != nil {
		return Dist{}, err
	}
	if math.IsNaN(median) || math.IsInf(median, 0) {
		return Dist{}, rangeError("the value must be a finite number")
	}
	if median < low || median > high {
		return Dist{}, rangeError("the value is outside its range; from model version 2 the value is the range's median")
	}
	switch d.shape {
	case LogNormal:
		lm := math.Log(median)
		d.mu, d.scale = 0, median
		d.sigmaLow = (lm - math.Log(low)) / Z95
		d.sigma = (math.Log(high) - lm) / Z95
	case Normal:
		d.mu = median
		d.sigmaLow = (median - low) / Z95
		d.sigma = (high - median) / Z95
	}
	return d, nil
}

type rangeError string

func (e rangeError) Error() string { return "uncertainty: " + string(e) }
func (e rangeError) Unwrap() error { return ErrRange }

// Shape returns how the distribution spreads its values.
func (d Dist) Shape() Shape { return d.shape }

// At returns the value at standard normal deviate z, clamped into
// [Min, Max].
func (d Dist) At(z float64) float64 { return d.at(z) }

// at is At without copying d: sampling calls it for every ranged input of
// every sample.
func (d *Dist) at(z float64) float64 {
	var v float64
	switch d.shape {
	case Fixed:
		v = d.mu
	case LogNormal:
		v = d.scale * expOf(d.mu+d.spread(z)*z)
	default:
		v = d.mu + d.spread(z)*z
	}
	// min(max(v, d.Min), d.Max), whose float forms are calls in
	// WebAssembly: a value strictly inside the bounds (nearly every one)
	// is itself; the rest, equal values (±0) and NaN included, take the
	// builtins' answer.
	if !(v > d.Min) {
		v = max(v, d.Min)
	}
	if !(v < d.Max) {
		v = min(v, d.Max)
	}
	return v
}

// Quantile returns the value below which a share p of samples falls,
// clamped into [Min, Max].
func (d Dist) Quantile(p float64) float64 { return d.At(normalQuantile(p)) }

// CDF returns the share of the unclamped distribution at or below x.
func (d Dist) CDF(x float64) float64 {
	switch d.shape {
	case Fixed:
		if x >= d.mu {
			return 1
		}
		return 0
	case LogNormal:
		if x <= 0 {
			return 0
		}
		return spreadCDF(math.Log(x/d.scale)-d.mu, d.sigmaLow, d.sigma)
	}
	return spreadCDF(x-d.mu, d.sigmaLow, d.sigma)
}

// spread is the distribution's σ on the side of deviate z.
func (d Dist) spread(z float64) float64 {
	if z < 0 {
		return d.sigmaLow
	}
	return d.sigma
}

// spreadCDF is the share of a two-piece normal centred on 0 at or below
// t, with spread lo below 0 and hi above. A side of zero spread holds
// its half of the mass at 0.
func spreadCDF(t, lo, hi float64) float64 {
	s := hi
	if t < 0 {
		s = lo
	}
	switch {
	case t == 0:
		return 0.5
	case s == 0 && t < 0:
		return 0
	case s == 0:
		return 1
	}
	return normalCDF(t / s)
}

// Sample draws one value from src. It always takes exactly one draw, even
// for a Fixed distribution, so that each input of a sample keeps its place
// in the random stream.
func (d Dist) Sample(src *Source) float64 { return d.At(src.Normal()) }

func normalQuantile(p float64) float64 { return math.Sqrt2 * math.Erfinv(2*p-1) }

func normalCDF(z float64) float64 { return math.Erfc(-z/math.Sqrt2) / 2 }

// Source is a seeded random stream: a PCG generator of math/rand/v2 whose
// normal deviates come from the inverse normal CDF of 53-bit uniforms.
// Unlike rand.NormFloat64 (a rejection method) this takes one draw per
// deviate, and an ulp of difference between platforms in math.Log
// changes a deviate by an ulp instead of the whole stream after it.
// Copying a Source copies its state.
type Source struct{ pcg rand.PCG }

// sourceStream tells this package's streams apart from other PCG users'
// with the same seed; it is part of what a link's seed means and never
// changes.
const sourceStream = 0x636f6d7075746564 // "computed"

// NewSource returns the stream of a seed.
func NewSource(seed uint64) Source {
	var s Source
	s.pcg.Seed(seed, sourceStream)
	return s
}

// SampleSource returns the stream of sample i of a Monte Carlo run with
// the given seed. Each sample has a stream of its own, mixed from the seed
// and its index, so that a sample's draws do not depend on how the run
// was split into parts or spread over processors.
func SampleSource(seed, i uint64) Source {
	var s Source
	s.pcg.Seed(mix64(seed^sourceStream), mix64(mix64(seed)+i))
	return s
}

// mix64 is the SplitMix64 finaliser: neighbouring inputs give unrelated
// outputs, which neighbouring PCG states would not.
func mix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// Uint64 returns the next 64 random bits.
func (s *Source) Uint64() uint64 { return s.pcg.Uint64() }

// Normal returns a standard normal deviate.
func (s *Source) Normal() float64 {
	k := int64(s.pcg.Uint64() >> 11)
	// 2u − 1 for u = (2k+1)/2⁵⁴, formed from integers so that it is exact
	// (an odd integer below 2⁵³ in magnitude, over 2⁵³).
	x := float64(2*k+1-(1<<53)) / (1 << 53)
	return math.Sqrt2 * math.Erfinv(x)
}
