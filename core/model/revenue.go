package model

import (
	"math"

	"github.com/computedeals/explorer/core/calendar"
)

// revenue writes Revenue(m) = ARR(m) / 12 for the months from…to into out
// (MODEL.md §5 and §9); gw holds the portfolio's facility GW online over
// the same months, which per-GW revenue follows.
func revenue(rv *Revenue, from, to calendar.Month, gw, out []float64) {
	a := rv.ARRMonth
	if to >= a {
		if rv.Mode == RevenuePerGW {
			revenuePerGW(rv, from, to, gw, out)
		} else {
			revenueAfter(rv, from, to, out)
		}
	}
	if from < a {
		if len(rv.History) == 0 {
			revenueBefore(rv, from, to, out)
		} else {
			revenueHistory(rv, from, to, out)
		}
	}
}

// revenueAfter is §5's path from arr_month on.
func revenueAfter(rv *Revenue, from, to calendar.Month, out []float64) {
	a := rv.ARRMonth
	arr := rv.ARRUSD
	k := -1
	var step float64
	for m := a; m <= to; m++ {
		if m > a {
			// Month a + j grows by g_⌊(j−1)/12⌋.
			if kk := int(m-a-1) / 12; kk != k {
				k = kk
				g := rv.Growth * math.Pow(1-rv.GrowthDecay, float64(k))
				step = math.Pow(1+g, 1.0/12)
			}
			arr *= step
		}
		if m >= from {
			out[m-from] = arr / 12
		}
	}
}

// revenueBefore is version 1's back-cast before arr_month at `growth`.
func revenueBefore(rv *Revenue, from, to calendar.Month, out []float64) {
	arr := rv.ARRUSD
	step := math.Pow(1+rv.Growth, 1.0/12)
	for m := rv.ARRMonth - 1; m >= from; m-- {
		arr /= step
		if m <= to {
			out[m-from] = arr / 12
		}
	}
}

// revenuePerGW is §9's revenue after arr_month: rev_per_gw ×
// (1 + rev_per_gw_trend)^((m − arr_month) / 12) per GW-year online. In
// arr_month itself revenue is still ARR / 12.
func revenuePerGW(rv *Revenue, from, to calendar.Month, gw, out []float64) {
	a := rv.ARRMonth
	if a >= from {
		out[a-from] = rv.ARRUSD / 12
	}
	step := math.Pow(1+rv.PerGWTrend, 1.0/12)
	perGW := rv.PerGWYearUSD
	m := a + 1
	if m < from {
		// Start the trend where the window starts.
		perGW *= math.Pow(1+rv.PerGWTrend, float64(from-a)/12)
		m = from
	} else {
		perGW *= step
	}
	for ; m <= to; m++ {
		out[m-from] = perGW * gw[m-from] / 12
		perGW *= step
	}
}

// revenueHistory is ARR before arr_month from the known run-rates of
// §9: geometric between consecutive points, the last being (arr_month,
// arr), and back-cast before the first at the yearly growth between the
// first two history points, or at `growth` with one point.
func revenueHistory(rv *Revenue, from, to calendar.Month, out []float64) {
	hs := rv.History
	// Segments from each point to the next; each starts afresh at its
	// point, so that every known run-rate is exact.
	for i := range hs {
		ma, va := hs[i].Month, hs[i].ARRUSD
		mb, vb := rv.ARRMonth, rv.ARRUSD
		if i+1 < len(hs) {
			mb, vb = hs[i+1].Month, hs[i+1].ARRUSD
		}
		if mb <= from || ma > to {
			continue
		}
		step := math.Pow(vb/va, 1/float64(mb-ma))
		arr := va
		m := ma
		if m < from {
			arr = va * math.Pow(vb/va, float64(from-ma)/float64(mb-ma))
			m = from
		}
		for ; m < mb && m <= to; m++ {
			out[m-from] = arr / 12
			arr *= step
		}
	}
	first := hs[0].Month
	if from >= first {
		return
	}
	var step float64
	if len(hs) >= 2 {
		step = math.Pow(hs[1].ARRUSD/hs[0].ARRUSD, 1/float64(hs[1].Month-first))
	} else {
		step = math.Pow(1+rv.Growth, 1.0/12)
	}
	arr := hs[0].ARRUSD
	for m := first - 1; m >= from; m-- {
		arr /= step
		if m <= to {
			out[m-from] = arr / 12
		}
	}
}
