package scenario_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

// wide is a horizon that holds every library deal's whole life, so that
// sums of series equal whole-life totals.
const wide = "&from=2000-01&to=2049-12"

func near(t *testing.T, want, got float64, msgAndArgs ...any) {
	t.Helper()
	if want == 0 {
		assert.InDelta(t, 0, got, 1e-9, msgAndArgs...)
		return
	}
	assert.InEpsilon(t, want, got, 1e-9, msgAndArgs...)
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

func evaluate(t *testing.T, s *scenario.Scenario) *model.Result {
	t.Helper()
	r, err := s.Evaluate()
	require.NoError(t, err)
	return r
}

// sameTotals asserts that two results of one deal agree on every
// whole-life total.
func sameTotals(t *testing.T, want, got model.DealResult, msg string) {
	t.Helper()
	for _, c := range []struct {
		name string
		a, b float64
	}{
		{"value", want.ValueUSD, got.ValueUSD},
		{"price", want.PriceUSDPerHour, got.PriceUSDPerHour},
		{"unit cost", want.UnitCostUSD, got.UnitCostUSD},
		{"accelerators", want.Accelerators, got.Accelerators},
		{"facility GW", want.FacilityGW, got.FacilityGW},
		{"accelerator-hours", want.AcceleratorHours, got.AcceleratorHours},
		{"energy", want.EnergyTWh, got.EnergyTWh},
		{"peak FLOP", want.PeakFLOP, got.PeakFLOP},
		{"useful FLOP", want.UsefulFLOP, got.UsefulFLOP},
		{"present value", want.PVUSD, got.PVUSD},
	} {
		near(t, c.a, c.b, "%s: %s", msg, c.name)
	}
}

var quantities = []model.Quantity{model.Value, model.Price, model.Size}

func TestCloudPaymentsAddUpToTheValueWhateverIsDerived(t *testing.T) {
	base := decodeClean(t, head+wide)
	for i, d := range base.Portfolio.Deals {
		if d.Kind != model.Cloud {
			continue
		}
		for _, q := range quantities {
			t.Run(d.ID+" deriving "+q.String(), func(t *testing.T) {
				s := base.Clone()
				require.NoError(t, s.SetDerive(i, q))
				dr := evaluate(t, s).Deals[i]
				near(t, dr.ValueUSD, sum(dr.SpendUSD), "Σ payments = V")
			})
		}
	}
}

func TestSwitchingTheDerivedQuantityChangesNoTotal(t *testing.T) {
	base := decodeClean(t, head)
	want := evaluate(t, base)
	for i, d := range base.Portfolio.Deals {
		for _, q := range quantities {
			if q == d.Derive {
				continue
			}
			t.Run(d.ID+" via "+q.String(), func(t *testing.T) {
				s := base.Clone()
				require.NoError(t, s.SetDerive(i, q))
				sameTotals(t, want.Deals[i], evaluate(t, s).Deals[i], "switched")
				require.NoError(t, s.SetDerive(i, d.Derive))
				sameTotals(t, want.Deals[i], evaluate(t, s).Deals[i], "switched back")
				// The link of the switched-back scenario must evaluate alike too.
				again := decodeClean(t, s.Link())
				sameTotals(t, want.Deals[i], evaluate(t, again).Deals[i], "through the link")
			})
		}
	}
}

func TestSwitchingTheSizeUnitChangesNoTotal(t *testing.T) {
	base := decodeClean(t, head)
	want := evaluate(t, base)
	for i, d := range base.Portfolio.Deals {
		other := model.GW
		if d.SizeUnit == model.GW {
			other = model.Accelerators
		}
		t.Run(d.ID, func(t *testing.T) {
			s := base.Clone()
			require.NoError(t, s.SetSizeUnit(i, other))
			assert.Equal(t, other, s.Portfolio.Deals[i].SizeUnit)
			sameTotals(t, want.Deals[i], evaluate(t, s).Deals[i], "switched")
			require.NoError(t, s.SetSizeUnit(i, d.SizeUnit))
			sameTotals(t, want.Deals[i], evaluate(t, s).Deals[i], "switched back")
		})
	}
}

func TestOwnedDeliveriesAddUpToTheSize(t *testing.T) {
	// Spend = C × D + energy cost, so Σ (spend − energy cost) / C = Σ D, which
	// must be N whatever the ramp and the life.
	for _, shape := range []string{"linear", "scurve", "step"} {
		for _, life := range []string{"3", "5", "7", "2.5"} {
			t.Run(shape+" life "+life, func(t *testing.T) {
				link := head + wide + "&life=" + life
				for _, id := range []string{"nvidia", "amd", "broadcom"} {
					link += "&d." + id + ".shape=" + shape
				}
				s := decodeClean(t, link)
				r := evaluate(t, s)
				for i, d := range s.Portfolio.Deals {
					if d.Kind != model.Owned {
						continue
					}
					dr := r.Deals[i]
					delivered := 0.0
					for j := range dr.SpendUSD {
						delivered += (dr.SpendUSD[j] - dr.EnergyMWh[j]*s.Portfolio.World.PowerUSDPerMWh) / dr.UnitCostUSD
					}
					near(t, dr.Accelerators, delivered, d.ID)
				}
			})
		}
	}
}

func TestStepRampGivesSizeTimesTheHoursOfTheTerm(t *testing.T) {
	t.Run("by hand", func(t *testing.T) {
		// AWS from 2025-11 for 12 months: 720 + 744 + 744 + 672 + 744 + 720
		// + 744 + 720 + 744 + 744 + 720 + 744 = 8,760 hours; × 300,000.
		s := decodeClean(t, head+"&d.aws.term=12&d.aws.shape=step")
		near(t, 300_000*8760.0, evaluate(t, s).Deals[s.DealIndex("aws")].AcceleratorHours)
	})
	for _, term := range []string{"1", "2", "14", "84", "600"} {
		t.Run("term "+term, func(t *testing.T) {
			s := decodeClean(t, head+"&d.aws.term="+term+"&d.aws.shape=step")
			i := s.DealIndex("aws")
			d := s.Portfolio.Deals[i]
			hours := 0.0
			for m := d.Start; m < d.Start+calendar.Month(d.TermMonths); m++ {
				hours += m.Hours()
			}
			near(t, 300_000*hours, evaluate(t, s).Deals[i].AcceleratorHours)
		})
	}
}

func TestEditingADecodedScenarioLeavesItsBaseAlone(t *testing.T) {
	s := decodeClean(t, head+"&pue=1.3")
	require.NoError(t, s.Set("pue", "1.4"))
	require.NoError(t, s.Set("d.aws.n", "450k"))
	assert.Equal(t, 1.2, s.Base().Portfolio.World.PUE)
	assert.Equal(t, head+"&pue=1.4&d.aws.n=450k", s.Link())
	fresh := scenario.Default(library.Default())
	assert.Equal(t, newHead, fresh.Link(), "the default view is the newest vintage's")
}
