package page

import (
	"strconv"

	"github.com/computedeals/explorer/core/chart"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/units"
)

// DefaultChartWidth is the charts' width before the page reports its
// own: what the first paint is drawn at.
const DefaultChartWidth = 720

// chartAspect keeps every chart's height a fixed share of its width, so
// that redrawing at the page's real width once the wasm arrives does not
// move anything below the charts.
const chartAspect = 0.56

func chartHeight(w int) int { return int(float64(w)*chartAspect + 0.5) }

// chartIDs lists the charts in page order.
var chartIDs = []string{"gw", "spend", "gap", "accel", "build"}

// chartWidth is the width the charts are drawn at: the column's width,
// within what keeps ticks readable.
func (a *App) chartWidth() int {
	w := a.width
	if w == 0 {
		w = DefaultChartWidth
	}
	return min(max(w, 300), 900)
}

// providers groups the deals that are on by provider, in the order of
// the portfolio; each provider keeps the colour of its first deal in the
// library, so colours do not move when deals are switched.
type providerGroup struct {
	name  string
	class string
	deals []int
}

func (a *App) providers() []providerGroup {
	var out []providerGroup
	index := map[string]int{}
	colour := map[string]int{}
	for i, d := range a.s.Portfolio.Deals {
		if _, ok := colour[d.Provider]; !ok {
			colour[d.Provider] = len(colour)
		}
		if !d.On {
			continue
		}
		k, ok := index[d.Provider]
		if !ok {
			k = len(out)
			index[d.Provider] = k
			out = append(out, providerGroup{name: d.Provider, class: "s" + strconv.Itoa(colour[d.Provider]%12)})
		}
		out[k].deals = append(out[k].deals, i)
	}
	return out
}

// monthly sums a per-deal monthly series over each provider's deals.
func (a *App) monthly(groups []providerGroup, get func(*model.DealResult) []float64) []chart.Series {
	n := len(a.r.FacilityGW)
	out := make([]chart.Series, len(groups))
	for g, grp := range groups {
		v := make([]float64, n)
		for _, i := range grp.deals {
			for j, x := range get(&a.r.Deals[i]) {
				v[j] += x
			}
		}
		out[g] = chart.Series{Name: grp.name, Values: v, Class: grp.class}
	}
	return out
}

// yearly sums a monthly series over the months of each year within the
// horizon.
func (a *App) yearly(monthly []float64) []float64 {
	out := make([]float64, len(a.r.Years))
	for i, y := range a.r.Years {
		for m := y.First; m <= y.Last; m++ {
			out[i] += monthly[m-a.r.From]
		}
	}
	return out
}

// chartSpecs are the five charts of the scenario.
func (a *App) chartSpecs() []chart.Spec {
	r := a.r
	t := &r.Totals
	w := a.chartWidth()
	h := chartHeight(w)
	groups := a.providers()
	buyer := a.s.Preset.Buyer
	base := chart.Spec{Width: w, Height: h, Start: r.From, LazyTips: true}

	gw := base
	gw.Kind, gw.X, gw.Rows, gw.Unit, gw.ID = chart.Area, chart.Months, chart.YearEnd, units.GW, "gw"
	gw.Title = "Facility power online, by provider"
	gw.Series = a.monthly(groups, func(d *model.DealResult) []float64 { return d.GWOnline })
	gw.Mark = &chart.Mark{Index: chart.Peak(r.FacilityGW)}
	gw.Desc = "Facility power online peaks at " + units.Format(t.PeakFacilityGW, units.GW) + " in " + monthName(t.PeakGWMonth)
	if t.StatedGW > 0 {
		gw.Ref = &chart.Ref{Value: t.StatedGW, Label: buyer + "'s stated " + units.Format(t.StatedGW, units.GW)}
		gw.Desc += ", " + relative(t.PeakFacilityGW, t.StatedGW) + " " + buyer + "'s stated " + units.Format(t.StatedGW, units.GW)
	}
	gw.Desc += "."
	a.fan(&gw, "facility_gw", "5–95 % (year ends)", true)

	spend := base
	spend.Kind, spend.X, spend.Unit, spend.ID = chart.Bars, chart.Years, units.USD, "spend"
	spend.Title = "Spend per year by provider, against revenue"
	for _, s := range a.monthly(groups, func(d *model.DealResult) []float64 { return d.SpendUSD }) {
		s.Values = a.yearly(s.Values)
		spend.Series = append(spend.Series, s)
	}
	revenue := make([]float64, len(r.Years))
	spends := make([]float64, len(r.Years))
	for i, y := range r.Years {
		revenue[i], spends[i] = y.RevenueUSD, y.SpendUSD
	}
	spend.Lines = []chart.Series{{Name: buyer + "'s revenue", Values: revenue, Class: "tot"}}
	spend.Desc = spendSentence(r, buyer)
	a.fan(&spend, "spend_usd", "spend 5–95 %", false)
	a.fan(&spend, "revenue_usd", "revenue 5–95 %", false)

	gap := base
	gap.Kind, gap.X, gap.Rows, gap.Unit, gap.ID = chart.Line, chart.Months, chart.YearEnd, units.USD, "gap"
	gap.Title = "Cumulative gap: spend minus revenue"
	gap.Series = []chart.Series{{Name: "cumulative gap", Values: r.CumulativeGapUSD, Class: "s5"}}
	gap.Mark = &chart.Mark{Index: int(t.PeakGapMonth - r.From)}
	gap.Desc = gapSentence(t, r)
	a.fan(&gap, "cumulative_gap_usd", "5–95 % (year ends)", true)

	acc := base
	acc.Kind, acc.X, acc.Rows, acc.Unit, acc.ID = chart.Area, chart.Months, chart.YearEnd, units.Count, "accel"
	acc.Title = "Accelerators online, by provider"
	acc.Units = "accelerators"
	acc.Series = a.monthly(groups, func(d *model.DealResult) []float64 { return d.UnitsOnline })
	acc.Mark = &chart.Mark{Index: chart.Peak(r.Accelerators)}
	peakH100 := 0.0
	for _, v := range r.H100e {
		peakH100 = max(peakH100, v)
	}
	acc.Desc = "Accelerators online peak at " + units.Format(t.PeakAccelerators, units.Count) +
		", about " + units.Format(peakH100, units.Count) + " H100-equivalents by dense FP8 compute."

	build := base
	build.Kind, build.X, build.Unit, build.ID = chart.Bars, chart.Years, units.GWPerWeek, "build"
	build.Title = "Build rate: facility GW added per week"
	rate := make([]float64, len(r.Years))
	for i, y := range r.Years {
		rate[i] = y.GWPerWeek
	}
	build.Series = []chart.Series{{Name: "GW added per week", Values: rate, Class: "s0"}}
	build.Ref = &chart.Ref{Value: 1, Label: "ambition: 1 GW a week"}
	build.Desc = "The build rate peaks at " + units.Format(t.PeakGWPerWeek, units.GWPerWeek) + " in " +
		strconv.Itoa(t.PeakGWPerWeekYear) + ", " + pct(t.PeakGWPerWeek) + " of the ambition of 1 GW a week."

	return []chart.Spec{gw, spend, gap, acc, build}
}

// relative says how a figure stands against a claim: "19% above".
func relative(v, claim float64) string {
	d := v/claim - 1
	switch {
	case d > 0.005:
		return pct(d) + " above"
	case d < -0.005:
		return pct(-d) + " below"
	}
	return "level with"
}

func spendSentence(r *model.Result, buyer string) string {
	if len(r.Years) == 0 {
		return ""
	}
	peak := 0
	for i, y := range r.Years {
		if y.SpendUSD > r.Years[peak].SpendUSD {
			peak = i
		}
	}
	y := r.Years[peak]
	s := "Spend peaks at " + units.Format(y.SpendUSD, units.USD) + " in " + strconv.Itoa(y.Year) +
		", when " + buyer + "'s revenue is " + units.Format(y.RevenueUSD, units.USD)
	for _, yy := range r.Years[peak:] {
		if yy.RevenueUSD >= yy.SpendUSD && yy.SpendUSD > 0 {
			return s + "; revenue first covers the year's spend again in " + strconv.Itoa(yy.Year) + "."
		}
	}
	return s + "."
}

func gapSentence(t *model.Totals, r *model.Result) string {
	if t.PeakCumulativeGapUSD <= 0 {
		return "Revenue covers spend all along: the cumulative gap never opens."
	}
	s := "The cumulative gap between spend and revenue peaks at " + units.Format(t.PeakCumulativeGapUSD, units.USD) +
		" in " + monthName(t.PeakGapMonth)
	if t.HasPayback {
		return s + " and closes in " + monthName(t.PaybackMonth) + "."
	}
	return s + " and is still open in " + monthName(r.To) + "."
}

// chartsView shows the charts, each with its summary, downloads and a
// data table.
func (a *App) chartsView() *Node {
	sec := E("section", Class("charts"), A("aria-labelledby", "charts-title"),
		E("h2", A("id", "charts-title"), T("Charts")))
	for _, spec := range a.chartSpecs() {
		sec.Children = append(sec.Children, E("figure", Class("chart-fig"), A("id", "fig-"+spec.ID),
			E("h3", T(spec.Title)),
			E("p", Class("sum"), T(spec.Desc)),
			a.renderChart(spec),
			E("div", Class("tools-row"),
				downloadButton("svg:"+spec.ID, "SVG", spec.Title),
				downloadButton("png:"+spec.ID, "PNG", spec.Title),
			),
			a.panel("table-"+spec.ID, "data", T("Data table"), func() Item { return E("div", Class("scroll"), chart.Table(spec)) }),
		))
	}
	return sec
}

func downloadButton(arg, label, what string) *Node {
	return E("button", A("type", "button"), A("data-act", "download"), A("data-arg", arg),
		A("aria-label", "Download "+what+" as "+label), T(label))
}

// renderChart draws a chart, keeping its hover rects from the last frame
// while the geometry is the same: they are most of its nodes, and with
// their read-outs left to Tip they only move when the chart resizes.
func (a *App) renderChart(spec chart.Spec) *Node {
	svg := chart.Render(spec)
	for i, c := range svg.Children {
		if v, _ := c.Attr("class"); v != "hits" || len(c.Children) == 0 {
			continue
		}
		first, last := c.Children[0], c.Children[len(c.Children)-1]
		key := strconv.Itoa(len(c.Children)) + attrs(first) + attrs(last)
		svg.Children[i] = a.memo("hits:"+spec.ID, key, func() *Node { return c })
	}
	return svg
}

func attrs(n *Node) string {
	s := ""
	for _, at := range n.Attrs {
		s += "|" + at.Value
	}
	return s
}

// Tip is the read-out of point i of a chart, for the reader's pointer.
func (a *App) Tip(id string, i int) string {
	spec, ok := a.chartSpec(id)
	if !ok {
		return ""
	}
	return chart.Tip(spec, i)
}

// chartSpec returns the chart with the given id.
func (a *App) chartSpec(id string) (chart.Spec, bool) {
	if id == "tornado" {
		if a.sens == nil {
			return chart.Spec{}, false
		}
		return a.tornadoSpec(a.sens), true
	}
	for _, s := range a.chartSpecs() {
		if s.ID == id {
			return s, true
		}
	}
	return chart.Spec{}, false
}
