package model_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// TestVersion2OffReproducesVersion1: inputs of MODEL.md §7–§10 that are
// switched off change nothing, bit for bit: every series, year and total
// of the default view equals its version 1 evaluation.
func TestVersion2OffReproducesVersion1(t *testing.T) {
	v1 := defaultView(t)
	want := evaluate(t, v1)

	cases := []struct {
		name string
		set  func(p *model.Portfolio)
	}{
		{"a sustain trend without sustain", func(p *model.Portfolio) { p.World.SustainTrend = -0.1 }},
		{"sustain on but every deal overridden to never", func(p *model.Portfolio) {
			p.World.Sustain = true
			for i := range p.Deals {
				p.Deals[i].Sustain = model.SustainNever
			}
		}},
		{"a finance rate paid in cash", func(p *model.Portfolio) { p.World.FinanceRate = 0.1 }},
		{"per-GW figures on the path", func(p *model.Portfolio) {
			p.Revenue.PerGWYearUSD, p.Revenue.PerGWTrend = 10e9, 0.1
		}},
		{"costs and a balance without cash_month", func(p *model.Portfolio) {
			p.Cash = model.Cash{USD: 5e9, OpexShare: 0.5, OpexShareLate: 0.3, RevShare: 0.2, RevShareCapUSD: 1e9}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := defaultView(t)
			c.set(p)
			assert.Equal(t, want, evaluate(t, p))
		})
	}
	t.Run("history changes only the months before arr_month", func(t *testing.T) {
		p := defaultView(t)
		p.Revenue.History = []model.RevenuePoint{{Month: p.Revenue.ARRMonth - 12, ARRUSD: 6e9}}
		r := evaluate(t, p)
		assert.Equal(t, want.SpendUSD, r.SpendUSD)
		a := int(p.Revenue.ARRMonth - r.From)
		assert.Equal(t, want.RevenueUSD[a:], r.RevenueUSD[a:])
		assert.NotEqual(t, want.RevenueUSD[a-1], r.RevenueUSD[a-1])
	})
	t.Run("sustain leaves every deal's whole-life totals alone", func(t *testing.T) {
		p := defaultView(t)
		p.World.Sustain = true
		r := evaluate(t, p)
		for i, d := range want.Deals {
			got := r.Deals[i]
			assert.Equal(t, d.ValueUSD, got.ValueUSD, d.ID)
			assert.Equal(t, d.PVUSD, got.PVUSD, d.ID)
			assert.Equal(t, d.AcceleratorHours, got.AcceleratorHours, d.ID)
			assert.Equal(t, d.EnergyTWh, got.EnergyTWh, d.ID)
			assert.Equal(t, d.UsefulFLOP, got.UsefulFLOP, d.ID)
			assert.Equal(t, d.PriceUSDPerHour, got.PriceUSDPerHour, d.ID)
			assert.Equal(t, d.SpendUSD, got.SpendUSD, d.ID)
			assert.Equal(t, d.UnitsOnline, got.UnitsOnline, d.ID)
		}
		assert.Equal(t, want.Totals.ValueUSD, r.Totals.ValueUSD)
		assert.Equal(t, want.Totals.PVUSD, r.Totals.PVUSD)
		assert.Greater(t, r.Totals.SustainSpendUSD, 0.0)
		for j := range r.SpendUSD {
			sum := want.SpendUSD[j] + r.SustainSpendUSD[j]
			assert.InDelta(t, sum, r.SpendUSD[j], 1e-12*sum)
			assert.InDelta(t, want.FacilityGW[j]+r.SustainGW[j], r.FacilityGW[j], 1e-9)
		}
	})
}

// v2View is the default view with every part of version 2 on: sustain,
// leases at 10 %, OpenAI's run-rate history (2 B USD at the end of 2023, 6
// B at the end of 2024), and cash from 2025-01 with other costs, a capped
// revenue share and two funding events.
func v2View(t testing.TB) *model.Portfolio {
	p := defaultView(t)
	p.World.Sustain, p.World.SustainTrend = true, -0.05
	p.World.Finance, p.World.FinanceRate = model.FinanceLease, 0.1
	p.Revenue.History = []model.RevenuePoint{
		{Month: calendar.Of(2023, 12), ARRUSD: 2e9},
		{Month: calendar.Of(2024, 12), ARRUSD: 6e9},
	}
	p.Cash = model.Cash{Month: calendar.Of(2025, 1), USD: 10e9,
		OpexShare: 0.6, OpexShareLate: 0.35, OpexLateMonth: calendar.Of(2030, 12),
		RevShare: 0.2, RevShareEnd: calendar.Of(2032, 12), RevShareCapUSD: 100e9,
		Funding: []model.Funding{
			{ID: "softbank", USD: 40e9, Month: calendar.Of(2025, 4), On: true},
			{ID: "ipo", USD: 60e9, Month: calendar.Of(2027, 6), On: true},
		}}
	return p
}

func TestEvaluateIntoReusesAVersion2Result(t *testing.T) {
	big := v2View(t)
	big.Cash.Month = calendar.Of(2022, 1) // before the horizon: no NaN inside it
	small := portfolioT(ownedT())
	wantBig, wantSmall := evaluate(t, big), evaluate(t, small)

	var r model.Result
	require.NoError(t, model.EvaluateInto(big, &r))
	require.NoError(t, model.EvaluateInto(small, &r))
	assert.Equal(t, *wantSmall, r, "a version 2 evaluation before must leave no trace")
	require.NoError(t, model.EvaluateInto(big, &r))
	assert.Equal(t, *wantBig, r)
}

var inf, nan = math.Inf(1), math.NaN()

func TestCheckNamesVersion2InputsByTheirLinkKeys(t *testing.T) {
	cases := []struct {
		name  string
		field string
		set   func(p *model.Portfolio)
	}{
		{"a sustain trend of −100 %", "sustain_trend", func(p *model.Portfolio) { p.World.SustainTrend = -1 }},
		{"an unknown finance", "finance", func(p *model.Portfolio) { p.World.Finance = 7 }},
		{"a finance rate of −100 %", "finance_rate", func(p *model.Portfolio) { p.World.FinanceRate = -1 }},
		{"an infinite finance rate", "finance_rate", func(p *model.Portfolio) { p.World.FinanceRate = inf }},
		{"an unknown revenue mode", "revenue", func(p *model.Portfolio) { p.Revenue.Mode = 9 }},
		{"negative revenue per GW", "rev_per_gw", func(p *model.Portfolio) { p.Revenue.PerGWYearUSD = -1 }},
		{"a per-GW trend of −100 %", "rev_per_gw_trend", func(p *model.Portfolio) { p.Revenue.PerGWTrend = -1 }},
		{"history after arr_month", "revenue", func(p *model.Portfolio) {
			p.Revenue.History = []model.RevenuePoint{{Month: mo(2027, 2), ARRUSD: 1}}
		}},
		{"history out of order", "revenue", func(p *model.Portfolio) {
			p.Revenue.History = []model.RevenuePoint{{Month: mo(2026, 2), ARRUSD: 1}, {Month: mo(2026, 2), ARRUSD: 2}}
		}},
		{"a history run-rate of zero", "revenue", func(p *model.Portfolio) {
			p.Revenue.History = []model.RevenuePoint{{Month: mo(2026, 2), ARRUSD: 0}}
		}},
		{"a cash month before 2000", "cash_month", func(p *model.Portfolio) { p.Cash.Month = mo(1999, 12) }},
		{"a cash balance that is not a number", "cash", func(p *model.Portfolio) { p.Cash.USD = nan }},
		{"an opex share above 5", "opex_share", func(p *model.Portfolio) { p.Cash.OpexShare = 5.5 }},
		{"a negative late opex share", "opex_share_late", func(p *model.Portfolio) { p.Cash.OpexShareLate = -0.1 }},
		{"a late opex month before cash_month", "opex_late_month", func(p *model.Portfolio) {
			p.Cash.Month, p.Cash.OpexLateMonth = mo(2027, 6), mo(2027, 5)
		}},
		{"a revenue share that is not a number", "rev_share", func(p *model.Portfolio) { p.Cash.RevShare = nan }},
		{"a revenue share end after 2099", "rev_share_end", func(p *model.Portfolio) { p.Cash.RevShareEnd = mo(2100, 1) }},
		{"a negative cap", "rev_share_cap", func(p *model.Portfolio) { p.Cash.RevShareCapUSD = -1 }},
		{"negative funding", "f.seed.usd", func(p *model.Portfolio) {
			p.Cash.Funding = []model.Funding{{ID: "seed", USD: -1, Month: mo(2027, 1)}}
		}},
		{"funding without a month", "f.seed.month", func(p *model.Portfolio) {
			p.Cash.Funding = []model.Funding{{ID: "seed", USD: 1}}
		}},
		{"a deal's unknown sustain", "sustain", func(p *model.Portfolio) { p.Deals[0].Sustain = 3 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := portfolioT(cloudT())
			c.set(p)
			errs := model.Check(p)
			require.Len(t, errs, 1)
			var fe *model.FieldError
			require.ErrorAs(t, errs[0], &fe)
			assert.Equal(t, c.field, fe.Field)
			_, err := model.Evaluate(p)
			assert.ErrorIs(t, err, model.ErrInvalid)
		})
	}
}

// BenchmarkEvaluateV2 is BenchmarkEvaluateDefault with every part of
// version 2 on (v2View).
func BenchmarkEvaluateV2(b *testing.B) {
	p := v2View(b)
	var r model.Result
	if err := model.EvaluateInto(p, &r); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := model.EvaluateInto(p, &r); err != nil {
			b.Fatal(err)
		}
	}
}
