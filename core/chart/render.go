package chart

import (
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/units"
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
// of transparent rects whose data-tip is the read-out for that x.
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
	vb := "0 0 " + r.b.num(r.W) + " " + r.b.num(total)
	r.root.Attrs[0].Value = vb
	if bg != nil {
		bg.Attrs[1].Value = r.b.num(r.W)
		bg.Attrs[2].Value = r.b.num(total)
		r.root.Attrs = append(r.root.Attrs, view.A("width", r.b.num(r.W)), view.A("height", r.b.num(total)))
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
		n.Attrs = append(n.Attrs, view.A("font-size", "16"), view.A("font-weight", "600"))
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
		n.Attrs = append(n.Attrs, view.A("font-size", "10"))
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
			n.Attrs = append(n.Attrs, view.A("font-size", "10"))
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

// seriesClass is the colour class of the k-th series.
func seriesClass(s Series, k int) string {
	if s.Class != "" {
		return s.Class
	}
	return "s" + strconv.Itoa(k%12)
}

// bandRowName labels a band's range in the read-out: its name, which
// says "5–95 %" or is followed by it.
func bandRowName(b Band) string {
	if strings.Contains(b.Name, "5–95") {
		return b.Name
	}
	if b.Name == "" {
		return "5–95 %"
	}
	return b.Name + " 5–95 %"
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

// fill adds the filled path p with the colour class cls to parent, and
// over it the pattern cls names, if any.
func (r *rend) fill(parent *view.Node, p *path, cls string) {
	n := r.b.path(p, cls)
	if n == nil {
		return
	}
	add(parent, n)
	if pc := patternOf(cls); pc != "" {
		d, _ := n.Attr("d")
		add(parent, r.b.el("path", view.A("class", "pat"), view.A("d", d), view.A("fill", r.patURL(pc))))
	}
}

// patURL is the fill that paints pattern class pc, whose def the chart
// then carries.
func (r *rend) patURL(pc string) string {
	for k, p := range patterns {
		if p.class == pc {
			r.pats[k] = true
		}
	}
	return "url(#" + cleanID(r.s.ID) + "-" + pc + ")"
}

// defs inserts the <defs> of the patterns used at child index at of the
// root; ids are the chart's id and the pattern class, so each chart on a
// page carries its own.
func (r *rend) defs(id string, at int) {
	var defs *view.Node
	for k, p := range patterns {
		if !r.pats[k] {
			continue
		}
		if defs == nil {
			defs = r.b.el("defs")
		}
		pat := r.b.el("pattern", view.A("id", id+"-"+p.class), view.A("patternUnits", "userSpaceOnUse"),
			view.A("width", p.w), view.A("height", p.w))
		if p.transform != "" {
			pat.Attrs = append(pat.Attrs, view.A("patternTransform", p.transform))
		}
		add(pat, r.b.el("path", view.A("class", "hatch "+p.class), view.A("d", p.shape)))
		add(defs, pat)
	}
	if defs == nil {
		return
	}
	r.root.Children = append(r.root.Children, nil)
	copy(r.root.Children[at+1:], r.root.Children[at:])
	r.root.Children[at] = defs
}

func bandClass(b Band) string {
	if b.Class != "" {
		return b.Class
	}
	return "tot"
}

// get is the i-th value, bounded, or NaN when it is missing or not finite.
func get(vals []float64, i int) float64 {
	if i < 0 || i >= len(vals) {
		return math.NaN()
	}
	v := vals[i]
	if !finite(v) {
		return math.NaN()
	}
	return clamp(v)
}

// val is v bounded, or NaN when it is not finite.
func val(v float64) float64 {
	if !finite(v) {
		return math.NaN()
	}
	return clamp(v)
}

// stack holds the segments of stacked series: layer k at x i spans
// lo[k*n+i]..hi[k*n+i].
type stack struct {
	n, k   int
	lo, hi []float64
	total  []float64 // Σ of the finite values at each x
}

// stackUp stacks the series; diverging stacks negative parts downward
// from zero (bars), otherwise each layer starts where the last ended, so
// the top of the stack is the total (areas).
func stackUp(series []Series, n int, diverging bool, buf []float64) stack {
	k := len(series)
	if cap(buf) < 2*k*n+n {
		buf = make([]float64, 2*k*n+n)
	}
	buf = buf[:2*k*n+n]
	clear(buf)
	st := stack{n: n, k: k, lo: buf[:k*n], hi: buf[k*n : 2*k*n], total: buf[2*k*n:]}
	for i := 0; i < n; i++ {
		pos, neg := 0.0, 0.0
		for j := range series {
			v := get(series[j].Values, i)
			if math.IsNaN(v) {
				v = 0
			}
			at := j*n + i
			if diverging && v < 0 {
				st.lo[at], st.hi[at] = neg+v, neg
				neg += v
			} else {
				st.lo[at], st.hi[at] = pos, pos+v
				pos += v
			}
			st.total[i] += v
		}
	}
	return st
}

// extent tracks the range of drawn values.
type extent struct {
	lo, hi float64
	any    bool
}

func (e *extent) add(v float64) {
	if math.IsNaN(v) {
		return
	}
	if !e.any {
		e.lo, e.hi, e.any = v, v, true
		return
	}
	e.lo, e.hi = min(e.lo, v), max(e.hi, v)
}

func (e *extent) series(vals []float64, n int) {
	for i := 0; i < n; i++ {
		e.add(get(vals, i))
	}
}

// xy draws Area, Bars and Line charts.
func (r *rend) xy() {
	s := r.s
	n := 0
	grow := func(ss []Series) {
		for _, x := range ss {
			n = max(n, len(x.Values))
		}
	}
	grow(s.Series)
	grow(s.Lines)
	for _, b := range s.Bands {
		n = max(n, len(b.Low), len(b.High), len(b.Mid))
	}
	ov := s.Overlay
	if ov != nil {
		grow(ov.Series)
		grow(ov.Lines)
	}
	n = min(n, MaxPoints)

	// What is drawn decides the value range; the range is checked for
	// finite data before anything is laid out.
	var ext extent
	stacked := s.Kind == Area || s.Kind == Bars
	a := r.measure(&ext, s.Series, s.Lines, n, 0)
	var bst stack
	if ov != nil {
		bst = r.measure(&ext, ov.Series, ov.Lines, n, 1)
	}
	// Bands widen the scale only so far: a 95th percentile twenty times
	// the median would flatten the figures themselves into the axis.
	var bext extent
	for _, b := range s.Bands {
		ext.series(b.Mid, n)
		bext.series(b.Low, n)
		bext.series(b.High, n)
	}
	if n == 0 || !ext.any {
		r.empty()
		return
	}
	if s.Ref != nil && finite(s.Ref.Value) {
		ext.add(clamp(s.Ref.Value))
	}
	if bext.any {
		lo, hi := bandRoom(ext)
		ext.add(max(bext.lo, lo))
		ext.add(min(bext.hi, hi))
	}

	r.legend(r.xyLegend())
	ticks, labels := r.valueAxis(ext, s.Unit)
	bands, cut := fitBands(s.Bands, n, bext, ticks.Lo, ticks.Hi)
	r.T = r.top + 8
	r.B = r.hdr + r.H - 26
	if r.B-r.T < 60 {
		r.B = r.T + 60
		r.H = r.B + 26 - r.hdr
	}
	ys := Linear{ticks.Lo, ticks.Hi, r.B, r.T}
	slot := (r.R - r.L) / float64(n)
	cx := func(i int) float64 { return r.L + (float64(i)+0.5)*slot }

	// Grid and axes.
	var grid, axis path
	for i := 0; i < ticks.N; i++ {
		v := ticks.At(i)
		y := ys.Map(v)
		if v != 0 {
			grid.hline(r.L, y, r.R)
		}
		add(r.root, r.b.label("tick", r.L-6, y+4, "end", labels[i]))
	}
	r.xAxis(n, slot, &grid, &axis)
	add(r.root, r.b.path(&grid, "grid"))
	add(r.root, r.b.path(&axis, "axis"))

	// The data. A single x position is drawn across the plot, since a
	// line or area needs two points to be seen.
	xs := make([]float64, 0, max(n, 2))
	idx := make([]int, 0, max(n, 2))
	if n == 1 {
		xs, idx = append(xs, r.L, r.R), append(idx, 0, 0)
	} else {
		for i := 0; i < n; i++ {
			xs, idx = append(xs, cx(i)), append(idx, i)
		}
	}
	p := &r.p
	// Bands go behind the data: over a stack their tint would change every
	// colour under them.
	for _, b := range bands {
		for q := range xs {
			lo, hi := get(b.Low, idx[q]), get(b.High, idx[q])
			if math.IsNaN(lo) || math.IsNaN(hi) {
				r.bandClose(p, b, xs, idx, ys, q)
				continue
			}
			p.to(xs[q], ys.Map(hi))
		}
		r.bandClose(p, b, xs, idx, ys, len(xs))
		add(r.root, r.b.path(p, "band "+bandClass(b)))
	}
	switch s.Kind {
	case Area:
		for j := range s.Series {
			if !layerDrawn(a, j) {
				continue
			}
			for q := range xs {
				p.to(xs[q], ys.Map(a.hi[j*n+idx[q]]))
			}
			for q := len(xs) - 1; q >= 0; q-- {
				p.to(xs[q], ys.Map(a.lo[j*n+idx[q]]))
			}
			p.close()
			cls := "area " + seriesClass(s.Series[j], j)
			if ov != nil {
				cls += " cmp"
			}
			r.fill(r.root, p, cls)
		}
		if ov != nil {
			// Compare mode: each layer's top as a line, A solid and B
			// dashed, over the faded A areas.
			for j := range s.Series {
				if layerDrawn(a, j) {
					r.stackLine(p, a, j, xs, idx, ys)
					add(r.root, r.b.path(p, "line "+seriesClass(s.Series[j], j), view.A("fill", "none")))
				}
			}
			for j := range ov.Series {
				if layerDrawn(bst, j) {
					r.stackLine(p, bst, j, xs, idx, ys)
					add(r.root, r.b.path(p, "ovl "+seriesClass(ov.Series[j], j), view.A("fill", "none")))
				}
			}
		}
	case Bars:
		w := min(slot*0.72, 56)
		ax, bx := -w/2, 0.0
		if ov != nil {
			w = min(slot*0.84, 72)/2 - 1
			ax, bx = -w-1, 1
		}
		for j := range s.Series {
			r.bars(p, a, j, n, cx, ax, w, ys)
			r.fill(r.root, p, "bar "+seriesClass(s.Series[j], j))
		}
		if ov != nil {
			for j := range ov.Series {
				r.bars(p, bst, j, n, cx, bx, w, ys)
				r.fill(r.root, p, "bar ovlbar "+seriesClass(ov.Series[j], j))
			}
		}
	case Line:
		if len(s.Series) > 0 {
			r.gap(s.Series[0].Values, xs, idx, ys)
		}
	}
	// The zero line goes over the fills it bounds.
	var zero path
	zero.hline(r.L, ys.Map(0), r.R)
	add(r.root, r.b.path(&zero, "zero"))

	// Band edges are drawn over the fills, so that the part of a band the
	// stack hides is still bounded.
	for _, b := range bands {
		r.line(p, b.Low, xs, idx, ys)
		p.lift()
		r.line(p, b.High, xs, idx, ys)
		add(r.root, r.b.path(p, "edge "+bandClass(b), view.A("fill", "none")))
	}
	if s.Kind == Line {
		for j, x := range s.Series {
			r.line(p, x.Values, xs, idx, ys)
			add(r.root, r.b.path(p, "line "+seriesClass(x, j), view.A("fill", "none")))
		}
	}
	for j, x := range s.Lines {
		r.line(p, x.Values, xs, idx, ys)
		add(r.root, r.b.path(p, "line "+seriesClass(x, len(s.Series)+j), view.A("fill", "none")))
	}
	if ov != nil {
		if s.Kind == Line {
			for j, x := range ov.Series {
				r.line(p, x.Values, xs, idx, ys)
				add(r.root, r.b.path(p, "ovl "+seriesClass(x, j), view.A("fill", "none")))
			}
		}
		for j, x := range ov.Lines {
			r.line(p, x.Values, xs, idx, ys)
			add(r.root, r.b.path(p, "ovl "+seriesClass(x, len(ov.Series)+j), view.A("fill", "none")))
		}
	}
	for _, b := range bands {
		r.line(p, b.Mid, xs, idx, ys)
		add(r.root, r.b.path(p, "mid "+bandClass(b), view.A("fill", "none")))
	}
	// The labels on the plot: the cut note's place is fixed; the mark's
	// label and the reference line's are placed clear of it and of each
	// other where they can be.
	var marks, refs []*label
	var dot *view.Node
	if m := s.Mark; m != nil && m.Index >= 0 && m.Index < n {
		v := math.NaN()
		if s.Kind == Line && len(s.Series) > 0 {
			v = get(s.Series[0].Values, m.Index)
		} else if stacked && len(s.Series) > 0 {
			v = a.total[m.Index]
		}
		if finite(v) {
			marks = r.markLabels(m, v, cx(m.Index), ys.Map(v))
			dot = r.b.el("circle", view.A("class", "mark"), view.A("cx", r.b.num(cx(m.Index))), view.A("cy", r.b.num(ys.Map(v))), view.A("r", "4"))
		}
	}
	note := r.cutNote(cut, s.Unit)
	if s.Ref != nil && finite(s.Ref.Value) {
		y := ys.Map(clamp(s.Ref.Value))
		p.hline(r.L, y, r.R)
		add(r.root, r.b.path(p, "ref"))
		refs = r.refLabels(fit(s.Ref.Label, r.R-r.L, fontPx), y)
	}
	mark, ref := pickLabels(marks, refs, note)
	r.draw(ref)
	r.draw(note)
	r.events(s, n, cx, ys)
	add(r.root, dot)
	r.draw(mark)
	if r.meta == nil {
		r.hits(n, slot, a, bst)
	}
}

// events marks each event on the first series of a line chart with a
// small ring and its label above it, kept inside the plot.
func (r *rend) events(s *Spec, n int, cx func(int) float64, ys Linear) {
	if s.Kind != Line || len(s.Series) == 0 {
		return
	}
	for _, e := range s.Events {
		if e.Index < 0 || e.Index >= n {
			continue
		}
		v := get(s.Series[0].Values, e.Index)
		if !finite(v) {
			continue
		}
		x, y := cx(e.Index), ys.Map(v)
		add(r.root, r.b.el("circle", view.A("class", "event"), view.A("cx", r.b.num(x)), view.A("cy", r.b.num(y)), view.A("r", "3.5")))
		if e.Label != "" {
			l := placeLabel(fit(e.Label, (r.R-r.L)/3, fontPx), "middle", x, max(y-9, r.T+fontPx))
			if l.x0 < r.L {
				l = placeLabel(l.text, "start", r.L, l.y)
			} else if l.x1 > r.R {
				l = placeLabel(l.text, "end", r.R, l.y)
			}
			r.draw(l)
		}
	}
}

// bandCut says whether fitBands cut bands off, and how far beyond the
// scale they reach.
type bandCut struct {
	atHi, atLo        bool    // whether a band passes the top, or the bottom
	highest, lowest   float64 // the band ends beyond the cut
	highestI, lowestI int     // and their x positions
}

// bandRoom is how far bands may widen the scale past the figures (ext):
// by the span of the figures (or their largest magnitude, when that is
// more) beyond each end, so that the figures keep at least a third of the
// plot. Without figures to measure against, as far as the bands reach.
func bandRoom(ext extent) (lo, hi float64) {
	span := max(ext.hi-ext.lo, math.Abs(ext.hi), math.Abs(ext.lo))
	if !ext.any || !(span > 0) || !finite(span) {
		return math.Inf(-1), math.Inf(1)
	}
	return ext.lo - span, ext.hi + span
}

// fitBands returns the bands to draw on a scale from lo to hi (bext is
// the bands' own extent). Bands within it come back as they are; the
// others as copies whose values are clamped to it, so that a fan runs
// along the plot's edge where it leaves the scale.
func fitBands(bs []Band, n int, bext extent, lo, hi float64) ([]Band, bandCut) {
	var c bandCut
	c.atHi, c.atLo = bext.any && bext.hi > hi, bext.any && bext.lo < lo
	if !c.atHi && !c.atLo {
		return bs, c
	}
	c.highest, c.lowest = math.Inf(-1), math.Inf(1)
	out := make([]Band, len(bs))
	for k, b := range bs {
		out[k] = b
		out[k].Low = make([]float64, n)
		out[k].High = make([]float64, n)
		for i := range n {
			l, h := get(b.Low, i), get(b.High, i)
			if h > c.highest {
				c.highest, c.highestI = h, i
			}
			if l < c.lowest {
				c.lowest, c.lowestI = l, i
			}
			out[k].Low[i] = min(max(l, lo), hi)
			out[k].High[i] = min(max(h, lo), hi)
		}
	}
	return out, c
}

// cutNote places the note that says where a band leaves the scale and
// how far it reaches: at the top left, or at the bottom left when it
// leaves only by the bottom. Nil when no band does.
func (r *rend) cutNote(c bandCut, u units.Unit) *label {
	if !c.atHi && !c.atLo {
		return nil
	}
	var parts []string
	if c.atHi {
		parts = append(parts, "up to "+formatValue(c.highest, u)+" in "+r.xLabel(c.highestI))
	}
	if c.atLo {
		parts = append(parts, "down to "+formatValue(c.lowest, u)+" in "+r.xLabel(c.lowestI))
	}
	y := r.T + 12
	if !c.atHi {
		y = r.B - 6
	}
	text := "5–95 % off the scale: " + strings.Join(parts, ", ")
	return placeLabel(fit(text, r.R-r.L-12, fontPx), "start", r.L+6, y)
}

// measure adds to ext the range of series, stacked for Area and Bars
// (in the scratch stack buf, and returned), and of lines over them.
func (r *rend) measure(ext *extent, series, lines []Series, n int, buf int) stack {
	var st stack
	if r.s.Kind == Area || r.s.Kind == Bars {
		var e extent
		for j := range series {
			e.series(series[j].Values, n)
		}
		st = stackUp(series, n, r.s.Kind == Bars, r.stacks[buf])
		r.stacks[buf] = st.lo[:0]
		if e.any {
			for i := range st.lo {
				ext.add(st.lo[i])
				ext.add(st.hi[i])
			}
		}
	} else {
		for _, x := range series {
			ext.series(x.Values, n)
		}
	}
	for _, x := range lines {
		ext.series(x.Values, n)
	}
	return st
}

// layerDrawn reports whether layer j has any height.
func layerDrawn(st stack, j int) bool {
	for i := 0; i < st.n; i++ {
		if st.hi[j*st.n+i] != st.lo[j*st.n+i] {
			return true
		}
	}
	return false
}

func (r *rend) stackLine(p *path, st stack, j int, xs []float64, idx []int, ys Linear) {
	for q := range xs {
		p.to(xs[q], ys.Map(st.hi[j*st.n+idx[q]]))
	}
}

// bars draws layer j of a stack as one path of rectangles offset by dx
// from each x centre.
func (r *rend) bars(p *path, st stack, j, n int, cx func(int) float64, dx, w float64, ys Linear) {
	for i := 0; i < n; i++ {
		lo, hi := st.lo[j*n+i], st.hi[j*n+i]
		if lo == hi {
			continue
		}
		p.rect(cx(i)+dx, ys.Map(hi), w, ys.Map(lo)-ys.Map(hi))
	}
}

// line draws the finite runs of vals; a non-finite value is a gap.
func (r *rend) line(p *path, vals []float64, xs []float64, idx []int, ys Linear) {
	for q := range xs {
		v := get(vals, idx[q])
		if math.IsNaN(v) {
			p.lift()
			continue
		}
		p.to(xs[q], ys.Map(v))
	}
}

// bandClose finishes the band's open run, which ends before q: back along
// the low values, then closed.
func (r *rend) bandClose(p *path, b Band, xs []float64, idx []int, ys Linear, q int) {
	if !p.pen {
		return
	}
	for k := q - 1; k >= 0; k-- {
		lo := get(b.Low, idx[k])
		hi := get(b.High, idx[k])
		if math.IsNaN(lo) || math.IsNaN(hi) {
			break
		}
		p.to(xs[k], ys.Map(lo))
	}
	p.close()
}

// gap fills the area between vals and zero, the positive and negative
// parts apart, cut where the line crosses zero.
func (r *rend) gap(vals []float64, xs []float64, idx []int, ys Linear) {
	p := &r.p
	for _, sign := range [...]float64{1, -1} {
		y0 := ys.Map(0)
		some := false
		runStart := -1
		flush := func(end int) {
			if runStart < 0 {
				return
			}
			p.to(xs[end], y0)
			p.close()
			runStart = -1
		}
		for q := range xs {
			v := get(vals, idx[q])
			if math.IsNaN(v) {
				if runStart >= 0 {
					flush(q - 1)
				}
				continue
			}
			part := v
			if part*sign < 0 {
				part = 0
			} else if v != 0 {
				some = true
			}
			if runStart < 0 {
				runStart = q
				p.move(xs[q], y0)
			} else if prev := get(vals, idx[q-1]); (prev > 0) != (v > 0) && prev != 0 && v != 0 {
				// The line crosses zero between the two points.
				t := prev / (prev - v)
				p.to(xs[q-1]+float64(t*(xs[q]-xs[q-1])), y0)
			}
			p.to(xs[q], ys.Map(part))
		}
		flush(len(xs) - 1)
		if !some {
			p.discard()
			continue
		}
		cls := "gap pos"
		if sign < 0 {
			cls = "gap neg"
		}
		add(r.root, r.b.path(p, cls))
	}
}

// label is a text placed on the plot, and the box it takes.
type label struct {
	text, anchor string
	x, y         float64 // the anchor point, on the baseline
	x0, x1       float64 // its extent
}

func placeLabel(text, anchor string, x, y float64) *label {
	w := textWidth(text, fontPx)
	l := &label{text: text, anchor: anchor, x: x, y: y, x0: x, x1: x + w}
	switch anchor {
	case "middle":
		l.x0, l.x1 = x-w/2, x+w/2
	case "end":
		l.x0, l.x1 = x-w, x
	}
	return l
}

// overlaps reports whether two labels' boxes meet (nil meets nothing).
func (l *label) overlaps(o *label) bool {
	if l == nil || o == nil {
		return false
	}
	return l.x0 < o.x1 && o.x0 < l.x1 && l.y-fontPx < o.y+3 && o.y-fontPx < l.y+3
}

func (r *rend) draw(l *label) {
	if l != nil {
		add(r.root, r.b.label("lbl", l.x, l.y, l.anchor, l.text))
	}
}

// markLabels are the places for the label of the mark at (x, y), the
// value v, best first: above the point (below it when there is no room
// or v is negative), inside the plot's sides; then beside the point, to
// its right and to its left.
func (r *rend) markLabels(m *Mark, v, x, y float64) []*label {
	text := m.Label
	if text == "" {
		text = formatValue(v, r.s.Unit) + " · " + r.xLabel(m.Index)
	}
	text = fit(text, r.R-r.L, fontPx)
	w := textWidth(text, fontPx)
	anchor, lx := "middle", x
	switch {
	case x-w/2 < r.L:
		anchor, lx = "", max(x-6, r.L)
	case x+w/2 > r.R:
		anchor, lx = "end", min(x+6, r.R)
	}
	ly := y - 10
	if v < 0 || ly-12 < r.T {
		ly = y + 20
	}
	out := []*label{placeLabel(text, anchor, lx, ly)}
	if x+8+w <= r.R {
		out = append(out, placeLabel(text, "", x+8, y+4))
	}
	if x-8-w >= r.L {
		out = append(out, placeLabel(text, "end", x-8, y+4))
	}
	return out
}

// refLabels are the places for the label of the reference line at
// height y, best first: above the line at its right end, at its left
// end, then the same below the line (the other way round near the top).
func (r *rend) refLabels(text string, y float64) []*label {
	above, below := y-5, y+15
	if above-fontPx < r.T {
		above, below = below, above
	}
	var out []*label
	for _, ly := range [...]float64{above, below} {
		if ly-fontPx < r.T || ly > r.B {
			continue
		}
		out = append(out, placeLabel(text, "end", r.R-2, ly), placeLabel(text, "", r.L+2, ly))
	}
	if len(out) == 0 {
		out = append(out, placeLabel(text, "end", r.R-2, above))
	}
	return out
}

// pickLabels chooses places for the mark's label and the reference
// line's among their candidates (either list may be empty): the first
// pair, in the order of the mark's places, where neither meets the other
// nor fixed; the first of each when there is none.
func pickLabels(marks, refs []*label, fixed *label) (mark, ref *label) {
	first := func(ls []*label) *label {
		if len(ls) == 0 {
			return nil
		}
		return ls[0]
	}
	ms, rs := marks, refs
	if len(ms) == 0 {
		ms = []*label{nil}
	}
	if len(rs) == 0 {
		rs = []*label{nil}
	}
	for _, m := range ms {
		if m.overlaps(fixed) {
			continue
		}
		for _, r := range rs {
			if !r.overlaps(fixed) && !r.overlaps(m) {
				return m, r
			}
		}
	}
	return first(marks), first(refs)
}

// valueAxis chooses the ticks of the value axis over ext and writes
// their labels; the plot's left edge leaves room for the widest (up to
// 30 % of the width), and its right edge a margin.
func (r *rend) valueAxis(ext extent, u units.Unit) (Ticks, []string) {
	// Fewer ticks on a short plot (a phone's, under a long legend): about
	// one per 36 px, from 3 to 7.
	plotH := (r.hdr + r.H - 26) - (r.top + 8)
	ticks := niceTicks(ext.lo, ext.hi, true, min(7, max(3, int(plotH/36)+1)))
	labels := make([]string, ticks.N)
	labelW := 0.0
	for i := range labels {
		labels[i] = tickLabel(ticks.At(i), u)
		labelW = max(labelW, textWidth(labels[i], fontPx))
	}
	r.L = pad + min(labelW, r.W*0.3) + 8
	r.R = r.W - pad - 4
	return ticks, labels
}

// xAxis writes the x labels, year ticks and year grid lines.
func (r *rend) xAxis(n int, slot float64, grid, axis *path) {
	s := r.s
	ly := r.B + 16
	if s.X == Years {
		step := thin(slot, textWidth("2000", fontPx)+8)
		y0 := s.Start.Year()
		for i := 0; i < n; i++ {
			if (y0+i)%step != 0 && step > 1 {
				continue
			}
			add(r.root, r.b.label("tick", r.L+(float64(i)+0.5)*slot, ly, "middle", strconv.Itoa(y0+i)))
		}
		return
	}
	step := thin(12*slot, textWidth("2000", fontPx)+10)
	labelled := false
	for i := 0; i < n; i++ {
		m := s.Start + calendar.Month(i)
		if m.MonthOfYear() != 1 {
			continue
		}
		x := r.L + float64(i)*slot
		show := m.Year()%step == 0
		if show || 12*slot >= 3 {
			axis.vline(x, r.B, r.B+4)
		}
		if show {
			if i > 0 {
				grid.vline(x, r.T, r.B)
			}
			add(r.root, r.b.label("tick", x, ly, "middle", strconv.Itoa(m.Year())))
			labelled = true
		}
	}
	if !labelled {
		// Less than a year without a January: name the first month.
		add(r.root, r.b.label("tick", r.L, ly, "", s.Start.String()))
	}
}

// thin is how many steps apart labels must be so that each has room px:
// 1, 2, 5, 10, 20, 50, …
func thin(step, room float64) int {
	k := 1
	for i := 0; step*float64(k) < room && k < 1e6; i++ {
		if i%3 == 1 {
			k = k * 5 / 2
		} else {
			k *= 2
		}
	}
	return k
}

// xLabel is the x position's name: 2027-06 or 2027.
func (r *rend) xLabel(i int) string {
	if r.s.X == Years {
		return strconv.Itoa(r.s.Start.Year() + i)
	}
	return (r.s.Start + calendar.Month(i)).String()
}

func (r *rend) appendXLabel(b []byte, i int) []byte {
	if r.s.X == Years {
		return strconv.AppendInt(b, int64(r.s.Start.Year()+i), 10)
	}
	m := r.s.Start + calendar.Month(i)
	b = strconv.AppendInt(b, int64(m.Year()), 10)
	mo := m.MonthOfYear()
	return append(b, '-', byte('0'+mo/10), byte('0'+mo%10))
}

func (r *rend) xyLegend() []legendItem {
	s := r.s
	var items []legendItem
	for j, x := range s.Series {
		kind := swRect
		if s.Kind == Line {
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

// hits writes a transparent full-height rect per x position whose
// data-tip is that position's read-out. All tips are written into one
// buffer and cut from one string, as are the x positions: a monthly chart
// has over a hundred of each.
func (r *rend) hits(n int, slot float64, a, bst stack) {
	g := r.b.el("g", view.A("class", "hits"))
	g.Children = make([]*view.Node, 0, n)
	y, h, w := r.b.num(r.T), r.b.num(r.B-r.T), r.b.num(slot)
	ends := make([]int, 2*n)
	b := r.tip[:0]
	if per := r.tipEstimate(); cap(b) < n*per {
		b = make([]byte, 0, n*per)
	}
	for i := 0; i < n; i++ {
		if !r.s.LazyTips {
			b = r.appendTip(b, i, a, bst)
		}
		ends[i] = len(b)
	}
	for i := 0; i < n; i++ {
		b = appendCoord(b, r.L+float64(i)*slot)
		ends[n+i] = len(b)
	}
	all := string(b)
	r.tip = b
	from := 0
	r.b.reserve(n, 7*n)
	for i := 0; i < n; i++ {
		tip, x := all[from:ends[i]], all[ends[n+i-1]:ends[n+i]]
		from = ends[i]
		rect := r.b.el("rect", view.A("class", "hit"), view.A("x", x), view.A("y", y),
			view.A("width", w), view.A("height", h), view.A("data-i", strconv.Itoa(i)))
		if !r.s.LazyTips {
			rect.Attrs = append(rect.Attrs, view.A("data-tip", tip))
		}
		add(g, rect)
	}
	add(r.root, g)
}

const sep = " · "

// tipEstimate is about the length of one read-out with its x position,
// enough that the buffer for them all rarely grows.
func (r *rend) tipEstimate() int {
	est := 16
	names := func(ss []Series) {
		for _, x := range ss {
			est += len(x.Name) + len(sep) + 10
		}
	}
	names(r.s.Series)
	names(r.s.Lines)
	for _, x := range r.s.Bands {
		est += len(x.Name) + 48
	}
	if ov := r.s.Overlay; ov != nil {
		names(ov.Series)
		names(ov.Lines)
	}
	return est + 16
}

// valueCache remembers the last value written in each read-out column:
// capacity stays flat for years at a time, so most values repeat the
// month before.
type valueCache struct {
	bits []uint64
	text [][]byte
	set  []bool
	slab []byte
	col  int
}

// reset forgets the values of the last render, keeping the memory.
func (c *valueCache) reset() {
	clear(c.set)
	c.col = 0
}

func (c *valueCache) append(b []byte, v float64, u units.Unit) []byte {
	k := c.col
	c.col++
	for k >= len(c.bits) {
		if len(c.slab) < 24 {
			c.slab = make([]byte, 24*16)
		}
		c.bits = append(c.bits, 0)
		c.set = append(c.set, false)
		c.text = append(c.text, c.slab[:0:24])
		c.slab = c.slab[24:]
	}
	bits := math.Float64bits(v)
	if !c.set[k] || c.bits[k] != bits {
		c.text[k] = appendValue(c.text[k][:0], v, u)
		c.bits[k], c.set[k] = bits, true
	}
	return append(b, c.text[k]...)
}

// appendTip writes the read-out of x position i as a small table: the x
// position on the first line, then a line per row, its name and its
// value apart by a tab. The page lays the lines out as table rows.
func (r *rend) appendTip(b []byte, i int, a, bst stack) []byte {
	s, u := r.s, r.s.Unit
	c := &r.cache
	c.col = 0
	b = r.appendXLabel(b, i)
	row := func(b []byte, names ...string) []byte {
		b = append(b, '\n')
		for _, n := range names {
			b = append(b, n...)
		}
		return append(b, '\t')
	}
	stacked := s.Kind != Line
	for _, x := range s.Series {
		v := get(x.Values, i)
		if stacked && v == 0 {
			c.col++
			continue
		}
		b = c.append(row(b, x.Name), v, u)
	}
	if stacked && len(s.Series) > 1 {
		b = c.append(row(b, "total"), a.total[i], u)
	}
	for _, x := range s.Lines {
		b = c.append(row(b, x.Name), get(x.Values, i), u)
	}
	for _, x := range s.Bands {
		if x.Mid != nil {
			b = c.append(row(b, midName(x)), get(x.Mid, i), u)
		}
		b = c.append(row(b, bandRowName(x)), get(x.Low, i), u)
		b = append(b, "–"...)
		b = c.append(b, get(x.High, i), u)
	}
	if ov := s.Overlay; ov != nil {
		name := ov.B
		if name == "" {
			name = "B"
		}
		switch {
		case stacked && len(ov.Series) > 1:
			b = c.append(row(b, name, " total"), bst.total[i], u)
		default:
			for _, x := range ov.Series {
				if len(ov.Series) > 1 {
					b = row(b, name, " ", x.Name)
				} else {
					b = row(b, name)
				}
				b = c.append(b, get(x.Values, i), u)
			}
		}
		for _, x := range ov.Lines {
			b = c.append(row(b, name, " ", x.Name), get(x.Values, i), u)
		}
	}
	return b
}
