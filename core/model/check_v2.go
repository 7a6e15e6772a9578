package model

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
)

// checkV2 checks the inputs of MODEL.md §7–§10, naming each by its link
// key.
func checkV2(p *Portfolio, errs *fieldErrors) {
	add := errs.add
	finite := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	above := func(field string, v float64) {
		if !(v > -1) || !finite(v) {
			add("", "", field, "must be greater than -1 (−100 %)")
		}
	}
	share := func(field string, v float64) {
		if !(v >= 0 && v <= 1) {
			add("", "", field, "must be between 0 and 1")
		}
	}
	inRange := func(m calendar.Month) bool { return m >= calendar.Earliest && m <= calendar.Latest }

	w := &p.World
	above("sustain_trend", w.SustainTrend)
	if w.Finance > FinanceLease {
		add("", "", "finance", "must be cash or lease")
	}
	above("finance_rate", w.FinanceRate)

	r := &p.Revenue
	if r.Mode > RevenuePerGW {
		add("", "", "revenue", "must be path or per_gw")
	}
	if !(r.PerGWYearUSD >= 0) || !finite(r.PerGWYearUSD) {
		add("", "", "rev_per_gw", "must be zero or more")
	}
	above("rev_per_gw_trend", r.PerGWTrend)
	for i, h := range r.History {
		switch {
		case !inRange(h.Month):
			add("", "", "revenue", "history months must be between 2000-01 and 2099-12")
		case h.Month >= r.ARRMonth:
			add("", "", "revenue", "history months must be before arr_month")
		case i > 0 && h.Month <= r.History[i-1].Month:
			add("", "", "revenue", "history months must be strictly ascending")
		}
		if !(h.ARRUSD > 0) || !finite(h.ARRUSD) {
			add("", "", "revenue", "history run-rates must be positive numbers")
		}
	}

	c := &p.Cash
	if c.Has() {
		if !inRange(c.Month) {
			add("", "", "cash_month", "must be between 2000-01 and 2099-12")
		}
		if c.OpexLateMonth != 0 && c.OpexLateMonth < c.Month {
			add("", "", "opex_late_month", "must not be before cash_month")
		}
	}
	if c.OpexLateMonth != 0 && !inRange(c.OpexLateMonth) {
		add("", "", "opex_late_month", "must be between 2000-01 and 2099-12")
	}
	if c.RevShareEnd != 0 && !inRange(c.RevShareEnd) {
		add("", "", "rev_share_end", "must be between 2000-01 and 2099-12")
	}
	if !finite(c.USD) {
		add("", "", "cash", "must be a number")
	}
	// Other costs may exceed revenue (OpenAI's were about 1.4 times it in
	// 2025), up to five times it.
	for _, o := range [...]struct {
		name string
		v    float64
	}{{"opex_share", c.OpexShare}, {"opex_share_late", c.OpexShareLate}} {
		if !(o.v >= 0 && o.v <= 5) {
			add("", "", o.name, "must be between 0 and 5 (500 % of revenue)")
		}
	}
	share("rev_share", c.RevShare)
	if !(c.RevShareCapUSD >= 0) || !finite(c.RevShareCapUSD) {
		add("", "", "rev_share_cap", "must be zero (no cap) or more")
	}
	for i := range c.Funding {
		f := &c.Funding[i]
		if !(f.USD >= 0) || !finite(f.USD) {
			add("", "", "f."+f.ID+".usd", "must be zero or more")
		}
		if !inRange(f.Month) {
			add("", "", "f."+f.ID+".month", "must be between 2000-01 and 2099-12")
		}
	}
}
