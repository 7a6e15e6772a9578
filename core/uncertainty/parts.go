package uncertainty

import (
	"errors"
	"slices"
)

// Several Web Workers share a run this way: one (the lead) Runs its own
// samples; each of the others makes a MonteCarlo of the same scenario and
// draws a Part, a range of sample numbers further on; the lead Appends
// the parts in order of their numbers. Sample i depends only on the
// scenario, its seed and i (SampleSource), so the lead ends with the
// very samples, and Bands with the very bands, that it would have drawn
// alone.

// Refusal says that the model refused sample Sample, and why.
type Refusal struct {
	Sample int
	Why    string
}

// Part draws samples lo to hi−1 without keeping them: it appends their
// outputs to rows, a sample's Layout values after another's, and returns
// rows and the samples the model refused (whose outputs are NaN). It does
// not change what Samples and Bands say.
func (m *MonteCarlo) Part(lo, hi int, rows []float64) ([]float64, []Refusal) {
	lo, hi = max(lo, 0), min(hi, m.Fitting())
	if hi <= lo {
		return rows, nil
	}
	if !m.known {
		m.valid, m.known = alwaysValid(&m.evs[0].base, m.inputs), true
	}
	ev := m.evs[0]
	at := len(rows)
	rows = slices.Grow(rows, (hi-lo)*m.width)[:at+(hi-lo)*m.width]
	var refused []Refusal
	for i := lo; i < hi; i++ {
		row := rows[at : at+m.width]
		at += m.width
		if err := m.sample(ev, i, row[:0]); err != nil {
			refused = append(refused, Refusal{Sample: i, Why: err.Error()})
		}
	}
	return rows, refused
}

// ErrPart is what Append says of rows that are not whole samples of this
// run or not the next ones, that would pass Fitting, or of refusals
// outside them.
var ErrPart = errors.New("uncertainty: a part that is not the next samples of this run")

// Append adds the samples that Part drew from sample first on, as if Run
// had drawn them; first must be Samples(). Rows hold whole samples of
// this layout, refused the samples among them that the model refused.
func (m *MonteCarlo) Append(first int, rows []float64, refused []Refusal) error {
	if m.width == 0 || len(rows)%m.width != 0 || first != m.drawn {
		return ErrPart
	}
	n := len(rows) / m.width
	if n > m.Fitting()-first {
		return ErrPart
	}
	for _, r := range refused {
		if r.Sample < first || r.Sample >= first+n {
			return ErrPart
		}
	}
	if n == 0 {
		return nil
	}
	m.grow(first, n)
	for j := range n {
		m.scatter(first+j, rows[j*m.width:(j+1)*m.width])
	}
	for _, r := range refused {
		m.refused[r.Sample] = r.Why
	}
	m.count(first, n)
	return nil
}
