package chart

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
