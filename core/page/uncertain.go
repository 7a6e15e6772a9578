package page

import (
	"math"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/chart"
	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/computedeals/explorer/core/units"
	"github.com/computedeals/explorer/core/view"
	"github.com/computedeals/explorer/core/worker"
)

// seekState is the goal-seek form and its last answer.
type seekState struct {
	_                     incomparable
	input, output, target string
	result                *uncertainty.Solution
	err                   string
}

// headlinePaths are the totals the tornado and goal seek offer, with their
// names: report's headlines, energy and useful compute, and each deal's
// price and value, named as the layout names them.
//
// They are listed once a scenario, as its inputs are (see inputs).
func (a *App) headlinePaths() [][2]string {
	if a.heads == nil {
		a.heads = a.listHeadlinePaths()
	}
	return a.heads
}

func (a *App) listHeadlinePaths() [][2]string {
	l := a.layout()
	paths := append(outputs.HeadlinePaths(a.s.Portfolio.Cash.Has()), "portfolio.energy_twh", "portfolio.useful_flop")
	for _, d := range a.s.Portfolio.Deals {
		if d.On {
			paths = append(paths, "deals."+d.ID+".price_usd_per_hour", "deals."+d.ID+".value_usd")
		}
	}
	out := make([][2]string, 0, len(paths))
	for _, p := range paths {
		if i := l.Index(p); i >= 0 {
			out = append(out, [2]string{p, l.Labels[i]})
		}
	}
	return out
}

// inputLabel names an input for people: "AWS: Accelerators", "PUE".
func (a *App) inputLabel(key string) string {
	in, err := a.s.Input(key)
	if err != nil {
		return key
	}
	if owner := a.ownerName(in); owner != "" {
		return owner + ": " + in.Field.Label
	}
	return in.Field.Label
}

// ownerName is the deal or accelerator an input belongs to, as its label
// names it; "" for the others.
func (a *App) ownerName(in scenario.Input) string {
	switch {
	case in.Deal >= 0:
		return outputs.DealName(a.s, in.Deal)
	case in.Accel >= 0:
		return a.s.Portfolio.Accelerators[in.Accel].Name
	}
	return ""
}

// uiInput takes the page's own settings: the tornado's output and the
// goal-seek form.
func (a *App) uiInput(key, value string) {
	switch key {
	case "ui.tornado":
		for _, p := range a.headlinePaths() {
			if p[0] == value {
				a.sampling.setOutput(value) // ask the worker again
			}
		}
	case "ui.compare_link":
		if strings.TrimSpace(value) != "" {
			a.pinLink(value)
			a.markURL(urlPush) // the link carries the comparison
		}
	case "ui.waterfall":
		a.cmp.waterfallPath = value
	case "ui.seek.input":
		a.seek.input = value
	case "ui.seek.output":
		a.seek.output = value
	case "ui.seek.target":
		a.seek.target = value
	}
}

// runSeek solves the goal-seek form.
func (a *App) runSeek() {
	a.seek.result, a.seek.err = nil, ""
	if a.seek.input == "" || a.seek.output == "" {
		a.seek.err = "choose an input and an output"
		return
	}
	unit := a.layout().Units[max(a.layout().Index(a.seek.output), 0)]
	target, err := units.Parse(a.seek.target, unit)
	if err != nil {
		a.seek.err = "the target " + problemMsg(err)
		if ue, ok := err.(*units.Error); ok {
			a.seek.err = strconv.Quote(a.seek.target) + " " + ue.Why
		}
		return
	}
	sol, err := uncertainty.Seek(a.s, a.seek.input, a.seek.output, target)
	if err != nil {
		a.seek.err = err.Error()
		return
	}
	a.seek.result = &sol
}

// applySeek sets the input to the value goal seek found.
func (a *App) applySeek() {
	r := a.seek.result
	if r == nil || !r.Found {
		return
	}
	next := a.s.Clone()
	// The value as the field shows it: a link carries no more digits than
	// the reader saw, and a whole-number input a whole number.
	in, err := next.Input(r.Key)
	if err != nil {
		a.seek.err = problemMsg(err)
		return
	}
	v := r.Value
	if in.Field.Integer {
		v = math.Round(v)
	}
	if err := next.SetTyped(r.Key, units.Input(v, in.Field.Unit)); err != nil {
		a.seek.err = problemMsg(err)
		return
	}
	a.change(next, urlPush)
}

// bandText is "5–95 %: a – b" for an output, or while sampling has no
// bands for it a placeholder of the same height, so that nothing moves
// when they come. The span is there either way: only its text and
// attributes change.
func (a *App) bandText(path string, u units.Unit) Item {
	lo, _, hi, ok := a.sampling.bands.band(path)
	if !ok {
		text := "5–95 %: sampling…"
		if a.sampling.err != "" {
			text = "5–95 %: not sampled"
		}
		return E("span", Class("band pending"), T(text))
	}
	return E("span", Class("band"), A("data-band", path), A("data-p5", num(lo)), A("data-p95", num(hi)),
		T("5–95 %: "+bandRange(units.Format(lo, u), units.Format(hi, u))))
}

// bandRange joins the two ends of a band, writing a unit they share once
// ("0.24 – 0.27 GW/wk"), so that the line fits a narrow card.
func bandRange(lo, hi string) string {
	if i := strings.LastIndexByte(lo, ' '); i > 0 && strings.HasSuffix(hi, lo[i:]) {
		lo = lo[:i]
	}
	return lo + " – " + hi
}

// fan gives a chart the 5–95 % band of a yearly output: at each year's
// last month for monthly charts, joined by straight lines (the samples
// hold year ends only), or per year.
func (a *App) fan(spec *chart.Spec, field, name, midName, class string, monthly bool) {
	if a.sampling.bands == nil {
		return
	}
	r := a.r
	n := len(r.Years)
	lo, mid, hi := make([]float64, n), make([]float64, n), make([]float64, n)
	for i, y := range r.Years {
		var ok bool
		lo[i], mid[i], hi[i], ok = a.sampling.bands.band("years." + strconv.Itoa(y.Year) + "." + field)
		if !ok {
			return
		}
	}
	if monthly {
		lo, mid, hi = a.yearEndsToMonths(lo), a.yearEndsToMonths(mid), a.yearEndsToMonths(hi)
	}
	spec.Bands = append(spec.Bands, chart.Band{Name: name, MidName: midName, Low: lo, Mid: mid, High: hi, Class: class})
}

// yearEndsToMonths spreads year-end values over the horizon's months,
// straight between year ends and flat before the first.
func (a *App) yearEndsToMonths(v []float64) []float64 {
	r := a.r
	out := make([]float64, len(r.FacilityGW))
	prevIdx, prevVal := -1, v[0]
	for i, y := range r.Years {
		end := int(y.Last - r.From)
		for j := prevIdx + 1; j <= end; j++ {
			if prevIdx < 0 {
				out[j] = v[i]
				continue
			}
			t := float64(j-prevIdx) / float64(end-prevIdx)
			out[j] = prevVal + t*(v[i]-prevVal)
		}
		prevIdx, prevVal = end, v[i]
	}
	return out
}

// uncertaintyView shows sampling's progress, the tornado, the break-even
// thresholds and goal seek.
func (a *App) uncertaintyView() *Node {
	sec := E("section", Class("uncertainty"), A("aria-labelledby", "unc-title"),
		E("h2", A("id", "unc-title"), T("How sure, and which assumption matters")))
	ranged := 0
	for _, in := range a.inputs() {
		if _, ok := a.s.Range(in); ok && (in.Deal < 0 || a.s.Portfolio.Deals[in.Deal].On) {
			ranged++
		}
	}
	// The progress bar is there from the start, at 0 until the first
	// bands come, so that the line keeps its shape; data-sampling says
	// whether sampling is "running", "done" (every band and the tornado
	// are in) or "stopped", for readers' scripts and the browser tests.
	samples, done, target, state := 0, 0, worker.MaxSamples, a.sampling.state()
	if b := a.sampling.bands; b != nil {
		samples, done, target = b.samples, b.samples+b.rejected, b.target
	}
	var st Items
	if a.sampling.err != "" {
		st = Items{E("span", Class("err"), T("Sampling stopped: "+a.sampling.err))}
	} else {
		st = Items{
			E("progress", A("max", strconv.Itoa(target)), A("value", strconv.Itoa(done)), A("aria-label", "Monte Carlo samples")),
			T(" " + units.Grouped(float64(samples), 0) + " of " + units.Grouped(float64(target), 0) +
				" samples of " + strconv.Itoa(ranged) + " ranged inputs (seed " + strconv.FormatUint(a.s.Seed, 10) + ")"),
		}
		if a.sampling.bands != nil && a.sampling.bands.rejected > 0 {
			st = append(st, T("; "+strconv.Itoa(a.sampling.bands.rejected)+" samples left out: an input out of its domain"))
		}
	}
	sec.Attrs = append(sec.Attrs, A("data-sampling", state))
	status := E("p", Class("sampling"), A("role", "status"), st)
	if b := a.sampling.bands; b != nil && b.workers > 0 {
		// Each worker draws its own share of the sample numbers: the
		// same samples, and bands, as one worker alone. Said in a
		// tooltip, so that the line keeps its length (and the page its
		// layout) as helpers join.
		title := "Drawn by " + plural(b.workers, "worker") + ", one per processor core, up to four"
		if b.workers > 1 {
			title += ", in parallel: the same samples as one worker would draw alone"
		}
		status.Attrs = append(status.Attrs, A("data-workers", strconv.Itoa(b.workers)), A("title", title))
	}
	sec.Children = append(sec.Children, status,
		E("p", Class("help"), T("Every input with a 5–95 % range is drawn at random, lognormal when it must be positive; the bands are the 5th and 95th percentiles of each total. Ranges are edited beside each input; the seed is under Horizon and sampling.")))

	// Tornado.
	sel := a.outputSelect("ui.tornado", a.sampling.output, nil)
	fig := E("figure", Class("chart-fig"), A("id", "fig-tornado"),
		E("h3", T("Which assumption moves it most")),
		E("div", Class("fctl"), E("label", A("for", "t-ui.tornado"), T("Output")), sel))
	tools := E("div", Class("tools-row"), downloadButton("svg:tornado", "SVG", "the tornado chart"), downloadButton("png:tornado", "PNG", "the tornado chart"))
	if sn := a.sampling.sens; sn != nil && sn.output == a.sampling.output {
		spec := a.tornadoSpec(sn)
		if sn.gen != a.sampling.gen {
			// The last scenario's tornado, until this one's comes.
			fig.Attrs = append(fig.Attrs, A("aria-busy", "true"), Class("chart-fig stale"))
			for _, b := range tools.Children {
				b.Attrs = append(b.Attrs, A("disabled", ""))
			}
		}
		fig.Children = append(fig.Children, E("p", Class("sum"), T(spec.Desc)), chart.Render(spec), tools,
			a.panel("table-tornado", "data", T("Data table"), func() Item { return scrollRegion("Data table: "+spec.Title, chart.Table(spec)) }))
	} else {
		// Until the worker answers, the figure has the chart's parts and
		// its size, so that the chart takes their place and nothing below
		// it moves.
		for _, b := range tools.Children {
			b.Attrs = append(b.Attrs, A("disabled", ""))
		}
		fig.Children = append(fig.Children, E("p", Class("sum muted"), T("Working out which of the ranged inputs moves "+a.outputName(a.sampling.output)+" most, from its low to its high…")), a.tornadoPlaceholder(), tools,
			a.panel("table-tornado", "data", T("Data table"), func() Item { return nil }))
	}
	sec.Children = append(sec.Children, fig)
	if th := a.thresholdsView(); th != nil {
		sec.Children = append(sec.Children, th)
	}
	sec.Children = append(sec.Children, a.seekView())
	return sec
}

// tornadoRows is how many of the tornado's bars the page draws.
const tornadoRows = 12

// tornadoPlaceholder is an empty SVG of the size the tornado will have:
// one row for each ranged input, up to tornadoRows.
func (a *App) tornadoPlaceholder() *Node {
	ins, _ := uncertainty.RangedInputs(a.s)
	spec := chart.Spec{Kind: chart.Tornado, ID: "tornado", Width: a.chartWidth(), Unit: units.Number}
	for range min(len(ins), tornadoRows) {
		spec.Swings = append(spec.Swings, chart.Swing{Low: -1, High: 1})
	}
	// The size is drawn once for each width and number of rows: a whole
	// tornado for one attribute, every frame, was a few hundred
	// allocations.
	if a.placeholder == nil || a.placeholderWidth != spec.Width || a.placeholderRows != len(spec.Swings) {
		vb, _ := chart.Render(spec).Attr("viewBox")
		a.placeholderWidth, a.placeholderRows = spec.Width, len(spec.Swings)
		a.placeholder = view.S("svg", A("viewBox", vb), Class("chart"), A("aria-hidden", "true"))
	}
	return a.placeholder
}

// outputName is what the tornado and goal seek call an output.
func (a *App) outputName(path string) string {
	for _, p := range a.headlinePaths() {
		if p[0] == path {
			return p[1]
		}
	}
	return path
}

// tornadoSpec draws the sensitivity the worker sent.
func (a *App) tornadoSpec(sn *sensitivity) chart.Spec {
	u := a.layout().Units[max(a.layout().Index(sn.output), 0)]
	label := a.outputName(sn.output)
	spec := chart.Spec{Kind: chart.Tornado, ID: "tornado", Title: label + ": swing of each ranged input", Unit: u,
		Width: a.chartWidth(), Base: sn.base, BaseName: "as set"}
	for _, b := range sn.bars {
		if len(spec.Swings) == tornadoRows {
			break
		}
		spec.Swings = append(spec.Swings, chart.Swing{Input: a.inputLabel(b.Key) + " (" + units.Input(b.Low, unitOf(a.s, b.Key)) + " – " + units.Input(b.High, unitOf(a.s, b.Key)) + ")", Low: b.AtLow, High: b.AtHigh})
	}
	if len(sn.bars) > 0 {
		top := sn.bars[0]
		spec.Desc = explain.TornadoChart(label, u, sn.base, a.inputLabel(top.Key), top.AtLow, top.AtHigh, true)
	} else {
		spec.Desc = explain.TornadoChart(label, u, sn.base, "", 0, 0, false)
	}
	return spec
}

func unitOf(s *scenario.Scenario, key string) units.Unit {
	if in, err := s.Input(key); err == nil {
		return in.Field.Unit
	}
	return units.Number
}

// threshold is the break-even threshold of a deal, or with deal "" the
// revenue growth that brings payback within the horizon.
func (a *App) threshold(deal string) *uncertainty.Threshold {
	for i := range a.thresholds {
		th := &a.thresholds[i]
		if th.Deal == deal && (deal != "" || th.Key == "growth") {
			return th
		}
	}
	return nil
}

func (a *App) thresholdItem(deal string) Item {
	th := a.threshold(deal)
	if th == nil {
		return nil
	}
	return E("span", Class("threshold"), T(" "+explain.Threshold(th)+"."))
}

func (a *App) thresholdsView() *Node {
	if len(a.thresholds) == 0 {
		return nil
	}
	list := E("ul")
	for _, th := range a.thresholds {
		if th.Deal != "" {
			if i := a.s.DealIndex(th.Deal); i < 0 || !a.s.Portfolio.Deals[i].On {
				continue
			}
		}
		list.Children = append(list.Children, E("li", T(explain.Threshold(&th))))
	}
	return E("div", Class("thresholds"), E("h3", T("Break-even thresholds")), list)
}

func (a *App) seekView() *Node {
	st := &a.seek
	// The inputs goal seek offers, written into the key first: the list
	// is drawn again only when it or the choice changes.
	seekable := func(in scenario.Input) bool {
		return in.Field.Type == scenario.Num && !in.Derived && in.Key != "seed" && (in.Deal < 0 || a.s.Portfolio.Deals[in.Deal].On) &&
			(in.Accel < 0 || a.accelUsed(in.Accel))
	}
	k := append(a.key[:0], st.input...)
	for _, in := range a.inputs() {
		if seekable(in) {
			k = append(append(append(append(k, 0), in.Key...), a.ownerName(in)...), in.Field.Label...)
		}
	}
	a.key = k
	inSel := a.memoBytes("seek-in", k, func() *Node {
		sel := E("select", A("id", "t-ui.seek.input"), A("data-input", "ui.seek.input"), A("data-role", "choice"), A("value", st.input),
			E("option", A("value", ""), If(st.input == "", A("selected", "")), T("choose an input")))
		for _, in := range a.inputs() {
			if seekable(in) {
				sel.Children = append(sel.Children, E("option", A("value", in.Key), If(in.Key == st.input, A("selected", "")), T(a.inputLabel(in.Key))))
			}
		}
		return sel
	})
	outSel := a.outputSelect("ui.seek.output", st.output, E("option", A("value", ""), If(st.output == "", A("selected", "")), T("choose an output")))
	var answer Item
	switch r := st.result; {
	case st.err != "":
		answer = E("p", Class("err"), A("role", "alert"), T(st.err))
	case r != nil && r.Found:
		answer = E("p", Class("answer"), A("role", "status"),
			T(explain.Seek(r, a.inputLabel(r.Key), a.outputName(r.Path))+". "),
			E("button", A("type", "button"), A("data-act", "seek-apply"), T("Use this value")))
	case r != nil:
		answer = E("p", Class("answer"), A("role", "status"), T(explain.Seek(r, a.inputLabel(r.Key), a.outputName(r.Path))+"."))
	}
	return E("div", Class("seek"),
		E("h3", T("Goal seek")),
		E("p", Class("help"), T("Which value of one input, within its range (or its allowed values when it has none), makes an output reach a target?")),
		E("div", Class("seek-form"),
			E("label", A("for", "t-ui.seek.input"), T("Input")), inSel,
			E("label", A("for", "t-ui.seek.output"), T("Output")), outSel,
			E("label", A("for", "t-ui.seek.target"), T("Target")),
			E("input", A("type", "text"), Class("typed"), A("id", "t-ui.seek.target"), A("data-input", "ui.seek.target"), A("data-role", "typed"),
				A("value", st.target), A("placeholder", "e.g. 3 or 1.4T"), A("spellcheck", "false"), A("autocomplete", "off")),
			E("button", A("type", "button"), A("data-act", "seek"), T("Solve")),
		),
		answer,
	)
}

// outputSelect is the choice of a headline output for the page's own
// input key (ui.tornado, ui.seek.output), with first before the outputs
// when not nil. It is kept from the last frame while the outputs and the
// choice are the same.
func (a *App) outputSelect(key, value string, first *Node) *Node {
	k := append(append(a.key[:0], value...), 0)
	if first != nil {
		k[len(k)-1] = 1
	}
	for _, p := range a.headlinePaths() {
		k = append(append(append(k, 0), p[0]...), p[1]...)
	}
	a.key = k
	return a.memoBytes("select:"+key, k, func() *Node {
		sel := E("select", A("id", "t-"+key), A("data-input", key), A("data-role", "choice"), A("value", value), first)
		for _, p := range a.headlinePaths() {
			sel.Children = append(sel.Children, E("option", A("value", p[0]), If(p[0] == value, A("selected", "")), T(p[1])))
		}
		return sel
	})
}

// accelUsed reports whether a deal that is on uses accelerator i.
func (a *App) accelUsed(i int) bool {
	id := a.s.Portfolio.Accelerators[i].ID
	for _, d := range a.s.Portfolio.Deals {
		if d.On && d.Accel == id {
			return true
		}
	}
	return false
}
