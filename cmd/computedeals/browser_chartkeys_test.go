//go:build !js

package main

// The browser tests of a chart's points by keyboard (issue 11, item 6).
// They use the harness of browser_test.go (to run them: see there).

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chartFocus is what a reader of the focused chart point has: the point,
// its group's Tab stops, and the read-out shown.
type chartFocus struct {
	Hit   bool     `json:"hit"`   // the focus is on a chart point
	Fig   string   `json:"fig"`   // the id of its chart's figure
	I     string   `json:"i"`     // its data-i
	Count int      `json:"count"` // the points of its chart
	Stops []string `json:"stops"` // the data-i of the points with tabindex 0
	Role  string   `json:"role"`  // the role of the points' group
	Group string   `json:"group"` // and its name
	Title string   `json:"title"` // the chart's title
	Name  string   `json:"name"`  // the point's aria-label
	Shown bool     `json:"shown"` // a read-out is shown
	Head  string   `json:"head"`  // its first line: the x position
	Point string   `json:"point"` // the point's role
	Quiet bool     `json:"quiet"` // the read-out's live region is off
}

const chartFocusJS = `(() => {
	const a = document.activeElement, tip = document.querySelector('.tip');
	const out = {hit: !!(a && a.matches && a.matches('rect.hit')), shown: !tip.hidden, quiet: tip.getAttribute('aria-live') === 'off',
		head: tip.hidden ? '' : (tip.querySelector('.tip-x') || tip).innerText};
	if (!out.hit) return out;
	const g = a.parentNode, rects = [...g.querySelectorAll('rect.hit')];
	return Object.assign(out, {fig: a.closest('figure').id, i: a.getAttribute('data-i'), count: rects.length,
		stops: rects.filter(r => r.getAttribute('tabindex') === '0').map(r => r.getAttribute('data-i')),
		role: g.getAttribute('role') || '', group: g.getAttribute('aria-label') || '',
		title: a.closest('svg').querySelector('title').textContent, name: a.getAttribute('aria-label') || '',
		point: a.getAttribute('role') || ''});
})()`

// xAfter is the x position k points after x: "2026-11" and 3 give
// "2027-02", "2026" and 3 give "2029".
func xAfter(t *testing.T, x string, k int) string {
	t.Helper()
	y, m, monthly := strings.Cut(x, "-")
	year, err := strconv.Atoi(y)
	require.NoError(t, err, x)
	if !monthly {
		return strconv.Itoa(year + k)
	}
	month, err := strconv.Atoi(m)
	require.NoError(t, err, x)
	i := year*12 + month - 1 + k
	return strconv.Itoa(i/12) + "-" + strconv.Itoa(i%12 + 101)[1:]
}

// A keyboard reader tabs down to the first chart and reads its points
// with the arrow keys: the points are one Tab stop, each arrow moves one
// point and shows its read-out, which the point also takes as its name
// for a screen reader; End goes to the last point, Escape hides the
// read-out, and one more Tab leaves the chart.
func TestBrowserChartPointsTakeTheKeyboard(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.open("")
	focus := func() chartFocus { t.Helper(); return eval[chartFocus](p, chartFocusJS) }
	tabs := 0
	for ; tabs < 300 && !focus().Hit; tabs++ {
		p.do(chromedp.KeyEvent("\t"))
	}
	first := focus()
	require.True(t, first.Hit, "Tab reaches a chart's points")
	t.Logf("%d Tabs from the top to the points of #%s", tabs, first.Fig)
	assert.Equal(t, "0", first.I, "Tab lands on the first point")
	assert.Equal(t, []string{"0"}, first.Stops, "the points are one Tab stop")
	assert.Equal(t, "group", first.Role)
	assert.Contains(t, first.Group, first.Title, "the points' group names the chart")
	assert.Contains(t, first.Group, "arrow keys", "and says how to move between them")
	require.True(t, first.Shown, "the first point's read-out is shown")
	assert.Equal(t, "img", first.Point)
	assert.Contains(t, first.Name, first.Head, "the point is named by its read-out, which a screen reader reads")
	assert.True(t, first.Quiet, "and the read-out's live region does not read it again")
	require.Greater(t, first.Count, 4)

	for range 3 {
		p.do(chromedp.KeyEvent(kb.ArrowRight))
	}
	fourth := focus()
	assert.Equal(t, first.Fig, fourth.Fig)
	assert.Equal(t, "3", fourth.I, "three arrows on: the fourth point")
	assert.Equal(t, []string{"3"}, fourth.Stops, "the focused point is the Tab stop")
	require.True(t, fourth.Shown)
	assert.Equal(t, xAfter(t, first.Head, 3), fourth.Head, "the read-out is the fourth point's")
	assert.Contains(t, fourth.Name, fourth.Head)
	assert.NotEqual(t, first.Name, fourth.Name, "the name follows the point")
	p.do(chromedp.KeyEvent(kb.ArrowLeft))
	assert.Equal(t, "2", focus().I, "ArrowLeft goes back one")

	p.do(chromedp.KeyEvent(kb.End))
	last := focus()
	assert.Equal(t, strconv.Itoa(first.Count-1), last.I, "End goes to the last point")
	assert.Equal(t, xAfter(t, first.Head, first.Count-1), last.Head)
	p.do(chromedp.KeyEvent(kb.ArrowRight))
	assert.Equal(t, last.I, focus().I, "the last point stays the last")

	p.do(chromedp.KeyEvent(kb.Escape))
	hidden := focus()
	assert.False(t, hidden.Shown, "Escape hides the read-out")
	assert.Equal(t, last.I, hidden.I, "and leaves the focus where it was")
	p.do(chromedp.KeyEvent(kb.Home))
	home := focus()
	assert.Equal(t, "0", home.I, "Home goes to the first point")
	assert.Equal(t, first.Head, home.Head, "and shows its read-out again")

	p.do(chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent("\t"))
	out := focus()
	assert.False(t, out.Hit && out.Fig == first.Fig, "one Tab leaves the chart's points")
	assert.False(t, out.Shown, "and its read-out")
	assert.False(t, out.Quiet, "whose live region speaks again for the pointer")
	stops := eval[[]string](p, `[...document.querySelectorAll('#`+first.Fig+` rect.hit[tabindex="0"]')].map(r => r.getAttribute('data-i'))`)
	assert.Equal(t, []string{"0"}, stops, "the first point is the Tab stop again, as the core wrote it")
	assert.Empty(t, p.consoleErrors())
}

// With a chart point focused and its read-out shown, axe finds nothing in
// the charts and nothing serious anywhere: the points' group, the named
// point and the read-out are clean.
func TestBrowserAccessibilityOfAFocusedChartPoint(t *testing.T) {
	src := axeSource(t)
	p := newPage(t, 1440, 1000, "light")
	p.open("")
	p.do(chromedp.Focus(chromedp.CSS(`.chart-fig rect.hit[tabindex="0"]`)), chromedp.KeyEvent(kb.ArrowRight))
	require.True(t, eval[chartFocus](p, chartFocusJS).Shown)
	eval[bool](p, src+";true")
	found := eval[[]axeFinding](p, `axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({
		id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))`)
	for _, f := range found {
		inChart := false
		for _, n := range f.Nodes {
			inChart = inChart || strings.Contains(n, "rect") || strings.Contains(n, "svg") || strings.Contains(n, ".tip")
		}
		if inChart || f.Impact == "serious" || f.Impact == "critical" {
			t.Errorf("%s (%s): %s at %v", f.ID, f.Impact, f.Help, f.Nodes)
		} else {
			t.Logf("minor, not the chart's: %s (%s): %s at %v", f.ID, f.Impact, f.Help, f.Nodes)
		}
	}
	assert.Empty(t, p.consoleErrors())
}

// On a phone a tap on a chart point shows its read-out and a second tap
// hides it: the points taking the focus does not take the tap's place.
func TestBrowserATapOnAChartPointShowsItsReadOutAndASecondHidesIt(t *testing.T) {
	p := newPage(t, 390, 844, "light")
	p.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch))
	p.open("")
	point := chromedp.CSS(`#fig-gw rect.hit[data-i="30"]`)
	p.do(chromedp.Tap(point))
	shown := eval[chartFocus](p, chartFocusJS)
	assert.True(t, shown.Shown, "a tap shows the read-out")
	assert.NotEmpty(t, shown.Head)
	p.do(chromedp.Tap(point))
	assert.False(t, eval[chartFocus](p, chartFocusJS).Shown, "a second tap hides it")
	assert.Empty(t, p.consoleErrors())
}
