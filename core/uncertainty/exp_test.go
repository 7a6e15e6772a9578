package uncertainty

import (
	"math"
	"testing"
)

// TestExpOfIsMathExp holds the exponential that sampling uses to math.Exp,
// bit for bit, on the arguments draws make and on the edges of its
// domain: under WebAssembly this is the copy of exp_wasm.go.
func TestExpOfIsMathExp(t *testing.T) {
	src := NewSource(9)
	args := []float64{0, math.Copysign(0, -1), 1, -1, 1e-300, -1e-300, 1.0 / (1 << 29), 0.5, -0.5,
		709.78, 709.79, -708.3, -708.4, -744, -745.2, -746, 800, -800,
		math.Inf(1), math.Inf(-1), math.NaN(), math.SmallestNonzeroFloat64, math.MaxFloat64}
	for range 200000 {
		z := src.Normal()
		args = append(args, z, 3*z, 0.3*z, 40*z, 700*z)
	}
	for _, x := range args {
		want, got := math.Exp(x), expOf(x)
		if math.Float64bits(want) != math.Float64bits(got) && !(math.IsNaN(want) && math.IsNaN(got)) {
			t.Fatalf("exp(%v): want %v, got %v", x, want, got)
		}
	}
}

// TestAtClampsAsMinMax holds Dist.at's clamp to min(max(v, Min), Max),
// bit for bit, for values inside, on and past the bounds, ±0 and NaN.
func TestAtClampsAsMinMax(t *testing.T) {
	neg0 := math.Copysign(0, -1)
	for _, b := range [][2]float64{{0, 1}, {neg0, 1}, {-1, 0}, {-1, neg0}, {1, 1}, {0.5, 3}} {
		for _, v := range []float64{-2, -1, neg0, 0, 0.5, 1, 2, 3, 4, math.NaN(), math.Inf(1), math.Inf(-1)} {
			d := Dist{shape: Fixed, mu: v, Min: b[0], Max: b[1]}
			want, got := min(max(v, b[0]), b[1]), d.at(0)
			if math.Float64bits(want) != math.Float64bits(got) && !(math.IsNaN(want) && math.IsNaN(got)) {
				t.Fatalf("clamp %v into %v: want %v, got %v", v, b, want, got)
			}
		}
	}
}
