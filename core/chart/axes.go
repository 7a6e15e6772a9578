package chart

import (
	"strconv"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/units"
)

// valueAxis chooses the ticks of the value axis over ext and writes
// their labels; the plot's left edge leaves room for the widest (up to
// 30 % of the width), and its right edge a margin.
func (r *rend) valueAxis(ext extent, u units.Unit) (Ticks, []string) {
	// Fewer ticks on a short plot (a phone's, under a long legend): about
	// one per 36 px, from 3 to 7.
	plotH := (r.hdr + r.H - 26) - (r.top + 8)
	ticks := niceTicks(ext.lo, ext.hi, true, min(7, max(3, int(plotH/36)+1)))
	labels := make([]string, ticks.N)
	labelW := 0.0
	for i := range labels {
		labels[i] = tickLabel(ticks.At(i), u)
		labelW = max(labelW, textWidth(labels[i], fontPx))
	}
	r.L = pad + min(labelW, r.W*0.3) + 8
	r.R = r.W - pad - 4
	return ticks, labels
}

// valueTicks writes the value axis's labels and adds a grid line at each
// tick but zero, which has its own line (zeroLine).
func (r *rend) valueTicks(ticks Ticks, labels []string, ys Linear, grid *path) {
	for i := 0; i < ticks.N; i++ {
		v := ticks.At(i)
		y := ys.Map(v)
		if v != 0 {
			grid.hline(r.L, y, r.R)
		}
		add(r.root, r.b.label("tick", r.L-6, y+4, "end", labels[i]))
	}
}

// zeroLine draws the line at zero across the plot, over the fills it
// bounds.
func (r *rend) zeroLine(ys Linear) {
	var zero path
	zero.hline(r.L, ys.Map(0), r.R)
	add(r.root, r.b.path(&zero, "zero"))
}

// xAxis writes the x labels, year ticks and year grid lines.
func (r *rend) xAxis(n int, slot float64, grid, axis *path) {
	s := r.s
	ly := r.B + 16
	if s.X == Years {
		step := thin(slot, textWidth("2000", fontPx)+8)
		y0 := s.Start.Year()
		for i := 0; i < n; i++ {
			if (y0+i)%step != 0 && step > 1 {
				continue
			}
			add(r.root, r.b.label("tick", r.L+(float64(i)+0.5)*slot, ly, "middle", strconv.Itoa(y0+i)))
		}
		return
	}
	step := thin(12*slot, textWidth("2000", fontPx)+10)
	labelled := false
	for i := 0; i < n; i++ {
		m := s.Start + calendar.Month(i)
		if m.MonthOfYear() != 1 {
			continue
		}
		x := r.L + float64(i)*slot
		show := m.Year()%step == 0
		if show || 12*slot >= 3 {
			axis.vline(x, r.B, r.B+4)
		}
		if show {
			if i > 0 {
				grid.vline(x, r.T, r.B)
			}
			add(r.root, r.b.label("tick", x, ly, "middle", strconv.Itoa(m.Year())))
			labelled = true
		}
	}
	if !labelled {
		// Less than a year without a January: name the first month.
		add(r.root, r.b.label("tick", r.L, ly, "", s.Start.String()))
	}
}

// thin is how many steps apart labels must be so that each has room px:
// 1, 2, 5, 10, 20, 50, …
func thin(step, room float64) int {
	k := 1
	for i := 0; step*float64(k) < room && k < 1e6; i++ {
		if i%3 == 1 {
			k = k * 5 / 2
		} else {
			k *= 2
		}
	}
	return k
}

// xLabel is the x position's name: 2027-06 or 2027.
func (r *rend) xLabel(i int) string {
	if r.s.X == Years {
		return strconv.Itoa(r.s.Start.Year() + i)
	}
	return (r.s.Start + calendar.Month(i)).String()
}

func (r *rend) appendXLabel(b []byte, i int) []byte {
	if r.s.X == Years {
		return strconv.AppendInt(b, int64(r.s.Start.Year()+i), 10)
	}
	m := r.s.Start + calendar.Month(i)
	b = strconv.AppendInt(b, int64(m.Year()), 10)
	mo := m.MonthOfYear()
	return append(b, '-', byte('0'+mo/10), byte('0'+mo%10))
}
