package chart

// barsKind stacks the series as bars, positive parts up and negative
// parts down: spend per year by provider against revenue, or one series
// against a reference (the build rate against 1 GW/week).
var barsKind = xyKind{stacked: true, diverging: true}

// barFills draws each layer of the stack as one path of bars. Compared
// with a scenario B, A's bars and B's stand side by side in each slot.
func (r *rend) barFills(pl *plot) {
	s, ov, p := r.s, r.s.Overlay, &r.p
	w := min(pl.slot*0.72, 56)
	ax, bx := -w/2, 0.0
	if ov != nil {
		w = min(pl.slot*0.84, 72)/2 - 1
		ax, bx = -w-1, 1
	}
	for j := range s.Series {
		r.bars(p, pl, pl.a, j, ax, w)
		r.fill(r.root, p, "bar "+seriesClass(s.Series[j], j))
	}
	if ov != nil {
		for j := range ov.Series {
			r.bars(p, pl, pl.b, j, bx, w)
			r.fill(r.root, p, "bar ovlbar "+seriesClass(ov.Series[j], j))
		}
	}
}

// bars draws layer j of a stack as one path of rectangles w wide, offset
// by dx from each x centre.
func (r *rend) bars(p *path, pl *plot, st stack, j int, dx, w float64) {
	n, ys := pl.n, pl.ys
	for i := 0; i < n; i++ {
		lo, hi := st.lo[j*n+i], st.hi[j*n+i]
		if lo == hi {
			continue
		}
		p.rect(pl.cx(i)+dx, ys.Map(hi), w, ys.Map(lo)-ys.Map(hi))
	}
}
