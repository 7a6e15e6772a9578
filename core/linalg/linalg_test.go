package linalg

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCholeskyFactors(t *testing.T) {
	a := []float64{
		1, 0.6, 0.2,
		0.6, 1, -0.3,
		0.2, -0.3, 1,
	}
	l, ok := Cholesky(a, 3)
	require.True(t, ok)
	for i := range 3 {
		for j := range 3 {
			if j > i {
				assert.Zero(t, l[i*3+j], "upper triangle")
			}
			var s float64
			for k := range 3 {
				s += l[i*3+k] * l[j*3+k]
			}
			assert.InDelta(t, a[i*3+j], s, 1e-15, "L Lᵀ at %d,%d", i, j)
		}
	}
	assert.Equal(t, 1.0, l[0])
	assert.Equal(t, 0.6, l[3])
	assert.InDelta(t, math.Sqrt(1-0.36), l[4], 1e-15)
}

func TestCholeskyIdentity(t *testing.T) {
	l, ok := Cholesky([]float64{1, 0, 0, 1}, 2)
	require.True(t, ok)
	assert.Equal(t, []float64{1, 0, 0, 1}, l)
	l, ok = Cholesky(nil, 0)
	assert.True(t, ok)
	assert.Empty(t, l)
}

func TestCholeskyRefusesNotPositiveDefinite(t *testing.T) {
	for name, a := range map[string][]float64{
		"indefinite": {1, 0.9, 0.9, 0.9, 1, -0.9, 0.9, -0.9, 1},
		"singular":   {1, -0.5, -0.5, -0.5, 1, -0.5, -0.5, -0.5, 1},
		"rho one":    {1, 1, 0, 1, 1, 0, 0, 0, 1},
		"nan":        {1, math.NaN(), 0, math.NaN(), 1, 0, 0, 0, 1},
	} {
		_, ok := Cholesky(a, 3)
		assert.False(t, ok, name)
	}
	_, ok := Cholesky([]float64{1}, 2)
	assert.False(t, ok, "too short")
}
