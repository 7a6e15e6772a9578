package chart

import (
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/view"
)

const (
	swRect = iota
	swLine
	swDash
	swBand
	swMid // a band's median line
)

type legendItem struct {
	name, class string
	kind        int
}

// legend lays the items out in rows from r.top and moves r.top below
// them. One item or none needs no legend: the title says it.
func (r *rend) legend(items []legendItem) {
	if len(items) < 2 {
		return
	}
	g := r.b.el("g", view.A("class", "legend"))
	x, y := pad, r.top
	maxName := r.W * 0.45
	for _, it := range items {
		name := fit(it.name, maxName, fontPx)
		w := swatch + 5 + textWidth(name, fontPx) + 14
		if x > pad && x+w > r.W-pad {
			x, y = pad, y+rowPx
		}
		switch it.kind {
		case swRect, swBand:
			cls := "sw " + it.class
			if it.kind == swBand {
				cls = "band " + it.class
			}
			add(g, r.b.el("rect", view.A("class", cls), view.A("x", r.b.num(x)), view.A("y", r.b.num(y+1)),
				view.A("width", "12"), view.A("height", "12")))
			if pc := patternOf(it.class); pc != "" && it.kind == swRect {
				add(g, r.b.el("rect", view.A("class", "pat"), view.A("x", r.b.num(x)), view.A("y", r.b.num(y+1)),
					view.A("width", "12"), view.A("height", "12"), view.A("fill", r.patURL(pc))))
			}
		default:
			var p path
			p.hline(x, y+7, x+swatch)
			cls := "line " + it.class
			switch it.kind {
			case swDash:
				cls = "ovl " + it.class
			case swMid:
				cls = "mid " + it.class
			}
			add(g, r.b.path(&p, cls, view.A("fill", "none")))
		}
		add(g, r.b.label("lbl", x+swatch+5, y+11, "", name))
		x += w
	}
	add(r.root, g)
	r.top = y + rowPx + 2
}

// xyLegend is the legend of an xy chart of kind k: its series keyed as
// its kind draws them, its lines, bands and medians, and A and B.
func (r *rend) xyLegend(k *xyKind) []legendItem {
	s := r.s
	var items []legendItem
	for j, x := range s.Series {
		kind := swRect
		if !k.stacked {
			kind = swLine
		}
		items = append(items, legendItem{x.Name, seriesClass(x, j), kind})
	}
	for j, x := range s.Lines {
		items = append(items, legendItem{x.Name, seriesClass(x, len(s.Series)+j), swLine})
	}
	for _, b := range s.Bands {
		items = append(items, legendItem{b.Name, bandClass(b), swBand})
		if b.Mid != nil {
			items = append(items, legendItem{midName(b), bandClass(b), swMid})
		}
	}
	if ov := s.Overlay; ov != nil {
		a, b := ov.A, ov.B
		if a == "" {
			a = "A"
		}
		if b == "" {
			b = "B"
		}
		items = append(items, legendItem{a, "tot", swLine}, legendItem{b, "tot", swDash})
	}
	return items
}

// seriesClass is the colour class of the k-th series.
func seriesClass(s Series, k int) string {
	if s.Class != "" {
		return s.Class
	}
	return "s" + strconv.Itoa(k%12)
}

func bandClass(b Band) string {
	if b.Class != "" {
		return b.Class
	}
	return "tot"
}

// midName is the name of a band's median line.
func midName(b Band) string {
	switch {
	case b.MidName != "":
		return b.MidName
	case b.Name == "" || strings.Contains(b.Name, "5–95"):
		return "median"
	}
	return b.Name + " median"
}
