package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// PayAt splits a cash purchase at real time t over ⌊t⌋ and ⌊t⌋ + 1 and
// drops what falls outside the months given.
func TestPayAtSplitsAFractionalMonth(t *testing.T) {
	cases := []struct {
		name string
		t    float64
		want []float64
	}{
		{"a whole month pays all in it", 1, []float64{0, 100, 0, 0}},
		{"a quarter into month 1", 1.25, []float64{0, 75, 25, 0}},
		{"a half into the last month drops the rest", 3.5, []float64{0, 0, 0, 50}},
		{"a quarter before the first month keeps its share in it", -0.75, []float64{25, 0, 0, 0}},
		{"after the months nothing", 4, []float64{0, 0, 0, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := make([]float64, 4)
			PayAt(s, c.t, 100)
			assert.InDeltaSlice(t, c.want, s, 1e-12)
		})
	}
}

// StepAt and a running sum give a lease's payments: rate 10 over
// [0.5, 2.5) pays 5, 10, 5; one that began before the months pays its whole
// rate from the first.
func TestStepAtMakesABoxOfPayments(t *testing.T) {
	pay := func(t0, t1 float64) []float64 {
		steps := make([]float64, 5)
		StepAt(steps, t0, 10)
		StepAt(steps, t1, -10)
		out := make([]float64, 4)
		run := 0.0
		for i := range out {
			run += steps[i]
			out[i] = run
		}
		return out
	}
	assert.InDeltaSlice(t, []float64{5, 10, 5, 0}, pay(0.5, 2.5), 1e-12)
	assert.InDeltaSlice(t, []float64{10, 2.5, 0, 0}, pay(-3, 1.25), 1e-12)
	assert.InDeltaSlice(t, []float64{0, 0, 0, 10}, pay(3, 9), 1e-12)
}

func TestLeaseAtZeroIsOneOverL(t *testing.T) {
	l := newLease(&World{Finance: FinanceLease, LifeYears: 4.5})
	assert.Equal(t, 1/54.0, l.perMonth)
	assert.Equal(t, 0.0, l.excess)
	assert.Equal(t, lease{}, newLease(&World{Finance: FinanceCash, FinanceRate: 0.1, LifeYears: 5}))
}
