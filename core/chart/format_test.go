package chart

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/units"
)

func TestAppendValueIsUnitsFormat(t *testing.T) {
	us := []units.Unit{units.USD, units.USDPerUnit, units.Count, units.GW, units.GWPerWeek,
		units.USDPerHour, units.Fraction, units.TWh, units.Months, units.Number}
	var vals []float64
	// Every power of ten and the values that round up to the next one,
	// where digit counting is delicate.
	for e := -12; e <= 16; e++ {
		p := math.Pow10(e)
		vals = append(vals, p, -p, p*0.9995, p*0.99949, p*0.9949, p*0.995, p*9.995, p*9.9949, p*1.0005, p*2.5)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for k := 0; k < 20000; k++ {
		v := math.Pow(10, rng.Float64()*28-12)
		if rng.IntN(4) == 0 {
			v = -v
		}
		vals = append(vals, v)
	}
	vals = append(vals, 0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), 1e300, -math.MaxFloat64)
	for _, u := range us {
		for _, v := range vals {
			require.Equal(t, units.Format(v, u), formatValue(v, u), "%g in unit %d", v, u)
		}
	}
}

func TestAppendValueDoesNotAllocate(t *testing.T) {
	b := make([]byte, 0, 64)
	allocs := testing.AllocsPerRun(100, func() {
		b = appendValue(b[:0], 1.234e11, units.USD)
		b = appendValue(b[:0], 0.4567, units.GW)
		b = appendValue(b[:0], 456789, units.Count)
	})
	assert.Zero(t, allocs)
}

func TestTrimNumDropsTrailingZeros(t *testing.T) {
	cases := map[string]string{
		"2.50000B": "2.5B", "10.000 GW": "10 GW", "1.00e300": "1e300", "200": "200",
		"$0.250/h": "$0.25/h", "1,000.00": "1,000", "−2.50B": "−2.5B",
	}
	for in, want := range cases {
		assert.Equal(t, want, trimNum(in), in)
	}
}

func TestFitShortensWithAnEllipsis(t *testing.T) {
	assert.Equal(t, "AWS", fit("AWS", 100, 12))
	got := fit("A very long provider name indeed", 80, 12)
	assert.LessOrEqual(t, textWidth(got, 12), 80.0)
	assert.Contains(t, got, "…")
}
