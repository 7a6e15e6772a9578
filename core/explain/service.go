package explain

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// service is a deal's life per accelerator at full capacity, worked out
// here from MODEL.md §4.1 rather than read from the model, so that a
// derivation checks the model instead of repeating it.
type service struct {
	start, last calendar.Month
	units       []float64 // U(m) / N, for m = start … last
	delivered   []float64 // D(m) / N of owned deals
}

func serviceOf(d *model.Deal, w *model.World) service {
	s := service{start: d.Start}
	f := func(m calendar.Month) float64 { return model.Ramp(d.Shape, d.Start, d.Full, m) }
	if d.Kind == model.Cloud {
		s.last = d.Start + calendar.Month(d.TermMonths) - 1
		s.units = make([]float64, s.last-s.start+1)
		for m := s.start; m <= s.last; m++ {
			s.units[m-s.start] = f(m)
		}
		return s
	}
	// Each batch delivered in month k serves the months k … k + 12·life − 1;
	// a life that is not a whole number of months serves its last month
	// in part.
	months := 12 * w.LifeYears
	whole := calendar.Month(math.Floor(months))
	frac := months - math.Floor(months)
	s.last = d.Full + whole - 1
	if frac > 0 {
		s.last++
	}
	n := int(s.last - s.start + 1)
	s.units = make([]float64, n)
	s.delivered = make([]float64, n)
	for k := d.Start; k <= d.Full; k++ {
		dk := f(k) - f(k-1)
		s.delivered[k-s.start] = dk
		for m := k; m < k+whole; m++ {
			s.units[m-s.start] += dk
		}
		if frac > 0 {
			s.units[k+whole-s.start] += frac * dk
		}
	}
	return s
}

// hours is Σ U(m)/N × hours(m): the hours one accelerator at full
// capacity serves over the deal's life, counting the ramp.
func (s *service) hours() float64 {
	h := 0.0
	for i, u := range s.units {
		h += u * (s.start + calendar.Month(i)).Hours()
	}
	return h
}

// at returns U(m) / N.
func (s *service) at(m calendar.Month) float64 {
	if m < s.start || m > s.last {
		return 0
	}
	return s.units[m-s.start]
}

// discount is 1 / (1 + rate)^((m − valuation month) / 12).
func discount(w *model.World, m calendar.Month) float64 {
	return math.Pow(1+w.DiscountRate, -float64(m-w.ValuationMonth)/12)
}

// revenueMonthly returns revenue(m) = ARR(m) / 12 for the months from … to,
// following MODEL.md §5 month by month from the run-rate month.
func revenueMonthly(rv *model.Revenue, from, to calendar.Month) []float64 {
	out := make([]float64, to-from+1)
	a := rv.ARRMonth
	arr := func(m calendar.Month) float64 {
		v := rv.ARRUSD
		if m >= a {
			for j := 1; j <= int(m-a); j++ {
				k := (j - 1) / 12
				g := rv.Growth * math.Pow(1-rv.GrowthDecay, float64(k))
				v *= math.Pow(1+g, 1.0/12)
			}
			return v
		}
		return v / math.Pow(1+rv.Growth, float64(a-m)/12)
	}
	for m := from; m <= to; m++ {
		out[m-from] = arr(m) / 12
	}
	return out
}
