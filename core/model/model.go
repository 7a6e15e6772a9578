// Package model is the deal and capacity arithmetic of shared/MODEL.md: a
// [Portfolio] of deals over a catalog of accelerators and a [World] of
// shared assumptions goes in, and [Evaluate] gives a [Result]: monthly
// series, yearly figures ([Year]), per-deal figures ([DealResult]) and
// whole-life [Totals]. [Check] says what is wrong with a portfolio.
// Everything is a pure function of its inputs: no clock, no randomness,
// no globals.
//
// Units are in the field names: USD, hours, kW, MW, GW, MWh, TWh, FLOP.
package model

import (
	"github.com/computedeals/explorer/core/calendar"
)

// Kind says who owns the hardware.
type Kind uint8

const (
	// Cloud capacity is leased over a term and paid for per accelerator-hour;
	// the provider pays for power and buildings.
	Cloud Kind = iota
	// Owned accelerators are bought on delivery, serve for World.LifeYears,
	// and the buyer pays for their power.
	Owned
)

func (k Kind) String() string {
	if k == Owned {
		return "owned"
	}
	return "cloud"
}

// Shape is the form of a deal's ramp from start to full.
type Shape uint8

const (
	Linear Shape = iota
	SCurve
	Step
)

func (s Shape) String() string {
	switch s {
	case SCurve:
		return "scurve"
	case Step:
		return "step"
	}
	return "linear"
}

// Quantity names one of the three money-and-size quantities of a deal.
type Quantity uint8

const (
	Value Quantity = iota
	Price
	Size
)

func (q Quantity) String() string {
	switch q {
	case Price:
		return "price"
	case Size:
		return "size"
	}
	return "value"
}

// SizeUnit says whether Deal.Size counts accelerators or facility gigawatts.
type SizeUnit uint8

const (
	Accelerators SizeUnit = iota
	GW
)

// Accelerator is one type of the hardware catalog (MODEL.md §2).
type Accelerator struct {
	ID   string
	Name string
	// ITKW is IT power per accelerator at rack level, in kW: its share of
	// the whole rack, not the chip's TDP.
	ITKW float64
	// FP8PFLOPS is dense FP8 peak per accelerator, in PFLOP/s.
	FP8PFLOPS float64
	HBMGB     float64
	// CapexUSD is the IT capital cost per accelerator: its share of
	// servers, racks and network.
	CapexUSD float64
}

// H100FP8PFLOPS is the dense FP8 peak of one H100 SXM, the yardstick of
// H100-equivalents.
const H100FP8PFLOPS = 1.979

// World holds the assumptions that all deals of a scenario share
// (MODEL.md §3) and the horizon that limits series and tables.
type World struct {
	PUE                    float64 // facility power / IT power
	Load                   float64 // average IT draw / nameplate IT power
	PowerUSDPerMWh         float64
	FacilityCapexMUSDPerMW float64 // million USD per MW of IT power
	LifeYears              float64 // service life of an owned accelerator
	Utilization            float64 // useful FLOP / peak FLOP
	DiscountRate           float64 // per year
	ValuationMonth         calendar.Month
	From, To               calendar.Month // horizon, both inclusive

	// Version 2 (MODEL.md §7–§8). The zero values are version 1: capacity
	// ends with its contract and owned hardware is paid in cash.

	// Sustain holds every deal that is on at its full size after its
	// contract ends (a deal's own SustainOverride wins).
	Sustain bool
	// SustainTrend is the yearly change in what the same capacity costs
	// when it is renewed or replaced.
	SustainTrend float64
	Finance      Finance
	// FinanceRate is the yearly rate of a lease (Finance == FinanceLease).
	FinanceRate float64
}

// Finance says how owned hardware is paid for (MODEL.md §8).
type Finance uint8

const (
	// FinanceCash pays a purchase in the month it is made.
	FinanceCash Finance = iota
	// FinanceLease pays a purchase as a level annuity over the life of the batch.
	FinanceLease
)

func (f Finance) String() string {
	if f == FinanceLease {
		return "lease"
	}
	return "cash"
}

// SustainOverride is a deal's own choice of MODEL.md §7's switch.
type SustainOverride uint8

const (
	// SustainWorld follows World.Sustain.
	SustainWorld SustainOverride = iota
	// SustainNever ends the deal's capacity with its contract.
	SustainNever
	// SustainAlways renews or replaces the deal's capacity after its contract.
	SustainAlways
)

// RevenueMode says where revenue after the run-rate month comes from
// (MODEL.md §9).
type RevenueMode uint8

const (
	// RevenuePath grows the run-rate by Growth, decaying by GrowthDecay.
	RevenuePath RevenueMode = iota
	// RevenuePerGW earns PerGWYearUSD per facility GW-year online.
	RevenuePerGW
)

func (m RevenueMode) String() string {
	if m == RevenuePerGW {
		return "per_gw"
	}
	return "path"
}

// Revenue is the buyer's revenue path (MODEL.md §5).
type Revenue struct {
	ARRUSD      float64 // annual run-rate in ARRMonth
	ARRMonth    calendar.Month
	Growth      float64 // in the first year after ARRMonth; 1.0 = +100 %/yr
	GrowthDecay float64 // share by which growth shrinks each later year

	// History holds known run-rates before ARRMonth, oldest first
	// (MODEL.md §9); it is never sampled. Empty: version 1's back-cast.
	History []RevenuePoint
	Mode    RevenueMode
	// PerGWYearUSD is revenue per facility GW-year online when Mode is
	// RevenuePerGW, changing by PerGWTrend a year from ARRMonth.
	PerGWYearUSD float64
	PerGWTrend   float64
}

// RevenuePoint is a known annual run-rate in a month.
type RevenuePoint struct {
	Month  calendar.Month
	ARRUSD float64
}

// Cash is the buyer's other costs, revenue share, cash and funding
// (MODEL.md §10). Nothing of it is computed while Month is zero.
type Cash struct {
	// Month is cash_month, the first month counted; USD the balance at
	// its start.
	Month calendar.Month
	USD   float64
	// OpexShare is the share of revenue spent on other cash costs in
	// Month, moving linearly to OpexShareLate in OpexLateMonth and staying
	// there.
	OpexShare     float64
	OpexShareLate float64
	OpexLateMonth calendar.Month
	// RevShare of revenue is owed to a partner until RevShareEnd, at most
	// RevShareCapUSD in all (0: no cap).
	RevShare       float64
	RevShareEnd    calendar.Month
	RevShareCapUSD float64
	Funding        []Funding
}

// Has reports whether the cash of MODEL.md §10 is computed at all.
func (c *Cash) Has() bool { return c.Month != 0 }

// Funding is money raised, received in its month.
type Funding struct {
	ID    string
	Name  string
	USD   float64
	Month calendar.Month
	On    bool
}

// Stated is what the buyer itself says its commitments add up to; zero
// fields mean the buyer stated nothing.
type Stated struct {
	ValueUSD float64
	GW       float64
	// GWPerWeek is a stated build-rate ambition (OpenAI: 1 GW a week).
	GWPerWeek float64
}

// Deal is one compute deal (MODEL.md §4). Exactly one of value, price and
// size is derived from the other two; Derive names it and the stored field
// of that quantity is ignored.
type Deal struct {
	ID       string
	Buyer    string
	Provider string
	Kind     Kind
	Accel    string // Accelerator.ID
	On       bool
	Derive   Quantity
	ValueUSD float64
	// Price is USD per accelerator-hour for cloud deals and the all-in
	// USD per accelerator for owned ones.
	Price float64
	// PriceAuto makes an owned deal's unit cost the catalog capex plus its
	// share of the building; Price is then ignored.
	PriceAuto  bool
	Size       float64
	SizeUnit   SizeUnit
	Start      calendar.Month // first month with capacity online
	Full       calendar.Month // first month at full capacity
	TermMonths int            // cloud only: months of service from Start
	Shape      Shape
	// Sustain overrides World.Sustain for this deal (MODEL.md §7).
	Sustain SustainOverride
}

// Portfolio is everything Evaluate needs.
type Portfolio struct {
	World        World
	Revenue      Revenue
	Cash         Cash
	Stated       Stated
	Accelerators []Accelerator
	Deals        []Deal
}

// Ramp returns f(m) of MODEL.md §4.1: the share of full capacity reached in
// month m.
func Ramp(shape Shape, start, full, m calendar.Month) float64 {
	if m < start {
		return 0
	}
	if m >= full {
		return 1
	}
	if shape == Step {
		return 1
	}
	x := float64(m-start+1) / float64(full-start+1)
	if shape == SCurve {
		return x * x * (3 - 2*x)
	}
	return x
}
