package view

import (
	"strconv"

	"github.com/computedeals/explorer/core/jsondoc"
)

// Ops are DOM operations, encoded as a JSON array of arrays that the
// page's app.js applies in order. A path is the dot-separated child
// indexes from the root element ("" is the root itself):
//
//	["t", path, text]          set the text of a text node
//	["a", path, name, value]   set an attribute
//	["r", path, name]          remove an attribute
//	["n", path, node]          replace the node at path
//	["+", path, node]          append a child to the element at path
//	["-", path]                remove the node at path
//
// A node is a text string or [tag, svg, [name, value, …], child, …] with
// svg 1 or 0. Children are removed from the last, so every path is valid
// when its operation runs.
type Ops struct {
	b []byte
	n int
}

// Len is the number of operations.
func (o *Ops) Len() int { return o.n }

// JSON returns the operations as a JSON array.
func (o *Ops) JSON() string {
	if o.n == 0 {
		return "[]"
	}
	return "[" + string(o.b) + "]"
}

// Reset empties the list, keeping its memory.
func (o *Ops) Reset() { o.b, o.n = o.b[:0], 0 }

func (o *Ops) str(s string) {
	o.b = append(o.b, ',')
	o.b = jsondoc.AppendString(o.b, s)
}

func (o *Ops) end() { o.b = append(o.b, ']') }

// Replace records that the node at path becomes n.
func (o *Ops) Replace(path string, n *Node) {
	o.start("n", []byte(path))
	o.b = append(o.b, ',')
	o.b = appendNode(o.b, n)
	o.end()
}

// Diff records the operations that turn old into new, both rooted at
// path.
func (o *Ops) Diff(path string, old, new *Node) {
	buf := make([]byte, len(path), len(path)+64)
	copy(buf, path)
	o.diff(buf, old, new)
}

func (o *Ops) diff(path []byte, old, new *Node) {
	if old == new {
		return
	}
	if old.Tag != new.Tag || old.SVG != new.SVG {
		o.start("n", path)
		o.b = append(o.b, ',')
		o.b = appendNode(o.b, new)
		o.end()
		return
	}
	if old.Tag == "" {
		if old.Text != new.Text {
			o.start("t", path)
			o.str(new.Text)
			o.end()
		}
		return
	}
	for _, a := range new.Attrs {
		if v, ok := old.Attr(a.Name); !ok || v != a.Value {
			o.start("a", path)
			o.str(a.Name)
			o.str(a.Value)
			o.end()
		}
	}
	for _, a := range old.Attrs {
		if _, ok := new.Attr(a.Name); !ok {
			o.start("r", path)
			o.str(a.Name)
			o.end()
		}
	}
	// The children's paths extend this one in place: one buffer serves the
	// whole walk, and a path is copied only into an operation.
	common := min(len(old.Children), len(new.Children))
	for i := 0; i < common; i++ {
		if old.Children[i] == new.Children[i] {
			continue
		}
		o.diff(childPath(path, i), old.Children[i], new.Children[i])
	}
	for i := len(old.Children) - 1; i >= common; i-- {
		o.start("-", childPath(path, i))
		o.end()
	}
	for i := common; i < len(new.Children); i++ {
		o.start("+", path)
		o.b = append(o.b, ',')
		o.b = appendNode(o.b, new.Children[i])
		o.end()
	}
}

// childPath appends child index i to path. It may write past len(path)
// into path's spare capacity, which no caller still needs: siblings are
// visited one after another.
func childPath(path []byte, i int) []byte {
	if len(path) > 0 {
		path = append(path, '.')
	}
	return strconv.AppendInt(path, int64(i), 10)
}

func appendNode(b []byte, n *Node) []byte {
	if n.Tag == "" {
		return jsondoc.AppendString(b, n.Text)
	}
	b = append(b, '[')
	b = jsondoc.AppendString(b, n.Tag)
	if n.SVG {
		b = append(b, ",1,["...)
	} else {
		b = append(b, ",0,["...)
	}
	for i, a := range n.Attrs {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsondoc.AppendString(b, a.Name)
		b = append(b, ',')
		b = jsondoc.AppendString(b, a.Value)
	}
	b = append(b, ']')
	for _, c := range n.Children {
		b = append(b, ',')
		b = appendNode(b, c)
	}
	return append(b, ']')
}
