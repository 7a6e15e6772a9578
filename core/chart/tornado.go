package chart

import (
	"math"
	"slices"
	"strings"
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
		g := r.hitGroup(len(order), "row", "input")
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
			add(g, r.hitRect(x, r.b.num(r.T+float64(k)*rowH), w, h, k, string(b), false))
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
