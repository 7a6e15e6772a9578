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

// v2Links are canonical links that set the keys of MODEL.md §7–§10.
var v2Links = []string{
	head + "&finance=lease&finance_rate=0.1&sustain=1&sustain_trend=-0.1",
	head + "&revenue=per_gw&rev_per_gw=10B&rev_per_gw_trend=0.05",
	head + "&cash=35B&cash_month=2026-01&opex_share=0.75&opex_share_late=0.25&opex_late_month=2030-01" +
		"&rev_share=0.2&rev_share_end=2030-12&rev_share_cap=38B",
	head + "&cash=35B&cash_month=2026-01&f.seed-round.usd=20B&f.seed-round.month=2026-06&f.seed-round.name=Series%20Z",
	head + "&f.a.on=0&f.a.usd=1B&f.a.month=2027-01&f.a.name=My%20funding",
	head + "&d.aws.sustain=0&d.azure.sustain=1",
	head + "&" + userDeal + "&d.mine.sustain=1",
}

func TestV2KeysRoundTrip(t *testing.T) {
	for _, link := range v2Links {
		t.Run(link, func(t *testing.T) {
			s := decodeClean(t, link)
			assert.Equal(t, link, s.Link())
		})
	}
}

func TestV2KeysReachTheModel(t *testing.T) {
	s := decodeClean(t, head+"&finance=lease&finance_rate=0.1&sustain=1&sustain_trend=-0.1&revenue=per_gw&rev_per_gw=10B"+
		"&cash=35B&cash_month=2026-01&opex_share=0.75&opex_late_month=2030-01&rev_share_end=none"+
		"&f.r.usd=20B&f.r.month=2026-06&d.aws.sustain=0")
	p := &s.Portfolio
	assert.Equal(t, model.FinanceLease, p.World.Finance)
	assert.Equal(t, 0.1, p.World.FinanceRate)
	assert.True(t, p.World.Sustain)
	assert.Equal(t, -0.1, p.World.SustainTrend)
	assert.Equal(t, model.RevenuePerGW, p.Revenue.Mode)
	assert.Equal(t, 10e9, p.Revenue.PerGWYearUSD)
	assert.Equal(t, 35e9, p.Cash.USD)
	assert.Equal(t, calendar.Of(2026, 1), p.Cash.Month)
	assert.Equal(t, calendar.Of(2030, 1), p.Cash.OpexLateMonth)
	assert.Equal(t, calendar.Month(0), p.Cash.RevShareEnd)
	require.Len(t, p.Cash.Funding, 1)
	assert.Equal(t, model.Funding{ID: "r", Name: "My funding", USD: 20e9, Month: calendar.Of(2026, 6), On: true}, p.Cash.Funding[0])
	assert.Equal(t, model.SustainNever, p.Deals[s.DealIndex("aws")].Sustain)
	assert.Equal(t, model.SustainWorld, p.Deals[s.DealIndex("azure")].Sustain)
}

func TestV2KeysNameTheirProblems(t *testing.T) {
	for _, c := range []struct {
		name, key, want string
	}{
		{"a funding event without a month", "f.x.usd=1B", "f.x.month: missing"},
		{"a funding event without an amount", "f.x.month=2026-01", "f.x.usd: missing"},
		{"a name on nothing", "f.x.name=abc", "f.x: no funding event"},
		{"finance by another name", "finance=loan", "must be one of cash, lease"},
		{"revenue share above one", "rev_share=1.5", "out of range"},
		{"an unknown sustain", "d.aws.sustain=2", "must be one of auto, 0, 1"},
		{"a cash month that is no month", "cash_month=soon", "or none"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, probs := scenario.Decode(library.Default(), head+"&"+c.key)
			require.Len(t, probs, 1)
			assert.Contains(t, probs[0].Error(), c.want)
			assert.Equal(t, head, s.Link(), "nothing of the bad key is kept")
		})
	}
}

func TestFundingEventsOfYourOwnAreAddedAndRemoved(t *testing.T) {
	s := decodeClean(t, head+"&cash_month=2026-01")
	id, err := s.AddFunding()
	require.NoError(t, err)
	assert.Equal(t, head+"&cash_month=2026-01&f.my-1.usd=10B&f.my-1.month=2026-01&f.my-1.name=My%20funding", s.Link())
	require.NoError(t, s.Set("f."+id+".on", "0"))
	assert.Contains(t, s.Link(), "f.my-1.on=0")
	require.NoError(t, s.RemoveFunding(id))
	assert.Equal(t, head+"&cash_month=2026-01", s.Link())
}

func TestPresetOverridesAreThePresetsBase(t *testing.T) {
	cat := library.Default()
	v, ok := cat.Vintage("2026-12")
	require.True(t, ok)
	for _, p := range v.Presets {
		// Each override applies on the preset without its overrides.
		q := p
		q.Overrides = nil
		bare := scenario.New(cat, v, &q)
		for k, val := range p.Overrides {
			assert.NoError(t, bare.Set(k, val), "%s: %s", p.ID, k)
		}
		s := scenario.New(cat, v, &p)
		for k, want := range p.Overrides {
			in, err := s.Input(k)
			require.NoError(t, err, k)
			assert.Equal(t, want, s.Get(in), "%s: %s", p.ID, k)
			assert.False(t, s.IsChanged(in, s.Base()), "%s is the preset's, not the user's", k)
			f, ok := s.Fact(in)
			require.True(t, ok)
			assert.Contains(t, f.Basis, "set by the preset")
		}
		assert.Equal(t, "v=1&data=2026-12&preset="+p.ID, s.Link())
	}
}
