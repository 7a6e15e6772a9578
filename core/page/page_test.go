package page

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/report"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/computedeals/explorer/core/view"
	"github.com/computedeals/explorer/core/worker"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newApp(t testing.TB, link string) *App {
	t.Helper()
	a := New(library.Default())
	a.Init(link)
	a.Render(0)
	return a
}

// shown reads every data-output of the page's tree: path → data-value.
func shown(a *App) map[string]string {
	out := map[string]string{}
	for _, n := range a.View().FindAll(func(n *Node) bool { _, ok := n.Attr("data-output"); return ok }) {
		p, _ := n.Attr("data-output")
		v, _ := n.Attr("data-value")
		out[p] = v
	}
	return out
}

// evalOf is the eval JSON of the app's scenario, decoded.
func evalOf(t testing.TB, a *App) map[string]any {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal(jsondoc.Encode(report.Doc(a.s, a.r, nil)), &doc))
	return doc
}

func lookup(doc map[string]any, path string) (any, bool) {
	parts := strings.Split(path, ".")
	switch {
	case parts[0] == "portfolio" && len(parts) == 2:
		v, ok := doc["portfolio"].(map[string]any)[parts[1]]
		return v, ok
	case parts[0] == "deals" && len(parts) == 3:
		for _, d := range doc["deals"].([]any) {
			if dm := d.(map[string]any); dm["id"] == parts[1] {
				v, ok := dm[parts[2]]
				return v, ok
			}
		}
	case parts[0] == "published" && len(parts) == 3:
		for _, x := range doc["published"].([]any) {
			if pm := x.(map[string]any); pm["id"] == parts[1] {
				v, ok := pm[parts[2]]
				return v, ok
			}
		}
	case parts[0] == "years" && len(parts) == 3:
		for _, y := range doc["years"].([]any) {
			if ym := y.(map[string]any); strconv.Itoa(int(ym["year"].(float64))) == parts[1] {
				v, ok := ym[parts[2]]
				return v, ok
			}
		}
	}
	return nil, false
}

func assertShownMatchesEval(t *testing.T, a *App) {
	t.Helper()
	doc := evalOf(t, a)
	got := shown(a)
	require.NotEmpty(t, got)
	for path, raw := range got {
		want, ok := lookup(doc, path)
		if !assert.True(t, ok, "the page shows %s, which the eval JSON lacks", path) {
			continue
		}
		switch w := want.(type) {
		case float64:
			v, err := strconv.ParseFloat(raw, 64)
			require.NoError(t, err, path)
			assert.Equal(t, w, v, path)
		case string:
			assert.Equal(t, w, raw, path)
		case nil:
			assert.Contains(t, []string{"", "NaN", "+Inf"}, raw, path)
		}
	}
}

func TestEveryShownTotalIsTheEvalFigure(t *testing.T) {
	for _, link := range []string{
		"",
		"data=2026-11",
		"data=2026-11&preset=openai-2026-11",
		"data=2026-11&preset=anthropic",
		"data=2026-11&preset=microsoft-neoclouds&arr=10B",
		"data=2026-11&preset=aws-only&d.aws.n=450k&pue=1.3",
		"data=2026-12&preset=anthropic-2026-12",
		"data=2026-12&preset=meta-2026-12&arr=10B",
		"data=2026-12&preset=aws-only&d.aws.n=450k&pue=1.3",
	} {
		t.Run(link, func(t *testing.T) {
			assertShownMatchesEval(t, newApp(t, link))
		})
	}
}

func TestFirstFrameBuildsThePageAndPointsTheAddressBarAtTheLink(t *testing.T) {
	a := New(library.Default())
	a.Init("https://example.org/#d.aws.n=450000")
	f := a.Render(0)
	assert.True(t, strings.HasPrefix(f.Ops, `[["n","",["div",0,["id","app"`), "the first frame replaces the prerendered page")
	assert.Equal(t, "replace", f.URLMode, "the opened link is rewritten in canonical form, not pushed")
	assert.Equal(t, "v=1&data=2026-12&preset=openai-2026-12&d.aws.n=450k", f.Link, "a link without data reads the newest vintage")
	assert.Contains(t, f.Title, "AWS at 450k GPUs")
}

func TestTypedEntryTakesUnitsAndPushesOneHistoryEntry(t *testing.T) {
	a := newApp(t, "")
	a.Handle(Event{Type: "input", Key: "d.aws.n", Value: "450k GPUs", Phase: "type"})
	f := a.Render(1000)
	assert.Equal(t, "push", f.URLMode)
	assert.Contains(t, f.Link, "d.aws.n=450k")
	assert.NotContains(t, f.Ops, `["n",""`, "a change patches the page, it does not rebuild it")
	assertShownMatchesEval(t, a)
}

func TestBadEntryIsMarkedAtTheFieldAndKeepsTheLastGoodScenario(t *testing.T) {
	for _, c := range []struct{ key, text, msg string }{
		{"d.aws.n", "abc", "try 300k"},
		{"d.aws.n", "-5", "out of range"},
		{"pue", "NaN", "not a number"},
		{"d.aws.start", "2027-13", "YYYY-MM"},
		{"d.aws.full", "2025-01", "before start"},
		{"d.aws.price", "3", "derived"},
		{"d.aws.n.range", "500k..200k", "low is above high"},
	} {
		t.Run(c.key+"="+c.text, func(t *testing.T) {
			a := newApp(t, "")
			before := a.link
			a.Handle(Event{Type: "toggle", Key: "edit-aws", Value: "1"})
			a.Handle(Event{Type: "input", Key: c.key, Value: c.text, Phase: "type"})
			f := a.Render(1000)
			assert.Equal(t, before, a.link)
			assert.Empty(t, f.URLMode)
			errNode := a.prev.Find(view.HasAttr("id", "e-"+c.key))
			if c.key == "d.aws.price" {
				errNode = a.prev.Find(func(n *Node) bool { return n.Tag == "p" && n.TextContent() == a.fieldErrs[c.key].msg })
			}
			require.NotNil(t, errNode, "the error shows at the field")
			assert.Contains(t, errNode.TextContent(), c.msg)
			if c.key != "d.aws.price" {
				field := a.prev.Find(view.HasAttr("id", "t-"+c.key))
				require.NotNil(t, field)
				v, _ := field.Attr("value")
				assert.Equal(t, c.text, v, "what was typed stays in the field to be fixed")
			}
		})
	}
}

func TestADragIsOneUndoStepAndOneHistoryEntry(t *testing.T) {
	a := newApp(t, "")
	start := a.link
	a.Handle(Event{Type: "input", Key: "pue", Value: "400", Phase: "slide"})
	f := a.Render(1000)
	assert.Equal(t, "push", f.URLMode, "the first move of a drag adds one entry for Back")
	for i, now := range []float64{1016, 1032, 1048} {
		a.Handle(Event{Type: "input", Key: "pue", Value: strconv.Itoa(410 + 10*i), Phase: "slide"})
		f = a.Render(now)
		assert.Empty(t, f.URLMode, "later moves wait for the throttle")
		assert.Greater(t, f.AgainMS, 0.0)
	}
	f = a.Render(1000 + ReplaceEveryMS)
	assert.Equal(t, "replace", f.URLMode)
	a.Handle(Event{Type: "input", Key: "pue", Value: "440", Phase: "commit"})
	f = a.Render(1000 + ReplaceEveryMS + 16)
	assert.Equal(t, "replace", f.URLMode, "letting go writes the last value at once")
	assert.Contains(t, f.Link, "pue=")

	a.Handle(Event{Type: "act", Key: "undo"})
	f = a.Render(2000)
	assert.Equal(t, start, f.Link, "one undo takes back the whole drag")
	assert.Equal(t, "push", f.URLMode)
	a.Handle(Event{Type: "act", Key: "redo"})
	f = a.Render(3000)
	assert.Contains(t, f.Link, "pue=")
}

func TestBackAndForwardOpenTheAddressBarsLink(t *testing.T) {
	a := newApp(t, "")
	a.Handle(Event{Type: "link", Value: "http://x/#v=1&data=2026-11&preset=openai-2025-11&d.azure.on=0"})
	f := a.Render(1000)
	assert.Equal(t, "replace", f.URLMode, "the address bar already holds it")
	assert.False(t, a.s.Portfolio.Deals[a.s.DealIndex("azure")].On)
	a.Handle(Event{Type: "act", Key: "undo"})
	a.Render(2000)
	assert.True(t, a.s.Portfolio.Deals[a.s.DealIndex("azure")].On, "Undo works across a Back")
}

func TestALinkWithProblemsShowsThemAndAppliesTheRest(t *testing.T) {
	a := newApp(t, "")
	a.Handle(Event{Type: "link", Value: "#pue=abc&d.aws.n=-5&d.azure.on=0"})
	a.Render(1000)
	n := a.prev.Find(func(n *Node) bool { v, _ := n.Attr("class"); return v == "notice" })
	require.NotNil(t, n)
	text := n.TextContent()
	assert.Contains(t, text, "2 problems")
	assert.Contains(t, text, "pue=abc")
	assert.Contains(t, text, "d.aws.n=-5")
	assert.Contains(t, text, "Undo returns")
	assert.Contains(t, a.link, "d.azure.on=0")
	a.Handle(Event{Type: "act", Key: "dismiss"})
	a.Render(2000)
	assert.Nil(t, a.prev.Find(func(n *Node) bool { v, _ := n.Attr("class"); return v == "notice" }))
}

func TestTheFooterAndProblemNoticesLinkTheMethodology(t *testing.T) {
	a := newApp(t, "")
	href := func(want string) *Node {
		return a.prev.Find(func(n *Node) bool { v, _ := n.Attr("href"); return n.Tag == "a" && v == want })
	}
	require.NotNil(t, href("method.html"), "the footer's Methodology link")
	assert.Equal(t, "Methodology", href("method.html").TextContent())
	assert.Nil(t, href("method.html#keys"), "no notice without problems")

	a.Handle(Event{Type: "link", Value: "#foo=1"})
	a.Render(1000)
	n := a.prev.Find(func(n *Node) bool { v, _ := n.Attr("class"); return v == "notice" })
	require.NotNil(t, n)
	assert.Contains(t, n.TextContent(), "foo=1: unknown key; method.html#keys lists the keys a link may hold")
	assert.NotNil(t, href("method.html#keys"), "the notice links the keys")
}

func TestAnUnreadableLinkChangesNothing(t *testing.T) {
	a := newApp(t, "d.aws.n=450k")
	before := a.link
	a.Handle(Event{Type: "link", Value: "#v=9&pue=1.3"})
	a.Render(1000)
	assert.Equal(t, before, a.link, "the user's work is kept")
	assert.Contains(t, a.prev.Find(func(n *Node) bool { v, _ := n.Attr("class"); return v == "notice" }).TextContent(), "newer version")
	a.Handle(Event{Type: "link", Value: "#" + strings.Repeat("pue=1.3&", 1200)})
	a.Render(2000)
	assert.Equal(t, before, a.link)
}

func TestSwitchingTheDerivedQuantityChangesNoTotal(t *testing.T) {
	a := newApp(t, "")
	before := shown(a)
	a.Handle(Event{Type: "input", Key: "d.aws.derive", Value: "size", Phase: "commit"})
	a.Render(1000)
	assert.Contains(t, a.link, "d.aws.derive=size")
	after := shown(a)
	for path, v := range before {
		bv, _ := strconv.ParseFloat(v, 64)
		av, _ := strconv.ParseFloat(after[path], 64)
		assert.InDelta(t, 0, relErr(bv, av), 1e-12, path)
	}
	a.Handle(Event{Type: "input", Key: "d.aws.size_unit", Value: "gw", Phase: "commit"})
	a.Render(2000)
	assert.Equal(t, before["portfolio.value_usd"], shown(a)["portfolio.value_usd"])
}

func relErr(a, b float64) float64 {
	if a == b {
		return 0
	}
	return math.Abs(a-b) / math.Max(math.Abs(a), math.Abs(b))
}

func TestPresetsResetAndDealsOfYourOwn(t *testing.T) {
	a := newApp(t, "data=2026-11&pue=1.3")
	a.Handle(Event{Type: "input", Key: "preset", Value: "anthropic", Phase: "commit"})
	f := a.Render(1000)
	assert.Equal(t, "v=1&data=2026-11&preset=anthropic", f.Link)
	assert.Equal(t, "push", f.URLMode)

	a.Handle(Event{Type: "act", Key: "add-deal"})
	a.Render(2000)
	assert.Contains(t, a.link, "d.my-1.kind=cloud")
	assert.NotNil(t, a.prev.Find(view.HasAttr("id", "deal-my-1")))
	assertShownMatchesEval(t, a)
	a.Handle(Event{Type: "input", Key: "d.my-1.provider", Value: "Lambda", Phase: "type"})
	a.Handle(Event{Type: "act", Key: "remove-deal", Value: "my-1"})
	a.Render(3000)
	assert.NotContains(t, a.link, "my-1")

	a.Handle(Event{Type: "act", Key: "reset-all"})
	a.Handle(Event{Type: "input", Key: "pue", Value: "1.4", Phase: "type"})
	a.Handle(Event{Type: "act", Key: "reset", Value: "pue"})
	a.Render(4000)
	assert.Equal(t, "v=1&data=2026-11&preset=anthropic", a.link)
}

func TestHostileNamesAreTextNotMarkup(t *testing.T) {
	name := `<img src=x onerror=alert(1)>`
	a := newApp(t, "d.x1.kind=cloud&d.x1.provider="+strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(name)+
		"&d.x1.accel=gb300&d.x1.derive=value&d.x1.price=2.5&d.x1.n=1000&d.x1.start=2026-01&d.x1.full=2026-06&d.x1.term=12&d.x1.shape=linear")
	title := a.prev.Find(view.HasAttr("id", "dt-x1"))
	require.NotNil(t, title)
	assert.Equal(t, name, title.TextContent())
	assert.Nil(t, a.prev.Find(func(n *Node) bool { return n.Tag == "img" }))
	assert.Contains(t, view.HTML(a.prev), "&lt;img src=x onerror=alert(1)&gt;")
}

func TestDownloadsAreWhatTheyClaim(t *testing.T) {
	a := newApp(t, "d.aws.n=450k")
	for _, what := range []string{"csv", "json", "svg:gw", "png:spend", "svg:gap", "svg:accel", "svg:build"} {
		var f struct {
			Name, Mime, Text, Error string
			PNG                     bool
			Width                   float64
		}
		require.NoError(t, json.Unmarshal([]byte(a.Download(what, "https://example.org/")), &f), what)
		assert.Empty(t, f.Error, what)
		assert.NotEmpty(t, f.Text, what)
		switch {
		case what == "csv":
			assert.Contains(t, f.Text, "d.aws.n=450k")
		case what == "json":
			s, probs := importAgain(t, f.Text)
			assert.Empty(t, probs)
			assert.Equal(t, a.link, s.Link())
		default:
			assert.True(t, strings.HasPrefix(f.Text, "<svg"), what)
			assert.Contains(t, f.Text, "https://example.org/#v=1")
		}
		if strings.HasPrefix(what, "png:") {
			assert.True(t, f.PNG)
			assert.Greater(t, f.Width, 0.0)
		}
	}
	assert.Contains(t, a.Download("svg:nosuch", ""), "error")
}

func importAgain(t *testing.T, text string) (*scenario.Scenario, []*scenario.Problem) {
	t.Helper()
	a := New(library.Default())
	a.Handle(Event{Type: "import", Value: text})
	return a.s, nil
}

func TestResizeRedrawsChartsAtTheColumnWidth(t *testing.T) {
	a := newApp(t, "")
	svgWidth := func() string {
		n := a.prev.Find(func(n *Node) bool { return n.Tag == "svg" })
		v, _ := n.Attr("viewBox")
		return v
	}
	assert.Equal(t, "0 0 720 403", svgWidth())
	a.Handle(Event{Type: "resize", Value: "360"})
	a.Render(1000)
	assert.Equal(t, "0 0 360 306", svgWidth(), "a phone's charts are taller, in the ratio the stylesheet reserves for them")
	a.Handle(Event{Type: "resize", Value: "600"})
	a.Render(2000)
	assert.Equal(t, "0 0 600 336", svgWidth(), "wider, the height keeps the ratio, so nothing below moves")
}

// FuzzPage opens any link and sends any event: the page never panics.
func FuzzPage(f *testing.F) {
	f.Add("", "input", "d.aws.n", "450k", "type")
	f.Add("d.my-1.kind=owned&d.my-1.gw=1", "act", "remove-deal", "my-1", "")
	f.Add("data=2026-11&preset=anthropic", "input", "pue", "999", "slide")
	f.Add("d.aws.derive=size&d.aws.price=3", "input", "d.aws.derive", "value", "commit")
	f.Add("to=2025-01&from=2025-01", "act", "reset", "to", "")
	f.Add("%ZZ", "link", "", "#v=1&pue=%", "")
	f.Add("", "import", "", `{"format":"compute-deals-scenario","inputs":{"pue":"9"}}`, "")
	f.Fuzz(func(t *testing.T, link, typ, key, value, phase string) {
		a := New(library.Default())
		a.Init(link)
		a.Render(0)
		a.Handle(Event{Type: typ, Key: key, Value: value, Phase: phase})
		a.Render(1000)
		require.NoError(t, checkOf(a))
	})
}

func checkOf(a *App) error {
	if _, err := a.s.Evaluate(); err != nil {
		return err
	}
	return nil
}

func BenchmarkSliderFrame(b *testing.B) {
	a := newApp(b, "")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.Handle(Event{Type: "input", Key: "d.aws.n", Value: strconv.Itoa(300 + i%400), Phase: "slide"})
		a.Render(float64(i * 16))
	}
}

func BenchmarkWorldSliderFrame(b *testing.B) {
	a := newApp(b, "")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.Handle(Event{Type: "input", Key: "pue", Value: strconv.Itoa(100 + i%400), Phase: "slide"})
		a.Render(float64(i * 16))
	}
}

func BenchmarkFirstRender(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		a := New(library.Default())
		a.Init("")
		a.Render(0)
	}
}

// runWorker plays the Web Worker: it takes the page's request and hands
// every message back, as www/worker.js and app.js do.
func runWorker(t *testing.T, a *App, f Frame) int {
	t.Helper()
	require.NotEmpty(t, f.Worker, "the page asks the worker")
	w := worker.NewSampler(library.Default())
	w.Message(f.Worker)
	posts := 0
	for {
		out, more := w.Step()
		if out != "" {
			posts++
			a.Handle(Event{Type: "bands", Value: out})
		}
		if !more {
			return posts
		}
	}
}

func TestSamplingFillsBandsTornadoAndThresholds(t *testing.T) {
	a := New(library.Default())
	a.Init("seed=7")
	f := a.Render(0)
	assert.Nil(t, a.prev.Find(view.HasAttr("data-band", "portfolio.value_usd")), "no bands before the worker answers")
	assert.NotNil(t, a.prev.Find(view.HasAttr("class", "bandline")), "but their lines hold their place")
	posts := runWorker(t, a, f)
	assert.Greater(t, posts, 3, "bands refine in steps")
	a.Render(1000)
	band := a.prev.Find(view.HasAttr("data-band", "portfolio.value_usd"))
	require.NotNil(t, band)
	assert.Contains(t, band.TextContent(), "5–95 %")

	// The page shows what sampling gives natively for the same seed.
	mc, err := uncertainty.NewMonteCarlo(a.s)
	require.NoError(t, err)
	mc.Run(worker.MaxSamples)
	b := mc.Bands()
	want, ok := b.Band("portfolio.value_usd")
	require.True(t, ok)
	p5, _ := band.Attr("data-p5")
	assert.Equal(t, num(want.P5), p5)

	progress := a.prev.Find(func(n *Node) bool { return n.Tag == "progress" })
	require.NotNil(t, progress)
	v, _ := progress.Attr("value")
	assert.Equal(t, strconv.Itoa(worker.MaxSamples), v)
	assert.NotNil(t, a.prev.Find(view.HasAttr("id", "tornado-t")), "the tornado is drawn")
	assert.NotNil(t, a.prev.Find(view.HasAttr("class", "thresholds")))
	gw := a.prev.Find(view.HasAttr("id", "fig-gw"))
	assert.NotNil(t, gw.Find(func(n *Node) bool { v, _ := n.Attr("class"); return strings.Contains(v, "band") }), "the GW chart has its fan")

	// A change makes the old bands stale: they go, and a new request goes out.
	a.Handle(Event{Type: "input", Key: "pue", Value: "1.3", Phase: "type"})
	f = a.Render(2000)
	assert.Nil(t, a.prev.Find(view.HasAttr("data-band", "portfolio.value_usd")))
	assert.Contains(t, f.Worker, "pue=1.3")
	// A late answer for the old scenario is dropped.
	a.Handle(Event{Type: "bands", Value: "bands\n1\n10\n0\n10000\n1\n1\n1"})
	assert.Nil(t, a.sampling.bands)
}

func TestGoalSeekFindsAndAppliesAValue(t *testing.T) {
	a := newApp(t, "")
	a.Handle(Event{Type: "input", Key: "ui.seek.input", Value: "d.aws.n", Phase: "commit"})
	a.Handle(Event{Type: "input", Key: "ui.seek.output", Value: "deals.aws.price_usd_per_hour", Phase: "commit"})
	a.Handle(Event{Type: "input", Key: "ui.seek.target", Value: "$3/h", Phase: "type"})
	a.Handle(Event{Type: "act", Key: "seek"})
	a.Render(1000)
	ans := a.prev.Find(view.HasAttr("class", "answer"))
	require.NotNil(t, ans)
	// The answer is worded as the command line words it (explain.Seek).
	assert.Contains(t, ans.TextContent(), "brings AWS: Price per accelerator-hour to $3.00/h")
	a.Handle(Event{Type: "act", Key: "seek-apply"})
	a.Render(2000)
	// The value as the field shows it (223,600): the target to its digits.
	assert.Contains(t, a.link, "d.aws.n=223600")
	assert.InDelta(t, 3, a.r.Deals[a.s.DealIndex("aws")].PriceUSDPerHour, 3*0.005)

	a.Handle(Event{Type: "input", Key: "ui.seek.target", Value: "$100/h", Phase: "type"})
	a.Handle(Event{Type: "act", Key: "seek"})
	a.Render(3000)
	assert.Contains(t, a.prev.Find(view.HasAttr("class", "answer")).TextContent(), "No value of AWS: Accelerators")
	a.Handle(Event{Type: "input", Key: "ui.seek.target", Value: "abc", Phase: "type"})
	a.Handle(Event{Type: "act", Key: "seek"})
	a.Render(4000)
	assert.Contains(t, a.prev.Find(func(n *Node) bool { v, _ := n.Attr("class"); return v == "err" && n.Tag == "p" }).TextContent(), "abc")
}

func BenchmarkFrameAfterBands(b *testing.B) {
	a := New(library.Default())
	a.Init("")
	f := a.Render(0)
	w := worker.NewSampler(library.Default())
	w.Message(f.Worker)
	var posts []string
	for {
		out, more := w.Step()
		posts = append(posts, out)
		if !more {
			break
		}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.Handle(Event{Type: "bands", Value: posts[i%len(posts)]})
		a.Render(float64(1000 + i))
	}
}

// BenchmarkSamplerFirstBands is the worker's time from a request to its
// first bands: the tornado and thresholds, then the first step of
// sampling.
func BenchmarkSamplerFirstBands(b *testing.B) {
	a := New(library.Default())
	a.Init("")
	f := a.Render(0)
	b.ReportAllocs()
	for b.Loop() {
		w := worker.NewSampler(library.Default())
		w.Message(f.Worker)
		for {
			out, _ := w.Step()
			if strings.HasPrefix(out, "bands") {
				break
			}
		}
	}
}

func TestCompareSetsAAndBSideBySideAndSplitsTheDifference(t *testing.T) {
	a := newApp(t, "")
	a.Handle(Event{Type: "act", Key: "pin"})
	a.Handle(Event{Type: "input", Key: "d.aws.n", Value: "450k", Phase: "type"})
	a.Handle(Event{Type: "input", Key: "pue", Value: "1.3", Phase: "type"})
	a.Render(1000)
	val := func(attr string) float64 {
		n := a.prev.Find(view.HasAttr("data-compare", attr))
		require.NotNil(t, n, attr)
		v, _ := n.Attr("data-value")
		f, err := strconv.ParseFloat(v, 64)
		require.NoError(t, err)
		return f
	}
	rA, err := a.cmp.pinned.Evaluate()
	require.NoError(t, err)
	assert.Equal(t, rA.Totals.ValueUSD, val("a:portfolio.value_usd"))
	assert.Equal(t, a.r.Totals.ValueUSD, val("b:portfolio.value_usd"))
	assert.Equal(t, a.r.Totals.PeakFacilityGW-rA.Totals.PeakFacilityGW, val("d:portfolio.peak_facility_gw"))

	keys := a.prev.Find(func(n *Node) bool { v, _ := n.Attr("class"); return v == "cmp-keys" }).TextContent()
	assert.Contains(t, keys, "d.aws.n")
	assert.Contains(t, keys, "pue")

	// The waterfall's steps add up to B − A.
	spec, ok := a.chartSpec("waterfall")
	require.True(t, ok)
	sum := spec.Base
	for _, s := range spec.Steps {
		sum += s.Delta
	}
	assert.InDelta(t, 0, relErr(sum, a.r.Totals.ValueUSD), 1e-9)
	assert.Contains(t, a.prev.Find(view.HasAttr("id", "fig-waterfall")).TextContent(), "Shapley")

	// A is drawn solid and B dashed over it.
	gw := a.prev.Find(view.HasAttr("id", "fig-gw"))
	assert.NotNil(t, gw.Find(func(n *Node) bool { v, _ := n.Attr("class"); return strings.Contains(v, "ovl") }))

	a.Handle(Event{Type: "act", Key: "unpin"})
	a.Render(2000)
	assert.Nil(t, a.prev.Find(view.HasAttr("data-compare", "a:portfolio.value_usd")))
}

func TestCompareWithAPastedLink(t *testing.T) {
	a := newApp(t, "data=2026-11")
	a.Handle(Event{Type: "input", Key: "ui.compare_link", Value: "https://x/#data=2026-11&preset=openai-2026-11", Phase: "type"})
	a.Render(1000)
	require.NotNil(t, a.cmp.pinned)
	assert.Equal(t, "openai-2026-11", a.cmp.pinned.Preset.ID)
	keys := a.prev.Find(func(n *Node) bool { v, _ := n.Attr("class"); return v == "cmp-keys" })
	assert.Contains(t, keys.TextContent(), "different presets")
	a.Handle(Event{Type: "input", Key: "ui.compare_link", Value: "#v=7", Phase: "type"})
	assert.Contains(t, a.notice.items[0], "newer version")
}

func TestADerivationShowsTheNumbersOfTheTotal(t *testing.T) {
	a := newApp(t, "data=2026-11") // the figures of 2026-11's default view
	a.Handle(Event{Type: "toggle", Key: "derive-portfolio.value_usd", Value: "1"})
	a.Handle(Event{Type: "toggle", Key: "why-aws", Value: "1"})
	a.Handle(Event{Type: "toggle", Key: "derive-deals.aws.price_usd_per_hour", Value: "1"})
	a.Render(1000)
	panel := a.prev.Find(view.HasAttr("data-panel", "derive-portfolio.value_usd"))
	require.NotNil(t, panel)
	assert.Contains(t, panel.TextContent(), "$1.55T")
	price := a.prev.Find(view.HasAttr("data-panel", "derive-deals.aws.price_usd_per_hour"))
	require.NotNil(t, price)
	text := price.TextContent()
	assert.Contains(t, text, "$2.24/h")
	assert.Contains(t, text, "$38.0B")
	assert.Contains(t, text, "disclosed", "the inputs behind it carry their status")
}

func TestLinksTheCapKeepsUnder2000Characters(t *testing.T) {
	a := newApp(t, "")
	// Change every world input and add deals until the cap stops it.
	for _, k := range []string{"pue", "load", "power_price", "facility_capex", "life", "utilization", "discount_rate", "arr", "growth", "growth_decay"} {
		a.Handle(Event{Type: "input", Key: k, Value: "321", Phase: "slide"})
		a.Handle(Event{Type: "input", Key: k, Value: "321", Phase: "commit"})
	}
	for i := 0; i < 30 && a.notice == nil; i++ {
		a.Handle(Event{Type: "act", Key: "add-deal"})
		a.Handle(Event{Type: "input", Key: "d.my-" + strconv.Itoa(i+1) + ".provider", Value: "A provider with a long name, number " + strconv.Itoa(i), Phase: "type"})
	}
	require.NotNil(t, a.notice, "the cap was reached")
	assert.Contains(t, a.notice.title, "too long")
	assert.LessOrEqual(t, len(a.link), MaxPageLink)
	f := a.Render(1000)
	assert.LessOrEqual(t, len(f.Link), MaxPageLink)
}

// TestBandsArrivingChangeNoElementAboveTheCharts checks that the
// headline keeps its elements while bands come and go: the diff only sets
// texts and attributes there, so that nothing moves under the reader's
// pointer and an open derivation stays the element the reader opened.
func TestBandsArrivingChangeNoElementAboveTheCharts(t *testing.T) {
	a := New(library.Default())
	a.Init("")
	a.Handle(Event{Type: "toggle", Key: "derive-portfolio.value_usd", Value: "1"})
	f := a.Render(0)
	headline := pathOf(a.prev, view.HasAttr("class", "headline"))
	require.NotEmpty(t, headline)
	structural := func(ops string) []string {
		var list [][]any
		require.NoError(t, json.Unmarshal([]byte(ops), &list))
		var out []string
		for _, op := range list {
			kind, path := op[0].(string), op[1].(string)
			if kind != "t" && kind != "a" && kind != "r" && (path == headline || strings.HasPrefix(path, headline+".")) {
				out = append(out, kind+" "+path)
			}
		}
		return out
	}
	now := 1000.0
	for round := 0; round < 2; round++ {
		w := worker.NewSampler(library.Default())
		w.Message(f.Worker)
		for more := true; more; {
			var out string
			out, more = w.Step()
			if out != "" {
				a.Handle(Event{Type: "bands", Value: out})
				now += 100
				assert.Empty(t, structural(a.Render(now).Ops), "round %d: %s", round, strings.SplitN(out, "\n", 2)[0])
			}
		}
		require.NotNil(t, a.prev.Find(view.HasAttr("data-band", "portfolio.value_usd")))
		sec := a.prev.Find(view.HasAttr("class", "uncertainty"))
		st, _ := sec.Attr("data-sampling")
		assert.Equal(t, "done", st)
		// A change clears the bands; their lines stay, as placeholders.
		// The change is to an input the open derivation does not list
		// (utilization moves no value): a listed input set by the
		// reader loses its sources there, which is no band's doing.
		a.Handle(Event{Type: "input", Key: "utilization", Value: strconv.FormatFloat(0.5+0.05*float64(round), 'f', 2, 64), Phase: "type"})
		now += 100
		f = a.Render(now)
		assert.Empty(t, structural(f.Ops), "round %d: the change", round)
		assert.Nil(t, a.prev.Find(view.HasAttr("data-band", "portfolio.value_usd")))
		st, _ = a.prev.Find(view.HasAttr("class", "uncertainty")).Attr("data-sampling")
		assert.Equal(t, "running", st)
	}
	assert.NotNil(t, a.prev.Find(view.HasAttr("data-panel", "derive-portfolio.value_usd")).Find(view.HasAttr("class", "words")), "the derivation is still open")
}

// pathOf is the diff path of the first node that matches.
func pathOf(n *Node, match func(*Node) bool) string {
	if match(n) {
		return ""
	}
	for i, c := range n.Children {
		if p := pathOf(c, match); p != "-" {
			if p == "" {
				return strconv.Itoa(i)
			}
			return strconv.Itoa(i) + "." + p
		}
	}
	return "-"
}

func TestThresholdsStandBesideTheirTotals(t *testing.T) {
	a := New(library.Default())
	a.Init("")
	runWorker(t, a, a.Render(0))
	a.Render(1000)
	prices := a.prev.Find(view.HasAttr("class", "prices"))
	require.NotNil(t, prices)
	assert.Contains(t, prices.TextContent(), "market price", "each cloud deal's break-even size sits in its row")
	cards := a.prev.Find(view.HasAttr("class", "cards")).TextContent()
	assert.Contains(t, cards, "revenue growth", "the payback card says what growth brings payback")
}

func TestTheFirstFramePatchesTheSamePrerenderedPage(t *testing.T) {
	pre := Prerender(library.Default())
	assert.Nil(t, pre.Find(view.HasAttr("class", "hit")), "the first paint has no read-out rects")
	a := New(library.Default())
	a.Handle(Event{Type: "hydrate", Value: strconv.Itoa(elements(pre))})
	a.Handle(Event{Type: "resize", Value: "794"})
	a.Init("#d.aws.n=450k")
	f := a.Render(0)
	assert.NotContains(t, f.Ops, `["n",""`, "the prerendered page is patched, not rebuilt")
	// Patching costs less than rebuilding.
	c := New(library.Default())
	c.Handle(Event{Type: "resize", Value: "794"})
	c.Init("#d.aws.n=450k")
	assert.Less(t, len(f.Ops), len(c.Render(0).Ops)*2/3)

	b := New(library.Default())
	b.Handle(Event{Type: "hydrate", Value: "12"}) // a page that is not the prerendered one
	b.Init("")
	assert.True(t, strings.HasPrefix(b.Render(0).Ops, `[["n",""`))
}

func TestBandRangeWritesASharedUnitOnce(t *testing.T) {
	for _, c := range [][3]string{
		{"0.24 GW/wk", "0.27 GW/wk", "0.24 – 0.27 GW/wk"},
		{"$1.24T", "$1.83T", "$1.24T – $1.83T"},
		{"32.4 GW", "39.0 GW", "32.4 – 39.0 GW"},
		{"900 MW", "1.2 GW", "900 MW – 1.2 GW"},
		{"–", "–", "– – –"},
	} {
		assert.Equal(t, c[2], bandRange(c[0], c[1]), c[0]+" and "+c[1])
	}
}

// Loading the preset that is already loaded, or typing a value the field
// already holds, is no step: Undo does not have to be pressed for nothing.
func TestTheSameScenarioAgainIsNoUndoStep(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11&preset=aws-only&d.aws.n=450k")
	a.Handle(Event{Type: "input", Key: "preset", Value: "openai-2025-11", Phase: "commit"})
	a.Handle(Event{Type: "input", Key: "preset", Value: "openai-2025-11", Phase: "commit"})
	a.Handle(Event{Type: "input", Key: "pue", Value: "1.35", Phase: "type"})
	a.Handle(Event{Type: "input", Key: "pue", Value: "1.35", Phase: "type"})
	a.Render(0)
	assert.Len(t, a.hist.undo, 2, "the preset and the PUE: one step each")
	a.Handle(Event{Type: "act", Key: "undo"})
	a.Handle(Event{Type: "act", Key: "undo"})
	a.Render(0)
	assert.Equal(t, "v=1&data=2026-11&preset=aws-only&d.aws.n=450k", a.link)
}

func TestLoadingAPresetCountsTheEditsItSetsAside(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11")
	a.Handle(Event{Type: "act", Key: "dismiss"})
	a.Handle(Event{Type: "input", Key: "pue", Value: "1.3", Phase: "type"})
	a.Handle(Event{Type: "input", Key: "d.aws.n", Value: "450k", Phase: "type"})
	before, first := a.s.Preset.Title, a.s.Preset.ID
	next := ""
	for _, p := range a.s.Vintage.Presets {
		if p.ID != a.s.Preset.ID {
			next = p.ID
			break
		}
	}
	require.NotEmpty(t, next)
	a.Handle(Event{Type: "input", Key: "preset", Value: next, Phase: "commit"})
	require.NotNil(t, a.notice)
	assert.Equal(t, []string{"Your 2 changes to “" + before + "” are set aside."}, a.notice.items)

	// A preset loaded over no edits says nothing.
	a.notice = nil
	a.Handle(Event{Type: "input", Key: "preset", Value: first, Phase: "commit"})
	assert.Equal(t, first, a.s.Preset.ID)
	assert.Nil(t, a.notice)
	assert.Equal(t, 0, editCount(a.s.Head(), a.s.Head()))
	assert.Equal(t, 1, editCount(a.s.Head()+"&pue=1.3", a.s.Head()))
}
