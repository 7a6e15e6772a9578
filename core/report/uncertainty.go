package report

import (
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
)

// Tornado is the document of `computedeals tornado --json`: the link,
// the output with its label, unit and base value, and a bar per ranged
// input (its low and high, the output at each, the swing, and the
// problem that left a bar without a value).
func Tornado(s *scenario.Scenario, t *uncertainty.Tornado) jsondoc.Obj {
	bars := make([]any, len(t.Bars))
	for i, b := range t.Bars {
		o := jsondoc.Obj{
			{K: "key", V: b.Key}, {K: "low", V: b.Low}, {K: "high", V: b.High},
			{K: "at_low", V: b.AtLow}, {K: "at_high", V: b.AtHigh}, {K: "swing", V: b.Swing},
		}
		if b.Problem != "" {
			o = append(o, jsondoc.KV{K: "problem", V: b.Problem})
		}
		bars[i] = o
	}
	return jsondoc.Obj{
		{K: "link", V: s.Link()}, {K: "output", V: t.Path}, {K: "label", V: t.Label},
		{K: "unit", V: t.Unit.Name()}, {K: "base", V: t.Base}, {K: "bars", V: bars},
	}
}

// Seek is the document of `computedeals seek --json`: the link, the
// request, the value found and the output there (or, when none is, the
// closest end and the nearest value scanned), and the search.
func Seek(s *scenario.Scenario, sol *uncertainty.Solution) jsondoc.Obj {
	o := jsondoc.Obj{
		{K: "link", V: s.Link()}, {K: "input", V: sol.Key}, {K: "output", V: sol.Path},
		{K: "target", V: sol.Target}, {K: "found", V: sol.Found},
	}
	if sol.Found {
		o = append(o, jsondoc.KV{K: "value", V: sol.Value}, jsondoc.KV{K: "output_value", V: sol.Output})
	} else {
		o = append(o, jsondoc.KV{K: "closest", V: sol.Closest}, jsondoc.KV{K: "closest_output", V: sol.ClosestOutput},
			jsondoc.KV{K: "nearest", V: sol.Nearest}, jsondoc.KV{K: "nearest_output", V: sol.NearestOutput})
	}
	return append(o,
		jsondoc.KV{K: "search", V: []any{sol.Low, sol.High}}, jsondoc.KV{K: "in_range", V: sol.InRange},
		jsondoc.KV{K: "at_low", V: sol.AtLow}, jsondoc.KV{K: "at_high", V: sol.AtHigh},
		jsondoc.KV{K: "base", V: sol.Base}, jsondoc.KV{K: "base_output", V: sol.BaseOutput},
		jsondoc.KV{K: "whole_numbers", V: sol.Whole}, jsondoc.KV{K: "evaluations", V: sol.Evaluations},
	)
}
