package scenario

import (
	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/units"
)

// Type is what kind of value an input holds.
type Type uint8

const (
	Num   Type = iota // a number in Field.Unit
	Month             // YYYY-MM
	Enum              // one of Field.Choices
	Bool              // 0 or 1
	Text              // a short name, user deals only
)

// Field describes one input field: how it is named in links, shown,
// parsed and bounded.
type Field struct {
	Name  string // as in links: "pue", "n", "it_kw"
	Label string
	Help  string
	Type  Type
	Unit  units.Unit
	// Min and Max bound what a link or a typed entry may set: the physical
	// domain, wider than the plausible range of the library.
	Min, Max float64
	Integer  bool
	Choices  []string
	// Log makes the field's slider logarithmic.
	Log bool
	// Group is the section of the page a world field is shown in.
	Group string
	// OfBuyer marks a world field whose default and fact come from the
	// preset's buyer rather than from the world defaults.
	OfBuyer bool
	// Optional marks a month field that may be unset ("none" in links).
	Optional bool

	// The model value a world field reads and writes: exactly one of
	// these is set, matching Type (Bool uses flag, Enum uses enum, an
	// index into Choices).
	num   func(*model.Portfolio) *float64
	month func(*model.Portfolio) *calendar.Month
	enum  func(*model.Portfolio) *uint8
	flag  func(*model.Portfolio) *bool
	text  func(*model.Portfolio) *string
}

// The page's sections of world fields, in order.
const (
	GroupPower    = "Power and buildings"
	GroupOwned    = "Owned hardware"
	GroupSustain  = "After the contracts"
	GroupMoney    = "Money"
	GroupRevenue  = "Revenue"
	GroupCash     = "Costs and cash"
	GroupHorizon  = "Horizon and sampling"
	seedFieldName = "seed"
)

// WorldGroups lists the sections of world fields in page order.
var WorldGroups = []string{GroupPower, GroupOwned, GroupSustain, GroupMoney, GroupRevenue, GroupCash, GroupHorizon}

func world(p *model.Portfolio) *model.World     { return &p.World }
func revenue(p *model.Portfolio) *model.Revenue { return &p.Revenue }
func cash(p *model.Portfolio) *model.Cash       { return &p.Cash }

// World fields, in link order: the one registry of world inputs. Each
// knows its link key, how it is shown, parsed and bounded (Min and Max are
// within the domain model.Check accepts), its page section and where its
// model value lives; Num, Set, Get, the page's sections and compare's
// copies are loops over it.
var worldFields = []*Field{
	{Name: "pue", Label: "PUE", Help: "facility power / IT power", Type: Num, Unit: units.Ratio, Min: 1, Max: 3, Group: GroupPower,
		num: func(p *model.Portfolio) *float64 { return &world(p).PUE }},
	{Name: "load", Label: "Average load", Help: "average IT draw / nameplate IT power", Type: Num, Unit: units.Fraction, Min: 0.05, Max: 1, Group: GroupPower,
		num: func(p *model.Portfolio) *float64 { return &world(p).Load }},
	{Name: "power_price", Label: "Power price", Help: "USD per MWh paid for owned capacity", Type: Num, Unit: units.USDPerMWh, Min: 1, Max: 1000, Group: GroupPower,
		num: func(p *model.Portfolio) *float64 { return &world(p).PowerUSDPerMWh }},
	{Name: "facility_capex", Label: "Building cost", Help: "million USD per MW of IT power: building, power, cooling", Type: Num, Unit: units.MUSDPerMW, Min: 0, Max: 100, Group: GroupPower,
		num: func(p *model.Portfolio) *float64 { return &world(p).FacilityCapexMUSDPerMW }},
	{Name: "life", Label: "Accelerator life", Help: "years an owned accelerator serves", Type: Num, Unit: units.Years, Min: 0.5, Max: 30, Group: GroupOwned,
		num: func(p *model.Portfolio) *float64 { return &world(p).LifeYears }},
	{Name: "utilization", Label: "Utilization", Help: "useful FLOP / peak FLOP", Type: Num, Unit: units.Fraction, Min: 0.01, Max: 1, Group: GroupOwned,
		num: func(p *model.Portfolio) *float64 { return &world(p).Utilization }},
	{Name: "finance", Label: "Paying for owned hardware", Help: "cash: paid on delivery; lease: a level payment over the hardware's life", Type: Enum, Choices: []string{"cash", "lease"}, Group: GroupOwned,
		enum: func(p *model.Portfolio) *uint8 { return (*uint8)(&world(p).Finance) }},
	{Name: "finance_rate", Label: "Lease rate", Help: "per year, the rate of a lease of owned hardware", Type: Num, Unit: units.Fraction, Min: 0, Max: 0.5, Group: GroupOwned,
		num: func(p *model.Portfolio) *float64 { return &world(p).FinanceRate }},
	{Name: "sustain", Label: "Renew after the contract", Help: "1: capacity is renewed or replaced at its full size after its term or life; 0: it ends with the contract", Type: Bool, Group: GroupSustain,
		flag: func(p *model.Portfolio) *bool { return &world(p).Sustain }},
	{Name: "sustain_trend", Label: "Renewal cost trend", Help: "per year, the change in what the same capacity costs when renewed or replaced", Type: Num, Unit: units.Growth, Min: -0.5, Max: 0.5, Group: GroupSustain,
		num: func(p *model.Portfolio) *float64 { return &world(p).SustainTrend }},
	{Name: "discount_rate", Label: "Discount rate", Help: "per year, for present values", Type: Num, Unit: units.Fraction, Min: 0, Max: 1, Group: GroupMoney,
		num: func(p *model.Portfolio) *float64 { return &world(p).DiscountRate }},
	{Name: "valuation_month", Label: "Valuation month", Help: "present values are discounted to this month", Type: Month, Group: GroupMoney,
		month: func(p *model.Portfolio) *calendar.Month { return &world(p).ValuationMonth }},
	{Name: "arr", Label: "Revenue run-rate", Help: "the buyer's annual revenue run-rate in the month below", Type: Num, Unit: units.USD, Min: 0, Max: 1e14, Log: true, Group: GroupRevenue, OfBuyer: true,
		num: func(p *model.Portfolio) *float64 { return &revenue(p).ARRUSD }},
	{Name: "arr_month", Label: "Run-rate month", Help: "the month of that run-rate", Type: Month, Group: GroupRevenue, OfBuyer: true,
		month: func(p *model.Portfolio) *calendar.Month { return &revenue(p).ARRMonth }},
	{Name: "growth", Label: "Revenue growth", Help: "in the first year after the run-rate month", Type: Num, Unit: units.Growth, Min: -0.9, Max: 10, Group: GroupRevenue, OfBuyer: true,
		num: func(p *model.Portfolio) *float64 { return &revenue(p).Growth }},
	{Name: "growth_decay", Label: "Growth decay", Help: "the share by which growth shrinks each later year", Type: Num, Unit: units.Fraction, Min: 0, Max: 1, Group: GroupRevenue, OfBuyer: true,
		num: func(p *model.Portfolio) *float64 { return &revenue(p).GrowthDecay }},
	{Name: "revenue", Label: "Revenue after the run-rate month", Help: "path: grows by the growth below; per_gw: earns the figure below per GW-year of capacity online", Type: Enum, Choices: []string{"path", "per_gw"}, Group: GroupRevenue, OfBuyer: true,
		enum: func(p *model.Portfolio) *uint8 { return (*uint8)(&revenue(p).Mode) }},
	{Name: "rev_per_gw", Label: "Revenue per GW-year", Help: "USD of revenue a year per facility GW online, when revenue is per_gw", Type: Num, Unit: units.USD, Min: 0, Max: 1e12, Log: true, Group: GroupRevenue, OfBuyer: true,
		num: func(p *model.Portfolio) *float64 { return &revenue(p).PerGWYearUSD }},
	{Name: "rev_per_gw_trend", Label: "Revenue per GW trend", Help: "per year, the change in revenue per GW-year", Type: Num, Unit: units.Growth, Min: -0.5, Max: 1, Group: GroupRevenue, OfBuyer: true,
		num: func(p *model.Portfolio) *float64 { return &revenue(p).PerGWTrend }},
	{Name: "cash", Label: "Opening cash", Help: "the buyer's cash at the start of the cash month", Type: Num, Unit: units.USD, Min: 0, Max: 1e13, Group: GroupCash, OfBuyer: true,
		num: func(p *model.Portfolio) *float64 { return &cash(p).USD }},
	{Name: "cash_month", Label: "Cash month", Help: "the first month of the cash account; none: no cash is worked out", Type: Month, Optional: true, Group: GroupCash, OfBuyer: true,
		month: func(p *model.Portfolio) *calendar.Month { return &cash(p).Month }},
	{Name: "opex_share", Label: "Other costs", Help: "cash costs other than compute (staff, sales, administration), as a share of revenue in the cash month", Type: Num, Unit: units.Fraction, Min: 0, Max: 5, Group: GroupCash, OfBuyer: true,
		num: func(p *model.Portfolio) *float64 { return &cash(p).OpexShare }},
	{Name: "opex_share_late", Label: "Other costs, later", Help: "the share of revenue reached in the month below, and kept after it", Type: Num, Unit: units.Fraction, Min: 0, Max: 5, Group: GroupCash, OfBuyer: true,
		num: func(p *model.Portfolio) *float64 { return &cash(p).OpexShareLate }},
	{Name: "opex_late_month", Label: "Other costs reach that share in", Help: "the share moves linearly from the cash month to this month; none: the first share stays", Type: Month, Optional: true, Group: GroupCash, OfBuyer: true,
		month: func(p *model.Portfolio) *calendar.Month { return &cash(p).OpexLateMonth }},
	{Name: "rev_share", Label: "Revenue share", Help: "the share of revenue owed to a partner", Type: Num, Unit: units.Fraction, Min: 0, Max: 1, Group: GroupCash, OfBuyer: true,
		num: func(p *model.Portfolio) *float64 { return &cash(p).RevShare }},
	{Name: "rev_share_end", Label: "Revenue share until", Help: "the last month the share is owed; none: to the horizon's end", Type: Month, Optional: true, Group: GroupCash, OfBuyer: true,
		month: func(p *model.Portfolio) *calendar.Month { return &cash(p).RevShareEnd }},
	{Name: "rev_share_cap", Label: "Revenue share cap", Help: "the most the share pays in all, counted from the cash month; 0: no cap", Type: Num, Unit: units.USD, Min: 0, Max: 1e13, Group: GroupCash, OfBuyer: true,
		num: func(p *model.Portfolio) *float64 { return &cash(p).RevShareCapUSD }},
	{Name: "from", Label: "Horizon from", Help: "the first month shown in series and tables", Type: Month, Group: GroupHorizon,
		month: func(p *model.Portfolio) *calendar.Month { return &world(p).From }},
	{Name: "to", Label: "Horizon to", Help: "the last month shown in series and tables", Type: Month, Group: GroupHorizon,
		month: func(p *model.Portfolio) *calendar.Month { return &world(p).To }},
	{Name: seedFieldName, Label: "Random seed", Help: "the seed of the Monte Carlo sampling", Type: Num, Unit: units.Number, Min: 0, Max: 1<<53 - 1, Integer: true, Group: GroupHorizon},
}

// Accelerator fields, in link order.
var accelFields = []*Field{
	{Name: "it_kw", Label: "IT power", Help: "kW per accelerator at rack level", Type: Num, Unit: units.KW, Min: 0.01, Max: 100, Log: true},
	{Name: "fp8", Label: "FP8 peak", Help: "dense PFLOP/s per accelerator", Type: Num, Unit: units.PFLOPS, Min: 0.01, Max: 1000, Log: true},
	{Name: "hbm", Label: "Memory", Help: "GB per accelerator", Type: Num, Unit: units.GB, Min: 1, Max: 100000, Log: true},
	{Name: "capex", Label: "IT capex", Help: "USD per accelerator: its share of servers, racks and network", Type: Num, Unit: units.USDPerUnit, Min: 100, Max: 1e8, Log: true},
}

// Deal fields, in link order. Kind, buyer and provider are set only on
// users' own deals.
var (
	fieldKind     = &Field{Name: "kind", Label: "Kind", Help: "cloud: leased per hour; owned: bought on delivery", Type: Enum, Choices: []string{"cloud", "owned"}}
	fieldBuyer    = &Field{Name: "buyer", Label: "Buyer", Type: Text}
	fieldProvider = &Field{Name: "provider", Label: "Provider", Type: Text}
	fieldOn       = &Field{Name: "on", Label: "Included", Help: "whether the deal counts in the portfolio", Type: Bool}
	fieldAccel    = &Field{Name: "accel", Label: "Accelerator", Type: Enum}
	fieldDerive   = &Field{Name: "derive", Label: "Derived", Help: "which of value, price and size follows from the other two", Type: Enum, Choices: []string{"value", "price", "size"}}
	fieldValue    = &Field{Name: "value", Label: "Value", Help: "USD over the whole deal", Type: Num, Unit: units.USD, Min: 1e6, Max: 1e14, Log: true}
	fieldPrice    = &Field{Name: "price", Label: "Price", Help: "USD per accelerator-hour", Type: Num, Unit: units.USDPerHour, Min: 0.01, Max: 1000, Log: true}
	fieldUnitCost = &Field{Name: "price", Label: "Unit cost", Help: "all-in USD per accelerator; auto: IT capex plus the building share", Type: Num, Unit: units.USDPerUnit, Min: 100, Max: 1e8, Log: true}
	fieldN        = &Field{Name: "n", Label: "Accelerators", Help: "at full capacity", Type: Num, Unit: units.Count, Min: 1, Max: 1e9, Log: true}
	fieldGW       = &Field{Name: "gw", Label: "Facility GW", Help: "facility power at full capacity", Type: Num, Unit: units.GW, Min: 0.0001, Max: 1000, Log: true}
	fieldStart    = &Field{Name: "start", Label: "Start", Help: "first month with capacity online", Type: Month}
	fieldFull     = &Field{Name: "full", Label: "Full", Help: "first month at full capacity", Type: Month}
	fieldTerm     = &Field{Name: "term", Label: "Term", Help: "months of service from start", Type: Num, Unit: units.Months, Min: 1, Max: 600, Integer: true}
	fieldSustain  = &Field{Name: "sustain", Label: "Renewed after its contract", Help: "auto: as the world's switch; 1: renewed or replaced after its term or life; 0: ends with its contract", Type: Enum, Choices: []string{"auto", "0", "1"}}
	fieldShape    = &Field{Name: "shape", Label: "Ramp", Help: "how capacity grows from start to full", Type: Enum, Choices: []string{"linear", "scurve", "step"}}
)

// Limits on what a link may hold.
const (
	MaxLinkLen   = 8 << 10
	MaxPairs     = 1000
	MaxUserDeals = 24
	// MaxUserFunding bounds the funding events of the user's own.
	MaxUserFunding = 12
	MaxIDLen       = 24
	MaxNameLen     = 48
)

// WorldFields lists the world fields in link order. The slice is shared:
// do not change it.
func WorldFields() []*Field { return worldFields }

// worldField returns the world field with the given name.
func worldField(name string) *Field {
	for _, f := range worldFields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

func accelField(name string) *Field {
	for _, f := range accelFields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// numOf returns where a numeric world field keeps its value in p, or nil
// for the seed, which lives in the scenario.
func (f *Field) numOf(p *model.Portfolio) *float64 {
	if f.num == nil {
		return nil
	}
	return f.num(p)
}

// CopyWorld copies the model value of world field f from src to dst; it
// reports false for the seed, which is not part of a portfolio.
func (f *Field) CopyWorld(dst, src *model.Portfolio) bool {
	switch {
	case f.num != nil:
		*f.num(dst) = *f.num(src)
	case f.month != nil:
		*f.month(dst) = *f.month(src)
	case f.enum != nil:
		*f.enum(dst) = *f.enum(src)
	case f.flag != nil:
		*f.flag(dst) = *f.flag(src)
	case f.text != nil:
		*f.text(dst) = *f.text(src)
	default:
		return false
	}
	return true
}

// fundingFields makes the fields of funding event i: its model values are
// found by position, so the fields serve any portfolio of the same shape.
// A library event has on, usd and month; one of the user's own also has
// a name.
func fundingFields(i int, own bool) []*Field {
	ev := func(p *model.Portfolio) *model.Funding { return &p.Cash.Funding[i] }
	fs := []*Field{
		{Name: "on", Label: "Included", Help: "whether the money is counted", Type: Bool, Group: GroupCash,
			flag: func(p *model.Portfolio) *bool { return &ev(p).On }},
		{Name: "usd", Label: "Amount", Help: "USD received", Type: Num, Unit: units.USD, Min: 0, Max: 1e13, Log: true, Group: GroupCash,
			num: func(p *model.Portfolio) *float64 { return &ev(p).USD }},
		{Name: "month", Label: "Month", Help: "the month the money arrives", Type: Month, Group: GroupCash,
			month: func(p *model.Portfolio) *calendar.Month { return &ev(p).Month }},
	}
	if own {
		fs = append(fs, &Field{Name: "name", Label: "Name", Help: "what the money is", Type: Text, Group: GroupCash,
			text: func(p *model.Portfolio) *string { return &ev(p).Name }})
	}
	return fs
}
