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
	k := append(c.spendKeys(), "sustain", "sustain_trend", "life", "finance", "finance_rate")
	for _, i := range c.onDeals() {
		k = append(k, "d."+c.s.Portfolio.Deals[i].ID+".sustain")
	}
	return k
}

// cashKeys are the inputs behind the cash account.
func (c *context) cashKeys() []string {
	keys := append(append(c.spendKeys(), c.revenueKeys()...), "cash", "cash_month", "opex_share", "opex_share_late",
		"opex_late_month", "rev_share", "rev_share_end", "rev_share_cap")
	for i := range c.s.Portfolio.Cash.Funding {
		id := c.s.Portfolio.Cash.Funding[i].ID
		keys = append(keys, "f."+id+".on", "f."+id+".usd", "f."+id+".month")
	}
	return keys
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
			"F = Σ F_d", sumText(ts, units.USD), total,
			append(c.dealKeys(func(x *dealCtx) []string { return x.derivedKeys(out) }), "finance", "finance_rate", "life"), ts)
	case "min_cash_usd":
		if !t.HasCash {
			d.Words = "no cash is worked out: the scenario has no cash month"
			d.Formula = "min cash = the lowest monthly balance"
			d.Numbers = d.Formula + " = " + d.Result
			d.computed = math.NaN()
			d.Inputs = c.inputs([]string{"cash_month"})
			return true
		}
		low := math.Inf(1)
		for _, v := range r.CashUSD {
			if !math.IsNaN(v) {
				low = min(low, v)
			}
		}
		if m := t.MinCashMonth; m < r.From {
			low = t.MinCashUSD // the lowest month falls before the horizon
		}
		lt := Term{Symbol: "cash(" + t.MinCashMonth.String() + ")", Label: "the balance in " + t.MinCashMonth.String(), Value: low, Unit: units.USD, Text: show(low, units.USD)}
		c.setDerivation(d, "the lowest balance of any month from the cash month to the horizon's end, reached in "+t.MinCashMonth.String()+
			": the opening cash plus every month's net cash flow up to then",
			"min cash = min over m of cash(m)", lt.Text, low, c.cashKeys(), []Term{lt})
	case "funding_need_usd":
		if !t.HasCash {
			d.Words = "no cash is worked out: the scenario has no cash month"
			d.Formula = "need = max(0, −min cash)"
			d.Numbers = d.Formula + " = " + d.Result
			d.computed = math.NaN()
			d.Inputs = c.inputs([]string{"cash_month"})
			return true
		}
		low, at := c.cashAccount().lowest()
		if math.IsInf(low, 1) {
			// The cash month is after the horizon: no month is counted.
			low = 0
		}
		lt := Term{Symbol: "cash(" + at.String() + ")", Label: "the lowest cash balance, in " + at.String(),
			Value: low, Unit: units.USD, Text: show(low, units.USD)}
		c.setDerivation(d, "what must still be raised to keep cash at or above zero from the cash month to the horizon's end: the lowest balance, if below zero, turned positive",
			"need = max(0, −min cash)", "max(0, −("+lt.Text+"))", max(0, -low), append(c.cashKeys(), c.capacityKeys(true)...), []Term{lt})
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

// yearFunding explains the money raised in the months from … to of a year.
func (c *context) yearFunding(d *Derivation, from, to calendar.Month, ys string) {
	cs := &c.s.Portfolio.Cash
	var ts []Term
	total := 0.0
	for _, f := range cs.Funding {
		if !f.On || f.Month < from || f.Month > to {
			continue
		}
		total += f.USD
		ts = append(ts, Term{Symbol: f.Name, Label: f.Name + ", " + f.Month.String(), Value: f.USD, Unit: units.USD, Text: f.Name + " " + show(f.USD, units.USD)})
	}
	c.setDerivation(d, "the money raised in "+ys+": the funding events that are on, each received in its month, from the cash month ("+cs.Month.String()+")",
		"F(Y) = Σ funding events over "+from.String()+" … "+to.String(), sumText(ts, units.USD), total, c.cashKeys(), ts)
}

// yearCash explains the cash balance at the end of year yi.
func (c *context) yearCash(d *Derivation, yi int, acct *account, from calendar.Month) {
	r := c.r
	yr := &r.Years[yi]
	ys := itoa(yr.Year)
	cm := acct.from
	prev, prevText, prevPath := c.s.Portfolio.Cash.USD, "opening cash at the start of "+cm.String(), ""
	if j, ok := acct.at(from - 1); ok {
		prev, prevText = acct.cash[j], "cash at the end of "+(from-1).String()
		if yi > 0 && r.Years[yi-1].Last == from-1 {
			prevPath = "years." + itoa(yr.Year-1) + ".cash_usd"
		}
	}
	net := acct.sum(acct.net, from, yr.Last)
	pt := Term{Symbol: "cash₀", Label: prevText, Path: prevPath, Value: prev, Unit: units.USD, Text: show(prev, units.USD)}
	nt := c.term("N", "years."+ys+".net_cash_flow_usd", net, units.USD)
	words := "the cash at the end of " + ys + ": the balance before it plus the year's net cash flow"
	if cm < r.From && yi == 0 {
		words += ", the balance counted from the cash month (" + cm.String() + "), before the horizon"
	}
	c.setDerivation(d, words, "cash(Y) = cash₀ + N(Y)", pt.Text+" + "+nt.Text, prev+net, append(c.cashKeys(), c.capacityKeys(true)...), []Term{pt, nt})
}

// financing explains what a lease adds to an owned deal's price.
func (x *dealCtx) financing(d *Derivation) {
	w := x.w
	v := x.dr.ValueUSD
	keys := append(x.keysOf(model.Value), "finance", "finance_rate", "life")
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
	ys := itoa(y)
	span := yr.First.String() + " … " + yr.Last.String()
	cm := c.s.Portfolio.Cash.Month
	from := max(yr.First, cm)
	noCash := func() {
		d.Words = "no cash is worked out: the scenario has no cash month"
		d.Formula = out + "(Y) = Σ over the months from the cash month"
		d.Numbers = d.Formula + " = " + d.Result
		d.computed = math.NaN() // no cash account: the figure has no value
		d.Inputs = c.inputs([]string{"cash_month"})
	}
	acct := c.cashAccount()
	// series explains a flow of the account summed over the year's
	// months from the cash month.
	series := func(get func(a *account) []float64, words, sym, each, share string, keys []string) {
		if acct == nil {
			noCash()
			return
		}
		total := acct.sum(get(acct), from, yr.Last)
		rev := acct.sum(acct.revenue, from, yr.Last)
		ts := []Term{{Symbol: "R", Label: "revenue from " + from.String() + " to " + yr.Last.String(), Value: rev, Unit: units.USD, Text: show(rev, units.USD)}}
		c.setDerivation(d, words+" in "+ys+", counted from the cash month ("+cm.String()+")",
			sym+"(Y) = Σ "+sym+"(m) over "+from.String()+" … "+yr.Last.String()+", "+each, share+" of "+ts[0].Text, total, keys, ts)
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
		cs := &c.s.Portfolio.Cash
		share := "a share of " + units.Format(cs.OpexShare, units.Fraction) + " throughout"
		if cs.OpexLateMonth != 0 {
			share = "a share moving linearly from " + units.Format(cs.OpexShare, units.Fraction) + " in " + cm.String() + " to " +
				units.Format(cs.OpexShareLate, units.Fraction) + " in " + cs.OpexLateMonth.String() + ", and staying there"
		}
		series(func(a *account) []float64 { return a.opex },
			"cash costs other than compute (staff, sales, administration): each month's revenue times "+share, "O", "O(m) = s(m) × R(m)",
			units.Format(opexShare(cs, from), units.Fraction)+" … "+units.Format(opexShare(cs, yr.Last), units.Fraction),
			append(append(c.revenueKeys(), "cash_month", "opex_share", "opex_share_late", "opex_late_month"), c.capacityKeys(false)...))
	case "rev_share_usd":
		cs := &c.s.Portfolio.Cash
		capped := ""
		if cs.RevShareCapUSD > 0 {
			capped = " (at most " + units.Format(cs.RevShareCapUSD, units.USD) + " in all)"
		}
		series(func(a *account) []float64 { return a.rs }, "the share of revenue owed to a partner until its end month, never more in all than its cap", "RS",
			"RS(m) = rev_share × R(m), up to what the cap leaves", units.Format(cs.RevShare, units.Fraction)+capped,
			append(append(c.revenueKeys(), "cash_month", "rev_share", "rev_share_end", "rev_share_cap"), c.capacityKeys(false)...))
	case "funding_usd":
		if acct == nil {
			noCash()
			return true
		}
		c.yearFunding(d, from, yr.Last, ys)
	case "net_cash_flow_usd":
		if acct == nil {
			noCash()
			return true
		}
		sum := func(s []float64) float64 { return acct.sum(s, from, yr.Last) }
		rev, spend, opex, rs, fund := sum(acct.revenue), sum(acct.spend), sum(acct.opex), sum(acct.rs), sum(acct.funding)
		terms := []Term{
			{Symbol: "R", Label: "revenue", Value: rev, Unit: units.USD, Text: show(rev, units.USD)},
			{Symbol: "S", Label: "spend on compute", Value: spend, Unit: units.USD, Text: show(spend, units.USD)},
			c.term("O", "years."+ys+".opex_usd", opex, units.USD),
			c.term("RS", "years."+ys+".rev_share_usd", rs, units.USD),
			c.term("F", "years."+ys+".funding_usd", fund, units.USD),
		}
		numbers := terms[0].Text + " − " + terms[1].Text + " − " + terms[2].Text + " − " + terms[3].Text + " + " + terms[4].Text
		c.setDerivation(d, "the cash that came in less the cash that went out in "+ys+", from the cash month ("+cm.String()+")",
			"N(Y) = R − S − O − RS + F", numbers, rev-spend-opex-rs+fund, append(c.cashKeys(), c.capacityKeys(true)...), terms)
	case "free_cash_flow_usd":
		if acct == nil {
			noCash()
			return true
		}
		nt := c.term("N", "years."+ys+".net_cash_flow_usd", yr.NetCashFlowUSD, units.USD)
		ft := c.term("F", "years."+ys+".funding_usd", yr.FundingUSD, units.USD)
		c.setDerivation(d, "the cash that came in less the cash that went out in "+ys+", before any money raised: what analysts call free cash flow, negative when cash burns",
			"FCF(Y) = N(Y) − F(Y)", nt.Text+" − "+ft.Text, yr.NetCashFlowUSD-yr.FundingUSD, c.cashKeys(), []Term{nt, ft})
	case "cash_usd":
		if acct == nil || yr.Last < cm {
			d.Words = "no cash balance: the cash account starts later, or the scenario has no cash month"
			d.Formula = "cash(Y) = cash at the end of " + ys
			d.Numbers = d.Formula + " = " + d.Result
			d.computed = math.NaN() // no account, or not yet: no value
			d.Inputs = c.inputs([]string{"cash_month"})
			return true
		}
		c.yearCash(d, yi, acct, from)
	default:
		return false
	}
	return true
}
