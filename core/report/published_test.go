package report

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
)

// publishedOf evaluates a preset of vintage 2026-12 and returns its
// published figures by ID, each with the value held in the vintage.
func publishedOf(t *testing.T, preset string) map[string]PublishedFigure {
	t.Helper()
	cat := library.Default()
	v, ok := cat.Vintage("2026-12")
	require.True(t, ok)
	p, ok := v.Preset(preset)
	require.True(t, ok, preset)
	s := scenario.New(cat, v, p)
	r, err := s.Evaluate()
	require.NoError(t, err)
	out := map[string]PublishedFigure{}
	for _, f := range Published(s, r) {
		out[f.ID] = f
	}
	return out
}

// assertWithin holds the scenario's figure to within tol (relative) of the
// published one, both read from the vintage by the figure's ID.
func assertWithin(t *testing.T, figs map[string]PublishedFigure, id string, tol float64) {
	t.Helper()
	f, ok := figs[id]
	require.True(t, ok, "the vintage publishes %s", id)
	require.False(t, math.IsNaN(f.ScenarioUSD), "%s: %s", id, f.Why)
	rel := math.Abs(f.ScenarioUSD-f.ValueUSD) / math.Abs(f.ValueUSD)
	assert.LessOrEqual(t, rel, tol, "%s: scenario %.4g USD against published %.4g USD (%.1f %% off)", id, f.ScenarioUSD, f.ValueUSD, 100*rel)
}

// TestMirrorPresetsReproducePublishedFigures: the presets that mirror an
// analysis reproduce its figures within the tolerances.
//
// hsbc-2025-11 reproduces HSBC's rent (through 2030 and through 2033)
// within 10 % and its funding gap within 20 %. The gap is about 12 % high
// because HSBC also counts 26 B USD from NVIDIA and AMD, which a preset
// cannot add: its overrides set existing inputs only, and the 26 B is no
// library funding event (missing feature: funding events a preset adds).
// Its ~12 GW online at the end of 2030 ("a third of 36 GW") is not
// reproduced: the vintage's rent per GW is lower than HSBC's, so matching
// the rent needs about 21 GW.
func TestMirrorPresetsReproducePublishedFigures(t *testing.T) {
	t.Run("hsbc-2025-11", func(t *testing.T) {
		figs := publishedOf(t, "hsbc-2025-11")
		assertWithin(t, figs, "hsbc-rent", 0.10)
		assertWithin(t, figs, "hsbc-rent-2033", 0.10)
		assertWithin(t, figs, "hsbc-funding-gap", 0.20)
		assertWithin(t, figs, "hsbc-revenue-2030", 0.10)
		// The documented part of the gap: HSBC's 26 B from NVIDIA and
		// AMD is missing, so the scenario's gap is above HSBC's.
		gap := figs["hsbc-funding-gap"]
		assert.Greater(t, gap.ScenarioUSD, gap.ValueUSD)
	})
	t.Run("openai-plan-2026-02", func(t *testing.T) {
		figs := publishedOf(t, "openai-plan-2026-02")
		assertWithin(t, figs, "openai-compute-2030", 0.10)
		assertWithin(t, figs, "openai-compute-2028", 0.10)
		// "Over 280 B" of revenue in 2030 is a lower bound.
		rev := figs["openai-revenue-2030"]
		assert.GreaterOrEqual(t, rev.ScenarioUSD, rev.ValueUSD)
		assertWithin(t, figs, "openai-revenue-2030", 0.10)
	})
}
