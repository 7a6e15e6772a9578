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

	// What sustaining adds after the contract (MODEL.md §7), when the
	// deal is on and held: see beyond.
	sustained bool
	cloud     bool
	shape     model.Shape
	full      calendar.Month
	whole     calendar.Month // whole months of an owned batch's life
	frac      float64        // the share of one more month it serves
}

// sustainedDeal reports whether MODEL.md §7 holds d after its contract:
// only a deal that is on, by its own override or else the world's switch.
func sustainedDeal(d *model.Deal, w *model.World) bool {
	switch {
	case !d.On || d.Sustain == model.SustainNever:
		return false
	case d.Sustain == model.SustainAlways:
		return true
	}
	return w.Sustain
}

func serviceOf(d *model.Deal, w *model.World) service {
	s := service{start: d.Start, sustained: sustainedDeal(d, w), cloud: d.Kind == model.Cloud, shape: d.Shape, full: d.Full}
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
	s.whole, s.frac = whole, frac
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

// beyond returns what sustaining adds to U(m) / N in month m (MODEL.md
// §7): a cloud deal renewed at full size after its term; an owned deal's
// batches past their first life, each bought again, (1 − φ) f(m − w) +
// φ f(m − w − 1) for a life of w + φ months, and all of N after the
// contract's last month. Zero for a deal that is not sustained.
func (s *service) beyond(m calendar.Month) float64 {
	switch {
	case !s.sustained:
		return 0
	case m > s.last:
		return 1
	case s.cloud || m < s.start+s.whole:
		return 0
	}
	f := func(k calendar.Month) float64 { return model.Ramp(s.shape, s.start, s.full, k) }
	old := f(m - s.whole)
	if s.frac > 0 {
		old = (1-s.frac)*old + s.frac*f(m-s.whole-1)
	}
	return old
}

// discount is 1 / (1 + rate)^((m − valuation month) / 12).
func discount(w *model.World, m calendar.Month) float64 {
	return math.Pow(1+w.DiscountRate, -float64(m-w.ValuationMonth)/12)
}
