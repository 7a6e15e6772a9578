package chart

import "github.com/computedeals/explorer/core/view"

// plotLabels draws the reference line and the labels on the plot: the
// cut note's place is fixed; the mark's label and the reference line's
// are placed clear of it and of each other where they can be. The
// events go between, under the mark.
func (r *rend) plotLabels(pl *plot, cut bandCut) {
	s, p := r.s, &r.p
	var marks, refs []*label
	var dot *view.Node
	if m := s.Mark; m != nil && m.Index >= 0 && m.Index < pl.n {
		if v := pl.valueAt(s, m.Index); finite(v) {
			x, y := pl.cx(m.Index), pl.ys.Map(v)
			marks = r.markLabels(m, v, x, y)
			dot = r.b.el("circle", view.A("class", "mark"), view.A("cx", r.b.num(x)), view.A("cy", r.b.num(y)), view.A("r", "4"))
		}
	}
	note := r.cutNote(cut, s.Unit)
	if s.Ref != nil && finite(s.Ref.Value) {
		y := pl.ys.Map(clamp(s.Ref.Value))
		p.hline(r.L, y, r.R)
		add(r.root, r.b.path(p, "ref"))
		refs = r.refLabels(fit(s.Ref.Label, r.R-r.L, fontPx), y)
	}
	mark, ref := pickLabels(marks, refs, note)
	r.draw(ref)
	r.draw(note)
	r.events(pl)
	add(r.root, dot)
	r.draw(mark)
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
