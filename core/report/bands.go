package report

import (
	"strconv"

	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
)

// DocWithBands is Doc with Monte Carlo bands: a "sampling" member says how
// they were made, and the portfolio, each deal and each year gain a
// "bands" object beside their numbers, one {"p5", "p50", "p95"} per
// numeric field, under the field's own name:
//
//	"portfolio": {"value_usd": 1.55e12, …, "bands": {"value_usd": {"p5": …, "p50": …, "p95": …}, …}}
//
// The numbers themselves stay those of the scenario as given.
func DocWithBands(s *scenario.Scenario, r *model.Result, problems []*scenario.Problem, b outputs.BandSet, info outputs.Sampling) jsondoc.Obj {
	doc := Doc(s, r, problems)
	inputs := make([]any, len(info.Inputs))
	for i, k := range info.Inputs {
		inputs[i] = k
	}
	smp := jsondoc.Obj{
		{K: "samples", V: info.Samples},
		{K: "rejected", V: info.Rejected},
		{K: "seed", V: seedJSON(info.Seed)},
		{K: "percentiles", V: []any{5, 50, 95}},
		{K: "inputs", V: inputs},
	}
	if info.Rejection != "" {
		smp = append(smp, jsondoc.KV{K: "rejection", V: info.Rejection})
	}
	out := make(jsondoc.Obj, 0, len(doc)+1)
	for _, kv := range doc {
		switch kv.K {
		case "portfolio":
			o := kv.V.(jsondoc.Obj)
			kv.V = append(o[:len(o):len(o)], jsondoc.KV{K: "bands", V: bandsObj(b, "portfolio.", outputs.Portfolio, func(o *outputs.PortfolioOutput) outputs.Output { return o.Output })})
		case "deals":
			kv.V = withBands(kv.V.([]any), func(o jsondoc.Obj) jsondoc.Obj {
				id, _ := o.Get("id")
				return bandsObj(b, "deals."+id.(string)+".", outputs.Deal, func(o *outputs.DealOutput) outputs.Output { return o.Output })
			})
		case "years":
			kv.V = withBands(kv.V.([]any), func(o jsondoc.Obj) jsondoc.Obj {
				y, _ := o.Get("year")
				return bandsObj(b, "years."+strconv.Itoa(y.(int))+".", outputs.Year, func(o *outputs.YearOutput) outputs.Output { return o.Output })
			})
		}
		out = append(out, kv)
		if kv.K == "problems" {
			out = append(out, jsondoc.KV{K: "sampling", V: smp})
		}
	}
	return out
}

// seedJSON writes a seed as a number where JSON readers keep it exact
// (scenario seeds are at most 2⁵³ − 1), and as a string beyond.
func seedJSON(seed uint64) any {
	if seed < 1<<53 {
		return int(seed)
	}
	return strconv.FormatUint(seed, 10)
}

func withBands(items []any, bands func(jsondoc.Obj) jsondoc.Obj) []any {
	out := make([]any, len(items))
	for i, it := range items {
		o := it.(jsondoc.Obj)
		out[i] = append(o[:len(o):len(o)], jsondoc.KV{K: "bands", V: bands(o)})
	}
	return out
}

func bandsObj[T any](b outputs.BandSet, prefix string, outs []T, output func(*T) outputs.Output) jsondoc.Obj {
	o := make(jsondoc.Obj, 0, len(outs))
	for i := range outs {
		name := output(&outs[i]).Name
		if band, ok := b.Band(prefix + name); ok {
			o = append(o, jsondoc.KV{K: name, V: jsondoc.Obj{{K: "p5", V: band.P5}, {K: "p50", V: band.P50}, {K: "p95", V: band.P95}}})
		}
	}
	return o
}
