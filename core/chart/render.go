package chart

import (
	"strconv"
	"strings"
	"sync"

	"github.com/computedeals/explorer/core/view"
)

const (
	defaultW = 720
	defaultH = 360
	fontPx   = 12.0 // the chart's font size; set on the root so the page cannot drift from the layout
	pad      = 8.0
	swatch   = 12.0
	rowPx    = 18.0 // a legend row
)

// Render draws the chart for the page: <svg viewBox role="img"> with
// <title> and <desc>, a legend, axes, the data, and a <g class="hits">
// of transparent rects whose data-tip is the read-out for that x: a named
// group that is one Tab stop, its first rect tabindex 0, the others -1.
func Render(s Spec) *view.Node { return render(&s, nil) }

// Export draws the chart as a file standing alone: the page variant
// without hover rects, with a visible title and units line above, the
// source line and the scenario link below, a background, width and
// height, and a <style> with the light palette, since no page stylesheet
// comes with a file. Write it with view.XML.
func Export(s Spec, m Meta) *view.Node { return render(&s, &m) }

// Tip is the read-out of x position i, as the hover rect of Render
// carries it without LazyTips; "" when there is none.
func Tip(s Spec, i int) string {
	s.LazyTips = false
	if t, ok := tipAt(&s, i); ok {
		return t
	}
	root := render(&s, nil)
	want := strconv.Itoa(i)
	rect := root.Find(func(n *view.Node) bool {
		v, ok := n.Attr("data-i")
		return ok && v == want && n.Tag == "rect"
	})
	if rect == nil {
		return ""
	}
	tip, _ := rect.Attr("data-tip")
	return tip
}

type rend struct {
	b    builder
	s    *Spec
	meta *Meta
	root *view.Node

	W, H       float64             // the page variant's size
	hdr        float64             // height of the export header above it
	L, R, T, B float64             // the plot box
	top        float64             // first free y below the header and the legend
	pats       [len(patterns)]bool // the patterns the chart uses

	*scratch
}

// scratch is the working memory of a render that never reaches the tree
// (the tree holds strings copied out of it), so renders can share it:
// the page repaints on every input, and a monthly chart's read-outs and
// paths come to tens of kilobytes.
type scratch struct {
	tip    []byte
	cache  valueCache
	p      path
	stacks [2][]float64
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func render(s *Spec, meta *Meta) *view.Node {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.cache.reset()
	r := &rend{s: s, meta: meta, scratch: sc}
	r.W = dim(s.Width, defaultW)
	r.H = dim(s.Height, defaultH)
	id := cleanID(s.ID)
	r.root = r.b.el("svg",
		view.A("viewBox", ""),
		view.A("class", "chart"),
		view.A("role", "img"),
		view.A("aria-labelledby", id+"-t "+id+"-d"),
		view.A("font-size", "12"))
	var bg *view.Node
	if meta != nil {
		bg = r.b.el("rect", view.A("class", "bg"), view.A("width", ""), view.A("height", ""))
		add(r.root, bg)
		st := r.b.el("style")
		r.b.text(st, exportCSS)
		add(r.root, st)
	}
	t := r.b.el("title", view.A("id", id+"-t"))
	r.b.text(t, s.Title)
	add(r.root, t)
	d := r.b.el("desc", view.A("id", id+"-d"))
	r.b.text(d, s.Desc)
	add(r.root, d)
	at := len(r.root.Children) // where the pattern defs go
	if meta != nil {
		r.header()
	}
	r.top = r.hdr + pad
	switch s.Kind {
	case Tornado:
		r.tornado()
	case Waterfall:
		r.waterfall()
	default:
		r.xy()
	}
	r.defs(id, at)
	total := r.hdr + r.H
	if meta != nil {
		total = r.footer(total)
	}
	// The size is known only now; the attributes were made empty first
	// to keep their place.
	w, h := r.b.num(r.W), r.b.num(total)
	r.root.SetAttr("viewBox", "0 0 "+w+" "+h)
	if bg != nil {
		bg.SetAttr("width", w)
		bg.SetAttr("height", h)
		r.root.SetAttr("width", w)
		r.root.SetAttr("height", h)
	}
	return r.root
}

func dim(v, def int) float64 {
	if v <= 0 {
		return float64(def)
	}
	return float64(min(max(v, 160), 4000))
}

func cleanID(id string) string {
	if id == "" {
		return "chart"
	}
	b := []byte(id)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			b[i] = '-'
		}
	}
	return string(b)
}

// header writes the export title (wrapped) and units line.
func (r *rend) header() {
	y := pad
	// Bold text runs about a tenth wider than the estimate's regular.
	for _, line := range wrap(r.s.Title, r.W-2*pad, 16*1.1) {
		y += 20
		n := r.b.label("ttl", pad, y-4, "", line)
		n.SetAttr("font-size", "16")
		n.SetAttr("font-weight", "600")
		add(r.root, n)
	}
	if u := unitsOf(r.s); u != "" {
		y += 16
		add(r.root, r.b.label("sub", pad, y-2, "", fit("Units: "+u, r.W-2*pad, fontPx)))
	}
	r.hdr = y + 4
}

// footer writes the source line and the link below the chart and returns
// the new total height.
func (r *rend) footer(y float64) float64 {
	const px = 10.0
	src := r.meta.Source
	if src == "" {
		src = "Compute Deals Explorer"
	}
	for _, line := range wrap(src, r.W-2*pad, px) {
		y += 13
		n := r.b.label("src", pad, y-2, "", line)
		n.SetAttr("font-size", "10")
		add(r.root, n)
	}
	if link := r.meta.Link; link != "" {
		// A link has no spaces to wrap at, so it is cut where the line is
		// full; every character stays, so the link can be typed back.
		per := max(int((r.W-2*pad)/(0.62*px)), 16)
		var parent *view.Node
		if strings.HasPrefix(link, "https://") || strings.HasPrefix(link, "http://") {
			parent = r.b.el("a", view.A("href", link))
			add(r.root, parent)
		} else {
			parent = r.root
		}
		rs := []rune(link)
		for i := 0; i < len(rs); i += per {
			y += 13
			n := r.b.label("src link", pad, y-2, "", string(rs[i:min(i+per, len(rs))]))
			n.SetAttr("font-size", "10")
			add(parent, n)
		}
	}
	return y + pad
}

// wrap breaks s at spaces into lines of at most w px.
func wrap(s string, w, px float64) []string {
	if s == "" {
		return nil
	}
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && textWidth(line+" "+word, px) > w {
			lines = append(lines, fit(line, w, px))
			line = word
			continue
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		lines = append(lines, fit(line, w, px))
	}
	return lines
}

// empty draws the empty state: the message where the plot would be.
func (r *rend) empty() {
	msg := r.s.Empty
	if msg == "" {
		msg = "No data to show"
	}
	add(r.root, r.b.label("msg", r.W/2, r.hdr+r.H/2, "middle", fit(msg, r.W-2*pad, fontPx)))
}

// Legend.
