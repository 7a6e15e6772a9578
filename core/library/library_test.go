package library

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// v2611 is vintage 2026-11, by name: the tests of this file transcribe its
// data file, shared/data/deals.md, and prove it unchanged.
func v2611(t *testing.T) *Vintage {
	t.Helper()
	v, ok := Default().Vintage("2026-11")
	require.True(t, ok)
	return v
}

func mustMonth(t *testing.T, s string) calendar.Month {
	t.Helper()
	m, err := calendar.Parse(s)
	require.NoError(t, err)
	return m
}

// TestDealsMatchTheDataFile transcribes the deal table of
// shared/data/deals.md (vintage 2026-11), so that a slip in the data
// shows up as a failing row.
func TestDealsMatchTheDataFile(t *testing.T) {
	const (
		n  = model.Accelerators
		gw = model.GW
	)
	rows := []struct {
		id          string
		kind        model.Kind
		value       float64
		price       float64
		size        float64
		unit        model.SizeUnit
		start, full string
		term        int
		shape       model.Shape
		accel       string
		derive      model.Quantity
	}{
		{"aws", model.Cloud, 38e9, 0, 300_000, n, "2025-11", "2026-12", 84, model.Linear, "gb300", model.Price},
		{"azure", model.Cloud, 250e9, 2.5, 0, n, "2026-01", "2028-12", 84, model.Linear, "gb300", model.Size},
		{"oracle", model.Cloud, 300e9, 0, 4.5, gw, "2027-01", "2028-12", 60, model.Linear, "gb300", model.Price},
		{"coreweave", model.Cloud, 22.4e9, 2.5, 0, n, "2025-04", "2026-06", 60, model.Linear, "gb200", model.Size},
		{"nvidia", model.Owned, 0, 0, 10, gw, "2026-07", "2030-12", 0, model.SCurve, "rubin", model.Value},
		{"amd", model.Owned, 0, 0, 6, gw, "2026-07", "2030-12", 0, model.SCurve, "mi450", model.Value},
		{"broadcom", model.Owned, 0, 0, 10, gw, "2026-07", "2029-12", 0, model.SCurve, "xpu", model.Value},
		{"aws-trainium", model.Cloud, 100e9, 0, 2, gw, "2027-01", "2028-12", 96, model.Linear, "trainium3", model.Price},
		{"cerebras", model.Cloud, 10e9, 0, 0.75, gw, "2026-03", "2028-12", 60, model.Linear, "cs3", model.Price},
		{"stargate-uae", model.Cloud, 0, 3, 1, gw, "2026-06", "2028-12", 60, model.Linear, "gb300", model.Value},
		{"google", model.Cloud, 0, 2, 100_000, n, "2025-07", "2026-06", 60, model.Linear, "tpu7", model.Value},
		{"anthropic-google", model.Cloud, 0, 1.5, 1e6, n, "2026-01", "2026-12", 72, model.Linear, "tpu7", model.Value},
		{"anthropic-azure", model.Cloud, 30e9, 0, 1, gw, "2026-01", "2027-06", 72, model.Linear, "gb300", model.Price},
		{"meta-coreweave", model.Cloud, 14.2e9, 2.5, 0, n, "2025-10", "2026-09", 75, model.Linear, "gb300", model.Size},
		{"meta-google", model.Cloud, 10e9, 2, 0, n, "2025-09", "2026-08", 72, model.Linear, "tpu7", model.Size},
		{"microsoft-nebius", model.Cloud, 17.4e9, 2.5, 0, n, "2025-11", "2026-12", 60, model.Linear, "gb300", model.Size},
		{"microsoft-iren", model.Cloud, 9.7e9, 0, 0.24, gw, "2026-01", "2026-12", 60, model.Linear, "gb300", model.Price},
		{"microsoft-nscale", model.Cloud, 24e9, 0, 200_000, n, "2026-01", "2027-12", 60, model.Linear, "gb300", model.Price},
	}
	v := v2611(t)
	require.Len(t, v.Deals, len(rows), "a deal of the library is missing from this table, or the other way round")
	for _, row := range rows {
		t.Run(row.id, func(t *testing.T) {
			d, ok := v.Deal(row.id)
			require.True(t, ok)
			assert.Equal(t, row.kind, d.Kind)
			assert.Equal(t, row.derive, d.Derive)
			if row.derive != model.Value {
				assert.Equal(t, row.value, d.ValueUSD, "value")
			}
			if row.derive != model.Price {
				if row.kind == model.Owned {
					assert.True(t, d.PriceAuto, "owned deals default to the catalog unit cost")
				} else {
					assert.Equal(t, row.price, d.Price, "price")
				}
			}
			if row.derive != model.Size {
				assert.Equal(t, row.size, d.Size, "size")
				assert.Equal(t, row.unit, d.SizeUnit, "size unit")
			}
			assert.Equal(t, mustMonth(t, row.start), d.Start)
			assert.Equal(t, mustMonth(t, row.full), d.Full)
			assert.Equal(t, row.term, d.TermMonths)
			assert.Equal(t, row.shape, d.Shape)
			assert.Equal(t, row.accel, d.Accel)
			assert.False(t, d.On, "library deals are off; presets switch them on")
			assert.NotEmpty(t, d.Title)
			assert.Regexp(t, `^20\d\d-\d\d-\d\d$`, d.Announced)
		})
	}
}

func TestAcceleratorsMatchTheDataFile(t *testing.T) {
	rows := []model.Accelerator{
		{ID: "h100", ITKW: 1.275, FP8PFLOPS: 1.979, HBMGB: 80, CapexUSD: 40_000},
		{ID: "gb200", ITKW: 1.833, FP8PFLOPS: 5.0, HBMGB: 192, CapexUSD: 55_000},
		{ID: "gb300", ITKW: 1.875, FP8PFLOPS: 5.0, HBMGB: 288, CapexUSD: 60_000},
		{ID: "rubin", ITKW: 2.5, FP8PFLOPS: 8.0, HBMGB: 288, CapexUSD: 90_000},
		{ID: "mi450", ITKW: 2.0, FP8PFLOPS: 10, HBMGB: 432, CapexUSD: 50_000},
		{ID: "trainium3", ITKW: 1.2, FP8PFLOPS: 2.52, HBMGB: 144, CapexUSD: 20_000},
		{ID: "xpu", ITKW: 1.5, FP8PFLOPS: 5, HBMGB: 192, CapexUSD: 35_000},
		{ID: "tpu7", ITKW: 1.2, FP8PFLOPS: 4.614, HBMGB: 192, CapexUSD: 25_000},
		{ID: "cs3", ITKW: 23, FP8PFLOPS: 62, HBMGB: 44, CapexUSD: 2_500_000},
	}
	v := v2611(t)
	require.Len(t, v.Accelerators, len(rows))
	for _, want := range rows {
		a, ok := v.Accelerator(want.ID)
		require.True(t, ok, want.ID)
		want.Name = a.Name
		assert.Equal(t, want, a.Accelerator)
		assert.NotEmpty(t, a.Name)
	}
}

func TestWorldAndRevenueDefaults(t *testing.T) {
	v := v2611(t)
	w := v.World
	assert.Equal(t, model.World{
		PUE: 1.2, Load: 0.8, PowerUSDPerMWh: 70, FacilityCapexMUSDPerMW: 15, LifeYears: 5,
		Utilization: 0.4, DiscountRate: 0.08, ValuationMonth: calendar.Of(2025, 11),
		From: calendar.Of(2025, 1), To: calendar.Of(2035, 12),
	}, w)
	b, ok := v.Buyer("OpenAI")
	require.True(t, ok)
	assert.Equal(t, model.Revenue{ARRUSD: 20e9, ARRMonth: calendar.Of(2025, 12), Growth: 1, GrowthDecay: 0.2}, b.Revenue)
	assert.Equal(t, model.Stated{ValueUSD: 1.4e12, GW: 30, GWPerWeek: 1}, b.Stated)
}

func TestPresets(t *testing.T) {
	v := v2611(t)
	want := map[string][]string{
		"openai-2025-11":      {"aws", "azure", "oracle", "coreweave", "nvidia", "amd", "broadcom"},
		"openai-2026-11":      {"aws", "aws-trainium", "azure", "oracle", "coreweave", "amd", "broadcom", "cerebras"},
		"aws-only":            {"aws"},
		"anthropic":           {"anthropic-google", "anthropic-azure"},
		"microsoft-neoclouds": {"microsoft-nebius", "microsoft-iren", "microsoft-nscale"},
	}
	require.Len(t, v.Presets, len(want))
	assert.Equal(t, "openai-2025-11", v.DefaultPreset().ID, "the default view")
	for id, on := range want {
		t.Run(id, func(t *testing.T) {
			p, ok := v.Preset(id)
			require.True(t, ok)
			assert.ElementsMatch(t, on, p.On)
			_, ok = v.Buyer(p.Buyer)
			assert.True(t, ok, "the preset's buyer %q has a revenue path", p.Buyer)
			port := v.Portfolio(p)
			for _, d := range port.Deals {
				assert.Equal(t, slices.Contains(on, d.ID), d.On, d.ID)
			}
			assert.Empty(t, model.Check(&port), "every preset evaluates")
		})
	}
}

// TestEveryDefaultHasItsProvenance checks, for vintage 2026-11 (2026-12 has
// TestNextProvenance), what the page shows beside each
// default: a status, a basis, and a range that holds the default.
func TestEveryDefaultHasItsProvenance(t *testing.T) {
	v := v2611(t)
	check := func(t *testing.T, facts Facts, name string, value float64, numeric bool) {
		t.Helper()
		f, ok := facts[name]
		if !assert.True(t, ok, "no fact for %s", name) {
			return
		}
		assert.Contains(t, []Status{Disclosed, Reported, Assumed}, f.Status, name)
		assert.NotEmpty(t, f.Basis, name)
		if f.Status == Reported && !strings.Contains(f.Basis, "no stored link") {
			assert.NotEmpty(t, f.Sources, "%s is reported: by whom?", name)
		}
		if f.HasRange() {
			assert.LessOrEqual(t, f.Low, f.High, name)
			if numeric {
				assert.True(t, f.Low <= value && value <= f.High, "%s = %v outside its range %v…%v", name, value, f.Low, f.High)
			}
		}
	}
	for _, a := range v.Accelerators {
		t.Run(a.ID, func(t *testing.T) {
			check(t, a.Facts, "it_kw", a.ITKW, true)
			check(t, a.Facts, "fp8", a.FP8PFLOPS, true)
			check(t, a.Facts, "hbm", a.HBMGB, true)
			check(t, a.Facts, "capex", a.CapexUSD, true)
			if a.MarketUSDPerHour > 0 && a.Market.HasRange() {
				assert.True(t, a.Market.Low <= a.MarketUSDPerHour && a.MarketUSDPerHour <= a.Market.High)
			}
		})
	}
	for _, d := range v.Deals {
		t.Run(d.ID, func(t *testing.T) {
			if d.Derive != model.Value && d.Kind == model.Cloud {
				check(t, d.Facts, "value", d.ValueUSD, true)
			}
			if d.Derive != model.Price {
				check(t, d.Facts, "price", d.Price, d.Kind == model.Cloud)
			}
			if d.Derive != model.Size {
				name := "n"
				if d.SizeUnit == model.GW {
					name = "gw"
				}
				check(t, d.Facts, name, d.Size, true)
			}
			for _, name := range []string{"start", "full", "shape", "accel"} {
				check(t, d.Facts, name, 0, false)
			}
			if d.Kind == model.Cloud {
				check(t, d.Facts, "term", float64(d.TermMonths), true)
			}
		})
	}
	w := v.World
	for name, value := range map[string]float64{
		"pue": w.PUE, "load": w.Load, "power_price": w.PowerUSDPerMWh, "facility_capex": w.FacilityCapexMUSDPerMW,
		"life": w.LifeYears, "utilization": w.Utilization, "discount_rate": w.DiscountRate,
	} {
		check(t, v.WorldFacts, name, value, true)
	}
	b, _ := v.Buyer("OpenAI")
	for name, value := range map[string]float64{"arr": b.Revenue.ARRUSD, "growth": b.Revenue.Growth, "growth_decay": b.Revenue.GrowthDecay} {
		check(t, b.Facts, name, value, true)
	}
}

func TestStatusesOfTheAWSDeal(t *testing.T) {
	d, _ := v2611(t).Deal("aws")
	assert.Equal(t, Disclosed, d.Facts["value"].Status, "38 B over seven years was announced")
	assert.Equal(t, Assumed, d.Facts["n"].Status, "the count is ours")
	assert.Equal(t, "assumed", d.Facts["n"].Status.String())
	assert.Equal(t, Fact{}.Status.String(), "unknown")
	o, _ := v2611(t).Deal("oracle")
	assert.Equal(t, Reported, o.Facts["value"].Status)
	assert.Equal(t, Disclosed, o.Facts["gw"].Status)
}

func TestPortfolioSharesNothingWithTheVintage(t *testing.T) {
	v := v2611(t)
	p := v.Portfolio(v.DefaultPreset())
	p.Deals[0].Size = 1
	p.Accelerators[0].ITKW = 99
	p.World.PUE = 3
	again := v.Portfolio(v.DefaultPreset())
	assert.Equal(t, 300_000.0, again.Deals[0].Size)
	assert.Equal(t, 1.275, again.Accelerators[0].ITKW)
	assert.Equal(t, 1.2, again.World.PUE)
}

func TestCatalogFindsVintagesByID(t *testing.T) {
	cat := Default()
	assert.Equal(t, "2026-12", cat.Latest().ID)
	v, ok := cat.Vintage("2026-12")
	assert.True(t, ok)
	assert.Same(t, cat.Latest(), v)
	v, ok = cat.Vintage("2026-11")
	assert.True(t, ok)
	assert.Same(t, cat.Vintages[0], v)
	assert.Equal(t, "2026-11", v.ID)
	_, ok = cat.Vintage("2020-01")
	assert.False(t, ok)
	_, ok = cat.Latest().Preset("nope")
	assert.False(t, ok)
	_, ok = cat.Latest().Deal("nope")
	assert.False(t, ok)
}
