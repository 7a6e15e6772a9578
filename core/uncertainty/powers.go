package uncertainty

// powers holds step^i for i = 0, 1, … of one sample's monthly discount
// step, worked out as far as a deal asks: a deal's present value is then
// its discount at its start times a dot product of its profile with them,
// whose products do not wait for each other, instead of a running
// product month by month (the same figure to a few ulps).
type powers struct {
	step float64
	s    []float64
}

// reset starts a sample whose monthly step is step.
func (p *powers) reset(step float64) {
	p.step = step
	if cap(p.s) == 0 {
		p.s = make([]float64, 0, 256)
	}
	p.s = append(p.s[:0], 1)
}

// upTo returns step^i for i < n.
func (p *powers) upTo(n int) []float64 {
	for len(p.s) < n {
		p.s = append(p.s, p.s[len(p.s)-1]*p.step)
	}
	return p.s[:n]
}

// at returns step^k, for k of either sign: the discount factor k months
// after the month the powers count from (to a few ulps of math.Pow's).
func (p *powers) at(k int) float64 {
	if k >= 0 {
		return p.upTo(k + 1)[k]
	}
	return 1 / p.upTo(1 - k)[-k]
}

// dot is Σ a[i]·b[i] over a, which b must be as long as, in four
// independent sums.
func dot(a, b []float64) float64 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}
