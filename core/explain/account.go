package explain

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// account is the cash account of MODEL.md §10 worked out month by month
// from the cash month to the horizon's end, from the scenario's inputs
// rather than read from the model: revenue as in revenue.go, spend from
// the deals' lives, other costs, the revenue share with its cap, and the
// funding events.
type account struct {
	from                                   calendar.Month // the cash month
	revenue, spend, opex, rs, funding, net []float64
	cash                                   []float64
}

// at returns index of month m in the account's series, and whether m is
// in them.
func (a *account) at(m calendar.Month) (int, bool) {
	j := int(m - a.from)
	return j, j >= 0 && j < len(a.cash)
}

// cashAccount works out the account on first use; nil without cash.
func (c *context) cashAccount() *account {
	cs := &c.s.Portfolio.Cash
	if !cs.Has() {
		return nil
	}
	if c.acct != nil {
		return c.acct
	}
	n := max(0, int(c.r.To-cs.Month)+1)
	a := &account{from: cs.Month}
	for _, s := range []*[]float64{&a.revenue, &a.spend, &a.opex, &a.rs, &a.funding, &a.net, &a.cash} {
		*s = make([]float64, n)
	}
	for _, f := range cs.Funding {
		if j, ok := a.at(f.Month); f.On && ok {
			a.funding[j] += f.USD
		}
	}
	rv := &c.s.Portfolio.Revenue
	capLeft := cs.RevShareCapUSD
	cash := cs.USD
	for j := range a.cash {
		m := cs.Month + calendar.Month(j)
		rev := revenueAt(rv, m, c.gwAny)
		spend := 0.0
		for _, i := range c.onDeals() {
			spend += c.contractSpend(i, m) + c.sustainSpend(i, m)
		}
		opex := opexShare(cs, m) * rev
		rs := 0.0
		if cs.RevShareEnd == 0 || m <= cs.RevShareEnd {
			rs = cs.RevShare * rev
			if cs.RevShareCapUSD > 0 {
				rs = min(rs, capLeft)
				capLeft -= rs
			}
		}
		net := rev - spend - opex - rs + a.funding[j]
		cash += net
		a.revenue[j], a.spend[j], a.opex[j], a.rs[j], a.net[j], a.cash[j] = rev, spend, opex, rs, net, cash
	}
	c.acct = a
	return a
}

// opexShare is s(m): opex_share in the cash month, moving linearly to
// opex_share_late in opex_late_month and staying there.
func opexShare(cs *model.Cash, m calendar.Month) float64 {
	e := cs.OpexLateMonth
	switch {
	case e == 0:
		return cs.OpexShare
	case m >= e:
		return cs.OpexShareLate
	}
	return cs.OpexShare + (cs.OpexShareLate-cs.OpexShare)*float64(m-cs.Month)/float64(e-cs.Month)
}

// contractSpend is what deal i's contract costs in month m (MODEL.md
// §4.3, §8), worked out from its life: the price of the hours used (cloud);
// the payment for what is delivered, or the lease payments on what is
// online, plus its power (owned).
func (c *context) contractSpend(i int, m calendar.Month) float64 {
	sv, dr, w := c.svc(i), &c.r.Deals[i], &c.s.Portfolio.World
	u := sv.at(m)
	if u == 0 && (sv.cloud || m < sv.start || m > sv.full) {
		return 0
	}
	n := dr.Accelerators
	if sv.cloud {
		return dr.PriceUSDPerHour * n * u * m.Hours()
	}
	a := c.accel(i)
	s := a.ITKW / 1000 * w.PUE * w.Load * w.PowerUSDPerMWh * n * u * m.Hours()
	if w.Finance == model.FinanceLease {
		perMonth, _, _ := leaseOf(w)
		return s + dr.UnitCostUSD*n*perMonth*u
	}
	if m >= sv.start && m <= sv.full {
		s += dr.UnitCostUSD * n * sv.delivered[m-sv.start]
	}
	return s
}

// gwAny is the facility GW of the deals on in any month: read from the
// contracts' series within the horizon, worked out from their lives
// outside it.
func (c *context) gwAny(m calendar.Month) float64 {
	if m >= c.r.From && m <= c.r.To {
		return c.gwOnline(m)
	}
	w := &c.s.Portfolio.World
	g := 0.0
	for _, i := range c.onDeals() {
		sv := c.svc(i)
		g += c.r.Deals[i].Accelerators * (sv.at(m) + sv.beyond(m)) * c.accel(i).ITKW * w.PUE / 1e6
	}
	return g
}

// lowest returns the lowest balance of the account and its first month;
// +Inf when the account has no month.
func (a *account) lowest() (float64, calendar.Month) {
	low, at := math.Inf(1), a.from
	for j, v := range a.cash {
		if v < low {
			low, at = v, a.from+calendar.Month(j)
		}
	}
	return low, at
}
