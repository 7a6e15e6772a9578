package chart

func (r *rend) stackLine(p *path, st stack, j int, xs []float64, idx []int, ys Linear) {
	for q := range xs {
		p.to(xs[q], ys.Map(st.hi[j*st.n+idx[q]]))
	}
}
