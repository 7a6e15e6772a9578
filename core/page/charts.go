package page

import (
	"math"
	"strconv"

	"github.com/computedeals/explorer/core/chart"
	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// DefaultChartWidth is the charts' width before the page reports its
// own: what the first paint is drawn at.
const DefaultChartWidth = 720

// chartAspect keeps every chart's height a fixed share of its width, so
// that redrawing at the page's real width once the wasm arrives does not
// move anything below the charts.
// A phone's charts are taller (narrowAspect below narrowWidth), so a
// legend of many providers leaves the plot room; the stylesheet reserves
// the same shape for them from the first paint (.charts .chart-fig svg
// under max-width: 599px).
const (
	chartAspect  = 0.56
	narrowAspect = 0.85
	narrowWidth  = 560
)

func chartHeight(w int) int {
	if w < narrowWidth {
		return int(float64(w)*narrowAspect + 0.5)
	}
	return int(float64(w)*chartAspect + 0.5)
}

// chartWidth is the width the charts are drawn at: the column's width,
// within what keeps ticks readable.
func (a *App) chartWidth() int {
	w := a.width
	if w == 0 {
		w = DefaultChartWidth
	}
	return min(max(w, 300), 900)
}

// providerGroup is the deals of one provider, by index into the
// portfolio whose series it sums.
type providerGroup struct {
	name  string
	class string
	deals []int
}

// providerNames orders the providers of the deals that are on in any of
// the scenarios, with the colour class of each. Library providers take
// the colours in the library's order (off deals included), so colours do
// not move when deals are switched, and each has its own: once the twelve
// colours run out, the next round adds a pattern (p1, p2, p3). Providers
// only the reader's own deals name take "own", a colour no library
// provider has, with patterns for a second and third.
func providerNames(ss ...*scenario.Scenario) ([]string, map[string]string) {
	var names []string
	class := map[string]string{}
	lib, own := 0, 0
	for _, s := range ss {
		for i, d := range s.Portfolio.Deals {
			if _, ok := class[d.Provider]; !ok && s.IsLibraryDeal(i) {
				class[d.Provider] = providerClass(lib)
				lib++
			}
		}
	}
	for _, s := range ss {
		for i, d := range s.Portfolio.Deals {
			if _, ok := class[d.Provider]; !ok && !s.IsLibraryDeal(i) {
				class[d.Provider] = ownClass(own)
				own++
			}
		}
	}
	seen := map[string]bool{}
	for _, s := range ss {
		for _, d := range s.Portfolio.Deals {
			if d.On && !seen[d.Provider] {
				seen[d.Provider] = true
				names = append(names, d.Provider)
			}
		}
	}
	return names, class
}

// patternClasses are the patterns that tell providers apart once the
// colours run out, in order; "" is none.
var patternClasses = [...]string{"", "p1", "p2", "p3"}

// providerClass is the colour class of the k-th library provider: s0–s11,
// then the same colours patterned.
func providerClass(k int) string {
	c := "s" + strconv.Itoa(k%12)
	if p := patternClasses[(k/12)%len(patternClasses)]; p != "" {
		c += " " + p
	}
	return c
}

// ownClass is the class of the k-th provider of the reader's own deals.
func ownClass(k int) string {
	if p := patternClasses[k%len(patternClasses)]; p != "" {
		return "own " + p
	}
	return "own"
}

func groupsOf(s *scenario.Scenario, names []string, class map[string]string) []providerGroup {
	out := make([]providerGroup, len(names))
	for g, n := range names {
		out[g] = providerGroup{name: n, class: class[n]}
		for i, d := range s.Portfolio.Deals {
			if d.On && d.Provider == n {
				out[g].deals = append(out[g].deals, i)
			}
		}
	}
	return out
}

// monthly sums a per-deal monthly series over each provider's deals.
func monthly(r *model.Result, groups []providerGroup, get func(*model.DealResult) []float64) []chart.Series {
	n := len(r.FacilityGW)
	out := make([]chart.Series, len(groups))
	for g, grp := range groups {
		v := make([]float64, n)
		for _, i := range grp.deals {
			for j, x := range get(&r.Deals[i]) {
				v[j] += x
			}
		}
		out[g] = chart.Series{Name: grp.name, Values: v, Class: grp.class}
	}
	return out
}

// yearly sums a monthly series over the months of each year within the
// horizon.
func yearly(r *model.Result, monthly []float64) []float64 {
	out := make([]float64, len(r.Years))
	for i, y := range r.Years {
		for m := y.First; m <= y.Last; m++ {
			out[i] += monthly[m-r.From]
		}
	}
	return out
}

// chartSpecs are the five charts of the scenario; in compare mode, the
// pinned scenario A solid and this one, B, dashed over it.
func (a *App) chartSpecs() []chart.Spec {
	if a.cmp.pinned == nil {
		names, class := providerNames(a.s)
		return a.specsOf(a.s, a.r, groupsOf(a.s, names, class), true)
	}
	names, class := providerNames(a.cmp.pinned, a.s)
	specA := a.specsOf(a.cmp.pinned, a.cmp.result, groupsOf(a.cmp.pinned, names, class), false)
	specB := a.specsOf(a.s, a.r, groupsOf(a.s, names, class), false)
	for i := range specA {
		if a.cmp.result.From != a.r.From || a.cmp.result.To != a.r.To {
			specA[i].Desc = explain.ChartPair(specA[i].Desc, "")
			continue
		}
		specA[i].Overlay = &chart.Overlay{A: "A (pinned)", B: "B (this scenario)", Series: specB[i].Series, Lines: specB[i].Lines}
		specA[i].Desc = explain.ChartPair(specA[i].Desc, specB[i].Desc)
	}
	return specA
}

func (a *App) specsOf(s *scenario.Scenario, r *model.Result, groups []providerGroup, fans bool) []chart.Spec {
	t := &r.Totals
	w := a.chartWidth()
	h := chartHeight(w)
	buyer := s.Preset.Buyer
	base := chart.Spec{Width: w, Height: h, Start: r.From, LazyTips: true}

	gw := base
	gw.Kind, gw.X, gw.Rows, gw.Unit, gw.ID = chart.Area, chart.Months, chart.YearEnd, units.GW, "gw"
	gw.Title = "Facility power online, by provider"
	gw.Series = monthly(r, groups, func(d *model.DealResult) []float64 { return d.GWOnline })
	if t.SustainSpendUSD > 0 || anyAbove(r.SustainGW, 0) {
		gw.Series = append(gw.Series, chart.Series{Name: sustainedName, Values: r.SustainGW, Class: "sus"})
	}
	gw.Mark = &chart.Mark{Index: chart.Peak(r.FacilityGW)}
	gw.Desc = explain.Chart("gw", s, r)
	if ref := explain.ChartRef("gw", s, r); ref != "" {
		gw.Ref = &chart.Ref{Value: t.StatedGW, Label: ref}
	}

	spend := base
	spend.Kind, spend.X, spend.Unit, spend.ID = chart.Bars, chart.Years, units.USD, "spend"
	spend.Title = "Spend per year by provider, against revenue"
	for _, sr := range monthly(r, groups, func(d *model.DealResult) []float64 { return d.SpendUSD }) {
		sr.Values = yearly(r, sr.Values)
		spend.Series = append(spend.Series, sr)
	}
	if anyAbove(r.SustainSpendUSD, 0) {
		spend.Series = append(spend.Series, chart.Series{Name: sustainedName, Values: yearly(r, r.SustainSpendUSD), Class: "sus"})
	}
	revenue := make([]float64, len(r.Years))
	for i, y := range r.Years {
		revenue[i] = y.RevenueUSD
	}
	spend.Lines = []chart.Series{{Name: buyer + "'s revenue", Values: revenue, Class: "tot"}}
	spend.Desc = explain.Chart("spend", s, r)

	gap := base
	gap.Kind, gap.X, gap.Rows, gap.Unit, gap.ID = chart.Line, chart.Months, chart.YearEnd, units.USD, "gap"
	gap.Title = "Cumulative gap: spend minus revenue"
	gap.Series = []chart.Series{{Name: "cumulative gap", Values: r.CumulativeGapUSD, Class: "s5"}}
	gap.Mark = &chart.Mark{Index: int(t.PeakGapMonth - r.From)}
	gap.Desc = explain.Chart("gap", s, r)

	acc := base
	acc.Kind, acc.X, acc.Rows, acc.Unit, acc.ID = chart.Area, chart.Months, chart.YearEnd, units.Count, "accel"
	acc.Title = "Accelerators online, by provider"
	acc.Units = "accelerators"
	acc.Series = monthly(r, groups, func(d *model.DealResult) []float64 { return d.UnitsOnline })
	acc.Mark = &chart.Mark{Index: chart.Peak(r.Accelerators)}
	acc.Desc = explain.Chart("accel", s, r)

	build := base
	build.Kind, build.X, build.Unit, build.ID = chart.Bars, chart.Years, units.GWPerWeek, "build"
	build.Title = "Build rate: facility GW added per week"
	rate := make([]float64, len(r.Years))
	for i, y := range r.Years {
		rate[i] = y.GWPerWeek
	}
	build.Series = []chart.Series{{Name: "GW added per week", Values: rate, Class: "s0"}}
	build.Desc = explain.Chart("build", s, r)
	if ref := explain.ChartRef("build", s, r); ref != "" {
		build.Ref = &chart.Ref{Value: t.StatedGWPerWeek, Label: ref}
	}

	cash := base
	cash.Kind, cash.X, cash.Rows, cash.Unit, cash.ID = chart.Line, chart.Months, chart.YearEnd, units.USD, "cash"
	cash.Title = buyer + "'s cash"
	cash.Series = []chart.Series{{Name: "cash", Values: cashSeries(r), Class: "s2"}}
	cash.Desc = explain.Chart("cash", s, r)
	if t.HasCash {
		cash.Ref = &chart.Ref{Value: 0, Label: explain.ChartRef("cash", s, r)}
		cash.Mark = &chart.Mark{Index: int(max(t.MinCashMonth, r.From) - r.From)}
		cash.Events = fundingMarks(r)
	}

	if fans {
		a.fan(&gw, "facility_gw", "5–95 % (year ends)", "median (year ends)", "", true)
		a.fan(&spend, "spend_usd", "spend 5–95 %", "spend median", "fan2", false)
		a.fan(&spend, "revenue_usd", "revenue 5–95 %", "revenue median", "tot", false)
		a.fan(&gap, "cumulative_gap_usd", "5–95 % (year ends)", "median (year ends)", "", true)
		if t.HasCash {
			a.fan(&cash, "cash_usd", "5–95 % (year ends)", "median (year ends)", "", true)
		}
	}
	return []chart.Spec{cash, gw, spend, gap, acc, build}
}

// sustainedName is the legend's name for capacity renewed or replaced
// after its contract.
const sustainedName = "renewed or replaced after the contract"

func anyAbove(xs []float64, v float64) bool {
	for _, x := range xs {
		if x > v {
			return true
		}
	}
	return false
}

// cashSeries is the cash balance of each month, NaN (no point) before the
// cash month or without one.
func cashSeries(r *model.Result) []float64 {
	if r.Totals.HasCash && len(r.CashUSD) == len(r.FacilityGW) {
		return r.CashUSD
	}
	out := make([]float64, len(r.FacilityGW))
	for i := range out {
		out[i] = math.NaN()
	}
	return out
}

// fundingMarks marks each month that money is raised in, within the
// horizon and from the cash month, with what arrives ("+$87.0B").
func fundingMarks(r *model.Result) []chart.Mark {
	var out []chart.Mark
	for j, v := range r.FundingUSD {
		if v > 0 {
			out = append(out, chart.Mark{Index: j, Label: units.Signed(v, units.USD)})
		}
	}
	return out
}

// chartsView shows the charts, each with its summary, downloads and a
// data table.
func (a *App) chartsView() *Node {
	sec := E("section", Class("charts"), A("aria-labelledby", "charts-title"), A("aria-describedby", "summary"),
		E("h2", A("id", "charts-title"), A("tabindex", "-1"), T("Charts")))
	for _, spec := range a.chartSpecs() {
		sec.Children = append(sec.Children, E("figure", Class("chart-fig"), A("id", "fig-"+spec.ID),
			E("h3", T(spec.Title)),
			E("p", Class("sum"), T(spec.Desc)),
			a.renderChart(spec),
			E("div", Class("tools-row"),
				downloadButton("csv:"+spec.ID, "CSV", spec.Title),
				downloadButton("svg:"+spec.ID, "SVG", spec.Title),
				downloadButton("png:"+spec.ID, "PNG", spec.Title),
				E("button", A("type", "button"), A("data-act", "share"), A("data-arg", "chart:"+spec.ID),
					A("aria-label", "Copy a link to "+spec.Title), T("Copy link")),
				E("button", A("type", "button"), A("data-act", "share"), A("data-arg", "embed:"+spec.ID),
					A("aria-label", "Copy the HTML that embeds "+spec.Title+" in another page"), T("Embed")),
				E("span", Class("copied"), A("role", "status"), A("aria-live", "polite")),
			),
			a.panel("table-"+spec.ID, "data", T("Data table"), func() Item { return scrollRegion("Data table: "+spec.Title, chart.Table(spec)) }),
		))
	}
	return sec
}

func downloadButton(arg, label, what string) *Node {
	return E("button", A("type", "button"), A("data-act", "download"), A("data-arg", arg),
		A("aria-label", "Download "+what+" as "+label), T(label))
}

// renderChart draws a chart, keeping its hover rects from the last frame
// while the geometry and their group's name are the same (chart.Hits):
// they are most of its nodes, and with their read-outs left to Tip they
// only move when the chart resizes.
func (a *App) renderChart(spec chart.Spec) *Node {
	if a.hits == nil {
		a.hits = map[string]*chart.Hits{}
	}
	if spec.Hits = a.hits[spec.ID]; spec.Hits == nil {
		spec.Hits = new(chart.Hits)
		a.hits[spec.ID] = spec.Hits
	}
	a.drawn = append(a.drawn, spec)
	svg := chart.Render(spec)
	for i, c := range svg.Children {
		if v, _ := c.Attr("class"); v == "hits" && len(c.Children) > 0 && a.prerender {
			// Read-outs need the core, so the first paint leaves their
			// rects out: a third of the page's HTML.
			svg.Children = append(svg.Children[:i:i], svg.Children[i+1:]...)
			break
		}
	}
	return svg
}

// Tip is the read-out of point i of a chart, for the reader's pointer.
// It reads the chart as the last frame drew it, so that pointing at a
// point costs its read-out alone, not the chart's series again.
func (a *App) Tip(id string, i int) string {
	for k := range a.drawn {
		if a.drawn[k].ID == id {
			return chart.Tip(a.drawn[k], i)
		}
	}
	spec, ok := a.chartSpec(id)
	if !ok {
		return ""
	}
	return chart.Tip(spec, i)
}

// chartSpec returns the chart with the given id.
func (a *App) chartSpec(id string) (chart.Spec, bool) {
	if id == "waterfall" && a.cmp.attr != nil {
		path := a.cmp.waterfallPath
		if path == "" {
			path = "portfolio.value_usd"
		}
		for i := range a.cmp.attr.Totals {
			if a.cmp.attr.Totals[i].Path == path {
				return a.waterfallSpec(a.cmp.attr, &a.cmp.attr.Totals[i]), true
			}
		}
	}
	if id == "tornado" {
		sn := a.sampling.currentSens()
		if sn == nil {
			return chart.Spec{}, false
		}
		return a.tornadoSpec(sn), true
	}
	for _, s := range a.chartSpecs() {
		if s.ID == id {
			return s, true
		}
	}
	return chart.Spec{}, false
}
