package uncertainty

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
)

// offDeals works out the outputs of the deals that are off for a Monte
// Carlo run that keeps every output. A deal that is off adds nothing to
// the portfolio; its outputs are its whole-life totals (MODEL.md §4.3),
// which need one pass over its life for the present value and nothing
// else. Per run it keeps each deal's ramp and, per term a cloud deal's
// samples draw, its units online and accelerator-hours per accelerator
// month by month; per sample it only discounts them and scales the sums.
//
// Every figure but the present value is worked out with the operations
// of evalDeal (core/model/evaluate.go) in the same order, so those
// outputs are Evaluate's bit for bit; the present value is a dot product
// of the profile with the sample's powers of the monthly discount step
// (powers), the same sum to a few ulps (TestFastEngineMatchesFullEvaluation
// holds every output to 1e-9 relative). An offDeals is not safe for
// concurrent use: each evaluator has its own.
type offDeals struct {
	deals []offDeal
	// starts are the distinct months from the valuation month to an off
	// deal's start; discs their discount factors in the current sample.
	starts []calendar.Month
	discs  []float64
	pows   *powers
}

type offDeal struct {
	idx, accel  int
	col         int // position of the deal's first output in a row
	startIdx    int // into offDeals.starts
	start, full calendar.Month
	ramp        []float64 // f(start + i) for start + i < full
	// cache holds a cloud deal's units per term, an owned deal's profile
	// per whole months of life.
	cache *rampCache
}

// termProfile is a cloud deal's ramp over a term, per accelerator of
// it: the units online and their accelerator-hours month by month, and
// those summed.
type termProfile struct {
	u, uh  []float64
	ahPerN float64
}

// newTermProfile works out the profile of a term of term months from
// start, along ramp (f(start + i) while it ramps; 1 after).
func newTermProfile(start calendar.Month, ramp []float64, term int) termProfile {
	tp := termProfile{u: make([]float64, term), uh: make([]float64, term)}
	for i := range term {
		f := 1.0
		if i < len(ramp) {
			f = ramp[i]
		}
		uh := f * hoursOf(start+calendar.Month(i))
		tp.u[i], tp.uh[i] = f, uh
		tp.ahPerN += uh
	}
	return tp
}

// dealOutputs is how many outputs each deal has in a layout.
const dealOutputs = 13

// newOffDeals prepares the off deals of p, whose outputs a row of layout
// holds, with the profiles of st; nil when there are none or the layout is not p's.
func newOffDeals(p *model.Portfolio, layout *outputs.Layout, st *profileStore, pows *powers) *offDeals {
	o := &offDeals{pows: pows}
	for i := range p.Deals {
		d := &p.Deals[i]
		if d.On {
			continue
		}
		col := layout.Index("deals." + d.ID + ".value_usd")
		if col < 0 || layout.Index("deals."+d.ID+".financing_usd") != col+dealOutputs-1 {
			return nil
		}
		a := -1
		for k := range p.Accelerators {
			if p.Accelerators[k].ID == d.Accel {
				a = k
			}
		}
		if a < 0 || d.Full < d.Start {
			return nil
		}
		c := st.of(p, d)
		od := offDeal{idx: i, accel: a, col: col, start: d.Start, full: d.Full, startIdx: -1, ramp: c.ramp, cache: c}
		months := d.Start - p.World.ValuationMonth
		for k, s := range o.starts {
			if s == months {
				od.startIdx = k
			}
		}
		if od.startIdx < 0 {
			od.startIdx = len(o.starts)
			o.starts = append(o.starts, months)
		}
		o.deals = append(o.deals, od)
	}
	if len(o.deals) == 0 {
		return nil
	}
	o.discs = make([]float64, len(o.starts))
	return o
}

// units returns a cloud deal's units per term, working them out once.
func (od *offDeal) units(term int) *termProfile {
	if tu := od.cache.offTerm[term]; tu != nil {
		return tu
	}
	tp := newTermProfile(od.start, od.ramp, term)
	tu := &tp
	od.cache.offTerm[term] = tu
	return tu
}

// eval writes the outputs of the off deals of p into row.
func (o *offDeals) eval(p *model.Portfolio, row []float64) {
	w := &p.World
	o.pows.use(w.DiscountRate)
	for k, months := range o.starts {
		// (1 + discount_rate)^(−months/12) = step^months.
		o.discs[k] = o.pows.at(int(months))
	}
	leasePerMonth, leaseExcess := model.LeaseFactors(w)
	for k := range o.deals {
		od := &o.deals[k]
		d := &p.Deals[od.idx]
		a := &p.Accelerators[od.accel]
		var ahPerN, pvAHPerN, pvDeliveredPerN, pvUnitsPerN float64
		disc := o.discs[od.startIdx]
		owned := d.Kind == model.Owned
		if !owned {
			tu := od.units(d.TermMonths)
			ahPerN = tu.ahPerN
			// Only a leased owned deal reads pvUnitsPerN.
			pvAHPerN = disc * o.pows.plateauDot(tu.uh, od.start, len(od.ramp), len(tu.uh), true)
		} else {
			months := 12 * w.LifeYears
			whole := math.Floor(months)
			pr := lifeOf(&od.cache.byLife, od.start, od.full, od.ramp, int(whole))
			ahPerN, pvAHPerN, pvUnitsPerN, pvDeliveredPerN = pr.discounted(months-whole, disc, o.pows, w.Finance == model.FinanceLease)
		}
		itMWPerUnit := a.ITKW / 1000
		energyMWhPerUnitHour := itMWPerUnit * w.PUE * w.Load
		t := model.Terms(d, a, w, model.Life{AHPerN: ahPerN, PVAHPerN: pvAHPerN, PVUnitsPerN: pvUnitsPerN, PVDeliveredPerN: pvDeliveredPerN}, leasePerMonth)
		n, v, pv, unitCost := t.N, t.Value, t.PV, t.UnitCost
		ah := n * ahPerN
		energyMWh := ah * energyMWhPerUnitHour
		energyCost := energyMWh * w.PowerUSDPerMWh
		peakFLOP := ah * a.FP8PFLOPS * 1e15 * 3600
		perHour := v / ah
		if owned {
			perHour = (v + energyCost) / ah
		}
		financing := 0.0
		if owned && w.Finance == model.FinanceLease {
			financing = v * leaseExcess
		}
		out := row[od.col : od.col+dealOutputs]
		out[0], out[1], out[2], out[3] = v, perHour, unitCost, n
		out[4], out[5], out[6], out[7] = n*a.FP8PFLOPS/model.H100FP8PFLOPS, n*a.ITKW*w.PUE/1e6, ah, energyMWh/1e6
		out[8], out[9], out[10], out[11] = energyCost, peakFLOP, peakFLOP*w.Utilization, pv
		out[12] = financing
	}
}

// monthHours is hours(m) for the months from calendar.Earliest on, as the
// model's table.
var monthHours = func() []float64 {
	t := make([]float64, 12*200)
	for i := range t {
		t[i] = (calendar.Earliest + calendar.Month(i)).Hours()
	}
	return t
}()

func hoursOf(m calendar.Month) float64 {
	if i := uint(m - calendar.Earliest); i < uint(len(monthHours)) {
		return monthHours[i]
	}
	return m.Hours()
}
