package explain

import (
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/compare"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// Chart is the one-sentence summary shown above the page's chart id
// ("gw", "spend", "gap", "accel", "build", "cash") of s and its result r;
// "" for an id it does not know.
func Chart(id string, s *scenario.Scenario, r *model.Result) string {
	t := &r.Totals
	buyer := s.Preset.Buyer
	switch id {
	case "gw":
		out := "Facility power online peaks at " + units.Format(t.PeakFacilityGW, units.GW) + " in " + t.PeakGWMonth.Text()
		if t.StatedGW > 0 {
			out += ", " + relative(t.PeakFacilityGW, t.StatedGW) + " " + buyer + "'s stated " + units.Format(t.StatedGW, units.GW)
		}
		return out + "."
	case "spend":
		return spendSentence(r, buyer)
	case "gap":
		return gapSentence(t, r)
	case "accel":
		peakH100 := 0.0
		for _, v := range r.H100e {
			peakH100 = max(peakH100, v)
		}
		return "Accelerators online peak at " + units.Format(t.PeakAccelerators, units.Count) +
			", about " + units.Format(peakH100, units.Count) + " H100-equivalents by dense FP8 compute."
	case "build":
		out := "The build rate peaks at " + units.Format(t.PeakGWPerWeek, units.GWPerWeek) + " in " + itoa(t.PeakGWPerWeekYear)
		if t.StatedGWPerWeek > 0 {
			out += ", " + ambitionShare(buyer, t)
		}
		return out + "."
	case "cash":
		return cashSentence(s, r)
	}
	return ""
}

// ChartRef is the label of the reference line of the page's chart id:
// the buyer's stated power ("gw"), its stated build-rate ambition
// ("build"), or zero cash ("cash"); "" when the chart has none.
func ChartRef(id string, s *scenario.Scenario, r *model.Result) string {
	t := &r.Totals
	switch {
	case id == "gw" && t.StatedGW > 0:
		return s.Preset.Buyer + "'s stated " + units.Format(t.StatedGW, units.GW)
	case id == "build" && t.StatedGWPerWeek > 0:
		return s.Preset.Buyer + "'s ambition: " + strconv.FormatFloat(t.StatedGWPerWeek, 'g', -1, 64) + " GW a week"
	case id == "cash" && t.HasCash:
		return "zero: below it, the money has run out"
	}
	return ""
}

// ChartPair is the summary of a chart that draws a pinned scenario A and
// this one, B, over each other; with b "" (B covers another horizon, so
// only A is drawn) it says so before A's.
func ChartPair(a, b string) string {
	if b == "" {
		return "A (solid) only: B covers another horizon. " + a
	}
	return "B: " + b + " A: " + a
}

// TornadoChart is the summary of the page's tornado of output (unit u,
// base as set): the input that moves it most, top, and the output at
// its low and high; with no input ranged, it says so.
func TornadoChart(output string, u units.Unit, base float64, top string, atLow, atHigh float64, ranged bool) string {
	if !ranged {
		return "No input of the deals that are on has a range."
	}
	return output + " moves most with " + top + ": from " + units.Format(atLow, u) +
		" to " + units.Format(atHigh, u) + " across its range, against " + units.Format(base, u) + " as set."
}

// WaterfallChart is the summary of the page's waterfall of total t,
// called label, from A to B: the whole difference and the assumption
// with the largest share of it.
func WaterfallChart(label string, t *compare.Total, at *compare.Attribution) string {
	if t.Undefined {
		return "This total cannot be split: some mix of A's and B's assumptions leaves it without a value."
	}
	best, bestAbs := -1, 0.0
	for i := range at.Assumptions {
		if abs := max(t.Parts[i], -t.Parts[i]); abs > bestAbs {
			best, bestAbs = i, abs
		}
	}
	out := label + " goes from " + units.Format(t.A, t.Unit) + " in A to " + units.Format(t.B, t.Unit) +
		" in B (" + units.Signed(t.Diff(), t.Unit) + ")"
	if best >= 0 {
		out += "; the largest share, " + units.Signed(t.Parts[best], t.Unit) + ", comes from " + at.Assumptions[best].Label
	}
	return out + "."
}

// cashSentence says when the money runs out and which funding events
// the balance counts.
func cashSentence(s *scenario.Scenario, r *model.Result) string {
	t := &r.Totals
	if !t.HasCash {
		return "No cash is worked out for this scenario: set a cash month and an opening balance under Costs and cash."
	}
	c := &s.Portfolio.Cash
	out := "From " + units.Format(c.USD, units.USD) + " in " + c.Month.Text() + ", "
	if t.HasRunout {
		out += "cash runs out in " + t.CashRunoutMonth.Text() + " and is lowest in " + t.MinCashMonth.Text() +
			"; " + units.Format(t.FundingNeedUSD, units.USD) + " more must be raised to stay above zero."
	} else {
		out += "cash lasts through " + r.To.Text() + "; it is lowest in " + t.MinCashMonth.Text() + "."
	}
	var evs []string
	for _, f := range c.Funding {
		if f.On {
			evs = append(evs, units.Format(f.USD, units.USD)+" in "+f.Month.Text())
		}
	}
	if len(evs) > 0 {
		out += " Money raised counted: " + strings.Join(evs, ", ") + "."
	}
	return out
}

// relative says how a figure stands against a claim: "19% above".
func relative(v, claim float64) string {
	d := v/claim - 1
	switch {
	case d > 0.005:
		return units.Format(d, units.Fraction) + " above"
	case d < -0.005:
		return units.Format(-d, units.Fraction) + " below"
	}
	return "level with"
}

func spendSentence(r *model.Result, buyer string) string {
	if len(r.Years) == 0 {
		return ""
	}
	peak := 0
	for i, y := range r.Years {
		if y.SpendUSD > r.Years[peak].SpendUSD {
			peak = i
		}
	}
	y := r.Years[peak]
	s := "Spend peaks at " + units.Format(y.SpendUSD, units.USD) + " in " + itoa(y.Year) +
		", when " + buyer + "'s revenue is " + units.Format(y.RevenueUSD, units.USD)
	for _, yy := range r.Years[peak:] {
		if yy.RevenueUSD >= yy.SpendUSD && yy.SpendUSD > 0 {
			return s + "; revenue first covers the year's spend again in " + itoa(yy.Year) + "."
		}
	}
	return s + "."
}

func gapSentence(t *model.Totals, r *model.Result) string {
	if t.PeakCumulativeGapUSD <= 0 {
		return "Revenue covers spend all along: the cumulative gap never opens."
	}
	s := "The cumulative gap between spend and revenue peaks at " + units.Format(t.PeakCumulativeGapUSD, units.USD) +
		" in " + t.PeakGapMonth.Text()
	if t.HasPayback {
		return s + " and closes in " + t.PaybackMonth.Text() + "."
	}
	return s + " and is still open in " + r.To.Text() + "."
}
