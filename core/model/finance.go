package model

import "math"

// lease is the level payment of MODEL.md §8 per USD of a purchase.
type lease struct {
	// perMonth is a / A = i / (1 − (1 + i)^(−L)), or 1 / L when i = 0.
	perMonth float64
	// excess is (Σ payments − A) / A = perMonth × L − 1: what the lease
	// adds to the price.
	excess float64
}

// newLease works out the lease of w's finance rate over a batch's life;
// zero when w pays in cash.
func newLease(w *World) lease {
	if w.Finance != FinanceLease {
		return lease{}
	}
	months := 12 * w.LifeYears
	// ln(1 + i) = ln(1 + finance_rate) / 12; Expm1 and Log1p keep small
	// rates exact.
	lr := math.Log1p(w.FinanceRate) / 12
	if lr == 0 {
		return lease{perMonth: 1 / months}
	}
	i := math.Expm1(lr)
	per := i / -math.Expm1(-months*lr)
	return lease{perMonth: per, excess: per*months - 1}
}

// PayAt pays amount at the real time t (months from the first month of s)
// in cash (MODEL.md §8): (1 − φ) of it in month ⌊t⌋ and φ in the next, φ
// = t − ⌊t⌋. What falls outside s is dropped.
func PayAt(s []float64, t, amount float64) {
	fl := math.Floor(t)
	phi := t - fl
	i := int(fl)
	if i >= 0 && i < len(s) {
		s[i] += amount * (1 - phi)
	}
	if phi > 0 && i+1 >= 0 && i+1 < len(s) {
		s[i+1] += amount * phi
	}
}

// StepAt records in steps (one more element than the months of the
// window) that a monthly payment changes by rate from the real time t on:
// the month m = ⌊t⌋ pays (1 − φ) of the change, the months after it all of
// it. Summed month by month, steps give each month's payment, the length
// of [m, m+1) ∩ [t, t + L) times the rate of every lease running. A change
// before the window counts from its first month; one after it is dropped.
func StepAt(steps []float64, t, rate float64) {
	fl := math.Floor(t)
	i := int(fl)
	if i < 0 {
		steps[0] += rate
		return
	}
	if i >= len(steps)-1 {
		return
	}
	phi := t - fl
	steps[i] += rate * (1 - phi)
	steps[i+1] += rate * phi
}

// LeaseFactors returns what a lease in world w pays per month per USD of
// a purchase and what it adds to the price per USD (MODEL.md §8), both 0
// when w pays in cash: Evaluate's figures, for code that works out a
// deal's series apart from it.
func LeaseFactors(w *World) (perMonth, excess float64) {
	l := newLease(w)
	return l.perMonth, l.excess
}
