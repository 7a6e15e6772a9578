package chart

import (
	"math"
	"strings"

	"github.com/computedeals/explorer/core/units"
	"github.com/computedeals/explorer/core/view"
)

// bandCut says whether fitBands cut bands off, and how far beyond the
// scale they reach.
type bandCut struct {
	atHi, atLo        bool    // whether a band passes the top, or the bottom
	highest, lowest   float64 // the band ends beyond the cut
	highestI, lowestI int     // and their x positions
}

// bandRoom is how far bands may widen the scale past the figures (ext):
// by the span of the figures (or their largest magnitude, when that is
// more) beyond each end, so that the figures keep at least a third of the
// plot. Without figures to measure against, as far as the bands reach.
func bandRoom(ext extent) (lo, hi float64) {
	span := max(ext.hi-ext.lo, math.Abs(ext.hi), math.Abs(ext.lo))
	if !ext.any || !(span > 0) || !finite(span) {
		return math.Inf(-1), math.Inf(1)
	}
	return ext.lo - span, ext.hi + span
}

// fitBands returns the bands to draw on a scale from lo to hi (bext is
// the bands' own extent). Bands within it come back as they are; the
// others as copies whose values are clamped to it, so that a fan runs
// along the plot's edge where it leaves the scale.
func fitBands(bs []Band, n int, bext extent, lo, hi float64) ([]Band, bandCut) {
	var c bandCut
	c.atHi, c.atLo = bext.any && bext.hi > hi, bext.any && bext.lo < lo
	if !c.atHi && !c.atLo {
		return bs, c
	}
	c.highest, c.lowest = math.Inf(-1), math.Inf(1)
	out := make([]Band, len(bs))
	for k, b := range bs {
		out[k] = b
		out[k].Low = make([]float64, n)
		out[k].High = make([]float64, n)
		for i := range n {
			l, h := get(b.Low, i), get(b.High, i)
			if h > c.highest {
				c.highest, c.highestI = h, i
			}
			if l < c.lowest {
				c.lowest, c.lowestI = l, i
			}
			out[k].Low[i] = min(max(l, lo), hi)
			out[k].High[i] = min(max(h, lo), hi)
		}
	}
	return out, c
}

// cutNote places the note that says where a band leaves the scale and
// how far it reaches: at the top left, or at the bottom left when it
// leaves only by the bottom. Nil when no band does.
func (r *rend) cutNote(c bandCut, u units.Unit) *label {
	if !c.atHi && !c.atLo {
		return nil
	}
	var parts []string
	if c.atHi {
		parts = append(parts, "up to "+formatValue(c.highest, u)+" in "+r.xLabel(c.highestI))
	}
	if c.atLo {
		parts = append(parts, "down to "+formatValue(c.lowest, u)+" in "+r.xLabel(c.lowestI))
	}
	y := r.T + 12
	if !c.atHi {
		y = r.B - 6
	}
	text := "5–95 % off the scale: " + strings.Join(parts, ", ")
	return placeLabel(fit(text, r.R-r.L-12, fontPx), "start", r.L+6, y)
}

// bandClose finishes the band's open run, which ends before q: back along
// the low values, then closed.
func (r *rend) bandClose(p *path, b Band, xs []float64, idx []int, ys Linear, q int) {
	if !p.pen {
		return
	}
	for k := q - 1; k >= 0; k-- {
		lo := get(b.Low, idx[k])
		hi := get(b.High, idx[k])
		if math.IsNaN(lo) || math.IsNaN(hi) {
			break
		}
		p.to(xs[k], ys.Map(lo))
	}
	p.close()
}

// bandFills fills each band between its low and high values, a run per
// stretch where both are known.
func (r *rend) bandFills(pl *plot) {
	p := &r.p
	for _, b := range pl.bands {
		for q := range pl.xs {
			lo, hi := get(b.Low, pl.idx[q]), get(b.High, pl.idx[q])
			if math.IsNaN(lo) || math.IsNaN(hi) {
				r.bandClose(p, b, pl.xs, pl.idx, pl.ys, q)
				continue
			}
			p.to(pl.xs[q], pl.ys.Map(hi))
		}
		r.bandClose(p, b, pl.xs, pl.idx, pl.ys, len(pl.xs))
		add(r.root, r.b.path(p, "band "+bandClass(b)))
	}
}

// bandEdges draws each band's low and high values as one path of lines.
func (r *rend) bandEdges(pl *plot) {
	p := &r.p
	for _, b := range pl.bands {
		r.line(p, b.Low, pl.xs, pl.idx, pl.ys)
		p.lift()
		r.line(p, b.High, pl.xs, pl.idx, pl.ys)
		add(r.root, r.b.path(p, "edge "+bandClass(b), view.A("fill", "none")))
	}
}

// bandMids draws each band's median.
func (r *rend) bandMids(pl *plot) {
	p := &r.p
	for _, b := range pl.bands {
		r.line(p, b.Mid, pl.xs, pl.idx, pl.ys)
		add(r.root, r.b.path(p, "mid "+bandClass(b), view.A("fill", "none")))
	}
}
