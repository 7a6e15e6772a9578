package view

import "strings"

// isVoid reports whether an HTML element has no end tag. A switch, not
// a map: a map literal's initialisation costs main.wasm more code.
func isVoid(tag string) bool {
	switch tag {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return true
	}
	return false
}

// HTML writes the tree as HTML without any whitespace of its own, so that
// a browser parses it back into the same tree.
func HTML(n *Node) string {
	var b strings.Builder
	writeHTML(&b, n, false)
	return b.String()
}

// XML writes the tree as standalone XML: what an exported SVG file holds.
func XML(n *Node) string {
	var b strings.Builder
	writeHTML(&b, n, true)
	return b.String()
}

func writeHTML(b *strings.Builder, n *Node, xml bool) {
	if n.Tag == "" {
		b.WriteString(escapeText(n.Text))
		return
	}
	b.WriteByte('<')
	b.WriteString(n.Tag)
	if xml && n.Tag == "svg" {
		if _, ok := n.Attr("xmlns"); !ok {
			b.WriteString(` xmlns="http://www.w3.org/2000/svg"`)
		}
	}
	for _, a := range n.Attrs {
		b.WriteByte(' ')
		b.WriteString(a.Name)
		b.WriteString(`="`)
		b.WriteString(escapeAttr(a.Value))
		b.WriteByte('"')
	}
	if xml && len(n.Children) == 0 {
		b.WriteString("/>")
		return
	}
	b.WriteByte('>')
	if !n.SVG && isVoid(n.Tag) {
		return
	}
	for _, c := range n.Children {
		writeHTML(b, c, xml)
	}
	b.WriteString("</")
	b.WriteString(n.Tag)
	b.WriteByte('>')
}

func escapeText(s string) string { return escape(s, false) }
func escapeAttr(s string) string { return escape(s, true) }

// escape replaces &, < and > (and in attributes " and ') with their
// entities, as a strings.Replacer of those bytes would. A Replacer links
// its 20 KB of machinery into main.wasm; nothing in it uses one, which
// saves about 6 KB (brotli).
func escape(s string, attr bool) string {
	var b []byte
	last := 0
	for i := 0; i < len(s); i++ {
		var e string
		switch s[i] {
		case '&':
			e = "&amp;"
		case '<':
			e = "&lt;"
		case '>':
			e = "&gt;"
		case '"':
			if attr {
				e = "&quot;"
			}
		case '\'':
			if attr {
				e = "&#39;"
			}
		}
		if e == "" {
			continue
		}
		b = append(append(b, s[last:i]...), e...)
		last = i + 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}
