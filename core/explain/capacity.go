package explain

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// What version 2 adds to the capacity and spend of the deals on
// (MODEL.md §7, §8): the portfolio's figures hold each deal's contract,
// as the model lists it, and what sustaining adds after it, worked out
// here from the deal's ramp and life.

// svc returns the service of deal i, worked out on first use.
func (c *context) svc(i int) *service {
	p := &c.s.Portfolio
	if c.svs == nil {
		c.svs = make([]*service, len(p.Deals))
	}
	if c.svs[i] == nil {
		sv := serviceOf(&p.Deals[i], &p.World)
		c.svs[i] = &sv
	}
	return c.svs[i]
}

// anySustained reports whether a deal on is held after its contract.
func (c *context) anySustained() bool {
	for _, i := range c.onDeals() {
		if c.svc(i).sustained {
			return true
		}
	}
	return false
}

// leased reports whether a deal on owns hardware that is paid by lease.
func (c *context) leased() bool {
	p := &c.s.Portfolio
	if p.World.Finance != model.FinanceLease {
		return false
	}
	for _, i := range c.onDeals() {
		if p.Deals[i].Kind == model.Owned {
			return true
		}
	}
	return false
}

// capacityKeys lists the version 2 inputs that move the capacity online
// (and, with spend, what it costs), when they apply: the switch of §7,
// each deal's own, the life after which owned batches are replaced, the
// trend of what renewing costs, and how owned hardware is paid (§8).
func (c *context) capacityKeys(spend bool) []string {
	var k []string
	if c.anySustained() {
		k = append(k, "sustain", "life")
		for _, i := range c.onDeals() {
			k = append(k, "d."+c.s.Portfolio.Deals[i].ID+".sustain")
		}
		if spend {
			k = append(k, "sustain_trend")
		}
	}
	if spend && c.leased() {
		k = append(k, "finance", "finance_rate", "life")
	}
	return k
}

// sustainUnits is what sustaining adds to deal i's accelerators online in
// month m.
func (c *context) sustainUnits(i int, m calendar.Month) float64 {
	return c.r.Deals[i].Accelerators * c.svc(i).beyond(m)
}

// gwAt is deal i's facility GW online in month m of the horizon.
func (c *context) gwAt(i int, m calendar.Month) float64 {
	a := c.accel(i)
	return c.r.Deals[i].GWOnline[m-c.r.From] + c.sustainUnits(i, m)*a.ITKW*c.s.Portfolio.World.PUE/1e6
}

// energyAt is deal i's energy in month m of the horizon, in MWh.
func (c *context) energyAt(i int, m calendar.Month) float64 {
	a, w := c.accel(i), &c.s.Portfolio.World
	return c.r.Deals[i].EnergyMWh[m-c.r.From] + c.sustainUnits(i, m)*a.ITKW/1000*w.PUE*w.Load*m.Hours()
}

// sustainSpend is what renewing or replacing deal i's capacity costs in
// month m (MODEL.md §7): a cloud deal's renewal j at P × (1 + trend)^(j ×
// term / 12) per accelerator-hour; an owned deal's batch D(k) bought again
// at k + j × L for C × D(k) × (1 + trend)^(j × life), paid in cash or by
// lease (§8), plus the power of the units past their first life.
func (c *context) sustainSpend(i int, m calendar.Month) float64 {
	sv, dr, w := c.svc(i), &c.r.Deals[i], &c.s.Portfolio.World
	if sv.beyond(m) == 0 && (sv.cloud || !sv.sustained) {
		return 0
	}
	if sv.cloud {
		j := (m - sv.start) / calendar.Month(c.s.Portfolio.Deals[i].TermMonths)
		term := float64(c.s.Portfolio.Deals[i].TermMonths)
		return dr.PriceUSDPerHour * math.Pow(1+w.SustainTrend, float64(j)*term/12) * dr.Accelerators * m.Hours()
	}
	a := c.accel(i)
	s := c.sustainUnits(i, m) * a.ITKW / 1000 * w.PUE * w.Load * w.PowerUSDPerMWh * m.Hours()
	L := 12 * w.LifeYears
	perMonth, _, _ := leaseOf(w)
	at := float64(m - sv.start) // month m is [at, at + 1) from the deal's start
	for k := sv.start; k <= sv.full; k++ {
		dk := sv.delivered[k-sv.start]
		if dk == 0 {
			continue
		}
		for j := 1; ; j++ {
			t := float64(k-sv.start) + float64(j)*L
			if t >= at+1 {
				break
			}
			amount := dr.UnitCostUSD * dr.Accelerators * dk * math.Pow(1+w.SustainTrend, float64(j)*w.LifeYears)
			if w.Finance == model.FinanceLease {
				s += amount * perMonth * overlap(at, at+1, t, t+L)
			} else {
				s += amount * paidIn(at, t)
			}
		}
	}
	return s
}

// overlap is the length of [a, b) ∩ [c, d).
func overlap(a, b, c, d float64) float64 { return max(0, min(b, d)-max(a, c)) }

// paidIn is the share of a cash purchase at the real time t that month
// [at, at + 1) pays (MODEL.md §8): 1 − φ in month ⌊t⌋, φ in the next.
func paidIn(at, t float64) float64 {
	fl := math.Floor(t)
	switch at {
	case fl:
		return 1 - (t - fl)
	case fl + 1:
		return t - fl
	}
	return 0
}

// gwOnline is the facility GW of the deals on in month m of the horizon.
func (c *context) gwOnline(m calendar.Month) float64 {
	g := 0.0
	for _, i := range c.onDeals() {
		g += c.gwAt(i, m)
	}
	return g
}

// unitsKeys are the inputs behind the accelerators online of the deals
// on, month by month.
func (c *context) unitsKeys() []string {
	return append(c.dealKeys((*dealCtx).ahKeys), c.capacityKeys(false)...)
}

// gwKeys are the inputs behind the facility power online of the deals on.
func (c *context) gwKeys() []string {
	return append(c.dealKeys((*dealCtx).gwKeys), c.capacityKeys(false)...)
}

// spendKeys are the inputs behind the spend of the deals on, month by
// month, renewals and replacements included.
func (c *context) spendKeys() []string {
	return append(c.dealKeys((*dealCtx).spendKeys), c.capacityKeys(true)...)
}
