package view

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// apply does what www/app.js does with a list of operations, on a copy of
// root, so that the diff is tested natively against the page's contract.
func apply(t *testing.T, root *Node, opsJSON string) *Node {
	t.Helper()
	var ops [][]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(opsJSON), &ops), opsJSON)
	root = clone(root)
	at := func(path string) (parent *Node, index int, n *Node) {
		n = root
		index = -1
		if path == "" {
			return nil, -1, root
		}
		for _, p := range strings.Split(path, ".") {
			i, err := strconv.Atoi(p)
			require.NoError(t, err)
			require.Less(t, i, len(n.Children), "path %s", path)
			parent, index, n = n, i, n.Children[i]
		}
		return parent, index, n
	}
	str := func(m json.RawMessage) string {
		var s string
		require.NoError(t, json.Unmarshal(m, &s))
		return s
	}
	for _, op := range ops {
		kind, path := str(op[0]), str(op[1])
		parent, i, n := at(path)
		switch kind {
		case "t":
			n.Text = str(op[2])
		case "a":
			Attr{str(op[2]), str(op[3])}.addTo(n)
		case "r":
			name := str(op[2])
			for k, a := range n.Attrs {
				if a.Name == name {
					n.Attrs = append(n.Attrs[:k:k], n.Attrs[k+1:]...)
					break
				}
			}
		case "n":
			built := build(t, op[2])
			if parent == nil {
				root = built
			} else {
				parent.Children[i] = built
			}
		case "+":
			n.Children = append(n.Children, build(t, op[2]))
		case "-":
			parent.Children = append(parent.Children[:i:i], parent.Children[i+1:]...)
		default:
			t.Fatalf("unknown operation %q", kind)
		}
	}
	return root
}

func build(t *testing.T, m json.RawMessage) *Node {
	var s string
	if json.Unmarshal(m, &s) == nil {
		return &Node{Text: s}
	}
	var spec []json.RawMessage
	require.NoError(t, json.Unmarshal(m, &spec))
	var tag string
	var svg int
	var attrs []string
	require.NoError(t, json.Unmarshal(spec[0], &tag))
	require.NoError(t, json.Unmarshal(spec[1], &svg))
	require.NoError(t, json.Unmarshal(spec[2], &attrs))
	n := &Node{Tag: tag, SVG: svg == 1}
	for i := 0; i+1 < len(attrs); i += 2 {
		n.Attrs = append(n.Attrs, Attr{attrs[i], attrs[i+1]})
	}
	for _, c := range spec[3:] {
		n.Children = append(n.Children, build(t, c))
	}
	return n
}

// canon writes a tree with sorted attributes: the DOM does not order
// them, so neither does the comparison.
func canon(n *Node) string {
	c := clone(n)
	var sortAll func(*Node)
	sortAll = func(x *Node) {
		slices.SortFunc(x.Attrs, func(a, b Attr) int { return strings.Compare(a.Name, b.Name) })
		for _, ch := range x.Children {
			sortAll(ch)
		}
	}
	sortAll(c)
	return HTML(c)
}

func clone(n *Node) *Node {
	c := &Node{Tag: n.Tag, SVG: n.SVG, Text: n.Text, Attrs: append([]Attr(nil), n.Attrs...)}
	for _, ch := range n.Children {
		c.Children = append(c.Children, clone(ch))
	}
	return c
}

// randomTree makes small trees from a few tags, attributes and texts, so
// that two of them share structure often enough to exercise every
// operation.
func randomTree(r *rand.Rand, depth int) *Node {
	tags := []string{"div", "p", "span", "svg"}
	n := &Node{Tag: tags[r.IntN(len(tags))]}
	n.SVG = n.Tag == "svg"
	for _, name := range []string{"class", "id", "data-x"} {
		if r.IntN(2) == 0 {
			n.Attrs = append(n.Attrs, Attr{name, strconv.Itoa(r.IntN(3))})
		}
	}
	if depth == 0 {
		return n
	}
	kids := r.IntN(4)
	for i := 0; i < kids; i++ {
		if r.IntN(3) == 0 {
			addText(n, []string{"a", "b", `"<&>"`, "ü"}[r.IntN(4)])
		} else {
			n.Children = append(n.Children, randomTree(r, depth-1))
		}
	}
	return n
}

func TestDiffTurnsEveryTreeIntoEveryOther(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		a, b := randomTree(r, 3), randomTree(r, 3)
		var ops Ops
		ops.Diff("", a, b)
		got := apply(t, a, ops.JSON())
		require.Equal(t, canon(b), canon(got), "case %d: %s", i, ops.JSON())
	}
}

func TestDiffOfSharedSubtreesIsEmpty(t *testing.T) {
	shared := E("p", T("same"))
	a := E("div", shared, E("span", T("x")))
	b := E("div", shared, E("span", T("y")))
	var ops Ops
	ops.Diff("", a, b)
	assert.Equal(t, `[["t","1.0","y"]]`, ops.JSON())
	ops.Reset()
	ops.Diff("", a, a)
	assert.Equal(t, 0, ops.Len())
	assert.Equal(t, "[]", ops.JSON())
}

func TestBuildersMergeTextAndDropEmptyText(t *testing.T) {
	n := E("p", T("a"), T(""), T("b"), E("b", T("c")), T("d"), nil, If(false, T("e")))
	require.Len(t, n.Children, 3)
	assert.Equal(t, "ab", n.Children[0].Text)
	assert.Equal(t, "abcd", n.TextContent())
	assert.Equal(t, `<p>ab<b>c</b>d</p>`, HTML(n))
}

func TestHTMLEscapesTextAndAttributes(t *testing.T) {
	n := E("div", A("title", `a"b'c<d>&`), T(`<img src=x onerror=alert(1)> & "q"`), E("input", A("value", "v")))
	assert.Equal(t, `<div title="a&quot;b&#39;c&lt;d&gt;&amp;">&lt;img src=x onerror=alert(1)&gt; &amp; "q"<input value="v"></div>`, HTML(n))
	svg := S("svg", A("viewBox", "0 0 1 1"), S("g"))
	assert.Equal(t, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><g/></svg>`, XML(svg))
}

func TestOpsAreValidJSONForAnyText(t *testing.T) {
	for _, s := range []string{"\x00\x01\u2028", "\xff\xfe", `"\`, "</script>"} {
		var ops Ops
		ops.Diff("", E("p", T("x")), E("p", T(s)))
		var v any
		require.NoError(t, json.Unmarshal([]byte(ops.JSON()), &v), "%q", s)
	}
}

func TestLaterAttributeOfOneNameWins(t *testing.T) {
	n := E("a", A("href", "1"), Class("x"), A("href", "2"))
	v, ok := n.Attr("href")
	assert.True(t, ok)
	assert.Equal(t, "2", v)
	assert.Len(t, n.Attrs, 2)
}

func BenchmarkDiffOfAWideTree(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	a, c := randomTree(r, 6), randomTree(r, 6)
	b.ReportAllocs()
	for b.Loop() {
		var ops Ops
		ops.Diff("", a, c)
	}
}

// escape stands in for strings.Replacers of the entities; it must write
// what they write.
func TestEscapeIsTheReplacers(t *testing.T) {
	text := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	attr := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
	cases := []string{"", "plain", "&", "<>", `a "b" & 'c' <d>`, "&amp;", "\xff<\xfe", "é & ü", `''""`, "<<<&&&>>>"}
	const alphabet = "a&<>\"' \xc3\xa9\xff"
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		assert.Equal(t, text.Replace(s), escapeText(s), "%q", s)
		assert.Equal(t, attr.Replace(s), escapeAttr(s), "%q", s)
	}
}

func TestSetAttrReplacesInPlaceOrAppends(t *testing.T) {
	n := S("svg", A("viewBox", ""), Class("chart"))
	n.SetAttr("viewBox", "0 0 10 20")
	n.SetAttr("width", "10")
	assert.Equal(t, []Attr{{"viewBox", "0 0 10 20"}, {"class", "chart"}, {"width", "10"}}, n.Attrs)
}
