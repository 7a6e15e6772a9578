package chart

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/units"
	"github.com/computedeals/explorer/core/view"
)

// To look at the charts: go test ./core/chart -update writes
// testdata/*.export.svg, which carry their own palette; open them in a
// browser or screenshot them with headless Chromium.

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestRenderMatchesGoldenFiles(t *testing.T) {
	for _, c := range allSpecs() {
		t.Run(c.name, func(t *testing.T) {
			golden(t, c.name+".svg", view.XML(Render(c.spec)))
			golden(t, c.name+".export.svg", view.XML(Export(c.spec, meta)))
		})
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run go test ./core/chart -update to create it")
	assert.Equal(t, string(want), got, "%s differs; review and rerun with -update", file)
}

func TestRenderedSVGIsWellFormedAndClean(t *testing.T) {
	for _, c := range allSpecs() {
		t.Run(c.name, func(t *testing.T) {
			n := Render(c.spec)
			assert.Equal(t, "svg", n.Tag)
			role, _ := n.Attr("role")
			assert.Equal(t, "img", role)
			labelled, _ := n.Attr("aria-labelledby")
			ids := strings.Fields(labelled)
			require.Len(t, ids, 2)
			title := n.Find(view.HasAttr("id", ids[0]))
			require.NotNil(t, title)
			assert.Equal(t, "title", title.Tag)
			assert.Equal(t, c.spec.Title, title.TextContent())
			desc := n.Find(view.HasAttr("id", ids[1]))
			require.NotNil(t, desc)
			assert.Equal(t, "desc", desc.Tag)

			for _, x := range n.FindAll(func(*view.Node) bool { return true }) {
				if x.Tag == "" {
					continue
				}
				assert.True(t, x.SVG, "%s is not in the SVG namespace", x.Tag)
				assert.NotEqual(t, "style", x.Tag, "the page variant must not carry a <style>")
				for _, a := range x.Attrs {
					assert.NotEqual(t, "style", a.Name, "no inline style attributes")
					if a.Name == "fill" || a.Name == "stroke" || a.Name == "color" {
						assert.Equal(t, "none", a.Value, "colours come from classes only")
					}
				}
				for i := 1; i < len(x.Children); i++ {
					assert.False(t, x.Children[i].Tag == "" && x.Children[i-1].Tag == "", "adjacent text nodes")
				}
			}
		})
	}
}

func TestExportCarriesTitleUnitsSourceLinkAndPalette(t *testing.T) {
	for _, c := range allSpecs() {
		t.Run(c.name, func(t *testing.T) {
			x := view.XML(Export(c.spec, meta))
			assert.Contains(t, x, `<style>`)
			assert.Contains(t, x, `class="bg"`)
			assert.Contains(t, x, "Compute Deals Explorer · data 2026-11 · model: shared/MODEL.md")
			assert.Contains(t, x, `<a href="https://computedeals.example/#v=1&amp;d.aws.n=300k`)
			assert.NotContains(t, x, `class="hit"`, "an exported file has no hover rects")
			assert.Contains(t, x, `width="720"`)
			if c.spec.Title != "" {
				assert.Contains(t, x, `class="ttl"`)
			}
			assert.Contains(t, x, "Units: ")
		})
	}
}

func TestExportLinkIsWrappedWholeAndHrefOnlyForWebLinks(t *testing.T) {
	long := "https://computedeals.example/#" + strings.Repeat("d.x.n=300k&", 40)
	n := Export(mainSpecs()[0], Meta{Source: "src", Link: long})
	var text string
	for _, l := range n.FindAll(view.HasAttr("class", "src link")) {
		text += l.TextContent()
	}
	assert.Equal(t, long, text, "the link is written out whole, across lines")

	n = Export(mainSpecs()[0], Meta{Link: "javascript:alert(1)"})
	assert.Nil(t, n.Find(func(x *view.Node) bool { return x.Tag == "a" }), "only web links become hyperlinks")
	assert.Contains(t, n.TextContent(), "javascript:alert(1)")
}

func TestStackTopIsTheTotalAtEveryX(t *testing.T) {
	for _, diverging := range []bool{false, true} {
		ss := gwSeries(1)
		st := stackUp(ss, months, diverging, nil)
		tot := totalOf(ss)
		last := len(ss) - 1
		for i := 0; i < months; i++ {
			assert.InDelta(t, tot[i], st.hi[last*months+i], 1e-9, "month %d", i)
			assert.InDelta(t, tot[i], st.total[i], 1e-9)
			for k := 1; k < len(ss); k++ {
				assert.Equal(t, st.hi[(k-1)*months+i], st.lo[k*months+i], "layers touch")
			}
		}
	}
}

func TestBarsStackNegativePartsDownward(t *testing.T) {
	ss := []Series{{Name: "a", Values: []float64{3, -2}}, {Name: "b", Values: []float64{-1, 4}}, {Name: "c", Values: []float64{2, -1}}}
	st := stackUp(ss, 2, true, nil)
	type seg struct{ lo, hi float64 }
	at := func(k, i int) seg { return seg{st.lo[k*2+i], st.hi[k*2+i]} }
	assert.Equal(t, seg{0, 3}, at(0, 0))
	assert.Equal(t, seg{-1, 0}, at(1, 0))
	assert.Equal(t, seg{3, 5}, at(2, 0))
	assert.Equal(t, seg{-2, 0}, at(0, 1))
	assert.Equal(t, seg{0, 4}, at(1, 1))
	assert.Equal(t, seg{-3, -2}, at(2, 1))
	assert.Equal(t, []float64{4, 1}, st.total)
}

func TestHitRectsCarryTheReadOutOfEachX(t *testing.T) {
	m := mainSpecs()
	n := Render(m[0])
	hits := n.FindAll(view.HasAttr("class", "hit"))
	require.Len(t, hits, months, "one per month")
	tip, _ := hits[29].Attr("data-tip")
	// 2027-06: AWS full, CoreWeave ramping, the rest on their ramps.
	assert.True(t, strings.HasPrefix(tip, "2027-06\nAWS\t0.550 GW\nAzure\t"), tip)
	assert.Contains(t, tip, "\ntotal\t")
	i, _ := hits[29].Attr("data-i")
	assert.Equal(t, "29", i)
	tip0, _ := hits[0].Attr("data-tip")
	assert.Equal(t, "2025-01\ntotal\t0 GW", tip0, "series at zero are left out, the total stays")

	n = Render(m[1])
	hits = n.FindAll(view.HasAttr("class", "hit"))
	require.Len(t, hits, years, "one per year")
	tip, _ = hits[2].Attr("data-tip")
	assert.True(t, strings.HasPrefix(tip, "2027\nAWS\t$"), tip)
	assert.Contains(t, tip, "\nRevenue\t$")

	n = Render(m[2])
	tip, _ = n.FindAll(view.HasAttr("class", "hit"))[0].Attr("data-tip")
	assert.Equal(t, "2025-01\nCumulative gap\t"+units.Format(m[2].Series[0].Values[0], units.USD), tip)
}

// A chart's points are one Tab stop: a group named after the chart that
// says how to move, whose first rect alone takes Tab (www/app.js moves the
// focus with the arrow keys). Exports have no points to focus.
func TestHitRectsAreOneTabStopInANamedGroup(t *testing.T) {
	for _, c := range allSpecs() {
		if c.name == "empty" {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			g := Render(c.spec).Find(view.HasAttr("class", "hits"))
			require.NotNil(t, g)
			role, _ := g.Attr("role")
			assert.Equal(t, "group", role)
			name, _ := g.Attr("aria-label")
			assert.Contains(t, name, c.spec.Title+": "+strconv.Itoa(len(g.Children))+" ")
			assert.Contains(t, name, "use the arrow keys")
			for i, rect := range g.Children {
				want := "-1"
				if i == 0 {
					want = "0"
				}
				tab, _ := rect.Attr("tabindex")
				assert.Equal(t, want, tab, "rect %d", i)
			}
			assert.Nil(t, Export(c.spec, Meta{}).Find(view.HasAttr("class", "hits")))
		})
	}
}

func TestReadOutsShowBandsAndScenarioB(t *testing.T) {
	for _, c := range allSpecs() {
		switch c.name {
		case "fan_gw":
			tip, _ := Render(c.spec).FindAll(view.HasAttr("class", "hit"))[100].Attr("data-tip")
			assert.Regexp(t, `\nTotal median\t[0-9.]+ GW\nTotal 5–95 %\t[0-9.]+ GW–[0-9.]+ GW$`, tip)
		case "compare_gw":
			tip, _ := Render(c.spec).FindAll(view.HasAttr("class", "hit"))[100].Attr("data-tip")
			assert.Regexp(t, `\nB: 200k GPUs total\t[0-9.]+ GW$`, tip)
		case "compare_gap":
			tip, _ := Render(c.spec).FindAll(view.HasAttr("class", "hit"))[100].Attr("data-tip")
			assert.Regexp(t, `\nB: revenue \+45 %/yr\t−?\$[0-9.]+[BT]$`, tip)
		}
	}
}

func TestEmptyDataGivesAMessageNotAPanic(t *testing.T) {
	nan := math.NaN()
	cases := []struct {
		name string
		spec Spec
	}{
		{"no series", Spec{Kind: Area, Title: "x"}},
		{"series without values", Spec{Kind: Bars, X: Years, Series: []Series{{Name: "a"}}}},
		{"only NaN", Spec{Kind: Line, Series: []Series{{Name: "a", Values: []float64{nan, nan}}}}},
		{"tornado without swings", Spec{Kind: Tornado, Base: 3}},
		{"tornado of NaN", Spec{Kind: Tornado, Swings: []Swing{{"a", nan, math.Inf(1)}}}},
		{"waterfall of nothing", Spec{Kind: Waterfall, Base: nan}},
		{"custom message", Spec{Kind: Area, Empty: "Turn a deal on to see its power"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := Render(c.spec)
			msg := n.Find(view.HasAttr("class", "msg"))
			require.NotNil(t, msg)
			want := c.spec.Empty
			if want == "" {
				want = "No data to show"
			}
			assert.Equal(t, want, msg.TextContent())
			require.NotNil(t, Export(c.spec, meta).Find(view.HasAttr("class", "msg")))
			tb := Table(c.spec)
			assert.NotNil(t, tb.Find(func(x *view.Node) bool { return x.Tag == "tbody" }))
		})
	}
}

func TestASinglePointIsDrawnAcrossThePlot(t *testing.T) {
	s := Spec{Kind: Line, Unit: units.GW, Start: start, Series: []Series{{Name: "a", Values: []float64{2}}}}
	n := Render(s)
	line := n.Find(view.HasAttr("class", "line s0"))
	require.NotNil(t, line)
	d, _ := line.Attr("d")
	assert.Regexp(t, `^M[0-9.]+,[0-9.]+L[0-9.]+,[0-9.]+$`, d)
	assert.NotNil(t, n.Find(view.HasAttr("class", "tick")), "a month without January still gets an x label")
}

func TestGapIsSplitAtZero(t *testing.T) {
	s := Spec{Kind: Line, Unit: units.USD, Start: start, Series: []Series{{Name: "gap", Values: []float64{-2, 2, 2, -2}}}}
	n := Render(s)
	pos := n.Find(view.HasAttr("class", "gap pos"))
	neg := n.Find(view.HasAttr("class", "gap neg"))
	require.NotNil(t, pos)
	require.NotNil(t, neg)
	// The fill meets the baseline where the line crosses zero, halfway
	// between the points either side.
	line := n.Find(view.HasAttr("class", "line s0"))
	coords := func(x *view.Node) [][2]float64 {
		d, _ := x.Attr("d")
		var out [][2]float64
		for _, p := range strings.Fields(strings.NewReplacer("M", " ", "L", " ", "Z", " ").Replace(d)) {
			xs, ys, _ := strings.Cut(p, ",")
			a, _ := strconv.ParseFloat(xs, 64)
			b, _ := strconv.ParseFloat(ys, 64)
			out = append(out, [2]float64{a, b})
		}
		return out
	}
	pts := coords(line)
	require.Len(t, pts, 4)
	fill := coords(pos)
	y0 := fill[0][1]
	crosses := func(x float64) bool {
		for _, p := range fill {
			if p[1] == y0 && math.Abs(p[0]-x) <= 0.1 {
				return true
			}
		}
		return false
	}
	assert.True(t, crosses((pts[0][0]+pts[1][0])/2), "%v", fill)
	assert.True(t, crosses((pts[2][0]+pts[3][0])/2), "%v", fill)
	assert.Contains(t, fill, pts[1])
	assert.Contains(t, fill, pts[2])
	assert.NotContains(t, coords(neg), pts[1])
}

func TestTornadoSortsByWidestSwing(t *testing.T) {
	c := allSpecs()[11]
	require.Equal(t, "tornado", c.name)
	order := swingOrder(c.spec.Swings)
	var widths []float64
	for _, q := range order {
		widths = append(widths, math.Abs(c.spec.Swings[q].High-c.spec.Swings[q].Low))
	}
	for i := 1; i < len(widths); i++ {
		assert.GreaterOrEqual(t, widths[i-1], widths[i])
	}
	labels := Render(c.spec).FindAll(view.HasAttr("class", "lbl"))
	texts := []string{}
	for _, l := range labels {
		texts = append(texts, l.TextContent())
	}
	assert.Contains(t, texts, "Price per GPU-hour ($1.8–$3.2)")
	assert.Contains(t, texts, "$1.61T")
	assert.Contains(t, texts, "base $1.42T")
}

func TestWaterfallEndsAtATotalPlusTheSteps(t *testing.T) {
	c := allSpecs()[12]
	require.Equal(t, "waterfall", c.name)
	lv := waterfallLevels(&c.spec)
	sum := c.spec.Base
	for _, s := range c.spec.Steps {
		sum += s.Delta
	}
	assert.InDelta(t, sum, lv[len(lv)-1], 1)
	tip, _ := Render(c.spec).FindAll(view.HasAttr("class", "hit"))[1].Attr("data-tip")
	assert.Equal(t, "NVIDIA GW · −$160B → $1.26T", tip)
}

func TestNodeCountsStayModest(t *testing.T) {
	limits := map[string]int{"area_gw": 240, "bars_spend": 110, "line_gap": 220, "area_accelerators": 240, "bars_build_rate": 80,
		"tornado": 110, "waterfall": 90}
	for _, c := range allSpecs() {
		n := Render(c.spec).Count()
		t.Logf("%-18s %4d nodes", c.name, n)
		if l, ok := limits[c.name]; ok {
			assert.LessOrEqual(t, n, l, c.name)
		}
	}
}

func TestPeakFindsTheLargestFiniteValue(t *testing.T) {
	assert.Equal(t, -1, Peak(nil))
	assert.Equal(t, -1, Peak([]float64{math.NaN()}))
	assert.Equal(t, 2, Peak([]float64{1, math.Inf(1), 3, math.NaN(), 3, -5}))
}

func TestIDsAreCleaned(t *testing.T) {
	n := Render(Spec{ID: `a b"c`, Kind: Area})
	v, _ := n.Attr("aria-labelledby")
	assert.Equal(t, "a-b-c-t a-b-c-d", v)
}

func TestStylesheetStylesEveryClassTheChartsUse(t *testing.T) {
	css := Stylesheet()
	unstyled := map[string]bool{"legend": true, "hits": true, "sw": true, "link": true}
	seen := map[string]bool{}
	for _, c := range allSpecs() {
		for _, n := range []*view.Node{Render(c.spec), Export(c.spec, meta)} {
			for _, x := range n.FindAll(func(x *view.Node) bool { _, ok := x.Attr("class"); return ok }) {
				cls, _ := x.Attr("class")
				for _, tok := range strings.Fields(cls) {
					seen[tok] = true
				}
			}
		}
	}
	for tok := range seen {
		if !unstyled[tok] {
			assert.True(t, strings.Contains(css, "."+tok+"{") || strings.Contains(css, "."+tok+",") ||
				strings.Contains(css, "."+tok+":") || strings.Contains(css, "."+tok+" "), "class %q has no rule", tok)
		}
	}
	assert.Contains(t, css, "@media (prefers-color-scheme:dark)")
	assert.NotContains(t, css, "<")
	assert.NotContains(t, exportCSS, "prefers-color-scheme", "exports keep the light scheme wherever they are opened")
}

func TestLazyTipsLeaveTheReadOutsToTip(t *testing.T) {
	for _, s := range mainSpecs() {
		eager := Render(s)
		s.LazyTips = true
		lazy := Render(s)
		rects := lazy.FindAll(func(n *view.Node) bool { v, _ := n.Attr("class"); return v == "hit" })
		require.NotEmpty(t, rects)
		for _, r := range rects {
			_, has := r.Attr("data-tip")
			assert.False(t, has)
		}
		for i, r := range eager.FindAll(func(n *view.Node) bool { v, _ := n.Attr("class"); return v == "hit" }) {
			want, _ := r.Attr("data-tip")
			assert.Equal(t, want, Tip(s, i))
		}
		assert.Empty(t, Tip(s, 100000))
	}
}

// A fan whose 95th percentile is thirty times the figures would flatten
// them into the axis: the scale stops at their span beyond them,
// the fan runs along the plot's edge, the plot says how far it reaches,
// and the read-outs keep the true percentiles.
func TestAFarBandIsCutAtTheScaleAndSaysSo(t *testing.T) {
	spend := []float64{100e9, 300e9, 400e9, 350e9}
	rev := []float64{20e9, 60e9, 120e9, 200e9}
	s := Spec{Kind: Bars, X: Years, Unit: units.USD, Start: start,
		Series: []Series{{Name: "spend", Values: spend}},
		Lines:  []Series{{Name: "revenue", Values: rev}},
		Bands:  []Band{{Name: "revenue 5–95 %", Low: []float64{15e9, 40e9, 60e9, 80e9}, Mid: rev, High: []float64{30e9, 200e9, 2e12, 12e12}}}}
	n := Render(s)
	var top float64
	for _, tk := range n.FindAll(view.HasAttr("class", "tick")) {
		if v, err := units.Parse(strings.ReplaceAll(tk.TextContent(), "−", "-"), units.USD); err == nil {
			top = max(top, v)
		}
	}
	assert.LessOrEqual(t, top, 400e9+400e9+250e9, "the scale leaves the figures room, not the whole fan")
	assert.GreaterOrEqual(t, top, 400e9)
	var note string
	for _, l := range n.FindAll(view.HasAttr("class", "lbl")) {
		if strings.Contains(l.TextContent(), "off the scale") {
			note = l.TextContent()
		}
	}
	assert.Equal(t, "5–95 % off the scale: up to $12.0T in 2028", note)
	tip, _ := n.FindAll(view.HasAttr("class", "hit"))[3].Attr("data-tip")
	assert.Contains(t, tip, "$12.0T", "the read-out keeps the true 95th percentile")

	// A fan inside the room the figures leave is drawn whole, without a note.
	s.Bands[0].High = []float64{30e9, 200e9, 500e9, 700e9}
	n = Render(s)
	for _, l := range n.FindAll(view.HasAttr("class", "lbl")) {
		assert.NotContains(t, l.TextContent(), "off the scale")
	}
}

// On a narrow chart the peak's label and the reference line's label meet
// at the right end; the reference label moves to where it is clear.
func TestTheReferenceLabelKeepsClearOfThePeaksLabel(t *testing.T) {
	for _, kind := range []Kind{Line, Area} {
		for _, width := range []int{320, 330, 360, 400, 480, 720} {
			for _, peakAt := range []int{10, 40, 71, 100, 125} {
				vals := make([]float64, 132)
				for i := range vals {
					d := float64(i - peakAt)
					vals[i] = 35.8 * math.Exp(-d*d/800)
				}
				s := Spec{Kind: kind, Unit: units.GW, Start: start, Width: width, Height: width * 56 / 100,
					Series: []Series{{Name: "GW", Values: vals}},
					Ref:    &Ref{Value: 30, Label: "OpenAI's stated 30.0 GW"},
					Mark:   &Mark{Index: peakAt}}
				labelsClear(t, Render(s), fmt.Sprintf("kind %d, width %d, peak at %d", kind, width, peakAt))
			}
		}
	}
}

// labelsClear checks that the reference line's label and the peak's
// do not meet.
func labelsClear(t *testing.T, n *view.Node, what string) {
	t.Helper()
	var ref, peak *label
	for _, l := range n.FindAll(view.HasAttr("class", "lbl")) {
		x, _ := l.Attr("x")
		y, _ := l.Attr("y")
		anchor, _ := l.Attr("text-anchor")
		fx, _ := strconv.ParseFloat(x, 64)
		fy, _ := strconv.ParseFloat(y, 64)
		switch text := l.TextContent(); {
		case strings.HasPrefix(text, "OpenAI's stated"):
			ref = placeLabel(text, anchor, fx, fy)
		case strings.Contains(text, " · "):
			peak = placeLabel(text, anchor, fx, fy)
		}
	}
	require.NotNil(t, ref, what)
	require.NotNil(t, peak, what)
	assert.False(t, ref.overlaps(peak), "%s: %+v and %+v", what, *ref, *peak)
}

// Tip works a read-out out without drawing the chart: for every chart of
// the golden files, each point's read-out is the one the drawing carries.
func TestTipIsTheReadOutTheDrawingCarries(t *testing.T) {
	for _, c := range allSpecs() {
		s := c.spec
		s.LazyTips = false
		rects := Render(s).FindAll(func(n *view.Node) bool { _, ok := n.Attr("data-tip"); return ok })
		for _, r := range rects {
			want, _ := r.Attr("data-tip")
			i, _ := r.Attr("data-i")
			n, err := strconv.Atoi(i)
			require.NoError(t, err)
			assert.Equal(t, want, Tip(c.spec, n), "%s, point %d", c.name, n)
		}
		assert.Empty(t, Tip(c.spec, -1), c.name)
		assert.Empty(t, Tip(c.spec, len(rects)+1000), c.name)
	}
}
