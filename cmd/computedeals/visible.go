package main

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
)

// visible makes text from a link, or from any argument, safe to print on
// a terminal: every character that strconv.IsPrint refuses (C0 controls
// such as NUL, newline and ESC, DEL, the C1 controls, invisible format
// characters) and every byte that is not UTF-8 is written as an escape
// that shows it, \x1b, \x7f, \u0085, \u202e or \xff, so that a link can
// neither clear the screen, set the window title nor forge a line of
// output. It is the one place the command line cleans such text; the
// names a link gives its deals are already refused unless printable.
func visible(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || !strconv.IsPrint(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	const hex = "0123456789abcdef"
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1, r < 0x80 && !strconv.IsPrint(r):
			c := s[i]
			b.WriteString(`\x`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		case !strconv.IsPrint(r) && r <= 0xffff:
			b.WriteString(`\u`)
			for sh := 12; sh >= 0; sh -= 4 {
				b.WriteByte(hex[r>>sh&15])
			}
		case !strconv.IsPrint(r):
			b.WriteString(`\U`)
			for sh := 28; sh >= 0; sh -= 4 {
				b.WriteByte(hex[r>>sh&15])
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// readLink reads a link as every command does, with its problems made
// visible: a problem quotes the key and value it is about, and those come
// from the link.
func readLink(link string) (*scenario.Scenario, []*scenario.Problem) {
	s, problems := scenario.Decode(library.Default(), link)
	for i, p := range problems {
		q := *p
		q.Key, q.Value, q.Msg = visible(p.Key), visible(p.Value), visible(p.Msg)
		problems[i] = &q
	}
	return s, problems
}
