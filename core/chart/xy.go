package chart

import (
	"math"

	"github.com/computedeals/explorer/core/view"
)

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
