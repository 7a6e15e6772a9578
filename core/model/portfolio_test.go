package model_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// TestPortfolioYears follows ownedT against a flat revenue of 1 M USD a
// month (ARR 12 M, no growth) over the horizon 2027-01 … 2028-12.
//
// Monthly spend (TestOwnedDeal): 4,414,880; 4,426,880; 4,444,640; then
// 1,200 accelerators × hours × 0.05 USD: 43,200 in 30-day months, 44,640
// in 31-day ones; 2028-01 29,760; 2028-02 13,920; nothing after.
//
// 2027: spend = 13,200,000 + energy (41,760 + 6 × 44,640 + 4 × 43,200 =
// 482,400) = 13,682,400; revenue 12,000,000.
// 2028: spend = 29,760 + 13,920 = 43,680; revenue 12,000,000.
func TestPortfolioYears(t *testing.T) {
	p := portfolioT(ownedT())
	p.Stated = model.Stated{ValueUSD: 1.4e12, GW: 30}
	r := evaluate(t, p)
	require.Len(t, r.Years, 2)
	y27, y28 := r.Years[0], r.Years[1]

	t.Run("flows are summed over the year", func(t *testing.T) {
		near(t, 13_682_400, y27.SpendUSD)
		near(t, 12e6, y27.RevenueUSD)
		near(t, 43_680, y28.SpendUSD)
		near(t, 12e6, y28.RevenueUSD)
		// Accelerator-hours in 2027: 400 × 744 + 800 × 672 + 1,200 × (8,760 − 744 − 672)
		// = 297,600 + 537,600 + 8,812,800 = 9,648,000; × 0.001 MWh = 9,648 MWh.
		near(t, 0.009648, y27.EnergyTWh)
		// 2028: 800 × 744 + 400 × 696 = 873,600 h → 873.6 MWh.
		near(t, 0.0008736, y28.EnergyTWh)
		// Useful FLOP = 9,648,000 × 2e15 × 3600 × 0.5.
		near(t, 9_648_000*2e15*3600*0.5, y27.UsefulFLOP)
	})
	t.Run("stocks are read in december", func(t *testing.T) {
		near(t, 1200, y27.Accelerators)
		near(t, 0.0015, y27.FacilityGW, "1,200 × 1.25e-6")
		assert.Equal(t, 0.0, y28.Accelerators)
		assert.Equal(t, 0.0, y28.FacilityGW)
	})
	t.Run("coverage is revenue over spend", func(t *testing.T) {
		near(t, 12e6/13_682_400, y27.Coverage) // 0.877
		near(t, 12e6/43_680, y28.Coverage)     // 274.7
	})
	t.Run("build rate is the change since the last december per week", func(t *testing.T) {
		near(t, 0.0015*7/365, y27.GWPerWeek, "from 0 at 2026-12")
		near(t, -0.0015*7/366, y28.GWPerWeek, "2028 is a leap year")
		near(t, y27.GWPerWeek, r.Totals.PeakGWPerWeek)
		assert.Equal(t, 2027, r.Totals.PeakGWPerWeekYear)
	})
	t.Run("revenue and spend per GW-year use the year's average GW", func(t *testing.T) {
		// 2027: Σ units = 400 + 800 + 10 × 1,200 = 13,200, mean 1,100 → 0.001375 GW.
		near(t, 0.001375, y27.AvgFacilityGW)
		near(t, 12e6/0.001375, y27.RevenuePerGWYearUSD)
		near(t, 13_682_400/0.001375, y27.BreakEvenPerGWYearUSD)
		// 2028: (800 + 400) / 12 = 100 → 0.000125 GW.
		near(t, 0.000125, y28.AvgFacilityGW)
		near(t, 12e6/0.000125, y28.RevenuePerGWYearUSD)
	})
	t.Run("cumulative gap, its peak and the payback month", func(t *testing.T) {
		// Gap: 3,414,880 + 3,426,880 + 3,444,640 = 10,286,400 at 2027-03, the
		// peak; then about −956 k a month to 1,682,400 at 2027-12 (= 13,682,400 −
		// 12 M); 2028-01: + 29,760 − 1 M → 712,160; 2028-02: + 13,920 − 1 M →
		// −273,920, the first month ≤ 0 after the peak.
		near(t, 3_414_880, at(r, r.CumulativeGapUSD, mo(2027, 1)))
		near(t, 10_286_400, r.Totals.PeakCumulativeGapUSD)
		assert.Equal(t, mo(2027, 3), r.Totals.PeakGapMonth)
		near(t, 1_682_400, y27.CumulativeGapUSD)
		near(t, 712_160, at(r, r.CumulativeGapUSD, mo(2028, 1)))
		near(t, -273_920, at(r, r.CumulativeGapUSD, mo(2028, 2)))
		assert.True(t, r.Totals.HasPayback)
		assert.Equal(t, mo(2028, 2), r.Totals.PaybackMonth)
		near(t, 1_682_400+43_680-12e6, y28.CumulativeGapUSD)
	})
	t.Run("peaks within the horizon", func(t *testing.T) {
		near(t, 0.0015, r.Totals.PeakFacilityGW)
		assert.Equal(t, mo(2027, 3), r.Totals.PeakGWMonth, "the first month at the peak")
		near(t, 1200, r.Totals.PeakAccelerators)
	})
	t.Run("stated totals are carried beside the portfolio's", func(t *testing.T) {
		assert.Equal(t, 1.4e12, r.Totals.StatedValueUSD)
		assert.Equal(t, 30.0, r.Totals.StatedGW)
		near(t, 13_200_000, r.Totals.ValueUSD)
	})
	t.Run("portfolio series are the sums of the deals'", func(t *testing.T) {
		near(t, 1200*2/1.979, at(r, r.H100e, mo(2027, 5)))
		near(t, 1200*744*2e15*3600*0.5, at(r, r.UsefulFLOP, mo(2027, 5)))
	})
}

func TestRevenuePath(t *testing.T) {
	// ARR 1,200 USD in 2027-01, growth 1.0 (×2 in the first year), decay 0.5:
	// g0 = 1, g1 = 0.5, g2 = 0.25. Revenue = ARR / 12.
	// 2027-01: 1,200 / 12 = 100. Twelve months later ARR has doubled: 200.
	// Then ×1.5 over the next year: 300 in 2029-01; then ×1.25: 375 in 2030-01.
	// Before arr_month ARR shrinks by (1 + growth)^(1/12) a month: 50 in 2026-01.
	p := portfolioT()
	p.Revenue = model.Revenue{ARRUSD: 1200, ARRMonth: mo(2027, 1), Growth: 1, GrowthDecay: 0.5}
	p.World.From, p.World.To = mo(2026, 1), mo(2030, 1)
	r := evaluate(t, p)
	cases := []struct {
		m    calendar.Month
		want float64
	}{
		{mo(2026, 1), 50},
		{mo(2026, 7), 100 / math.Sqrt2}, // six months before: 100 / 2^(6/12)
		{mo(2026, 12), 100 / math.Pow(2, 1.0/12)},
		{mo(2027, 1), 100},
		{mo(2027, 2), 100 * math.Pow(2, 1.0/12)},
		{mo(2027, 7), 100 * math.Sqrt2},
		{mo(2028, 1), 200},                         // j = 12 still grows at g0
		{mo(2028, 2), 200 * math.Pow(1.5, 1.0/12)}, // j = 13: g1
		{mo(2029, 1), 300},
		{mo(2030, 1), 375},
	}
	for _, c := range cases {
		near(t, c.want, at(r, r.RevenueUSD, c.m), c.m.String())
	}
	// 2027 sums a geometric series: Σ_{j=0}^{11} 100 × 2^(j/12) = 100 / (2^(1/12) − 1).
	near(t, 100/(math.Pow(2, 1.0/12)-1), r.Years[1].RevenueUSD)

	t.Run("arr month after the horizon", func(t *testing.T) {
		p.World.From, p.World.To = mo(2026, 1), mo(2026, 12)
		r := evaluate(t, p)
		near(t, 50, at(r, r.RevenueUSD, mo(2026, 1)))
		near(t, 100/math.Pow(2, 1.0/12), at(r, r.RevenueUSD, mo(2026, 12)))
	})
	t.Run("arr month before the horizon", func(t *testing.T) {
		p.World.From, p.World.To = mo(2028, 1), mo(2029, 1)
		r := evaluate(t, p)
		near(t, 200, at(r, r.RevenueUSD, mo(2028, 1)))
		near(t, 300, at(r, r.RevenueUSD, mo(2029, 1)))
	})
	t.Run("growth decay of 1 stops growth after the first year", func(t *testing.T) {
		p.Revenue.GrowthDecay = 1
		p.World.From, p.World.To = mo(2027, 1), mo(2029, 12)
		r := evaluate(t, p)
		near(t, 200, at(r, r.RevenueUSD, mo(2028, 1)))
		near(t, 200, at(r, r.RevenueUSD, mo(2029, 12)))
	})
}

func TestHorizonLimitsSeriesButNotTotals(t *testing.T) {
	wide := evaluate(t, portfolioT(ownedT()))

	p := portfolioT(ownedT())
	p.World.To = mo(2027, 6)
	r := evaluate(t, p)
	require.Len(t, r.SpendUSD, 6)
	require.Len(t, r.Deals[0].SpendUSD, 6)
	require.Len(t, r.Years, 1)

	dw, dr := wide.Deals[0], r.Deals[0]
	for _, c := range []struct {
		name       string
		wide, part float64
	}{
		{"value", dw.ValueUSD, dr.ValueUSD},
		{"accelerator-hours", dw.AcceleratorHours, dr.AcceleratorHours},
		{"energy", dw.EnergyTWh, dr.EnergyTWh},
		{"price", dw.PriceUSDPerHour, dr.PriceUSDPerHour},
		{"useful FLOP", dw.UsefulFLOP, dr.UsefulFLOP},
		{"present value", dw.PVUSD, dr.PVUSD},
		{"portfolio value", wide.Totals.ValueUSD, r.Totals.ValueUSD},
		{"portfolio energy", wide.Totals.EnergyTWh, r.Totals.EnergyTWh},
	} {
		assert.Equal(t, c.wide, c.part, c.name)
	}
	near(t, 10_521_600, dr.AcceleratorHours, "the whole life, past 2027-06")

	y := r.Years[0]
	assert.Equal(t, mo(2027, 6), y.Last)
	t.Run("a part year reads its stocks in its last month", func(t *testing.T) {
		near(t, 0.0015, y.FacilityGW)
		// Days 2027-01 … 06: 31 + 28 + 31 + 30 + 31 + 30 = 181.
		near(t, 0.0015*7/181, y.GWPerWeek)
	})
	t.Run("a part year annualises its per-GW-year figures", func(t *testing.T) {
		// Mean units (400 + 800 + 4 × 1,200) / 6 = 1,000 → 0.00125 GW over half a year.
		near(t, 0.00125, y.AvgFacilityGW)
		near(t, 6e6/(0.00125*6/12), y.RevenuePerGWYearUSD)
	})
	t.Run("the first year's build rate starts from the december before the horizon", func(t *testing.T) {
		p := portfolioT(ownedT())
		p.World.From = mo(2028, 1)
		r := evaluate(t, p)
		require.Len(t, r.Years, 1)
		near(t, -0.0015*7/366, r.Years[0].GWPerWeek, "from 0.0015 GW at 2027-12 to 0")
	})
	t.Run("a horizon that starts mid-year still counts that year's days from january", func(t *testing.T) {
		p := portfolioT(ownedT())
		p.World.From = mo(2027, 2)
		r := evaluate(t, p)
		near(t, 0.0015*7/365, r.Years[0].GWPerWeek)
		near(t, 13_682_400-4_414_880, r.Years[0].SpendUSD, "january is outside the horizon")
		near(t, 10_286_400-3_414_880, r.Totals.PeakCumulativeGapUSD, "the gap counts from the horizon's first month")
	})
}

func TestNothingSpent(t *testing.T) {
	// No deals: revenue 1 M a month and nothing spent.
	r := evaluate(t, portfolioT())
	y := r.Years[0]
	assert.True(t, math.IsInf(y.Coverage, 1), "coverage is +Inf when nothing is spent")
	assert.True(t, math.IsInf(y.RevenuePerGWYearUSD, 1), "no capacity: revenue per GW-year is +Inf")
	assert.True(t, math.IsNaN(y.BreakEvenPerGWYearUSD), "0 / 0")
	// The gap never goes above its first month's −1 M: that month is the
	// peak, and the next is the first month after it at which the gap is ≤ 0.
	near(t, -1e6, r.Totals.PeakCumulativeGapUSD)
	assert.Equal(t, mo(2027, 1), r.Totals.PeakGapMonth)
	assert.True(t, r.Totals.HasPayback)
	assert.Equal(t, mo(2027, 2), r.Totals.PaybackMonth)
	assert.Equal(t, mo(2027, 1), r.Totals.PeakGWMonth, "no capacity: the horizon's first month")

	t.Run("no revenue either", func(t *testing.T) {
		p := portfolioT()
		p.Revenue.ARRUSD = 0
		r := evaluate(t, p)
		assert.True(t, math.IsNaN(r.Years[0].Coverage), "0 / 0")
		// A gap that stays at 0 peaks in the first month and is ≤ 0 in the next.
		assert.Equal(t, 0.0, r.Totals.PeakCumulativeGapUSD)
		assert.True(t, r.Totals.HasPayback)
		assert.Equal(t, mo(2027, 2), r.Totals.PaybackMonth)
	})
}

func TestDealsThatAreOffCountOnlyForThemselves(t *testing.T) {
	off := ownedT()
	off.ID, off.On = "off", false
	r := evaluate(t, portfolioT(cloudT(), off))
	near(t, 13_200_000, r.Deals[1].ValueUSD, "an off deal keeps its whole-life totals")
	near(t, 3_576_000, r.Totals.ValueUSD, "but the portfolio counts only the cloud deal")
	near(t, 1000, r.Totals.Accelerators)
	near(t, 744_000, at(r, r.SpendUSD, mo(2027, 1)))
	near(t, 4_414_880, at(r, r.Deals[1].SpendUSD, mo(2027, 1)), "its own series are still filled")
}

func TestEvaluateIntoReusesAResultWithoutLeftovers(t *testing.T) {
	big := portfolioT(cloudT(), ownedT())
	big.World.From, big.World.To = mo(2026, 1), mo(2030, 12)
	small := portfolioT(ownedT())

	want, err := model.Evaluate(small)
	require.NoError(t, err)

	var r model.Result
	require.NoError(t, model.EvaluateInto(big, &r))
	require.NoError(t, model.EvaluateInto(small, &r))
	assert.Equal(t, *want, r, "a larger evaluation before must leave no trace")
	require.NoError(t, model.EvaluateInto(small, &r))
	assert.Equal(t, *want, r)
}
