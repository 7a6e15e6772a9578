// Package page is what the explorer page shows and how it reacts, as pure
// Go: the state (the scenario, its result, undo history, field errors,
// notices), the events the page sends (an input changed, a button was
// pressed, the address changed), and the view tree of the whole page. The
// wasm binding only forwards events and applies the operations of Frame;
// the build writes View as the first paint's HTML. Everything here runs
// natively in tests.
package page

import (
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/chart"
	"github.com/computedeals/explorer/core/exchange"
	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/computedeals/explorer/core/units"
	"github.com/computedeals/explorer/core/view"
)

// App is the state of one page, and the page's one entry point. The
// wasm binding (wasm/main.go) and the build (cmd/computedeals) use it so:
//
//   - New makes the page of the default view; Prerender draws it
//     natively for the first paint, without what needs the core.
//   - Init reads the link the page was opened with, once.
//   - Handle applies each Event the page reports (see Event for every
//     type). It changes state only: nothing is drawn until Render.
//   - Render(nowMS), once per animation frame, returns the Frame: the DOM
//     operations since the last frame, the address bar's new link and
//     how to write it, the document title and a request for the
//     sampling worker. Time is a parameter, so throttling is tested with
//     fixed instants. View is the tree Render diffs, for the build and
//     the tests.
//   - Tip, Download, CopyText, SummaryText and ShareText answer the page
//     directly: a chart's read-out, a file to save, the text to copy;
//     Title and Summary are the scenario in words.
//
// Its state is in parts, each with its own type and tests: hist
// (history: Undo, Redo and how a drag groups into one step), url
// (urlSync: the address bar's state machine), sampling (the worker's
// requests and replies) and cmp (comparison: compare mode's pinned
// scenario and attribution). App keeps the scenario and its result,
// field errors and notices, the open panels and the DOM it last drew,
// and dispatches events between the parts.
type App struct {
	cat  *library.Catalog
	s    *scenario.Scenario
	r    *model.Result
	link string // s.Link(), kept because every frame shows it
	// title and summary are the scenario in words. They take longer than
	// a frame's other work, so a drag updates them with the address bar,
	// a few times a second; words says they are up to date.
	title, summary string
	words          bool
	// thresholds are the break-even thresholds of the scenario number
	// thresholdsGen. They cost a few evaluations, so they wait for the
	// end of a drag. They are worked out here rather than in the worker so
	// that they are in the page from its first paint and never arrive late
	// and push what is below them down.
	thresholds    []uncertainty.Threshold
	thresholdsGen int

	hist     history
	url      urlSync
	sampling sampling
	cmp      comparison

	// fieldErrs holds what the user typed into a field that could not be
	// used, with the reason; the scenario keeps its last good value.
	fieldErrs map[string]fieldError
	notice    *notice

	prev            *view.Node // the tree the DOM shows
	memos, memoNext map[string]memoEntry

	lay   *outputs.Layout  // the scenario's outputs; see layout
	spare *model.Result    // the result before r, whose slices the next one reuses (setScenario)
	ins   []scenario.Input // the scenario's inputs; see inputs
	heads [][2]string      // its headline outputs; see headlinePaths
	key   []byte           // a memo key being written; see memoBytes
	ops   view.Ops         // the last frame's operations, whose memory the next one reuses
	seek  seekState

	embed   string // the chart the embed route shows; "" on the whole page
	isEmbed bool

	drawn []chart.Spec // the charts of the last frame, for their read-outs (Tip)

	domElements int  // elements of the prerendered page, as the page counted them
	prerender   bool // drawing the first paint, which has no core behind it

	width int             // the charts' column, in CSS pixels; 0 until the page says
	open  map[string]bool // the panels the reader has opened

	badges map[string]Item        // the facts' badges drawn so far; see factBadge
	hits   map[string]*chart.Hits // each chart's hover rects, by chart id; see renderChart

	// placeholder is the tornado's place while it is worked out, drawn
	// for placeholderWidth and placeholderRows; see tornadoPlaceholder.
	placeholder                       *Node
	placeholderWidth, placeholderRows int
}

type fieldError struct {
	_         incomparable
	text, msg string
}

type notice struct {
	title string
	items []string
	// more are items folded away past the first few.
	more []string
	note string
	// keys links the notice to the keys a link may hold (method.html#keys).
	keys bool
	// undo offers Undo inside the notice: the change it reports can be
	// taken back in one step.
	undo bool
}

// noticeItems is how many items a notice shows before it folds the rest.
const noticeItems = 5

// New returns the page of the default view.
func New(cat *library.Catalog) *App {
	a := &App{cat: cat, fieldErrs: map[string]fieldError{}, open: map[string]bool{},
		sampling: sampling{output: "portfolio.value_usd"}}
	s := scenario.Default(cat)
	a.setScenario(s, s.Link())
	a.url = newURLSync(a.link)
	return a
}

// Prerender is the page's first paint: the default view, drawn natively
// at build time, without what only works once the core has loaded.
func Prerender(cat *library.Catalog) *view.Node {
	a := New(cat)
	a.prerender = true
	// The summary and thresholds hold their place from the first paint.
	a.updateWords()
	a.updateThresholds()
	return a.View()
}

// link is s.Link(), which the callers have most often written already.
// The result is worked out into the one before last, whose slices are
// then reused: a slider step allocates no new monthly series. (The last
// one stays as it was: the charts of the last frame, which Tip reads,
// may hold its series.)
func (a *App) setScenario(s *scenario.Scenario, link string) bool {
	r := a.spare
	if r == nil {
		r = new(model.Result)
	}
	if err := model.EvaluateInto(&s.Portfolio, r); err != nil {
		a.notice = &notice{title: "That change could not be evaluated", items: []string{err.Error()}, note: "The last good scenario is still shown."}
		return false
	}
	if a.lay != nil && !sameOutputs(a.s, s) {
		a.lay = nil
	}
	a.s, a.r, a.spare = s, r, a.r
	a.ins, a.heads = nil, nil
	a.link = link
	a.words = false
	a.sampling.restart(a.hist.dragging)
	return true
}

// MaxPageLink is the longest link the page builds: longer links break in
// mail and chat programs. Hand-written links may be longer (up to
// scenario.MaxLinkLen); the page keeps the last scenario under the cap.
const MaxPageLink = 2000

// change makes s the current scenario. Mode says how the address bar
// follows: urlPush (a finished change, recorded for Undo and Back),
// urlReplace (a drag's later moves, throttled) or urlFromLink (the
// address bar changed first; recorded for Undo).
func (a *App) change(s *scenario.Scenario, mode urlMode) {
	old := a.s
	link := s.Link()
	if link == a.link {
		return // the same scenario (the preset already loaded, a value typed again): no step to undo
	}
	if n := len(link); n > MaxPageLink && n > len(a.link) {
		a.notice = &notice{title: "That change would make the link too long",
			items: []string{"The link would be " + strconv.Itoa(n) + " characters; the page keeps links under " + strconv.Itoa(MaxPageLink) + " so that they survive mail and chat."},
			note:  "Reset some changes or remove a deal of your own first; the last scenario is still shown."}
		return
	}
	if !a.setScenario(s, link) {
		return
	}
	if mode == urlPush || mode == urlFromLink {
		a.hist.record(old)
	}
	if mode == urlFromLink {
		mode = urlReplaceNow // the address bar holds it already
	}
	a.markURL(mode)
}

// markURL asks the address bar to follow the scenario (see urlSync.mark).
func (a *App) markURL(mode urlMode) { a.url.mark(mode) }

// Event is what the page reports, one call of App.Handle each. By Type:
//
//   - "input": the input Key (its link key, like "d.aws.n" or "pue"; or
//     "preset"; or a page setting under "ui.": "ui.tornado",
//     "ui.compare_link", "ui.waterfall", "ui.seek.input", "ui.seek.output",
//     "ui.seek.target") holds Value. Phase is "slide" while a slider
//     moves (Value is its position, 0 to SliderSteps), "commit" when a
//     slider is let go or a choice or box is set, and "type" for typed
//     text, which may carry units ("38B", "1.2 GW"). A drag's slides and
//     its commit are one undo step and one history entry. "<key>.range"
//     takes a typed range ("200k – 500k", or "" for none).
//   - "act": the button Key was pressed, with Value its argument: "undo",
//     "redo", "reset-all", "reset" (Value: an input's key, or
//     "<key>.range"), "dismiss" (the notice), "pin", "unpin", "seek",
//     "seek-apply", "add-deal", "remove-deal" (Value: the deal's id),
//     "add-funding", "remove-funding" (Value: its id), "derive" and
//     "size-unit" (Value: "<deal id>:<choice>").
//   - "link": the address bar changed to Value (Back, Forward, a pasted
//     link); recorded for Undo.
//   - "toggle": the panel Key was opened (Value "1") or closed.
//   - "import": Value is the text of a scenario file to open.
//   - "import-too-big": a file was chosen of Value bytes, over
//     exchange.MaxDocLen, and not read.
//   - "bands": Value is a message of the sampling worker (a
//     worker.Reply, encoded).
//   - "hydrate": the page still shows the prerendered first paint, with
//     Value elements.
//   - "resize": the charts' column is Value CSS pixels wide.
//
// Key, Value and Phase are "" where a type does not use them. Any other
// Type, and any value Handle cannot use, changes nothing but a field
// error or a notice.
type Event struct {
	Type  string
	Key   string
	Value string
	Phase string
}

// Init reads the link the page was opened with.
func (a *App) Init(link string) {
	a.embed, a.isEmbed = embedFrom(link)
	a.openLink(link, false)
	a.url.mode = urlReplace
}

// Handle applies one event. It never panics on any input: bad values
// become field errors or notices and the last good scenario stays.
func (a *App) Handle(ev Event) {
	switch ev.Type {
	case "input":
		a.input(ev)
	case "act":
		a.act(ev.Key, ev.Value)
	case "link":
		a.openLink(ev.Value, true)
	case "toggle":
		// A panel (a deal's terms, a data table) was opened or closed: its
		// content is built only while it is open.
		if ev.Value == "1" {
			a.open[ev.Key] = true
		} else {
			delete(a.open, ev.Key)
		}
	case "import":
		a.importJSON(ev.Value)
	case "import-too-big":
		a.importTooBig(ev.Value)
	case "bands":
		a.sampling.take(ev.Value, a.layout())
	case "hydrate":
		// The page still shows the prerendered default view, with this many
		// elements: if it matches, the first frame patches it instead of
		// rebuilding it.
		a.domElements, _ = strconv.Atoi(ev.Value)
	case "resize":
		if w, err := strconv.Atoi(ev.Value); err == nil && w > 0 && w < 10000 {
			a.width = w
		}
	}
}

// problemsNotice is the notice that lists the problems found in what
// ("This link", "This file").
func problemsNotice(what string, probs []*scenario.Problem) *notice {
	n := &notice{title: what + " has " + plural(len(probs), "problem"), keys: true}
	// Problems that say the same thing of several keys are one item: a
	// link with hundreds of unknown keys is one line, not hundreds.
	var order []string
	keys := map[string][]string{}
	for _, p := range probs {
		msg := p.Msg
		if p.Key == "" {
			msg = p.Error()
		}
		if _, ok := keys[msg]; !ok {
			order = append(order, msg)
		}
		keys[msg] = append(keys[msg], p.Error())
	}
	var items []string
	for _, msg := range order {
		ks := keys[msg]
		if len(ks) == 1 {
			items = append(items, ks[0])
			continue
		}
		var names []string
		for _, p := range probs {
			if p.Msg == msg && p.Key != "" {
				names = append(names, p.Key)
			}
		}
		shown := names
		if len(shown) > 6 {
			shown = append(shown[:6:6], "…")
		}
		items = append(items, strconv.Itoa(len(ks))+" keys ("+strings.Join(shown, ", ")+"): "+msg)
	}
	if len(items) > noticeItems {
		n.items, n.more = items[:noticeItems], items[noticeItems:]
	} else {
		n.items = items
	}
	return n
}

func (a *App) openLink(link string, record bool) {
	frag := scenario.Fragment(link)
	if frag == a.urlLink() {
		return
	}
	_, pinned := scenario.SplitPinned(frag)
	defer a.openPinned(pinned)
	s, probs := scenario.Decode(a.cat, link)
	if len(probs) > 0 {
		n := problemsNotice("This link", probs)
		if probs[0].Fatal {
			n.note = "Nothing of it was applied; your scenario is unchanged."
			a.notice = n
			a.markURL(urlReplace)
			return
		}
		n.note = "The rest of the link is applied."
		if record {
			n.note += " Undo returns to what you had."
			n.undo = true
		}
		a.notice = n
	}
	if record {
		a.change(s, urlFromLink)
	} else if a.setScenario(s, s.Link()) {
		a.markURL(urlReplace)
	}
	if !record {
		a.hist.forget()
	}
	if len(probs) == 0 {
		a.url.shown = a.urlLink()
	}
	a.fieldErrs = map[string]fieldError{}
}

// openPinned restores the comparison a link carries (its pin. keys), or
// ends one the link does not carry.
func (a *App) openPinned(pinned string) {
	switch {
	case pinned == "" && a.cmp.on():
		a.cmp.end()
	case pinned != "" && (!a.cmp.on() || a.cmp.link != scenario.Fragment(pinned)):
		a.pinLink(pinned)
	}
	a.url.shown = a.urlLink()
}

// urlLink is what the address bar holds: the scenario's link and, in
// compare mode, the pinned scenario's under pin. keys, so that a shared
// link opens the same comparison.
func (a *App) urlLink() string { return a.cmp.linkWith(a.link) }

// importJSON opens a scenario file exported by the page (or written by
// hand); its problems show as a notice, like a link's.
func (a *App) importJSON(text string) {
	s, probs := exchange.Import(a.cat, []byte(text))
	if len(probs) > 0 {
		n := problemsNotice("This file", probs)
		if probs[0].Fatal || s == nil {
			n.note = "Nothing of it was applied; your scenario is unchanged."
			a.notice = n
			return
		}
		n.note = "The rest of the file is applied. Undo returns to what you had."
		n.undo = true
		a.notice = n
	} else if a.notice != nil && strings.HasPrefix(a.notice.title, "This file") {
		a.notice = nil // an earlier file's problems are not this one's
	}
	a.fieldErrs = map[string]fieldError{}
	a.change(s, urlPush)
}

// importTooBig reports a file over the page's limit by its size, before
// anything reads it.
func (a *App) importTooBig(size string) {
	a.notice = &notice{title: "This file is too large to import",
		items: []string{"It is " + size + " bytes; a scenario file is at most " + strconv.Itoa(exchange.MaxDocLen) + " bytes (64 KiB)."},
		note:  "Nothing of it was read; your scenario is unchanged."}
}

func (a *App) input(ev Event) {
	key := ev.Key
	switch {
	case key == "preset":
		a.loadPreset(ev.Value)
		return
	case strings.HasPrefix(key, "ui."):
		a.uiInput(key, ev.Value)
		return
	}
	if id, ok := dealKey(key, ".derive"); ok {
		a.act("derive", id+":"+ev.Value)
		return
	}
	if id, ok := dealKey(key, ".size_unit"); ok {
		a.act("size-unit", id+":"+ev.Value)
		return
	}
	if strings.HasSuffix(key, ".range") {
		a.setRange(strings.TrimSuffix(key, ".range"), ev.Value)
		return
	}
	in, err := a.s.Input(key)
	if err != nil {
		a.fieldErrs[key] = fieldError{text: ev.Value, msg: "this field no longer exists"}
		return
	}
	next := a.s.Clone()
	var serr error
	switch ev.Phase {
	case "slide", "commit":
		if in.Field.Type == scenario.Num || in.Field.Type == scenario.Month {
			pos, perr := strconv.ParseFloat(ev.Value, 64)
			if perr != nil || pos < 0 || pos > SliderSteps {
				serr = &scenario.Problem{Key: key, Value: ev.Value, Msg: "not a slider position"}
				break
			}
			serr = setFromSlider(next, in, a.sliderScale(in), pos)
		} else {
			serr = next.Set(key, ev.Value)
		}
	default:
		serr = next.SetTyped(key, ev.Value)
	}
	if serr != nil {
		a.fieldErrs[key] = fieldError{text: ev.Value, msg: problemMsg(serr)}
		return
	}
	delete(a.fieldErrs, key)
	switch {
	case ev.Phase == "slide" && a.hist.slide(key):
		// A drag's later moves, or another key press on the slider just
		// moved, rewrite the step under way.
		a.change(next, urlReplace)
	case ev.Phase == "slide":
		// A drag is one step for Back and for Undo: its first move pushes
		// an entry, the moves after it rewrite that entry.
		a.change(next, urlPush)
		a.hist.startRun(key)
	case a.hist.dragging:
		// Letting go ends the drag: write its last value at once.
		a.hist.letGo()
		if link := next.Link(); link != a.link {
			a.setScenario(next, link)
		}
		a.markURL(urlReplaceNow)
	default:
		a.change(next, urlPush)
	}
}

// dealKey returns the deal id of "d.<id><suffix>".
func dealKey(key, suffix string) (string, bool) {
	rest, ok := strings.CutPrefix(key, "d.")
	if !ok {
		return "", false
	}
	return strings.CutSuffix(rest, suffix)
}

func problemMsg(err error) string {
	if p, ok := err.(*scenario.Problem); ok {
		return p.Msg
	}
	return err.Error()
}

func (a *App) setRange(key, text string) {
	next := a.s.Clone()
	in, err := next.Input(key)
	if err != nil {
		a.fieldErrs[key+".range"] = fieldError{text: text, msg: "this field no longer exists"}
		return
	}
	t := strings.TrimSpace(text)
	var serr error
	if t == "" || t == "none" {
		serr = next.SetRange(key, scenario.Range{}, false)
	} else {
		lo, hi, ok := cutRange(t)
		var l, h float64
		var e1, e2 error
		if ok {
			l, e1 = units.Parse(lo, in.Field.Unit)
			h, e2 = units.Parse(hi, in.Field.Unit)
		}
		switch {
		case !ok || e1 != nil || e2 != nil:
			serr = &scenario.Problem{Key: key + ".range", Value: text, Msg: "write low – high, like " + units.Input(a.s.Num(in)*0.8, in.Field.Unit) + " – " + units.Input(a.s.Num(in)*1.25, in.Field.Unit) + ", or leave it empty for none"}
		default:
			serr = next.SetRange(key, scenario.Range{Low: l, High: h}, true)
		}
	}
	if serr != nil {
		a.fieldErrs[key+".range"] = fieldError{text: text, msg: problemMsg(serr)}
		return
	}
	delete(a.fieldErrs, key+".range")
	a.change(next, urlPush)
}

// cutRange splits "200k – 500k", "200k-500k", "200k..500k" or
// "200k to 500k".
func cutRange(t string) (string, string, bool) {
	for _, sep := range []string{"..", "–", " to ", " - "} {
		if lo, hi, ok := strings.Cut(t, sep); ok {
			return lo, hi, true
		}
	}
	// A plain hyphen between two numbers, not a leading minus.
	if i := strings.Index(t[1:], "-"); i >= 0 {
		return t[:i+1], t[i+2:], true
	}
	return "", "", false
}

func (a *App) loadPreset(id string) {
	p, ok := a.s.Vintage.Preset(id)
	if !ok {
		a.fieldErrs["preset"] = fieldError{text: id, msg: "unknown preset"}
		return
	}
	a.fieldErrs = map[string]fieldError{}
	edits := a.s.Link()
	before := a.s.Preset.Title
	old := a.s
	a.change(scenario.New(a.cat, a.s.Vintage, p), urlPush)
	if a.s == old {
		return
	}
	// The edits made on the old preset are gone from the page: say so,
	// and offer them back.
	if n := editCount(edits, old.Head()); n > 0 {
		a.notice = &notice{title: "Preset " + p.Title + " loaded",
			items: []string{setAside(n, before)},
			note:  "Undo brings them back.", undo: true}
	}
}

// setAside says that the reader's n edits to the preset named before are
// no longer on the page.
func setAside(n int, before string) string {
	if n == 1 {
		return "Your change to “" + before + "” is set aside."
	}
	return "Your " + plural(n, "change") + " to “" + before + "” are set aside."
}

// editCount counts the edits a scenario's link holds on top of its data
// vintage and preset: the keys that follow its head (Scenario.Head), one
// "&key=value" each. A link that is its head alone holds none.
func editCount(link, head string) int {
	rest, ok := strings.CutPrefix(link, head)
	if !ok || rest == "" {
		return 0
	}
	return strings.Count(rest, "&")
}

// restore makes s, from Undo or Redo, the current scenario.
func (a *App) restore(s *scenario.Scenario) {
	if s == nil {
		return
	}
	a.setScenario(s, s.Link())
	a.fieldErrs = map[string]fieldError{}
	a.markURL(urlPush)
}

func (a *App) act(name, arg string) {
	switch name {
	case "undo":
		if a.notice != nil && a.notice.undo {
			a.notice = nil // what it offered to take back is taken back
		}
		a.restore(a.hist.back(a.s))
	case "redo":
		a.restore(a.hist.forward(a.s))
	case "reset-all":
		a.fieldErrs = map[string]fieldError{}
		a.change(a.s.Base(), urlPush)
	case "reset":
		a.reset(arg)
	case "dismiss":
		a.notice = nil
	case "pin":
		a.pin(a.s)
		a.markURL(urlPush) // the link carries the comparison
	case "unpin":
		a.cmp.end()
		a.markURL(urlPush)
	case "seek":
		a.runSeek()
	case "seek-apply":
		a.applySeek()
	case "add-deal":
		next := a.s.Clone()
		if _, err := next.AddDeal(); err != nil {
			a.notice = &notice{title: "No deal added", items: []string{problemMsg(err)}}
			return
		}
		a.change(next, urlPush)
	case "remove-deal":
		next := a.s.Clone()
		if err := next.RemoveDeal(arg); err != nil {
			a.notice = &notice{title: "Nothing removed", items: []string{problemMsg(err)}}
			return
		}
		a.change(next, urlPush)
	case "add-funding":
		next := a.s.Clone()
		if _, err := next.AddFunding(); err != nil {
			a.notice = &notice{title: "No funding event added", items: []string{problemMsg(err)}}
			return
		}
		a.change(next, urlPush)
	case "remove-funding":
		next := a.s.Clone()
		if err := next.RemoveFunding(arg); err != nil {
			a.notice = &notice{title: "Nothing removed", items: []string{problemMsg(err)}}
			return
		}
		a.change(next, urlPush)
	case "derive", "size-unit":
		id, v, _ := strings.Cut(arg, ":")
		i := a.s.DealIndex(id)
		if i < 0 {
			return
		}
		next := a.s.Clone()
		var err error
		if name == "derive" {
			q := map[string]model.Quantity{"value": model.Value, "price": model.Price, "size": model.Size}[v]
			err = next.SetDerive(i, q)
		} else {
			u := model.Accelerators
			if v == "gw" {
				u = model.GW
			}
			err = next.SetSizeUnit(i, u)
		}
		if err != nil {
			a.fieldErrs["d."+id+".derive"] = fieldError{text: v, msg: problemMsg(err)}
			return
		}
		delete(a.fieldErrs, "d."+id+".derive")
		a.change(next, urlPush)
	}
}

// reset puts one input back to the value of the scenario's base.
func (a *App) reset(key string) {
	delete(a.fieldErrs, key)
	base := a.s.Base()
	next := a.s.Clone()
	if rk, ok := strings.CutSuffix(key, ".range"); ok {
		if _, err := base.Input(rk); err != nil {
			return
		}
		in, err := next.Input(rk)
		if err != nil {
			return
		}
		// The default range: the base's, or from model version 2 on the
		// one that follows the input's value (MODEL.md §11).
		r, has := next.DefaultRange(in)
		if next.SetRange(rk, r, has) == nil {
			a.change(next, urlPush)
		}
		return
	}
	bi, err := base.Input(key)
	if err != nil {
		return
	}
	if err := next.Set(key, base.Get(bi)); err != nil {
		a.fieldErrs[key] = fieldError{text: base.Get(bi), msg: problemMsg(err)}
		return
	}
	a.change(next, urlPush)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// Frame is what the page does at the next animation frame.
type Frame struct {
	// Ops are the DOM operations, as JSON (see view.Ops).
	Ops string
	// Link is the address bar's new fragment, and URLMode says whether to
	// push it (a finished change: Back undoes it) or replace it.
	Link    string
	URLMode string
	Title   string
	// AgainMS asks for another frame after that many milliseconds: a
	// throttled address-bar update is pending.
	AgainMS float64
	// Worker is a request for the sampling worker, when there is a new one.
	Worker string
}

// Render returns what changed since the last frame. nowMS is the page's
// clock (performance.now()), passed in so that throttling is testable.
func (a *App) Render(nowMS float64) Frame {
	a.hist.tick(nowMS)
	var f Frame
	w := a.url.Render(nowMS, a.urlLink())
	f.Link, f.URLMode, f.AgainMS = w.Link, w.Mode.String(), w.AgainMS
	if w.Mode != urlShown {
		f.Title = a.Title()
	} else if !a.hist.dragging {
		a.updateWords()
	}
	// Every scenario goes to the worker, a dragged slider's included: its
	// quick bands follow the drag (see sampling.following).
	a.sampling.settle(a.hist.dragging)
	f.Worker, _ = a.sampling.request(a.link, a.hist.dragging)

	if !a.hist.dragging {
		a.updateThresholds()
	}
	tree := a.View()
	ops := &a.ops
	ops.Reset()
	if a.prev == nil && a.domElements > 0 {
		// The prerendered page is the default view drawn natively; when
		// the page holds as many elements as that tree, patch it.
		if pre := Prerender(a.cat); elements(pre) == a.domElements {
			a.prev = pre
		}
	}
	if a.prev == nil {
		ops.Replace("", tree)
	} else {
		ops.Diff("", a.prev, tree)
	}
	a.prev = tree
	f.Ops = ops.JSON()
	return f
}

// elements counts the element nodes of a tree.
func elements(n *view.Node) int {
	if n.Tag == "" {
		return 0
	}
	c := 1
	for _, ch := range n.Children {
		c += elements(ch)
	}
	return c
}

// JSON writes the frame for app.js.
func (f Frame) JSON() string {
	return `{"ops":` + f.Ops + `,"link":` + quote(f.Link) + `,"mode":` + quote(f.URLMode) +
		`,"title":` + quote(f.Title) + `,"again":` + strconv.FormatFloat(f.AgainMS, 'f', 0, 64) +
		`,"worker":` + quote(f.Worker) + "}"
}

func quote(s string) string { return strings.TrimSuffix(string(jsondoc.Encode(s)), "\n") }

// Title is the one-line title of the scenario, for the document and for
// copied links.
func (a *App) Title() string {
	a.updateWords()
	return a.title + " — Compute Deals Explorer"
}

// Summary is the scenario in plain words.
func (a *App) Summary() string {
	a.updateWords()
	return a.summary
}

func (a *App) updateWords() {
	if !a.words {
		a.title, a.summary = explain.Title(a.s), explain.Summary(a.s, a.r)
		a.words = true
	}
}

func (a *App) updateThresholds() {
	if a.thresholdsGen != a.sampling.gen {
		// An error only if s cannot be evaluated, and a.r says it can.
		a.thresholds, _ = uncertainty.Thresholds(a.s)
		a.thresholdsGen = a.sampling.gen
	}
}

// CopyText is what Copy link puts on the clipboard: the scenario's
// address alone, so that it pastes into an address bar. pageURL is the
// page's address without its fragment.
func (a *App) CopyText(pageURL string) string {
	return pageURL + "#" + a.urlLink()
}

// SummaryText is what Copy summary puts on the clipboard: the scenario's
// title, its address and its summary, for a mail or a post.
func (a *App) SummaryText(pageURL string) string {
	return a.Title() + "\n" + a.CopyText(pageURL) + "\n\n" + a.Summary()
}
