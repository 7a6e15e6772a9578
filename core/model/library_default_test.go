package model_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
)

// defaultView is the default view of vintage 2026-11, named: the hand-worked
// figures of this file are that vintage's, and prove it unchanged.
func defaultView(t testing.TB) *model.Portfolio {
	t.Helper()
	v, ok := library.Default().Vintage("2026-11")
	require.True(t, ok)
	p := v.Portfolio(v.DefaultPreset())
	return &p
}

func dealResult(t *testing.T, p *model.Portfolio, r *model.Result, id string) model.DealResult {
	t.Helper()
	for i := range p.Deals {
		if p.Deals[i].ID == id {
			return r.Deals[i]
		}
	}
	require.Failf(t, "no such deal", id)
	return model.DealResult{}
}

// TestDefaultViewAWS works the AWS deal of the default view by hand.
//
// V = 38 B, N = 300,000, ramp 2025-11 … 2026-12 linear (n = 14), term 84
// (to 2032-10), gb300 (1.875 kW, 5 PF), pue 1.2, load 0.8, utilization 0.4.
//
// Ramp months k = 1 … 14, f = k/14, hours:
//
//	2025-11 720, 2025-12 744, 2026-01 744, 2026-02 672, 2026-03 744,
//	2026-04 720, 2026-05 744, 2026-06 720, 2026-07 744, 2026-08 744,
//	2026-09 720, 2026-10 744, 2026-11 720, 2026-12 744
//
// Σ k·hours = 720 + 1,488 + 2,232 + 2,688 + 3,720 + 4,320 + 5,208 + 5,760
// + 6,696 + 7,440 + 7,920 + 8,928 + 9,360 + 10,416 = 76,896, so the ramp
// gives 76,896 / 14 hours per accelerator at full capacity.
// Full months 2027-01 … 2032-10: 2027 8,760 + 2028 8,784 + 2029 8,760
// + 2030 8,760 + 2031 8,760 + 2032-01 … 10 7,320 (leap February 696) = 51,144.
// Σ f·hours = 51,144 + 76,896 / 14 = 792,912 / 14 = 56,636.571…
// AH = 300,000 × 792,912 / 14 = 16,990,971,428.6
// P = 38e9 / AH = 38e9 × 14 / (300,000 × 792,912) = 2.23648… USD per GPU-hour.
func TestDefaultViewAWS(t *testing.T) {
	p := defaultView(t)
	r := evaluate(t, p)
	aws := dealResult(t, p, r, "aws")

	const ah = 300_000 * 792_912.0 / 14
	near(t, ah, aws.AcceleratorHours)
	near(t, 38e9/ah, aws.PriceUSDPerHour)
	assert.InDelta(t, 2.2365, aws.PriceUSDPerHour, 5e-5)
	near(t, 38e9, aws.ValueUSD)
	near(t, 300_000, aws.Accelerators)
	near(t, 300_000*5/1.979, aws.H100e)
	near(t, 0.675, aws.FacilityGW, "300,000 × 1.875 × 1.2 / 1e6")
	// Energy = AH × 1.875/1000 MW × 1.2 × 0.8 = AH × 0.0018 MWh.
	near(t, ah*0.0018/1e6, aws.EnergyTWh)
	near(t, ah*5e15*3600, aws.PeakFLOP)
	near(t, ah*5e15*3600*0.4, aws.UsefulFLOP)

	// PV = Σ P × 300,000 × f(m) × hours(m) / 1.08^((m − 2025-11)/12), k = 0 … 83.
	pv := 0.0
	for k := range 84 {
		m := mo(2025, 11) + calendar.Month(k)
		f := math.Min(float64(k+1), 14) / 14
		pv += 38e9 / ah * 300_000 * f * m.Hours() / math.Pow(1.08, float64(k)/12)
	}
	near(t, pv, aws.PVUSD)
}

// TestDefaultViewOwnedDeals checks the owned deals' values: N from GW,
// C = capex + 15 × 1e6 × it_kw / 1000, V = N × C.
func TestDefaultViewOwnedDeals(t *testing.T) {
	p := defaultView(t)
	r := evaluate(t, p)
	cases := []struct {
		id      string
		n, c, v float64
		how     string
	}{
		{"nvidia", 10e6 / 3, 127_500, 425e9, "10 GW / (2.5 kW × 1.2); 90,000 + 37,500"},
		{"amd", 2.5e6, 80_000, 200e9, "6 GW / (2.0 kW × 1.2); 50,000 + 30,000"},
		{"broadcom", 10e6 / 1.8, 57_500, 10e6 / 1.8 * 57_500, "10 GW / (1.5 kW × 1.2); 35,000 + 22,500"},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			d := dealResult(t, p, r, c.id)
			near(t, c.n, d.Accelerators, c.how)
			near(t, c.c, d.UnitCostUSD, c.how)
			near(t, c.v, d.ValueUSD, c.how)
		})
	}
	t.Run("portfolio value and the stated figures", func(t *testing.T) {
		var sum float64
		for i, d := range p.Deals {
			if d.On {
				sum += r.Deals[i].ValueUSD
			}
		}
		near(t, sum, r.Totals.ValueUSD)
		assert.InDelta(t, 1.5548e12, r.Totals.ValueUSD, 1e9, "38 + 250 + 300 + 22.4 + 425 + 200 + 319.4 B")
		assert.Equal(t, 1.4e12, r.Totals.StatedValueUSD)
		assert.Equal(t, 30.0, r.Totals.StatedGW)
	})
}

// BenchmarkEvaluateDefault evaluates the default view natively, reusing
// one Result as sampling and sensitivity do.
func BenchmarkEvaluateDefault(b *testing.B) {
	p := defaultView(b)
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

// BenchmarkEvaluate202612 evaluates the default view of vintage 2026-12:
// 40 deals, 12 of them on, with renewals, leases, revenue history and
// the cash account (DESIGN.md: ≤ 50 µs natively).
func BenchmarkEvaluate202612(b *testing.B) {
	cat := library.Default()
	v, ok := cat.Vintage("2026-12")
	if !ok {
		b.Fatal("no vintage 2026-12")
	}
	p := v.Portfolio(v.DefaultPreset())
	var r model.Result
	if err := model.EvaluateInto(&p, &r); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := model.EvaluateInto(&p, &r); err != nil {
			b.Fatal(err)
		}
	}
}
