package explain

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
)

var cat = library.Default()

// presets returns the unchanged scenario of every preset of every
// vintage, oldest first.
func presets() []*scenario.Scenario {
	var out []*scenario.Scenario
	for _, v := range cat.Vintages {
		for i := range v.Presets {
			out = append(out, scenario.New(cat, v, &v.Presets[i]))
		}
	}
	return out
}

// presetName names a preset's scenario in test names and golden files:
// the presets of 2026-11 by their id alone, as before 2026-12 was added,
// the others by vintage and id (preset ids recur across vintages).
func presetName(s *scenario.Scenario, sep string) string {
	if s.Vintage.ID == "2026-11" {
		return s.Preset.ID
	}
	return s.Vintage.ID + sep + s.Preset.ID
}

// decode reads a link of vintage 2026-11, whose deals and figures the
// edits and expectations of these tests name: a link without data gets
// data=2026-11.
func decode(t *testing.T, link string) *scenario.Scenario {
	t.Helper()
	if !strings.Contains(link, "data=") {
		link = "data=2026-11&" + link
	}
	s, probs := scenario.Decode(cat, link)
	require.Empty(t, probs, "link %q", link)
	return s
}

const (
	myCloud = "d.my-1.kind=cloud&d.my-1.accel=gb300&d.my-1.derive=value&d.my-1.price=2.5&d.my-1.n=100k" +
		"&d.my-1.start=2026-01&d.my-1.full=2026-12&d.my-1.term=60&d.my-1.shape=linear"
	myOwned = "d.my-2.kind=owned&d.my-2.accel=rubin&d.my-2.derive=value&d.my-2.price=auto&d.my-2.gw=1" +
		"&d.my-2.start=2027-01&d.my-2.full=2028-06&d.my-2.shape=scurve"
)

// edited are scenarios that reach the other branches of the formulas:
// each way a deal can derive its quantities, sizes in GW and in
// accelerators, fractional lives, horizons that start mid-way, deals of
// the user's own, no deals, no revenue.
var edited = []struct{ name, link string }{
	{"a cloud deal that derives its value", "d.aws.derive=value&d.aws.price=3"},
	{"a cloud deal that derives its price from a size in GW", "d.azure.derive=price&d.azure.gw=4"},
	{"an owned deal at a given unit cost", "d.nvidia.price=150k"},
	{"an owned deal that derives its unit cost", "d.nvidia.derive=price&d.nvidia.value=400B"},
	{"an owned deal that derives its size", "d.amd.derive=size&d.amd.value=150B"},
	{"a life that is not a whole number of months", "life=5.05"},
	{"a horizon that starts after the deals", "from=2027-06&to=2031-03"},
	{"a size switched to accelerators", "d.oracle.n=1.5M"},
	{"step and linear ramps", "d.aws.shape=step&d.broadcom.shape=linear"},
	{"deals of the user's own", myCloud + "&" + myOwned},
	{"no deal on", "d.aws.on=0&d.azure.on=0&d.oracle.on=0&d.coreweave.on=0&d.nvidia.on=0&d.amd.on=0&d.broadcom.on=0"},
	{"no revenue", "arr=0"},
	{"a run-rate month after the horizon's start", "arr_month=2027-06&growth=0.7"},
	{"no payback within the horizon", "arr=1B&growth=0.1"},
	// Version 2 (MODEL.md §7–§10), on the data of 2026-11.
	{"renewals after the contracts", "data=2026-11&sustain=1&sustain_trend=-0.1&life=4.5"},
	{"owned hardware on lease", "data=2026-11&finance=lease&finance_rate=0.1&life=5.25"},
	{"renewals and leases, one deal opting out", "data=2026-11&sustain=1&finance=lease&finance_rate=0.08&d.aws.sustain=0"},
	{"cash, other costs, a revenue share and funding", "data=2026-11&cash=30B&cash_month=2026-01&opex_share=0.8&opex_share_late=0.3" +
		"&opex_late_month=2030-01&rev_share=0.2&rev_share_end=2030-12&rev_share_cap=38B&f.r.usd=40B&f.r.month=2026-06&sustain=1"},
	{"cash from before the horizon", "data=2026-11&from=2027-01&cash=30B&cash_month=2026-01&opex_share=0.5"},
	{"revenue per GW", "data=2026-11&revenue=per_gw&rev_per_gw=10B&rev_per_gw_trend=0.05&sustain=1"},
	{"renewals before a late horizon", "data=2026-11&from=2031-01&to=2036-12&sustain=1&life=4&finance=lease"},
	{"cash after the horizon", "data=2026-11&cash=10B&cash_month=2040-01"},
	{"revenue per GW and cash from before the horizon", "data=2026-11&revenue=per_gw&from=2027-03&cash=5B&cash_month=2025-06&sustain=1&finance=lease" +
		"&rev_share=0.1&rev_share_end=2028-12&opex_share=1.2&opex_share_late=0.4&opex_late_month=2029-06"},
}

func scenarios(t *testing.T) map[string]*scenario.Scenario {
	out := map[string]*scenario.Scenario{}
	for _, s := range presets() {
		out["preset "+presetName(s, " ")] = s
	}
	for _, e := range edited {
		out[e.name] = decode(t, e.link)
	}
	return out
}

func TestDerivationsMatchTheReport(t *testing.T) {
	for name, s := range scenarios(t) {
		t.Run(name, func(t *testing.T) { derivationsMatch(t, s) })
	}
}

// TestDerivationsMatchTheReportOnTheNextVintage holds the derivations of
// the presets of vintage 2026-12, whose buyers carry known run-rates
// before their run-rate month (MODEL.md §9), and of some of its version 2
// settings.
func TestDerivationsMatchTheReportOnTheNextVintage(t *testing.T) {
	next := library.Default()
	v := next.Latest()
	for i := range v.Presets {
		s := scenario.New(next, v, &v.Presets[i])
		t.Run("preset "+s.Preset.ID, func(t *testing.T) { derivationsMatch(t, s) })
	}
	for _, link := range []string{
		"data=2026-12&revenue=per_gw&from=2023-06",
		"data=2026-12&preset=xai&from=2024-01&sustain=0&finance=cash",
		"data=2026-12&preset=anthropic-2026-12&from=2026-01&to=2040-12&cash=10B&cash_month=2025-06",
	} {
		t.Run(link, func(t *testing.T) {
			s, probs := scenario.Decode(next, link)
			require.Empty(t, probs, "link %q", link)
			derivationsMatch(t, s)
		})
	}
}

func derivationsMatch(t *testing.T, s *scenario.Scenario) {
	t.Helper()
	r, err := s.Evaluate()
	require.NoError(t, err)
	l := outputs.NewLayout(s)
	x := NewDeriver(s, r)
	for _, path := range Paths(s) {
		d, err := x.Derive(path)
		require.NoError(t, err, path)
		assert.NotEmpty(t, d.Title, path)
		assert.NotEmpty(t, d.Words, path)
		assert.True(t, strings.HasPrefix(d.Numbers, d.Formula), "%s: %q", path, d.Numbers)
		assert.True(t, strings.HasSuffix(d.Numbers, d.Result), "%s: %q", path, d.Numbers)
		if path == "portfolio.payback_month" {
			want := "none within the horizon"
			if r.Totals.HasPayback {
				want = r.Totals.PaybackMonth.String()
			}
			assert.Equal(t, want, d.Result)
			continue
		}
		want, ok := l.Value(r, path)
		require.True(t, ok)
		assert.Equal(t, math.Float64bits(want), math.Float64bits(d.Value), "%s is the report's value", path)
		sameFigure(t, want, d.computed, "%s: %s", path, d.Numbers)
	}
}

// sameFigure holds a figure worked out from its formula to the report's,
// to 1e-9 relative; NaN and infinities must match in kind.
func sameFigure(t *testing.T, want, got float64, msgAndArgs ...any) {
	t.Helper()
	switch {
	case math.IsNaN(want):
		assert.True(t, math.IsNaN(got), msgAndArgs...)
	case math.IsInf(want, 0):
		assert.Equal(t, want, got, msgAndArgs...)
	default:
		assert.InDelta(t, want, got, 1e-9*math.Abs(want)+1e-300, msgAndArgs...)
	}
}

func TestPriceOfACloudDeal(t *testing.T) {
	s := decode(t, "")
	r, err := s.Evaluate()
	require.NoError(t, err)
	d, err := Derive(s, r, "deals.aws.price_usd_per_hour")
	require.NoError(t, err)
	assert.Equal(t, "AWS: Price per accelerator-hour", d.Title)
	assert.Equal(t, "P = V / AH", d.Formula)
	assert.Equal(t, "P = V / AH = $38.0B / 1.70e10 h = $2.24/h", d.Numbers)
	require.Len(t, d.Terms, 2)
	assert.Equal(t, "deals.aws.accelerator_hours", d.Terms[1].Path, "AH is derivable in turn")

	status := map[string]Status{}
	for _, in := range d.Inputs {
		status[in.Key] = in.Status
	}
	assert.Equal(t, Disclosed, status["d.aws.value"])
	assert.Equal(t, Assumed, status["d.aws.n"])
	assert.Equal(t, Assumed, status["d.aws.shape"])
	assert.NotContains(t, status, "d.aws.price", "a derived quantity is no input")

	ah, err := Derive(s, r, d.Terms[1].Path)
	require.NoError(t, err)
	assert.Equal(t, "AH = N × H = 300k × 56,637 h = 1.70e10 h", ah.Numbers)
}

func TestInputsTheUserSetSaySo(t *testing.T) {
	s := decode(t, "d.aws.n=450k&"+myCloud)
	r, err := s.Evaluate()
	require.NoError(t, err)
	for _, path := range []string{"deals.aws.accelerators", "deals.my-1.value_usd"} {
		d, err := Derive(s, r, path)
		require.NoError(t, err)
		require.NotEmpty(t, d.Inputs)
		for _, in := range d.Inputs {
			assert.Equal(t, SetByYou, in.Status, in.Key)
			assert.Empty(t, in.Sources, in.Key)
		}
	}
}

func TestStatedTotalsCiteTheBuyer(t *testing.T) {
	s := decode(t, "")
	r, err := s.Evaluate()
	require.NoError(t, err)
	d, err := Derive(s, r, "portfolio.stated_value_usd")
	require.NoError(t, err)
	require.Len(t, d.Inputs, 1)
	assert.Equal(t, Disclosed, d.Inputs[0].Status)
	assert.NotEmpty(t, d.Inputs[0].Sources)
}

func TestDeriveRefusesUnknownPaths(t *testing.T) {
	s := decode(t, "")
	r, err := s.Evaluate()
	require.NoError(t, err)
	for _, path := range []string{"", "portfolio.nothing", "deals.nope.value_usd", "deals.aws.nothing", "years.1999.spend_usd", "years.2030.nothing"} {
		_, err := Derive(s, r, path)
		assert.True(t, errors.Is(err, ErrPath), path)
	}
}
