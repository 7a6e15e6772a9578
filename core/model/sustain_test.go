package model_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/computedeals/explorer/core/model"
)

// TestSustainedCloudRenewsAtTheTrend renews cloudT (1,000 accelerators at
// 2 USD/h, term 3 months: 2027-01 … 2027-03) with sustain_trend −10 %/yr.
//
// Renewal j covers 2027-01 + 3j … + 3j + 2 at P_j = 2 × 0.9^(3j/12):
//
//	j = 1: 2027-04 … 06 (720 + 744 + 720 = 2,184 h) at 2 × 0.9^0.25 = 1.948007…
//	j = 2: 2027-07 … 09 (744 + 744 + 720 = 2,208 h) at 2 × 0.9^0.5 = 1.897366…
//	j = 3: 2027-10 … 12 (744 + 720 + 744 = 2,208 h) at 2 × 0.9^0.75
//	j = 4: 2028-01 … 03 (744 + 696 + 744 = 2,184 h) at 2 × 0.9 = 1.8
//	j = 5, 6, 7: 2028-04 … 12 (2,184, 2,208 and 2,208 h) at 2 × 0.9^1.25, ^1.5, ^1.75
//
// 2027-04 pays 1,000 × 720 × 1.948007… = 1,402,565.4; 2028-01 pays 1,000
// × 744 × 1.8 = 1,339,200.
func TestSustainedCloudRenewsAtTheTrend(t *testing.T) {
	p := portfolioT(cloudT())
	p.World.Sustain = true
	p.World.SustainTrend = -0.1
	r := evaluate(t, p)
	c := r.Deals[0]
	pj := func(j float64) float64 { return 2 * math.Pow(0.9, j*3/12) }

	t.Run("the deal keeps the totals of its contract", func(t *testing.T) {
		near(t, 3_576_000, c.ValueUSD)
		near(t, 3_576_000, c.PVUSD)
		assert.Equal(t, mo(2027, 3), c.Last)
		near(t, 0, at(r, c.SpendUSD, mo(2027, 4)))
	})
	t.Run("each renewal is paid at its own price", func(t *testing.T) {
		near(t, 0, at(r, c.SustainSpendUSD, mo(2027, 3)))
		near(t, 1000*720*pj(1), at(r, c.SustainSpendUSD, mo(2027, 4)))
		near(t, 1000*744*pj(2), at(r, c.SustainSpendUSD, mo(2027, 7)))
		near(t, 1_339_200, at(r, c.SustainSpendUSD, mo(2028, 1)))
		near(t, 1000*720*pj(5), at(r, c.SustainSpendUSD, mo(2028, 4)))
	})
	t.Run("the renewed capacity is at full size", func(t *testing.T) {
		near(t, 0, at(r, c.SustainUnits, mo(2027, 3)))
		near(t, 1000, at(r, c.SustainUnits, mo(2027, 4)))
		near(t, 0.00125, at(r, c.SustainGW, mo(2028, 12)))
		near(t, 1000*0.001*744, at(r, c.SustainEnergyMWh, mo(2028, 12)))
	})
	t.Run("the portfolio counts it and shows it apart", func(t *testing.T) {
		near(t, 1000*720*pj(1), at(r, r.SpendUSD, mo(2027, 4)))
		near(t, 1000*720*pj(1), at(r, r.SustainSpendUSD, mo(2027, 4)))
		near(t, 0.00125, at(r, r.FacilityGW, mo(2028, 12)))
		near(t, 0.00125, at(r, r.SustainGW, mo(2028, 12)))
		near(t, 1000, r.Years[1].Accelerators)
		y27 := 1000 * (2184*pj(1) + 2208*pj(2) + 2208*pj(3))
		y28 := 1000 * (2184*pj(4) + 2184*pj(5) + 2208*pj(6) + 2208*pj(7))
		near(t, y27, r.Years[0].SustainSpendUSD)
		near(t, y28, r.Years[1].SustainSpendUSD)
		near(t, 3_576_000+y27, r.Years[0].SpendUSD)
		near(t, y27+y28, r.Totals.SustainSpendUSD)
		near(t, 3_576_000, r.Totals.ValueUSD, "the portfolio's value is the contracts'")
	})
	t.Run("a deal's override wins over the world", func(t *testing.T) {
		p.Deals[0].Sustain = model.SustainNever
		r := evaluate(t, p)
		near(t, 0, r.Totals.SustainSpendUSD)
		p.Deals[0].Sustain = model.SustainAlways
		p.World.Sustain = false
		r = evaluate(t, p)
		near(t, 1_339_200, at(r, r.SustainSpendUSD, mo(2028, 1)))
	})
	t.Run("a deal that is off is not sustained", func(t *testing.T) {
		p.Deals[0].On = false
		r := evaluate(t, p)
		near(t, 0, at(r, r.Deals[0].SustainSpendUSD, mo(2028, 1)))
		near(t, 0, at(r, r.Deals[0].SustainUnits, mo(2028, 1)))
		near(t, 0, r.Totals.SustainSpendUSD)
	})
}

// TestOwnedSustainBuysEachBatchAgainAfterItsLife follows ownedT (400
// accelerators delivered in each of 2027-01, 02, 03 at C = 11,000 USD)
// with life 1.0625 years, L = 12.75 months, sustain_trend +10 %/yr, paid
// in cash. Month 0 is 2027-01.
//
// Batch k is bought again at t_j = k + 12.75 j for C_j = C × 1.1^(1.0625 j):
// A_1 = 4.4 M × 1.1^1.0625 = 4,868,917.37, A_2 = 4.4 M × 1.1^2.125. A
// purchase at t pays (1 − φ) in month ⌊t⌋ and φ = t − ⌊t⌋ in the next:
//
//	t_1 = 12.75, 13.75, 14.75: 2028-01 0.25 A_1; 2028-02 0.75 A_1 + 0.25 A_1 = A_1;
//	                           2028-03 A_1; 2028-04 0.75 A_1
//	t_2 = 25.5, 26.5, 27.5:    2029-02 0.5 A_2; 2029-03 A_2; 2029-04 A_2; 2029-05 0.5 A_2
//
// Units beyond the contract: 2028-01 100 (0.25 of batch 0), 2028-02 500
// (batch 0 and 0.25 of batch 1), 2028-03 900, then 1,200. Their energy
// costs 0.05 USD per unit-hour: 2028-01 100 × 744 × 0.05 = 3,720.
func TestOwnedSustainBuysEachBatchAgainAfterItsLife(t *testing.T) {
	p := portfolioT(ownedT())
	p.World.LifeYears = 1.0625
	p.World.Sustain = true
	p.World.SustainTrend = 0.1
	p.World.To = mo(2029, 12)
	r := evaluate(t, p)
	o := r.Deals[0]
	a1 := 4.4e6 * math.Pow(1.1, 1.0625)
	a2 := 4.4e6 * math.Pow(1.1, 2.125)

	cases := []struct {
		name     string
		y, m     int
		units    float64
		purchase float64
		hours    float64
	}{
		{"the first life runs to its last part month", 2027, 12, 0, 0, 744},
		{"batch 0 comes back a quarter into 2028-01", 2028, 1, 100, 0.25 * a1, 744},
		{"its rest and a quarter of batch 1 in 2028-02", 2028, 2, 500, a1, 696},
		{"2028-03 pays for batch 1 and 2", 2028, 3, 900, a1, 744},
		{"the last three quarters of batch 2 in 2028-04", 2028, 4, 1200, 0.75 * a1, 720},
		{"nothing is bought in between", 2028, 9, 1200, 0, 720},
		{"the second replacement starts half way into 2029-02", 2029, 2, 1200, 0.5 * a2, 672},
		{"two halves in 2029-03", 2029, 3, 1200, a2, 744},
		{"and the last half in 2029-05", 2029, 5, 1200, 0.5 * a2, 744},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := mo(c.y, c.m)
			near(t, c.units, at(r, o.SustainUnits, m))
			near(t, c.purchase+c.units*c.hours*0.05, at(r, o.SustainSpendUSD, m))
			near(t, 1200, at(r, r.Accelerators, m), "the contract and its replacements add up to N")
		})
	}
	t.Run("the contract is unchanged", func(t *testing.T) {
		near(t, 13_200_000, o.ValueUSD)
		assert.Equal(t, mo(2028, 3), o.Last)
		near(t, 1100, at(r, o.UnitsOnline, mo(2028, 1)))
	})
}
