package chart

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/units"
)

// The fixtures look like the explorer's default portfolio (shapes and
// magnitudes, not the model's numbers): seven providers over 2025–2035.

var (
	start  = calendar.Of(2025, 1)
	months = 132
	years  = 11
)

type provider struct {
	name        string
	start, full calendar.Month
	end         calendar.Month // 0: open-ended
	gw          float64
	usdPerGW    float64 // spend per GW-year at full capacity
}

var providers = []provider{
	{"AWS", calendar.Of(2025, 11), calendar.Of(2026, 12), calendar.Of(2032, 10), 0.55, 11e9},
	{"Azure", calendar.Of(2026, 1), calendar.Of(2029, 12), 0, 4.2, 12e9},
	{"Oracle", calendar.Of(2026, 6), calendar.Of(2030, 6), 0, 4.5, 14e9},
	{"CoreWeave", calendar.Of(2025, 6), calendar.Of(2027, 6), calendar.Of(2033, 5), 1.3, 13e9},
	{"NVIDIA", calendar.Of(2026, 10), calendar.Of(2031, 12), 0, 10, 9e9},
	{"AMD", calendar.Of(2026, 10), calendar.Of(2030, 12), 0, 6, 8e9},
	{"Broadcom", calendar.Of(2026, 10), calendar.Of(2029, 12), 0, 10, 7e9},
}

func ramp(p provider, m calendar.Month) float64 {
	switch {
	case m < p.start, p.end != 0 && m > p.end:
		return 0
	case m >= p.full:
		return 1
	}
	return float64(m-p.start+1) / float64(p.full-p.start+1)
}

func gwSeries(scale float64) []Series {
	out := make([]Series, len(providers))
	for k, p := range providers {
		v := make([]float64, months)
		for i := range v {
			v[i] = p.gw * scale * ramp(p, start+calendar.Month(i))
		}
		out[k] = Series{Name: p.name, Values: v}
	}
	return out
}

func acceleratorSeries() []Series {
	out := gwSeries(1)
	for k := range out {
		for i := range out[k].Values {
			out[k].Values[i] *= 520000 // accelerators per GW
		}
	}
	return out
}

func spendSeries(scale float64) []Series {
	out := make([]Series, len(providers))
	for k, p := range providers {
		v := make([]float64, years)
		for i := 0; i < months; i++ {
			v[i/12] += p.gw * scale * p.usdPerGW / 12 * ramp(p, start+calendar.Month(i))
		}
		out[k] = Series{Name: p.name, Values: v}
	}
	return out
}

// revenueMonthly grows from $20B a year and levels off at $420B.
func revenueMonthly(i int, growth float64) float64 {
	return 20e9 / 12 * min(math.Pow(1+growth, float64(i)/12), 21)
}

func revenueYearly(growth float64) []float64 {
	v := make([]float64, years)
	for i := 0; i < months; i++ {
		v[i/12] += revenueMonthly(i, growth)
	}
	return v
}

func gapMonthly(scale, growth float64) []float64 {
	gap := make([]float64, months)
	sum := 0.0
	for i := 0; i < months; i++ {
		m := start + calendar.Month(i)
		spend := 0.0
		for _, p := range providers {
			spend += p.gw * scale * p.usdPerGW / 12 * ramp(p, m)
		}
		sum += spend - revenueMonthly(i, growth)
		gap[i] = sum
	}
	return gap
}

func totalOf(ss []Series) []float64 {
	t := make([]float64, len(ss[0].Values))
	for _, s := range ss {
		for i, v := range s.Values {
			t[i] += v
		}
	}
	return t
}

func scaled(v []float64, f float64) []float64 {
	out := make([]float64, len(v))
	for i := range v {
		out[i] = v[i] * f
	}
	return out
}

func buildRate() []float64 {
	tot := totalOf(gwSeries(1))
	v := make([]float64, years)
	prev := 0.0
	for y := 0; y < years; y++ {
		end := tot[y*12+11]
		v[y] = (end - prev) / 52.18
		prev = end
	}
	return v
}

// mainSpecs are the five charts of the page.
func mainSpecs() []Spec {
	gap := gapMonthly(1, 0.6)
	return []Spec{
		{Kind: Area, ID: "gw", Title: "Facility power online by provider", Desc: "Facility power online rises to 36.6 GW by 2032.",
			Unit: units.GW, Start: start, Series: gwSeries(1)},
		{Kind: Bars, ID: "spend", Title: "Spend per year by provider against revenue", Desc: "Spend peaks at $300B a year in 2032, above revenue until 2033.",
			Unit: units.USD, Units: "USD per year", X: Years, Start: start, Series: spendSeries(1),
			Lines: []Series{{Name: "Revenue", Values: revenueYearly(0.6), Class: "tot"}}},
		{Kind: Line, ID: "gap", Title: "Cumulative gap between spend and revenue", Desc: "The cumulative gap peaks in 2031 and closes by 2034.",
			Unit: units.USD, Start: start, Rows: YearEnd, Series: []Series{{Name: "Cumulative gap", Values: gap}},
			Mark: &Mark{Index: Peak(gap)}},
		{Kind: Area, ID: "acc", Title: "Accelerators online by provider", Desc: "Accelerators online reach 19 million by 2032.",
			Unit: units.Count, Units: "accelerators", Start: start, Series: acceleratorSeries()},
		{Kind: Bars, ID: "rate", Title: "Build rate against 1 GW per week", Desc: "The build rate peaks at 0.17 GW a week in 2027, below 1 GW a week.",
			Unit: units.GWPerWeek, X: Years, Start: start, Series: []Series{{Name: "Build rate", Values: buildRate()}},
			Ref: &Ref{Value: 1, Label: "1 GW/week"}},
	}
}

type named struct {
	name string
	spec Spec
}

// allSpecs cover every kind and option once.
func allSpecs() []named {
	m := mainSpecs()
	gw := m[0]
	gwTot := totalOf(gw.Series)
	fanGW := gw
	fanGW.ID, fanGW.Title = "fan-gw", "Facility power online, 5–95 %"
	fanGW.Bands = []Band{{Name: "Total", Low: scaled(gwTot, 0.7), Mid: scaled(gwTot, 0.97), High: scaled(gwTot, 1.2)}}

	spend := m[1]
	spendTot := totalOf(spend.Series)
	rev := spend.Lines[0].Values
	fanSpend := spend
	fanSpend.ID, fanSpend.Title = "fan-spend", "Spend against revenue, 5–95 %"
	fanSpend.Bands = []Band{
		{Name: "Spend", Low: scaled(spendTot, 0.75), Mid: scaled(spendTot, 0.98), High: scaled(spendTot, 1.3), Class: "s5"},
		{Name: "Revenue", Low: scaled(rev, 0.6), Mid: rev, High: scaled(rev, 1.6), Class: "tot"},
	}

	gap := m[2]
	g := gap.Series[0].Values
	fanGap := gap
	fanGap.ID, fanGap.Title, fanGap.Mark = "fan-gap", "Cumulative gap, 5–95 %", nil
	fanGap.Bands = []Band{{Name: "Gap", Low: gapMonthly(0.8, 0.8), Mid: g, High: gapMonthly(1.25, 0.45)}}

	cmpArea := gw
	cmpArea.ID = "cmp-gw"
	cmpArea.Overlay = &Overlay{A: "A: default", B: "B: 200k GPUs", Series: gwSeries(0.8)}
	cmpBars := spend
	cmpBars.ID = "cmp-spend"
	cmpBars.Overlay = &Overlay{A: "A: default", B: "B: slower ramp", Series: spendSeries(0.8),
		Lines: []Series{{Name: "Revenue", Values: revenueYearly(0.45), Class: "tot"}}}
	cmpGap := gap
	cmpGap.ID = "cmp-gap"
	cmpGap.Overlay = &Overlay{B: "B: revenue +45 %/yr", Series: []Series{{Name: "Cumulative gap", Values: gapMonthly(1, 0.45)}}}

	tornado := Spec{Kind: Tornado, ID: "tornado", Title: "What moves the portfolio's value", Desc: "The NVIDIA deal's size moves the value most.",
		Unit: units.USD, Base: 1.42e12, BaseName: "base",
		Swings: []Swing{
			{"AWS GPUs (200k–500k)", 1.40e12, 1.45e12},
			{"NVIDIA GW (6–10)", 1.18e12, 1.42e12},
			{"Price per GPU-hour ($1.8–$3.2)", 1.30e12, 1.61e12},
			{"Broadcom GW (5–10)", 1.27e12, 1.42e12},
			{"PUE (1.1–1.4)", 1.39e12, 1.47e12},
			{"Build cost per MW ($10M–$18M)", 1.31e12, 1.55e12},
			{"AMD deal value", 1.35e12, 1.48e12},
			{"Oracle start (2026-01–2027-06)", 1.43e12, 1.41e12},
		}}
	waterfall := Spec{Kind: Waterfall, ID: "wf", Title: "From A's portfolio value to B's", Desc: "B is worth $215B less than A, mostly from fewer NVIDIA GW.",
		Unit: units.USD, Base: 1.42e12, BaseName: "A total", EndName: "B total",
		Steps: []Step{{"NVIDIA GW", -1.6e11}, {"AWS GPUs", 2.1e10}, {"PUE", -3.4e10}, {"Price/GPU-hour", 1.2e10}, {"Build cost", -5.4e10}}}

	return []named{
		{"area_gw", gw}, {"bars_spend", spend}, {"line_gap", gap}, {"area_accelerators", m[3]}, {"bars_build_rate", m[4]},
		{"fan_gw", fanGW}, {"fan_spend", fanSpend}, {"fan_gap", fanGap},
		{"compare_gw", cmpArea}, {"compare_spend", cmpBars}, {"compare_gap", cmpGap},
		{"tornado", tornado}, {"waterfall", waterfall},
		{"empty", Spec{Kind: Area, ID: "none", Title: "Facility power online", Unit: units.GW, Start: start}},
	}
}

var meta = Meta{
	Source: "Compute Deals Explorer · data 2026-11 · model: shared/MODEL.md",
	Link:   "https://computedeals.example/#v=1&d.aws.n=300k&d.nvidia.gw=10&pue=1.2&rev.g=90%25&seed=42",
}
