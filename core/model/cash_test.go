package model_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// TestRevenueHistory works MODEL.md §9's history by hand: arr 1,200 in
// 2027-01 after run-rates of 100 in 2025-01 and 400 in 2026-01.
//
//	2025-01 … 2026-01: ×4 a year, geometric: 2025-07 = 100 × 4^(6/12) = 200
//	2026-01 … 2027-01: ×3 a year: 2026-04 = 400 × 3^(3/12) = 526.4
//	before 2025-01: back-cast at the ×4 between the first two points:
//	2024-07 = 100 / 4^(6/12) = 50, 2024-01 = 25
//	after 2027-01: §5's path (growth 1): 2027-02 = 1,200 × 2^(1/12)
//
// With the single point 400 in 2026-01, the back-cast before it runs at
// `growth` (×2 a year): 2025-07 = 400 / 2^(6/12) = 282.8.
// Revenue(m) = ARR(m) / 12 in every case.
func TestRevenueHistory(t *testing.T) {
	p := portfolioT()
	p.Revenue = model.Revenue{ARRUSD: 1200, ARRMonth: mo(2027, 1), Growth: 1,
		History: []model.RevenuePoint{{Month: mo(2025, 1), ARRUSD: 100}, {Month: mo(2026, 1), ARRUSD: 400}}}
	p.World.From, p.World.To = mo(2024, 1), mo(2027, 6)
	r := evaluate(t, p)
	cases := []struct {
		name string
		m    calendar.Month
		arr  float64
	}{
		{"back-cast a year before the first point", mo(2024, 1), 25},
		{"back-cast half a year before it", mo(2024, 7), 50},
		{"the first point", mo(2025, 1), 100},
		{"geometric between the first two points", mo(2025, 7), 200},
		{"the second point", mo(2026, 1), 400},
		{"geometric towards arr", mo(2026, 4), 400 * math.Pow(3, 0.25)},
		{"arr itself", mo(2027, 1), 1200},
		{"the path after arr_month", mo(2027, 2), 1200 * math.Pow(2, 1.0/12)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { near(t, c.arr/12, at(r, r.RevenueUSD, c.m)) })
	}
	t.Run("one point back-casts at growth", func(t *testing.T) {
		p.Revenue.History = p.Revenue.History[1:]
		r := evaluate(t, p)
		near(t, 400/math.Sqrt2/12, at(r, r.RevenueUSD, mo(2025, 7)))
		near(t, 400*math.Sqrt(3)/12, at(r, r.RevenueUSD, mo(2026, 7)))
	})
}

// TestRevenuePerGW earns 1 B USD per GW-year (rev_per_gw_trend +20 %/yr)
// from 1,000 accelerators (0.00125 GW) leased 2027-01 … 2027-12. In
// arr_month 2027-01 revenue is arr / 12 = 1 M; after it 1e9 × 1.2^((m −
// 2027-01)/12) × 0.00125 / 12: 104,166.67 × 1.2^(1/12) in 2027-02. In
// 2028-01 nothing is online, so there is no revenue, unless the lease is
// sustained: then 104,166.67 × 1.2 = 125,000.
func TestRevenuePerGW(t *testing.T) {
	d := cloudT()
	d.Shape, d.Full, d.TermMonths = model.Step, d.Start, 12
	p := portfolioT(d)
	p.Revenue.Mode, p.Revenue.PerGWYearUSD, p.Revenue.PerGWTrend = model.RevenuePerGW, 1e9, 0.2
	r := evaluate(t, p)
	const perMonth = 1e9 * 0.00125 / 12
	near(t, 1e6, at(r, r.RevenueUSD, mo(2027, 1)))
	near(t, perMonth*math.Pow(1.2, 1.0/12), at(r, r.RevenueUSD, mo(2027, 2)))
	near(t, perMonth*math.Sqrt(1.2), at(r, r.RevenueUSD, mo(2027, 7)))
	near(t, 0, at(r, r.RevenueUSD, mo(2028, 1)))

	p.World.Sustain = true
	r = evaluate(t, p)
	near(t, 125_000, at(r, r.RevenueUSD, mo(2028, 1)), "GW online includes the renewal")
	near(t, perMonth*math.Pow(1.2, 23.0/12), at(r, r.RevenueUSD, mo(2028, 12)))
}

// flatCash is portfolioT with revenue of 1 M USD every month (arr 12 M,
// no growth) and cash counted from 2027-01.
func flatCash(deals ...model.Deal) *model.Portfolio {
	p := portfolioT(deals...)
	p.Cash = model.Cash{Month: mo(2027, 1)}
	return p
}

// TestOtherCostsRevenueShareAndFunding works MODEL.md §10 against a flat
// revenue of 1 M USD a month and no compute.
//
// Other costs: 50 % of revenue in 2027-01 moving to 20 % in 2027-07 (six
// months): s = 0.5, 0.45, 0.40, 0.35, 0.30, 0.25, then 0.2. In 2027: 2.25 M
// + 6 × 0.2 M = 3.45 M.
//
// Revenue share 20 % (200,000 a month) capped at 500,000: 200,000 in
// 2027-01 and 02, the 100,000 left in 2027-03, nothing after.
//
// Funding: 5 M in 2027-06 (on), 9 M in 2027-08 (off), 1 M in 2026-12
// (before cash_month: not counted).
func TestOtherCostsRevenueShareAndFunding(t *testing.T) {
	p := flatCash()
	p.Cash.OpexShare, p.Cash.OpexShareLate, p.Cash.OpexLateMonth = 0.5, 0.2, mo(2027, 7)
	p.Cash.RevShare, p.Cash.RevShareCapUSD = 0.2, 500_000
	p.Cash.Funding = []model.Funding{
		{ID: "a", USD: 5e6, Month: mo(2027, 6), On: true},
		{ID: "b", USD: 9e6, Month: mo(2027, 8)},
		{ID: "early", USD: 1e6, Month: mo(2026, 12), On: true},
	}
	r := evaluate(t, p)
	y27 := r.Years[0]

	t.Run("the opex share moves linearly to its late value", func(t *testing.T) {
		near(t, 500_000, at(r, r.OpexUSD, mo(2027, 1)))
		near(t, 350_000, at(r, r.OpexUSD, mo(2027, 4)))
		near(t, 200_000, at(r, r.OpexUSD, mo(2027, 7)))
		near(t, 200_000, at(r, r.OpexUSD, mo(2028, 6)))
		near(t, 3.45e6, y27.OpexUSD)
	})
	t.Run("the revenue share stops at its cap in the middle of a month", func(t *testing.T) {
		near(t, 200_000, at(r, r.RevShareUSD, mo(2027, 2)))
		near(t, 100_000, at(r, r.RevShareUSD, mo(2027, 3)))
		near(t, 0, at(r, r.RevShareUSD, mo(2027, 4)))
		near(t, 500_000, y27.RevShareUSD)
	})
	t.Run("a revenue share without a cap stops after its end", func(t *testing.T) {
		p := flatCash()
		p.Cash.RevShare, p.Cash.RevShareEnd = 0.2, mo(2027, 2)
		r := evaluate(t, p)
		near(t, 200_000, at(r, r.RevShareUSD, mo(2027, 2)))
		near(t, 0, at(r, r.RevShareUSD, mo(2027, 3)))
		near(t, 400_000, r.Years[0].RevShareUSD)
	})
	t.Run("only funding that is on and from cash_month counts", func(t *testing.T) {
		near(t, 5e6, at(r, r.FundingUSD, mo(2027, 6)))
		near(t, 0, at(r, r.FundingUSD, mo(2027, 8)))
		near(t, 5e6, y27.FundingUSD)
	})
	t.Run("net cash flow and the balance", func(t *testing.T) {
		// 2027-01: 1 M − 0.5 M − 0.2 M = 300,000; 2027-06: 1 M − 0.25 M + 5 M.
		near(t, 300_000, at(r, r.NetCashFlowUSD, mo(2027, 1)))
		near(t, 5.75e6, at(r, r.NetCashFlowUSD, mo(2027, 6)))
		// 2027: 12 M − 3.45 M − 0.5 M + 5 M = 13.05 M.
		near(t, 13.05e6, y27.NetCashFlowUSD)
		near(t, 13.05e6, y27.CashUSD)
		near(t, 13.05e6+12*800_000, r.Years[1].CashUSD)
		assert.True(t, r.Totals.HasCash)
		assert.False(t, r.Totals.HasRunout)
		assert.Equal(t, 0.0, r.Totals.FundingNeedUSD)
		assert.Equal(t, mo(2027, 1), r.Totals.MinCashMonth)
	})
}

// TestCashRunsOut follows ownedT with 10 M USD of cash from 2027-01 and 1 M
// of revenue a month. Spend (TestPortfolioYears) is 4,414,880, 4,426,880 and
// 4,444,640 in 2027-01 … 03, then about 44,000 of energy:
//
//	2027-01: 10 M + 1 M − 4,414,880 = 6,585,120
//	2027-02: + 1 M − 4,426,880 = 3,158,240
//	2027-03: + 1 M − 4,444,640 = −286,400, the runout and the minimum
//	2027-04: + 1 M − 43,200 = 670,400
//
// Cash at the end of 2027 = 10 M + 12 M − 13,682,400 = 8,317,600; of 2028
// = 8,317,600 + 12 M − 43,680 = 20,273,920.
func TestCashRunsOut(t *testing.T) {
	p := flatCash(ownedT())
	p.Cash.USD = 10e6
	r := evaluate(t, p)
	tt := r.Totals
	near(t, 6_585_120, at(r, r.CashUSD, mo(2027, 1)))
	near(t, -286_400, at(r, r.CashUSD, mo(2027, 3)))
	near(t, 670_400, at(r, r.CashUSD, mo(2027, 4)))
	assert.True(t, tt.HasRunout)
	assert.Equal(t, mo(2027, 3), tt.CashRunoutMonth)
	near(t, 286_400, tt.FundingNeedUSD)
	assert.Equal(t, mo(2027, 3), tt.MinCashMonth)
	near(t, 8_317_600, r.Years[0].CashUSD)
	near(t, -1_682_400, r.Years[0].NetCashFlowUSD)
	near(t, 20_273_920, r.Years[1].CashUSD)

	t.Run("funding in time keeps cash above zero", func(t *testing.T) {
		p.Cash.Funding = []model.Funding{{ID: "bridge", USD: 1e6, Month: mo(2027, 3), On: true}}
		r := evaluate(t, p)
		assert.False(t, r.Totals.HasRunout)
		assert.Equal(t, 0.0, r.Totals.FundingNeedUSD)
		near(t, 713_600, at(r, r.CashUSD, mo(2027, 3)))
		assert.Equal(t, mo(2027, 3), r.Totals.MinCashMonth)
	})
}

// TestCashFromBeforeTheHorizon counts cash from 2026-07 though the horizon
// starts in 2027-01: 10 M USD, revenue 1 M a month (no growth, so the
// back-cast is flat too), other costs 10 %, funding 2 M in 2026-09. Cash at
// the end of 2026-12 = 10 M + 6 × 0.9 M + 2 M = 17.4 M; 2027-01 = 17.4 M +
// 0.9 M − 4,414,880 = 13,885,120; 2027 ends at 17.4 M + 10.8 M − 13,682,400
// = 14,517,600. The series still cover the horizon only.
//
// Starting at −1 M instead, cash is below zero at once (2026-07: −0.1 M):
// the runout is reported in 2026-07, before the horizon; the minimum is
// later, 2027-03: −1 M + 5.4 M + 2 M + 3 × 0.9 M − 13,286,400 = −4,186,400.
func TestCashFromBeforeTheHorizon(t *testing.T) {
	p := flatCash(ownedT())
	p.Cash = model.Cash{Month: mo(2026, 7), USD: 10e6, OpexShare: 0.1,
		Funding: []model.Funding{{ID: "f", USD: 2e6, Month: mo(2026, 9), On: true}}}
	r := evaluate(t, p)
	require.Len(t, r.CashUSD, 24)
	require.Len(t, r.SpendUSD, 24)
	assert.Equal(t, mo(2027, 1), r.From)
	near(t, 13_885_120, r.CashUSD[0])
	near(t, 4_414_880, r.SpendUSD[0])
	near(t, 1e6, r.RevenueUSD[0])
	near(t, 14_517_600, r.Years[0].CashUSD)
	near(t, 0, r.Years[0].FundingUSD)
	near(t, 10.8e6-13_682_400, r.Years[0].NetCashFlowUSD)
	near(t, 4_414_880-1e6, r.CumulativeGapUSD[0], "the gap still starts with the horizon")

	p.Cash.USD = -1e6
	r = evaluate(t, p)
	assert.True(t, r.Totals.HasRunout)
	assert.Equal(t, mo(2026, 7), r.Totals.CashRunoutMonth)
	assert.Equal(t, mo(2027, 3), r.Totals.MinCashMonth)
	near(t, 4_186_400, r.Totals.FundingNeedUSD)

	t.Run("a cash month after the horizon counts nothing", func(t *testing.T) {
		p.Cash.Month = mo(2030, 1)
		r := evaluate(t, p)
		assert.True(t, r.Totals.HasCash)
		assert.False(t, r.Totals.HasRunout)
		assert.True(t, math.IsNaN(r.CashUSD[23]))
		assert.True(t, math.IsNaN(r.Years[1].CashUSD))
		assert.Equal(t, 0.0, r.Years[1].OpexUSD)
	})
}

// TestCashBeforeItsMonthIsUndefined: cash from 2027-07 leaves the months
// before it NaN (null in the JSON) and their flows zero.
func TestCashBeforeItsMonthIsUndefined(t *testing.T) {
	p := flatCash()
	p.Cash.Month, p.Cash.OpexShare = mo(2027, 7), 0.5
	r := evaluate(t, p)
	assert.True(t, math.IsNaN(at(r, r.CashUSD, mo(2027, 6))))
	near(t, 0, at(r, r.OpexUSD, mo(2027, 6)))
	near(t, 500_000, at(r, r.CashUSD, mo(2027, 7)))
	near(t, 3e6, r.Years[0].CashUSD)
	near(t, 3e6, r.Years[0].OpexUSD)
}
