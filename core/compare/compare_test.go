package compare

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
)

var cat = library.Default()

// decode reads a link of vintage 2026-11: the pairs and expectations of
// these tests name its deals, presets and defaults. A link without data
// gets data=2026-11; decodeIn reads a link in the vintage given.
func decode(t *testing.T, link string) *scenario.Scenario {
	t.Helper()
	return decodeIn(t, "2026-11", link)
}

func decodeIn(t *testing.T, vintage, link string) *scenario.Scenario {
	t.Helper()
	if !strings.Contains(link, "data=") {
		link = "data=" + vintage + "&" + link
	}
	s, probs := scenario.Decode(cat, link)
	require.Empty(t, probs, "link %q", link)
	return s
}

// A deal of the user's own needs every field in a link.
const (
	myCloud = "d.my-1.kind=cloud&d.my-1.accel=gb300&d.my-1.derive=value&d.my-1.price=2.5&d.my-1.n=100k" +
		"&d.my-1.start=2026-01&d.my-1.full=2026-12&d.my-1.term=60&d.my-1.shape=linear"
	myOwned = "d.my-1.kind=owned&d.my-1.accel=rubin&d.my-1.derive=value&d.my-1.price=auto&d.my-1.gw=1" +
		"&d.my-1.start=2027-01&d.my-1.full=2028-06&d.my-1.shape=scurve"
	tenChanges = "pue=1.3&load=0.9&power_price=90&facility_capex=18&life=6&utilization=0.5" +
		"&discount_rate=0.1&arr=22B&growth=0.8&d.aws.n=400k"
	twelveChanges = tenChanges + "&growth_decay=0.25&d.azure.price=3"
)

// pairs of scenarios, A then B, chosen to cover every kind of change an
// attribution must apply: world, accelerator and deal inputs, coupled
// keys, deals only one side has, a moved horizon, different presets.
var pairs = []struct{ name, a, b string }{
	{"no change", "", ""},
	{"one world input", "preset=aws-only", "preset=aws-only&pue=1.3"},
	{"the AWS size and PUE", "preset=aws-only", "preset=aws-only&d.aws.n=450k&pue=1.3"},
	{"the default view against the November 2026 preset", "", "preset=openai-2026-11"},
	{"Anthropic against Microsoft's neoclouds", "preset=anthropic", "preset=microsoft-neoclouds"},
	{"a deal switched off and the power price", "", "d.nvidia.on=0&power_price=90"},
	{"the discount rate and the valuation month", "", "discount_rate=0.12&valuation_month=2026-06"},
	{"the revenue path", "", "arr=25B&growth=0.6&growth_decay=0.3&arr_month=2026-03"},
	{"the quantity a deal derives", "", "d.aws.derive=value&d.aws.price=3&pue=1.25"},
	{"start moved past the old full", "", "d.aws.start=2027-03&d.aws.full=2027-12&load=0.7"},
	{"start and full moved a little", "", "d.aws.start=2026-03&d.aws.full=2027-06"},
	{"a size given in GW instead of accelerators", "", "d.aws.gw=1&pue=1.3"},
	{"a deal of the user's own added", "", myCloud + "&pue=1.3"},
	{"a deal of the user's own removed", myCloud, "utilization=0.5"},
	{"a deal of the user's own changes kind", myCloud, myOwned},
	{"the horizon moved", "", "from=2026-01&to=2033-12&d.oracle.n=1.5M"},
	{"accelerator figures", "", "a.gb300.it_kw=2&a.rubin.capex=100k&a.xpu.fp8=6"},
	{"owned deals' life and building cost", "", "life=6.5&facility_capex=20&d.amd.price=95k"},
	{"ramps and terms", "", "d.azure.shape=scurve&d.oracle.term=72&d.coreweave.shape=step&d.broadcom.full=2030-06"},
	{"both sides edited", "pue=1.3&d.aws.n=450k", "pue=1.15&d.aws.n=200k&load=0.9"},
	{"ten changes, the most for Shapley values", "", tenChanges},
	{"twelve changes, in link order", "", twelveChanges},
	{"only what sampling reads", "", "seed=7&pue.range=1.1..1.6"},
	// Version 2's keys (MODEL.md §7–§10), on the data of 2026-11.
	{"renewals, leases and a deal that opts out", "data=2026-11", "data=2026-11&sustain=1&sustain_trend=-0.05&finance=lease&finance_rate=0.1&d.aws.sustain=0"},
	{"cash, other costs and a revenue share", "data=2026-11&cash=30B&cash_month=2026-01",
		"data=2026-11&cash=40B&cash_month=2026-01&opex_share=0.6&opex_late_month=2029-01&rev_share=0.2&rev_share_cap=38B"},
	{"a funding event only B has, and one only A has", "data=2026-11&cash_month=2026-01&f.a.usd=10B&f.a.month=2026-06",
		"data=2026-11&cash_month=2026-01&f.b.usd=50B&f.b.month=2027-01&sustain=1"},
	{"a funding event changed", "data=2026-11&cash_month=2026-01&f.a.usd=10B&f.a.month=2026-06",
		"data=2026-11&cash_month=2026-01&f.a.usd=30B&f.a.month=2027-06&f.a.on=0"},
	{"revenue per GW", "data=2026-11", "data=2026-11&revenue=per_gw&rev_per_gw=12B&sustain=1"},
}

// commonPaths lists every output path both scenarios have.
func commonPaths(a, b *scenario.Scenario) []string {
	lb := outputs.NewLayout(b)
	var out []string
	for _, p := range outputs.NewLayout(a).Paths {
		if lb.Index(p) >= 0 {
			out = append(out, p)
		}
	}
	return out
}

// tolerance is 1e-9 of the difference, but never below what float
// rounding of the totals themselves leaves: a difference a millionth of
// the totals or smaller is held to 1e-15 of the totals.
func tolerance(t Total) float64 {
	return 1e-9 * math.Max(math.Abs(t.Diff()), 1e-6*math.Max(math.Abs(t.A), math.Abs(t.B)))
}

func TestAttributionSumsToTheDifference(t *testing.T) {
	for _, c := range pairs {
		t.Run(c.name, func(t *testing.T) {
			a, b := decode(t, c.a), decode(t, c.b)
			paths := commonPaths(a, b)
			at, err := Attribute(a, b, paths)
			require.NoError(t, err)
			ra, err := a.Evaluate()
			require.NoError(t, err)
			rb, err := b.Evaluate()
			require.NoError(t, err)
			la, lb := outputs.NewLayout(a), outputs.NewLayout(b)
			require.Len(t, at.Totals, len(paths))
			for _, tot := range at.Totals {
				wantA, _ := la.Value(ra, tot.Path)
				wantB, _ := lb.Value(rb, tot.Path)
				assert.Equal(t, math.Float64bits(wantA), math.Float64bits(tot.A), tot.Path)
				assert.Equal(t, math.Float64bits(wantB), math.Float64bits(tot.B), tot.Path)
				require.Len(t, tot.Parts, len(at.Assumptions))
				if tot.Undefined {
					// Coverage and per-GW figures of years that some mix
					// of the assumptions leaves without spend or capacity.
					// And the funding need of a scenario without cash.
					assert.True(t, strings.HasPrefix(tot.Path, "years.") || tot.Path == "portfolio.funding_need_usd" || tot.Path == "portfolio.min_cash_usd", tot.Path)
					continue
				}
				sum := 0.0
				for _, p := range tot.Parts {
					sum += p
				}
				tol := tolerance(tot)
				assert.InDelta(t, tot.Diff(), sum, tol, "%s: parts %v", tot.Path, tot.Parts)
				// The parts as worked out, before closeSum, already add up:
				// "A with every change" is B.
				assert.InDelta(t, 0, tot.drift, tol, "%s drifts", tot.Path)
			}
			if len(at.Assumptions) > MaxShapley {
				assert.Equal(t, Sequential, at.Method)
			} else {
				assert.Equal(t, Shapley, at.Method)
			}
		})
	}
}

// TestShapleyByHand checks two assumptions on the AWS deal alone: its
// size from 300k to 450k GPUs (n) and PUE from 1.2 to 1.3 (p). Peak
// facility power is N × it_kw × PUE / 10⁶ with it_kw = 1.875 kW, so the
// four evaluations are
//
//	v(∅)    = 300,000 × 1.875 × 1.2 / 10⁶ = 0.675 GW
//	v(n)    = 450,000 × 1.875 × 1.2 / 10⁶ = 1.0125 GW
//	v(p)    = 300,000 × 1.875 × 1.3 / 10⁶ = 0.73125 GW
//	v(n, p) = 450,000 × 1.875 × 1.3 / 10⁶ = 1.096875 GW
//
// and the Shapley values average each one's effect over both orders:
//
//	φ(n) = ½ [(v(n) − v(∅)) + (v(n, p) − v(p))] = ½ (0.3375 + 0.365625)  = 0.3515625 GW
//	φ(p) = ½ [(v(p) − v(∅)) + (v(n, p) − v(n))] = ½ (0.05625 + 0.084375) = 0.0703125 GW
//
// which add up to v(n, p) − v(∅) = 0.421875 GW. The price per GPU-hour
// is V / AH, in which PUE does not appear: φ(p) = 0 and φ(n) is the
// whole change, $38B / AH × (1/1.5 − 1).
func TestShapleyByHand(t *testing.T) {
	a := decode(t, "preset=aws-only")
	b := decode(t, "preset=aws-only&d.aws.n=450k&pue=1.3")
	at, err := Attribute(a, b, []string{"portfolio.peak_facility_gw", "deals.aws.price_usd_per_hour"})
	require.NoError(t, err)
	assert.Equal(t, Shapley, at.Method)
	assert.Equal(t, 4+2, at.Evaluations)
	require.Len(t, at.Assumptions, 2)
	assert.Equal(t, []string{"pue"}, at.Assumptions[0].Keys, "link order: the world first")
	assert.Equal(t, []string{"d.aws.n"}, at.Assumptions[1].Keys)
	assert.Equal(t, "PUE 1.20 → 1.30", at.Assumptions[0].Label)
	assert.Equal(t, "AWS: Accelerators 300k → 450k", at.Assumptions[1].Label)

	gw := at.Totals[0]
	assert.InDelta(t, 0.675, gw.A, 1e-12)
	assert.InDelta(t, 1.096875, gw.B, 1e-12)
	assert.InDelta(t, 0.0703125, gw.Parts[0], 1e-12)
	assert.InDelta(t, 0.3515625, gw.Parts[1], 1e-12)

	price := at.Totals[1]
	assert.Equal(t, 0.0, price.Parts[0])
	assert.InDelta(t, price.A*(1/1.5-1), price.Parts[1], 1e-12)
}

func TestBeyondTenAssumptionsTheLinkOrderIsUsed(t *testing.T) {
	a := decode(t, "")
	b := decode(t, twelveChanges)
	path := "portfolio.pv_usd"
	at, err := Attribute(a, b, []string{path})
	require.NoError(t, err)
	assert.Equal(t, Sequential, at.Method)
	assert.Equal(t, 12+3, at.Evaluations)

	// The link order of the keys, and each part the change of applying
	// its key after those before it, worked out here with scenario.Set.
	keys := []string{"pue", "load", "power_price", "facility_capex", "life", "utilization", "discount_rate",
		"arr", "growth", "growth_decay", "d.aws.n", "d.azure.price"}
	require.Len(t, at.Assumptions, len(keys))
	step := a.Clone()
	prev := pv(t, step)
	for i, k := range keys {
		assert.Equal(t, []string{k}, at.Assumptions[i].Keys)
		in, err := b.Input(k)
		require.NoError(t, err)
		require.NoError(t, step.Set(k, b.Get(in)))
		cur := pv(t, step)
		assert.InDelta(t, cur-prev, at.Totals[0].Parts[i], 1e-9*math.Abs(at.Totals[0].A), k)
		prev = cur
	}
}

func pv(t *testing.T, s *scenario.Scenario) float64 {
	r, err := s.Evaluate()
	require.NoError(t, err)
	return r.Totals.PVUSD
}

func TestCoupledKeysMakeOneAssumption(t *testing.T) {
	cases := []struct {
		name, a, b string
		keys       [][]string // the assumptions, by their keys
		note       string     // a part of the note of the coupled one
	}{
		{"a change of the derived quantity takes the quantities with it", "", "d.aws.derive=value&d.aws.price=3",
			[][]string{{"d.aws.derive", "d.aws.value", "d.aws.price"}}, "quantity it derives"},
		{"start past the old full goes with full", "", "d.aws.start=2027-03&d.aws.full=2027-12",
			[][]string{{"d.aws.start", "d.aws.full"}}, "full must not be before start"},
		{"start and full that are valid apart stay apart", "", "d.aws.start=2026-03&d.aws.full=2027-06",
			[][]string{{"d.aws.start"}, {"d.aws.full"}}, ""},
		{"a size in GW instead of accelerators", "", "d.aws.gw=1",
			[][]string{{"d.aws.n", "d.aws.gw"}}, "size changed"},
		{"a deal only B has", "", myCloud,
			[][]string{{"d.my-1.kind", "d.my-1.on", "d.my-1.accel", "d.my-1.derive", "d.my-1.price", "d.my-1.n", "d.my-1.start", "d.my-1.full", "d.my-1.term", "d.my-1.shape"}}, "A does not have"},
		{"a deal only A has", myCloud, "",
			[][]string{{"d.my-1.kind", "d.my-1.on", "d.my-1.accel", "d.my-1.derive", "d.my-1.price", "d.my-1.n", "d.my-1.start", "d.my-1.full", "d.my-1.term", "d.my-1.shape"}}, "B has no such deal"},
		{"a deal that changes kind", myCloud, myOwned,
			// Keys only B has come after A's, in B's order.
			[][]string{{"d.my-1.kind", "d.my-1.accel", "d.my-1.price", "d.my-1.n", "d.my-1.start", "d.my-1.full", "d.my-1.term", "d.my-1.shape", "d.my-1.gw"}}, "kind changed"},
		{"the horizon's ends that are valid apart stay apart", "", "from=2026-01&to=2033-12",
			[][]string{{"from"}, {"to"}}, ""},
		{"a horizon moved past its old end goes as one", "", "from=2036-01&to=2040-12",
			[][]string{{"from", "to"}}, "to must not be before from"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b := decode(t, c.a), decode(t, c.b)
			at, err := Attribute(a, b, HeadlinePaths(a, b))
			require.NoError(t, err)
			var got [][]string
			for _, as := range at.Assumptions {
				got = append(got, as.Keys)
			}
			assert.Equal(t, c.keys, got)
			if c.note != "" {
				i := slices.IndexFunc(at.Assumptions, func(as Assumption) bool { return len(as.Keys) > 1 })
				require.GreaterOrEqual(t, i, 0)
				assert.Contains(t, at.Assumptions[i].Note, c.note)
			}
		})
	}
}

func TestInputsListsWhatDiffers(t *testing.T) {
	t.Run("the same base lists the edits with their values", func(t *testing.T) {
		d := Inputs(decode(t, "pue=1.3"), decode(t, "d.aws.n=450k&d.nvidia.on=0"))
		assert.False(t, d.BaseDiffers)
		require.Len(t, d.Changes, 3)
		assert.Equal(t, Change{Key: "pue", Label: "PUE", Type: scenario.Num, Unit: d.Changes[0].Unit,
			A: "1.3", B: "1.2", InA: true, InB: true, Model: true}, d.Changes[0])
		assert.Equal(t, "d.aws.n", d.Changes[1].Key)
		assert.Equal(t, "AWS: Accelerators", d.Changes[1].Label)
		assert.Equal(t, "300k", d.Changes[1].ShowA())
		assert.Equal(t, "450k", d.Changes[1].ShowB())
		assert.Equal(t, "on", d.Changes[2].ShowA())
		assert.Equal(t, "off", d.Changes[2].ShowB())
	})
	t.Run("different presets compare every input", func(t *testing.T) {
		d := Inputs(decode(t, "preset=openai-2025-11"), decode(t, "preset=anthropic"))
		assert.True(t, d.BaseDiffers)
		var keys []string
		for _, c := range d.Changes {
			keys = append(keys, c.Key)
		}
		assert.Contains(t, keys, "arr")
		assert.Contains(t, keys, "d.aws.on")
		assert.Contains(t, keys, "d.anthropic-google.on")
	})
	t.Run("a quantity derived on one side shows as derived", func(t *testing.T) {
		d := Inputs(decode(t, ""), decode(t, "d.aws.derive=value&d.aws.price=3"))
		var price, value Change
		for _, c := range d.Changes {
			switch c.Key {
			case "d.aws.price":
				price = c
			case "d.aws.value":
				value = c
			}
		}
		assert.Equal(t, "(derived)", price.ShowA())
		assert.Equal(t, "$3.00/h", price.ShowB())
		assert.Equal(t, "$38.0B", value.ShowA())
		assert.Equal(t, "(derived)", value.ShowB())
	})
	t.Run("what only sampling reads changes no total", func(t *testing.T) {
		d := Inputs(decode(t, ""), decode(t, "seed=7&pue.range=1.1..1.6&d.aws.n.range=none"))
		require.Len(t, d.Changes, 3)
		for _, c := range d.Changes {
			assert.False(t, c.Model, c.Key)
		}
		assert.Equal(t, "pue.range", d.Changes[0].Key, "link order")
		assert.Equal(t, "1.1..1.5", d.Changes[0].ShowA())
		assert.Equal(t, "1.1..1.6", d.Changes[0].ShowB())
		assert.Equal(t, "seed", d.Changes[1].Key)
		assert.Equal(t, "none", d.Changes[2].ShowB())
	})
	t.Run("a deal only one side has shows as none on the other", func(t *testing.T) {
		d := Inputs(decode(t, ""), decode(t, myCloud))
		require.NotEmpty(t, d.Changes)
		for _, c := range d.Changes {
			assert.True(t, strings.HasPrefix(c.Key, "d.my-1."), c.Key)
			assert.Equal(t, "(none)", c.ShowA())
		}
	})
}

func TestAttributeRefusesPathsOnlyOneSideHas(t *testing.T) {
	a, b := decode(t, ""), decode(t, myCloud)
	_, err := Attribute(a, b, []string{"deals.my-1.value_usd"})
	var pe *PathError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "deals.my-1.value_usd", pe.Path)
}

func TestHeadlinePathsNameEveryCloudDealOn(t *testing.T) {
	a, b := decode(t, "preset=aws-only"), decode(t, "preset=aws-only&d.azure.on=1&d.nvidia.on=1")
	assert.Equal(t, []string{"portfolio.value_usd", "portfolio.pv_usd", "portfolio.peak_facility_gw",
		"portfolio.peak_gw_per_week", "portfolio.peak_cumulative_gap_usd",
		"deals.aws.price_usd_per_hour", "deals.azure.price_usd_per_hour"}, HeadlinePaths(a, b))
}

func TestLinksKeepsTheProblemsOfEachLink(t *testing.T) {
	c, err := Links(cat, "pue=banana", "d.aws.n=450k")
	require.NoError(t, err)
	require.Len(t, c.ProblemsA, 1)
	assert.Equal(t, "pue", c.ProblemsA[0].Key)
	assert.Empty(t, c.ProblemsB)
	assert.Equal(t, Shapley, c.Attribution.Method)
}

// The workspace must be able to apply every key a link can hold, or
// "A with every change" would fall short of B.
func TestEveryKeyCanBeApplied(t *testing.T) {
	for _, v := range cat.Vintages {
		t.Run(v.ID, func(t *testing.T) { everyKeyCanBeApplied(t, decodeIn(t, v.ID, myCloud)) })
	}
}

func everyKeyCanBeApplied(t *testing.T, s *scenario.Scenario) {
	var p model.Portfolio
	if !s.Portfolio.Cash.Has() {
		require.NoError(t, s.Set("cash_month", "2026-01"))
	}
	_, err := s.AddFunding() // one of the user's own, with its name
	require.NoError(t, err)
	for _, in := range s.Inputs() {
		_, id, name := unitOf(in.Key)
		var o op
		switch {
		case in.Deal >= 0:
			if name == "kind" || name == "buyer" || name == "provider" {
				continue // applied with the whole deal
			}
			o = op{kind: opDeal, name: name}
		case in.Accel >= 0:
			o = op{kind: opAccel, name: name}
		case in.Funding > 0:
			o = op{kind: opFunding, name: name, w: in.Funding - 1, b: in.Funding - 1}
		case in.Key == "seed":
			continue // read by sampling only
		default:
			o = op{kind: opWorld, name: name}
		}
		p = s.Portfolio
		assert.True(t, o.apply(&p, &s.Portfolio), "%s (%s)", in.Key, id)
	}
}

func TestTenAssumptionsStillGetShapleyValues(t *testing.T) {
	a, b := decode(t, ""), decode(t, tenChanges)
	at, err := Attribute(a, b, HeadlinePaths(a, b))
	require.NoError(t, err)
	require.Len(t, at.Assumptions, MaxShapley)
	assert.Equal(t, Shapley, at.Method)
	assert.Equal(t, 1<<MaxShapley+2, at.Evaluations)
	for _, tot := range at.Totals {
		assert.False(t, tot.Undefined, "a headline total always has a value: %s", tot.Path)
	}
}
