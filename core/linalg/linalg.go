// Package linalg is the little linear algebra the explorer needs:
// [Cholesky], the factor of a correlation matrix (MODEL.md §11). It has no
// dependencies beyond math, for main.wasm's size, and uses only
// operations that IEEE 754 rounds exactly (+, −, ×, ÷, √), so that its
// results are the same bits natively and in WebAssembly.
package linalg

import "math"

// MinPivot is the smallest squared pivot a matrix may have and still count
// as positive definite: below it the factor's entries would be huge and
// the draws they make meaningless, so a matrix that is positive
// semi-definite but singular (three variables each correlated −0.5 with
// the others) is refused as well.
const MinPivot = 1e-10

// Cholesky returns the lower triangular factor L of the symmetric n×n
// matrix a (row-major; only its lower triangle is read) with a = L Lᵀ,
// row-major with zeros above the diagonal. It reports false when a is not
// positive definite (a pivot at or below MinPivot, or not a number).
func Cholesky(a []float64, n int) ([]float64, bool) {
	if n < 0 || len(a) < n*n {
		return nil, false
	}
	l := make([]float64, n*n)
	for i := range n {
		for j := 0; j <= i; j++ {
			sum := a[i*n+j]
			for k := range j {
				// float64(): no fused multiply-add, the same bits on
				// every platform.
				sum -= float64(l[i*n+k] * l[j*n+k])
			}
			if i == j {
				if !(sum > MinPivot) { // NaN fails too
					return nil, false
				}
				l[i*n+i] = math.Sqrt(sum)
			} else {
				l[i*n+j] = sum / l[j*n+j]
			}
		}
	}
	return l, true
}
