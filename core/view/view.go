// Package view is a small element tree: what the page shows, built by
// pure Go ([E], [S], [T], [A]), written as HTML at build time ([HTML]), as
// SVG for chart export ([XML]), and turned into a short list of DOM
// operations ([Ops]) when it changes, which the page applies with
// createElementNS, setAttribute and textContent: never markup strings.
//
// Two rules keep the tree equal to what a browser parses from its HTML:
// no empty text nodes and no two text nodes side by side (the builders
// enforce both), and tables carry explicit tbody/thead elements.
package view

// Node is an element or, with an empty Tag, a text node.
type Node struct {
	Tag      string
	SVG      bool // in the SVG namespace
	Attrs    []Attr
	Children []*Node
	Text     string
}

// Attr is one attribute. Attributes keep the order they were given in.
type Attr struct{ Name, Value string }

// Item is what an element builder takes: attributes, children, text.
type Item interface{ addTo(*Node) }

func (a Attr) addTo(n *Node) {
	for i := range n.Attrs {
		if n.Attrs[i].Name == a.Name {
			n.Attrs[i].Value = a.Value
			return
		}
	}
	n.Attrs = append(n.Attrs, a)
}

func (c *Node) addTo(n *Node) {
	if c == nil {
		return
	}
	if c.Tag == "" {
		addText(n, c.Text)
		return
	}
	n.Children = append(n.Children, c)
}

// Items groups several items into one, for helpers that return a part of
// an element.
type Items []Item

func (is Items) addTo(n *Node) {
	for _, it := range is {
		if it != nil {
			it.addTo(n)
		}
	}
}

// T is a text item.
type T string

func (t T) addTo(n *Node) { addText(n, string(t)) }

func addText(n *Node, s string) {
	if s == "" {
		return
	}
	if k := len(n.Children); k > 0 && n.Children[k-1].Tag == "" {
		n.Children[k-1].Text += s
		return
	}
	n.Children = append(n.Children, &Node{Text: s})
}

// A is an attribute.
func A(name, value string) Attr { return Attr{name, value} }

// Class is the class attribute.
func Class(c string) Attr { return Attr{"class", c} }

// If returns item when cond holds and nothing otherwise.
func If(cond bool, item Item) Item {
	if cond {
		return item
	}
	return nil
}

// E builds an HTML element.
func E(tag string, items ...Item) *Node {
	n := &Node{Tag: tag}
	// Size the slices once: the page builds thousands of elements a frame
	// and every reallocation is garbage the wasm collector must sweep.
	na, nc := 0, 0
	for _, it := range items {
		switch it.(type) {
		case nil:
		case Attr:
			na++
		case Items:
			na, nc = na+4, nc+4
		default:
			nc++
		}
	}
	if na > 0 {
		n.Attrs = make([]Attr, 0, na)
	}
	if nc > 0 {
		n.Children = make([]*Node, 0, nc)
	}
	for _, it := range items {
		if it != nil {
			it.addTo(n)
		}
	}
	return n
}

// S builds an SVG element.
func S(tag string, items ...Item) *Node {
	n := E(tag, items...)
	n.SVG = true
	return n
}

// Attr returns the value of an attribute and whether it is set.
func (n *Node) Attr(name string) (string, bool) {
	for _, a := range n.Attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return "", false
}

// SetAttr sets an attribute by name: in its place when the node has it,
// after the others when not, so the order stays the one the node was
// built in.
func (n *Node) SetAttr(name, value string) { Attr{name, value}.addTo(n) }

// TextContent is the text of a node and its descendants, as the DOM's
// textContent.
func (n *Node) TextContent() string {
	if n.Tag == "" {
		return n.Text
	}
	s := ""
	for _, c := range n.Children {
		s += c.TextContent()
	}
	return s
}

// Find returns the first node, depth first, for which match is true.
func (n *Node) Find(match func(*Node) bool) *Node {
	if match(n) {
		return n
	}
	for _, c := range n.Children {
		if f := c.Find(match); f != nil {
			return f
		}
	}
	return nil
}

// FindAll returns every node, depth first, for which match is true.
func (n *Node) FindAll(match func(*Node) bool) []*Node {
	var out []*Node
	var walk func(*Node)
	walk = func(x *Node) {
		if match(x) {
			out = append(out, x)
		}
		for _, c := range x.Children {
			walk(c)
		}
	}
	walk(n)
	return out
}

// HasAttr matches nodes whose attribute name has the given value.
func HasAttr(name, value string) func(*Node) bool {
	return func(n *Node) bool {
		v, ok := n.Attr(name)
		return ok && v == value
	}
}

// Count is the number of nodes in the tree.
func (n *Node) Count() int {
	c := 1
	for _, ch := range n.Children {
		c += ch.Count()
	}
	return c
}
