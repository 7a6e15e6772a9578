package uncertainty

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

// fastScenarios are views of both model versions with every kind of
// deal: 2026-11's and 2026-12's defaults, and each with every deal on,
// deals of the user's own (cloud and owned, with ranges), a life whose
// samples are not whole years, the horizon moved; 2026-12's with
// renewals, leases, cash from before the horizon and per-GW revenue.
func fastScenarios(t *testing.T) map[string]*scenario.Scenario {
	t.Helper()
	out := map[string]*scenario.Scenario{"2026-11": oldDefault(t), "2026-12": defaultScenario(t)}
	edit := func(s *scenario.Scenario, owned bool, kv ...string) *scenario.Scenario {
		s = s.Clone()
		for i := range s.Portfolio.Deals {
			require.NoError(t, s.Set("d."+s.Portfolio.Deals[i].ID+".on", "1"))
		}
		for _, kind := range []string{"cloud", "owned"} {
			if kind == "owned" && !owned {
				continue
			}
			id, err := s.AddDeal()
			require.NoError(t, err)
			k := "d." + id + "."
			require.NoError(t, s.Set(k+"kind", kind))
			require.NoError(t, s.Set(k+"full", "2029-02"))
			require.NoError(t, s.Set(k+"start", "2027-03"))
			require.NoError(t, s.Set(k+"shape", "scurve"))
			require.NoError(t, s.Set(k+"n", "200k"))
			require.NoError(t, s.SetRange(k+"n", scenario.Range{Low: 100e3, High: 400e3}, true))
			if kind == "cloud" {
				require.NoError(t, s.SetRange(k+"price", scenario.Range{Low: 1.5, High: 4}, true))
				require.NoError(t, s.SetRange(k+"term", scenario.Range{Low: 36, High: 96}, true))
			}
		}
		require.NoError(t, s.SetRange("life", scenario.Range{Low: 3.1, High: 6.9}, true))
		for i := 0; i < len(kv); i += 2 {
			require.NoError(t, s.Set(kv[i], kv[i+1]), kv[i])
		}
		return s
	}
	out["2026-11 all on, own deals, horizon 2024-07…2037-06"] = edit(oldDefault(t), true, "from", "2024-07", "to", "2037-06")
	out["2026-11 own cloud deal, horizon 2025-01…2035-12"] = edit(oldDefault(t), false)
	out["2026-12 all on, own deals, sustain, lease, cash from 2024-06, per GW"] = edit(defaultScenario(t), true,
		"from", "2025-03", "to", "2036-09", "sustain", "1", "d.my-2.sustain", "1", "finance", "lease",
		"cash_month", "2024-06", "revenue", "per_gw")
	out["2026-12 own deals, cash"] = edit(defaultScenario(t), true, "finance", "cash", "sustain", "0")
	return out
}

// TestFastEngineMatchesFullEvaluation holds every output of the Monte
// Carlo's sampling (the deals that are off evaluated apart, no reset
// between samples, the selections that skip the deals that are off and
// their inputs, the linear path of the peer's outputs) to model.Evaluate
// of the same drawn inputs, to 1e-9 relative, over thousands of samples.
func TestFastEngineMatchesFullEvaluation(t *testing.T) {
	n := 600
	if testing.Short() {
		n = 150
	}
	linear := 0
	for name, s := range fastScenarios(t) {
		full, err := NewMonteCarlo(s)
		require.NoError(t, err, name)
		layout := full.Layout()
		for _, paths := range [][]string{nil, peerPaths(), append(peerPaths(), "portfolio.pv_usd", "years.2030.revenue_usd")} {
			m, err := NewMonteCarloOf(s, paths)
			require.NoError(t, err, name)
			if m.evs[0].lin != nil {
				linear++
			}
			row := make([]float64, m.width)
			checked := 0
			for i := range n {
				i := i * 7 // spread over the sample indices
				errFast := m.sample(m.evs[0], i, row[:0])
				p := s.Portfolio
				p.Deals, p.Accelerators = slices.Clone(p.Deals), slices.Clone(p.Accelerators)
				z := full.draws(full.evs[0], i)
				for j := range full.inputs {
					full.inputs[j].set(&p, full.inputs[j].Dist.At(z[j]))
				}
				r, errFull := model.Evaluate(&p)
				if errFull != nil {
					require.Error(t, errFast, "%s sample %d: Evaluate refuses it: %v", name, i, errFull)
					continue
				}
				require.NoError(t, errFast, "%s sample %d", name, i)
				all := layout.Values(r, nil)
				for k, path := range m.Layout().Paths {
					want, got := all[layout.Index(path)], row[k]
					if math.IsNaN(want) || math.IsInf(want, 0) || want == got {
						require.True(t, want == got || math.IsNaN(want) && math.IsNaN(got), "%s sample %d %s: want %v, got %v", name, i, path, want, got)
						continue
					}
					require.LessOrEqual(t, math.Abs(got-want), 1e-9*math.Max(math.Abs(want), math.Abs(got)),
						"%s sample %d %s: want %v, got %v", name, i, path, want, got)
				}
				checked++
			}
			require.Positive(t, checked, name)
		}
	}
	require.GreaterOrEqual(t, linear, 3, "the linear path ran for the views that allow it")
}
