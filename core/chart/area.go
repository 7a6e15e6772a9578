package chart

import "github.com/computedeals/explorer/core/view"

// areaKind stacks the series as filled areas: facility GW or
// accelerators online by provider.
var areaKind = xyKind{stacked: true}

// areas fills each layer of the stack between its bottom and its top.
// Compared with a scenario B, the A areas fade and each layer's top is
// drawn as a line, A solid and B dashed.
func (r *rend) areas(pl *plot) {
	s, ov, p := r.s, r.s.Overlay, &r.p
	xs, idx, ys, n := pl.xs, pl.idx, pl.ys, pl.n
	for j := range s.Series {
		if !layerDrawn(pl.a, j) {
			continue
		}
		for q := range xs {
			p.to(xs[q], ys.Map(pl.a.hi[j*n+idx[q]]))
		}
		for q := len(xs) - 1; q >= 0; q-- {
			p.to(xs[q], ys.Map(pl.a.lo[j*n+idx[q]]))
		}
		p.close()
		cls := "area " + seriesClass(s.Series[j], j)
		if ov != nil {
			cls += " cmp"
		}
		r.fill(r.root, p, cls)
	}
	if ov == nil {
		return
	}
	for j := range s.Series {
		if layerDrawn(pl.a, j) {
			r.stackLine(p, pl.a, j, pl)
			add(r.root, r.b.path(p, "line "+seriesClass(s.Series[j], j), view.A("fill", "none")))
		}
	}
	for j := range ov.Series {
		if layerDrawn(pl.b, j) {
			r.stackLine(p, pl.b, j, pl)
			add(r.root, r.b.path(p, "ovl "+seriesClass(ov.Series[j], j), view.A("fill", "none")))
		}
	}
}

// stackLine draws the top of layer j of st.
func (r *rend) stackLine(p *path, st stack, j int, pl *plot) {
	for q := range pl.xs {
		p.to(pl.xs[q], pl.ys.Map(st.hi[j*st.n+pl.idx[q]]))
	}
}
