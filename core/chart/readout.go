package chart

import (
	"math"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/units"
	"github.com/computedeals/explorer/core/view"
)

// hitGroup is the <g class="hits"> that holds a chart's hit rects: n of
// them, each over a point (or a row, a bar: what) of the chart, one per
// x position or row (per: "month"). The group is one stop of the Tab
// key, a roving tabindex: its first rect takes the focus and the arrow
// keys move it (www/app.js), as its name tells a screen reader.
func (r *rend) hitGroup(n int, what, per string) *view.Node {
	name := r.s.Title
	if name == "" {
		name = "Chart"
	}
	if n != 1 {
		what += "s"
	}
	g := r.b.el("g", view.A("class", "hits"), view.A("role", "group"),
		view.A("aria-label", name+": "+strconv.Itoa(n)+" "+what+", one per "+per+"; use the arrow keys to read them"))
	g.Children = make([]*view.Node, 0, n)
	return g
}

// hitRect is the transparent rect over x position or row i that takes
// the pointer and the focus and carries its read-out, tip, unless lazy
// (then Tip gives it). The first rect is the group's Tab stop.
func (r *rend) hitRect(x, y, w, h string, i int, tip string, lazy bool) *view.Node {
	tab := "-1"
	if i == 0 {
		tab = "0"
	}
	if lazy {
		return r.b.el("rect", view.A("class", "hit"), view.A("x", x), view.A("y", y),
			view.A("width", w), view.A("height", h), view.A("data-i", strconv.Itoa(i)), view.A("tabindex", tab))
	}
	return r.b.el("rect", view.A("class", "hit"), view.A("x", x), view.A("y", y),
		view.A("width", w), view.A("height", h), view.A("data-i", strconv.Itoa(i)), view.A("tabindex", tab),
		view.A("data-tip", tip))
}

// Hits holds a chart's hover rects from one render to the next: a
// monthly chart has a hundred and fifty of them, most of its nodes,
// which a change of its values rarely moves.
type Hits struct {
	_   [0]func() // never compared: no equality function in main.wasm
	key hitsKey
	g   *view.Node
}

// hitsKey is all that an xy chart's lazy hover rects show.
type hitsKey struct {
	_ [0]func() // compared by is

	n                 int
	top, bottom, slot float64
	left              float64
	per, title        string
}

// is compares field by field: == would cost main.wasm an equality
// function.
func (k hitsKey) is(o hitsKey) bool {
	return k.n == o.n && k.top == o.top && k.bottom == o.bottom && k.slot == o.slot && k.left == o.left &&
		k.per == o.per && k.title == o.title
}

// hits writes an xy chart's hit rects, full height, one per x position.
// All tips are written into one buffer and cut from one string, as are
// the x positions: a monthly chart has over a hundred of each.
func (r *rend) hits(pl *plot) {
	n, lazy := pl.n, r.s.LazyTips
	per := "month"
	if r.s.X == Years {
		per = "year"
	}
	hs := r.s.Hits
	key := hitsKey{n: n, top: r.T, bottom: r.B, slot: pl.slot, left: pl.left, per: per, title: r.s.Title}
	if hs != nil && lazy && hs.g != nil && hs.key.is(key) {
		add(r.root, hs.g)
		return
	}
	g := r.hitGroup(n, "point", per)
	if hs != nil && lazy {
		hs.key, hs.g = key, g
	}
	y, h, w := r.b.num(r.T), r.b.num(r.B-r.T), r.b.num(pl.slot)
	ends := make([]int, 2*n)
	b := r.tip[:0]
	if per := r.tipEstimate(); cap(b) < n*per {
		b = make([]byte, 0, n*per)
	}
	for i := 0; i < n; i++ {
		if !lazy {
			b = r.appendTip(b, i, pl)
		}
		ends[i] = len(b)
	}
	for i := 0; i < n; i++ {
		b = appendCoord(b, pl.left+float64(i)*pl.slot)
		ends[n+i] = len(b)
	}
	all := string(b)
	r.tip = b
	from := 0
	r.b.reserve(n, 8*n)
	for i := 0; i < n; i++ {
		tip, x := all[from:ends[i]], all[ends[n+i-1]:ends[n+i]]
		from = ends[i]
		add(g, r.hitRect(x, y, w, h, i, tip, lazy))
	}
	add(r.root, g)
}

const sep = " · "

// tipEstimate is about the length of one read-out with its x position,
// enough that the buffer for them all rarely grows.
func (r *rend) tipEstimate() int {
	est := 16
	names := func(ss []Series) {
		for _, x := range ss {
			est += len(x.Name) + len(sep) + 10
		}
	}
	names(r.s.Series)
	names(r.s.Lines)
	for _, x := range r.s.Bands {
		est += len(x.Name) + 48
	}
	if ov := r.s.Overlay; ov != nil {
		names(ov.Series)
		names(ov.Lines)
	}
	return est + 16
}

// valueCache remembers the last value written in each read-out column:
// capacity stays flat for years at a time, so most values repeat the
// month before.
type valueCache struct {
	bits []uint64
	text [][]byte
	set  []bool
	slab []byte
	col  int
}

// reset forgets the values of the last render, keeping the memory.
func (c *valueCache) reset() {
	clear(c.set)
	c.col = 0
}

func (c *valueCache) append(b []byte, v float64, u units.Unit) []byte {
	k := c.col
	c.col++
	for k >= len(c.bits) {
		if len(c.slab) < 24 {
			c.slab = make([]byte, 24*16)
		}
		c.bits = append(c.bits, 0)
		c.set = append(c.set, false)
		c.text = append(c.text, c.slab[:0:24])
		c.slab = c.slab[24:]
	}
	bits := math.Float64bits(v)
	if !c.set[k] || c.bits[k] != bits {
		c.text[k] = appendValue(c.text[k][:0], v, u)
		c.bits[k], c.set[k] = bits, true
	}
	return append(b, c.text[k]...)
}

// appendTip writes the read-out of x position i as a small table: the x
// position on the first line, then a line per row, its name and its
// value apart by a tab. The page lays the lines out as table rows.
func (r *rend) appendTip(b []byte, i int, pl *plot) []byte {
	s, u := r.s, r.s.Unit
	c := &r.cache
	c.col = 0
	b = r.appendXLabel(b, i)
	row := func(b []byte, names ...string) []byte {
		b = append(b, '\n')
		for _, n := range names {
			b = append(b, n...)
		}
		return append(b, '\t')
	}
	stacked := pl.stacked
	for _, x := range s.Series {
		v := get(x.Values, i)
		if stacked && v == 0 {
			c.col++
			continue
		}
		b = c.append(row(b, x.Name), v, u)
	}
	if stacked && len(s.Series) > 1 {
		b = c.append(row(b, "total"), pl.a.total[i], u)
	}
	for _, x := range s.Lines {
		b = c.append(row(b, x.Name), get(x.Values, i), u)
	}
	for _, x := range s.Bands {
		if x.Mid != nil {
			b = c.append(row(b, midName(x)), get(x.Mid, i), u)
		}
		b = c.append(row(b, bandRowName(x)), get(x.Low, i), u)
		b = append(b, "–"...)
		b = c.append(b, get(x.High, i), u)
	}
	if ov := s.Overlay; ov != nil {
		name := ov.B
		if name == "" {
			name = "B"
		}
		switch {
		case stacked && len(ov.Series) > 1:
			b = c.append(row(b, name, " total"), pl.b.total[i], u)
		default:
			for _, x := range ov.Series {
				if len(ov.Series) > 1 {
					b = row(b, name, " ", x.Name)
				} else {
					b = row(b, name)
				}
				b = c.append(b, get(x.Values, i), u)
			}
		}
		for _, x := range ov.Lines {
			b = c.append(row(b, name, " ", x.Name), get(x.Values, i), u)
		}
	}
	return b
}

// bandRowName labels a band's range in the read-out: its name, which
// says "5–95 %" or is followed by it.
func bandRowName(b Band) string {
	if strings.Contains(b.Name, "5–95") {
		return b.Name
	}
	if b.Name == "" {
		return "5–95 %"
	}
	return b.Name + " 5–95 %"
}

// tipAt is the read-out of x position i of an area, bar or line chart as
// its drawing would carry it, worked out without drawing: the stacks
// (whose totals the read-out shows) and the one read-out. ok is false
// for the other kinds, which Tip draws.
func tipAt(s *Spec, i int) (tip string, ok bool) {
	switch s.Kind {
	case Area, Bars, Line:
	default:
		return "", false
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.cache.reset()
	r := &rend{s: s, scratch: sc}
	// As xy measures before it draws: an empty chart has no points.
	pl := &plot{xyKind: xyKindOf(s.Kind), n: xyPoints(s)}
	var ext extent
	pl.a = r.measure(&ext, pl.xyKind, s.Series, s.Lines, pl.n, 0)
	if ov := s.Overlay; ov != nil {
		pl.b = r.measure(&ext, pl.xyKind, ov.Series, ov.Lines, pl.n, 1)
	}
	for _, b := range s.Bands {
		ext.series(b.Mid, pl.n)
	}
	if pl.n == 0 || !ext.any || i < 0 || i >= pl.n {
		return "", true
	}
	return string(r.appendTip(r.tip[:0], i, pl)), true
}
