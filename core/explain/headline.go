package explain

import (
	"strconv"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/units"
)

// Part is a piece of a sentence about a result that the page interleaves
// with elements of its own: text, or, when Slot is not "", the place of a
// value the page shows itself (a figure marked as an output, a source
// badge). Each function that returns parts names its slots.
type Part struct {
	_          [0]func() // not comparable: main.wasm then holds no equality function for it
	Text, Slot string
}

// VsStated sets a headline figure v beside the buyer's stated figure
// claim: "vs OpenAI's stated about [claim] (+12 %) [fact]", or that the
// buyer stated none. Slots: "claim" (the stated figure), "fact" (its
// source).
func VsStated(buyer string, v, claim float64) []Part {
	if claim == 0 {
		return []Part{{Text: "no stated figure from " + buyer}}
	}
	return []Part{{Text: "vs " + buyer + "'s stated about "}, {Slot: "claim"},
		{Text: " (" + units.Signed(v/claim-1, units.Fraction) + ") "}, {Slot: "fact"}}
}

// PeakGW is the line under the peak facility power: its month, then the
// buyer's stated power (VsStated). Slots: "month", and VsStated's.
func PeakGW(buyer string, t *model.Totals) []Part {
	return append([]Part{{Text: "in "}, {Slot: "month"}, {Text: "; "}}, VsStated(buyer, t.PeakFacilityGW, t.StatedGW)...)
}

// BuildRate is the line under the peak build rate: its year and its share
// of the buyer's stated ambition, or that the buyer stated none. Slot:
// "fact" (the ambition's source), only when there is an ambition.
func BuildRate(buyer string, t *model.Totals) []Part {
	in := "in " + itoa(t.PeakGWPerWeekYear) + "; "
	if t.StatedGWPerWeek <= 0 {
		return []Part{{Text: in + buyer + " has stated no build-rate ambition"}}
	}
	return []Part{{Text: in + ambitionShare(buyer, t) + " "}, {Slot: "fact"}}
}

// ambitionShare is "45 % of OpenAI's ambition of 1 GW a week".
func ambitionShare(buyer string, t *model.Totals) string {
	return units.Format(t.PeakGWPerWeek/t.StatedGWPerWeek, units.Fraction) + " of " + buyer + "'s ambition of " +
		strconv.FormatFloat(t.StatedGWPerWeek, 'g', -1, 64) + " GW a week"
}

// Gap is the line under the peak cumulative gap, summed from the month
// from: what it sums and the month of its peak, or that it never opens.
// Slot: "month" (the peak's month), only when the gap opens.
func Gap(t *model.Totals, from calendar.Month) []Part {
	if t.PeakCumulativeGapUSD <= 0 {
		return []Part{{Text: "spend never outruns revenue within the horizon: the gap never opens"}}
	}
	return []Part{{Text: "spend minus revenue, summed from " + from.Text() + "; peak in "}, {Slot: "month"}}
}

// Payback is the payback card's figure (its month, or why there is
// none) and the line under it: what the month means, or that revenue
// covers spend from the month from on.
func Payback(t *model.Totals, from calendar.Month) (figure, what string) {
	if t.PeakCumulativeGapUSD <= 0 {
		// Revenue leads from the first month: a negative "peak" and a
		// payback in the second month would mislead.
		return "nothing to pay back", "revenue covers spend from " + from.Text() + " on"
	}
	figure = "not within the horizon"
	if t.HasPayback {
		figure = t.PaybackMonth.Text()
	}
	return figure, "first month after the peak at which revenue has caught up with spend"
}

// PresentValue is the line under the present value: of what, at which
// discount rate, to which month.
func PresentValue(rate float64, to calendar.Month) string {
	return "of all spend, at " + units.Format(rate, units.Fraction) + " a year, to " + to.Text()
}

// CashMonth is the cash card's figure: the month the cash runs out, or
// that it lasts through the horizon's last month, to.
func CashMonth(t *model.Totals, to calendar.Month) string {
	if t.HasRunout {
		return "Cash runs out in " + t.CashRunoutMonth.Text()
	}
	return "Cash lasts through " + to.Text()
}

// CashNeed is the line under the cash card's figure: the opening balance
// usd in month, and what must still be raised. Slots: "need" (the
// funding still needed), only when there is one, and "month" (the month
// of the lowest balance).
func CashNeed(t *model.Totals, usd float64, month calendar.Month) []Part {
	start := "starting from " + units.Format(usd, units.USD) + " in " + month.Text() + "; "
	if t.FundingNeedUSD > 0 {
		return []Part{{Text: start + "still to raise: "}, {Slot: "need"}, {Text: " (lowest in "}, {Slot: "month"}, {Text: ")"}}
	}
	return []Part{{Text: start + "nothing more to raise: the lowest balance, in "}, {Slot: "month"}, {Text: ", stays at or above zero"}}
}

// Figure is a headline figure as a link preview shows it: a short label
// and its value as the page shows it.
type Figure struct{ Label, Value string }

// PreviewFigures are a link preview's figures of the result r: the value
// committed, the peak facility power, and when the cash runs out (or that
// it lasts), or without cash the peak cumulative gap.
func PreviewFigures(r *model.Result) []Figure {
	t := &r.Totals
	fs := []Figure{{"committed", units.Format(t.ValueUSD, units.USD)}, {"peak facility power", units.Format(t.PeakFacilityGW, units.GW)}}
	switch {
	case t.HasCash && t.HasRunout:
		return append(fs, Figure{"cash runs out", t.CashRunoutMonth.Text()})
	case t.HasCash:
		return append(fs, Figure{"cash lasts through", r.To.Text()})
	}
	return append(fs, Figure{"peak cumulative gap", units.Format(t.PeakCumulativeGapUSD, units.USD)})
}

// PreviewSeries names a link preview's series from the month from to to:
// the cash balance, or without cash the cumulative gap.
func PreviewSeries(cash bool, from, to calendar.Month) string {
	name := "spend minus revenue, summed"
	if cash {
		name = "cash, month by month"
	}
	return name + ", " + from.Text() + " to " + to.Text()
}
