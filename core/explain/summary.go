package explain

import (
	"math"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// Summary states the scenario's main findings in three to six plain
// sentences: what the leading deal implies, what the deals on add up to
// beside the buyer's own figures, how fast capacity is built, how spend
// compares with revenue, and how much of it rests on assumptions. It is
// the charts' text alternative and travels with a copied link.
func Summary(s *scenario.Scenario, r *model.Result) string {
	c := &context{s: s, r: r}
	on := c.onDeals()
	var out []string
	if len(on) == 0 {
		out = append(out, "No deal is switched on, so this scenario commits no money and needs no power.")
		if rev := c.revenueSentence(); rev != "" {
			out = append(out, rev)
		}
		out = append(out, "Switch deals on to see what they cost, what they buy and how they compare with revenue.")
		return strings.Join(out, " ")
	}
	out = append(out, c.leadSentence(c.leadDeal(on)), c.portfolioSentence(len(on)))
	if b := c.buildSentence(); b != "" {
		out = append(out, b)
	}
	out = append(out, c.moneySentence())
	if cs := c.cashSentence(); cs != "" {
		out = append(out, cs)
	}
	if st := c.statusSentence(); st != "" {
		out = append(out, st)
	}
	return strings.Join(out, " ")
}

// leadDeal picks the deal the first sentence is about: one the user
// changed, else the first cloud deal whose price is implied, else the
// first cloud deal, else the first deal on.
func (c *context) leadDeal(on []int) int {
	s := c.s
	base := s.Base()
	score := func(i int) int {
		d := &s.Portfolio.Deals[i]
		n := 0
		if !s.IsLibraryDeal(i) {
			n += 8
		} else {
			for _, in := range s.DealInputs(i) {
				if !in.Derived && in.Field.Name != "on" && s.IsChanged(in, base) {
					n += 8
					break
				}
			}
		}
		if d.Kind == model.Cloud {
			n += 2
			if d.Derive == model.Price {
				n++
			}
		}
		return n
	}
	best := on[0]
	for _, i := range on[1:] {
		if score(i) > score(best) {
			best = i
		}
	}
	return best
}

// unitWord is what an accelerator is called in a sentence.
func unitWord(a *model.Accelerator) string {
	switch {
	case strings.Contains(a.Name, "TPU"):
		return "TPU"
	case strings.Contains(a.Name, "NVIDIA"), strings.Contains(a.Name, "AMD"):
		return "GPU"
	}
	return "accelerator"
}

// count writes a number of accelerators: "300,000", "2.06 million".
func count(n float64) string {
	if n >= 999.5e3 {
		return units.Sig(n/1e6, 3) + " million"
	}
	return units.Grouped(roundSig(n, 3), 0)
}

func roundSig(v float64, sig int) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	p := math.Pow(10, float64(sig)-math.Ceil(math.Log10(math.Abs(v))))
	return math.Round(v*p) / p
}

// perHour writes "$2.24 per GPU-hour".
func perHour(p float64, word string) string {
	return strings.TrimSuffix(units.Format(p, units.USDPerHour), "/h") + " per " + word + "-hour"
}

func (c *context) leadSentence(i int) string {
	p := &c.s.Portfolio
	d, dr := &p.Deals[i], &c.r.Deals[i]
	a, _ := p.Accelerator(d.Accel)
	word := unitWord(a)
	name := "the " + outputs.DealName(c.s, i) + " deal"
	size := count(dr.Accelerators) + " " + word + "s"
	if d.SizeUnit == model.GW && d.Derive != model.Size {
		size = units.Format(dr.FacilityGW, units.GW) + " (about " + size + ")"
	}
	if d.Kind == model.Owned {
		return upper(name) + "'s " + units.Format(dr.FacilityGW, units.GW) + " means about " + count(dr.Accelerators) + " " + word +
			"s at " + units.Format(dr.UnitCostUSD, units.USDPerUnit) + " each, " + units.Format(dr.ValueUSD, units.USD) +
			" in all, or " + perHour(dr.PriceUSDPerHour, word) + " with power."
	}
	switch d.Derive {
	case model.Size:
		return "At " + perHour(dr.PriceUSDPerHour, word) + ", " + name + "'s " + units.Format(dr.ValueUSD, units.USD) +
			" buys about " + count(dr.Accelerators) + " " + word + "s (" + units.Format(dr.FacilityGW, units.GW) + ") over its term."
	case model.Value:
		return "At " + size + " and " + perHour(dr.PriceUSDPerHour, word) + ", " + name + " is worth about " +
			units.Format(dr.ValueUSD, units.USD) + " over its term."
	}
	out := "At " + size + " " + name + " implies " + perHour(dr.PriceUSDPerHour, word)
	if la, ok := c.s.Vintage.Accelerator(a.ID); ok && la.MarketUSDPerHour > 0 {
		out += ", against a market price of about " + strings.TrimSuffix(units.Format(la.MarketUSDPerHour, units.USDPerHour), "/h") +
			" for " + strings.TrimPrefix(a.Name, "NVIDIA ") + " capacity"
	}
	return out + "."
}

// upper capitalizes a phrase that starts with an ASCII letter ("the …"),
// without strings.ToUpper, which links the Unicode case tables into
// main.wasm.
func upper(s string) string {
	if c := s[0]; 'a' <= c && c <= 'z' {
		return string(c-'a'+'A') + s[1:]
	}
	return s
}

var numberWords = [...]string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

func numberWord(n int) string {
	if n < len(numberWords) {
		return numberWords[n]
	}
	return itoa(n)
}

// against sets a figure beside a stated one: "above OpenAI's stated
// $1.40T", "3% of the stated 30.0 GW".
func against(v, stated float64, u units.Unit, whose string) string {
	st := units.Format(stated, u)
	ratio := v / stated
	switch {
	case ratio > 1.05:
		return "above " + whose + " " + st
	case ratio >= 0.95:
		return "in line with " + whose + " " + st
	case ratio >= 0.5:
		return "below " + whose + " " + st
	}
	return units.Percent(ratio) + " of " + whose + " " + st
}

func (c *context) portfolioSentence(n int) string {
	t := &c.r.Totals
	subject := "The " + numberWord(n) + " deals on commit "
	if n == 1 {
		subject = "The one deal on commits "
	}
	out := subject + units.Format(t.ValueUSD, units.USD)
	buyer := c.s.Preset.Buyer
	if t.StatedValueUSD > 0 {
		out += ", " + against(t.ValueUSD, t.StatedValueUSD, units.USD, buyer+"'s stated") + ","
	}
	if t.PeakFacilityGW == 0 {
		return out + " but none of their capacity is online within the horizon."
	}
	out += " for a peak of " + units.Format(t.PeakFacilityGW, units.GW) + " in " + t.PeakGWMonth.Text()
	if t.StatedGW > 0 {
		out += ", " + against(t.PeakFacilityGW, t.StatedGW, units.GW, "the stated")
	}
	return out + "."
}

func (c *context) buildSentence() string {
	t := &c.r.Totals
	if t.PeakGWPerWeek <= 0 {
		return ""
	}
	out := "At its fastest, in " + itoa(t.PeakGWPerWeekYear) + ", capacity grows by " +
		strings.TrimSuffix(units.Format(t.PeakGWPerWeek, units.GWPerWeek), " GW/wk") + " GW a week"
	if amb := t.StatedGWPerWeek; amb > 0 {
		// Only a buyer who stated an ambition is held to one.
		out += ", " + units.Percent(t.PeakGWPerWeek/amb) + " of the " + strconv.FormatFloat(amb, 'g', -1, 64) + " GW a week " +
			c.s.Preset.Buyer + " aims for"
	}
	return out + "."
}

// cashSentence answers when the money runs out, and says which
// assumptions of version 2 the answer rests on.
func (c *context) cashSentence() string {
	p, t := &c.s.Portfolio, &c.r.Totals
	var assume []string
	switch {
	case p.World.Sustain && p.World.SustainTrend == 0:
		assume = append(assume, "capacity is renewed at today's cost after each contract")
	case p.World.Sustain:
		assume = append(assume, "capacity is renewed after each contract at a cost changing "+units.Format(p.World.SustainTrend, units.Growth))
	}
	if p.World.Finance == model.FinanceLease && c.ownedOn() {
		assume = append(assume, "owned hardware is leased at "+units.Format(p.World.FinanceRate, units.Fraction)+" a year")
	}
	if p.Revenue.Mode == model.RevenuePerGW {
		assume = append(assume, "revenue is "+units.Format(p.Revenue.PerGWYearUSD, units.USD)+" a year per GW online")
	}
	if !t.HasCash {
		if len(assume) == 0 {
			return ""
		}
		return "These figures assume " + listAnd(assume) + "."
	}
	cs := &p.Cash
	if cs.OpexShare > 0 || cs.OpexShareLate > 0 {
		assume = append(assume, "other costs take "+units.Format(cs.OpexShare, units.Fraction)+" of revenue, falling to "+
			units.Format(cs.OpexShareLate, units.Fraction))
	}
	if cs.RevShare > 0 {
		assume = append(assume, "a partner takes "+units.Format(cs.RevShare, units.Fraction)+" of revenue")
	}
	out := "Starting from " + units.Format(cs.USD, units.USD) + " of cash in " + cs.Month.Text() + ", "
	if t.HasRunout {
		out += "the money runs out in " + t.CashRunoutMonth.Text() + " and " + units.Format(t.FundingNeedUSD, units.USD) +
			" more must be raised to stay above zero"
	} else {
		out += "cash lasts through " + c.r.To.Text()
	}
	if len(assume) > 0 {
		out += ", assuming " + listAnd(assume)
	}
	return out + "."
}

// listAnd joins phrases as a sentence does: "a, b and c".
func listAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func (c *context) revenueSentence() string {
	rv := &c.s.Portfolio.Revenue
	if rv.ARRUSD == 0 || len(c.r.Years) == 0 {
		return ""
	}
	last := c.r.Years[len(c.r.Years)-1]
	return c.s.Preset.Buyer + "'s revenue reaches " + units.Format(last.RevenueUSD, units.USD) + " in " + itoa(last.Year) + "."
}

func (c *context) moneySentence() string {
	r, t := c.r, &c.r.Totals
	buyer := c.s.Preset.Buyer
	if c.s.Portfolio.Revenue.ARRUSD == 0 {
		best := 0
		for i, y := range r.Years {
			if y.SpendUSD > r.Years[best].SpendUSD {
				best = i
			}
		}
		y := r.Years[best]
		return "No revenue path is set for " + buyer + ", so spend stands alone: it peaks at " +
			units.Format(y.SpendUSD, units.USD) + " in " + itoa(y.Year) + "."
	}
	if t.PeakCumulativeGapUSD <= 0 {
		return buyer + "'s revenue stays ahead of this spend in every month, so the cumulative gap never opens."
	}
	first, last := 0, 0
	for _, y := range r.Years {
		if y.SpendUSD > y.RevenueUSD {
			if first == 0 {
				first = y.Year
			}
			last = y.Year
		}
	}
	out := ""
	switch {
	case first == 0:
		out = "Spend outruns revenue only within single years; "
	case last == r.Years[len(r.Years)-1].Year:
		out = "Spend outruns revenue from " + itoa(first) + " to the end of the horizon; "
	case first == last:
		out = "Spend outruns revenue in " + itoa(first) + "; "
	default:
		out = "Spend outruns revenue from " + itoa(first) + " to " + itoa(last) + "; "
	}
	out += "the cumulative gap peaks at " + units.Format(t.PeakCumulativeGapUSD, units.USD) + " in " + t.PeakGapMonth.Text()
	switch {
	case t.HasPayback:
		out += " and is paid back in " + t.PaybackMonth.Text() + "."
	case t.PeakGapMonth == r.To:
		out += ", the end of the horizon, and is still growing."
	default:
		out += " and is not paid back by " + r.To.Text() + ", the end of the horizon."
	}
	return out
}

// statusSentence counts the inputs behind the totals by where they come
// from: the deals on, the accelerators they use, the world and the
// revenue path.
func (c *context) statusSentence() string {
	s := c.s
	base := s.Base()
	used := map[int]bool{}
	for _, i := range c.onDeals() {
		for j, a := range s.Portfolio.Accelerators {
			if a.ID == s.Portfolio.Deals[i].Accel {
				used[j] = true
			}
		}
	}
	n := map[Status]int{}
	for _, in := range s.Inputs() {
		if in.Derived || in.Deal >= 0 && !s.Portfolio.Deals[in.Deal].On || in.Accel >= 0 && !used[in.Accel] {
			continue
		}
		n[describeInput(s, base, in).Status]++
	}
	var parts []string
	for _, st := range [...]Status{Disclosed, Reported, Assumed} {
		if n[st] > 0 {
			parts = append(parts, itoa(n[st])+" "+string(st))
			if len(parts) == 1 {
				parts[0] = itoa(n[st]) + " are " + string(st)
				if n[st] == 1 {
					parts[0] = "1 is " + string(st)
				}
			}
		}
	}
	if len(parts) == 0 {
		return ""
	}
	out := "Of the inputs behind these figures, " + list(parts)
	if k := n[SetByYou]; k > 0 {
		out += ", and you set " + itoa(k)
	}
	return out + "."
}

// list joins "a", "b" and "c" as "a, b and c".
func list(parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
