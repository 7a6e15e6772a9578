package page

import (
	"slices"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/chart"
	"github.com/computedeals/explorer/core/compare"
	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// Compare mode: the reader pins the scenario as A (or opens a link as A)
// and goes on editing B, the scenario of the address bar. The page then
// sets every headline total of A beside B's, draws A solid and B dashed,
// lists the keys that differ, and splits each difference between them.

// pin makes s scenario A, or says why it cannot.
func (a *App) pin(s *scenario.Scenario) {
	if err := a.cmp.pin(s); err != nil {
		a.notice = &notice{title: "That scenario cannot be compared", items: []string{err.Error()}}
		return
	}
	a.open["compare"] = true
}

// pinLink opens a link as scenario A; its problems show as a notice.
func (a *App) pinLink(text string) {
	s, probs := scenario.Decode(a.cat, text)
	if len(probs) > 0 {
		n := problemsNotice("The link to compare with", probs)
		if probs[0].Fatal {
			n.note = "Nothing of it was used."
			a.notice = n
			return
		}
		n.note = "A is its valid part."
		a.notice = n
	}
	a.pin(s)
}

func (a *App) compareView() *Node {
	if a.cmp.pinned == nil {
		return E("section", Class("compare"), A("aria-labelledby", "cmp-title"),
			E("h2", A("id", "cmp-title"), T("Compare")),
			E("p", Class("help"), T("Pin this scenario as A, then change anything: every total of A is set beside B's, the charts show A solid and B dashed, and each difference is split between the assumptions that changed.")),
			E("div", Class("cmp-tools"),
				E("button", A("type", "button"), A("data-act", "pin"), T("Pin this scenario as A")),
				E("label", A("for", "t-ui.compare_link"), T("or compare with a link")),
				E("input", A("type", "text"), Class("typed wide"), A("id", "t-ui.compare_link"), A("data-input", "ui.compare_link"),
					A("data-role", "typed"), A("placeholder", "paste a link to use as A"), A("spellcheck", "false"), A("autocomplete", "off")),
			))
	}
	at, atErr := a.cmp.attribution(a.s, a.link, a.hist.dragging)
	diff := compare.Inputs(a.cmp.pinned, a.s)
	sec := E("section", Class("compare on"), A("aria-labelledby", "cmp-title"),
		E("h2", A("id", "cmp-title"), T("Compare: A pinned, B this scenario")),
		E("p", Class("cmp-names"),
			E("strong", T("A: ")), T(explain.Title(a.cmp.pinned)+" "),
			E("a", A("href", "#"+a.cmp.link), T("open A")), T(" · "),
			E("strong", T("B: ")), T(explain.Title(a.s))),
		E("div", Class("cmp-tools"),
			E("button", A("type", "button"), A("data-act", "pin"), T("Pin B as the new A")),
			E("button", A("type", "button"), A("data-act", "unpin"), T("Stop comparing"))),
	)

	// The differing keys: the link diff.
	keys := E("tbody")
	for _, c := range diff.Changes {
		keys.Children = append(keys.Children, E("tr",
			E("th", A("scope", "row"), T(c.Label), E("span", Class("muted"), T(" "+c.Key))),
			E("td", T(c.ShowA())), E("td", T(c.ShowB()))))
	}
	caption := "What B changes from A: " + plural(len(diff.Changes), "key")
	if diff.BaseDiffers {
		caption += " (A and B start from different presets or data vintages, so every input is compared)"
	}
	sec.Children = append(sec.Children, scrollRegion("What B changes from A", E("table", Class("cmp-keys"),
		E("caption", T(caption)),
		E("thead", E("tr", E("th", A("scope", "col"), T("Input")), E("th", A("scope", "col"), T("A")), E("th", A("scope", "col"), T("B")))),
		keys)))

	// Every headline total, A beside B, with its attribution.
	switch {
	case atErr != "":
		sec.Children = append(sec.Children, E("p", Class("err"), T("The difference could not be split: "+atErr)))
	case at == nil:
		sec.Children = append(sec.Children, E("p", Class("muted"), T("Splitting the differences when the slider is let go…")))
	default:
		rows := E("tbody")
		for _, t := range at.Totals {
			rows.Children = append(rows.Children, E("tr",
				E("th", A("scope", "row"), T(a.totalLabel(t.Path, t.Label))),
				E("td", E("span", A("data-compare", "a:"+t.Path), A("data-value", num(t.A)), T(units.Format(t.A, t.Unit)))),
				E("td", E("span", A("data-compare", "b:"+t.Path), A("data-value", num(t.B)), T(units.Format(t.B, t.Unit)))),
				E("td", E("span", A("data-compare", "d:"+t.Path), A("data-value", num(t.Diff())), T(units.Signed(t.Diff(), t.Unit)))),
			))
		}
		sec.Children = append(sec.Children, scrollRegion("Headline totals of A and B", E("table", Class("cmp-totals"),
			E("caption", T("Headline totals of A and B")),
			E("thead", E("tr", E("th", A("scope", "col"), T("Total")), E("th", A("scope", "col"), T("A")),
				E("th", A("scope", "col"), T("B")), E("th", A("scope", "col"), T("B − A")))),
			rows)))
		sec.Children = append(sec.Children, a.waterfallView(at))
	}
	sec.Children = append(sec.Children, a.compareYears())
	return sec
}

// totalLabel names a headline path for the compare table.
func (a *App) totalLabel(path, fallback string) string {
	for _, p := range a.headlinePaths() {
		if p[0] == path {
			return p[1]
		}
	}
	return fallback
}

// waterfallView walks from A's total to B's through the share of each
// changed assumption.
func (a *App) waterfallView(at *compare.Attribution) *Node {
	if len(at.Assumptions) == 0 {
		return E("p", Class("muted"), T("A and B hold the same assumptions: nothing to split."))
	}
	path := a.cmp.waterfallPath
	if path == "" {
		path = "portfolio.value_usd"
	}
	sel := E("select", A("id", "t-ui.waterfall"), A("data-input", "ui.waterfall"), A("data-role", "choice"), A("value", path))
	var total *compare.Total
	for i := range at.Totals {
		t := &at.Totals[i]
		if t.Path == path {
			total = t
		}
		sel.Children = append(sel.Children, E("option", A("value", t.Path), If(t.Path == path, A("selected", "")), T(a.totalLabel(t.Path, t.Label))))
	}
	fig := E("figure", Class("chart-fig"), A("id", "fig-waterfall"),
		E("h3", T("Where the difference comes from")),
		E("div", Class("fctl"), E("label", A("for", "t-ui.waterfall"), T("Total")), sel),
		E("p", Class("help"), T(explain.Method(at.Method, len(at.Assumptions)))))
	if total == nil {
		return fig
	}
	spec := a.waterfallSpec(at, total)
	fig.Children = append(fig.Children, E("p", Class("sum"), T(spec.Desc)), chart.Render(spec),
		E("div", Class("tools-row"), downloadButton("svg:waterfall", "SVG", "the waterfall"), downloadButton("png:waterfall", "PNG", "the waterfall")),
		a.panel("table-waterfall", "data", T("Data table"), func() Item { return scrollRegion("Data table: "+spec.Title, chart.Table(spec)) }))
	return fig
}

func (a *App) waterfallSpec(at *compare.Attribution, t *compare.Total) chart.Spec {
	spec := chart.Spec{Kind: chart.Waterfall, ID: "waterfall", Title: a.totalLabel(t.Path, t.Label) + ": from A to B",
		Unit: t.Unit, Width: a.chartWidth(), Base: t.A, BaseName: "A", EndName: "B"}
	spec.Desc = explain.WaterfallChart(a.totalLabel(t.Path, t.Label), t, at)
	if t.Undefined {
		return spec
	}
	for i, as := range at.Assumptions {
		spec.Steps = append(spec.Steps, chart.Step{Label: as.Label, Delta: t.Parts[i]})
	}
	return spec
}

// compareYears sets A's and B's yearly figures side by side.
func (a *App) compareYears() *Node {
	ra, rb := a.cmp.result, a.r
	rows := E("tbody")
	byYear := map[int]*model.Year{}
	for i := range ra.Years {
		byYear[ra.Years[i].Year] = &ra.Years[i]
	}
	for _, yb := range rb.Years {
		ya, ok := byYear[yb.Year]
		cell := func(f func(*model.Year) float64, u units.Unit, y *model.Year) *Node {
			if y == nil {
				return E("td", T("–"))
			}
			return E("td", T(units.Format(f(y), u)))
		}
		var yA *model.Year
		if ok {
			yA = ya
		}
		yB := yb
		spend := func(y *model.Year) float64 { return y.SpendUSD }
		rev := func(y *model.Year) float64 { return y.RevenueUSD }
		gw := func(y *model.Year) float64 { return y.FacilityGW }
		gap := func(y *model.Year) float64 { return y.CumulativeGapUSD }
		rows.Children = append(rows.Children, E("tr", E("th", A("scope", "row"), T(strconv.Itoa(yb.Year))),
			cell(spend, units.USD, yA), cell(spend, units.USD, &yB),
			cell(rev, units.USD, yA), cell(rev, units.USD, &yB),
			cell(gw, units.GW, yA), cell(gw, units.GW, &yB),
			cell(gap, units.USD, yA), cell(gap, units.USD, &yB)))
	}
	head := E("tr", E("th", A("scope", "col"), T("Year")))
	for _, c := range []string{"Spend A", "Spend B", "Revenue A", "Revenue B", "GW A", "GW B", "Gap A", "Gap B"} {
		head.Children = append(head.Children, E("th", A("scope", "col"), T(c)))
	}
	return a.panel("compare-years", "data", T("A and B year by year"), func() Item {
		return scrollRegion("Years of B's horizon", E("table", E("caption", T("Years of B's horizon")), E("thead", head), rows))
	})
}

// derivationView shows how an output is worked out, with the inputs
// behind it; terms that are outputs open their own derivation.
func (a *App) derivationView(path string) Item { return a.derivationIn(path, nil) }

// derivationIn is derivationView inside the derivations of outer. A
// panel's state is its path's, wherever it is shown, so a term whose
// derivation is already open further out (a cycle: the gap's terms lead
// back to the gap) says so instead of opening it again, for ever.
func (a *App) derivationIn(path string, outer []string) Item {
	return a.panel("derive-"+path, "derive", T("How this is worked out"), func() Item {
		chain := append(outer[:len(outer):len(outer)], path)
		d, err := explain.Derive(a.s, a.r, path)
		if err != nil {
			return E("p", Class("err"), T(err.Error()))
		}
		terms := E("ul", Class("terms"))
		for _, t := range d.Terms {
			name := t.Label
			if t.Symbol != t.Label {
				name += " (" + t.Symbol + ")"
			}
			li := E("li", T(name+" = "+units.Format(t.Value, t.Unit)))
			switch {
			case t.Path == "":
			case slices.Contains(chain, t.Path):
				li.Children = append(li.Children, E("span", Class("muted"), T(" (worked out above)")))
			default:
				li.Children = append(li.Children, a.derivationIn(t.Path, chain).(*Node))
			}
			terms.Children = append(terms.Children, li)
		}
		ins := E("ul", Class("inputs"))
		for _, in := range d.Inputs {
			li := E("li", T(in.Label+" = "+in.Value+" "), E("span", Class("badge st-"+strings.ReplaceAll(string(in.Status), " ", "-")), T(string(in.Status))))
			if in.Basis != "" {
				li.Children = append(li.Children, E("span", Class("muted"), T(" "+in.Basis+" ")))
			}
			for i, src := range in.Sources {
				li.Children = append(li.Children, E("a", Class("src"), A("href", src), A("target", "_blank"), A("rel", "noopener noreferrer"),
					A("aria-label", "source "+strconv.Itoa(i+1)+": "+host(src)), T("["+strconv.Itoa(i+1)+"]")))
			}
			ins.Children = append(ins.Children, li)
		}
		return Items{
			E("p", Class("words"), T(d.Words)),
			E("p", Class("formula"), E("code", T(d.Numbers))),
			If(len(d.Terms) > 0, terms),
			If(len(d.Inputs) > 0, E("p", Class("muted"), T("Inputs behind it:"))),
			If(len(d.Inputs) > 0, ins),
		}
	})
}
