package chart

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/view"
)

// swingOrder is the tornado's row order: widest swing first, rows
// without a finite swing last, ties in input order.
func swingOrder(sw []Swing) []int {
	sw = sw[:min(len(sw), MaxRows)]
	width := func(s Swing) float64 {
		lo, hi := clamp(s.Low), clamp(s.High)
		if !finite(lo) || !finite(hi) {
			return -1
		}
		return math.Abs(hi - lo)
	}
	order := make([]int, len(sw))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		wa, wb := width(sw[a]), width(sw[b])
		switch {
		case wa > wb:
			return -1
		case wa < wb:
			return 1
		}
		return 0
	})
	return order
}

func (r *rend) tornado() {
	s := r.s
	order := swingOrder(s.Swings)
	var ext extent
	for _, q := range order {
		ext.add(val(s.Swings[q].Low))
		ext.add(val(s.Swings[q].High))
	}
	if len(order) == 0 || !ext.any {
		r.empty()
		return
	}
	base := val(s.Base)
	if finite(base) {
		ext.add(base)
	}
	baseName := s.BaseName
	if baseName == "" {
		baseName = "base"
	}
	r.legend([]legendItem{{"input at its low", "s0", swRect}, {"input at its high", "s1", swRect}})
	names := make([]string, len(order))
	lows := make([]string, len(order))
	highs := make([]string, len(order))
	nameW, valW := 0.0, 0.0
	full := make([]string, len(order))
	for k, q := range order {
		full[k] = s.Swings[q].Input
	}
	copy(names, fitDistinct(full, r.W*0.38, fontPx))
	for k, q := range order {
		nameW = max(nameW, textWidth(names[k], fontPx))
		lows[k] = formatValue(s.Swings[q].Low, s.Unit)
		highs[k] = formatValue(s.Swings[q].High, s.Unit)
		valW = max(valW, textWidth(lows[k], fontPx), textWidth(highs[k], fontPx))
	}
	r.L = pad + nameW + 10
	r.R = r.W - pad
	r.T = r.top + 20
	rowH := 24.0
	if s.Height <= 0 {
		r.B = r.T + rowH*float64(len(order))
		r.H = r.B + 24 + pad - r.hdr
	} else {
		r.B = max(r.hdr+r.H-24, r.T+float64(len(order))*4)
		rowH = (r.B - r.T) / float64(len(order))
	}
	// Value labels sit beyond the bar ends, so the scale leaves them room.
	vpad := min(valW+8, (r.R-r.L)/4)
	// Fewer ticks on a narrow axis, until their labels stop touching.
	var ticks Ticks
	for most := 7; ; most-- {
		ticks = niceTicks(ext.lo, ext.hi, false, most)
		widest := 0.0
		for i := 0; i < ticks.N; i++ {
			widest = max(widest, textWidth(tickLabel(ticks.At(i), s.Unit), fontPx))
		}
		// The ticks span the bars' room, inside the value labels' pads.
		if most <= 2 || float64(ticks.N)*(widest+10) <= r.R-r.L-2*vpad {
			break
		}
	}
	xs := Linear{ticks.Lo, ticks.Hi, r.L + vpad, r.R - vpad}

	var grid path
	for i := 0; i < ticks.N; i++ {
		x := xs.Map(ticks.At(i))
		grid.vline(x, r.T, r.B)
		add(r.root, r.b.label("tick", x, r.B+16, "middle", tickLabel(ticks.At(i), s.Unit)))
	}
	add(r.root, r.b.path(&grid, "grid"))

	var lowBars, highBars path
	xb := xs.Map(ext.lo)
	if finite(base) {
		xb = xs.Map(base)
	}
	for k, q := range order {
		sw := s.Swings[q]
		y := r.T + float64(k)*rowH
		add(r.root, r.b.label("lbl", r.L-8, y+rowH/2+4, "end", names[k]))
		lo, hi := val(sw.Low), val(sw.High)
		bh := min(rowH-6, 18)
		by := y + (rowH-bh)/2
		for _, e := range [...]struct {
			v   float64
			p   *path
			txt string
			far bool
		}{
			{lo, &lowBars, lows[k], math.IsNaN(hi) || math.Abs(xs.Map(lo)-xb) >= math.Abs(xs.Map(hi)-xb)},
			{hi, &highBars, highs[k], math.IsNaN(lo) || math.Abs(xs.Map(hi)-xb) > math.Abs(xs.Map(lo)-xb)},
		} {
			if math.IsNaN(e.v) {
				continue
			}
			x := xs.Map(e.v)
			if x != xb {
				e.p.rect(min(x, xb), by, math.Abs(x-xb), bh)
			}
			// When both ends fall on one side of the base, only the
			// farther is labelled: the nearer would sit inside its bar.
			sameSide := !math.IsNaN(lo) && !math.IsNaN(hi) && (xs.Map(lo) < xb) == (xs.Map(hi) < xb)
			if sameSide && !e.far {
				continue
			}
			switch {
			case x < xb:
				add(r.root, r.b.label("lbl", x-4, by+bh/2+4, "end", e.txt))
			case x > xb:
				add(r.root, r.b.label("lbl", x+4, by+bh/2+4, "", e.txt))
			}
		}
	}
	add(r.root, r.b.path(&lowBars, "bar s0"))
	add(r.root, r.b.path(&highBars, "bar s1"))
	if finite(base) {
		var p path
		p.vline(xb, r.T-4, r.B)
		add(r.root, r.b.path(&p, "ref"))
		add(r.root, r.b.label("lbl", xb, r.T-8, "middle", fit(baseName+" "+formatValue(base, s.Unit), r.R-r.L, fontPx)))
	}
	if r.meta == nil {
		g := r.b.el("g", view.A("class", "hits"))
		h, w, x := r.b.num(rowH), r.b.num(r.R-r.L), r.b.num(r.L)
		for k, q := range order {
			sw := s.Swings[q]
			b := append(r.tip[:0], sw.Input...)
			b = append(b, sep+"at low "...)
			b = appendValue(b, sw.Low, s.Unit)
			b = append(b, sep+"at high "...)
			b = appendValue(b, sw.High, s.Unit)
			b = append(b, sep+"swing "...)
			b = appendValue(b, math.Abs(sw.High-sw.Low), s.Unit)
			r.tip = b
			add(g, r.b.el("rect", view.A("class", "hit"), view.A("x", x), view.A("y", r.b.num(r.T+float64(k)*rowH)),
				view.A("width", w), view.A("height", h),
				view.A("data-i", strconv.Itoa(k)), view.A("data-tip", string(b))))
		}
		add(r.root, g)
	}
}

// fitDistinct fits each name into w px; names that differ in full but
// would be cut to the same text (two inputs of one accelerator,
// "NVIDIA Vera Rubin: price" and "NVIDIA Vera Rubin: share") keep their
// ends instead, which tell them apart, and lose the middle of the part
// they share: "NVIDIA V…: price".
func fitDistinct(names []string, w, px float64) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = fit(n, w, px)
	}
	for i, n := range names {
		if out[i] == n {
			continue
		}
		// The whole words the cut kept: another name that starts with
		// them would read the same up to the ellipsis.
		key := strings.TrimSuffix(fit(n, w, px), "…")
		if k := strings.LastIndexAny(key, " :"); k >= 0 {
			key = key[:k+1]
		} else {
			key = ""
		}
		common := -1
		for j, m := range names {
			if j == i || m == n || key == "" || !strings.HasPrefix(m, key) {
				continue
			}
			k := 0
			for k < len(n) && k < len(m) && n[k] == m[k] {
				k++
			}
			if common < 0 || k < common {
				common = k
			}
		}
		if common >= 0 {
			out[i] = fitMiddle(n, common, w, px)
		}
	}
	return out
}

// fitMiddle cuts s to w px keeping its end from byte tail on (moved back
// to a rune start): the head shrinks to an ellipsis first, then the end
// is cut too.
func fitMiddle(s string, tail int, w, px float64) string {
	for tail > 0 && tail < len(s) && s[tail]&0xC0 == 0x80 {
		tail--
	}
	// Start the kept end at the word the names begin to differ in.
	for tail > 0 && s[tail-1] != ' ' && s[tail-1] != ':' {
		tail--
	}
	end := s[tail:]
	gap := "…"
	if tail > 0 && s[tail-1] == ' ' {
		gap = "… "
	}
	head := []rune(strings.TrimRight(s[:tail], " :"))
	for n := len(head); n >= 0; n-- {
		t := strings.TrimRight(string(head[:n]), " ") + gap + end
		if n == len(head) {
			t = s
		}
		if textWidth(t, px) <= w {
			return t
		}
	}
	return "…" + fit(end, w-textWidth("…", px), px)
}

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
	for i := 0; i < ticks.N; i++ {
		v := ticks.At(i)
		y := ys.Map(v)
		if v != 0 {
			grid.hline(r.L, y, r.R)
		}
		add(r.root, r.b.label("tick", r.L-6, y+4, "end", labels[i]))
	}
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
			n.Attrs = append(n.Attrs, view.A("transform", "rotate(-40 "+r.b.num(cx+4)+" "+r.b.num(r.B+12)+")"))
			add(r.root, n)
		} else {
			add(r.root, r.b.label("tick", cx, r.B+16, "middle", fit(name, slot-4, fontPx)))
		}
	}
	add(r.root, r.b.path(&totals, "bar total"))
	add(r.root, r.b.path(&ups, "bar pos"))
	add(r.root, r.b.path(&downs, "bar neg"))
	add(r.root, r.b.path(&conn, "conn", view.A("fill", "none")))
	var zero path
	zero.hline(r.L, ys.Map(0), r.R)
	add(r.root, r.b.path(&zero, "zero"))
	if r.meta == nil {
		g := r.b.el("g", view.A("class", "hits"))
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
			add(g, r.b.el("rect", view.A("class", "hit"), view.A("x", r.b.num(r.L+float64(k)*slot)), view.A("y", y),
				view.A("width", sw), view.A("height", h),
				view.A("data-i", strconv.Itoa(k)), view.A("data-tip", string(b))))
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
