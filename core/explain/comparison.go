package explain

import (
	"strings"
	"unicode/utf8"

	"github.com/computedeals/explorer/core/compare"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// Comparison writes a comparison for `computedeals diff`: both links,
// the inputs that differ, the totals side by side and how much of each
// difference each changed assumption accounts for.
func Comparison(c *compare.Comparison) string {
	var b strings.Builder
	line := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
		b.WriteByte('\n')
	}
	for _, side := range [...]struct {
		name  string
		s     *scenario.Scenario
		probs []*scenario.Problem
	}{{"A", c.A, c.ProblemsA}, {"B", c.B, c.ProblemsB}} {
		line(side.name, ": ", side.s.Preset.Title, " (data ", side.s.Vintage.ID, ")")
		line("   #", side.s.Link())
		for _, p := range side.probs {
			line("   problem: ", p.Error())
		}
	}
	d := c.Diff
	if d.BaseDiffers {
		line("B starts from ", d.PresetB, " (data ", d.VintageB, "), A from ", d.PresetA,
			" (data ", d.VintageA, "): every input is compared, not only the edits.")
	}
	line()

	if len(d.Changes) == 0 {
		line("No input differs.")
	} else {
		line("Inputs that differ: ", itoa(len(d.Changes)))
		rows := [][]string{{"key", "input", "A", "B"}}
		other := false
		for _, ch := range d.Changes {
			k := ch.Key
			if !ch.Model {
				k += " *"
				other = true
			}
			rows = append(rows, []string{k, ch.Label, ch.ShowA(), ch.ShowB()})
		}
		table(&b, "llll", rows)
		if other {
			line("  * changes no total here: read only by sampling, or a name")
		}
	}
	line()

	at := c.Attribution
	rows := [][]string{{"total", "A", "B", "B − A"}}
	for _, t := range at.Totals {
		rows = append(rows, []string{t.Label, units.Format(t.A, t.Unit), units.Format(t.B, t.Unit), units.Signed(t.Denoise(t.Diff()), t.Unit)})
	}
	line("Totals")
	table(&b, "lrrr", rows)
	if len(at.Assumptions) == 0 {
		return b.String()
	}
	line()
	line("Attribution of each difference: ", Method(at.Method, len(at.Assumptions)), ".")
	for i, as := range at.Assumptions {
		line("  [", itoa(i+1), "] ", as.Label)
		if as.Note != "" {
			line("      (", strings.Join(as.Keys, ", "), ": ", as.Note, ")")
		}
	}
	for _, t := range at.Totals {
		line()
		if t.Undefined {
			line(t.Label, ": cannot be split, as some mixes of A and B leave it without a value")
			continue
		}
		rows := [][]string{}
		zero := 0
		for i, p := range t.Parts {
			if t.Denoise(p) == 0 {
				zero++
				continue
			}
			rows = append(rows, []string{"[" + itoa(i+1) + "]", units.Signed(p, t.Unit), short(at.Assumptions[i].Label, 60)})
		}
		if len(rows) == 0 {
			line(t.Label, ": no change")
			continue
		}
		line(t.Label, ": ", units.Signed(t.Diff(), t.Unit))
		table(&b, "lrl", rows)
		if zero == 1 {
			line("  the other assumption: 0")
		} else if zero > 1 {
			line("  the other ", itoa(zero), " assumptions: 0")
		}
	}
	return b.String()
}

// Method says in words how an attribution of k assumptions found its
// parts.
func Method(m compare.Method, k int) string {
	n := itoa(k) + " assumptions"
	if k == 1 {
		n = "1 assumption"
	}
	if m == compare.Sequential {
		return "sequential, in link order (" + n + ", more than " + itoa(compare.MaxShapley) +
			" for exact Shapley values): each part is what its assumption changes when applied to A after every one listed above it"
	}
	return "exact Shapley values (" + n + "): each part is its assumption's effect averaged over every order of applying the assumptions to A"
}

func short(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
