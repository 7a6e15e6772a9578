package chart

import (
	"math"

	"github.com/computedeals/explorer/core/view"
)

// waterfallLevels are the running totals: Base, then after each step.
// Non-finite values count as zero, so B's total is always A's total plus
// the finite changes.
func waterfallLevels(s *Spec) []float64 {
	steps := s.Steps[:min(len(s.Steps), MaxRows)]
	lv := make([]float64, len(steps)+1)
	lv[0] = val(s.Base)
	if math.IsNaN(lv[0]) {
		lv[0] = 0
	}
	for k, st := range steps {
		d := val(st.Delta)
		if math.IsNaN(d) {
			d = 0
		}
		lv[k+1] = clamp(lv[k] + d)
	}
	return lv
}

func (r *rend) waterfall() {
	s := r.s
	steps := s.Steps[:min(len(s.Steps), MaxRows)]
	anyFinite := finite(s.Base)
	for _, st := range steps {
		anyFinite = anyFinite || finite(st.Delta)
	}
	if !anyFinite {
		r.empty()
		return
	}
	lv := waterfallLevels(s)
	var ext extent
	for _, v := range lv {
		ext.add(v)
	}
	aName, bName := s.BaseName, s.EndName
	if aName == "" {
		aName = "A"
	}
	if bName == "" {
		bName = "B"
	}
	r.legend([]legendItem{{"total", "total", swRect}, {"increase", "pos", swRect}, {"decrease", "neg", swRect}})
	ticks, labels := r.valueAxis(ext, s.Unit)
	cats := len(steps) + 2
	slot := (r.R - r.L) / float64(cats)
	names := make([]string, cats)
	names[0], names[cats-1] = aName, bName
	nameW := 0.0
	for k, st := range steps {
		names[k+1] = st.Label
	}
	for _, nm := range names {
		nameW = max(nameW, textWidth(nm, fontPx))
	}
	// Crowded categories get slanted names rather than clipped ones.
	slanted := nameW > slot-6 && slot < 60
	bottom := 26.0
	if slanted {
		bottom = 18 + min(nameW, 110)*0.65
	}
	r.T = r.top + 22
	r.B = r.hdr + r.H - bottom
	if r.B-r.T < 60 {
		r.B = r.T + 60
		r.H = r.B + bottom - r.hdr
	}
	ys := Linear{ticks.Lo, ticks.Hi, r.B, r.T}
	var grid path
	r.valueTicks(ticks, labels, ys, &grid)
	add(r.root, r.b.path(&grid, "grid"))

	w := min(slot*0.7, 64)
	var totals, ups, downs, conn path
	for k := 0; k < cats; k++ {
		cx := r.L + (float64(k)+0.5)*slot
		var lo, hi float64
		var p *path
		var txt string
		switch k {
		case 0, cats - 1:
			v := lv[min(k, len(lv)-1)]
			lo, hi, p = min(0, v), max(0, v), &totals
			txt = formatValue(v, s.Unit)
		default:
			a, b := lv[k-1], lv[k]
			lo, hi = min(a, b), max(a, b)
			p = &ups
			if b < a {
				p = &downs
			}
			txt = signed(steps[k-1].Delta, s)
		}
		if hi > lo {
			p.rect(cx-w/2, ys.Map(hi), w, ys.Map(lo)-ys.Map(hi))
		}
		if k < cats-1 {
			level := lv[min(k, len(lv)-1)]
			conn.hline(cx+w/2, ys.Map(level), cx+slot-w/2)
		}
		if textWidth(txt, fontPx) <= slot-2 {
			ly := ys.Map(hi) - 5
			if p == &downs || p == &totals && lo < 0 {
				ly = ys.Map(lo) + 15
			}
			add(r.root, r.b.label("lbl", cx, ly, "middle", txt))
		}
		name := names[k]
		if slanted {
			name = fit(name, 110, fontPx)
			n := r.b.label("tick", cx+4, r.B+12, "end", name)
			n.SetAttr("transform", "rotate(-40 "+r.b.num(cx+4)+" "+r.b.num(r.B+12)+")")
			add(r.root, n)
		} else {
			add(r.root, r.b.label("tick", cx, r.B+16, "middle", fit(name, slot-4, fontPx)))
		}
	}
	add(r.root, r.b.path(&totals, "bar total"))
	add(r.root, r.b.path(&ups, "bar pos"))
	add(r.root, r.b.path(&downs, "bar neg"))
	add(r.root, r.b.path(&conn, "conn", view.A("fill", "none")))
	r.zeroLine(ys)
	if r.meta == nil {
		g := r.hitGroup(cats, "bar", "step")
		y, h, sw := r.b.num(r.T), r.b.num(r.B-r.T), r.b.num(slot)
		for k := 0; k < cats; k++ {
			b := append(r.tip[:0], names[k]...)
			switch k {
			case 0, cats - 1:
				b = append(b, sep...)
				b = appendValue(b, lv[min(k, len(lv)-1)], s.Unit)
			default:
				b = append(b, sep...)
				b = append(b, signed(steps[k-1].Delta, s)...)
				b = append(b, " → "...)
				b = appendValue(b, lv[k], s.Unit)
			}
			r.tip = b
			add(g, r.hitRect(r.b.num(r.L+float64(k)*slot), y, sw, h, k, string(b), false))
		}
		add(r.root, g)
	}
}

// signed writes a change with its sign: "+$3.20B", "−$1.10B".
func signed(v float64, s *Spec) string {
	t := formatValue(v, s.Unit)
	if finite(v) && v > 0 {
		return "+" + t
	}
	return t
}
