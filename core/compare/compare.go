package compare

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/report"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// Comparison is two scenarios, the keys in which they differ and the
// attribution of their headline totals.
type Comparison struct {
	A, B                 *scenario.Scenario
	ProblemsA, ProblemsB []*scenario.Problem
	Diff                 *Diff
	Attribution          *Attribution
}

// Between compares two scenarios on their HeadlinePaths.
func Between(a, b *scenario.Scenario) (*Comparison, error) {
	at, err := Attribute(a, b, HeadlinePaths(a, b))
	if err != nil {
		return nil, err
	}
	return &Comparison{A: a, B: b, Diff: Inputs(a, b), Attribution: at}, nil
}

// Links decodes two links (see scenario.Decode: their problems are kept,
// not fatal) and compares what they hold.
func Links(cat *library.Catalog, linkA, linkB string) (*Comparison, error) {
	a, pa := scenario.Decode(cat, linkA)
	b, pb := scenario.Decode(cat, linkB)
	c, err := Between(a, b)
	if err != nil {
		return nil, err
	}
	c.ProblemsA, c.ProblemsB = pa, pb
	return c, nil
}

// Text writes the comparison for the command line.
func (c *Comparison) Text() string {
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
		line("Inputs that differ: ", strconv.Itoa(len(d.Changes)))
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
		report.Table(&b, "llll", rows)
		if other {
			line("  * changes no total here: read only by sampling, or a name")
		}
	}
	line()

	at := c.Attribution
	rows := [][]string{{"total", "A", "B", "B − A"}}
	for _, t := range at.Totals {
		rows = append(rows, []string{t.Label, units.Format(t.A, t.Unit), units.Format(t.B, t.Unit), units.Signed(denoise(&t, t.Diff()), t.Unit)})
	}
	line("Totals")
	report.Table(&b, "lrrr", rows)
	if len(at.Assumptions) == 0 {
		return b.String()
	}
	line()
	line("Attribution of each difference: ", at.Method.Describe(len(at.Assumptions)), ".")
	for i, as := range at.Assumptions {
		line("  [", strconv.Itoa(i+1), "] ", as.Label)
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
			if denoise(&t, p) == 0 {
				zero++
				continue
			}
			rows = append(rows, []string{"[" + strconv.Itoa(i+1) + "]", units.Signed(p, t.Unit), short(at.Assumptions[i].Label, 60)})
		}
		if len(rows) == 0 {
			line(t.Label, ": no change")
			continue
		}
		line(t.Label, ": ", units.Signed(t.Diff(), t.Unit))
		report.Table(&b, "lrl", rows)
		if zero == 1 {
			line("  the other assumption: 0")
		} else if zero > 1 {
			line("  the other ", strconv.Itoa(zero), " assumptions: 0")
		}
	}
	return b.String()
}

// denoise returns 0 for a difference within float rounding of the
// totals it is the difference of, so that text shows no change there.
func denoise(t *Total, v float64) float64 {
	if math.Abs(v) <= 1e-12*math.Max(math.Abs(t.A), math.Abs(t.B)) {
		return 0
	}
	return v
}

func short(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// Doc is the comparison as an ordered JSON document ([jsondoc.Encode] writes it).
func (c *Comparison) Doc() jsondoc.Obj {
	side := func(s *scenario.Scenario, probs []*scenario.Problem) jsondoc.Obj {
		ps := []any{}
		for _, p := range probs {
			ps = append(ps, jsondoc.Obj{{K: "key", V: p.Key}, {K: "value", V: p.Value}, {K: "message", V: p.Msg}, {K: "text", V: p.Error()}})
		}
		return jsondoc.Obj{{K: "link", V: s.Link()}, {K: "title", V: s.Preset.Title}, {K: "data", V: s.Vintage.ID},
			{K: "preset", V: s.Preset.ID}, {K: "problems", V: ps}}
	}
	orNull := func(in, derived bool, v string) any {
		if !in || derived {
			return nil
		}
		return v
	}
	changes := []any{}
	for _, ch := range c.Diff.Changes {
		changes = append(changes, jsondoc.Obj{
			{K: "key", V: ch.Key}, {K: "label", V: ch.Label},
			{K: "a", V: orNull(ch.InA, ch.DerivedA, ch.A)}, {K: "b", V: orNull(ch.InB, ch.DerivedB, ch.B)},
			{K: "a_text", V: ch.ShowA()}, {K: "b_text", V: ch.ShowB()},
			{K: "model", V: ch.Model},
		})
	}
	at := c.Attribution
	assumptions := []any{}
	for _, as := range at.Assumptions {
		assumptions = append(assumptions, jsondoc.Obj{{K: "keys", V: as.Keys}, {K: "label", V: as.Label}, {K: "note", V: as.Note}})
	}
	totals := []any{}
	for _, t := range at.Totals {
		parts := make([]any, len(t.Parts))
		for i, p := range t.Parts {
			parts[i] = p
		}
		totals = append(totals, jsondoc.Obj{{K: "path", V: t.Path}, {K: "label", V: t.Label}, {K: "unit", V: t.Unit.Name()},
			{K: "a", V: t.A}, {K: "b", V: t.B}, {K: "diff", V: t.Diff()}, {K: "undefined", V: t.Undefined}, {K: "parts", V: parts}})
	}
	return jsondoc.Obj{
		{K: "a", V: side(c.A, c.ProblemsA)},
		{K: "b", V: side(c.B, c.ProblemsB)},
		{K: "base_differs", V: c.Diff.BaseDiffers},
		{K: "changes", V: changes},
		{K: "method", V: at.Method.String()},
		{K: "method_text", V: at.Method.Describe(len(at.Assumptions))},
		{K: "evaluations", V: at.Evaluations},
		{K: "assumptions", V: assumptions},
		{K: "totals", V: totals},
	}
}
