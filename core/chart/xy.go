package chart

import (
	"math"

	"github.com/computedeals/explorer/core/view"
)

// xyKind is what one kind of xy chart (Area, Bars, Line) does its own
// way; the frame around the series (the axes, the bands, the reference
// line and the mark, the read-outs) is the same for the three.
type xyKind struct {
	// stacked: the series stack up, so the top of the stack is the total
	// (marked, and in the read-out); otherwise they are drawn as lines.
	stacked bool
	// diverging: the stack's negative parts go down from zero.
	diverging bool
}

// xyKindOf is the drawing of kind k (area.go, bars.go, line.go).
func xyKindOf(k Kind) *xyKind {
	switch k {
	case Area:
		return &areaKind
	case Bars:
		return &barsKind
	}
	return &lineKind
}

// fills draws what the kind fills, behind the zero line. A switch, not
// a func in xyKind: a call through a func value would move the rend and
// the plot to the heap, two allocations per chart.
func (r *rend) fills(pl *plot) {
	switch pl.xyKind {
	case &areaKind:
		r.areas(pl)
	case &barsKind:
		r.barFills(pl)
	default:
		r.gapFill(pl)
	}
}

// plot is an xy chart's frame as its kind draws in it.
type plot struct {
	*xyKind
	n          int       // x positions
	left, slot float64   // the plot's left edge and the width of an x position
	xs         []float64 // where points go: the x centres, or both ends of the plot for a single x
	idx        []int     // the x position of each of xs
	ys         Linear
	a, b       stack  // the stacked series of A and of the overlay (B)
	bands      []Band // as drawn: cut at the scale
}

// cx is the centre of x position i.
func (pl *plot) cx(i int) float64 { return pl.left + (float64(i)+0.5)*pl.slot }

// valueAt is the value of the chart's series at x position i that the
// mark points at: the stack's total, or the first line.
func (pl *plot) valueAt(s *Spec, i int) float64 {
	switch {
	case len(s.Series) == 0:
		return math.NaN()
	case pl.stacked:
		return pl.a.total[i]
	}
	return get(s.Series[0].Values, i)
}

// xy draws Area, Bars and Line charts: the frame, and in it the series
// as the kind draws them.
func (r *rend) xy() {
	s := r.s
	pl := &plot{xyKind: xyKindOf(s.Kind), n: xyPoints(s)}
	n := pl.n

	// What is drawn decides the value range; the range is checked for
	// finite data before anything is laid out.
	var ext extent
	pl.a = r.measure(&ext, pl.xyKind, s.Series, s.Lines, n, 0)
	if ov := s.Overlay; ov != nil {
		pl.b = r.measure(&ext, pl.xyKind, ov.Series, ov.Lines, n, 1)
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

	r.legend(r.xyLegend(pl.xyKind))
	ticks, labels := r.valueAxis(ext, s.Unit)
	var cut bandCut
	pl.bands, cut = fitBands(s.Bands, n, bext, ticks.Lo, ticks.Hi)
	r.T = r.top + 8
	r.B = r.hdr + r.H - 26
	if r.B-r.T < 60 {
		r.B = r.T + 60
		r.H = r.B + 26 - r.hdr
	}
	pl.ys = Linear{ticks.Lo, ticks.Hi, r.B, r.T}
	pl.left, pl.slot = r.L, (r.R-r.L)/float64(n)

	var grid, axis path
	r.valueTicks(ticks, labels, pl.ys, &grid)
	r.xAxis(n, pl.slot, &grid, &axis)
	add(r.root, r.b.path(&grid, "grid"))
	add(r.root, r.b.path(&axis, "axis"))

	// A single x position is drawn across the plot, since a line or area
	// needs two points to be seen.
	pl.xs = make([]float64, 0, max(n, 2))
	pl.idx = make([]int, 0, max(n, 2))
	if n == 1 {
		pl.xs, pl.idx = append(pl.xs, r.L, r.R), append(pl.idx, 0, 0)
	} else {
		for i := 0; i < n; i++ {
			pl.xs, pl.idx = append(pl.xs, pl.cx(i)), append(pl.idx, i)
		}
	}
	// From the back: bands, whose tint over a stack would change every
	// colour under it; the kind's fills; the zero line over the fills it
	// bounds; the band edges, so that the part of a band a stack hides is
	// still bounded; the lines; the medians; the labels.
	r.bandFills(pl)
	r.fills(pl)
	r.zeroLine(pl.ys)
	r.bandEdges(pl)
	r.seriesLines(pl)
	r.bandMids(pl)
	r.plotLabels(pl, cut)
	if r.meta == nil {
		r.hits(pl)
	}
}

// xyPoints is the number of x positions: the longest series, band or
// line, at most MaxPoints.
func xyPoints(s *Spec) int {
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
	if ov := s.Overlay; ov != nil {
		grow(ov.Series)
		grow(ov.Lines)
	}
	return min(n, MaxPoints)
}

// seriesLines draws the series a line chart draws as lines and every
// chart's Lines, A's solid and then the overlay's dashed.
func (r *rend) seriesLines(pl *plot) {
	s := r.s
	if !pl.stacked {
		r.lines(pl, s.Series, 0, "line ")
	}
	r.lines(pl, s.Lines, len(s.Series), "line ")
	if ov := s.Overlay; ov != nil {
		if !pl.stacked {
			r.lines(pl, ov.Series, 0, "ovl ")
		}
		r.lines(pl, ov.Lines, len(ov.Series), "ovl ")
	}
}

// lines draws each of ss as a line with the role class role and the
// colour of series k0+j.
func (r *rend) lines(pl *plot, ss []Series, k0 int, role string) {
	for j, x := range ss {
		r.line(&r.p, x.Values, pl.xs, pl.idx, pl.ys)
		add(r.root, r.b.path(&r.p, role+seriesClass(x, k0+j), view.A("fill", "none")))
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

// measure adds to ext the range of series, stacked when the kind stacks
// them (in the scratch stack buf, and returned), and of lines over them.
func (r *rend) measure(ext *extent, k *xyKind, series, lines []Series, n int, buf int) stack {
	var st stack
	if k.stacked {
		var e extent
		for j := range series {
			e.series(series[j].Values, n)
		}
		st = stackUp(series, n, k.diverging, r.stacks[buf])
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
