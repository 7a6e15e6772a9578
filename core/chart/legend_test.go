package chart

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/units"
	"github.com/computedeals/explorer/core/view"
)

type entry struct{ name, swatch string }

// legendList reads a chart's legend in order: each label with its swatch,
// the swatch written as its element and classes ("rect band tot", "path
// mid s5"), patterns included.
func legendList(t *testing.T, n *view.Node) []entry {
	t.Helper()
	var out []entry
	g := n.Find(view.HasAttr("class", "legend"))
	if g == nil {
		return out
	}
	sw := ""
	for _, c := range g.Children {
		cls, _ := c.Attr("class")
		switch {
		case c.Tag == "text":
			require.NotEmpty(t, sw, "a label without a swatch")
			out = append(out, entry{c.TextContent(), sw})
			sw = ""
		case cls == "pat":
			fill, _ := c.Attr("fill")
			sw += " " + fill
		default:
			sw = c.Tag + " " + cls
		}
	}
	return out
}

// legendEntries is legendList by name.
func legendEntries(t *testing.T, n *view.Node) map[string]string {
	out := map[string]string{}
	for _, e := range legendList(t, n) {
		out[e.name] = e.swatch
	}
	return out
}

func TestEveryDrawnSeriesBandAndMedianHasALegendEntryWithItsOwnSwatch(t *testing.T) {
	for _, c := range allSpecs() {
		s := c.spec
		if s.Kind == Tornado || s.Kind == Waterfall || s.Overlay != nil || len(s.Series) == 0 {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			var want []string
			for _, x := range s.Series {
				want = append(want, x.Name)
			}
			for _, x := range s.Lines {
				want = append(want, x.Name)
			}
			for _, b := range s.Bands {
				want = append(want, b.Name)
				if b.Mid != nil {
					want = append(want, midName(b))
				}
			}
			if len(want) < 2 {
				return // the title names a lone series
			}
			got := legendList(t, Render(s))
			require.Len(t, got, len(want), "an entry for each, and no more")
			seen := map[string]string{}
			for k, name := range want {
				assert.Equal(t, name, got[k].name)
				sw := got[k].swatch
				assert.NotContains(t, seen, sw, "%q and %q share a swatch", name, seen[sw])
				seen[sw] = name
			}
		})
	}
}

func TestTheSpendChartsFansAndMediansEachHaveTheirOwnSwatch(t *testing.T) {
	s := allSpecs()[6].spec
	require.Len(t, s.Bands, 2)
	got := legendEntries(t, Render(s))
	assert.Equal(t, "rect band s5", got["Spend"])
	assert.Equal(t, "rect band tot", got["Revenue"])
	assert.Equal(t, "path mid s5", got["Spend median"])
	assert.Equal(t, "path mid tot", got["Revenue median"])
}

func TestTheReadOutIsASmallTableWithARowPerSeries(t *testing.T) {
	s := allSpecs()[5].spec // facility GW with a fan
	s.Bands[0].Name, s.Bands[0].MidName = "5–95 % (year ends)", "median (year ends)"
	i := 100
	lines := strings.Split(Tip(s, i), "\n")
	require.NotEmpty(t, lines)
	assert.Equal(t, "2033-05", lines[0], "the x position heads the read-out")
	rows := map[string]string{}
	var order []string
	for _, l := range lines[1:] {
		cells := strings.Split(l, "\t")
		require.Len(t, cells, 2, "a row is a name and a value: %q", l)
		rows[cells[0]] = cells[1]
		order = append(order, cells[0])
	}
	drawn := 0
	for _, x := range s.Series {
		if get(x.Values, i) != 0 {
			drawn++
			assert.Contains(t, rows, x.Name)
		}
	}
	assert.Len(t, order, drawn+3, "a row per series, the total, the median and the band")
	assert.Equal(t, []string{"total", "median (year ends)", "5–95 % (year ends)"}, order[drawn:])
	assert.Regexp(t, `^[0-9.]+ GW$`, rows["median (year ends)"], "the median is one figure")
	assert.Regexp(t, `^[0-9.]+ GW–[0-9.]+ GW$`, rows["5–95 % (year ends)"], "the band is a range")
	for k := range rows {
		assert.False(t, strings.Contains(k, "5–95") && strings.Contains(k, "median"), "a median is not labelled 5–95 %%: %q", k)
	}

	// A band named for what it spans says 5–95 % in its row, and so its
	// median says median.
	s.Bands[0].Name, s.Bands[0].MidName = "Total", ""
	tip := Tip(s, i)
	assert.Contains(t, tip, "\nTotal median\t")
	assert.Contains(t, tip, "\nTotal 5–95 %\t")
}

func TestSeriesPastThePaletteArePatternedInThePageAndTheExport(t *testing.T) {
	s := allSpecs()[0].spec
	s.Series = append([]Series(nil), s.Series...)
	s.Series[1].Class = "s3 p1"
	s.Series[2].Class = "s3 p2"
	for _, n := range []*view.Node{Render(s), Export(s, meta)} {
		defs := n.Find(func(n *view.Node) bool { return n.Tag == "defs" })
		require.NotNil(t, defs)
		var ids []string
		for _, p := range defs.Children {
			id, _ := p.Attr("id")
			ids = append(ids, id)
			assert.Equal(t, "pattern", p.Tag)
		}
		assert.Equal(t, []string{"gw-p1", "gw-p2"}, ids, "only the patterns used, named for the chart")
		fills := n.FindAll(view.HasAttr("class", "pat"))
		var urls []string
		for _, f := range fills {
			u, _ := f.Attr("fill")
			urls = append(urls, u)
		}
		assert.Contains(t, urls, "url(#gw-p1)")
		assert.Contains(t, urls, "url(#gw-p2)")
		got := legendEntries(t, n)
		assert.NotEqual(t, got[s.Series[1].Name], got[s.Series[2].Name], "one colour, two patterns: two swatches")
	}
	assert.Contains(t, Stylesheet(), ".chart .hatch{")
	assert.Contains(t, view.XML(Export(s, meta)), "<pattern id=\"gw-p1\"")
}

// tickBoxes are the x extents of the tick labels on one baseline.
func tickBoxes(n *view.Node) map[string][][2]float64 {
	out := map[string][][2]float64{}
	for _, t := range n.FindAll(view.HasAttr("class", "tick")) {
		if _, slanted := t.Attr("transform"); slanted {
			continue // slanted category names: they lean apart
		}
		x, _ := t.Attr("x")
		y, _ := t.Attr("y")
		anchor, _ := t.Attr("text-anchor")
		xv, _ := strconv.ParseFloat(x, 64)
		w := textWidth(t.TextContent(), fontPx)
		lo := xv
		switch anchor {
		case "middle":
			lo = xv - w/2
		case "end":
			lo = xv - w
		}
		out[y] = append(out[y], [2]float64{lo, lo + w})
	}
	return out
}

func TestTickLabelsDoNotOverlapAtAPhonesWidth(t *testing.T) {
	for _, c := range allSpecs() {
		for _, w := range []int{300, 340, 360} {
			s := c.spec
			s.Width, s.Height = w, int(float64(w)*0.85)
			if s.Kind == Tornado {
				s.Height = 0
			}
			n := Render(s)
			for y, boxes := range tickBoxes(n) {
				for i := 1; i < len(boxes); i++ {
					assert.LessOrEqual(t, boxes[i-1][1]+2, boxes[i][0], "%s at %d px: tick labels at y=%s overlap", c.name, w, y)
				}
				for _, b := range boxes {
					assert.GreaterOrEqual(t, b[0], 0.0, "%s at %d px: a tick label leaves the chart", c.name, w)
					assert.LessOrEqual(t, b[1], float64(w), "%s at %d px: a tick label leaves the chart", c.name, w)
				}
			}
			// The value axis keeps its labels a line apart.
			var ys []float64
			for _, tk := range n.FindAll(view.HasAttr("class", "tick")) {
				_, slanted := tk.Attr("transform")
				if a, _ := tk.Attr("text-anchor"); a == "end" && !slanted {
					y, _ := strconv.ParseFloat(tk.Attrs[2].Value, 64)
					ys = append(ys, y)
				}
			}
			for i := 1; i < len(ys); i++ {
				assert.GreaterOrEqual(t, ys[i-1]-ys[i], fontPx+4, "%s at %d px: value ticks crowd", c.name, w)
			}
		}
	}
}

func TestTornadoLabelsOfOneAcceleratorStayDistinctWhenCut(t *testing.T) {
	s := Spec{Kind: Tornado, ID: "tornado", Unit: units.USD, Width: 360, Base: 1e12, Swings: []Swing{
		{"NVIDIA Vera Rubin: price per GPU-hour", 0.9e12, 1.2e12},
		{"NVIDIA Vera Rubin: utilisation", 0.95e12, 1.1e12},
		{"NVIDIA Vera Rubin: useful life in years", 0.97e12, 1.05e12},
		{"PUE", 0.99e12, 1.01e12},
	}}
	n := Render(s)
	var names []string
	for _, l := range n.FindAll(view.HasAttr("class", "lbl")) {
		if a, _ := l.Attr("text-anchor"); a == "end" && !strings.HasPrefix(l.TextContent(), "$") && !strings.HasPrefix(l.TextContent(), "−") {
			names = append(names, l.TextContent())
		}
	}
	require.Len(t, names, 4, "%q", names)
	seen := map[string]bool{}
	for _, name := range names {
		assert.False(t, seen[name], "two rows read %q", name)
		seen[name] = true
		assert.LessOrEqual(t, textWidth(name, fontPx), 360*0.38+0.01, name)
	}
	assert.Contains(t, names, "PUE")
	for _, name := range names[:3] {
		assert.True(t, strings.HasPrefix(name, "N"), "the shared head is cut, not dropped: %q", name)
	}
	assert.Contains(t, strings.Join(names, "|"), "price per GPU-hour", "the part that tells the inputs apart is kept")
	assert.Contains(t, strings.Join(names, "|"), "utilisation")

	// Names that fit are left whole, and distinct cuts are left alone.
	assert.Equal(t, []string{"PUE", "AWS GPUs"}, fitDistinct([]string{"PUE", "AWS GPUs"}, 100, fontPx))
	assert.Equal(t, []string{fit("Alpha beta gamma", 80, fontPx), fit("Gamma delta epsilon", 80, fontPx)},
		fitDistinct([]string{"Alpha beta gamma", "Gamma delta epsilon"}, 80, fontPx))
}

// Events on a line chart are marked on the line and labelled: the cash
// chart shows each month money is raised in.
func TestEventsAreMarkedAndLabelled(t *testing.T) {
	vals := make([]float64, 24)
	for i := range vals {
		vals[i] = 100 - float64(i)*10
	}
	s := Spec{Kind: Line, X: Months, Unit: units.USD, ID: "ev", Width: 720, Height: 400,
		Series: []Series{{Name: "cash", Values: vals}},
		Events: []Mark{{Index: 3, Label: "+$87.0B"}, {Index: 30, Label: "outside"}, {Index: 12, Label: "+$5.00B"}}}
	n := Render(s)
	rings := n.FindAll(func(n *view.Node) bool { c, _ := n.Attr("class"); return n.Tag == "circle" && c == "event" })
	assert.Len(t, rings, 2, "the event outside the plot is left out")
	text := n.TextContent()
	assert.Contains(t, text, "+$87.0B")
	assert.Contains(t, text, "+$5.00B")
	assert.NotContains(t, text, "outside")
}
