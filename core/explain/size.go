package explain

import (
	"strconv"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/units"
)

// The functions here are kept out of line (//go:noinline) for main.wasm's
// size: inlining them at their many call sites would cost more code than
// the calls do. README's "Size hacks" table lists every such function,
// and internal/rules checks that it does.

// onDeals returns the indices of the deals that are on. It is not
// inlined: a copy of its loop in each of its callers costs main.wasm about
// 4 KB (brotli).
//
//go:noinline
func (c *context) onDeals() []int {
	var out []int
	for i, d := range c.s.Portfolio.Deals {
		if d.On {
			out = append(out, i)
		}
	}
	return out
}

// sum adds one of the account's series over the months from … to.
// It is not inlined, for main.wasm's size: nine callers.
//
//go:noinline
func (a *account) sum(series []float64, from, to calendar.Month) float64 {
	s := 0.0
	for m := max(from, a.from); m <= to; m++ {
		if j, ok := a.at(m); ok {
			s += series[j]
		}
	}
	return s
}

// accel returns the accelerator of deal i.
// It is not inlined, for main.wasm's size: nine callers, each with a
// copy of Portfolio.Accelerator's loop.
//
//go:noinline
func (c *context) accel(i int) *model.Accelerator {
	p := &c.s.Portfolio
	a, _ := p.Accelerator(p.Deals[i].Accel)
	return a
}

// unitsAt is deal i's accelerators online in month m of the horizon.
// It is not inlined, for main.wasm's size: five callers.
//
//go:noinline
func (c *context) unitsAt(i int, m calendar.Month) float64 {
	return c.r.Deals[i].UnitsOnline[m-c.r.From] + c.sustainUnits(i, m)
}

// spendAt is deal i's spend in month m of the horizon: the contract's, as
// the model lists it, and what its renewals or replacements cost.
// It is not inlined, for main.wasm's size.
//
//go:noinline
func (c *context) spendAt(i int, m calendar.Month) float64 {
	return c.r.Deals[i].SpendUSD[m-c.r.From] + c.sustainSpend(i, m)
}

// sustainWords says what the figures of the deals on include after their
// contracts, or nothing when no deal on is held.
// It is not inlined, for main.wasm's size: five callers.
//
//go:noinline
func (c *context) sustainWords() string {
	if !c.anySustained() {
		return ""
	}
	return "; after its contract, a deal held on counts its renewed lease (cloud) or its batches bought again at the end of each life (owned)"
}

// rampKeys are the inputs behind a deal's ramp. Not inlined, for
// main.wasm's size, as the other key lists here: each builds a slice of
// concatenated keys, and a copy of that in every caller cost more than
// the call.
//
//go:noinline
func (x *dealCtx) rampKeys() []string {
	k := []string{x.id + "start", x.id + "full", x.id + "shape"}
	if x.cloud() {
		return append(k, x.id+"term")
	}
	return append(k, "life")
}

// givenSizeKeys are the inputs behind a size the deal gives. Not
// inlined, as rampKeys.
//
//go:noinline
func (x *dealCtx) givenSizeKeys() []string {
	if x.d.SizeUnit == model.GW {
		return []string{x.id + "gw", x.acc + "it_kw", "pue"}
	}
	return []string{x.id + "n"}
}

// givenPriceKeys are the inputs behind a price the deal gives. Not
// inlined, as rampKeys.
//
//go:noinline
func (x *dealCtx) givenPriceKeys() []string {
	if !x.cloud() && x.d.PriceAuto {
		return []string{x.id + "price", x.acc + "capex", "facility_capex", x.acc + "it_kw"}
	}
	return []string{x.id + "price"}
}

// gwKeys are the inputs behind the deal's facility power online.
// Not inlined, as rampKeys.
//
//go:noinline
func (x *dealCtx) gwKeys() []string { return append(x.ahKeys(), x.acc+"it_kw", "pue") }

// energyKeys are the inputs behind the deal's energy. Not inlined, as
// rampKeys.
//
//go:noinline
func (x *dealCtx) energyKeys() []string { return append(x.gwKeys(), "load") }

// tV is the deal's value as a term. Not inlined, for main.wasm's size, as
// the other term makers here: each fills a Term, and a copy of that in
// each of their 4 to 7 callers cost more than the call.
//
//go:noinline
func (x *dealCtx) tV() Term { return x.term("V", x.path("value_usd"), x.dr.ValueUSD, units.USD) }

// tN is the deal's accelerators as a term. Not inlined, as tV.
//
//go:noinline
func (x *dealCtx) tN() Term {
	return x.term("N", x.path("accelerators"), x.dr.Accelerators, units.Count)
}

// tAH is the deal's accelerator-hours as a term. Not inlined, as tV.
//
//go:noinline
func (x *dealCtx) tAH() Term {
	return x.term("AH", x.path("accelerator_hours"), x.dr.AcceleratorHours, units.Hours)
}

// tITKW is the accelerator's IT power as a term. Not inlined, as tV.
//
//go:noinline
func (x *dealCtx) tITKW() Term {
	return Term{Symbol: "it_kw", Label: x.a.Name + ": IT power", Value: x.a.ITKW, Unit: units.KW, Text: units.Format(x.a.ITKW, units.KW)}
}

// tWorld is a world input as a term. Not inlined, as tV.
//
//go:noinline
func (x *dealCtx) tWorld(sym, label string, v float64, u units.Unit) Term {
	return Term{Symbol: sym, Label: label, Value: v, Unit: u, Text: show(v, u)}
}

// ownedOn reports whether a deal that is on is owned. Not inlined, for
// main.wasm's size: its loop in each caller.
//
//go:noinline
func (c *context) ownedOn() bool {
	for _, i := range c.onDeals() {
		if c.s.Portfolio.Deals[i].Kind == model.Owned {
			return true
		}
	}
	return false
}

// lowerLabel writes a field label inside a phrase: "power price", but
// "PUE" and "IT power" keep their capitals. Labels start with an ASCII
// letter; lowering it by hand keeps strings.ToLower, and the Unicode case
// tables it links, out of main.wasm.
// It is not inlined, for main.wasm's size: five callers.
//
//go:noinline
func lowerLabel(l string) string {
	if len(l) > 1 && l[1] >= 'A' && l[1] <= 'Z' {
		return l
	}
	if c := l[0]; 'A' <= c && c <= 'Z' {
		return string(c-'A'+'a') + l[1:]
	}
	return l
}

// itoa is strconv.Itoa, not inlined, for main.wasm's size: the
// explanations write a number with it at 84 places, and Itoa inlined is
// its small-number fast path and a call of FormatInt at each.
//
//go:noinline
func itoa(i int) string { return strconv.Itoa(i) }
