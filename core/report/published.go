package report

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

// PublishedFigure is a figure an analysis published beside the same
// quantity worked out for the scenario.
type PublishedFigure struct {
	library.Published
	// From and To are the months the quantity covers.
	From, To calendar.Month
	// ScenarioUSD is the scenario's figure; NaN when the scenario cannot
	// say (months outside the horizon, no cash worked out), with Why.
	ScenarioUSD float64
	Why         string
}

// DifferenceUSD is the scenario's figure less the published one.
func (p *PublishedFigure) DifferenceUSD() float64 { return p.ScenarioUSD - p.ValueUSD }

// Published sets each figure the preset's buyer has published analyses of
// beside the scenario's same quantity: a sum over months of spend,
// revenue, net or free cash flow, or the funding still needed by the
// figure's last year.
func Published(s *scenario.Scenario, r *model.Result) []PublishedFigure {
	b, ok := s.Vintage.Buyer(s.Preset.Buyer)
	if !ok {
		return nil
	}
	out := make([]PublishedFigure, 0, len(b.Published))
	for _, p := range b.Published {
		f := PublishedFigure{Published: p, From: calendar.Of(p.FromYear, 1), To: calendar.December(p.ToYear)}
		if p.FromMonth != 0 {
			f.From = p.FromMonth
		}
		f.ScenarioUSD, f.Why = scenarioFigure(r, s.Portfolio.Cash.Month, p.Path, f.From, f.To)
		out = append(out, f)
	}
	return out
}

// scenarioFigure works out one published quantity for the scenario.
func scenarioFigure(r *model.Result, cashMonth calendar.Month, path string, from, to calendar.Month) (float64, string) {
	t := &r.Totals
	cash := func() string {
		if !t.HasCash {
			return explain.NoCashMonth()
		}
		return ""
	}
	var series func(j int) float64
	switch path {
	case "years.spend_usd":
		series = func(j int) float64 { return r.SpendUSD[j] }
	case "years.revenue_usd":
		series = func(j int) float64 { return r.RevenueUSD[j] }
	case "years.net_cash_flow_usd", "years.free_cash_flow_usd":
		if why := cash(); why != "" {
			return math.NaN(), why
		}
		free := path == "years.free_cash_flow_usd"
		series = func(j int) float64 {
			if free {
				return r.NetCashFlowUSD[j] - r.FundingUSD[j]
			}
			return r.NetCashFlowUSD[j]
		}
		if from < r.From || from < cashMonth {
			// Cash is counted from the cash month: earlier months are not
			// in the scenario's sum.
			from = max(from, cashMonth, r.From)
		}
	case "portfolio.funding_need_usd":
		if why := cash(); why != "" {
			return math.NaN(), why
		}
		if to > r.To {
			return math.NaN(), explain.HorizonEndsBefore(to)
		}
		low := 0.0
		for m := max(r.From, cashMonth); m <= to; m++ {
			low = min(low, r.CashUSD[m-r.From])
		}
		return -low, ""
	default:
		return math.NaN(), explain.NoQuantity(path)
	}
	if from < r.From || to > r.To {
		return math.NaN(), explain.HorizonMisses(r.From, r.To, from, to)
	}
	sum := 0.0
	for m := from; m <= to; m++ {
		sum += series(int(m - r.From))
	}
	return sum, ""
}

func publishedDoc(s *scenario.Scenario, r *model.Result) []any {
	out := []any{}
	for _, p := range Published(s, r) {
		var why any
		if p.Why != "" {
			why = p.Why
		}
		out = append(out, jsondoc.Obj{
			{K: "id", V: p.ID}, {K: "source", V: p.Source}, {K: "date", V: p.Date}, {K: "label", V: p.Label},
			{K: "path", V: p.Path}, {K: "from", V: p.From.String()}, {K: "to", V: p.To.String()},
			{K: "published_usd", V: p.ValueUSD}, {K: "scenario_usd", V: p.ScenarioUSD}, {K: "difference_usd", V: p.DifferenceUSD()},
			{K: "why_no_figure", V: why},
			{K: "status", V: p.Fact.Status.String()}, {K: "basis", V: p.Fact.Basis}, {K: "sources", V: orEmptyStrings(p.Fact.Sources)},
			{K: "note", V: p.Note},
		})
	}
	return out
}
