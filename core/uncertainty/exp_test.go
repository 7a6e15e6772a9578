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
