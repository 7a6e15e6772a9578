package report

import (
	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
)

// Eval is the document of `computedeals eval --json`: [Doc], with
// bands (not nil) [DocWithBands] and with thresholds (not nil) a
// "thresholds" member, each threshold with its numbers and its sentence
// (explain.Threshold).
func Eval(s *scenario.Scenario, r *model.Result, problems []*scenario.Problem, bands *uncertainty.Bands, thresholds []uncertainty.Threshold) jsondoc.Obj {
	doc := Doc(s, r, problems)
	if bands != nil {
		doc = DocWithBands(s, r, problems, bands, bands.Sampling())
	}
	if thresholds != nil {
		doc = append(doc, jsondoc.KV{K: "thresholds", V: thresholdsDoc(thresholds)})
	}
	return doc
}

func thresholdsDoc(ths []uncertainty.Threshold) []any {
	out := make([]any, len(ths))
	for i := range ths {
		t := &ths[i]
		o := jsondoc.Obj{
			{K: "kind", V: t.Kind.String()},
			{K: "deal", V: nullIfEmpty(t.Deal)},
			{K: "on", V: t.On},
			{K: "key", V: t.Key},
			{K: "current", V: t.Current},
			{K: "value", V: t.Value},
			{K: "found", V: t.Found},
			{K: "path", V: t.Path},
			{K: "target", V: t.Target},
		}
		if t.Kind != uncertainty.PaybackGrowth {
			o = append(o, jsondoc.KV{K: "accelerators", V: t.Accelerators})
		} else {
			o = append(o, jsondoc.KV{K: "search", V: []any{t.Low, t.High}})
		}
		out[i] = append(o, jsondoc.KV{K: "label", V: explain.Threshold(t)})
	}
	return out
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Doc builds the eval JSON document of a scenario: its canonical link,
// the problems of the link it came from, the portfolio, every deal (on or
// off) with its whole-life totals, the years of the horizon, and every
// input with its status and sources.
func Doc(s *scenario.Scenario, r *model.Result, problems []*scenario.Problem) jsondoc.Obj {
	probs := make([]any, len(problems))
	for i, p := range problems {
		probs[i] = jsondoc.Obj{{K: "key", V: p.Key}, {K: "value", V: p.Value}, {K: "message", V: p.Msg}, {K: "text", V: p.Error()}}
	}
	w := s.Portfolio.World
	return jsondoc.Obj{
		{K: "link", V: s.Link()},
		{K: "vintage", V: s.Vintage.ID},
		{K: "preset", V: s.Preset.ID},
		{K: "title", V: s.Preset.Title},
		{K: "problems", V: probs},
		{K: "horizon", V: jsondoc.Obj{{K: "from", V: w.From.String()}, {K: "to", V: w.To.String()}}},
		{K: "portfolio", V: portfolioDoc(s, r)},
		{K: "deals", V: dealsDoc(s, r)},
		{K: "years", V: yearsDoc(s, r)},
		{K: "world", V: inputsDoc(s, worldInputs(s))},
		{K: "funding", V: fundingDoc(s)},
		{K: "accelerators", V: accelsDoc(s)},
		{K: "notes", V: notesDoc(s)},
		{K: "published", V: publishedDoc(s, r)},
	}
}

func portfolioDoc(s *scenario.Scenario, r *model.Result) jsondoc.Obj {
	t := &r.Totals
	o := jsondoc.Obj{}
	for _, po := range outputs.Portfolio {
		o = append(o, jsondoc.KV{K: po.Name, V: po.Get(t)})
	}
	var payback any
	if t.HasPayback {
		payback = t.PaybackMonth.String()
	}
	on := 0
	for _, d := range s.Portfolio.Deals {
		if d.On {
			on++
		}
	}
	var runout, minCash any
	if t.HasCash {
		minCash = t.MinCashMonth.String()
		if t.HasRunout {
			runout = t.CashRunoutMonth.String()
		}
	}
	o = append(o,
		jsondoc.KV{K: "peak_gw_month", V: t.PeakGWMonth.String()},
		jsondoc.KV{K: "peak_gw_per_week_year", V: t.PeakGWPerWeekYear},
		jsondoc.KV{K: "peak_gap_month", V: t.PeakGapMonth.String()},
		jsondoc.KV{K: "payback_month", V: payback},
		jsondoc.KV{K: "cash_runout_month", V: runout},
		jsondoc.KV{K: "min_cash_month", V: minCash},
		jsondoc.KV{K: "deals_on", V: on},
		jsondoc.KV{K: "buyer", V: s.Preset.Buyer},
	)
	if b, ok := s.Vintage.Buyer(s.Preset.Buyer); ok {
		o = append(o, jsondoc.KV{K: "stated", V: factsOf(b.Facts, "stated_value", "stated_gw")})
		var st []any
		for _, x := range b.Statements {
			st = append(st, jsondoc.Obj{{K: "text", V: x.Text}, {K: "date", V: x.Date}, {K: "sources", V: x.Sources}})
		}
		o = append(o, jsondoc.KV{K: "statements", V: orEmpty(st)})
	}
	return o
}

func dealsDoc(s *scenario.Scenario, r *model.Result) []any {
	out := make([]any, len(r.Deals))
	for i := range r.Deals {
		d, dr := &s.Portfolio.Deals[i], &r.Deals[i]
		o := jsondoc.Obj{
			{K: "id", V: d.ID},
			{K: "title", V: outputs.DealName(s, i)},
			{K: "buyer", V: d.Buyer},
			{K: "provider", V: d.Provider},
			{K: "kind", V: d.Kind.String()},
			{K: "accel", V: d.Accel},
			{K: "on", V: d.On},
			{K: "derived", V: d.Derive.String()},
			{K: "library", V: s.IsLibraryDeal(i)},
			{K: "first_month", V: dr.First.String()},
			{K: "last_month", V: dr.Last.String()},
		}
		for _, do := range outputs.Deal {
			o = append(o, jsondoc.KV{K: do.Name, V: do.Get(dr)})
		}
		o = append(o, jsondoc.KV{K: "inputs", V: inputsDoc(s, s.DealInputs(i))})
		if ld, ok := s.Vintage.Deal(d.ID); ok && s.IsLibraryDeal(i) {
			o = append(o, jsondoc.KV{K: "announced", V: ld.Announced})
			if ld.Commitment != library.CommitmentUnknown {
				o = append(o, jsondoc.KV{K: "commitment", V: jsondoc.Obj{{K: "strength", V: ld.Commitment.String()}, {K: "note", V: ld.CommitmentNote}}})
			}
			if ld.Note != "" {
				o = append(o, jsondoc.KV{K: "note", V: jsondoc.Obj{{K: "text", V: ld.Note}, {K: "sources", V: orEmptyStrings(ld.NoteSources)}}})
			}
		}
		out[i] = o
	}
	return out
}

func yearsDoc(s *scenario.Scenario, r *model.Result) []any {
	out := make([]any, len(r.Years))
	for i := range r.Years {
		y := &r.Years[i]
		o := jsondoc.Obj{{K: "year", V: y.Year}}
		for _, yo := range outputs.Year {
			o = append(o, jsondoc.KV{K: yo.Name, V: yo.Of(r, y)})
		}
		by := jsondoc.Obj{}
		for j := range r.Deals {
			if !s.Portfolio.Deals[j].On {
				continue
			}
			sum := 0.0
			for m := y.First; m <= y.Last; m++ {
				sum += r.Deals[j].SpendUSD[m-r.From]
			}
			by = append(by, jsondoc.KV{K: r.Deals[j].ID, V: sum})
		}
		o = append(o, jsondoc.KV{K: "spend_by_deal_usd", V: by})
		out[i] = o
	}
	return out
}

func worldInputs(s *scenario.Scenario) []scenario.Input {
	var out []scenario.Input
	for _, in := range s.Inputs() {
		if in.Deal < 0 && in.Accel < 0 && in.Funding == 0 {
			out = append(out, in)
		}
	}
	return out
}

// fundingDoc lists the buyer's funding events (and the user's), each with
// its inputs and, for the library's, the note on what it depends on.
func fundingDoc(s *scenario.Scenario) []any {
	out := []any{}
	var notes map[string]string
	if b, ok := s.Vintage.Buyer(s.Preset.Buyer); ok {
		notes = b.FundingNotes
	}
	for i, f := range s.Portfolio.Cash.Funding {
		o := jsondoc.Obj{{K: "id", V: f.ID}, {K: "name", V: f.Name}, {K: "library", V: s.IsLibraryFunding(i)}, {K: "inputs", V: inputsDoc(s, s.FundingInputs(i))}}
		if n := notes[f.ID]; n != "" && s.IsLibraryFunding(i) {
			o = append(o, jsondoc.KV{K: "note", V: n})
		}
		out = append(out, o)
	}
	return out
}

// inputsDoc lists inputs with their value, whether the scenario changed
// them, their range, and the library's status, basis and sources.
func inputsDoc(s *scenario.Scenario, ins []scenario.Input) jsondoc.Obj {
	base := s.Base()
	o := jsondoc.Obj{}
	for _, in := range ins {
		e := jsondoc.Obj{}
		if in.Derived {
			e = append(e, jsondoc.KV{K: "derived", V: true})
		} else {
			e = append(e, jsondoc.KV{K: "value", V: s.Get(in)}, jsondoc.KV{K: "changed", V: s.IsChanged(in, base)})
		}
		if r, ok := s.Range(in); ok {
			e = append(e, jsondoc.KV{K: "range", V: []any{r.Low, r.High}})
		}
		if f, ok := s.Fact(in); ok {
			e = append(e, factKVs(f)...)
		}
		o = append(o, jsondoc.KV{K: in.Field.Name, V: e})
	}
	return o
}

func factKVs(f library.Fact) []jsondoc.KV {
	return []jsondoc.KV{{K: "status", V: f.Status.String()}, {K: "basis", V: f.Basis}, {K: "sources", V: orEmptyStrings(f.Sources)}}
}

func factsOf(facts library.Facts, names ...string) jsondoc.Obj {
	o := jsondoc.Obj{}
	for _, n := range names {
		if f, ok := facts[n]; ok {
			o = append(o, jsondoc.KV{K: n, V: jsondoc.Obj(factKVs(f))})
		}
	}
	return o
}

func accelsDoc(s *scenario.Scenario) []any {
	var out []any
	ins := s.Inputs()
	for i, a := range s.Portfolio.Accelerators {
		var mine []scenario.Input
		for _, in := range ins {
			if in.Accel == i {
				mine = append(mine, in)
			}
		}
		o := jsondoc.Obj{{K: "id", V: a.ID}, {K: "name", V: a.Name}, {K: "inputs", V: inputsDoc(s, mine)}}
		if la, ok := s.Vintage.Accelerator(a.ID); ok && la.MarketUSDPerHour > 0 {
			m := jsondoc.Obj{{K: "usd_per_hour", V: la.MarketUSDPerHour}}
			if la.Market.HasRange() {
				m = append(m, jsondoc.KV{K: "range", V: []any{la.Market.Low, la.Market.High}})
			}
			m = append(m, factKVs(la.Market)...)
			o = append(o, jsondoc.KV{K: "market_price", V: m})
		}
		out = append(out, o)
	}
	return out
}

func notesDoc(s *scenario.Scenario) []any {
	var out []any
	for _, n := range s.Vintage.Notes {
		out = append(out, jsondoc.Obj{{K: "title", V: n.Title}, {K: "text", V: n.Text}, {K: "sources", V: orEmptyStrings(n.Sources)}})
	}
	return orEmpty(out)
}

func orEmpty(a []any) []any {
	if a == nil {
		return []any{}
	}
	return a
}

func orEmptyStrings(a []string) []any {
	out := make([]any, len(a))
	for i, s := range a {
		out[i] = s
	}
	return out
}
