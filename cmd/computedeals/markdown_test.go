package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMarkdownMethodGolden pins the HTML of docs/METHOD.md; after editing
// the document, rewrite it with go test ./cmd/computedeals -update and
// read the diff.
func TestMarkdownMethodGolden(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "docs", "METHOD.md"))
	require.NoError(t, err)
	got := renderMarkdown(string(src))
	path := filepath.Join("testdata", "method.html.golden")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cmd/computedeals -update to create it")
	assert.Equal(t, string(want), got, "method.html differs from %s; if the change is meant, run with -update and review the diff", path)
}

func TestMarkdownBlocks(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"heading with its own id", "## Link keys {#keys}", `<h2 id="keys">Link keys</h2>` + "\n"},
		{"heading id from its text", "### Writing `values`, twice!", `<h3 id="writing-values-twice">Writing <code>values</code>, twice!</h3>` + "\n"},
		{"a repeated heading gets a new id", "# A\n# A", "<h1 id=\"a\">A</h1>\n<h1 id=\"a-2\">A</h1>\n"},
		{"a bad explicit id is text", "# A {#B C}", `<h1 id="a-b-c">A {#B C}</h1>` + "\n"},
		{"not a heading without a space", "#nope", "<p>#nope</p>\n"},
		{"paragraph joins its lines", "one\ntwo\n\nthree", "<p>one two</p>\n<p>three</p>\n"},
		{"unordered list with a continued item", "- a\n  b\n- c", "<ul>\n<li>a b</li>\n<li>c</li>\n</ul>\n"},
		{"ordered list", "1. a\n2. b", "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n"},
		{"ordered list not from 1", "3. a", "<ol start=\"3\">\n<li>a</li>\n</ol>\n"},
		{"a paragraph ends at a list", "text\n- item", "<p>text</p>\n<ul>\n<li>item</li>\n</ul>\n"},
		{"table", "| k | v |\n| --- | :-: |\n| `a\\|b` | c \\| d |\n| short |",
			"<table>\n<thead>\n<tr><th>k</th><th>v</th></tr>\n</thead>\n<tbody>\n" +
				"<tr><td><code>a|b</code></td><td>c | d</td></tr>\n<tr><td>short</td><td></td></tr>\n</tbody>\n</table>\n"},
		{"a pipe line without a delimiter row is text", "| a | b |", "<p>| a | b |</p>\n"},
		{"fenced code is escaped", "```\n<b>&</b>\n  x\n```", "<pre><code>&lt;b&gt;&amp;&lt;/b&gt;\n  x</code></pre>\n"},
		{"an unclosed fence runs to the end", "```\na", "<pre><code>a</code></pre>\n"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, renderMarkdown(c.src), c.name)
	}
}

func TestMarkdownInline(t *testing.T) {
	cases := []struct{ src, want string }{
		{"**bold** and *it* and _it_", "<strong>bold</strong> and <em>it</em> and <em>it</em>"},
		{"**bold with *it* inside**", "<strong>bold with <em>it</em> inside</strong>"},
		{"power_price and rev_per_gw_trend", "power_price and rev_per_gw_trend"},
		{"2 * 3 * 4", "2 * 3 * 4"},
		{"`a*b*c` and ``x ` y``", "<code>a*b*c</code> and <code>x ` y</code>"},
		{`\*not it\* and \<b\>`, "*not it* and &lt;b&gt;"},
		{"[the keys](#keys)", `<a href="#keys">the keys</a>`},
		{"[back](./)", `<a href="./">back</a>`},
		{"[doc](method.html#keys)", `<a href="method.html#keys">doc</a>`},
		{"[site](https://example.com/a?b=1&c=2)", `<a href="https://example.com/a?b=1&amp;c=2">site</a>`},
		{"[**bold** link](#x)", `<a href="#x"><strong>bold</strong> link</a>`},
		{"[a] (b)", "[a] (b)"},
	}
	for _, c := range cases {
		assert.Equal(t, "<p>"+c.want+"</p>\n", renderMarkdown(c.src), c.src)
	}
}

func TestMarkdownRefusesHostileInput(t *testing.T) {
	cases := []struct{ src, want string }{
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{`<img src=x onerror="alert(1)">`, "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;"},
		{"[x](javascript:alert(1))", "x)"},
		{"[x](JavaScript:alert`1`)", "x"},
		{"[x](data:text/html,<script>alert(1)</script>)", "x&lt;/script&gt;)"},
		{"[x](http://example.com)", "x"},
		{"[x](//evil.example)", "x"},
		{`[x](a"onmouseover="alert(1))`, "x)"},
		{"[x](java\tscript:alert(1))", "x)"},
		{"[<b>](#a)", `<a href="#a">&lt;b&gt;</a>`},
		{"**never closed", "**never closed"},
		{"*never closed", "*never closed"},
		{"`never closed", "`never closed"},
		{"[never closed](#a", "[never closed](#a"},
		{"[[nested](#a)", "[<a href=\"#a\">nested</a>"},
		{"&amp; & \"'", "&amp;amp; &amp; &#34;&#39;"},
	}
	for _, c := range cases {
		assert.Equal(t, "<p>"+c.want+"</p>\n", renderMarkdown(c.src), c.src)
	}

	// Whatever the input, nothing but the renderer's own tags comes out.
	hostile := strings.Join([]string{
		"# <h1 onclick=x>{#ok}", "<div style=\"color:red\">", "| <td> | `</table>` |", "| --- | --- |",
		"- <li>[a](javascript:x)", "```", "</code></pre><script>", "```", "*<em>* **</strong>**",
		"[a](https://x/\"><script>)", "<!-- c -->", "<![CDATA[x]]>",
	}, "\n")
	assertOnlyOwnTags(t, renderMarkdown(hostile))
}

// ownTag matches the tags the renderer writes, with their only attributes.
var ownTag = regexp.MustCompile(`^</?(h[1-6]|p|ul|ol|li|table|thead|tbody|tr|th|td|pre|code|strong|em|a)( (id|start|href)="[^"<>]*")?>$`)

func assertOnlyOwnTags(t *testing.T, out string) {
	t.Helper()
	for _, tag := range regexp.MustCompile(`<[^>]*>?`).FindAllString(out, -1) {
		assert.Regexp(t, ownTag, tag)
	}
	for _, m := range regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(out, -1) {
		assert.True(t, safeHref(html.UnescapeString(m[1])), "href %q", m[1])
	}
}

// FuzzMarkdown: no input makes the renderer write a tag or an href of its
// own choosing (go test ./cmd/computedeals -run '^$' -fuzz '^FuzzMarkdown$').
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{"# a {#b}\n\n- [x](#y) **z**", "| a |\n| - |\n| `<b>` |", "```\n<i>", "[a](javascript:b) <s>", "*_`[]()"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		assertOnlyOwnTags(t, renderMarkdown(src))
	})
}

func TestSafeHref(t *testing.T) {
	for _, h := range []string{"./", "#keys", "method.html", "method.html#keys", "../a/b?c=d", "https://example.com/"} {
		assert.True(t, safeHref(h), h)
	}
	for _, h := range []string{"", "https://", "javascript:x", "JAVASCRIPT:x", "vbscript:x", "data:x", "http://x",
		"mailto:a@b", "//host/x", "a b", "a\"b", "a<b", `a\b`, "\x00x", "file:///etc/passwd"} {
		assert.False(t, safeHref(h), h)
	}
}
