package uncertainty

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// powers holds step^i for i = 0, 1, … of one sample's monthly discount
// step, worked out as far as a deal asks: a deal's present value is then
// its discount at its start times a dot product of its profile with them,
// whose products do not wait for each other, instead of a running
// product month by month (the same figure to a few ulps).
//
// Over the months of a full-size plateau a profile is the months' hours
// (or 1), and prefix sums do better still: ph[k] is Σ hours(base + j)·
// step^j and pg[k] Σ step^j over j < k, so that such a stretch costs two
// lookups whatever its length (hoursSum, unitSum; a difference of two
// sums of positive terms, which the stretch is a good part of: a few ulps
// more).
//
// One powers serves an evaluator's deals that are on and those that are
// off alike, and a sample whose discount rate is the sample before's
// (the rate not ranged) keeps them.
type powers struct {
	rate, step float64
	s          []float64
	base       calendar.Month // the month ph counts from: the earliest start
	hours      []float64      // hours(base + j), for the run
	ph, pg     []float64
}

// newPowers returns the powers of p's deals.
func newPowers(p *model.Portfolio) *powers {
	pw := &powers{}
	for i := range p.Deals {
		if d := &p.Deals[i]; i == 0 || d.Start < pw.base {
			pw.base = d.Start
		}
	}
	return pw
}

// use readies the powers for a sample whose discount rate is rate and
// returns the monthly step, (1 + rate)^(−1/12).
func (p *powers) use(rate float64) float64 {
	if len(p.s) == 0 || rate != p.rate {
		p.rate = rate
		p.reset(math.Pow(1+rate, -1.0/12))
	}
	return p.step
}

// reset starts a sample whose monthly step is step.
func (p *powers) reset(step float64) {
	p.step = step
	if cap(p.s) == 0 {
		p.s = make([]float64, 0, 256)
		p.ph = make([]float64, 0, 256)
		p.pg = make([]float64, 0, 256)
	}
	p.s = append(p.s[:0], 1)
	p.ph = append(p.ph[:0], 0)
	p.pg = append(p.pg[:0], 0)
}

// prefix extends ph and pg to k + 1 values.
func (p *powers) prefix(k int) {
	s := p.upTo(k)
	for len(p.hours) < k {
		p.hours = append(p.hours, hoursOf(p.base+calendar.Month(len(p.hours))))
	}
	h := p.hours[:k]
	for j := len(p.ph) - 1; j < k; j++ {
		p.ph = append(p.ph, p.ph[j]+h[j]*s[j])
		p.pg = append(p.pg, p.pg[j]+s[j])
	}
}

// hoursSum is Σ hours(from + i)·step^i over a ≤ i < b, from no earlier
// than base.
func (p *powers) hoursSum(from calendar.Month, a, b int) float64 {
	if a >= b {
		return 0
	}
	d := int(from - p.base)
	p.prefix(d + b)
	return (p.ph[d+b] - p.ph[d+a]) / p.s[d]
}

// unitSum is Σ step^i over a ≤ i < b.
func (p *powers) unitSum(a, b int) float64 {
	if a >= b {
		return 0
	}
	p.prefix(b)
	return p.pg[b] - p.pg[a]
}

// plateauDot is dot(v, step^i) for a profile v of a deal starting in
// from that equals hours(from + i) (hours) or 1 for p0 ≤ i < p1.
func (p *powers) plateauDot(v []float64, from calendar.Month, p0, p1 int, hours bool) float64 {
	p0, p1 = min(p0, len(v)), min(max(p1, p0), len(v))
	s := p.upTo(len(v))
	sum := dot(v[:p0], s)
	if hours {
		sum += p.hoursSum(from, p0, p1)
	} else {
		sum += p.unitSum(p0, p1)
	}
	return sum + dot(v[p1:], s[p1:])
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
