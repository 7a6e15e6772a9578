package explain

import (
	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/units"
)

// dealCtx holds what every derivation of one deal needs.
type dealCtx struct {
	*context
	i    int
	d    *model.Deal
	dr   *model.DealResult
	a    *model.Accelerator
	w    *model.World
	name string
	id   string // "d.<id>." and "a.<accel>." key prefixes
	acc  string
	sv   service
}

func (c *context) deal(d *Derivation, i int, out string) bool {
	if i < 0 {
		return false
	}
	x := c.dealOf(i)
	if x == nil {
		return false
	}
	switch out {
	case "value_usd":
		x.value(d)
	case "financing_usd":
		x.financing(d)
	case "price_usd_per_hour":
		x.price(d)
	case "unit_cost_usd":
		x.unitCost(d)
	case "accelerators":
		x.accelerators(d)
	case "h100e":
		x.h100e(d)
	case "facility_gw":
		x.facilityGW(d)
	case "accelerator_hours":
		x.acceleratorHours(d)
	case "energy_twh":
		x.energy(d)
	case "energy_cost_usd":
		x.energyCost(d)
	case "peak_flop":
		x.peakFLOP(d)
	case "useful_flop":
		x.usefulFLOP(d)
	case "pv_usd":
		x.pv(d)
	default:
		return false
	}
	return true
}

// dealOf returns what the derivations of deal i need; nil when its
// accelerator is unknown.
func (c *context) dealOf(i int) *dealCtx {
	p := &c.s.Portfolio
	a, ok := p.Accelerator(p.Deals[i].Accel)
	if !ok {
		return nil
	}
	x := &dealCtx{context: c, i: i, d: &p.Deals[i], dr: &c.r.Deals[i], a: a, w: &p.World,
		name: outputs.DealName(c.s, i), id: "d." + p.Deals[i].ID + ".", acc: "a." + a.ID + "."}
	x.sv = serviceOf(x.d, x.w)
	return x
}

// dealKeys lists the switches of the deals on and, for each, the inputs
// that get returns: what an output summed over the deals depends on.
func (c *context) dealKeys(get func(x *dealCtx) []string) []string {
	k := c.onKeys()
	for _, i := range c.onDeals() {
		if x := c.dealOf(i); x != nil {
			k = append(k, get(x)...)
		}
	}
	return k
}

// derivedKeys lists the keys of the inputs of deal output out.
func (x *dealCtx) derivedKeys(out string) []string {
	d := &Derivation{}
	x.context.deal(d, x.i, out)
	k := make([]string, len(d.Inputs))
	for j, in := range d.Inputs {
		k[j] = in.Key
	}
	return k
}

func (x *dealCtx) path(out string) string { return "deals." + x.d.ID + "." + out }

func (x *dealCtx) cloud() bool { return x.d.Kind == model.Cloud }

// Keys behind each quantity (rampKeys, givenSizeKeys, givenPriceKeys,
// gwKeys and energyKeys are in size.go).

// keysOf lists the inputs behind V, P (or C) or N: the quantity's own
// input when it is given, else those of the two it is derived from.
func (x *dealCtx) keysOf(q model.Quantity) []string {
	if x.d.Derive != q {
		switch q {
		case model.Value:
			return []string{x.id + "value"}
		case model.Price:
			return x.givenPriceKeys()
		}
		return x.givenSizeKeys()
	}
	var k []string
	for _, o := range [...]model.Quantity{model.Value, model.Price, model.Size} {
		if o != q {
			k = append(k, x.keysOf(o)...)
		}
	}
	if x.cloud() {
		k = append(k, x.rampKeys()...)
	}
	return append(k, x.id+"derive")
}

func (x *dealCtx) ahKeys() []string { return append(x.keysOf(model.Size), x.rampKeys()...) }

// flopKeys are the inputs behind the deal's peak FLOP.
func (x *dealCtx) flopKeys() []string { return append(x.ahKeys(), x.acc+"fp8") }

// spendKeys are the inputs behind the deal's monthly spend: the price of
// the hours used (cloud); the unit cost of what is delivered, paid in
// cash or by lease, plus the power of what is online (owned).
func (x *dealCtx) spendKeys() []string {
	k := append(x.keysOf(model.Price), x.ahKeys()...)
	if x.cloud() {
		return k
	}
	k = append(append(k, x.energyKeys()...), "power_price")
	if x.w.Finance == model.FinanceLease {
		k = append(k, "finance", "finance_rate", "life")
	}
	return k
}

func (x *dealCtx) finish(d *Derivation, words, formula, numbers string, computed float64, keys []string, terms ...Term) {
	d.Words, d.Formula, d.computed, d.Terms = words, formula, computed, terms
	d.Numbers = formula + " = " + numbers + " = " + d.Result
	d.Inputs = x.inputs(keys)
}

// given explains a quantity the scenario sets rather than derives.
func (x *dealCtx) given(d *Derivation, sym, words, key string, check string, computed float64, terms ...Term) {
	in := x.inputs([]string{key})
	status := "given"
	if len(in) == 1 {
		status = string(in[0].Status)
	}
	d.Words = words + ": given, not derived (" + status + ")"
	d.Formula = sym + " (given)"
	d.Numbers = d.Formula + " = " + d.Result
	if check != "" {
		d.Numbers += "; check: " + check + " = " + d.Result
	}
	d.computed, d.Terms = computed, terms
	d.Inputs = in
}

// Terms of one deal (tV, tN, tAH, tITKW and tWorld are in size.go).

func (x *dealCtx) tG() Term { return x.term("G", x.path("facility_gw"), x.dr.FacilityGW, units.GW) }

func (x *dealCtx) tC() Term {
	return x.term("C", x.path("unit_cost_usd"), x.dr.UnitCostUSD, units.USDPerUnit)
}
func (x *dealCtx) tP() Term {
	return x.term("P", x.path("price_usd_per_hour"), x.dr.PriceUSDPerHour, units.USDPerHour)
}
func (x *dealCtx) tE() Term { return x.term("E", x.path("energy_twh"), x.dr.EnergyTWh, units.TWh) }
func (x *dealCtx) tEC() Term {
	return x.term("E$", x.path("energy_cost_usd"), x.dr.EnergyCostUSD, units.USD)
}
func (x *dealCtx) tF() Term { return x.term("F", x.path("peak_flop"), x.dr.PeakFLOP, units.FLOP) }

func (x *dealCtx) tH() Term {
	h := x.sv.hours()
	return Term{Symbol: "H", Label: "hours each accelerator serves over the deal's life, counting the ramp",
		Value: h, Unit: units.Hours, Text: units.Grouped(h, 0) + " h"}
}

func (x *dealCtx) tPUE() Term { return x.tWorld("PUE", "PUE", x.w.PUE, units.Ratio) }

// Derivations.

func (x *dealCtx) value(d *Derivation) {
	N, AH := x.dr.Accelerators, x.dr.AcceleratorHours
	if x.d.Derive != model.Value {
		x.given(d, "V", "the deal's value in USD over its whole life", x.id+"value", "", x.d.ValueUSD)
		return
	}
	if x.cloud() {
		P := x.d.Price
		x.finish(d, "the price per accelerator-hour times the accelerator-hours bought over the term",
			"V = P × AH", units.Format(P, units.USDPerHour)+" × "+units.Format(AH, units.Hours), P*AH,
			x.keysOf(model.Value), x.tP(), x.tAH())
		return
	}
	C := x.dr.UnitCostUSD
	x.finish(d, "the accelerators bought times the all-in cost of each",
		"V = N × C", units.Format(N, units.Count)+" × "+units.Format(C, units.USDPerUnit), N*C,
		x.keysOf(model.Value), x.tN(), x.tC())
}

func (x *dealCtx) price(d *Derivation) {
	V, AH := x.dr.ValueUSD, x.dr.AcceleratorHours
	if x.cloud() {
		check := units.Format(V, units.USD) + " / " + units.Format(AH, units.Hours)
		if x.d.Derive != model.Price {
			x.given(d, "P", "the price per accelerator-hour", x.id+"price", "V / AH = "+check, V/AH, x.tV(), x.tAH())
			return
		}
		x.finish(d, "the deal's value divided by the accelerator-hours it buys over its term",
			"P = V / AH", check, V/AH, append(x.keysOf(model.Value), x.ahKeys()...), x.tV(), x.tAH())
		return
	}
	EC := x.dr.EnergyCostUSD
	x.finish(d, "the all-in cost of an accelerator-hour: the value paid for the accelerators and their buildings, plus the power the buyer pays for, divided by the accelerator-hours they serve",
		"P = (V + E$) / AH",
		"("+units.Format(V, units.USD)+" + "+units.Format(EC, units.USD)+") / "+units.Format(AH, units.Hours),
		(V+EC)/AH, append(append(x.keysOf(model.Value), x.energyKeys()...), "power_price"), x.tV(), x.tEC(), x.tAH())
}

func (x *dealCtx) unitCost(d *Derivation) {
	V, N := x.dr.ValueUSD, x.dr.Accelerators
	if x.cloud() {
		x.finish(d, "what the deal pays per accelerator of capacity over its whole term",
			"C = V / N", units.Format(V, units.USD)+" / "+units.Format(N, units.Count), V/N,
			append(x.keysOf(model.Value), x.keysOf(model.Size)...), x.tV(), x.tN())
		return
	}
	switch {
	case x.d.Derive == model.Price:
		x.finish(d, "the deal's value divided by the accelerators it buys",
			"C = V / N", units.Format(V, units.USD)+" / "+units.Format(N, units.Count), V/N,
			x.keysOf(model.Price), x.tV(), x.tN())
	case x.d.PriceAuto:
		capex, fc := x.a.CapexUSD, x.w.FacilityCapexMUSDPerMW
		x.finish(d, "the accelerator's IT capex plus its share of the building: the building cost per MW of IT power times the accelerator's IT power",
			"C = capex + facility_capex × it_kw / 1000",
			units.Format(capex, units.USDPerUnit)+" + "+units.Format(fc, units.MUSDPerMW)+" × "+units.Format(x.a.ITKW, units.KW)+" / 1000",
			capex+fc*1e6*x.a.ITKW/1000, x.givenPriceKeys(),
			Term{Symbol: "capex", Label: x.a.Name + ": IT capex", Value: capex, Unit: units.USDPerUnit, Text: units.Format(capex, units.USDPerUnit)},
			x.tWorld("facility_capex", "Building cost", fc, units.MUSDPerMW), x.tITKW())
	default:
		x.given(d, "C", "the all-in cost per accelerator", x.id+"price", "", x.d.Price)
	}
}

func (x *dealCtx) accelerators(d *Derivation) {
	N := x.dr.Accelerators
	switch {
	case x.d.Derive == model.Size && x.cloud():
		V, P, H := x.dr.ValueUSD, x.dr.PriceUSDPerHour, x.sv.hours()
		x.finish(d, "the deal's value divided by the price of the hours one accelerator serves over the term",
			"N = V / (P × H)",
			units.Format(V, units.USD)+" / ("+units.Format(P, units.USDPerHour)+" × "+units.Grouped(H, 0)+" h)",
			V/(P*H), x.keysOf(model.Size), x.tV(), x.tP(), x.tH())
	case x.d.Derive == model.Size:
		V, C := x.dr.ValueUSD, x.dr.UnitCostUSD
		x.finish(d, "the deal's value divided by the all-in cost per accelerator",
			"N = V / C", units.Format(V, units.USD)+" / "+units.Format(C, units.USDPerUnit), V/C,
			x.keysOf(model.Size), x.tV(), x.tC())
	case x.d.SizeUnit == model.GW:
		G := x.d.Size
		x.finish(d, "the facility power given for the deal divided by the facility power of one accelerator (its IT power times PUE)",
			"N = G × 10⁶ / (it_kw × PUE)",
			units.Format(G, units.GW)+" × 10⁶ / ("+units.Format(x.a.ITKW, units.KW)+" × "+units.Format(x.w.PUE, units.Ratio)+")",
			G*1e6/(x.a.ITKW*x.w.PUE), x.givenSizeKeys(), x.tG(), x.tITKW(), x.tPUE())
	default:
		x.given(d, "N", "the accelerators at full capacity", x.id+"n", "", N)
	}
}

func (x *dealCtx) h100e(d *Derivation) {
	N := x.dr.Accelerators
	x.finish(d, "the accelerators times their dense FP8 peak, in units of one H100 SXM's 1.979 PFLOP/s",
		"H100e = N × fp8 / 1.979",
		units.Format(N, units.Count)+" × "+units.Format(x.a.FP8PFLOPS, units.PFLOPS)+" / 1.979",
		N*x.a.FP8PFLOPS/model.H100FP8PFLOPS, append(x.keysOf(model.Size), x.acc+"fp8"), x.tN())
}

func (x *dealCtx) facilityGW(d *Derivation) {
	N := x.dr.Accelerators
	if x.d.SizeUnit == model.GW && x.d.Derive != model.Size {
		x.given(d, "G", "the facility power at full capacity", x.id+"gw", "", x.d.Size)
		return
	}
	x.finish(d, "the accelerators times the IT power of each times PUE, in GW",
		"G = N × it_kw × PUE / 10⁶",
		units.Format(N, units.Count)+" × "+units.Format(x.a.ITKW, units.KW)+" × "+units.Format(x.w.PUE, units.Ratio)+" / 10⁶",
		N*x.a.ITKW*x.w.PUE/1e6, append(x.keysOf(model.Size), x.acc+"it_kw", "pue"), x.tN(), x.tITKW(), x.tPUE())
}

func (x *dealCtx) acceleratorHours(d *Derivation) {
	N, H := x.dr.Accelerators, x.sv.hours()
	words := "the accelerators at full capacity times the hours each serves from " + x.sv.start.String() + " to " + x.sv.last.String() +
		", counting the " + x.d.Shape.String() + " ramp from " + x.d.Start.String() + " to full in " + x.d.Full.String()
	if x.cloud() {
		words += " (H = Σ f(m) × hours(m), f the share of full capacity online)"
	} else {
		words += ", each batch serving " + units.Format(x.w.LifeYears, units.Years) + " from its delivery" +
			" (H = Σ U(m)/N × hours(m), U the accelerators online)"
	}
	x.finish(d, words, "AH = N × H", units.Format(N, units.Count)+" × "+units.Grouped(H, 0)+" h", N*H,
		x.ahKeys(), x.tN(), x.tH())
}

func (x *dealCtx) energy(d *Derivation) {
	AH := x.dr.AcceleratorHours
	x.finish(d, "the accelerator-hours times the IT power of each, PUE and the average load, in TWh",
		"E = AH × it_kw × PUE × load / 10⁹",
		units.Format(AH, units.Hours)+" × "+units.Format(x.a.ITKW, units.KW)+" × "+units.Format(x.w.PUE, units.Ratio)+" × "+units.Format(x.w.Load, units.Fraction)+" / 10⁹",
		AH*x.a.ITKW*x.w.PUE*x.w.Load/1e9, x.energyKeys(), x.tAH(), x.tITKW(), x.tPUE(),
		x.tWorld("load", "Average load", x.w.Load, units.Fraction))
}

func (x *dealCtx) energyCost(d *Derivation) {
	E := x.dr.EnergyTWh
	words := "the energy times the power price"
	if x.cloud() {
		words += "; the provider pays it, inside the price"
	} else {
		words += "; the buyer pays it"
	}
	x.finish(d, words, "E$ = E × 10⁶ × power_price",
		units.Format(E, units.TWh)+" × 10⁶ × "+units.Format(x.w.PowerUSDPerMWh, units.USDPerMWh),
		E*1e6*x.w.PowerUSDPerMWh, append(x.energyKeys(), "power_price"), x.tE(),
		x.tWorld("power_price", "Power price", x.w.PowerUSDPerMWh, units.USDPerMWh))
}

func (x *dealCtx) peakFLOP(d *Derivation) {
	AH := x.dr.AcceleratorHours
	x.finish(d, "the accelerator-hours times the dense FP8 peak of each, 3,600 seconds an hour",
		"F = AH × fp8 × 10¹⁵ × 3600",
		units.Format(AH, units.Hours)+" × "+units.Format(x.a.FP8PFLOPS, units.PFLOPS)+" × 10¹⁵ × 3600",
		AH*x.a.FP8PFLOPS*1e15*3600, append(x.ahKeys(), x.acc+"fp8"), x.tAH())
}

func (x *dealCtx) usefulFLOP(d *Derivation) {
	F := x.dr.PeakFLOP
	x.finish(d, "the peak FLOP times the share that does useful work",
		"F_u = F × utilization", units.Format(F, units.FLOP)+" × "+units.Format(x.w.Utilization, units.Fraction),
		F*x.w.Utilization, append(x.ahKeys(), x.acc+"fp8", "utilization"), x.tF(),
		x.tWorld("utilization", "Utilization", x.w.Utilization, units.Fraction))
}

func (x *dealCtx) pv(d *Derivation) {
	w, sv := x.w, &x.sv
	N := x.dr.Accelerators
	leased := !x.cloud() && w.Finance == model.FinanceLease
	perMonth, _, _ := leaseOf(w)
	var pv, spend float64
	energyPerUnitHour := x.a.ITKW / 1000 * w.PUE * w.Load * w.PowerUSDPerMWh
	for i, u := range sv.units {
		m := sv.start + calendar.Month(i)
		var s float64
		switch {
		case x.cloud():
			s = x.dr.PriceUSDPerHour * N * u * m.Hours()
		case leased:
			s = x.dr.UnitCostUSD*N*perMonth*u + energyPerUnitHour*N*u*m.Hours()
		default:
			s = x.dr.UnitCostUSD*N*sv.delivered[i] + energyPerUnitHour*N*u*m.Hours()
		}
		spend += s
		pv += s * discount(w, m)
	}
	words := "each month's spend, "
	keys := append(x.keysOf(model.Value), x.ahKeys()...)
	switch {
	case x.cloud():
		words += "the price times the accelerator-hours of the month, "
	case leased:
		words += "the lease payments on the accelerators online that month (each batch paid as a level monthly payment C × i / (1 − (1 + i)^−L) over the L months it serves) plus their power, "
		keys = append(append(keys, x.keysOf(model.Price)...), x.acc+"it_kw", "pue", "load", "power_price", "life", "finance", "finance_rate")
	default:
		words += "the payment for the accelerators delivered that month plus the power for those online, "
		keys = append(append(keys, x.keysOf(model.Price)...), x.acc+"it_kw", "pue", "load", "power_price", "life")
	}
	words += "discounted at the discount rate to the valuation month, over the deal's whole life"
	keys = append(keys, "discount_rate", "valuation_month")
	x.finish(d, words, "PV = Σ spend(m) / (1 + r)^((m − m₀) / 12)",
		"Σ over "+sv.start.String()+" … "+sv.last.String()+" of "+units.Format(spend, units.USD)+" in all, at r = "+
			units.Format(w.DiscountRate, units.Fraction)+"/yr to m₀ = "+w.ValuationMonth.String(),
		pv, keys,
		Term{Symbol: "Σ spend", Label: "spend over the deal's whole life", Value: spend, Unit: units.USD, Text: units.Format(spend, units.USD)},
		x.tWorld("r", "Discount rate", w.DiscountRate, units.Fraction))
}
