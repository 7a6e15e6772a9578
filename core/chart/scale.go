package chart

import (
	"math"
	"strconv"
)

// limit bounds every value a chart draws: far beyond any model figure,
// yet small enough that sums of a dozen stacked series stay finite.
const limit = 1e300

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// clamp keeps a finite value within ±limit; NaN passes through. Not
// inlined, for main.wasm's size: it has a score of callers.
//
//go:noinline
func clamp(v float64) float64 {
	switch {
	case v > limit:
		return limit
	case v < -limit:
		return -limit
	}
	return v
}

// Linear maps the domain [D0, D1] onto the pixel range [R0, R1].
type Linear struct{ D0, D1, R0, R1 float64 }

// Map is the pixel position of v. An empty domain maps to the middle.
func (s Linear) Map(v float64) float64 {
	d := s.D1 - s.D0
	if d == 0 || !finite(d) {
		return (s.R0 + s.R1) / 2
	}
	// The explicit conversions forbid fused multiply-adds, which some
	// architectures would use and others not, so every platform computes
	// the same pixels and the golden files hold everywhere.
	t := float64((v - s.D0) / d)
	return s.R0 + float64(t*(s.R1-s.R0))
}

// Ticks are evenly spaced round values: N of them from Lo to Hi, Step
// apart, Step being 1, 2, 2.5 or 5 times a power of ten.
type Ticks struct {
	Lo, Hi, Step float64
	N            int

	k0  int64 // Lo = k0 × m × 10^p
	m   int64 // 10, 20, 25 or 50
	exp int   // p
}

// At is the i-th tick. It is computed from integers, so ticks are the
// nearest doubles to their decimal values (0.3, not 0.30000000000000004).
func (t Ticks) At(i int) float64 { return tickValue(t.k0+int64(i), t.m, t.exp) }

func tickValue(k, m int64, exp int) float64 {
	x := float64(k * m)
	switch {
	case exp >= 0 && exp <= 22:
		return x * math.Pow10(exp) // both exact, so one rounding
	case exp < 0 && exp >= -22:
		return x / math.Pow10(-exp)
	}
	// Powers of ten this far out are not exact doubles; let the decimal
	// parser round once.
	var t [48]byte
	b := strconv.AppendInt(t[:0], k*m, 10)
	b = append(b, 'e')
	b = strconv.AppendInt(b, int64(exp), 10)
	v, _ := strconv.ParseFloat(string(b), 64)
	return v
}

// NiceTicks chooses 4 to 7 ticks whose ends enclose [lo, hi], with zero
// among them when zero is set. Non-finite ends count as 0, and an empty
// domain is widened around its value (or to [0, 1] at zero), so the
// result is always usable.
func NiceTicks(lo, hi float64, zero bool) Ticks { return niceTicks(lo, hi, zero, 7) }

// niceTicks is NiceTicks with at most most ticks (2 to 7), for axes whose
// labels would not fit seven times.
func niceTicks(lo, hi float64, zero bool, most int) Ticks {
	most = min(max(most, 2), 7)
	least := min(4, most)
	if !finite(lo) {
		lo = 0
	}
	if !finite(hi) {
		hi = 0
	}
	lo, hi = clamp(lo), clamp(hi)
	if lo > hi {
		lo, hi = hi, lo
	}
	if zero {
		lo, hi = min(lo, 0), max(hi, 0)
	}
	mag := max(math.Abs(lo), math.Abs(hi))
	// A span this small against the values cannot be told apart in
	// pixels, and the tick arithmetic would run out of precision.
	if hi-lo <= mag*1e-9 || hi-lo < 1e-200 {
		if mag < 1e-200 {
			lo, hi = 0, 1
		} else {
			pad := mag / 10
			if zero && lo >= 0 {
				lo, hi = 0, hi+pad
			} else if zero {
				lo, hi = lo-pad, 0
			} else {
				lo, hi = lo-pad, hi+pad
			}
		}
	}
	span := hi - lo
	e0 := int(math.Floor(math.Log10(span / 6)))
	var best, fallback Ticks
	bestScore := math.Inf(-1)
	for e := e0 - 1; e <= e0+3; e++ {
		for _, m := range [...]int64{10, 20, 25, 50} {
			t := ticksFor(lo, hi, m, e-1)
			if t.N > most {
				continue
			}
			if fallback.N == 0 {
				fallback = t
			}
			if t.N < least {
				continue
			}
			// Prefer the ticks that waste the least of the plot; 2.5 is
			// the least round of the steps, so it must do clearly better.
			score := span / (t.Hi - t.Lo)
			if m == 25 {
				score -= 0.02
			}
			if score > bestScore+1e-9 {
				best, bestScore = t, score
			}
		}
	}
	if best.N == 0 {
		return fallback
	}
	return best
}

func ticksFor(lo, hi float64, m int64, exp int) Ticks {
	step := tickValue(1, m, exp)
	k0 := floorNear(lo / step)
	k1 := -floorNear(-hi / step)
	t := Ticks{N: int(k1-k0) + 1, k0: k0, m: m, exp: exp, Step: step}
	t.Lo = t.At(0)
	t.Hi = t.At(t.N - 1)
	return t
}

// floorNear is the floor of q, taking a q a rounding error short of an
// integer as that integer, so that [0, 0.3] does not grow a tick at 0.4.
func floorNear(q float64) int64 {
	r := math.Round(q)
	if math.Abs(q-r) <= 1e-9+1e-14*math.Abs(q) {
		return int64(r)
	}
	return int64(math.Floor(q))
}
