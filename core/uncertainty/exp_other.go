//go:build !wasm

package uncertainty

import "math"

// expOf is math.Exp (see exp_wasm.go).
func expOf(x float64) float64 { return math.Exp(x) }
