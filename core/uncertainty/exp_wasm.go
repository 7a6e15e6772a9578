//go:build wasm

package uncertainty

import "math"

// expOf is math.Exp. In WebAssembly math.Exp is the portable Go code of
// math/exp.go (no assembly), whose last step, math.Ldexp, normalises
// and checks its argument through several calls; a sample draws an
// exponential for every lognormal input. This is the same code with that
// step done on the bits when the result is a normal number, as Ldexp then
// does: the same value, bit for bit (TestExpOfIsMathExp), at a fraction
// of the cost.
func expOf(x float64) float64 {
	const (
		Ln2Hi = 6.93147180369123816490e-01
		Ln2Lo = 1.90821492927058770002e-10
		Log2e = 1.44269504088896338700e+00

		Overflow  = 7.09782712893383973096e+02
		Underflow = -7.45133219101941108420e+02
		NearZero  = 1.0 / (1 << 28) // 2**-28
	)
	switch {
	case math.IsNaN(x):
		return x
	case x > Overflow:
		return math.Inf(1)
	case x < Underflow:
		return 0
	case -NearZero < x && x < NearZero:
		return 1 + x
	}
	var k int
	switch {
	case x < 0:
		k = int(Log2e*x - 0.5)
	case x > 0:
		k = int(Log2e*x + 0.5)
	}
	hi := x - float64(k)*Ln2Hi
	lo := float64(k) * Ln2Lo

	const (
		P1 = 1.66666666666666657415e-01
		P2 = -2.77777777770155933842e-03
		P3 = 6.61375632143793436117e-05
		P4 = -1.65339022054652515390e-06
		P5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(P1+t*(P2+t*(P3+t*(P4+t*P5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	b := math.Float64bits(y)
	if e := int(b>>52) & 0x7ff; e > 0 && e < 0x7ff && e+k > 0 && e+k < 0x7ff {
		return math.Float64frombits(b + uint64(k)<<52)
	}
	return math.Ldexp(y, k)
}
