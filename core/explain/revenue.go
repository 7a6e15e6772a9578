package explain

import (
	"math"
	"slices"
	"strings"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/units"
)

// The buyer's revenue, month by month (MODEL.md §5 and §9), worked out
// here rather than read from the model.

// revenueMonthly returns Revenue(m) = ARR(m) / 12 for the months from …
// to; gw gives the facility GW online in a month, which revenue per GW
// follows.
func revenueMonthly(rv *model.Revenue, from, to calendar.Month, gw func(calendar.Month) float64) []float64 {
	out := make([]float64, to-from+1)
	for m := from; m <= to; m++ {
		out[m-from] = revenueAt(rv, m, gw)
	}
	return out
}

func revenueAt(rv *model.Revenue, m calendar.Month, gw func(calendar.Month) float64) float64 {
	a := rv.ARRMonth
	switch {
	case m > a && rv.Mode == model.RevenuePerGW:
		return rv.PerGWYearUSD * math.Pow(1+rv.PerGWTrend, float64(m-a)/12) * gw(m) / 12
	case m >= a:
		v := rv.ARRUSD
		for j := 1; j <= int(m-a); j++ {
			k := (j - 1) / 12
			g := rv.Growth * math.Pow(1-rv.GrowthDecay, float64(k))
			v *= math.Pow(1+g, 1.0/12)
		}
		return v / 12
	case len(rv.History) == 0:
		return rv.ARRUSD / math.Pow(1+rv.Growth, float64(a-m)/12) / 12
	}
	return arrHistory(rv, m) / 12
}

// arrHistory is ARR(m) before arr_month from the known run-rates:
// geometric between consecutive points (the last being arr in
// arr_month), and before the first back-cast at the growth between the
// first two points, or at growth with one point.
func arrHistory(rv *model.Revenue, m calendar.Month) float64 {
	hs := rv.History
	first := hs[0]
	if m < first.Month {
		if len(hs) == 1 {
			return first.ARRUSD / math.Pow(1+rv.Growth, float64(first.Month-m)/12)
		}
		return first.ARRUSD * math.Pow(hs[1].ARRUSD/first.ARRUSD, -float64(first.Month-m)/float64(hs[1].Month-first.Month))
	}
	for i, h := range hs {
		next := model.RevenuePoint{Month: rv.ARRMonth, ARRUSD: rv.ARRUSD}
		if i+1 < len(hs) {
			next = hs[i+1]
		}
		if m < next.Month {
			return h.ARRUSD * math.Pow(next.ARRUSD/h.ARRUSD, float64(m-h.Month)/float64(next.Month-h.Month))
		}
	}
	return rv.ARRUSD
}

// revenueWords says how the revenue of the months from … to is worked
// out, each way that applies, with the formulas.
func revenueWords(rv *model.Revenue, from, to calendar.Month) (words, formula string) {
	a := rv.ARRMonth
	arr := units.Format(rv.ARRUSD, units.USD)
	var ws, fs []string
	if from < a && len(rv.History) > 0 {
		hs := rv.History
		if from < hs[0].Month {
			g := "the growth of " + units.Format(rv.Growth, units.Growth)
			if len(hs) > 1 {
				g = "the growth between its first two known run-rates (" + hs[0].Month.String() + " and " + hs[1].Month.String() + ")"
			}
			ws = append(ws, "before "+hs[0].Month.String()+" back-cast from its run-rate of "+units.Format(hs[0].ARRUSD, units.USD)+" at "+g)
			fs = append(fs, "ARR(m) = ARR(p₀) / (1 + g)^((p₀ − m) / 12) before the first known point p₀")
		}
		if last := min(to, a-1); last >= hs[0].Month {
			ws = append(ws, "up to "+a.String()+" interpolated between the known run-rates of "+knownRunRates(rv, from, last))
			fs = append(fs, "ARR(m) = ARR(p) × (ARR(q) / ARR(p))^((m − p) / (q − p)) between known points p < m < q")
		}
	}
	if to > a && rv.Mode == model.RevenuePerGW {
		ws = append(ws, "the run-rate of "+arr+" in "+a.String()+", then "+units.Format(rv.PerGWYearUSD, units.USD)+
			" per GW-year of capacity online, changing by "+units.Format(rv.PerGWTrend, units.Growth)+" from "+a.String())
		fs = append(fs, "R(m) = rev_per_gw × (1 + trend)^((m − "+a.String()+") / 12) × G(m) / 12 after "+a.String())
	}
	if len(ws) == 0 {
		return "", ""
	}
	return strings.Join(ws, "; "), "R(Y) = Σ R(m) over " + from.String() + " … " + to.String() + ", R(m) = ARR(m) / 12; " + strings.Join(fs, "; ")
}

// knownRunRates lists the known run-rates between which the months from
// … to fall: from the last point at or before from to the first after to.
func knownRunRates(rv *model.Revenue, from, to calendar.Month) string {
	pts := append(slices.Clone(rv.History), model.RevenuePoint{Month: rv.ARRMonth, ARRUSD: rv.ARRUSD})
	var out []string
	for i, p := range pts {
		next := i+1 < len(pts) && pts[i+1].Month <= from
		after := i > 0 && pts[i-1].Month > to
		if next || after {
			continue
		}
		out = append(out, units.Format(p.ARRUSD, units.USD)+" in "+p.Month.String())
	}
	return strings.Join(out, ", ")
}

// yearRevenue explains the buyer's revenue in year yr.
func (c *context) yearRevenue(d *Derivation, yr *model.Year) {
	rv := &c.s.Portfolio.Revenue
	ys := itoa(yr.Year)
	span := yr.First.String() + " … " + yr.Last.String()
	rev := revenueMonthly(rv, yr.First, yr.Last, c.gwOnline)
	total := 0.0
	for _, v := range rev {
		total += v
	}
	words := "the buyer's revenue in " + ys + ": the run-rate of each month over 12, the run-rate starting at " +
		units.Format(rv.ARRUSD, units.USD) + " in " + rv.ARRMonth.String() + " and growing " + units.Format(rv.Growth, units.Growth) +
		" in the first year after, the growth shrinking by " + units.Format(rv.GrowthDecay, units.Fraction) + " each later year"
	formula := "R(Y) = Σ ARR(m) / 12 over " + span + ", ARR(m) = ARR(m − 1) × (1 + g_k)^(1/12), g_k = growth × (1 − decay)^k"
	if w, f := revenueWords(rv, yr.First, yr.Last); w != "" {
		words, formula = "the buyer's revenue in "+ys+": the run-rate of each month over 12; "+w, f
		if rv.Mode == model.RevenuePath && yr.Last > rv.ARRMonth {
			words += "; after " + rv.ARRMonth.String() + " growing " + units.Format(rv.Growth, units.Growth) +
				" in the first year, the growth shrinking by " + units.Format(rv.GrowthDecay, units.Fraction) + " each later year"
			formula += "; ARR(m) = ARR(m − 1) × (1 + g_k)^(1/12), g_k = growth × (1 − decay)^k after " + rv.ARRMonth.String()
		}
	}
	if rv.ARRUSD == 0 && len(rv.History) == 0 && rv.Mode == model.RevenuePath {
		words = "no revenue path is set for " + c.s.Preset.Buyer + ": its run-rate is zero"
	}
	first, last := rev[0]*12, rev[len(rev)-1]*12
	ts := []Term{
		{Symbol: "ARR(" + yr.First.String() + ")", Label: "run-rate in " + yr.First.String(), Value: first, Unit: units.USD, Text: units.Format(first, units.USD)},
		{Symbol: "ARR(" + yr.Last.String() + ")", Label: "run-rate in " + yr.Last.String(), Value: last, Unit: units.USD, Text: units.Format(last, units.USD)},
	}
	c.setDerivation(d, words, formula, "Σ of run-rates from "+ts[0].Text+" to "+ts[1].Text+", / 12", total, c.revenueKeys(), ts)
}
