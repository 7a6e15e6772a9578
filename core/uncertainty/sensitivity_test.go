package uncertainty

import (
	"math"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
)

// outputAt evaluates s with the input key set to v, by the scenario's own
// means, independently of the package's evaluator.
func outputAt(t *testing.T, s *scenario.Scenario, key string, v float64, path string) float64 {
	t.Helper()
	c := s.Clone()
	in, err := c.Input(key)
	require.NoError(t, err)
	c.SetNum(in, v)
	return output(t, c, path)
}

func output(t *testing.T, s *scenario.Scenario, path string) float64 {
	t.Helper()
	r, err := s.Evaluate()
	require.NoError(t, err)
	v, ok := outputs.NewLayout(s).Value(r, path)
	require.True(t, ok, path)
	return v
}

func TestTornadoIsSortedBySwingWithTheBaseValues(t *testing.T) {
	s := defaultScenario(t)
	for _, path := range []string{"portfolio.value_usd", "portfolio.peak_cumulative_gap_usd", "deals.aws.price_usd_per_hour", "years.2030.spend_usd"} {
		t.Run(path, func(t *testing.T) {
			tor, err := NewTornado(s, path)
			require.NoError(t, err)
			assert.Equal(t, output(t, s, path), tor.Base)
			inputs, err := RangedInputs(s)
			require.NoError(t, err)
			require.Len(t, tor.Bars, len(inputs))
			for i, b := range tor.Bars {
				if i > 0 {
					assert.GreaterOrEqual(t, tor.Bars[i-1].Swing, b.Swing, "bars are sorted by swing")
				}
				assert.Empty(t, b.Problem)
				assert.Equal(t, math.Abs(b.AtHigh-b.AtLow), b.Swing)
			}
			// Spot-check the largest bars against independent evaluations.
			for _, b := range tor.Bars[:3] {
				assert.Equal(t, outputAt(t, s, b.Key, b.Low, path), b.AtLow, b.Key)
				assert.Equal(t, outputAt(t, s, b.Key, b.High, path), b.AtHigh, b.Key)
			}
		})
	}
}

func TestTornadoOfTheValueStartsWithTheBuildingCost(t *testing.T) {
	tor, err := NewTornado(defaultScenario(t), "portfolio.value_usd")
	require.NoError(t, err)
	assert.Equal(t, "facility_capex", tor.Bars[0].Key, "the owned deals' value is mostly buildings")
	assert.Equal(t, "Portfolio value", tor.Label)
	last := tor.Bars[len(tor.Bars)-1]
	assert.Zero(t, last.Swing, "the revenue path does not move the value")
}

func TestTornadoOfAnUnknownPathIsAnError(t *testing.T) {
	_, err := NewTornado(defaultScenario(t), "portfolio.valu")
	assert.ErrorIs(t, err, ErrUnknownPath)
}

func TestSeekRoundTrips(t *testing.T) {
	s := oldDefault(t) // the targets are set about 2026-11's figures
	for _, tc := range []struct {
		name, key, path string
		target          float64
	}{
		{"the AWS size for a price of 3 USD per hour", "d.aws.n", "deals.aws.price_usd_per_hour", 3},
		{"the AWS size for a price of 2 USD per hour", "d.aws.n", "deals.aws.price_usd_per_hour", 2},
		{"the PUE for a 1.5 T USD portfolio", "pue", "portfolio.value_usd", 1.5e12},
		{"the building cost for a 1.7 T USD portfolio", "facility_capex", "portfolio.value_usd", 1.7e12},
		{"the growth for a 2030 revenue of 150 B USD", "growth", "years.2030.revenue_usd", 150e9},
		{"the Azure price for 2.5 M accelerators", "d.azure.price", "deals.azure.accelerators", 2.5e6},
		{"the Oracle value for a price of 3 USD per hour, without a range", "d.oracle.value", "deals.oracle.price_usd_per_hour", 3},
		{"the discount rate for a present value of 1.2 T USD", "discount_rate", "portfolio.pv_usd", 1.2e12},
		{"the growth at which the gap closes by 2035", "growth", "years.2035.cumulative_gap_usd", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sol, err := Seek(s, tc.key, tc.path, tc.target)
			require.NoError(t, err)
			require.True(t, sol.Found, "%+v", sol)
			assert.GreaterOrEqual(t, sol.Value, sol.Low)
			assert.LessOrEqual(t, sol.Value, sol.High)
			got := outputAt(t, s, tc.key, sol.Value, tc.path)
			assert.Equal(t, sol.Output, got, "the solution's output is what the model gives there")
			scale := math.Abs(tc.target)
			if scale == 0 {
				scale = math.Abs(sol.BaseOutput)
			}
			assert.InDelta(t, tc.target, got, 1e-9*scale)
		})
	}
}

func TestSeekSearchesTheRangeOrElseTheFieldBounds(t *testing.T) {
	s := defaultScenario(t)
	sol, err := Seek(s, "d.aws.n", "deals.aws.price_usd_per_hour", 3)
	require.NoError(t, err)
	assert.True(t, sol.InRange)
	assert.Equal(t, 200000.0, sol.Low)
	assert.Equal(t, 500000.0, sol.High)

	sol, err = Seek(s, "d.oracle.value", "deals.oracle.price_usd_per_hour", 3)
	require.NoError(t, err)
	assert.False(t, sol.InRange)
	assert.Equal(t, 1e6, sol.Low)
	assert.Equal(t, 1e14, sol.High)
}

func TestSeekSaysWhenNoValueReachesTheTarget(t *testing.T) {
	s := defaultScenario(t)
	for _, tc := range []struct {
		name, key, path string
		target          float64
		closest         float64
	}{
		{"a price too low for any AWS size in range", "d.aws.n", "deals.aws.price_usd_per_hour", 1, 500000},
		{"a price too high for any AWS size in range", "d.aws.n", "deals.aws.price_usd_per_hour", 10, 200000},
		{"a value the PUE cannot reach", "pue", "portfolio.value_usd", 3e12, 1.1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sol, err := Seek(s, tc.key, tc.path, tc.target)
			require.NoError(t, err)
			assert.False(t, sol.Found)
			assert.Equal(t, tc.closest, sol.Closest)
			assert.Equal(t, outputAt(t, s, tc.key, tc.closest, tc.path), sol.ClosestOutput)
		})
	}
}

func TestSeekOnAWholeNumberInput(t *testing.T) {
	s := defaultScenario(t)
	want := outputAt(t, s, "d.azure.term", 96, "deals.azure.accelerators")
	sol, err := Seek(s, "d.azure.term", "deals.azure.accelerators", want)
	require.NoError(t, err)
	require.True(t, sol.Found)
	assert.Equal(t, 96.0, sol.Value)
	assert.True(t, sol.Whole)

	between := (want + outputAt(t, s, "d.azure.term", 97, "deals.azure.accelerators")) / 2
	sol, err = Seek(s, "d.azure.term", "deals.azure.accelerators", between)
	require.NoError(t, err)
	assert.False(t, sol.Found, "a term is whole months: no term gives a size between two terms' sizes")
}

func TestSeekRefusesRequestsThatMakeNoSense(t *testing.T) {
	s := defaultScenario(t)
	for _, tc := range []struct {
		name, key, path string
		target          float64
		want            error
	}{
		{"an unknown input", "d.nobody.n", "portfolio.value_usd", 1, nil},
		{"a derived input", "d.aws.price", "portfolio.value_usd", 1, ErrNotNumeric},
		{"a month", "d.aws.start", "portfolio.value_usd", 1, ErrNotNumeric},
		{"the seed", "seed", "portfolio.value_usd", 1, ErrNotNumeric},
		{"an unknown output", "pue", "portfolio.worth", 1, ErrUnknownPath},
		{"a target that is not a number", "pue", "portfolio.value_usd", math.NaN(), ErrTarget},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Seek(s, tc.key, tc.path, tc.target)
			require.Error(t, err)
			if tc.want != nil {
				assert.ErrorIs(t, err, tc.want)
			}
		})
	}
}

func TestBreakEvenThresholdsHoldWhenEvaluated(t *testing.T) {
	s := defaultScenario(t)
	ths, err := Thresholds(s)
	require.NoError(t, err)
	kinds := map[ThresholdKind]int{}
	for _, th := range ths {
		kinds[th.Kind]++
		t.Run(th.Kind.String()+" "+th.Deal, func(t *testing.T) {
			require.True(t, th.Found)
			c := s.Clone()
			switch th.Kind {
			case MarketSize:
				in, err := c.Input(th.Key)
				require.NoError(t, err)
				c.SetNum(in, th.Value)
				assert.InDelta(t, th.Target, output(t, c, th.Path), 1e-9*th.Target)
				assert.InDelta(t, th.Accelerators, output(t, c, "deals."+th.Deal+".accelerators"), 1e-6*th.Accelerators)
			case MarketValue:
				// At the market price, with the value the threshold names,
				// the deal keeps its size.
				i := c.DealIndex(th.Deal)
				d := &c.Portfolio.Deals[i]
				d.Price = th.Target
				if d.Derive != model.Value {
					d.ValueUSD = th.Value
				}
				assert.InDelta(t, th.Target, output(t, c, th.Path), 1e-9*th.Target)
				assert.InDelta(t, th.Value, output(t, c, "deals."+th.Deal+".value_usd"), 1e-9*th.Value)
				assert.InDelta(t, th.Accelerators, output(t, c, "deals."+th.Deal+".accelerators"), 1e-9*th.Accelerators)
			case PaybackGrowth:
				assert.Equal(t, "growth", th.Key)
				gap := outputAt(t, s, "growth", th.Value, th.Path)
				scale := math.Abs(output(t, s, th.Path))
				assert.InDelta(t, 0, gap, 1e-9*scale)
				assert.True(t, payback(t, s, th.Value*(1+1e-6)), "payback just above the threshold")
				assert.False(t, payback(t, s, th.Value*(1-1e-6)), "none just below it")
			}
		})
	}
	assert.Equal(t, 1, kinds[PaybackGrowth])
	assert.Positive(t, kinds[MarketSize], "AWS derives its price")
	assert.Positive(t, kinds[MarketValue], "Azure gives its price")
}

func payback(t *testing.T, s *scenario.Scenario, growth float64) bool {
	c := s.Clone()
	c.Portfolio.Revenue.Growth = growth
	r, err := c.Evaluate()
	require.NoError(t, err)
	return r.Totals.HasPayback
}

func TestNoGrowthBringsPaybackWithoutRevenue(t *testing.T) {
	cat := library.Default()
	v := cat.Latest()
	p, ok := v.Preset("microsoft-neoclouds")
	require.True(t, ok)
	ths, err := Thresholds(scenario.New(cat, v, p))
	require.NoError(t, err)
	last := ths[len(ths)-1]
	require.Equal(t, PaybackGrowth, last.Kind)
	assert.False(t, last.Found, "Microsoft has no revenue path set")
	assert.True(t, math.IsNaN(last.Value))
	assert.False(t, last.NoGap, "a gap opens, and no growth in the range closes it")
}

func TestThresholdsCoverEveryCloudDealWithAMarketPrice(t *testing.T) {
	for name, s := range map[string]*scenario.Scenario{"default view": defaultScenario(t), "2026-11": oldDefault(t)} {
		t.Run(name, func(t *testing.T) {
			ths, err := Thresholds(s)
			require.NoError(t, err)
			want, first := 0, ""
			for _, d := range s.Portfolio.Deals {
				if a, ok := s.Vintage.Accelerator(d.Accel); ok && d.Kind == model.Cloud && a.MarketUSDPerHour > 0 {
					if want == 0 {
						first = "deals." + d.ID + ".price_usd_per_hour"
					}
					want++
				}
			}
			if s.Vintage.ID == "2026-11" {
				require.Equal(t, "deals.aws.price_usd_per_hour", first)
			}
			assert.Len(t, ths, want+1)
			assert.Equal(t, first, ths[0].Path)
			assert.Equal(t, strconv.Itoa(s.Portfolio.World.To.Year()), ths[len(ths)-1].Path[6:10])
		})
	}
}
