package view

import "sync"

// slab hands out nodes and the room for their attributes and children
// from shared chunks: the page builds a thousand elements a frame, and
// three allocations each (node, attributes, children) were most of a
// frame's garbage. A node keeps its chunk alive while it lives (a
// memoised part of the page keeps a few KB besides itself); chunks are
// small so that this stays little. The lock makes the builders safe to
// call from several goroutines, as they were.
var slab struct {
	sync.Mutex
	nodes []Node
	attrs []Attr
	kids  []*Node
}

// newNode is a zero node with room for na attributes and nc children:
// nil slices when none, and when some, capped so that an append past
// them copies rather than writes over a neighbour's.
func newNode(na, nc int) *Node {
	slab.Lock()
	if len(slab.nodes) == 0 {
		slab.nodes = make([]Node, 32)
	}
	n := &slab.nodes[0]
	slab.nodes = slab.nodes[1:]
	if na > 0 {
		if len(slab.attrs) < na {
			slab.attrs = make([]Attr, max(64, na))
		}
		n.Attrs = slab.attrs[:0:na]
		slab.attrs = slab.attrs[na:]
	}
	if nc > 0 {
		if len(slab.kids) < nc {
			slab.kids = make([]*Node, max(64, nc))
		}
		n.Children = slab.kids[:0:nc]
		slab.kids = slab.kids[nc:]
	}
	slab.Unlock()
	return n
}
