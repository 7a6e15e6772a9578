package main

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestVisibleEscapesWhatATerminalWouldObey(t *testing.T) {
	for in, want := range map[string]string{
		"pue=1.3":                 "pue=1.3",
		"Crusoe Energy — 2,5 € ü": "Crusoe Energy — 2,5 € ü",
		"\x1b[2J\x1b[H":           `\x1b[2J\x1b[H`,
		"\x1b]0;pwned\x07":        `\x1b]0;pwned\x07`,
		"a\x00b":                  `a\x00b`,
		"1\n2\r3\t4":              `1\x0a2\x0d3\x094`,
		"\x7f":                    `\x7f`,
		"\u0085\u009b2J":          `\u0085\u009b2J`,
		"\u202eevil":              `\u202eevil`,
		"\U000e0041":              `\U000e0041`,
		"\xff\xfe ok":             `\xff\xfe ok`,
		"\xc2":                    `\xc2`,
		"�":                       "�",
	} {
		got := visible(in)
		assert.Equal(t, want, got, "%q", in)
		assert.True(t, utf8.ValidString(got), "%q", in)
		for _, r := range got {
			assert.False(t, unicode.IsControl(r), "%q gives a control character", in)
		}
	}
}

// TestLinkProblemsShowControlCharactersVisibly sends a link that would
// set the window title, clear the screen, ring the bell and forge a line
// of output, and checks that stderr, the text and the JSON hold none of
// those characters, only their escapes.
func TestLinkProblemsShowControlCharactersVisibly(t *testing.T) {
	link := "#v=1&pue=\x1b]0;pwned\x07&lo%1bad=%1b[2J&d.aws.n=1%0Aproblem:%20none&load=%C2%85%7F&x=\x00"
	clean := func(what, text string) {
		t.Helper()
		for _, r := range text {
			if r != '\n' {
				assert.False(t, unicode.IsControl(r), "%s holds %U: %q", what, r, text)
			}
		}
	}
	_, stderr, status := runMain(t, "eval", link)
	assert.Equal(t, 2, status)
	clean("stderr", stderr)
	for _, want := range []string{
		`problem: pue=\x1b]0;pwned\x07: not a number`,
		`problem: lo\x1bad=\x1b[2J: unknown key`,
		`problem: d.aws.n=1\x0aproblem: none: not a number`,
		`problem: load=\u0085\x7f: not a number`,
		`problem: x=\x00: unknown key`,
	} {
		assert.Contains(t, stderr, want)
	}
	assert.Equal(t, 6, strings.Count(stderr, "\n"), "one line per problem and the summary:\n%s", stderr)

	stdout, _, status := runMain(t, "eval", "--lenient", link)
	assert.Equal(t, 0, status)
	clean("the text", stdout)
	assert.Contains(t, stdout, `pue=\x1b]0;pwned\x07`)
	stdout, _, _ = runMain(t, "eval", "--lenient", "--json", link)
	clean("the JSON", stdout)
	assert.NotContains(t, stdout, `\u001b`)
	_, stderr, _ = runMain(t, "diff", link, "#v=1&pue=\x1b[2J")
	clean("diff's stderr", stderr)
	assert.Contains(t, stderr, `problem in B: pue=\x1b[2J: not a number`)
	stdout, _, _ = runMain(t, "diff", "--lenient", link, "#v=1")
	clean("diff's text", stdout)
}

func TestErrorMessagesShowControlCharactersVisibly(t *testing.T) {
	_, stderr, status := runMain(t, "seek", "--input", "d.\x1b[2J.n", "--output", "portfolio.value_usd", "--target", "1")
	assert.Equal(t, 2, status)
	assert.NotContains(t, stderr, "\x1b")
	assert.Contains(t, stderr, `\x1b[2J`)
}
