package uncertainty

import (
	"math"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// linear is the fast path of a Monte Carlo run whose outputs are only the
// portfolio's value and yearly spends (the peer's job, shared/peer/) of a
// portfolio that sustains nothing and pays for owned hardware in cash:
// outputs that are sums over the deals that are on of a few per-sample
// numbers (N, P or C, V, the energy cost per accelerator-hour) times
// quantities that depend only on each deal's ramp and term (MODEL.md
// §4). Per run it works out, per deal, what a sample cannot change; per
// sample only the arithmetic the drawn inputs move:
//
//   - a cloud deal's accelerator-hours per accelerator over its term and
//     in each year of the horizon, kept per term (the only input of its
//     shape a sample draws, rounded to whole months): then its value is
//     one product and its spend one product per year;
//   - an owned deal's deliveries in each year, and its accelerator-hours
//     in each year in two parts, kept per whole months of life (the
//     sampled life's fraction of a month weighs the second part).
//
// The value comes out bit for bit as Evaluate's (the same operations in
// the same order); a year's spend is summed deal by deal instead of month
// by month, which changes its last bits only (a test holds every output to
// Evaluate's to 1e-9 relative). A linear is not safe for concurrent use:
// each evaluator has its own.
type linear struct {
	valueCol  int   // position of portfolio.value_usd in a row, or -1
	spendCols []int // per year of the horizon, position of its spend, or -1
	from, to  calendar.Month
	hours     []float64 // hours(m) for the months from…to
	yearOf    []int     // the horizon year of each of those months
	spend     []float64 // scratch: each year's spend
	deals     []linearDeal
	// chk is the portfolio that Check reads: p's deals that are on. A
	// sample changes nothing of the deals that are off, which were
	// valid when the run began, so checking them again would say
	// nothing new (and took a tenth of a sample).
	chk model.Portfolio
}

type linearDeal struct {
	idx, accel  int // in the portfolio
	start, full calendar.Month
	ramp        []float64 // f(start + i) for start + i < full
	// byTerm holds a cloud deal's profile per term in months, worked out
	// the first time a sample draws that term.
	byTerm []*cloudProfile
	// An owned deal's deliveries per accelerator in each year of the
	// horizon, and its profile per whole months of life, worked out the
	// first time a sample draws that life.
	delivered []float64
	byLife    []*ownedProfile
}

// cloudProfile is what a cloud deal's value and spend need of its ramp
// and term, per accelerator at full capacity.
type cloudProfile struct {
	ahPerN float64   // accelerator-hours over the term, in Evaluate's order
	uhYear []float64 // accelerator-hours in each year of the horizon
}

// newLinear returns the fast path for the outputs at paths of portfolio
// p, or nil when p or the paths are not what it handles.
func newLinear(p *model.Portfolio, paths []string) *linear {
	w := &p.World
	from, to := w.From, w.To
	y0, ny := from.Year(), to.Year()-from.Year()+1
	l := &linear{valueCol: -1, spendCols: make([]int, ny), from: from, to: to, spend: make([]float64, ny)}
	for i := range l.spendCols {
		l.spendCols[i] = -1
	}
	for c, path := range paths {
		if path == "portfolio.value_usd" {
			l.valueCol = c
			continue
		}
		ys, ok := strings.CutPrefix(path, "years.")
		if !ok {
			return nil
		}
		ys, ok = strings.CutSuffix(ys, ".spend_usd")
		y, err := strconv.Atoi(ys)
		if !ok || err != nil || y < y0 || y >= y0+ny {
			return nil
		}
		l.spendCols[y-y0] = c
	}
	for m := from; m <= to; m++ {
		l.hours = append(l.hours, m.Hours())
		l.yearOf = append(l.yearOf, m.Year()-y0)
	}
	for i := range p.Deals {
		d := &p.Deals[i]
		if !d.On {
			continue
		}
		if d.Sustain == model.SustainAlways || d.Sustain == model.SustainWorld && w.Sustain ||
			d.Kind == model.Owned && w.Finance == model.FinanceLease {
			return nil // renewals and leases: not linear in this way
		}
		a := -1
		for k := range p.Accelerators {
			if p.Accelerators[k].ID == d.Accel {
				a = k
			}
		}
		if a < 0 || d.Full < d.Start {
			return nil // Evaluate refuses it: let it say why
		}
		ld := linearDeal{idx: i, accel: a, start: d.Start, full: d.Full}
		for m := d.Start; m < d.Full; m++ {
			ld.ramp = append(ld.ramp, model.Ramp(d.Shape, d.Start, d.Full, m))
		}
		if d.Kind == model.Cloud {
			ld.byTerm = make([]*cloudProfile, model.MaxSpanMonths+1)
		} else {
			ld.delivered = make([]float64, ny)
			for m := max(d.Start, from); m <= min(d.Full, to); m++ {
				ld.delivered[l.yearOf[m-from]] += ld.rampAt(m) - ld.rampAt(m-1)
			}
		}
		l.deals = append(l.deals, ld)
	}
	l.chk.Deals = make([]model.Deal, len(l.deals))
	return l
}

// rampAt is f(m) of the deal's ramp.
func (ld *linearDeal) rampAt(m calendar.Month) float64 {
	if m < ld.start {
		return 0
	}
	if m >= ld.full {
		return 1
	}
	return ld.ramp[m-ld.start]
}

// profile returns the deal's profile for a term, working it out once.
func (l *linear) profile(ld *linearDeal, term int) *cloudProfile {
	if pr := ld.byTerm[term]; pr != nil {
		return pr
	}
	pr := &cloudProfile{uhYear: make([]float64, len(l.spend))}
	for i := range term {
		m := ld.start + calendar.Month(i)
		f := 1.0
		if i < len(ld.ramp) {
			f = ld.ramp[i]
		}
		uh := f * m.Hours()
		pr.ahPerN += uh
		if m >= l.from && m <= l.to {
			pr.uhYear[l.yearOf[m-l.from]] += uh
		}
	}
	ld.byTerm[term] = pr
	return pr
}

// eval works out the outputs of p into row, or, when check is set,
// returns why Evaluate refuses p.
func (l *linear) eval(p *model.Portfolio, row []float64, check bool) error {
	if check {
		deals := l.chk.Deals
		l.chk = *p
		l.chk.Deals = deals
		for k := range l.deals {
			deals[k] = p.Deals[l.deals[k].idx]
		}
		if errs := model.Check(&l.chk); len(errs) > 0 {
			return &model.InvalidError{Errs: errs}
		}
	}
	w := &p.World
	spend := l.spend
	clear(spend)
	value := 0.0
	for k := range l.deals {
		ld := &l.deals[k]
		d := &p.Deals[ld.idx]
		a := &p.Accelerators[ld.accel]
		// As evalDeal (core/model/evaluate.go), operation for operation.
		n := d.Size
		if d.Derive != model.Size && d.SizeUnit == model.GW {
			n = d.Size * 1e6 / (a.ITKW * w.PUE)
		}
		v, price := d.ValueUSD, d.Price
		if d.Kind == model.Cloud {
			pr := l.profile(ld, d.TermMonths)
			switch d.Derive {
			case model.Value:
				v = price * n * pr.ahPerN
			case model.Price:
				price = v / (n * pr.ahPerN)
			case model.Size:
				n = v / (price * pr.ahPerN)
			}
			perAH := price * n
			for y, uh := range pr.uhYear {
				spend[y] += perAH * uh
			}
			value += v
			continue
		}
		itMWPerUnit := a.ITKW / 1000
		energyUSDPerUnitHour := itMWPerUnit * w.PUE * w.Load * w.PowerUSDPerMWh
		if d.PriceAuto {
			price = a.CapexUSD + w.FacilityCapexMUSDPerMW*1e6*itMWPerUnit
		}
		switch d.Derive {
		case model.Value:
			v = n * price
		case model.Price:
			price = v / n
		case model.Size:
			n = v / price
		}
		l.ownedSpend(ld, w.LifeYears, n, price, energyUSDPerUnitHour)
		value += v
	}
	if l.valueCol >= 0 {
		row[l.valueCol] = value
	}
	for y, c := range l.spendCols {
		if c >= 0 {
			row[c] = spend[y]
		}
	}
	return nil
}

// ownedSpend adds an owned deal's spend in the horizon to l.spend: its
// deliveries, paid in their month, and the energy of its units online
// over the life of each batch (MODEL.md §4.1, §4.3). With L = lw + frac
// months of life, U(m) / N = f(m) − f(m − lw) + frac·(f(m − lw) −
// f(m − lw − 1)): both differences are never negative, so their sums over
// each year, kept per whole lw, give each year's accelerator-hours
// without cancellation.
func (l *linear) ownedSpend(ld *linearDeal, life, n, price, energyUSDPerUnitHour float64) {
	months := 12 * life
	whole := math.Floor(months)
	lw, frac := int(whole), months-whole
	pr := l.ownedProfile(ld, lw)
	perUnit := price * n
	perUH := energyUSDPerUnitHour * n
	for y := range l.spend {
		l.spend[y] += perUH*(pr.uhWhole[y]+frac*pr.uhPart[y]) + perUnit*ld.delivered[y]
	}
}

// ownedProfile is an owned deal's accelerator-hours per accelerator in
// each year of the horizon, for a life of lw whole months: uhWhole of
// f(m) − f(m − lw), uhPart of f(m − lw) − f(m − lw − 1).
type ownedProfile struct {
	uhWhole, uhPart []float64
}

func (l *linear) ownedProfile(ld *linearDeal, lw int) *ownedProfile {
	if lw < len(ld.byLife) && ld.byLife[lw] != nil {
		return ld.byLife[lw]
	}
	if lw >= len(ld.byLife) {
		ld.byLife = append(ld.byLife, make([]*ownedProfile, lw+1-len(ld.byLife))...)
	}
	pr := &ownedProfile{uhWhole: make([]float64, len(l.spend)), uhPart: make([]float64, len(l.spend))}
	w := calendar.Month(lw)
	for m := max(ld.start, l.from); m <= l.to; m++ {
		j := m - l.from
		h := l.hours[j]
		old := ld.rampAt(m - w)
		pr.uhWhole[l.yearOf[j]] += (ld.rampAt(m) - old) * h
		pr.uhPart[l.yearOf[j]] += (old - ld.rampAt(m-w-1)) * h
	}
	ld.byLife[lw] = pr
	return pr
}
