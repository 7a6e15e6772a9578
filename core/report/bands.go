package report

import (
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// BandSet gives the band of an output by its path. core/uncertainty's
// Bands is one.
type BandSet interface {
	Band(path string) (outputs.Band, bool)
}

// Sampling says where a BandSet comes from, for the reader.
type Sampling struct {
	Samples   int // accepted by the model
	Rejected  int // refused by the model: an input out of its domain
	Rejection string
	Seed      uint64
	Inputs    []string // the ranged input keys, in draw order
}

// DocWithBands is Doc with Monte Carlo bands: a "sampling" member says how
// they were made, and the portfolio, each deal and each year gain a
// "bands" object beside their numbers, one {"p5", "p50", "p95"} per
// numeric field, under the field's own name:
//
//	"portfolio": {"value_usd": 1.55e12, …, "bands": {"value_usd": {"p5": …, "p50": …, "p95": …}, …}}
//
// The numbers themselves stay those of the scenario as given.
func DocWithBands(s *scenario.Scenario, r *model.Result, problems []*scenario.Problem, b BandSet, info Sampling) jsondoc.Obj {
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

func bandsObj[T any](b BandSet, prefix string, outs []T, output func(*T) outputs.Output) jsondoc.Obj {
	o := make(jsondoc.Obj, 0, len(outs))
	for i := range outs {
		name := output(&outs[i]).Name
		if band, ok := b.Band(prefix + name); ok {
			o = append(o, jsondoc.KV{K: name, V: jsondoc.Obj{{K: "p5", V: band.P5}, {K: "p50", V: band.P50}, {K: "p95", V: band.P95}}})
		}
	}
	return o
}

// textBandRows are the portfolio lines of Text that gain a 5–95 % range,
// by their label.
var textBandRows = []struct{ label, path string }{
	{"Value", "portfolio.value_usd"},
	{"Present value", "portfolio.pv_usd"},
	{"Peak facility power", "portfolio.peak_facility_gw"},
	{"Peak build rate", "portfolio.peak_gw_per_week"},
	{"Peak cumulative gap", "portfolio.peak_cumulative_gap_usd"},
	{"Accelerators", "portfolio.accelerators"},
	{"Energy", "portfolio.energy_twh"},
	{"Useful compute", "portfolio.useful_flop"},
}

// TextWithBands is Text with Monte Carlo bands: a line on the sampling
// under the portfolio heading, "5–95 %: a – b" at the end of each
// portfolio line that has a band, and a table of the yearly 5–95 %
// ranges of spend, cumulative gap and facility power after the years.
func TextWithBands(s *scenario.Scenario, r *model.Result, problems []*scenario.Problem, b BandSet, info Sampling) string {
	lines := strings.Split(Text(s, r, problems), "\n")
	var out []string
	section := ""
	for _, ln := range lines {
		switch {
		case strings.HasPrefix(ln, "Portfolio: "):
			section = "portfolio"
			out = append(out, ln, "  "+pad("Monte Carlo", 22)+samplingText(info))
			continue
		case strings.HasPrefix(ln, "Years "):
			section = "years"
		case ln == "":
			if section == "years" {
				out = append(out, "")
				out = append(out, yearBandsText(r, b, info)...)
			}
			section = ""
		}
		if section == "portfolio" {
			for _, row := range textBandRows {
				if strings.HasPrefix(ln, "  "+pad(row.label, 22)) {
					ln += bandText(b, row.path)
				}
			}
		}
		out = append(out, ln)
	}
	return strings.Join(out, "\n")
}

func samplingText(info Sampling) string {
	t := units.Grouped(float64(info.Samples), 0) + " samples of " + strconv.Itoa(len(info.Inputs)) +
		" ranged inputs, seed " + strconv.FormatUint(info.Seed, 10)
	if info.Rejected > 0 {
		t += "; " + units.Grouped(float64(info.Rejected), 0) + " refused by the model (" + info.Rejection + ")"
	}
	return t
}

func bandText(b BandSet, path string) string {
	band, ok := b.Band(path)
	if !ok {
		return ""
	}
	u := outputs.UnitOf(path)
	return "  5–95 %: " + units.Format(band.P5, u) + " – " + units.Format(band.P95, u)
}

func yearBandsText(r *model.Result, b BandSet, info Sampling) []string {
	rows := [][]string{{"year", "spend 5%", "95%", "cum. gap 5%", "95%", "GW 5%", "95%"}}
	for _, y := range r.Years {
		ys := "years." + strconv.Itoa(y.Year) + "."
		row := []string{strconv.Itoa(y.Year)}
		for _, f := range [...]struct {
			name string
			u    units.Unit
		}{{"spend_usd", units.USD}, {"cumulative_gap_usd", units.USD}, {"facility_gw", units.GW}} {
			band, ok := b.Band(ys + f.name)
			if !ok {
				row = append(row, "–", "–")
				continue
			}
			row = append(row, units.Format(band.P5, f.u), units.Format(band.P95, f.u))
		}
		rows = append(rows, row)
	}
	var sb strings.Builder
	Table(&sb, "l", rows)
	out := []string{"Years, 5–95 % over " + units.Grouped(float64(info.Samples), 0) + " samples"}
	return append(out, strings.Split(strings.TrimSuffix(sb.String(), "\n"), "\n")...)
}
