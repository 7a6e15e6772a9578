package chart

import (
	"math"

	"github.com/computedeals/explorer/core/view"
)

// lineKind draws the series as lines; the first is filled to zero, its
// positive and negative parts apart (the cumulative gap), and carries
// the events.
var lineKind = xyKind{}

// gapFill fills the first series to zero.
func (r *rend) gapFill(pl *plot) {
	if len(r.s.Series) > 0 {
		r.gap(r.s.Series[0].Values, pl.xs, pl.idx, pl.ys)
	}
}

// gap fills the area between vals and zero, the positive and negative
// parts apart, cut where the line crosses zero.
func (r *rend) gap(vals []float64, xs []float64, idx []int, ys Linear) {
	p := &r.p
	for _, sign := range [...]float64{1, -1} {
		y0 := ys.Map(0)
		some := false
		runStart := -1
		flush := func(end int) {
			if runStart < 0 {
				return
			}
			p.to(xs[end], y0)
			p.close()
			runStart = -1
		}
		for q := range xs {
			v := get(vals, idx[q])
			if math.IsNaN(v) {
				if runStart >= 0 {
					flush(q - 1)
				}
				continue
			}
			part := v
			if part*sign < 0 {
				part = 0
			} else if v != 0 {
				some = true
			}
			if runStart < 0 {
				runStart = q
				p.move(xs[q], y0)
			} else if prev := get(vals, idx[q-1]); (prev > 0) != (v > 0) && prev != 0 && v != 0 {
				// The line crosses zero between the two points.
				t := prev / (prev - v)
				p.to(xs[q-1]+float64(t*(xs[q]-xs[q-1])), y0)
			}
			p.to(xs[q], ys.Map(part))
		}
		flush(len(xs) - 1)
		if !some {
			p.discard()
			continue
		}
		cls := "gap pos"
		if sign < 0 {
			cls = "gap neg"
		}
		add(r.root, r.b.path(p, cls))
	}
}

// events marks each event on the first series of a line chart with a
// small ring and its label above it, kept inside the plot.
func (r *rend) events(pl *plot) {
	s := r.s
	if pl.stacked || len(s.Series) == 0 {
		return
	}
	for _, e := range s.Events {
		if e.Index < 0 || e.Index >= pl.n {
			continue
		}
		v := get(s.Series[0].Values, e.Index)
		if !finite(v) {
			continue
		}
		x, y := pl.cx(e.Index), pl.ys.Map(v)
		add(r.root, r.b.el("circle", view.A("class", "event"), view.A("cx", r.b.num(x)), view.A("cy", r.b.num(y)), view.A("r", "3.5")))
		if e.Label != "" {
			l := placeLabel(fit(e.Label, (r.R-r.L)/3, fontPx), "middle", x, max(y-9, r.T+fontPx))
			if l.x0 < r.L {
				l = placeLabel(l.text, "start", r.L, l.y)
			} else if l.x1 > r.R {
				l = placeLabel(l.text, "end", r.R, l.y)
			}
			r.draw(l)
		}
	}
}
