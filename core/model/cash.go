package model

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
)

// cashFlows works out MODEL.md §10 over the window: other costs, the
// revenue share, funding, the net cash flow and the cash balance from
// cash_month c on, and the portfolio's runout, funding need and minimum.
// Revenue and spend must be in r already.
func cashFlows(p *Portfolio, r *Result, win window) {
	hw := win.len()
	r.OpexUSD = zeroed(r.OpexUSD, hw)
	r.RevShareUSD = zeroed(r.RevShareUSD, hw)
	r.FundingUSD = zeroed(r.FundingUSD, hw)
	r.NetCashFlowUSD = zeroed(r.NetCashFlowUSD, hw)
	r.CashUSD = zeroed(r.CashUSD, hw)
	cs := &p.Cash
	if !cs.Has() {
		return
	}
	t := &r.Totals
	t.HasCash = true
	c := cs.Month
	j0 := min(max(int(c-win.from), 0), hw)
	for j := range r.CashUSD[:j0] {
		r.CashUSD[j] = math.NaN()
	}
	if j0 == hw {
		return // cash starts after the horizon: no month is counted
	}
	for i := range cs.Funding {
		f := &cs.Funding[i]
		if f.On && f.Month >= c && f.Month <= win.to {
			r.FundingUSD[f.Month-win.from] += f.USD
		}
	}
	e := cs.OpexLateMonth
	slope := 0.0
	if e > c {
		slope = (cs.OpexShareLate - cs.OpexShare) / float64(e-c)
	}
	rsEnd := cs.RevShareEnd
	if rsEnd == 0 {
		rsEnd = calendar.Latest + 12*200 // no end
	}
	rsLeft := cs.RevShareCapUSD // what the cap still allows
	capped := rsLeft > 0
	cash := cs.USD
	minCash := math.Inf(1)
	for j := j0; j < hw; j++ {
		m := win.from + calendar.Month(j)
		rev := r.RevenueUSD[j]
		share := cs.OpexShare
		switch {
		case e == 0:
		case m >= e:
			share = cs.OpexShareLate
		default:
			share += slope * float64(m-c)
		}
		opex := share * rev
		rs := 0.0
		if m <= rsEnd {
			rs = cs.RevShare * rev
			if capped {
				rs = min(rs, rsLeft)
				rsLeft -= rs
			}
		}
		net := rev - r.SpendUSD[j] - opex - rs + r.FundingUSD[j]
		cash += net
		r.OpexUSD[j] = opex
		r.RevShareUSD[j] = rs
		r.NetCashFlowUSD[j] = net
		r.CashUSD[j] = cash
		if cash < 0 && !t.HasRunout {
			t.HasRunout = true
			t.CashRunoutMonth = m
		}
		if cash < minCash {
			minCash = cash
			t.MinCashMonth = m
		}
	}
	t.FundingNeedUSD = max(0, -minCash)
	t.MinCashUSD = minCash
}
