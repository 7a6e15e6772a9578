package report

import (
	"github.com/computedeals/explorer/core/compare"
	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/scenario"
)

// Diff is the document of `computedeals diff --json`: both links, the
// inputs that differ, and each headline total in A and B with the share
// of its difference each changed assumption accounts for.
func Diff(c *compare.Comparison) jsondoc.Obj {
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
		{K: "method_text", V: explain.Method(at.Method, len(at.Assumptions))},
		{K: "evaluations", V: at.Evaluations},
		{K: "assumptions", V: assumptions},
		{K: "totals", V: totals},
	}
}
