package report

import (
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

// Doc builds the eval JSON document of a scenario: its canonical link,
// the problems of the link it came from, the portfolio, every deal (on or
// off) with its whole-life totals, the years of the horizon, and every
// input with its status and sources.
func Doc(s *scenario.Scenario, r *model.Result, problems []*scenario.Problem) Obj {
	probs := make([]any, len(problems))
	for i, p := range problems {
		probs[i] = Obj{{"key", p.Key}, {"value", p.Value}, {"message", p.Msg}, {"text", p.Error()}}
	}
	w := s.Portfolio.World
	return Obj{
		{"link", s.Link()},
		{"vintage", s.Vintage.ID},
		{"preset", s.Preset.ID},
		{"title", s.Preset.Title},
		{"problems", probs},
		{"horizon", Obj{{"from", w.From.String()}, {"to", w.To.String()}}},
		{"portfolio", portfolioDoc(s, r)},
		{"deals", dealsDoc(s, r)},
		{"years", yearsDoc(s, r)},
		{"world", inputsDoc(s, worldInputs(s))},
		{"funding", fundingDoc(s)},
		{"accelerators", accelsDoc(s)},
		{"notes", notesDoc(s)},
		{"published", publishedDoc(s, r)},
	}
}

func portfolioDoc(s *scenario.Scenario, r *model.Result) Obj {
	t := &r.Totals
	o := Obj{}
	for _, po := range portfolioOutputs {
		o = append(o, KV{po.Name, po.get(t)})
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
		KV{"peak_gw_month", t.PeakGWMonth.String()},
		KV{"peak_gw_per_week_year", t.PeakGWPerWeekYear},
		KV{"peak_gap_month", t.PeakGapMonth.String()},
		KV{"payback_month", payback},
		KV{"cash_runout_month", runout},
		KV{"min_cash_month", minCash},
		KV{"deals_on", on},
		KV{"buyer", s.Preset.Buyer},
	)
	if b, ok := s.Vintage.Buyer(s.Preset.Buyer); ok {
		o = append(o, KV{"stated", factsOf(b.Facts, "stated_value", "stated_gw")})
		var st []any
		for _, x := range b.Statements {
			st = append(st, Obj{{"text", x.Text}, {"date", x.Date}, {"sources", x.Sources}})
		}
		o = append(o, KV{"statements", orEmpty(st)})
	}
	return o
}

func dealsDoc(s *scenario.Scenario, r *model.Result) []any {
	out := make([]any, len(r.Deals))
	for i := range r.Deals {
		d, dr := &s.Portfolio.Deals[i], &r.Deals[i]
		o := Obj{
			{"id", d.ID},
			{"title", DealName(s, i)},
			{"buyer", d.Buyer},
			{"provider", d.Provider},
			{"kind", d.Kind.String()},
			{"accel", d.Accel},
			{"on", d.On},
			{"derived", d.Derive.String()},
			{"library", s.IsLibraryDeal(i)},
			{"first_month", dr.First.String()},
			{"last_month", dr.Last.String()},
		}
		for _, do := range dealOutputs {
			o = append(o, KV{do.Name, do.get(dr)})
		}
		o = append(o, KV{"inputs", inputsDoc(s, s.DealInputs(i))})
		if ld, ok := s.Vintage.Deal(d.ID); ok && s.IsLibraryDeal(i) {
			o = append(o, KV{"announced", ld.Announced})
			if ld.Commitment != library.CommitmentUnknown {
				o = append(o, KV{"commitment", Obj{{"strength", ld.Commitment.String()}, {"note", ld.CommitmentNote}}})
			}
			if ld.Note != "" {
				o = append(o, KV{"note", Obj{{"text", ld.Note}, {"sources", orEmptyStrings(ld.NoteSources)}}})
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
		o := Obj{{"year", y.Year}}
		for _, yo := range yearOutputs {
			o = append(o, KV{yo.Name, yo.of(r, y)})
		}
		by := Obj{}
		for j := range r.Deals {
			if !s.Portfolio.Deals[j].On {
				continue
			}
			sum := 0.0
			for m := y.First; m <= y.Last; m++ {
				sum += r.Deals[j].SpendUSD[m-r.From]
			}
			by = append(by, KV{r.Deals[j].ID, sum})
		}
		o = append(o, KV{"spend_by_deal_usd", by})
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
		o := Obj{{"id", f.ID}, {"name", f.Name}, {"library", s.IsLibraryFunding(i)}, {"inputs", inputsDoc(s, s.FundingInputs(i))}}
		if n := notes[f.ID]; n != "" && s.IsLibraryFunding(i) {
			o = append(o, KV{"note", n})
		}
		out = append(out, o)
	}
	return out
}

// inputsDoc lists inputs with their value, whether the scenario changed
// them, their range, and the library's status, basis and sources.
func inputsDoc(s *scenario.Scenario, ins []scenario.Input) Obj {
	base := s.Base()
	o := Obj{}
	for _, in := range ins {
		e := Obj{}
		if in.Derived {
			e = append(e, KV{"derived", true})
		} else {
			e = append(e, KV{"value", s.Get(in)}, KV{"changed", s.IsChanged(in, base)})
		}
		if r, ok := s.Range(in); ok {
			e = append(e, KV{"range", []any{r.Low, r.High}})
		}
		if f, ok := s.Fact(in); ok {
			e = append(e, factKVs(f)...)
		}
		o = append(o, KV{in.Field.Name, e})
	}
	return o
}

func factKVs(f library.Fact) []KV {
	return []KV{{"status", f.Status.String()}, {"basis", f.Basis}, {"sources", orEmptyStrings(f.Sources)}}
}

func factsOf(facts library.Facts, names ...string) Obj {
	o := Obj{}
	for _, n := range names {
		if f, ok := facts[n]; ok {
			o = append(o, KV{n, Obj(factKVs(f))})
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
		o := Obj{{"id", a.ID}, {"name", a.Name}, {"inputs", inputsDoc(s, mine)}}
		if la, ok := s.Vintage.Accelerator(a.ID); ok && la.MarketUSDPerHour > 0 {
			m := Obj{{"usd_per_hour", la.MarketUSDPerHour}}
			if la.Market.HasRange() {
				m = append(m, KV{"range", []any{la.Market.Low, la.Market.High}})
			}
			m = append(m, factKVs(la.Market)...)
			o = append(o, KV{"market_price", m})
		}
		out = append(out, o)
	}
	return out
}

func notesDoc(s *scenario.Scenario) []any {
	var out []any
	for _, n := range s.Vintage.Notes {
		out = append(out, Obj{{"title", n.Title}, {"text", n.Text}, {"sources", orEmptyStrings(n.Sources)}})
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
