package scenario

import (
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
}

// World fields, in link order.
var worldFields = []*Field{
	{Name: "pue", Label: "PUE", Help: "facility power / IT power", Type: Num, Unit: units.Ratio, Min: 1, Max: 3},
	{Name: "load", Label: "Average load", Help: "average IT draw / nameplate IT power", Type: Num, Unit: units.Fraction, Min: 0.05, Max: 1},
	{Name: "power_price", Label: "Power price", Help: "USD per MWh paid for owned capacity", Type: Num, Unit: units.USDPerMWh, Min: 1, Max: 1000},
	{Name: "facility_capex", Label: "Building cost", Help: "million USD per MW of IT power: building, power, cooling", Type: Num, Unit: units.MUSDPerMW, Min: 0, Max: 100},
	{Name: "life", Label: "Accelerator life", Help: "years an owned accelerator serves", Type: Num, Unit: units.Years, Min: 0.5, Max: 30},
	{Name: "utilization", Label: "Utilization", Help: "useful FLOP / peak FLOP", Type: Num, Unit: units.Fraction, Min: 0.01, Max: 1},
	{Name: "discount_rate", Label: "Discount rate", Help: "per year, for present values", Type: Num, Unit: units.Fraction, Min: 0, Max: 1},
	{Name: "valuation_month", Label: "Valuation month", Help: "present values are discounted to this month", Type: Month},
	{Name: "arr", Label: "Revenue run-rate", Help: "the buyer's annual revenue run-rate in the month below", Type: Num, Unit: units.USD, Min: 0, Max: 1e14, Log: true},
	{Name: "arr_month", Label: "Run-rate month", Help: "the month of that run-rate", Type: Month},
	{Name: "growth", Label: "Revenue growth", Help: "in the first year after the run-rate month", Type: Num, Unit: units.Growth, Min: -0.9, Max: 10},
	{Name: "growth_decay", Label: "Growth decay", Help: "the share by which growth shrinks each later year", Type: Num, Unit: units.Fraction, Min: 0, Max: 1},
	{Name: "from", Label: "Horizon from", Help: "the first month shown in series and tables", Type: Month},
	{Name: "to", Label: "Horizon to", Help: "the last month shown in series and tables", Type: Month},
	{Name: "seed", Label: "Random seed", Help: "the seed of the Monte Carlo sampling", Type: Num, Unit: units.Number, Min: 0, Max: 1<<53 - 1, Integer: true},
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
	fieldShape    = &Field{Name: "shape", Label: "Ramp", Help: "how capacity grows from start to full", Type: Enum, Choices: []string{"linear", "scurve", "step"}}
)

// Limits on what a link may hold.
const (
	MaxLinkLen   = 8 << 10
	MaxPairs     = 1000
	MaxUserDeals = 24
	MaxIDLen     = 24
	MaxNameLen   = 48
)

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
