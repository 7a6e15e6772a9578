//go:build !js

package main

// To run these tests: they drive the real page in headless Chromium
// through chromedp, against `computedeals serve` of a site they build
// themselves (GOOS=js go build of ./wasm, then dist). They need Chromium:
// Debian's package `chromium` (/usr/bin/chromium), or CHROMIUM=/path. The
// accessibility test also needs axe-core from npm (`make tools` puts it in
// .tools/node_modules). Without a browser they skip, unless E2E_REQUIRED is
// set, as .ci/run does: then a missing browser fails them.

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"image/png"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/computedeals/explorer/core/exchange"
	"github.com/computedeals/explorer/core/library"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromiumPath finds the browser, or skips the test (fails it when
// E2E_REQUIRED is set).
func chromiumPath(t testing.TB) string {
	t.Helper()
	cands := []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"}
	for _, c := range cands {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	if os.Getenv("E2E_REQUIRED") != "" {
		t.Fatal("E2E_REQUIRED is set but no Chromium was found: apt-get install chromium, or set CHROMIUM")
	}
	t.Skip("no Chromium found; set E2E_REQUIRED=1 to make this a failure")
	return ""
}

var e2eSite struct {
	once sync.Once
	url  string
	dir  string
	err  error
}

// siteURL builds the site once per test binary and serves it with the
// real server on a free port.
func testSiteURL(t testing.TB) string {
	t.Helper()
	e2eSite.once.Do(func() {
		dir, err := os.MkdirTemp("", "computedeals-e2e-")
		if err != nil {
			e2eSite.err = err
			return
		}
		e2eSite.dir = dir
		goBin, err := exec.LookPath("go")
		if err != nil {
			e2eSite.err = err
			return
		}
		wasm := filepath.Join(dir, "main.wasm")
		cmd := exec.Command(goBin, "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, "../../wasm")
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			e2eSite.err = &exitError{code: 1, msg: "building the wasm: " + err.Error() + "\n" + string(out)}
			return
		}
		out := filepath.Join(dir, "dist")
		var stdout, stderr bytes.Buffer
		if err := runDist([]string{"-www", "../../www", "-wasm", wasm, "-method", "../../docs/METHOD.md", "-out", out}, &stdout, &stderr); err != nil {
			e2eSite.err = &exitError{code: 1, msg: "dist: " + err.Error() + "\n" + stderr.String()}
			return
		}
		pr, pw := io.Pipe()
		go func() {
			_ = runServe(context.Background(), []string{"-addr", "127.0.0.1:0", "-root", out}, pw, io.Discard)
		}()
		line := make([]byte, 256)
		n, err := pr.Read(line)
		if err != nil {
			e2eSite.err = err
			return
		}
		go func() { _, _ = io.Copy(io.Discard, pr) }()
		e2eSite.url = strings.TrimSpace(strings.TrimPrefix(string(line[:n]), "serving "))
	})
	require.NoError(t, e2eSite.err)
	return e2eSite.url
}

// tab is one browser tab on the site, with what its console said.
type tab struct {
	t       testing.TB
	ctx     context.Context
	url     string
	mu      sync.Mutex
	console []chromedp.ConsoleMessage
}

// newPage opens a fresh browser with a window of the given size and
// colour scheme ("light" or "dark").
func newPage(t testing.TB, width, height int, scheme string) *tab {
	t.Helper()
	chrome := chromiumPath(t)
	url := testSiteURL(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	)
	if scheme == "dark" {
		opts = append(opts, chromedp.Flag("force-dark-mode", true), chromedp.Flag("blink-settings", "preferredColorScheme=0"))
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	p := &tab{t: t, ctx: ctx, url: url}
	// A window is at least 500 px wide; emulate the viewport so that
	// phone widths lay out as they do on a phone.
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(height))))
	if width < 500 {
		// The first page of the site's origin runs in a new renderer,
		// which, it seems, can lay it out once wider than the emulated
		// width before that reaches it: TestBrowserNothingMovesWhileSampling
		// at 390 px once saw the cash card's text go from two lines to
		// four at 202 ms, long before the wasm runs. A page of the same
		// origin first (the methodology) brings that renderer up at the
		// phone's width.
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(url+"method.html")))
	}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.console = append(p.console, m)
			p.mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		cancelT()
		cancelC()
		cancelA()
	})
	return p
}

// open loads the page with a fragment and waits until it is quiet, as a
// reader waits for a page to settle before clicking into it.
func (p *tab) open(fragment string) {
	p.t.Helper()
	p.navigate(fragment)
	p.quiet()
}

// navigate loads the page with a fragment and waits only until it is
// interactive: bands are still on their way.
func (p *tab) navigate(fragment string) {
	p.t.Helper()
	u := p.url
	if fragment != "" {
		u += "#" + strings.TrimPrefix(fragment, "#")
	}
	require.NoError(p.t, chromedp.Do(p.ctx, chromedp.Navigate(u)))
	p.waitReady()
}

func (p *tab) waitReady() {
	p.t.Helper()
	require.NoError(p.t, chromedp.Do(p.ctx, chromedp.WaitReady(chromedp.CSS(`body[data-ready="1"]`))))
}

// quietFrames is how many animation frames in a row the page must leave
// its DOM alone to count as quiet.
const quietFrames = 5

// quietJS resolves once sampling has finished (or stopped) and then
// quietFrames animation frames have passed without a DOM mutation: what a
// reader sees as a page that has stopped changing. A frame of the page
// that is still due (an event sent, a worker message taken) runs before
// the check in the same animation frame, so its mutations count.
var quietJS = `new Promise(r => {
	let changed = false, calm = 0;
	const mo = new MutationObserver(() => { changed = true; });
	mo.observe(document.documentElement, {subtree: true, childList: true, attributes: true, characterData: true});
	const f = () => {
		const sampled = document.querySelector('[data-sampling="done"], [data-sampling="stopped"]');
		calm = changed || !sampled ? 0 : calm + 1;
		changed = false;
		if (calm >= ` + strconv.Itoa(quietFrames) + `) { mo.disconnect(); r(true); } else requestAnimationFrame(f);
	};
	requestAnimationFrame(f);
})`

// quiet waits until the page is quiet (see quietJS). Tests call it before
// they click and before they read what a change gave: never a fixed sleep.
func (p *tab) quiet() {
	p.t.Helper()
	eval[bool](p, quietJS)
}

// click clicks the element sel, on a quiet page, where it is when clicked.
func (p *tab) click(sel string) {
	p.t.Helper()
	p.quiet()
	p.do(chromedp.Click(chromedp.CSS(sel)))
}

func (p *tab) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	require.NoError(p.t, chromedp.Do(p.ctx, steps...))
}

func eval[T any](p *tab, js string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	require.NoError(p.t, err, js)
	return v
}

// text is what the element sel shows, read at once in the page: a
// frame may replace the element between a lookup and a later read.
func (p *tab) text(sel string) string {
	p.t.Helper()
	p.do(chromedp.WaitReady(chromedp.CSS(sel)))
	q, err := json.Marshal(sel)
	require.NoError(p.t, err)
	return eval[string](p, `document.querySelector(`+string(q)+`).innerText`)
}

// openPanel opens a panel as a user does, by its summary, and waits
// for the content the core builds only while it is open.
func (p *tab) openPanel(id string) {
	p.t.Helper()
	sel := `details[data-panel="` + id + `"]`
	p.click(sel + ` > summary`)
	p.do(chromedp.WaitReady(chromedp.CSS(sel + `[open] > summary + *`)))
	p.quiet()
}

// outputs reads every data-output of the page: path → data-value.
func (p *tab) outputs() map[string]string {
	p.t.Helper()
	return eval[map[string]string](p, `Object.fromEntries([...document.querySelectorAll('[data-output]')].map(e => [e.dataset.output, e.dataset.value]))`)
}

func (p *tab) hash() string {
	p.t.Helper()
	return strings.TrimPrefix(eval[string](p, `location.hash`), "#")
}

// consoleErrors is every console error, exception and CSP report so far.
func (p *tab) consoleErrors() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, m := range p.console {
		if m.IsException() || m.Type == chromedp.ConsoleError || strings.Contains(m.Text, "Content Security Policy") {
			out = append(out, m.String())
		}
	}
	return out
}

// typedField and sliderField select an input's typed field and slider by
// its link key (ids hold dots, which CSS would read as classes).
func typedField(key string) chromedp.CSS {
	return chromedp.CSS(`input[data-input="` + key + `"][data-role="typed"]`)
}

func sliderField(key string) chromedp.CSS {
	return chromedp.CSS(`input[data-input="` + key + `"][data-role="slider"]`)
}

// typeInto selects what a field holds and types text over it, then
// Enter, as a reader replaces a value.
func typeInto(sel chromedp.CSS, text string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Focus(sel),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.SendKeys(sel, text+"\n"),
	)
}

// evalDoc is `computedeals eval --json` of a link, decoded.
func evalDoc(t testing.TB, link string) map[string]any {
	t.Helper()
	var out, errb bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"eval", "--json", link}, &out, &errb), errb.String())
	var doc map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
	return doc
}

// lookup reads an eval JSON path: portfolio.X, deals.<id>.X, years.<y>.X.
func lookup(doc map[string]any, path string) (any, bool) {
	parts := strings.Split(path, ".")
	switch {
	case parts[0] == "portfolio" && len(parts) == 2:
		v, ok := doc["portfolio"].(map[string]any)[parts[1]]
		return v, ok
	case parts[0] == "deals" && len(parts) == 3:
		for _, d := range doc["deals"].([]any) {
			dm := d.(map[string]any)
			if dm["id"] == parts[1] {
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
			ym := y.(map[string]any)
			if strconv.Itoa(int(ym["year"].(float64))) == parts[1] {
				v, ok := ym[parts[2]]
				return v, ok
			}
		}
	}
	return nil, false
}

// assertMatchesEval checks every shown output against the eval JSON of
// the same link, to 1e-9 relative (wasm and amd64 may round math
// functions differently in the last bit).
func assertMatchesEval(t testing.TB, shown map[string]string, doc map[string]any) {
	t.Helper()
	require.NotEmpty(t, shown)
	for path, raw := range shown {
		want, ok := lookup(doc, path)
		if !assert.True(t, ok, "the page shows %s, which the eval JSON lacks", path) {
			continue
		}
		switch w := want.(type) {
		case float64:
			got, err := strconv.ParseFloat(raw, 64)
			if assert.NoError(t, err, path) {
				assert.InDelta(t, 0, relErr(got, w), 1e-9, "%s: page %v, eval %v", path, got, w)
			}
		case nil:
			assert.Contains(t, []string{"", "NaN", "+Inf", "-Inf"}, raw, "%s: eval has null", path)
		case string:
			assert.Equal(t, w, raw, path)
		default:
			assert.Equal(t, strconv.Quote(raw), strconv.Quote(jsonString(w)), path)
		}
	}
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func relErr(a, b float64) float64 {
	if a == b {
		return 0
	}
	return math.Abs(a-b) / math.Max(math.Abs(a), math.Abs(b))
}

func TestBrowserDefaultViewMatchesEval(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.open("")
	shown := p.outputs()
	assert.GreaterOrEqual(t, len(shown), 40, "the page shows its totals with data-output")
	assertMatchesEval(t, shown, evalDoc(t, p.hash()))
	assert.Equal(t, "v=1&data=2026-12&preset=openai-2026-12", p.hash(), "the default view is the newest vintage's first preset")
	assert.Equal(t, "patched", eval[string](p, `document.body.dataset.start`), "the core patches the prerendered page")
	assert.Empty(t, p.consoleErrors())
}

func TestBrowserTypingAndDraggingUpdateEverything(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.open("")
	before := p.outputs()

	// Type a new GPU count for AWS, with a unit, as a reader would.
	p.click(`#deal-aws details.edit > summary`)
	p.do(typeInto(typedField("d.aws.n"), "450k"))
	p.quiet()
	assert.Contains(t, p.hash(), "d.aws.n=450k")
	typed := p.outputs()
	assert.NotEqual(t, before["deals.aws.price_usd_per_hour"], typed["deals.aws.price_usd_per_hour"])
	assertMatchesEval(t, typed, evalDoc(t, p.hash()))

	// Drag the PUE slider with the mouse.
	p.do(chromedp.ScrollIntoView(sliderField("pue")))
	box, err := chromedp.Run(p.ctx, chromedp.Dimensions(sliderField("pue")))
	require.NoError(t, err)
	q := box.Content
	y := (q[1] + q[5]) / 2
	x0, x1 := q[0]+(q[2]-q[0])*0.3, q[0]+(q[2]-q[0])*0.8
	// Press, move in steps and release, as a mouse does.
	drag := []chromedp.Action[chromedp.Void]{chromedp.MouseEvent(chromedp.MousePressed, x0, y, chromedp.ButtonLeft, chromedp.ClickCount(1))}
	for i := 1; i <= 12; i++ {
		x := x0 + (x1-x0)*float64(i)/12
		drag = append(drag, chromedp.MouseEvent(chromedp.MouseMoved, x, y, chromedp.ButtonLeft), chromedp.Sleep(15*time.Millisecond))
	}
	drag = append(drag, chromedp.MouseEvent(chromedp.MouseReleased, x1, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	p.do(drag...)
	p.quiet()
	h := p.hash()
	assert.Contains(t, h, "pue=")
	dragged := p.outputs()
	assert.NotEqual(t, typed["portfolio.peak_facility_gw"], dragged["portfolio.peak_facility_gw"])
	assertMatchesEval(t, dragged, evalDoc(t, h))

	// Back steps over the whole drag to the typed count, Forward returns.
	eval[bool](p, `new Promise(r => { addEventListener('popstate', () => r(true), {once: true}); history.back(); })`)
	p.quiet()
	assert.Contains(t, p.hash(), "d.aws.n=450k")
	assert.NotContains(t, p.hash(), "pue=")
	assertMatchesEval(t, p.outputs(), evalDoc(t, p.hash()))
	eval[bool](p, `new Promise(r => { addEventListener('popstate', () => r(true), {once: true}); history.forward(); })`)
	p.quiet()
	assert.Equal(t, h, p.hash())
	assert.Equal(t, dragged, p.outputs())

	// Reloading the address shows the same numbers.
	p.do(chromedp.Reload())
	p.waitReady()
	assert.Equal(t, h, p.hash())
	assert.Equal(t, dragged, p.outputs())
	assert.Empty(t, p.consoleErrors())
}

func TestBrowserInvalidEntryKeepsTheLastGoodScenario(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.open("v=1&data=2026-11&preset=openai-2025-11")
	before := p.outputs()
	p.click(`#deal-aws details.edit > summary`)
	p.do(typeInto(typedField("d.aws.n"), "abc"))
	p.quiet()
	msg := p.text(`[id="e-d.aws.n"]`)
	assert.Contains(t, msg, "try 300k")
	inv, err := chromedp.Run(p.ctx, chromedp.AttributeValue(typedField("d.aws.n"), "aria-invalid"))
	require.NoError(t, err)
	assert.Equal(t, "true", inv.Value)
	assert.Equal(t, before, p.outputs())
	assert.Equal(t, "v=1&data=2026-11&preset=openai-2025-11", p.hash())

	p.do(typeInto(typedField("d.aws.n"), "-5"))
	p.quiet()
	msg = p.text(`[id="e-d.aws.n"]`)
	assert.Contains(t, msg, "out of range")
	assert.Equal(t, before, p.outputs())
	assert.Empty(t, p.consoleErrors())
}

func TestBrowserBadLinkShowsNoticeAndAppliesTheRest(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.open("v=1&pue=abc&d.aws.n=-5&d.azure.on=0&nosuch=1")
	notice := p.text(`.notice`)
	assert.Contains(t, notice, "3 problems")
	assert.Contains(t, notice, "pue=abc")
	assert.Contains(t, notice, "d.aws.n=-5")
	assert.Contains(t, notice, "nosuch=1")
	assert.Contains(t, p.hash(), "d.azure.on=0", "the valid part is applied and written back")
	assertMatchesEval(t, p.outputs(), evalDoc(t, p.hash()))
	assert.Empty(t, p.consoleErrors())
}

func TestBrowserHostileNamesStayText(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	name := "<img src=x onerror=alert(1)>"
	link := "v=1&d.x1.kind=cloud&d.x1.provider=" + strings.ReplaceAll(strings.ReplaceAll(name, "<", "%3C"), ">", "%3E") +
		"&d.x1.accel=gb300&d.x1.derive=value&d.x1.price=2.5&d.x1.n=1000&d.x1.start=2026-01&d.x1.full=2026-06&d.x1.term=12&d.x1.shape=linear"
	p.open(strings.ReplaceAll(link, " ", "%20"))
	title := p.text(`#dt-x1`)
	assert.Equal(t, name, title)
	imgs := eval[int](p, `document.querySelectorAll('img').length`)
	assert.Zero(t, imgs, "no element was made from the name")
	assert.Empty(t, p.consoleErrors())
}

// axeSource finds axe-core's axe.min.js (make tools installs it).
func axeSource(t testing.TB) string {
	t.Helper()
	for _, p := range []string{os.Getenv("AXE_JS"), "../../.tools/node_modules/axe-core/axe.min.js"} {
		if p == "" {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			return string(b)
		}
	}
	if os.Getenv("E2E_REQUIRED") != "" {
		t.Fatal("E2E_REQUIRED is set but axe-core is missing: run make tools")
	}
	t.Skip("axe-core is missing: run make tools")
	return ""
}

// axeFinding is one violation axe reports.
type axeFinding struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

func TestBrowserAccessibility(t *testing.T) {
	for _, scheme := range []string{"light", "dark"} {
		t.Run(scheme, func(t *testing.T) {
			src := axeSource(t)
			p := newPage(t, 1280, 900, scheme)
			p.open("")
			// Open every panel, as a reader who reads everything: deals'
			// terms and derivations, the other buyers' deals, the data
			// tables. Panels hold panels, so open until none is closed.
			opened := 0
			for range 6 {
				n := eval[int](p, `(() => { const c = [...document.querySelectorAll('details:not([open]) > summary')]; c.forEach(s => s.click()); return c.length; })()`)
				if n == 0 {
					break
				}
				opened += n
				p.quiet()
			}
			require.Zero(t, eval[int](p, `document.querySelectorAll('details:not([open])').length`), "every panel open")
			t.Logf("%d panels opened", opened)
			p.assertAxeClean(src)
			// The embed route, which other sites frame.
			p.navigateTo(p.url + "embed.html?chart=cash#v=1&data=2026-11&preset=openai-2025-11")
			p.assertAxeClean(src)
			assert.Empty(t, p.consoleErrors())
		})
	}
}

// assertAxeClean runs axe on the page as it is and fails on every
// violation, whatever its impact.
func (p *tab) assertAxeClean(src string) {
	p.t.Helper()
	eval[bool](p, src+";true")
	found := eval[[]axeFinding](p, `axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({
		id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))`)
	for _, f := range found {
		p.t.Errorf("%s (%s): %s at %v", f.ID, f.Impact, f.Help, f.Nodes)
	}
}

// navigateTo loads an address of the site and waits until it is quiet.
func (p *tab) navigateTo(u string) {
	p.t.Helper()
	require.NoError(p.t, chromedp.Do(p.ctx, chromedp.Navigate(u)))
	p.waitReady()
	p.quiet()
}

// TestBrowserScreenshots writes the page at 390 and 1440 px, light and
// dark, into $SCREENSHOTS (skipped when it is unset), for people to look
// at before a page change is called done.
func TestBrowserScreenshots(t *testing.T) {
	dir := os.Getenv("SCREENSHOTS")
	if dir == "" {
		t.Skip("set SCREENSHOTS=dir to write screenshots")
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for _, w := range []int{360, 390, 1440} {
		for _, scheme := range []string{"light", "dark"} {
			p := newPage(t, w, 900, scheme)
			// The page as a reader sees it once sampling is done (quiet
			// waits for it): fans, ranges and the tornado included. The
			// first screen alone, then the whole page.
			p.open(os.Getenv("SCREENSHOT_LINK"))
			first, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
			require.NoError(t, err)
			png, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
			require.NoError(t, err)
			for name, b := range map[string][]byte{"first": first, "page": png} {
				f := filepath.Join(dir, name+"-"+strconv.Itoa(w)+"-"+scheme+".png")
				require.NoError(t, os.WriteFile(f, b, 0o644))
				t.Log("wrote", f)
			}
		}
	}
	// A chart by itself, as another site frames it.
	p := newPage(t, 760, 600, "light")
	p.navigateTo(p.url + "embed.html?chart=cash#" + os.Getenv("SCREENSHOT_LINK"))
	png, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "embed-cash.png"), png, 0o644))
}

func TestBrowserSamplingInTheWorker(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	// Long tasks on the main thread are recorded from the start.
	link := "v=1&data=2026-11&preset=openai-2025-11&seed=7&d.aws.n.range=250k..400k"
	p.navigate(link)
	// Long tasks on the main thread from the moment the page is interactive.
	eval[bool](p, `(() => { window.__long = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({type: 'longtask'}); return true; })()`)
	first := eval[float64](p, `new Promise(r => { const f = () => document.querySelector('[data-band="portfolio.value_usd"]') ? r(performance.now() - performance.getEntriesByName('cde-ready')[0].startTime) : requestAnimationFrame(f); f(); })`)
	done := eval[float64](p, `new Promise(r => { const t0 = performance.now(); const f = () => { const pr = document.querySelector('.sampling progress'); pr && pr.value >= 10000 ? r(performance.now() - t0) : setTimeout(f, 20); }; f(); })`)
	t.Logf("first bands %.0f ms after interactive, 10,000 samples after %.0f ms more", first, done)
	// After a change the worker is warm: time from the change to new bands.
	change := eval[float64](p, `new Promise(r => {
		const s = document.querySelector('input[data-input="pue"][data-role="typed"]');
		s.value = '1.25';
		const t0 = performance.now();
		s.dispatchEvent(new Event('change', {bubbles: true}));
		const f = () => { const b = document.querySelector('[data-band="portfolio.value_usd"]'); b && location.hash.includes('pue=1.25') ? r(performance.now() - t0) : requestAnimationFrame(f); };
		requestAnimationFrame(f);
	})`)
	t.Logf("after a change, new bands in %.0f ms", change)
	eval[bool](p, `new Promise(r => { history.back(); addEventListener('popstate', () => r(true), {once: true}); })`)
	eval[float64](p, `new Promise(r => { const t0 = performance.now(); const f = () => { const pr = document.querySelector('.sampling progress'); pr && pr.value >= 10000 && !location.hash.includes('pue=') ? r(performance.now() - t0) : setTimeout(f, 20); }; f(); })`)
	band := p.text(`[data-band="portfolio.value_usd"]`)
	assert.Contains(t, band, "5–95 %")
	tornado := eval[int](p, `document.querySelectorAll('#fig-tornado svg rect.bar, #fig-tornado svg path').length`)
	assert.Greater(t, tornado, 0, "the tornado is drawn")
	long := eval[[]float64](p, `window.__long`)
	t.Logf("main-thread long tasks while sampling: %v ms", long)
	t.Logf("recent frames and worker messages: %v", eval[[][]any](p, `cdeRecent()`))

	// The link carries the ranges and the seed: a reload gives the same bands.
	assert.Contains(t, p.hash(), "seed=7")
	assert.Contains(t, p.hash(), "d.aws.n.range=250k..400k")
	p5, err := chromedp.Run(p.ctx, chromedp.AttributeValue(chromedp.CSS(`[data-band="portfolio.value_usd"]`), "data-p5"))
	require.NoError(t, err)
	p.do(chromedp.Reload())
	p.waitReady()
	eval[float64](p, `new Promise(r => { const t0 = performance.now(); const f = () => { const pr = document.querySelector('.sampling progress'); pr && pr.value >= 10000 ? r(performance.now() - t0) : setTimeout(f, 20); }; f(); })`)
	again, err := chromedp.Run(p.ctx, chromedp.AttributeValue(chromedp.CSS(`[data-band="portfolio.value_usd"]`), "data-p5"))
	require.NoError(t, err)
	assert.Equal(t, p5.Value, again.Value)

	// The same seed gives the same bands natively, to 1e-9.
	var out, errb bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"eval", "--json", "--samples", "10000", link}, &out, &errb), errb.String())
	var doc struct {
		Portfolio struct {
			Bands map[string]struct{ P5 float64 } `json:"bands"`
		} `json:"portfolio"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
	got, err := strconv.ParseFloat(p5.Value, 64)
	require.NoError(t, err)
	assert.InDelta(t, 0, relErr(got, doc.Portfolio.Bands["value_usd"].P5), 1e-9)
	assert.Empty(t, p.consoleErrors())
}

func TestBrowserCompareAndDerivation(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.open("")
	// A derivation opens with the numbers of the total it explains.
	shown := p.text(`.card [data-output="portfolio.value_usd"]`)
	p.openPanel("derive-portfolio.value_usd")
	text := p.text(`details[data-panel="derive-portfolio.value_usd"]`)
	assert.Contains(t, text, shown)
	// A deal's price opens with its value, which is disclosed, and the
	// accelerator-hours, derivable in turn.
	p.openPanel("why-aws")
	p.openPanel("derive-deals.aws.price_usd_per_hour")
	price := p.text(`details[data-panel="derive-deals.aws.price_usd_per_hour"]`)
	assert.Contains(t, price, "$38.0B / 1.70e10 h = $2.24/h")
	assert.Contains(t, price, "disclosed")

	// Pin A, change B, read both and the difference.
	before := p.hash()
	p.click(`button[data-act="pin"]`)
	p.quiet()
	p.click(`#deal-aws details.edit > summary`)
	p.quiet()
	p.do(typeInto(typedField("d.aws.n"), "450k"))
	p.quiet()
	after := p.hash()
	read := func(attr string) float64 {
		v, err := chromedp.Run(p.ctx, chromedp.AttributeValue(chromedp.CSS(`[data-compare="`+attr+`"]`), "data-value"))
		require.NoError(t, err, attr)
		f, err := strconv.ParseFloat(v.Value, 64)
		require.NoError(t, err)
		return f
	}
	pv := func(doc map[string]any) float64 { v, _ := lookup(doc, "portfolio.pv_usd"); return v.(float64) }
	a, b := evalDoc(t, before), evalDoc(t, after)
	assert.InDelta(t, 0, relErr(read("a:portfolio.pv_usd"), pv(a)), 1e-9)
	assert.InDelta(t, 0, relErr(read("b:portfolio.pv_usd"), pv(b)), 1e-9)
	assert.InDelta(t, 0, relErr(read("d:portfolio.pv_usd"), pv(b)-pv(a)), 1e-9)
	wf := p.text(`#fig-waterfall`)
	assert.Contains(t, wf, "AWS")
	dashed := eval[int](p, `document.querySelectorAll('#fig-gw svg .ovl').length`)
	assert.Greater(t, dashed, 0, "B is drawn dashed over A")
	assert.Empty(t, p.consoleErrors())
}

func TestBrowserDownloadsParseBack(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.open("v=1&data=2026-11&preset=openai-2025-11&d.aws.n=450k")
	dir := t.TempDir()
	_, err := chromedp.CallBrowser(p.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
	require.NoError(t, err)
	// File names carry the preset and a short hash of the link
	// (computedeals-openai-2025-11-1a2b3c4d.csv): wait for the file whose
	// name starts with prefix and ends with suffix.
	wait := func(name string) []byte {
		t.Helper()
		prefix, suffix, _ := strings.Cut(name, "*")
		for i := 0; i < 600; i++ {
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if n := e.Name(); strings.HasPrefix(n, prefix) && strings.HasSuffix(n, suffix) && !strings.HasSuffix(n, ".crdownload") {
					if b, err := os.ReadFile(filepath.Join(dir, n)); err == nil && len(b) > 0 {
						return b
					}
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
		entries, _ := os.ReadDir(dir)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf("%s was not downloaded; the folder holds %v; console: %v", name, names, p.consoleErrors())
		return nil
	}
	click := func(arg string) {
		p.click(`button[data-act="download"][data-arg="` + arg + `"]`)
	}

	click("csv")
	cr := csv.NewReader(bytes.NewReader(wait("computedeals-openai-2025-11-*.csv")))
	cr.FieldsPerRecord = -1 // sections have their own columns
	rows, err := cr.ReadAll()
	require.NoError(t, err)
	assert.Greater(t, len(rows), 100)

	click("json")
	s, probs := exchange.Import(library.Default(), wait("computedeals-openai-2025-11-*.json"))
	assert.Empty(t, probs)
	assert.Equal(t, p.hash(), s.Link(), "the scenario file imports back to the same link")

	click("svg:gw")
	var svg struct {
		XMLName xml.Name
	}
	require.NoError(t, xml.Unmarshal(wait("computedeals-openai-2025-11-*-gw.svg"), &svg))
	assert.Equal(t, "svg", svg.XMLName.Local)

	click("png:spend")
	img, err := png.Decode(bytes.NewReader(wait("computedeals-openai-2025-11-*-spend.png")))
	require.NoError(t, err)
	assert.Greater(t, img.Bounds().Dx(), 700)

	click("csv:gw")
	cr = csv.NewReader(bytes.NewReader(wait("computedeals-openai-2025-11-*-gw.csv")))
	rows, err = cr.ReadAll()
	require.NoError(t, err, "a chart's CSV is tidy: every row has the header's columns")
	assert.Equal(t, "Year", rows[0][0], "the capacity chart reads GW at each year's end")
	assert.Len(t, rows, 12, "a header and the eleven years of the horizon")
	assert.Empty(t, p.consoleErrors())
}

// TestBrowserFitsAPhone checks that nothing but the scrolling tables is
// wider than a 390 px phone, with a deal's terms and compare mode open.
func TestBrowserFitsAPhone(t *testing.T) {
	for _, w := range []int{390, 360} {
		t.Run(strconv.Itoa(w), func(t *testing.T) {
			p := newPage(t, w, 844, "light")
			p.open("")
			p.click(`#deal-aws details.edit > summary`)
			p.quiet()
			p.click(`button[data-act="pin"]`)
			p.quiet()
			wide := eval[[]string](p, `[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > `+strconv.Itoa(w+1)+` &&
				!(() => { for (let x = e.parentElement; x; x = x.parentElement) { const o = getComputedStyle(x).overflowX; if (o !== 'visible') return true; } return false; })())
				.slice(0, 10).map(e => e.tagName + (e.id ? '#' + e.id : '') + ' right ' + Math.round(e.getBoundingClientRect().right))`)
			assert.Empty(t, wide)
			assert.Equal(t, w, eval[int](p, `document.documentElement.scrollWidth`))
			// The market prices and the published estimates' figures are
			// on the screen, not in a column that scrolls out of sight.
			off := eval[[]string](p, `[...document.querySelectorAll('.prices td, .published td')].filter(e => {
					const r = e.getBoundingClientRect(); return r.width === 0 || r.left < 0 || r.right > `+strconv.Itoa(w)+`; })
				.slice(0, 5).map(e => (e.dataset.label || '?') + ': ' + e.textContent.slice(0, 30))`)
			assert.Empty(t, off, "cells out of the screen")
			assert.NotZero(t, eval[int](p, `document.querySelectorAll('.prices td[data-label="Market price"]').length`))
			scrolls := eval[[]string](p, `[...document.querySelectorAll('.published .scroll, .prices')].filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.className)`)
			assert.Empty(t, scrolls, "no table needs sideways scrolling")
		})
	}
}

// watchShiftsJS starts keeping the page's layout shifts, those the
// browser buffered since the page loaded included; layoutShiftsJS reads
// every one kept so far, each with its time, score and the elements that
// moved.
const watchShiftsJS = `(() => {
	window.cdeShifts = [];
	window.cdeShiftObserver = new PerformanceObserver(l => window.cdeShifts.push(...l.getEntries()));
	window.cdeShiftObserver.observe({type: 'layout-shift', buffered: true});
	return true;
})()`

const layoutShiftsJS = `(() => {
	window.cdeShifts.push(...window.cdeShiftObserver.takeRecords());
	const name = (n) => !n ? '?' : n.nodeName + (n.id ? '#' + n.id : '') + (typeof n.className === 'string' && n.className ? '.' + n.className.split(' ').join('.') : '');
	return window.cdeShifts.map(e => ({at: e.startTime, value: e.value, input: e.hadRecentInput, moved: e.sources.map(s =>
		name(s.node) + (s.node && s.node.parentElement ? ' in ' + name(s.node.parentElement) : '') + ' x ' + Math.round(s.previousRect.x) + '→' + Math.round(s.currentRect.x) + ' y ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y) + ' h ' + Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height))}));
})()`

type layoutShift struct {
	At    float64  `json:"at"`
	Value float64  `json:"value"`
	Input bool     `json:"input"`
	Moved []string `json:"moved"`
}

// cumulativeShift sums the shifts from the index'th on (input or not:
// the changes below are made by scripts, which browsers do not count as
// input).
func cumulativeShift(t *testing.T, shifts []layoutShift, from int) float64 {
	t.Helper()
	sum := 0.0
	for _, s := range shifts[from:] {
		sum += s.Value
		t.Logf("layout shift at %.0f ms: %.5f %v", s.At, s.Value, s.Moved)
	}
	return sum
}

// TestBrowserNothingMovesWhileSampling: bands, the tornado and sampling's
// progress arrive after the page is ready, and again after every change;
// they must fill space that was kept for them, so that nothing moves
// under the reader's pointer (cumulative layout shift 0), at a phone's
// width and a desktop's, at the top of the page and at the uncertainty
// section.
func TestBrowserNothingMovesWhileSampling(t *testing.T) {
	for _, size := range [][2]int{{1440, 1000}, {390, 844}} {
		t.Run(strconv.Itoa(size[0]), func(t *testing.T) {
			p := newPage(t, size[0], size[1], "light")
			p.navigate("")
			eval[bool](p, watchShiftsJS)
			p.quiet()
			shifts := eval[[]layoutShift](p, layoutShiftsJS)
			assert.Less(t, cumulativeShift(t, shifts, 0), 0.001, "from load until sampling is done")
			for i, where := range []string{"#hl-title", "#unc-title"} {
				eval[bool](p, `(document.querySelector('`+where+`').scrollIntoView(), true)`)
				p.quiet()
				// A change typed into a field, as a script: bands are
				// cleared and come back. What the change itself moves, in
				// the frame that shows it, is the answer to the reader's
				// input; what moves in any later frame counts.
				pue := []string{"1.3", "1.25"}[i]
				shown := eval[float64](p, `new Promise(r => { const s = document.querySelector('input[data-input="pue"][data-role="typed"]');
					s.value = '`+pue+`'; s.dispatchEvent(new Event('change', {bubbles: true}));
					const f = () => location.hash.includes('pue=`+pue+`') ? requestAnimationFrame(() => r(performance.now())) : requestAnimationFrame(f); f(); })`)
				p.quiet()
				shifts = eval[[]layoutShift](p, layoutShiftsJS)
				later := slices.IndexFunc(shifts, func(s layoutShift) bool { return s.At > shown })
				if later < 0 {
					later = len(shifts)
				}
				assert.Less(t, cumulativeShift(t, shifts, later), 0.001, "after a change, at %s", where)
			}
			assert.Empty(t, p.consoleErrors())
		})
	}
}

// TestBrowserDerivationOpenedWhileBandsArriveStaysOpen opens a card's
// derivation as soon as the page is ready, while bands are on their way,
// and again right after a change: it stays open, and stays the element
// the reader opened.
func TestBrowserDerivationOpenedWhileBandsArriveStaysOpen(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.navigate("")
	for _, path := range []string{"portfolio.value_usd", "portfolio.peak_facility_gw"} {
		sel := `details[data-panel="derive-` + path + `"]`
		pending := eval[bool](p, `!document.querySelector('section.uncertainty[data-sampling="done"]')`)
		// A reader's click, at once: no waiting for a quiet page here. The
		// mark, which the core knows nothing of, goes if the element is
		// rebuilt.
		eval[bool](p, `(document.querySelector('`+sel+`').dataset.marked = 'reader', true)`)
		p.do(chromedp.Click(chromedp.CSS(sel + ` > summary`)))
		p.quiet()
		t.Logf("%s opened while sampling was under way: %v", path, pending)
		assert.True(t, eval[bool](p, `document.querySelector('`+sel+`').open`), "%s is still open", path)
		assert.Equal(t, "reader", eval[string](p, `document.querySelector('`+sel+`').dataset.marked || ''`), "%s is the element the reader opened", path)
		assert.NotEmpty(t, p.text(sel+`[open] > summary + *`), "its content is built")
		// A change clears the bands: the next panel opens while they come
		// back, as soon as the change is shown.
		eval[bool](p, `new Promise(r => { const s = document.querySelector('input[data-input="pue"][data-role="typed"]');
			s.value = '1.3'; s.dispatchEvent(new Event('change', {bubbles: true}));
			const f = () => location.hash.includes('pue=1.3') ? r(true) : requestAnimationFrame(f); f(); })`)
	}
	assert.Empty(t, p.consoleErrors())
}
