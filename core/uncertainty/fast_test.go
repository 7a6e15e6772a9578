package uncertainty

import (
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
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
	owned := edit(defaultScenario(t), true, "finance", "cash", "sustain", "1", "d.my-1.shape", "step", "d.openai-fleet-2025.sustain", "1")
	for _, e := range [...]struct{ id, derive string }{{"amd", "price"}, {"broadcom", "size"}} {
		// A value to start from, as the page gives the derived figure.
		owned.Portfolio.Deals[owned.DealIndex(e.id)].ValueUSD = 40e9
		require.NoError(t, owned.Set("d."+e.id+".derive", e.derive))
		require.NoError(t, owned.SetRange("d."+e.id+".value", scenario.Range{Low: 25e9, High: 60e9}, true))
	}
	out["2026-12 own deals, cash, sustain, owned deals that size and price themselves"] = owned
	// Every version-2 input the engine reads, with a range: renewals'
	// cost trend, the lease rate, per-GW revenue and its trend, the
	// revenue share with its cap, other costs, opening cash, funding
	// events (the library's contingent one switched on, and one of the
	// user's own), a deal held by its own switch while the world's is off.
	v2 := edit(defaultScenario(t), true, "sustain", "0", "d.amd.sustain", "1", "d.aws.sustain", "1", "revenue", "per_gw",
		"f.amazon-contingent.on", "1", "d.my-2.sustain", "1")
	id, err := v2.AddFunding()
	require.NoError(t, err)
	require.NoError(t, v2.Set("f."+id+".usd", "20B"))
	require.NoError(t, v2.Set("f."+id+".month", "2027-09"))
	for key, r := range map[string]scenario.Range{
		"sustain_trend": {Low: -0.12, High: 0.04}, "finance_rate": {Low: 0.05, High: 0.16},
		"rev_per_gw": {Low: 6e9, High: 15e9}, "rev_per_gw_trend": {Low: -0.1, High: 0.2},
		"rev_share_cap": {Low: 2e10, High: 6e10}, "opex_share": {Low: 0.5, High: 1.2},
		"cash": {Low: 1e10, High: 6e10}, "f." + id + ".usd": {Low: 5e9, High: 4e10},
	} {
		in, err := v2.Input(key)
		require.NoError(t, err, key)
		if v := v2.Num(in); v < r.Low || v > r.High {
			require.NoError(t, v2.Set(key, strconv.FormatFloat((r.Low+r.High)/2, 'g', -1, 64)), key)
		}
		require.NoError(t, v2.SetRange(key, r, true), key)
	}
	out["2026-12 v2 inputs ranged: trend, lease rate, per GW, share cap, costs, cash, funding of one's own"] = v2
	return out
}

// bitForBit reports whether the fast path gives output path of m exactly
// Evaluate's figure: every output of a run that works the deals that are
// on through onDeals, on a platform that fuses no multiply-adds (so the
// same operations give the same bits), but those it sums in another
// order: present values, the accelerator-hours of an owned deal's
// fractional life and what follows from them (price per hour, energy,
// FLOP), the yearly energy, FLOP and renewal spend of cloud deals.
func bitForBit(m *MonteCarlo, path string) bool {
	if m.evs[0].onFast == nil || m.evs[0].lin != nil || runtime.GOARCH != "amd64" && runtime.GOARCH != "wasm" {
		return false
	}
	for _, suffix := range []string{".pv_usd", ".energy_twh", ".useful_flop", ".sustain_spend_usd",
		".accelerator_hours", ".price_usd_per_hour", ".energy_cost_usd", ".peak_flop"} {
		if strings.HasSuffix(path, suffix) {
			return false
		}
	}
	return true
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
	linear, onFast := 0, 0
	for name, s := range fastScenarios(t) {
		full, err := NewMonteCarlo(s)
		require.NoError(t, err, name)
		layout := full.Layout()
		// A selection of the portfolio's and a deal's that is on: the
		// deals that are off are skipped, those on go through onDeals.
		on := ""
		for _, d := range s.Portfolio.Deals {
			if d.On {
				on = d.ID
			}
		}
		sel := []string{"portfolio.peak_facility_gw", "portfolio.peak_cumulative_gap_usd", "portfolio.pv_usd",
			"deals." + on + ".value_usd", "deals." + on + ".pv_usd", "years.2031.gw_per_week", "years.2029.cash_usd"}
		for _, paths := range [][]string{nil, peerPaths(), append(peerPaths(), "portfolio.pv_usd", "years.2030.revenue_usd"), sel} {
			m, err := NewMonteCarloOf(s, paths)
			require.NoError(t, err, name)
			if m.evs[0].lin != nil {
				linear++
			}
			if m.evs[0].onFast != nil {
				onFast++
			}
			// As Run: samples go unchecked when none can be invalid.
			m.valid, m.known = alwaysValid(&m.evs[0].base, m.inputs), true
			row := make([]float64, m.width)
			checked := 0
			for i := range n {
				i := i * 7 // spread over the sample indices
				errFast := m.sample(m.evs[0], i, row[:0])
				p := s.Portfolio
				p.Deals, p.Accelerators = slices.Clone(p.Deals), slices.Clone(p.Accelerators)
				p.Cash.Funding = slices.Clone(p.Cash.Funding)
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
					if bitForBit(m, path) {
						require.True(t, math.Float64bits(want) == math.Float64bits(got) || math.IsNaN(want) && math.IsNaN(got),
							"%s sample %d %s: want %v, got %v, bit for bit", name, i, path, want, got)
						continue
					}
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
	require.GreaterOrEqual(t, onFast, 2*len(fastScenarios(t)), "onDeals ran for every view, whole and selected")
}

// TestSamplingLeavesTheScenarioAlone runs the views of the fast engine's
// test and checks that their scenarios' portfolios, funding events
// included (whose amounts a sample sets), are as before.
func TestSamplingLeavesTheScenarioAlone(t *testing.T) {
	for name, s := range fastScenarios(t) {
		before := s.Clone()
		m, err := NewMonteCarlo(s)
		require.NoError(t, err, name)
		m.Run(50)
		require.Equal(t, before.Portfolio, s.Portfolio, name)
	}
}
