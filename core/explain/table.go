package explain

import (
	"strings"
	"unicode/utf8"
)

// table writes rows as aligned columns, each indented by two spaces, with
// no trailing spaces. align has a letter per column, 'l' for left-aligned
// or 'r' for right-aligned; columns past its end are right-aligned. Every
// text table is written here: eval's, tornado's and diff's.
func table(b *strings.Builder, align string, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, r := range rows {
		var l strings.Builder
		for i, c := range r {
			gap := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			l.WriteString("  ")
			if i < len(align) && align[i] == 'l' {
				l.WriteString(c + gap)
			} else {
				l.WriteString(gap + c)
			}
		}
		b.WriteString(strings.TrimRight(l.String(), " "))
		b.WriteByte('\n')
	}
}
