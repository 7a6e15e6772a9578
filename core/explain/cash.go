package explain

import (
	"math"
	"strconv"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/units"
)

// The derivations of version 2's outputs (MODEL.md §7, §8, §10).

// sustainKeys are the inputs behind what renewing capacity costs.
func (c *context) sustainKeys() []string {
	k := append(c.onKeys(), "sustain", "sustain_trend", "life", "finance", "finance_rate")
	for _, i := range c.onDeals() {
		k = append(k, "d."+c.s.Portfolio.Deals[i].ID+".sustain")
	}
	return k
}

// cashKeys are the inputs behind the cash account.
func (c *context) cashKeys() []string {
	keys := append(append(c.onKeys(), c.revenueKeys()...), "cash", "cash_month", "opex_share", "opex_share_late",
		"opex_late_month", "rev_share", "rev_share_end", "rev_share_cap")
	for i := range c.s.Portfolio.Cash.Funding {
		id := c.s.Portfolio.Cash.Funding[i].ID
		keys = append(keys, "f."+id+".on", "f."+id+".usd", "f."+id+".month")
	}
	return keys
}

// sumSeries adds a portfolio series over the months from … to of the
// horizon.
func (c *context) sumSeries(series []float64, from, to calendar.Month) float64 {
	sum := 0.0
	if len(series) == 0 {
		return 0
	}
	for m := max(from, c.r.From); m <= to; m++ {
		sum += series[m-c.r.From]
	}
	return sum
}

func (c *context) portfolioV2(d *Derivation, out string) bool {
	r, t := c.r, &c.r.Totals
	switch out {
	case "sustain_spend_usd":
		ts, total := c.byDeal("", units.USD, false, func(i int) float64 {
			s := 0.0
			for m := r.From; m <= r.To; m++ {
				s += c.sustainSpend(i, m)
			}
			return s
		})
		words := "what the deals on cost within the horizon after their contracts end, renewed at the same size (cloud) or replaced as each batch reaches the end of its life (owned)"
		if !c.s.Portfolio.World.Sustain {
			words += "; the world's switch is off, so only deals set to renew count"
		}
		c.setDerivation(d, words, "S_sustain = Σ_d Σ_m S_sustain,d(m) over "+r.From.String()+" … "+r.To.String(),
			sumText(ts, units.USD), total, c.sustainKeys(), ts)
	case "financing_usd":
		ts, total := c.byDeal(out, units.USD, true, func(i int) float64 { return r.Deals[i].FinancingUSD })
		c.setDerivation(d, "the sum of what leasing adds to the price of the owned hardware of the deals on, over their contracts",
			"F = Σ F_d", sumText(ts, units.USD), total, append(c.onKeys(), "finance", "finance_rate", "life"), ts)
	case "funding_need_usd":
		if !t.HasCash {
			d.Words = "no cash is worked out: the scenario has no cash month"
			d.Formula = "need = max(0, −min cash)"
			d.Numbers = d.Formula + " = " + d.Result
			d.computed = math.NaN()
			d.Inputs = c.inputs([]string{"cash_month"})
			return true
		}
		low := math.Inf(1)
		if m := t.MinCashMonth; m >= r.From && m <= r.To {
			low = r.CashUSD[m-r.From]
		}
		if math.IsInf(low, 1) {
			// The lowest month falls before the horizon: the model's word.
			low = -t.FundingNeedUSD
		}
		lt := Term{Symbol: "cash(" + t.MinCashMonth.String() + ")", Label: "the lowest cash balance, in " + t.MinCashMonth.String(),
			Value: low, Unit: units.USD, Text: show(low, units.USD)}
		c.setDerivation(d, "what must still be raised to keep cash at or above zero from the cash month to the horizon's end: the lowest balance, if below zero, turned positive",
			"need = max(0, −min cash)", "max(0, −"+lt.Text+")", max(0, -low), c.cashKeys(), []Term{lt})
	default:
		return false
	}
	return true
}

// leaseOf returns what a lease of MODEL.md §8 pays a month per USD of a
// purchase, a / A = i / (1 − (1 + i)^−L) (1 / L when i = 0), with the
// monthly rate i = (1 + finance_rate)^(1/12) − 1 and the months L of a
// batch's life.
func leaseOf(w *model.World) (perMonth, i, L float64) {
	L = 12 * w.LifeYears
	i = math.Pow(1+w.FinanceRate, 1.0/12) - 1
	if i == 0 {
		return 1 / L, i, L
	}
	return i / (1 - math.Pow(1+i, -L)), i, L
}

// financing explains what a lease adds to an owned deal's price.
func (x *dealCtx) financing(d *Derivation) {
	w := x.w
	v := x.dr.ValueUSD
	keys := []string{"finance", "finance_rate", "life", x.id + "value", x.id + "price", x.id + "n", x.id + "gw"}
	vt := x.term("V", "deals."+x.d.ID+".value_usd", v, units.USD)
	if x.d.Kind == model.Cloud || w.Finance != model.FinanceLease {
		words := "a cloud deal's payments are its value: nothing is financed"
		if x.d.Kind == model.Owned {
			words = "the hardware is paid in cash on delivery: nothing is financed"
		}
		x.setDerivation(d, words, "F = Σ payments − V", vt.Text+" − "+vt.Text, 0, keys, []Term{vt})
		return
	}
	perMonth, i, L := leaseOf(w)
	factor := perMonth * L
	lt := Term{Symbol: "L", Label: "months of a lease: the life of a batch", Value: L, Unit: units.Months, Text: strconv.FormatFloat(L, 'g', 6, 64) + " months"}
	it := Term{Symbol: "i", Label: "monthly rate, (1 + rate)^(1/12) − 1", Value: i, Unit: units.Fraction, Text: strconv.FormatFloat(i, 'g', 6, 64)}
	x.setDerivation(d, "each delivered batch of cost A is paid as a level monthly payment a = A × i / (1 − (1 + i)^−L) over the L months it serves, so the contract pays V × i × L / (1 − (1 + i)^−L) in all; financing is what that adds to V",
		"F = V × (i × L / (1 − (1 + i)^−L) − 1)",
		vt.Text+" × ("+it.Text+" × "+lt.Text+" / (1 − (1 + "+it.Text+")^−"+lt.Text+") − 1)", v*(factor-1), keys, []Term{vt, it, lt})
}

func (c *context) yearV2(d *Derivation, y int, out string) bool {
	r := c.r
	yi := y - r.Years[0].Year
	yr := &r.Years[yi]
	ys := strconv.Itoa(y)
	span := yr.First.String() + " … " + yr.Last.String()
	cm := c.s.Portfolio.Cash.Month
	from := max(yr.First, cm)
	noCash := func() {
		d.Words = "no cash is worked out: the scenario has no cash month"
		d.Formula = out + "(Y) = Σ over the months from the cash month"
		d.Numbers = d.Formula + " = " + d.Result
		d.computed = d.Value
		d.Inputs = c.inputs([]string{"cash_month"})
	}
	series := func(s []float64, words, sym string, keys []string) {
		if !c.r.Totals.HasCash {
			noCash()
			return
		}
		total := 0.0
		if from <= yr.Last {
			total = c.sumSeries(s, from, yr.Last)
		}
		c.setDerivation(d, words+" in "+ys+", counted from the cash month ("+cm.String()+")",
			sym+"(Y) = Σ "+sym+"(m) over "+max(from, yr.First).String()+" … "+yr.Last.String(), show(total, units.USD), total, keys, nil)
	}
	switch out {
	case "sustain_spend_usd":
		ts, total := c.byDeal("", units.USD, false, func(i int) float64 {
			s := 0.0
			for m := yr.First; m <= yr.Last; m++ {
				s += c.sustainSpend(i, m)
			}
			return s
		})
		c.setDerivation(d, "what the deals on cost in "+ys+" after their contracts end: renewed leases, replaced hardware and its power",
			"S_sustain(Y) = Σ_d Σ S_sustain,d(m) over "+span, sumText(ts, units.USD), total, c.sustainKeys(), ts)
	case "opex_usd":
		series(r.OpexUSD, "cash costs other than compute (staff, sales, administration): a share of each month's revenue moving from the first share to the later one", "O",
			append(c.revenueKeys(), "cash_month", "opex_share", "opex_share_late", "opex_late_month"))
	case "rev_share_usd":
		series(r.RevShareUSD, "the share of revenue owed to a partner until its end month, never more in all than its cap", "RS",
			append(c.revenueKeys(), "cash_month", "rev_share", "rev_share_end", "rev_share_cap"))
	case "funding_usd":
		series(r.FundingUSD, "the money raised (the funding events that are on)", "F", c.cashKeys())
	case "net_cash_flow_usd":
		if !c.r.Totals.HasCash {
			noCash()
			return true
		}
		var terms []Term
		total := 0.0
		if from <= yr.Last {
			rev := c.sumSeries(r.RevenueUSD, from, yr.Last)
			spend := c.sumSeries(r.SpendUSD, from, yr.Last)
			opex := c.sumSeries(r.OpexUSD, from, yr.Last)
			rs := c.sumSeries(r.RevShareUSD, from, yr.Last)
			fund := c.sumSeries(r.FundingUSD, from, yr.Last)
			total = rev - spend - opex - rs + fund
			terms = []Term{
				{Symbol: "R", Label: "revenue", Value: rev, Unit: units.USD, Text: show(rev, units.USD)},
				{Symbol: "S", Label: "spend on compute", Value: spend, Unit: units.USD, Text: show(spend, units.USD)},
				c.term("O", "years."+ys+".opex_usd", opex, units.USD),
				c.term("RS", "years."+ys+".rev_share_usd", rs, units.USD),
				c.term("F", "years."+ys+".funding_usd", fund, units.USD),
			}
		}
		numbers := show(0, units.USD)
		if len(terms) > 0 {
			numbers = terms[0].Text + " − " + terms[1].Text + " − " + terms[2].Text + " − " + terms[3].Text + " + " + terms[4].Text
		}
		c.setDerivation(d, "the cash that came in less the cash that went out in "+ys+", from the cash month ("+cm.String()+")",
			"N(Y) = R − S − O − RS + F", numbers, total, c.cashKeys(), terms)
	case "free_cash_flow_usd":
		if !c.r.Totals.HasCash {
			noCash()
			return true
		}
		nt := c.term("N", "years."+ys+".net_cash_flow_usd", yr.NetCashFlowUSD, units.USD)
		ft := c.term("F", "years."+ys+".funding_usd", yr.FundingUSD, units.USD)
		c.setDerivation(d, "the cash that came in less the cash that went out in "+ys+", before any money raised: what analysts call free cash flow, negative when cash burns",
			"FCF(Y) = N(Y) − F(Y)", nt.Text+" − "+ft.Text, yr.NetCashFlowUSD-yr.FundingUSD, c.cashKeys(), []Term{nt, ft})
	case "cash_usd":
		if !c.r.Totals.HasCash || yr.Last < cm {
			d.Words = "no cash balance: the cash account starts later, or the scenario has no cash month"
			d.Formula = "cash(Y) = cash at the end of " + ys
			d.Numbers = d.Formula + " = " + d.Result
			d.computed = d.Value
			d.Inputs = c.inputs([]string{"cash_month"})
			return true
		}
		prev, prevText, prevPath := c.s.Portfolio.Cash.USD, "opening cash at the start of "+cm.String(), ""
		switch {
		case yi > 0 && r.Years[yi-1].Last >= cm:
			prev, prevText, prevPath = r.Years[yi-1].CashUSD, "cash at the end of "+strconv.Itoa(y-1), "years."+strconv.Itoa(y-1)+".cash_usd"
		case yi == 0 && cm < r.From:
			// Counted from before the horizon: the balance before its
			// first month holds every flow since the cash month.
			prev = r.CashUSD[0] - r.NetCashFlowUSD[0]
			prevText = "cash at the start of " + r.From.String() + ", counted from " + cm.String()
		}
		pt := Term{Symbol: "cash₀", Label: prevText, Path: prevPath, Value: prev, Unit: units.USD, Text: show(prev, units.USD)}
		nt := c.term("N", "years."+ys+".net_cash_flow_usd", yr.NetCashFlowUSD, units.USD)
		c.setDerivation(d, "the cash at the end of "+ys+": the balance before it plus the year's net cash flow",
			"cash(Y) = cash₀ + N(Y)", pt.Text+" + "+nt.Text, prev+yr.NetCashFlowUSD, c.cashKeys(), []Term{pt, nt})
	default:
		return false
	}
	return true
}
