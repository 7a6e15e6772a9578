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

	"github.com/computedeals/explorer/core/compare"
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
	"github.com/computedeals/explorer/core/worker"
)

// ReplaceEveryMS is how often, at most, a slider drag rewrites the
// address bar: browsers throttle history calls made faster than this.
const ReplaceEveryMS = 300

// KeyRunMS is how soon another move of the same slider continues a run
// of key presses as one undo step and one history entry.
const KeyRunMS = 1000

// MaxUndo bounds the undo history.
const MaxUndo = 200

// App is the state of one page.
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

	undo, redo []*scenario.Scenario
	dragging   bool // a slider drag is under way: one undo step for all of it
	// A run of key presses on one slider: its key, when its last move
	// ended and the undo depth it started from.
	runKey      string
	runEnd, now float64
	runUndo     int
	runEnded    bool

	// fieldErrs holds what the user typed into a field that could not be
	// used, with the reason; the scenario keeps its last good value.
	fieldErrs map[string]fieldError
	notice    *notice

	prev            *view.Node // the tree the DOM shows
	memos, memoNext map[string]memoEntry

	// Sampling and sensitivity come from the worker, tagged with gen, the
	// number of the scenario they were asked for.
	gen         int
	workerSent  string
	bands       *bandSet
	sens        *sensitivity
	samplingErr string
	lay         *outputs.Layout
	sensOutput  string // the tornado's output path
	seek        seekState

	// Compare mode: A is pinned, B is s. attr splits their headline
	// differences, for the pair attrKey names.
	pinned        *scenario.Scenario
	pinnedResult  *model.Result
	pinnedLink    string
	attr          *compare.Attribution
	attrKey       string
	attrErr       string
	waterfallPath string

	embed   string // the chart the embed route shows; "" on the whole page
	isEmbed bool

	domElements int  // elements of the prerendered page, as the page counted them
	prerender   bool // drawing the first paint, which has no core behind it

	width int             // the charts' column, in CSS pixels; 0 until the page says
	open  map[string]bool // the panels the reader has opened

	urlMode     string // "push" or "replace" when the address bar is behind
	lastReplace float64
	shownLink   string // the link the address bar shows
}

type fieldError struct{ text, msg string }

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
	a := &App{cat: cat, fieldErrs: map[string]fieldError{}, open: map[string]bool{}, lastReplace: -ReplaceEveryMS,
		sensOutput: "portfolio.value_usd"}
	a.setScenario(scenario.Default(cat))
	a.shownLink = a.link
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

// Scenario is the scenario the page shows.
func (a *App) Scenario() *scenario.Scenario { return a.s }

// Result is the evaluation of Scenario.
func (a *App) Result() *model.Result { return a.r }

func (a *App) setScenario(s *scenario.Scenario) bool {
	r, err := s.Evaluate()
	if err != nil {
		a.notice = &notice{title: "That change could not be evaluated", items: []string{err.Error()}, note: "The last good scenario is still shown."}
		return false
	}
	a.s, a.r = s, r
	a.link = s.Link()
	a.words = false
	a.gen++
	// The tornado stays, marked out of date, until the worker sends the new
	// one: it keeps its place, where taking it away would move everything
	// below it twice.
	a.bands, a.lay, a.samplingErr = nil, nil, ""
	return true
}

// MaxPageLink is the longest link the page builds: longer links break in
// mail and chat programs. Hand-written links may be longer (up to
// scenario.MaxLinkLen); the page keeps the last scenario under the cap.
const MaxPageLink = 2000

// change makes s the current scenario. Mode says how the address bar
// follows: "push" (a finished change, recorded for Undo and Back),
// "replace" (a drag's later moves, throttled) or "link" (the address bar
// changed first; recorded for Undo).
func (a *App) change(s *scenario.Scenario, mode string) {
	old := a.s
	if n := len(s.Link()); n > MaxPageLink && n > len(a.link) {
		a.notice = &notice{title: "That change would make the link too long",
			items: []string{"The link would be " + strconv.Itoa(n) + " characters; the page keeps links under " + strconv.Itoa(MaxPageLink) + " so that they survive mail and chat."},
			note:  "Reset some changes or remove a deal of your own first; the last scenario is still shown."}
		return
	}
	if !a.setScenario(s) {
		return
	}
	if mode == "push" || mode == "link" {
		a.undo = append(a.undo, old)
		if len(a.undo) > MaxUndo {
			a.undo = a.undo[1:]
		}
		a.redo = nil
	}
	if mode == "link" {
		mode = "replace-now" // the address bar holds it already
	}
	a.markURL(mode)
}

func (a *App) markURL(mode string) {
	if a.urlMode != "push" {
		a.urlMode = mode
	}
}

// Event is what the page reports. Type is "input" (Key is the input's
// link key, Value what it holds, Phase "slide" while a slider moves,
// "commit" when it is let go or a choice is made, "type" for typed text),
// "act" (Key names the action, Value its argument), "link" (the address
// bar changed to Value, by Back, Forward or a pasted link), "toggle" (the
// panel Key was opened, Value "1", or closed), "import" (Value is a
// scenario file's text) or "resize" (the charts' column is Value CSS
// pixels wide).
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
	a.urlMode = "replace"
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
		a.workerMessage(ev.Value)
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
			a.markURL("replace")
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
		a.change(s, "link")
	} else if a.setScenario(s) {
		a.markURL("replace")
	}
	if !record {
		a.undo, a.redo = nil, nil
	}
	if len(probs) == 0 {
		a.shownLink = a.urlLink()
	}
	a.fieldErrs = map[string]fieldError{}
}

// openPinned restores the comparison a link carries (its pin. keys), or
// ends one the link does not carry.
func (a *App) openPinned(pinned string) {
	switch {
	case pinned == "" && a.pinned != nil:
		a.pinned, a.pinnedResult, a.attr, a.attrKey = nil, nil, nil, ""
	case pinned != "" && (a.pinned == nil || a.pinnedLink != scenario.Fragment(pinned)):
		a.pinLink(pinned)
	}
	a.shownLink = a.urlLink()
}

// urlLink is what the address bar holds: the scenario's link and, in
// compare mode, the pinned scenario's under pin. keys, so that a shared
// link opens the same comparison.
func (a *App) urlLink() string {
	if a.pinned == nil {
		return a.link
	}
	return scenario.WithPinned(a.link, a.pinnedLink)
}

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
	a.change(s, "push")
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
		a.fieldErrs[key] = fieldError{ev.Value, "this field no longer exists"}
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
		a.fieldErrs[key] = fieldError{ev.Value, problemMsg(serr)}
		return
	}
	delete(a.fieldErrs, key)
	switch {
	case ev.Phase == "slide" && !a.dragging && key == a.runKey && a.now-a.runEnd <= KeyRunMS && len(a.undo) == a.runUndo:
		// Another key press on the slider just moved: the run of presses
		// is one step, as a drag is.
		a.dragging = true
		a.change(next, "replace")
	case ev.Phase == "slide" && !a.dragging:
		// A drag is one step for Back and for Undo: its first move pushes
		// an entry, the moves after it rewrite that entry.
		a.dragging = true
		a.change(next, "push")
		a.runKey, a.runUndo = key, len(a.undo)
	case ev.Phase == "slide":
		a.change(next, "replace")
	case a.dragging:
		// Letting go ends the drag: write its last value at once.
		a.dragging = false
		a.runEnded = true // its time is the next frame's
		if next.Link() != a.link {
			a.setScenario(next)
		}
		a.markURL("replace-now")
	default:
		a.change(next, "push")
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
		a.fieldErrs[key+".range"] = fieldError{text, "this field no longer exists"}
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
		a.fieldErrs[key+".range"] = fieldError{text, problemMsg(serr)}
		return
	}
	delete(a.fieldErrs, key+".range")
	a.change(next, "push")
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
		a.fieldErrs["preset"] = fieldError{id, "unknown preset"}
		return
	}
	a.fieldErrs = map[string]fieldError{}
	edits := a.s.Link()
	before := a.s.Preset.Title
	old := a.s
	a.change(scenario.New(a.cat, a.s.Vintage, p), "push")
	if a.s == old {
		return
	}
	// The edits made on the old preset are gone from the page: say so,
	// and offer them back.
	if n := strings.Count(edits, "&") - 2; n > 0 {
		a.notice = &notice{title: "Preset " + p.Title + " loaded",
			items: []string{"Your " + plural(n, "change") + " to " + before + " are set aside."},
			note:  "Undo brings them back.", undo: true}
	}
}

// travel goes back to the newest scenario of from (undo or redo),
// keeping the current one in to.
func (a *App) travel(from, to *[]*scenario.Scenario) {
	n := len(*from)
	if n == 0 {
		return
	}
	*to = append(*to, a.s)
	a.setScenario((*from)[n-1])
	*from = (*from)[:n-1]
	a.fieldErrs = map[string]fieldError{}
	a.markURL("push")
}

func (a *App) act(name, arg string) {
	switch name {
	case "undo":
		if a.notice != nil && a.notice.undo {
			a.notice = nil // what it offered to take back is taken back
		}
		a.travel(&a.undo, &a.redo)
	case "redo":
		a.travel(&a.redo, &a.undo)
	case "reset-all":
		a.fieldErrs = map[string]fieldError{}
		a.change(a.s.Base(), "push")
	case "reset":
		a.reset(arg)
	case "dismiss":
		a.notice = nil
	case "pin":
		a.pin(a.s)
		a.markURL("push") // the link carries the comparison
	case "unpin":
		a.pinned, a.pinnedResult, a.attr, a.attrKey = nil, nil, nil, ""
		a.markURL("push")
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
		a.change(next, "push")
	case "remove-deal":
		next := a.s.Clone()
		if err := next.RemoveDeal(arg); err != nil {
			a.notice = &notice{title: "Nothing removed", items: []string{problemMsg(err)}}
			return
		}
		a.change(next, "push")
	case "add-funding":
		next := a.s.Clone()
		if _, err := next.AddFunding(); err != nil {
			a.notice = &notice{title: "No funding event added", items: []string{problemMsg(err)}}
			return
		}
		a.change(next, "push")
	case "remove-funding":
		next := a.s.Clone()
		if err := next.RemoveFunding(arg); err != nil {
			a.notice = &notice{title: "Nothing removed", items: []string{problemMsg(err)}}
			return
		}
		a.change(next, "push")
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
			a.fieldErrs["d."+id+".derive"] = fieldError{v, problemMsg(err)}
			return
		}
		delete(a.fieldErrs, "d."+id+".derive")
		a.change(next, "push")
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
			a.change(next, "push")
		}
		return
	}
	bi, err := base.Input(key)
	if err != nil {
		return
	}
	if err := next.Set(key, base.Get(bi)); err != nil {
		a.fieldErrs[key] = fieldError{base.Get(bi), problemMsg(err)}
		return
	}
	a.change(next, "push")
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
	a.now = nowMS
	if a.runEnded {
		a.runEnd, a.runEnded = nowMS, false
	}
	var f Frame
	switch {
	case a.urlMode == "push":
		f.Link, f.URLMode = a.urlLink(), "push"
	case a.urlMode == "replace-now" || a.urlMode == "replace" && nowMS-a.lastReplace >= ReplaceEveryMS:
		f.Link, f.URLMode = a.urlLink(), "replace"
	case a.urlMode == "replace":
		f.AgainMS = ReplaceEveryMS - (nowMS - a.lastReplace)
	}
	if f.URLMode != "" {
		a.urlMode = ""
		a.lastReplace = nowMS
		if f.Link == a.shownLink && f.URLMode == "push" {
			f.URLMode = "replace" // nothing new for Back to step over
		}
		a.shownLink = f.Link
		f.Title = a.Title()
	} else if !a.dragging {
		a.updateWords()
	}
	if f.URLMode != "" || !a.dragging {
		msg := worker.Request{Gen: a.gen, Link: a.link, Output: a.sensOutput}.Encode()
		if msg != a.workerSent {
			f.Worker, a.workerSent = msg, msg
		}
	}

	if !a.dragging {
		a.updateThresholds()
	}
	tree := a.View()
	var ops view.Ops
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
	if a.thresholdsGen != a.gen {
		// An error only if s cannot be evaluated, and a.r says it can.
		a.thresholds, _ = uncertainty.Thresholds(a.s)
		a.thresholdsGen = a.gen
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
