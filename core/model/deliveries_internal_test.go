package model

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/computedeals/explorer/core/calendar"
)

// An owned deal's deliveries D(m) = N (f(m) − f(m − 1)) telescope to
// N (f(full) − f(start − 1)) = N: every accelerator is delivered once.
func TestDeliveriesSumToTheWholeDeal(t *testing.T) {
	start := calendar.Of(2026, 7)
	for _, shape := range []Shape{Linear, SCurve, Step} {
		for _, months := range []int{1, 2, 3, 14, 54, 599} {
			d := Deal{Kind: Owned, Shape: shape, Start: start, Full: start + calendar.Month(months-1)}
			w := World{LifeYears: 5}
			sp := newSpan(&d, &w)
			sum := 0.0
			for m := start - 2; m <= d.Full+2; m++ {
				sum += sp.deliveredPerN(m)
			}
			assert.InDelta(t, 1, sum, 1e-12, "%v over %d months", shape, months)
		}
	}
}
