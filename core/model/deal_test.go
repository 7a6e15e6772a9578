package model_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// The hand-made portfolios of these tests use one accelerator "t" with
// round figures, so that every expected value can be worked out on paper:
//
//	it_kw 1, fp8 2 PF, capex 1,000 USD
//	pue 1.25, load 0.8, power 50 USD/MWh, facility_capex 10 M USD/MW
//
// Per accelerator: IT MW 0.001, facility MW 0.00125, energy per hour
// 0.00125 × 0.8 = 0.001 MWh, energy cost per hour 0.001 × 50 = 0.05 USD,
// facility GW 1.25e-6, building share 10 × 1e6 × 1 / 1000 = 10,000 USD.

const rel = 1e-9 // MODEL.md: relative error below 1e-9

func mo(y, m int) calendar.Month { return calendar.Of(y, m) }

// near asserts that got is within 1e-9 relative of want (or within 1e-9
// of zero).
func near(t *testing.T, want, got float64, msgAndArgs ...any) {
	t.Helper()
	if want == 0 {
		assert.InDelta(t, 0, got, 1e-9, msgAndArgs...)
		return
	}
	assert.InEpsilon(t, want, got, rel, msgAndArgs...)
}

func accelT() model.Accelerator {
	return model.Accelerator{ID: "t", Name: "test", ITKW: 1, FP8PFLOPS: 2, HBMGB: 100, CapexUSD: 1000}
}

func worldT() model.World {
	return model.World{
		PUE: 1.25, Load: 0.8, PowerUSDPerMWh: 50, FacilityCapexMUSDPerMW: 10, LifeYears: 1,
		Utilization: 0.5, DiscountRate: 0, ValuationMonth: mo(2027, 1),
		From: mo(2027, 1), To: mo(2028, 12),
	}
}

// cloudT is a three-month lease of 1,000 accelerators at 2 USD/h:
// linear ramp 2027-01 … 2027-02 (n = 2: f = 0.5, 1), term 3 (to 2027-03).
func cloudT() model.Deal {
	return model.Deal{ID: "c", Buyer: "B", Provider: "P", Kind: model.Cloud, Accel: "t", On: true,
		Derive: model.Value, Price: 2, Size: 1000, SizeUnit: model.Accelerators,
		Start: mo(2027, 1), Full: mo(2027, 2), TermMonths: 3, Shape: model.Linear}
}

// ownedT buys 1,200 accelerators on a linear ramp 2027-01 … 2027-03
// (n = 3: 400 delivered each month) at the default unit cost.
func ownedT() model.Deal {
	return model.Deal{ID: "o", Buyer: "B", Provider: "P", Kind: model.Owned, Accel: "t", On: true,
		Derive: model.Value, PriceAuto: true, Size: 1200, SizeUnit: model.Accelerators,
		Start: mo(2027, 1), Full: mo(2027, 3), Shape: model.Linear}
}

func portfolioT(deals ...model.Deal) *model.Portfolio {
	return &model.Portfolio{
		World:        worldT(),
		Revenue:      model.Revenue{ARRUSD: 12e6, ARRMonth: mo(2027, 1)},
		Accelerators: []model.Accelerator{accelT()},
		Deals:        deals,
	}
}

func evaluate(t *testing.T, p *model.Portfolio) *model.Result {
	t.Helper()
	r, err := model.Evaluate(p)
	require.NoError(t, err)
	return r
}

// at returns a series' value in month m of the result's horizon.
func at(r *model.Result, series []float64, m calendar.Month) float64 {
	return series[m-r.From]
}

func TestRampShapes(t *testing.T) {
	// start 2026-01, full 2026-04: n = 4, x = 1/4, 2/4, 3/4, 4/4.
	start, full := mo(2026, 1), mo(2026, 4)
	cases := []struct {
		name  string
		shape model.Shape
		want  []float64 // 2025-12 … 2026-05
	}{
		{"linear is x", model.Linear, []float64{0, 0.25, 0.5, 0.75, 1, 1}},
		// x²(3 − 2x): 1/16 × 5/2 = 0.15625; 1/4 × 2 = 0.5; 9/16 × 3/2 = 0.84375; 1 × 1 = 1.
		{"scurve is x squared times 3 minus 2x", model.SCurve, []float64{0, 0.15625, 0.5, 0.84375, 1, 1}},
		{"step is full from the start", model.Step, []float64{0, 1, 1, 1, 1, 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for i, want := range c.want {
				m := mo(2025, 12) + calendar.Month(i)
				assert.Equal(t, want, model.Ramp(c.shape, start, full, m), m.String())
			}
		})
	}
	t.Run("a ramp that starts full is 1 from its start", func(t *testing.T) {
		assert.Equal(t, 0.0, model.Ramp(model.Linear, start, start, start-1))
		assert.Equal(t, 1.0, model.Ramp(model.Linear, start, start, start))
		assert.Equal(t, 1.0, model.Ramp(model.SCurve, start, start, start))
	})
}

func TestSizeFromGigawatts(t *testing.T) {
	cases := []struct {
		name        string
		gw, itKW    float64
		pue         float64
		wantN       float64
		explanation string
	}{
		{"round test figures", 0.00125, 1, 1.25, 1000, "0.00125 × 1e6 / (1 × 1.25) = 1,000"},
		{"gb300 at the default pue", 1.5, 1.875, 1.2, 1.5e6 / 2.25, "1.5 × 1e6 / (1.875 × 1.2) = 666,666.67"},
		{"oracle's 4.5 GW", 4.5, 1.875, 1.2, 2e6, "4.5 × 1e6 / 2.25 = 2,000,000"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := portfolioT()
			p.World.PUE = c.pue
			p.Accelerators[0].ITKW = c.itKW
			d := cloudT()
			d.Size, d.SizeUnit = c.gw, model.GW
			p.Deals = []model.Deal{d}
			dr := evaluate(t, p).Deals[0]
			near(t, c.wantN, dr.Accelerators, c.explanation)
			// And back: G = N × it_kw × pue / 1e6.
			near(t, c.gw, dr.FacilityGW)
		})
	}
}

func TestCloudDealDerivesWhicheverQuantityIsAskedFor(t *testing.T) {
	// cloudT: U = 500 (2027-01, 744 h), 1,000 (2027-02, 672 h), 1,000 (2027-03, 744 h).
	// Σ f·hours = 0.5 × 744 + 672 + 744 = 1,788; AH = 1,000 × 1,788 = 1,788,000.
	// V = 2 × 1,788,000 = 3,576,000.
	const ah, v, p, n = 1_788_000.0, 3_576_000.0, 2.0, 1000.0
	cases := []struct {
		name   string
		derive model.Quantity
		value  float64
		price  float64
		size   float64
	}{
		{"value from price and size", model.Value, 0, p, n},
		{"price from value and size", model.Price, v, 0, n},
		{"size from value and price", model.Size, v, p, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := cloudT()
			d.Derive, d.ValueUSD, d.Price, d.Size = c.derive, c.value, c.price, c.size
			r := evaluate(t, portfolioT(d))
			dr := r.Deals[0]
			near(t, v, dr.ValueUSD)
			near(t, p, dr.PriceUSDPerHour, "P = V / AH")
			near(t, n, dr.Accelerators)
			near(t, ah, dr.AcceleratorHours)
			near(t, v/n, dr.UnitCostUSD, "what the lease pays per accelerator: 3,576")
			near(t, n*2/1.979, dr.H100e, "1,000 × 2 / 1.979")
			near(t, 0.00125, dr.FacilityGW, "1,000 × 1 kW × 1.25 / 1e6")
			// Energy is worked out for cloud deals too, though the price holds it:
			// 1,788,000 h × 0.001 MWh = 1,788 MWh = 0.001788 TWh, costing 89,400 USD.
			near(t, 0.001788, dr.EnergyTWh)
			near(t, 89_400, dr.EnergyCostUSD)
			// Peak FLOP = AH × 2e15 × 3600 = 1.28736e25; useful = × 0.5.
			near(t, 1.28736e25, dr.PeakFLOP)
			near(t, 6.4368e24, dr.UsefulFLOP)
			assert.Equal(t, mo(2027, 1), dr.First)
			assert.Equal(t, mo(2027, 3), dr.Last, "start + term − 1")

			// Payment(m) = P × AH(m): 2 × 500 × 744, 2 × 1,000 × 672, 2 × 1,000 × 744.
			near(t, 744_000, at(r, dr.SpendUSD, mo(2027, 1)))
			near(t, 1_344_000, at(r, dr.SpendUSD, mo(2027, 2)))
			near(t, 1_488_000, at(r, dr.SpendUSD, mo(2027, 3)))
			assert.Equal(t, 0.0, at(r, dr.SpendUSD, mo(2027, 4)), "nothing after the term")
			near(t, 500, at(r, dr.UnitsOnline, mo(2027, 1)))
			near(t, 0.000625, at(r, dr.GWOnline, mo(2027, 1)))
			near(t, 372, at(r, dr.EnergyMWh, mo(2027, 1)), "500 × 744 × 0.001")
		})
	}
}

func TestOwnedDeal(t *testing.T) {
	// ownedT: D = 400 in each of 2027-01, -02, -03; life 1 year = 12 months.
	// Batch of January online 2027-01 … 2027-12: 8,760 h.
	// Batch of February 2027-02 … 2028-01: 8,760 − 744 + 744 = 8,760 h.
	// Batch of March 2027-03 … 2028-02: 8,760 − 744 − 672 + 744 + 696 = 8,784 h (2028 is leap).
	// AH = 400 × (8,760 + 8,760 + 8,784) = 400 × 26,304 = 10,521,600.
	// C = 1,000 + 10 × 1e6 × 1 / 1000 = 11,000; V = 1,200 × 11,000 = 13,200,000.
	// Energy = 10,521,600 × 0.001 = 10,521.6 MWh, costing 526,080 USD.
	// Implied price = (13,200,000 + 526,080) / 10,521,600.
	const ah, c, v, n, energyCost = 10_521_600.0, 11_000.0, 13_200_000.0, 1200.0, 526_080.0
	cases := []struct {
		name   string
		edit   func(*model.Deal)
		wantC  float64
		wantV  float64
		wantN  float64
		wantAH float64
	}{
		{"value from the default unit cost", func(*model.Deal) {}, c, v, n, ah},
		{"value from a unit cost of your own", func(d *model.Deal) { d.PriceAuto, d.Price = false, 5000 }, 5000, 6e6, n, ah},
		{"unit cost from value and size", func(d *model.Deal) { d.Derive, d.ValueUSD = model.Price, v }, c, v, n, ah},
		{"size from value and the default unit cost", func(d *model.Deal) { d.Derive, d.ValueUSD, d.Size = model.Size, v, 0 }, c, v, n, ah},
		// 0.0015 GW × 1e6 / 1.25 = 1,200 accelerators.
		{"size given in gigawatts", func(d *model.Deal) { d.Size, d.SizeUnit = 0.0015, model.GW }, c, v, n, ah},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := ownedT()
			tc.edit(&d)
			r := evaluate(t, portfolioT(d))
			dr := r.Deals[0]
			near(t, tc.wantC, dr.UnitCostUSD)
			near(t, tc.wantV, dr.ValueUSD)
			near(t, tc.wantN, dr.Accelerators)
			near(t, tc.wantAH, dr.AcceleratorHours)
			near(t, energyCost, dr.EnergyCostUSD)
			near(t, (tc.wantV+energyCost)/tc.wantAH, dr.PriceUSDPerHour, "(V + energy cost) / AH")
			assert.Equal(t, mo(2028, 2), dr.Last, "the last batch serves until full + 12·life − 1")
		})
	}

	t.Run("units online and spend month by month", func(t *testing.T) {
		r := evaluate(t, portfolioT(ownedT()))
		dr := r.Deals[0]
		units := map[calendar.Month]float64{
			mo(2026, 12): 0, mo(2027, 1): 400, mo(2027, 2): 800, mo(2027, 3): 1200, mo(2027, 12): 1200,
			mo(2028, 1): 800, mo(2028, 2): 400, mo(2028, 3): 0,
		}
		for m, want := range units {
			if m < r.From {
				continue
			}
			near(t, want, at(r, dr.UnitsOnline, m), m.String())
			near(t, want*1.25e-6, at(r, dr.GWOnline, m), m.String())
		}
		// Spend = C × D + energy cost: 400 × 11,000 + 400 × 744 × 0.05, and so on.
		spend := map[calendar.Month]float64{
			mo(2027, 1): 4_400_000 + 14_880, // 400 × 744 × 0.05
			mo(2027, 2): 4_400_000 + 26_880, // 800 × 672 × 0.05
			mo(2027, 3): 4_400_000 + 44_640, // 1,200 × 744 × 0.05
			mo(2027, 4): 43_200,             // 1,200 × 720 × 0.05
			mo(2028, 1): 29_760,             // 800 × 744 × 0.05
			mo(2028, 2): 13_920,             // 400 × 696 × 0.05
			mo(2028, 3): 0,
		}
		for m, want := range spend {
			near(t, want, at(r, dr.SpendUSD, m), m.String())
		}
	})
}

func TestFractionalLifeServesItsLastMonthInPart(t *testing.T) {
	// life 0.125 years = 1.5 months: a batch serves one whole month and half
	// of the next. Step ramp, 100 delivered in 2027-01:
	// AH = 100 × 744 + 0.5 × 100 × 672 = 74,400 + 33,600 = 108,000.
	d := ownedT()
	d.Shape, d.Size, d.Full = model.Step, 100, d.Start
	p := portfolioT(d)
	p.World.LifeYears = 0.125
	r := evaluate(t, p)
	dr := r.Deals[0]
	near(t, 108_000, dr.AcceleratorHours)
	near(t, 100, at(r, dr.UnitsOnline, mo(2027, 1)))
	near(t, 50, at(r, dr.UnitsOnline, mo(2027, 2)))
	assert.Equal(t, 0.0, at(r, dr.UnitsOnline, mo(2027, 3)))
	assert.Equal(t, mo(2027, 2), dr.Last)
}

func TestPresentValueDiscountsEachMonth(t *testing.T) {
	g := func(months float64) float64 { return math.Pow(1.08, months/12) }
	cloud := []float64{744_000, 1_344_000, 1_488_000} // cloudT's payments, 2027-01 … 03
	owned := []float64{                               // ownedT's spend 2027-01 … 2028-02 (TestOwnedDeal)
		4_414_880, 4_426_880, 4_444_640, 43_200, 44_640, 43_200, 44_640, 44_640, 43_200, 44_640, 43_200, 44_640,
		29_760, 13_920,
	}
	pv := func(spend []float64, first float64) float64 {
		s := 0.0
		for k, x := range spend {
			s += x / g(first+float64(k))
		}
		return s
	}
	cases := []struct {
		name      string
		deal      model.Deal
		valuation calendar.Month
		want      float64
	}{
		// 744,000 + 1,344,000 / 1.08^(1/12) + 1,488,000 / 1.08^(2/12)
		{"cloud valued at its start", cloudT(), mo(2027, 1), pv(cloud, 0)},
		// 744,000 × 1.08^(2/12) + 1,344,000 × 1.08^(1/12) + 1,488,000
		{"cloud valued after its start: earlier spend grows", cloudT(), mo(2027, 3), pv(cloud, -2)},
		{"cloud valued a year before its start", cloudT(), mo(2026, 1), pv(cloud, 12)},
		{"owned: deliveries and energy", ownedT(), mo(2027, 1), pv(owned, 0)},
		{"owned valued at the AWS signing", ownedT(), mo(2025, 11), pv(owned, 14)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := portfolioT(c.deal)
			p.World.DiscountRate = 0.08
			p.World.ValuationMonth = c.valuation
			r := evaluate(t, p)
			near(t, c.want, r.Deals[0].PVUSD)
			near(t, c.want, r.Totals.PVUSD)
		})
	}
	t.Run("no discounting sums the spend", func(t *testing.T) {
		r := evaluate(t, portfolioT(ownedT()))
		near(t, 13_200_000+526_080, r.Deals[0].PVUSD)
	})
}

func TestCheckRefusesWhatCannotBeEvaluated(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*model.Portfolio)
		field string
	}{
		{"NaN pue", func(p *model.Portfolio) { p.World.PUE = math.NaN() }, "pue"},
		{"pue below 1", func(p *model.Portfolio) { p.World.PUE = 0.9 }, "pue"},
		{"infinite power price", func(p *model.Portfolio) { p.World.PowerUSDPerMWh = math.Inf(1) }, "power_price"},
		{"no life", func(p *model.Portfolio) { p.World.LifeYears = 0 }, "life"},
		{"discount rate of -100 %", func(p *model.Portfolio) { p.World.DiscountRate = -1 }, "discount_rate"},
		{"horizon backwards", func(p *model.Portfolio) { p.World.To = p.World.From - 1 }, "to"},
		{"growth decay above 1", func(p *model.Portfolio) { p.Revenue.GrowthDecay = 1.5 }, "growth_decay"},
		{"zero it_kw", func(p *model.Portfolio) { p.Accelerators[0].ITKW = 0 }, "it_kw"},
		{"unknown accelerator", func(p *model.Portfolio) { p.Deals[0].Accel = "nope" }, "accel"},
		{"full before start", func(p *model.Portfolio) { p.Deals[0].Full = p.Deals[0].Start - 1 }, "full"},
		{"term of zero", func(p *model.Portfolio) { p.Deals[0].TermMonths = 0 }, "term"},
		{"negative size", func(p *model.Portfolio) { p.Deals[0].Size = -1 }, "n"},
		{"NaN price", func(p *model.Portfolio) { p.Deals[0].Price = math.NaN() }, "price"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := portfolioT(cloudT())
			c.edit(p)
			_, err := model.Evaluate(p)
			require.ErrorIs(t, err, model.ErrInvalid)
			var fe *model.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, c.field, fe.Field)
		})
	}
	t.Run("the derived quantity is not checked", func(t *testing.T) {
		d := cloudT()
		d.Derive, d.ValueUSD, d.Size = model.Size, 3_576_000, math.NaN()
		_, err := model.Evaluate(portfolioT(d))
		assert.NoError(t, err)
	})
}
