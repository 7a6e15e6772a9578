package explain

import (
	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/units"
)

func (c *context) onKeys() []string {
	var k []string
	for _, i := range c.onDeals() {
		k = append(k, "d."+c.s.Portfolio.Deals[i].ID+".on")
	}
	return k
}

// byDeal sums one figure over the deals on: the terms (named by deal)
// and their sum in deal order, as the model adds them. Deals that add
// nothing are left out of the terms unless keepZero.
func (c *context) byDeal(out string, u units.Unit, keepZero bool, get func(i int) float64) ([]Term, float64) {
	var ts []Term
	sum := 0.0
	for _, i := range c.onDeals() {
		v := get(i)
		sum += v
		if v == 0 && !keepZero {
			continue
		}
		path := ""
		if out != "" {
			path = "deals." + c.s.Portfolio.Deals[i].ID + "." + out
		}
		name := outputs.DealName(c.s, i)
		ts = append(ts, Term{Symbol: name, Label: name, Path: path, Value: v, Unit: u, Text: name + " " + show(v, u)})
	}
	return ts, sum
}

func sumText(ts []Term, u units.Unit) string {
	if len(ts) == 0 {
		return show(0, u)
	}
	return join(ts, " + ")
}

func (c *context) setDerivation(d *Derivation, words, formula, numbers string, computed float64, keys []string, terms []Term) {
	d.Words, d.Formula, d.computed, d.Terms = words, formula, computed, terms
	d.Numbers = formula + " = " + numbers + " = " + d.Result
	d.Inputs = c.inputs(keys)
}

func (c *context) portfolio(d *Derivation, out string) bool {
	r, t := c.r, &c.r.Totals
	w := &c.s.Portfolio.World
	sum := func(sym, words string, worldKeys ...string) {
		ts, total := c.byDeal(out, d.Unit, true, func(i int) float64 {
			v, _ := c.l.Value(r, "deals."+c.s.Portfolio.Deals[i].ID+"."+out)
			return v
		})
		if len(ts) == 0 {
			words += "; no deal is on"
		}
		c.setDerivation(d, words, sym+" = Σ "+sym+"_d", sumText(ts, d.Unit), total,
			append(c.dealKeys(func(x *dealCtx) []string { return x.derivedKeys(out) }), worldKeys...), ts)
	}
	switch out {
	case "value_usd":
		sum("V", "the sum of the values of the deals on, over their whole lives")
	case "pv_usd":
		sum("PV", "the sum of the present values of the deals on", "discount_rate", "valuation_month")
	case "accelerators":
		sum("N", "the sum of the accelerators at full capacity of the deals on")
	case "facility_gw":
		sum("G", "the sum of the facility power at full capacity of the deals on", "pue")
	case "accelerator_hours":
		sum("AH", "the sum of the accelerator-hours of the deals on, over their whole lives")
	case "energy_twh":
		sum("E", "the sum of the energy of the deals on, over their whole lives", "pue", "load")
	case "peak_flop":
		sum("F", "the sum of the peak FLOP of the deals on, over their whole lives")
	case "useful_flop":
		sum("F_u", "the sum of the useful FLOP of the deals on, over their whole lives", "utilization")
	case "stated_value_usd", "stated_gw":
		name, label := "stated_value", "stated value"
		if out == "stated_gw" {
			name, label = "stated_gw", "stated power"
		}
		d.Words = "what the buyer itself says its commitments add up to; set beside the portfolio, not computed"
		if d.Value == 0 {
			d.Words = c.s.Preset.Buyer + " has stated no such figure"
		}
		d.Formula = "stated (given)"
		d.Numbers = d.Formula + " = " + d.Result
		d.computed = d.Value
		d.Inputs = c.stated(name, label, d.Result)
	case "peak_facility_gw", "peak_accelerators":
		m := t.PeakGWMonth
		series, sym, what := "GWOnline", "G", "facility power online"
		if out == "peak_accelerators" {
			series, sym, what = "UnitsOnline", "U", "accelerators online"
			m = c.peakMonth(r.Accelerators)
		}
		keys := c.gwKeys()
		if out == "peak_accelerators" {
			keys = c.unitsKeys()
		}
		ts, total := c.byDeal("", d.Unit, false, func(i int) float64 {
			if series == "GWOnline" {
				return c.gwAt(i, m)
			}
			return c.unitsAt(i, m)
		})
		c.setDerivation(d, "the highest monthly total of "+what+" of the deals on within the horizon ("+
			w.From.String()+" to "+w.To.String()+"), reached in "+m.String()+c.sustainWords(),
			"peak "+sym+" = Σ_d "+sym+"_d("+m.String()+")", sumText(ts, d.Unit), total,
			append(keys, "from", "to"), ts)
	case "peak_gw_per_week":
		c.buildRate(d, t.PeakGWPerWeekYear, true)
	case "peak_cumulative_gap_usd":
		j := int(t.PeakGapMonth - r.From)
		c.gap(d, j, "the highest cumulative gap of any month within the horizon, reached in "+t.PeakGapMonth.String())
	default:
		return c.portfolioV2(d, out)
	}
	return true
}

// peakMonth is the first month at which a series of the horizon peaks.
func (c *context) peakMonth(series []float64) calendar.Month {
	best := 0
	for j, v := range series {
		if v > series[best] {
			best = j
		}
	}
	return c.r.From + calendar.Month(best)
}

// revenueKeys lists the inputs behind the buyer's revenue: its path, and
// with revenue per GW (MODEL.md §9) the figure, its trend and everything
// that moves the capacity online.
func (c *context) revenueKeys() []string {
	k := []string{"arr", "arr_month", "growth", "growth_decay"}
	if c.s.Portfolio.Revenue.Mode == model.RevenuePerGW {
		k = append(append(k, "revenue", "rev_per_gw", "rev_per_gw_trend"), c.gwKeys()...)
	}
	return k
}

// gap explains the cumulative gap at month index j of the horizon.
func (c *context) gap(d *Derivation, j int, words string) {
	r := c.r
	var spend, revenue float64
	for k := 0; k <= j; k++ {
		spend += r.SpendUSD[k]
		revenue += r.RevenueUSD[k]
	}
	m := r.From + calendar.Month(j)
	ts := []Term{
		{Symbol: "Σ S", Label: "spend from " + r.From.String() + " to " + m.String(), Value: spend, Unit: units.USD, Text: units.Format(spend, units.USD)},
		{Symbol: "Σ R", Label: "revenue from " + r.From.String() + " to " + m.String(), Value: revenue, Unit: units.USD, Text: units.Format(revenue, units.USD)},
	}
	c.setDerivation(d, words+": the spend of the deals on minus the buyer's revenue, summed from the horizon's first month",
		"gap("+m.String()+") = Σ spend − Σ revenue over "+r.From.String()+" … "+m.String(), join(ts, " − "), spend-revenue,
		append(append(c.spendKeys(), c.revenueKeys()...), "from"), ts)
}

func (c *context) payback(d *Derivation) {
	r, t := c.r, &c.r.Totals
	d.Unit = units.Number
	d.Inputs = c.inputs(append(append(c.spendKeys(), c.revenueKeys()...), "from", "to"))
	d.Words = "the first month after the peak of the cumulative gap (" + t.PeakGapMonth.String() +
		") at which the cumulative gap is zero or less: spend since the horizon's first month is paid back by revenue"
	d.Formula = "payback = first m > " + t.PeakGapMonth.String() + " with gap(m) ≤ 0"
	pt := c.term("gap", "portfolio.peak_cumulative_gap_usd", t.PeakCumulativeGapUSD, units.USD)
	if !t.HasPayback {
		end := r.CumulativeGapUSD[len(r.CumulativeGapUSD)-1]
		d.Result = "none within the horizon"
		d.Numbers = d.Formula + ": the gap stays above zero to the horizon's end, gap(" + r.To.String() + ") = " +
			units.Format(end, units.USD) + ", so " + d.Result
		d.Terms = []Term{pt, {Symbol: "gap(" + r.To.String() + ")", Label: "cumulative gap at the end of the horizon", Value: end, Unit: units.USD, Text: units.Format(end, units.USD)}}
		return
	}
	j := int(t.PaybackMonth - r.From)
	g := r.CumulativeGapUSD[j]
	before := r.CumulativeGapUSD[j-1]
	d.Result = t.PaybackMonth.String()
	d.Numbers = d.Formula + ": gap(" + (t.PaybackMonth - 1).String() + ") = " + units.Format(before, units.USD) +
		", gap(" + t.PaybackMonth.String() + ") = " + units.Format(g, units.USD) + ", so " + d.Result
	d.Terms = []Term{pt,
		{Symbol: "gap(" + t.PaybackMonth.String() + ")", Label: "cumulative gap in the payback month", Value: g, Unit: units.USD, Text: units.Format(g, units.USD)}}
}

// buildRate explains the GW added per week in year y.
func (c *context) buildRate(d *Derivation, y int, peak bool) {
	r := c.r
	yi := y - r.Years[0].Year
	yr := &r.Years[yi]
	var prev float64
	prevLabel := "facility GW at the end of " + itoa(y-1)
	prevPath := ""
	if yi > 0 {
		prev = r.Years[yi-1].FacilityGW
		prevPath = "years." + itoa(y-1) + ".facility_gw"
	} else {
		// The December before the horizon is outside every series: work
		// it out from the deals' lives.
		dec := calendar.December(y - 1)
		p := &c.s.Portfolio
		for _, i := range c.onDeals() {
			a, sv := c.accel(i), c.svc(i)
			prev += r.Deals[i].Accelerators * (sv.at(dec) + sv.beyond(dec)) * a.ITKW * p.World.PUE / 1e6
		}
	}
	days := 0
	for m := calendar.Of(y, 1); m <= yr.Last; m++ {
		days += m.Days()
	}
	cur := c.term("G("+yr.Last.String()+")", "years."+itoa(y)+".facility_gw", yr.FacilityGW, units.GW)
	pt := Term{Symbol: "G(" + calendar.December(y-1).String() + ")", Label: prevLabel, Path: prevPath, Value: prev, Unit: units.GW, Text: units.Format(prev, units.GW)}
	words := "the facility power added during " + itoa(y) + ", per week" + c.sustainWords()
	if peak {
		words = "the fastest build rate of any year within the horizon, in " + itoa(y) + ": " + words +
			"; set beside the ambition of 1 GW a week"
	}
	c.setDerivation(d, words, "rate = (G(end of year) − G(end of year before)) × 7 / days in year",
		"("+cur.Text+" − "+pt.Text+") × 7 / "+itoa(days), (yr.FacilityGW-prev)*7/float64(days),
		append(c.gwKeys(), "from", "to"), []Term{cur, pt})
}

func (c *context) year(d *Derivation, y int, out string) bool {
	r := c.r
	yi := y - r.Years[0].Year
	if yi < 0 || yi >= len(r.Years) {
		return false
	}
	yr := &r.Years[yi]
	p := &c.s.Portfolio
	months := float64(yr.Last - yr.First + 1)
	span := yr.First.String() + " … " + yr.Last.String()
	overMonths := func(get func(i int, m calendar.Month) float64) func(i int) float64 {
		return func(i int) float64 {
			s := 0.0
			for m := yr.First; m <= yr.Last; m++ {
				s += get(i, m)
			}
			return s
		}
	}
	ys := itoa(y)
	spendTerm := c.term("S", "years."+ys+".spend_usd", yr.SpendUSD, units.USD)
	revenueTerm := c.term("R", "years."+ys+".revenue_usd", yr.RevenueUSD, units.USD)
	avgTerm := c.term("avg G", "years."+ys+".avg_facility_gw", yr.AvgFacilityGW, units.GW)
	sw := c.sustainWords()
	switch out {
	case "spend_usd":
		ts, total := c.byDeal("", units.USD, false, overMonths(c.spendAt))
		owned := "owned deals the payment for what is delivered plus the power for what is online"
		if c.leased() {
			owned = "owned deals the lease payments on what is online (a level payment over each batch's life) plus its power"
		}
		c.setDerivation(d, "what the deals on cost in "+ys+": cloud deals the price times the accelerator-hours used, "+owned+sw,
			"S(Y) = Σ_d Σ spend_d(m) over "+span, sumText(ts, units.USD), total, c.spendKeys(), ts)
	case "revenue_usd":
		c.yearRevenue(d, yr)
	case "coverage":
		c.setDerivation(d, "the buyer's revenue in "+ys+" divided by the spend of the deals on",
			"coverage = R(Y) / S(Y)", revenueTerm.Text+" / "+spendTerm.Text, yr.RevenueUSD/yr.SpendUSD,
			append(c.spendKeys(), c.revenueKeys()...), []Term{revenueTerm, spendTerm})
	case "cumulative_gap_usd":
		c.gap(d, int(yr.Last-r.From), "the cumulative gap at the end of "+ys)
	case "facility_gw", "accelerators":
		m := yr.Last
		what, sym, get := "facility power", "G", c.gwAt
		if out == "accelerators" {
			what, sym, get = "accelerators", "U", c.unitsAt
		}
		ts, total := c.byDeal("", d.Unit, false, func(i int) float64 { return get(i, m) })
		keys := c.unitsKeys()
		if out == "facility_gw" {
			keys = c.gwKeys()
		}
		c.setDerivation(d, "the "+what+" online at the end of "+ys+" ("+m.String()+"), summed over the deals on"+sw,
			sym+"(Y) = Σ_d "+sym+"_d("+m.String()+")", sumText(ts, d.Unit), total, keys, ts)
	case "avg_facility_gw":
		ts, total := c.byDeal("", units.GW, false, overMonths(c.gwAt))
		for k := range ts {
			ts[k].Value /= months
			ts[k].Text = ts[k].Symbol + " " + units.Format(ts[k].Value, units.GW)
		}
		c.setDerivation(d, "the facility power online in the average month of "+ys+sw,
			"avg G(Y) = Σ_d Σ G_d(m) / months, over "+span, "("+sumText(ts, units.GW)+")", total/months,
			c.gwKeys(), ts)
	case "energy_twh":
		ts, total := c.byDeal("", units.TWh, false, overMonths(func(i int, m calendar.Month) float64 { return c.energyAt(i, m) / 1e6 }))
		c.setDerivation(d, "the energy the deals on use in "+ys+": the accelerator-hours of each month times IT power, PUE and load"+sw,
			"E(Y) = Σ_d Σ E_d(m) over "+span, sumText(ts, units.TWh), total,
			append(c.dealKeys((*dealCtx).energyKeys), c.capacityKeys(false)...), ts)
	case "useful_flop":
		ts, total := c.byDeal("", units.FLOP, false, overMonths(func(i int, m calendar.Month) float64 {
			a := c.accel(i)
			return c.unitsAt(i, m) * m.Hours() * a.FP8PFLOPS * 1e15 * 3600 * p.World.Utilization
		}))
		c.setDerivation(d, "the useful compute of the deals on in "+ys+": the accelerator-hours of each month times FP8 peak and utilization"+sw,
			"F_u(Y) = Σ_d Σ U_d(m) × hours(m) × fp8 × 10¹⁵ × 3600 × utilization over "+span,
			sumText(ts, units.FLOP), total, append(append(c.dealKeys((*dealCtx).flopKeys), "utilization"), c.capacityKeys(false)...), ts)
	case "gw_per_week":
		c.buildRate(d, y, false)
	case "revenue_per_gw_year_usd", "break_even_per_gw_year_usd":
		num, what := revenueTerm, "revenue"
		if out == "break_even_per_gw_year_usd" {
			num, what = spendTerm, "spend"
		}
		gwYears := yr.AvgFacilityGW * months / 12
		keys := c.gwKeys()
		if what == "revenue" {
			keys = append(keys, c.revenueKeys()...)
		} else {
			keys = append(keys, c.spendKeys()...)
		}
		c.setDerivation(d, "the "+what+" of "+ys+" per GW-year of facility power online: the average facility GW times the share of the year within the horizon",
			"x = "+num.Symbol+"(Y) / (avg G × months / 12)",
			num.Text+" / ("+avgTerm.Text+" × "+itoa(int(months))+" / 12)", num.Value/gwYears, keys,
			[]Term{num, avgTerm})
	default:
		return c.yearV2(d, y, out)
	}
	return true
}
