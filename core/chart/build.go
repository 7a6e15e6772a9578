package chart

import (
	"math"

	"github.com/computedeals/explorer/core/view"
)

// builder makes view nodes from slabs. A monthly chart has a few hundred
// nodes and over a thousand attributes; view.S would allocate each node,
// attribute list and boxed item apart, which costs more than the geometry.
// The trees are the same either way.
type builder struct {
	nodes []view.Node
	attrs []view.Attr
	buf   []byte // scratch for paths and numbers
}

// reserve makes room for nodes and attributes to come, so that a run of
// many elements (the hover rects) fills one slab instead of leaving the
// ends of several unused.
func (b *builder) reserve(nodes, attrs int) {
	if cap(b.nodes)-len(b.nodes) < nodes {
		b.nodes = make([]view.Node, 0, nodes)
	}
	if cap(b.attrs)-len(b.attrs) < attrs {
		b.attrs = make([]view.Attr, 0, attrs)
	}
}

func (b *builder) node() *view.Node {
	if len(b.nodes) == cap(b.nodes) {
		b.nodes = make([]view.Node, 0, 64)
	}
	b.nodes = b.nodes[:len(b.nodes)+1]
	return &b.nodes[len(b.nodes)-1]
}

// el makes an SVG element with the given attributes.
func (b *builder) el(tag string, attrs ...view.Attr) *view.Node {
	n := b.node()
	n.Tag, n.SVG = tag, true
	if len(attrs) > 0 {
		if len(b.attrs)+len(attrs) > cap(b.attrs) {
			b.attrs = make([]view.Attr, 0, max(256, len(attrs)))
		}
		s := len(b.attrs)
		b.attrs = append(b.attrs, attrs...)
		// Capping the capacity makes a later append to this node's
		// attributes copy instead of writing over its neighbour's.
		n.Attrs = b.attrs[s:len(b.attrs):len(b.attrs)]
	}
	return n
}

// add appends child to parent; a nil child is nothing. It is not inlined:
// a copy of the append at each of its sixty call sites costs main.wasm
// a few KB (brotli) more than the calls do.
//
//go:noinline
func add(parent, child *view.Node) {
	if child != nil {
		parent.Children = append(parent.Children, child)
	}
}

// text appends a text node, keeping view's rules: none empty, none beside
// another.
func (b *builder) text(parent *view.Node, s string) {
	if s == "" {
		return
	}
	if k := len(parent.Children); k > 0 && parent.Children[k-1].Tag == "" {
		parent.Children[k-1].Text += s
		return
	}
	n := b.node()
	n.Text = s
	parent.Children = append(parent.Children, n)
}

// label makes a <text> at (x, y) with a class and an anchor ("" is start).
func (b *builder) label(class string, x, y float64, anchor, s string) *view.Node {
	var n *view.Node
	if anchor == "" {
		n = b.el("text", view.A("class", class), view.A("x", b.num(x)), view.A("y", b.num(y)))
	} else {
		n = b.el("text", view.A("class", class), view.A("x", b.num(x)), view.A("y", b.num(y)), view.A("text-anchor", anchor))
	}
	b.text(n, s)
	return n
}

// num writes a coordinate.
func (b *builder) num(v float64) string {
	s := len(b.buf)
	b.buf = appendCoord(b.buf, v)
	out := string(b.buf[s:])
	b.buf = b.buf[:s]
	return out
}

// appendCoord writes v rounded to 0.1 px, without a trailing ".0". Values
// are bounded first: a float-to-int conversion out of range differs
// between amd64 and wasm, and nothing off the canvas by a million pixels
// needs to be exact.
func appendCoord(b []byte, v float64) []byte {
	switch {
	case !finite(v):
		v = 0
	case v > 1e6:
		v = 1e6
	case v < -1e6:
		v = -1e6
	}
	t := int64(math.Round(v * 10))
	if t < 0 {
		b = append(b, '-')
		t = -t
	}
	var digits [8]byte
	i := len(digits)
	for w := t / 10; ; w /= 10 {
		i--
		digits[i] = byte('0' + w%10)
		if w < 10 {
			break
		}
	}
	b = append(b, digits[i:]...)
	if d := t % 10; d != 0 {
		b = append(b, '.', byte('0'+d))
	}
	return b
}

// path accumulates a path's d attribute. Points of a polyline are held
// until the polyline ends and then written without those that lie within
// simplifyPx of the line through their neighbours: flat stretches and
// straight ramps, which make up most of a capacity chart, collapse to
// their ends, and the paths shrink several times over with no visible
// change.
type path struct {
	b   []byte
	pts []float64 // the open polyline, x and y interleaved
	pen bool      // a polyline is open, so the next point continues it
}

// simplifyPx is how far, vertically, a dropped point may lie from the
// line drawn instead: half the 0.1 px grid the numbers are written on.
const simplifyPx = 0.05

func (p *path) move(x, y float64) {
	p.flush()
	p.pts = append(p.pts, x, y)
	p.pen = true
}

// to draws a line to (x, y), or moves there when no polyline is open.
func (p *path) to(x, y float64) {
	if !p.pen {
		p.move(x, y)
		return
	}
	if k := len(p.pts); p.pts[k-2] == x && p.pts[k-1] == y {
		return
	}
	p.pts = append(p.pts, x, y)
}

// flush writes the open polyline. It keeps a point only when the line
// from the last kept point cannot reach further without passing more
// than simplifyPx from a point in between: each point narrows the range
// of slopes such a line may have, so the pass is linear. A step back in
// x or a vertical step always keeps its corner.
func (p *path) flush() {
	n := len(p.pts) / 2
	if n == 0 {
		return
	}
	x := func(i int) float64 { return p.pts[2*i] }
	y := func(i int) float64 { return p.pts[2*i+1] }
	p.b = append(p.b, 'M')
	p.pair(x(0), y(0))
	written := 0
	emit := func(i int) {
		if i == written {
			return
		}
		if written == 0 {
			// After M, bare pairs would be lines too; the explicit L keeps
			// the paths easy to read in the golden files.
			p.b = append(p.b, 'L')
		} else {
			p.b = append(p.b, ' ')
		}
		p.pair(x(i), y(i))
		written = i
	}
	a := 0
	lo, hi, dir := math.Inf(-1), math.Inf(1), 0.0
	for i := 1; i < n; i++ {
		dx, dy := x(i)-x(a), y(i)-y(a)
		ok := dx != 0 && (dir == 0 || (dx > 0) == (dir > 0))
		if ok {
			s := dy / dx
			ok = s >= lo && s <= hi
		}
		if !ok && i-1 > a {
			emit(i - 1)
			a = i - 1
			lo, hi, dir = math.Inf(-1), math.Inf(1), 0
			dx, dy = x(i)-x(a), y(i)-y(a)
		}
		if dx == 0 {
			emit(i)
			a = i
			lo, hi, dir = math.Inf(-1), math.Inf(1), 0
			continue
		}
		dir = dx
		l, h := (dy-simplifyPx)/dx, (dy+simplifyPx)/dx
		if dx < 0 {
			l, h = h, l
		}
		lo, hi = max(lo, l), min(hi, h)
	}
	emit(n - 1)
	p.pts = p.pts[:0]
}

func (p *path) pair(x, y float64) {
	p.b = appendCoord(p.b, x)
	p.b = append(p.b, ',')
	p.b = appendCoord(p.b, y)
}

// hline draws a horizontal segment from (x0, y) to x1.
func (p *path) hline(x0, y, x1 float64) {
	p.lift()
	p.b = append(p.b, 'M')
	p.pair(x0, y)
	p.b = append(p.b, 'H')
	p.b = appendCoord(p.b, x1)
}

// vline draws a vertical segment from (x, y0) to y1.
func (p *path) vline(x, y0, y1 float64) {
	p.lift()
	p.b = append(p.b, 'M')
	p.pair(x, y0)
	p.b = append(p.b, 'V')
	p.b = appendCoord(p.b, y1)
}

// rect adds a rectangle.
func (p *path) rect(x, y, w, h float64) {
	p.lift()
	p.b = append(p.b, 'M')
	p.pair(x, y)
	p.b = append(p.b, 'H')
	p.b = appendCoord(p.b, x+w)
	p.b = append(p.b, 'V')
	p.b = appendCoord(p.b, y+h)
	p.b = append(p.b, 'H')
	p.b = appendCoord(p.b, x)
	p.b = append(p.b, 'Z')
}

// close ends the open polyline back at its start.
func (p *path) close() {
	if p.pen {
		p.flush()
		p.b = append(p.b, 'Z')
		p.pen = false
	}
}

// discard drops everything drawn since the last <path> was made.
func (p *path) discard() { p.b, p.pts, p.pen = p.b[:0], p.pts[:0], false }

// lift ends the open polyline without closing it: the next point moves.
func (p *path) lift() {
	p.flush()
	p.pen = false
}

// path makes a <path> of p with the given class, or nil when p is empty,
// and leaves p empty for the next.
func (b *builder) path(p *path, class string, extra ...view.Attr) *view.Node {
	p.lift()
	if len(p.b) == 0 {
		return nil
	}
	d := string(p.b)
	p.b = p.b[:0]
	n := b.el("path", view.A("class", class), view.A("d", d))
	if len(extra) > 0 {
		n.Attrs = append(n.Attrs, extra...)
	}
	return n
}
