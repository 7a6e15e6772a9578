package scenario_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

// v2Catalog holds 2026-11 and a copy of it that samples by model
// version 2 (MODEL.md §11), "2027-06", with growth and growth_decay
// correlated 0.6 by default.
func v2Catalog(t testing.TB) *library.Catalog {
	t.Helper()
	v1, _ := library.Default().Vintage("2026-11")
	v := *v1
	v.ID = "2027-06"
	v.ModelVersion = 2
	v.Correlations = []library.Correlation{{A: "growth", B: "growth_decay", Rho: 0.6}}
	return &library.Catalog{Vintages: []*library.Vintage{v1, &v}}
}

const v2Head = "v=1&data=2027-06&preset=openai-2025-11"

func decodeV2(t *testing.T, link string) *scenario.Scenario {
	t.Helper()
	s, probs := scenario.Decode(v2Catalog(t), link)
	require.Empty(t, probs, "%q", link)
	return s
}

func rangeOf(t *testing.T, s *scenario.Scenario, key string) (scenario.Range, bool) {
	t.Helper()
	in, err := s.Input(key)
	require.NoError(t, err)
	return s.Range(in)
}

func TestARangeFollowsTheValue(t *testing.T) {
	for _, tc := range []struct {
		name, key, value string
		want             scenario.Range
	}{
		// pue 1.2 in 1.1..1.5: positive, so in proportion.
		{"positive", "pue", "1.44", scenario.Range{Low: 1.44 * 1.1 / 1.2, High: 1.44 * 1.5 / 1.2}},
		// discount_rate 0.08 in 0..0.2 reaches zero: shifted.
		{"reaching zero", "discount_rate", "0.1", scenario.Range{Low: 0 + (0.1 - 0.08), High: 0.2 + (0.1 - 0.08)}},
		// A deal's term 84 in 60..120 months: whole months.
		{"whole numbers", "d.azure.term", "96", scenario.Range{Low: 69, High: 137}},
		// pue 2.8: 3.5 would be above the field's bound of 3.
		{"within the field's bounds", "pue", "2.8", scenario.Range{Low: 2.8 * 1.1 / 1.2, High: 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			link := v2Head + "&" + tc.key + "=" + tc.value
			s := decodeV2(t, link)
			r, ok := rangeOf(t, s, tc.key)
			require.True(t, ok)
			assert.InDelta(t, tc.want.Low, r.Low, 1e-12)
			assert.InDelta(t, tc.want.High, r.High, 1e-12)
			assert.Equal(t, link, s.Link(), "a range that follows the value is not written")

			// The page's editing path moves the range the same way.
			for _, set := range []func(*scenario.Scenario) error{
				func(p *scenario.Scenario) error { return p.Set(tc.key, tc.value) },
				func(p *scenario.Scenario) error { return p.SetTyped(tc.key, tc.value) },
			} {
				p := scenario.Default(v2Catalog(t))
				require.NoError(t, set(p))
				pr, ok := rangeOf(t, p, tc.key)
				require.True(t, ok)
				assert.Equal(t, r, pr)
				assert.Equal(t, link, p.Link())
			}
		})
	}
}

func TestARangeFollowsEveryChangeAndComesBack(t *testing.T) {
	s := scenario.Default(v2Catalog(t))
	lib, _ := rangeOf(t, s, "pue")
	require.NoError(t, s.SetValue("pue", 1.8))
	require.NoError(t, s.SetValue("pue", 1.32))
	r, _ := rangeOf(t, s, "pue")
	assert.InDelta(t, 1.32*1.1/1.2, r.Low, 1e-12)
	assert.InDelta(t, 1.32*1.5/1.2, r.High, 1e-12)
	require.NoError(t, s.SetValue("pue", 1.2))
	r, _ = rangeOf(t, s, "pue")
	assert.Equal(t, lib, r, "back at the library value, the library's range, bit for bit")
	assert.Equal(t, v2Head, s.Link())
}

func TestARangeTheLinkSetsStaysAsSet(t *testing.T) {
	link := v2Head + "&pue=1.3&pue.range=1.1..1.5"
	s := decodeV2(t, link)
	r, _ := rangeOf(t, s, "pue")
	assert.Equal(t, scenario.Range{Low: 1.1, High: 1.5}, r)
	assert.Equal(t, link, s.Link(), "the library's range beside a changed value is written")

	s = decodeV2(t, v2Head+"&pue.range=1.15..1.6")
	require.NoError(t, s.Set("pue", "1.4"))
	r, _ = rangeOf(t, s, "pue")
	assert.Equal(t, scenario.Range{Low: 1.15, High: 1.6}, r, "a range the user set does not move")
	assert.Equal(t, v2Head+"&pue=1.4&pue.range=1.15..1.6", s.Link())

	s = decodeV2(t, v2Head+"&pue=1.4&load.range=none")
	_, ok := rangeOf(t, s, "load")
	assert.False(t, ok, "a removed range stays removed")
}

func TestVersionOneRangesStay(t *testing.T) {
	s := decodeClean(t, head+"&pue=1.44")
	r, _ := rangeOf(t, s, "pue")
	assert.Equal(t, scenario.Range{Low: 1.1, High: 1.5}, r)
	assert.Empty(t, s.Corr)
	assert.Equal(t, head+"&pue=1.44", s.Link())
	require.NoError(t, s.SetRange("pue", scenario.Range{Low: 1.5, High: 1.6}, true), "version 1 takes a range without its value")
}

func TestABaseOutsideItsRangeIsAProblem(t *testing.T) {
	s, probs := scenario.Decode(v2Catalog(t), v2Head+"&pue=1.3&pue.range=1.4..1.6")
	p := findProblem(probs, "pue.range")
	require.NotNil(t, p, "%v", probs)
	assert.Contains(t, p.Error(), "pue=1.3")
	assert.Contains(t, p.Msg, "median")
	r, _ := rangeOf(t, s, "pue")
	assert.InDelta(t, 1.3*1.1/1.2, r.Low, 1e-12, "the range follows the value instead")
	assert.Equal(t, v2Head+"&pue=1.3", s.Link())

	s = scenario.Default(v2Catalog(t))
	err := s.SetRange("pue", scenario.Range{Low: 1.3, High: 1.5}, true)
	require.Error(t, err)
	assert.Equal(t, "pue.range", err.(*scenario.Problem).Key)

	require.NoError(t, s.SetRange("pue", scenario.Range{Low: 1.1, High: 1.3}, true))
	err = s.SetValue("pue", 1.4)
	require.Error(t, err, "a value outside the range the user set")
	assert.Equal(t, "pue", err.(*scenario.Problem).Key)
	assert.Contains(t, err.Error(), "pue.range")
	assert.Equal(t, 1.2, s.Portfolio.World.PUE, "unchanged")

	assert.Empty(t, scenario.Default(v2Catalog(t)).RangeProblems(), "the library's values lie in their ranges")
}

func TestCorrelationsRoundTrip(t *testing.T) {
	s := scenario.Default(v2Catalog(t))
	assert.Equal(t, []scenario.Correlation{{A: "growth", B: "growth_decay", Rho: 0.6}}, s.Corr)
	assert.Equal(t, v2Head, s.Link(), "the vintage's correlations are not written")

	for _, tc := range []struct{ link, canonical string }{
		{v2Head + "&corr=none", ""},
		{v2Head + "&seed=7&corr=pue:utilization:-0.3,growth:growth_decay:0.5", ""},
		{v2Head + "&corr=growth_decay:growth:0.6", v2Head},
		{v2Head + "&corr=utilization:pue:-0.25,growth_decay:growth:0.6", v2Head + "&corr=pue:utilization:-0.25,growth:growth_decay:0.6"},
		{v2Head + "&corr=pue%3Aload%3A0.1", v2Head + "&corr=pue:load:0.1"},
		{v2Head + "&corr=d.aws.n:a.gb300.capex:0.4&pue=1.3", v2Head + "&pue=1.3&corr=a.gb300.capex:d.aws.n:0.4"},
	} {
		t.Run(tc.link, func(t *testing.T) {
			want := tc.canonical
			if want == "" {
				want = tc.link
			}
			s := decodeV2(t, tc.link)
			assert.Equal(t, want, s.Link())
			again := decodeV2(t, s.Link())
			assert.Equal(t, s.Corr, again.Corr)
			assert.Equal(t, want, again.Link())
		})
	}
	s = decodeV2(t, v2Head+"&corr=none")
	assert.Empty(t, s.Corr)
	require.NoError(t, s.SetCorrelations("growth:growth_decay:0.6"))
	assert.Equal(t, v2Head, s.Link())
}

func TestCorrelationProblemsAreNamed(t *testing.T) {
	for _, tc := range []struct {
		name, value, item, says string
	}{
		{"rho of one", "pue:load:1", "pue:load:1", "between -1 and 1"},
		{"rho beyond one", "pue:load:-1.5", "pue:load:-1.5", "between -1 and 1"},
		{"rho not a number", "pue:load:high", "pue:load:high", "not a number"},
		{"an unknown key", "pue:nope:0.2", "pue:nope:0.2", "nope"},
		{"a key without a range", "pue:arr:0.2", "pue:arr:0.2", "arr has no range"},
		{"a derived key", "pue:d.aws.value:0.2", "pue:d.aws.value:0.2", "d.aws.value has no range"},
		{"a key with itself", "pue:pue:0.2", "pue:pue:0.2", "itself"},
		{"a pair listed twice", "pue:load:0.2,load:pue:0.3", "load:pue:0.3", "twice"},
		{"not three parts", "pue:load", "pue:load", "keyA:keyB:rho"},
		{"not positive definite", "pue:load:0.9,pue:utilization:0.9,load:utilization:-0.9", "pue:load:0.9,pue:utilization:0.9,load:utilization:-0.9", "positive definite"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, probs := scenario.Decode(v2Catalog(t), v2Head+"&corr="+tc.value)
			p := findProblem(probs, "corr")
			require.NotNil(t, p, "%v", probs)
			assert.True(t, strings.HasPrefix(tc.item, strings.TrimSuffix(p.Value, "…")), "names the item: %q", p.Value)
			assert.Contains(t, p.Msg, tc.says)
			if !strings.Contains(tc.value, ",") || tc.name == "not positive definite" {
				assert.Equal(t, s.DefaultCorrelations(), s.Corr, "a value of nothing usable leaves the default")
			}
			assert.False(t, slices.ContainsFunc(s.Corr, func(c scenario.Correlation) bool { return c.Rho == 0.3 }), "the second of a pair is left out")
			// What was kept writes a link that reads without problems.
			_, again := scenario.Decode(v2Catalog(t), s.Link())
			assert.Empty(t, again)
			require.Error(t, scenario.Default(v2Catalog(t)).SetCorrelations(tc.value))
		})
	}
	t.Run("version 1", func(t *testing.T) {
		s, probs := scenario.Decode(library.Default(), head+"&corr=pue:load:0.2")
		p := findProblem(probs, "corr")
		require.NotNil(t, p)
		assert.Contains(t, p.Msg, "model version 2")
		assert.Empty(t, s.Corr)
		assert.Equal(t, head, s.Link())
	})
	t.Run("the valid items of a value are kept", func(t *testing.T) {
		s, probs := scenario.Decode(v2Catalog(t), v2Head+"&corr=pue:load:0.2,pue:arr:0.3")
		assert.Len(t, probs, 1)
		assert.Equal(t, []scenario.Correlation{{A: "pue", B: "load", Rho: 0.2}}, s.Corr)
		assert.True(t, strings.HasSuffix(s.Link(), "&corr=pue:load:0.2"))
	})
}

func TestARangeFollowsAQuantityThatBecomesGiven(t *testing.T) {
	s := scenario.Default(v2Catalog(t))
	i := s.DealIndex("aws")
	require.NoError(t, s.SetDerive(i, model.Size))
	require.NoError(t, s.Set("d.aws.price", "1.5"))
	require.NoError(t, s.SetDerive(i, model.Price))
	n := s.Portfolio.Deals[i].Size
	require.NotEqual(t, 300000.0, n)
	r, ok := rangeOf(t, s, "d.aws.n")
	require.True(t, ok)
	assert.InDelta(t, n*200000/300000, r.Low, 1e-6)
	assert.InDelta(t, n*500000/300000, r.High, 1e-6)
	assert.NotContains(t, s.Link(), "d.aws.n.range")
}

// Every vintage of model version 2 that this build ships has values
// inside their ranges and default correlations that a link could give
// (the test vintage stands in until one ships).
func TestShippedVersionTwoVintagesSampleCleanly(t *testing.T) {
	cat := library.Default()
	for _, v := range append(cat.Vintages, v2Catalog(t).Latest()) {
		if v.ModelVersion < 2 {
			continue
		}
		for j := range v.Presets {
			s := scenario.New(cat, v, &v.Presets[j])
			assert.Empty(t, s.RangeProblems(), "%s %s", v.ID, v.Presets[j].ID)
			// A default pair whose input has no range in a preset (a
			// buyer without a growth range) is left out by the sampler.
			var items []string
			for _, c := range s.Corr {
				a, _ := s.Input(c.A)
				b, _ := s.Input(c.B)
				_, aok := s.Range(a)
				_, bok := s.Range(b)
				if aok && bok {
					items = append(items, c.String())
				}
			}
			if len(items) > 0 {
				assert.NoError(t, s.Clone().SetCorrelations(strings.Join(items, ",")), "%s %s", v.ID, v.Presets[j].ID)
			}
		}
	}
}
