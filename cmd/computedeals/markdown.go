package main

// A small, strict Markdown renderer for the site's own documents
// (docs/METHOD.md becomes method.html). It knows only what those documents
// use: ATX headings (with an optional {#id}), paragraphs, flat ordered and
// unordered lists, pipe tables, fenced code, and inline code, **bold**,
// *italics* (or _italics_), links and backslash escapes. Everything else is
// text: every character that is not one of those constructs is
// HTML-escaped, so no raw HTML in the source reaches the page, and a link
// keeps its href only when it is https or relative (no scheme at all);
// otherwise only its text is shown.

import (
	"fmt"
	"html"
	"strings"
)

// renderMarkdown returns the HTML of src, one block per line or more.
func renderMarkdown(src string) string {
	r := mdRenderer{ids: map[string]int{}}
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); {
		i = r.block(lines, i)
	}
	return r.out.String()
}

type mdRenderer struct {
	out strings.Builder
	ids map[string]int
}

// block renders the block that starts at lines[i] and returns the index of
// the line after it.
func (r *mdRenderer) block(lines []string, i int) int {
	line := lines[i]
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		return i + 1
	case strings.HasPrefix(trimmed, "```"):
		return r.fence(lines, i)
	case headingLevel(trimmed) > 0:
		r.heading(trimmed)
		return i + 1
	case isTableStart(lines, i):
		return r.table(lines, i)
	case listMarker(line) != "":
		return r.list(lines, i)
	}
	return r.paragraph(lines, i)
}

// headingLevel is the level of an ATX heading line ("## Title"), or 0.
func headingLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return 0
	}
	return n
}

func (r *mdRenderer) heading(s string) {
	level := headingLevel(s)
	text := strings.TrimSpace(s[level:])
	id := ""
	if j := strings.LastIndex(text, "{#"); j >= 0 && strings.HasSuffix(text, "}") {
		if cand := text[j+2 : len(text)-1]; isSlug(cand) {
			id, text = cand, strings.TrimSpace(text[:j])
		}
	}
	if id == "" {
		id = slugify(text)
	}
	r.ids[id]++
	if n := r.ids[id]; n > 1 {
		id = fmt.Sprintf("%s-%d", id, n)
	}
	fmt.Fprintf(&r.out, "<h%d id=\"%s\">%s</h%d>\n", level, html.EscapeString(id), renderInline(text), level)
}

// isSlug reports whether s is a usable explicit id: a–z, 0–9 and inner '-'.
func isSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// slugify makes an id from a heading's text: lower-case ASCII letters and
// digits, runs of anything else as one '-'.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}

// fence renders a fenced code block; an unclosed fence runs to the end.
func (r *mdRenderer) fence(lines []string, i int) int {
	var body []string
	j := i + 1
	for ; j < len(lines); j++ {
		if strings.HasPrefix(strings.TrimSpace(lines[j]), "```") {
			j++
			break
		}
		body = append(body, lines[j])
	}
	r.out.WriteString("<pre><code>")
	for k, l := range body {
		if k > 0 {
			r.out.WriteByte('\n')
		}
		r.out.WriteString(html.EscapeString(l))
	}
	r.out.WriteString("</code></pre>\n")
	return j
}

// listMarker returns the marker of a list item line ("-", "*" or "12."), or "".
func listMarker(line string) string {
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") {
		return line[:1]
	}
	n := 0
	for n < len(line) && n < 9 && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	if n > 0 && strings.HasPrefix(line[n:], ". ") {
		return line[:n+1]
	}
	return ""
}

// list renders consecutive items of one kind; a line indented by at least
// two spaces continues the item above it.
func (r *mdRenderer) list(lines []string, i int) int {
	first := listMarker(lines[i])
	ordered := first != "-" && first != "*"
	tag, open := "ul", "<ul>"
	if ordered {
		tag, open = "ol", "<ol>"
		if n := strings.TrimLeft(strings.TrimSuffix(first, "."), "0"); n != "1" {
			if n == "" {
				n = "0"
			}
			open = `<ol start="` + n + `">`
		}
	}
	r.out.WriteString(open + "\n")
	for i < len(lines) {
		m := listMarker(lines[i])
		if m == "" || (m == "-" || m == "*") == ordered {
			break
		}
		item := []string{strings.TrimSpace(lines[i][len(m):])}
		i++
		for i < len(lines) && strings.HasPrefix(lines[i], "  ") && strings.TrimSpace(lines[i]) != "" {
			item = append(item, strings.TrimSpace(lines[i]))
			i++
		}
		fmt.Fprintf(&r.out, "<li>%s</li>\n", renderInline(strings.Join(item, " ")))
	}
	fmt.Fprintf(&r.out, "</%s>\n", tag)
	return i
}

// isTableStart reports whether lines[i] is a table's header row: a line
// starting with '|' followed by a delimiter row such as "| --- | --- |".
func isTableStart(lines []string, i int) bool {
	if i+1 >= len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[i]), "|") {
		return false
	}
	cells := splitRow(lines[i+1])
	if len(cells) == 0 {
		return false
	}
	for _, c := range cells {
		c = strings.Trim(strings.TrimSpace(c), ":")
		if len(c) < 1 || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return true
}

// splitRow splits a table row on '|' outside code spans and escapes, and
// drops the empty cells before the leading and after the trailing '|'.
func splitRow(line string) []string {
	s := strings.TrimSpace(line)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	var cells []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '`':
			if end := codeSpanEnd(s, i); end > 0 {
				i = end - 1
			}
		case '|':
			cells = append(cells, s[start:i])
			start = i + 1
		}
	}
	return append(cells, s[start:])
}

func (r *mdRenderer) table(lines []string, i int) int {
	head := splitRow(lines[i])
	r.out.WriteString("<table>\n<thead>\n<tr>")
	for _, c := range head {
		fmt.Fprintf(&r.out, "<th>%s</th>", renderCell(c))
	}
	r.out.WriteString("</tr>\n</thead>\n<tbody>\n")
	i += 2
	for ; i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "|"); i++ {
		cells := splitRow(lines[i])
		r.out.WriteString("<tr>")
		for k := range head {
			c := ""
			if k < len(cells) {
				c = cells[k]
			}
			fmt.Fprintf(&r.out, "<td>%s</td>", renderCell(c))
		}
		r.out.WriteString("</tr>\n")
	}
	r.out.WriteString("</tbody>\n</table>\n")
	return i
}

// renderCell renders a table cell, where "\|" is a '|' even in code.
func renderCell(c string) string {
	return renderInline(strings.ReplaceAll(strings.TrimSpace(c), `\|`, "|"))
}

// paragraph joins lines up to a blank line or the start of another block.
func (r *mdRenderer) paragraph(lines []string, i int) int {
	var text []string
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" || (len(text) > 0 && (strings.HasPrefix(t, "```") || headingLevel(t) > 0 ||
			isTableStart(lines, i) || listMarker(lines[i]) != "")) {
			break
		}
		text = append(text, t)
	}
	fmt.Fprintf(&r.out, "<p>%s</p>\n", renderInline(strings.Join(text, " ")))
	return i
}

// codeSpanEnd returns the index just past the code span that opens at
// s[i] (a run of backticks closed by a run of the same length), or 0.
func codeSpanEnd(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	fence := s[i : i+n]
	for j := i + n; j < len(s); {
		k := strings.Index(s[j:], fence)
		if k < 0 {
			return 0
		}
		k += j
		m := 0
		for k+m < len(s) && s[k+m] == '`' {
			m++
		}
		if m == n {
			return k + n
		}
		j = k + m
	}
	return 0
}

// findClose returns the index of the first delim after from that closes an
// emphasis (not inside a code span, not escaped, not preceded by a space),
// or -1.
func findClose(s string, from int, delim string) int {
	for i := from; i < len(s); i++ {
		switch {
		case s[i] == '\\':
			i++
		case s[i] == '`':
			if end := codeSpanEnd(s, i); end > 0 {
				i = end - 1
			}
		case strings.HasPrefix(s[i:], delim) && i > from && s[i-1] != ' ':
			if delim == "*" && strings.HasPrefix(s[i:], "**") {
				i++ // a bold marker inside italics is not its end
				continue
			}
			if delim == "_" && i+1 < len(s) && isWordByte(s[i+1]) {
				continue
			}
			return i
		}
	}
	return -1
}

// isWordByte reports whether b is an ASCII letter or digit: an '_' between
// two of them is part of a name (power_price), not an emphasis.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// renderInline renders the inline markup of s and escapes everything else.
func renderInline(s string) string {
	var b strings.Builder
	text := 0 // start of the pending plain text
	flush := func(i int) { b.WriteString(html.EscapeString(s[text:i])) }
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_[]()#|!<>{}-.+~", s[i+1]) >= 0:
			flush(i)
			b.WriteString(html.EscapeString(s[i+1 : i+2]))
			i += 2
			text = i
			continue
		case c == '`':
			if end := codeSpanEnd(s, i); end > 0 {
				flush(i)
				n := 0
				for s[i+n] == '`' {
					n++
				}
				b.WriteString("<code>" + html.EscapeString(strings.TrimSpace(s[i+n:end-n])) + "</code>")
				i, text = end, end
				continue
			}
			// An unmatched run of backticks is text, all of it.
			for i < len(s) && s[i] == '`' {
				i++
			}
			continue
		case strings.HasPrefix(s[i:], "**") && i+2 < len(s) && s[i+2] != ' ':
			if end := findClose(s, i+2, "**"); end > 0 {
				flush(i)
				b.WriteString("<strong>" + renderInline(s[i+2:end]) + "</strong>")
				i, text = end+2, end+2
				continue
			}
			i += 2
			continue
		case (c == '*' || c == '_') && i+1 < len(s) && s[i+1] != ' ' && s[i+1] != c &&
			(c == '*' || i == 0 || !isWordByte(s[i-1])):
			if end := findClose(s, i+1, string(c)); end > 0 {
				flush(i)
				b.WriteString("<em>" + renderInline(s[i+1:end]) + "</em>")
				i, text = end+1, end+1
				continue
			}
		case c == '[':
			if label, href, end, ok := parseLink(s, i); ok {
				flush(i)
				if safeHref(href) {
					b.WriteString(`<a href="` + html.EscapeString(href) + `">` + renderInline(label) + "</a>")
				} else {
					b.WriteString(renderInline(label))
				}
				i, text = end, end
				continue
			}
		}
		i++
	}
	flush(len(s))
	return b.String()
}

// parseLink reads "[label](href)" at s[i]; end is the index past ')'.
func parseLink(s string, i int) (label, href string, end int, ok bool) {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '`':
			if e := codeSpanEnd(s, j); e > 0 {
				j = e - 1
			}
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				if j+1 >= len(s) || s[j+1] != '(' {
					return "", "", 0, false
				}
				k := strings.IndexByte(s[j+2:], ')')
				if k < 0 {
					return "", "", 0, false
				}
				return s[i+1 : j], s[j+2 : j+2+k], j + 3 + k, true
			}
		}
	}
	return "", "", 0, false
}

// safeHref allows https URLs and relative references (no scheme, not
// "//host"), without spaces, quotes, angle brackets, backslashes or
// control characters.
func safeHref(h string) bool {
	if h == "" || strings.HasPrefix(h, "//") {
		return false
	}
	for _, c := range h {
		if c <= ' ' || c == 0x7f || strings.ContainsRune("\"'<>\\`", c) {
			return false
		}
	}
	if strings.HasPrefix(h, "https://") {
		return len(h) > len("https://")
	}
	// A relative reference has no ':' before its first '/', '?' or '#'.
	before := h
	if k := strings.IndexAny(h, "/?#"); k >= 0 {
		before = h[:k]
	}
	return !strings.Contains(before, ":")
}
