package chart

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/units"
)

func ticksOf(t Ticks) []float64 {
	out := make([]float64, t.N)
	for i := range out {
		out[i] = t.At(i)
	}
	return out
}

func TestNiceTicksChooseRoundSteps(t *testing.T) {
	cases := []struct {
		name   string
		lo, hi float64
		zero   bool
		want   []float64
	}{
		{"GW online from zero", 0, 37.2, true, []float64{0, 10, 20, 30, 40}},
		{"a gap that dips below zero", -13.5e9, 8.8e11, true, []float64{-2e11, 0, 2e11, 4e11, 6e11, 8e11, 1e12}},
		{"nothing at all", 0, 0, true, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}},
		{"a flat value with zero", 5, 5, true, []float64{0, 1, 2, 3, 4, 5}},
		{"a flat value without zero", 5, 5, false, []float64{4.5, 4.75, 5, 5.25, 5.5}},
		{"all negative", -37.2, -3, true, []float64{-40, -30, -20, -10, 0}},
		{"tenths stay exact", 0, 0.3, true, []float64{0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3}},
		{"a tornado around its base", 1.18e12, 1.61e12, false, []float64{1.1e12, 1.2e12, 1.3e12, 1.4e12, 1.5e12, 1.6e12, 1.7e12}},
		{"tiny magnitudes", 0, 3e-12, true, []float64{0, 5e-13, 1e-12, 1.5e-12, 2e-12, 2.5e-12, 3e-12}},
		{"reversed ends", 37.2, 0, true, []float64{0, 10, 20, 30, 40}},
		{"huge magnitudes", 0, 8e299, true, []float64{0, 2e299, 4e299, 6e299, 8e299}},
		{"beyond the limit", -math.MaxFloat64, math.MaxFloat64, true, []float64{-1e300, -5e299, 0, 5e299, 1e300}},
		{"not finite", math.NaN(), math.Inf(1), true, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := NiceTicks(c.lo, c.hi, c.zero)
			assert.Equal(t, c.want, ticksOf(got))
			assert.Equal(t, c.want[0], got.Lo)
			assert.Equal(t, c.want[len(c.want)-1], got.Hi)
		})
	}
}

func TestNiceTicksHoldTheirPromisesOnRandomDomains(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	steps := map[string]bool{"1": true, "2": true, "2.5": true, "5": true}
	for k := 0; k < 20000; k++ {
		mag := math.Pow(10, rng.Float64()*40-20)
		lo := (rng.Float64()*2 - 1) * mag
		hi := lo + rng.Float64()*mag*math.Pow(10, -rng.Float64()*6)
		zero := rng.IntN(2) == 0
		tk := NiceTicks(lo, hi, zero)
		require.True(t, tk.N >= 4 && tk.N <= 7, "[%g, %g] zero=%v: %d ticks", lo, hi, zero, tk.N)
		// Ends within a rounding error of a tick count as on it.
		assert.LessOrEqual(t, tk.Lo, lo+1e-9*tk.Step+1e-13*math.Abs(lo))
		assert.GreaterOrEqual(t, tk.Hi, hi-1e-9*tk.Step-1e-13*math.Abs(hi))
		if zero {
			assert.Contains(t, ticksOf(tk), 0.0)
		}
		mant, _, _ := strings.Cut(strconv.FormatFloat(tk.Step, 'e', -1, 64), "e")
		assert.True(t, steps[mant], "step %g", tk.Step)
	}
}

func TestLinearMapsDomainOntoPixels(t *testing.T) {
	s := Linear{D0: 0, D1: 40, R0: 300, R1: 20}
	assert.Equal(t, 300.0, s.Map(0))
	assert.Equal(t, 20.0, s.Map(40))
	assert.Equal(t, 160.0, s.Map(20))
	assert.Equal(t, 335.0, s.Map(-5), "outside the domain maps outside the range")
	assert.Equal(t, 50.0, Linear{D0: 1, D1: 1, R0: 0, R1: 100}.Map(7), "an empty domain maps to the middle")
}

func TestTickLabelsCarryUnits(t *testing.T) {
	cases := []struct {
		v    float64
		u    units.Unit
		want string
	}{
		{2e11, units.USD, "$200B"},
		{2.5e9, units.USD, "$2.5B"},
		{1.025e11, units.USD, "$102.5B"},
		{-2e11, units.USD, "−$200B"},
		{1e12, units.USD, "$1T"},
		{10, units.GW, "10 GW"},
		{0.25, units.GW, "0.25 GW"},
		{5e6, units.Count, "5M"},
		{250000, units.Count, "250k"},
		{0.5, units.GWPerWeek, "0.5 GW/wk"},
		{0.3, units.Fraction, "30%"},
		{2.5, units.USDPerHour, "$2.5/h"},
		{0, units.USD, "0"},
		{1e300, units.USD, "$1e300"},
		{2e-7, units.GW, "2e-7 GW"},
		{1000, units.GW, "1,000 GW"},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			assert.Equal(t, c.want, tickLabel(c.v, c.u))
		})
	}
}
