package outputs

import (
	"math"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// Output is one numeric figure of the eval JSON.
type Output struct {
	Name  string // the JSON field name
	Label string
	Unit  units.Unit
}

// DealOutput is one numeric figure of each deal.
type DealOutput struct {
	Output
	Get func(*model.DealResult) float64
}

// PortfolioOutput is one numeric figure of the portfolio.
type PortfolioOutput struct {
	Output
	Get func(*model.Totals) float64
}

// YearOutput is one numeric figure of each calendar year; Of reads it.
type YearOutput struct {
	Output
	get func(*model.Year) float64
	// cash marks a figure of the cash account (MODEL.md §10): without a
	// cash month it has no value (null in the JSON).
	cash bool
}

// Of reads the output of year y of r: NaN for a figure of the cash
// account when r works out no cash.
func (o *YearOutput) Of(r *model.Result, y *model.Year) float64 {
	if o.cash && !r.Totals.HasCash {
		return math.NaN()
	}
	return o.get(y)
}

// Deal are the numeric fields of each deal in the eval JSON, in order.
var Deal = []DealOutput{
	{Output{"value_usd", "Value", units.USD}, func(d *model.DealResult) float64 { return d.ValueUSD }},
	{Output{"price_usd_per_hour", "Price per accelerator-hour", units.USDPerHour}, func(d *model.DealResult) float64 { return d.PriceUSDPerHour }},
	{Output{"unit_cost_usd", "Cost per accelerator", units.USDPerUnit}, func(d *model.DealResult) float64 { return d.UnitCostUSD }},
	{Output{"accelerators", "Accelerators", units.Count}, func(d *model.DealResult) float64 { return d.Accelerators }},
	{Output{"h100e", "H100-equivalents", units.Count}, func(d *model.DealResult) float64 { return d.H100e }},
	{Output{"facility_gw", "Facility power", units.GW}, func(d *model.DealResult) float64 { return d.FacilityGW }},
	{Output{"accelerator_hours", "Accelerator-hours", units.Hours}, func(d *model.DealResult) float64 { return d.AcceleratorHours }},
	{Output{"energy_twh", "Energy", units.TWh}, func(d *model.DealResult) float64 { return d.EnergyTWh }},
	{Output{"energy_cost_usd", "Energy cost", units.USD}, func(d *model.DealResult) float64 { return d.EnergyCostUSD }},
	{Output{"peak_flop", "Peak FLOP", units.FLOP}, func(d *model.DealResult) float64 { return d.PeakFLOP }},
	{Output{"useful_flop", "Useful FLOP", units.FLOP}, func(d *model.DealResult) float64 { return d.UsefulFLOP }},
	{Output{"pv_usd", "Present value", units.USD}, func(d *model.DealResult) float64 { return d.PVUSD }},
	{Output{"financing_usd", "Financing cost", units.USD}, func(d *model.DealResult) float64 { return d.FinancingUSD }},
}

// Portfolio are the numeric fields of the portfolio in the eval JSON,
// in order.
var Portfolio = []PortfolioOutput{
	{Output{"value_usd", "Portfolio value", units.USD}, func(t *model.Totals) float64 { return t.ValueUSD }},
	{Output{"pv_usd", "Present value", units.USD}, func(t *model.Totals) float64 { return t.PVUSD }},
	{Output{"peak_facility_gw", "Peak facility power", units.GW}, func(t *model.Totals) float64 { return t.PeakFacilityGW }},
	{Output{"peak_gw_per_week", "Peak build rate", units.GWPerWeek}, func(t *model.Totals) float64 { return t.PeakGWPerWeek }},
	{Output{"peak_cumulative_gap_usd", "Peak cumulative gap", units.USD}, func(t *model.Totals) float64 { return t.PeakCumulativeGapUSD }},
	{Output{"peak_accelerators", "Peak accelerators online", units.Count}, func(t *model.Totals) float64 { return t.PeakAccelerators }},
	{Output{"accelerators", "Accelerators at full capacity", units.Count}, func(t *model.Totals) float64 { return t.Accelerators }},
	{Output{"facility_gw", "Facility power at full capacity", units.GW}, func(t *model.Totals) float64 { return t.FacilityGW }},
	{Output{"accelerator_hours", "Accelerator-hours", units.Hours}, func(t *model.Totals) float64 { return t.AcceleratorHours }},
	{Output{"energy_twh", "Energy", units.TWh}, func(t *model.Totals) float64 { return t.EnergyTWh }},
	{Output{"peak_flop", "Peak FLOP", units.FLOP}, func(t *model.Totals) float64 { return t.PeakFLOP }},
	{Output{"useful_flop", "Useful FLOP", units.FLOP}, func(t *model.Totals) float64 { return t.UsefulFLOP }},
	{Output{"stated_value_usd", "Stated value", units.USD}, func(t *model.Totals) float64 { return t.StatedValueUSD }},
	{Output{"stated_gw", "Stated power", units.GW}, func(t *model.Totals) float64 { return t.StatedGW }},
	{Output{"sustain_spend_usd", "Spend on renewals and replacements", units.USD}, func(t *model.Totals) float64 { return t.SustainSpendUSD }},
	{Output{"financing_usd", "Financing cost", units.USD}, func(t *model.Totals) float64 { return t.FinancingUSD }},
	{Output{"funding_need_usd", "Funding still needed", units.USD}, func(t *model.Totals) float64 { return cashOnly(t.HasCash, t.FundingNeedUSD) }},
	{Output{"min_cash_usd", "Lowest cash balance", units.USD}, func(t *model.Totals) float64 { return cashOnly(t.HasCash, t.MinCashUSD) }},
}

// headlineNames are the portfolio's headline outputs, in order: the
// totals a comparison sets side by side and the page offers first for
// its tornado and goal seek.
var headlineNames = []string{"value_usd", "pv_usd", "peak_facility_gw", "peak_gw_per_week", "peak_cumulative_gap_usd"}

// HeadlinePaths are the paths of the headline outputs, and, for a
// scenario that works out cash, the funding it still needs: the one
// registry that the page, compare and the command line read.
func HeadlinePaths(withCash bool) []string {
	out := make([]string, 0, len(headlineNames)+1)
	for _, n := range headlineNames {
		out = append(out, "portfolio."+n)
	}
	if withCash {
		out = append(out, "portfolio.funding_need_usd")
	}
	return out
}

// cashOnly is v, or NaN (null in the JSON) when the scenario works out no
// cash (MODEL.md §10: without cash_month these outputs are null).
func cashOnly(has bool, v float64) float64 {
	if !has {
		return math.NaN()
	}
	return v
}

// Year are the numeric fields of each year in the eval JSON, in order.
var Year = []YearOutput{
	{Output{"spend_usd", "Spend", units.USD}, func(y *model.Year) float64 { return y.SpendUSD }, false},
	{Output{"revenue_usd", "Revenue", units.USD}, func(y *model.Year) float64 { return y.RevenueUSD }, false},
	{Output{"coverage", "Revenue / spend", units.Ratio}, func(y *model.Year) float64 { return y.Coverage }, false},
	{Output{"cumulative_gap_usd", "Cumulative gap", units.USD}, func(y *model.Year) float64 { return y.CumulativeGapUSD }, false},
	{Output{"facility_gw", "Facility power", units.GW}, func(y *model.Year) float64 { return y.FacilityGW }, false},
	{Output{"avg_facility_gw", "Average facility power", units.GW}, func(y *model.Year) float64 { return y.AvgFacilityGW }, false},
	{Output{"accelerators", "Accelerators online", units.Count}, func(y *model.Year) float64 { return y.Accelerators }, false},
	{Output{"energy_twh", "Energy", units.TWh}, func(y *model.Year) float64 { return y.EnergyTWh }, false},
	{Output{"useful_flop", "Useful FLOP", units.FLOP}, func(y *model.Year) float64 { return y.UsefulFLOP }, false},
	{Output{"gw_per_week", "Build rate", units.GWPerWeek}, func(y *model.Year) float64 { return y.GWPerWeek }, false},
	{Output{"revenue_per_gw_year_usd", "Revenue per GW-year", units.USD}, func(y *model.Year) float64 { return y.RevenuePerGWYearUSD }, false},
	{Output{"break_even_per_gw_year_usd", "Spend per GW-year", units.USD}, func(y *model.Year) float64 { return y.BreakEvenPerGWYearUSD }, false},
	{Output{"sustain_spend_usd", "Spend on renewals and replacements", units.USD}, func(y *model.Year) float64 { return y.SustainSpendUSD }, false},
	{Output{"opex_usd", "Other costs", units.USD}, func(y *model.Year) float64 { return y.OpexUSD }, true},
	{Output{"rev_share_usd", "Revenue share", units.USD}, func(y *model.Year) float64 { return y.RevShareUSD }, true},
	{Output{"funding_usd", "Money raised", units.USD}, func(y *model.Year) float64 { return y.FundingUSD }, true},
	{Output{"net_cash_flow_usd", "Net cash flow", units.USD}, func(y *model.Year) float64 { return y.NetCashFlowUSD }, true},
	{Output{"free_cash_flow_usd", "Free cash flow", units.USD}, func(y *model.Year) float64 { return y.NetCashFlowUSD - y.FundingUSD }, true},
	{Output{"cash_usd", "Cash at the year's end", units.USD}, func(y *model.Year) float64 { return y.CashUSD }, true},
}

// Layout is the list of numeric outputs of a scenario's shape: which
// deals and years it has. Many results of one layout (samples, tornado
// runs) are read into flat vectors with Values.
type Layout struct {
	Paths  []string
	Labels []string
	Units  []units.Unit
	index  map[string]int
}

// NewLayout lists the outputs of s in eval JSON order: the portfolio, the
// deals, the years.
func NewLayout(s *scenario.Scenario) *Layout {
	l := &Layout{index: map[string]int{}}
	for _, o := range Portfolio {
		l.add("portfolio."+o.Name, o.Label, o.Unit)
	}
	for i, d := range s.Portfolio.Deals {
		name := DealName(s, i)
		for _, o := range Deal {
			l.add("deals."+d.ID+"."+o.Name, name+": "+o.Label, o.Unit)
		}
	}
	w := s.Portfolio.World
	for y := w.From.Year(); y <= w.To.Year(); y++ {
		ys := strconv.Itoa(y)
		for _, o := range Year {
			l.add("years."+ys+"."+o.Name, o.Label+", "+ys, o.Unit)
		}
	}
	return l
}

// Select returns the layout of some of l's outputs, in the order given,
// and their positions in l; ok is false when a path is not in l.
func (l *Layout) Select(paths []string) (sub *Layout, pos []int, ok bool) {
	sub = &Layout{index: make(map[string]int, len(paths))}
	for _, path := range paths {
		i := l.Index(path)
		if i < 0 {
			return nil, nil, false
		}
		sub.index[path] = len(sub.Paths)
		sub.Paths = append(sub.Paths, path)
		sub.Labels = append(sub.Labels, l.Labels[i])
		sub.Units = append(sub.Units, l.Units[i])
		pos = append(pos, i)
	}
	return sub, pos, true
}

// Index returns the position of a path in the layout, or -1.
func (l *Layout) Index(path string) int {
	if i, ok := l.index[path]; ok {
		return i
	}
	return -1
}

// Values reads r into dst, one value per path, and returns it. It reads
// the fields directly, in the order of the output tables above (a test
// holds the two together): Monte Carlo calls it once per sample, and a
// call through a closure per output cost a tenth of a sample.
func (l *Layout) Values(r *model.Result, dst []float64) []float64 {
	n := len(Portfolio) + len(Deal)*len(r.Deals) + len(Year)*len(r.Years)
	if cap(dst) < n {
		dst = make([]float64, n)
	}
	dst = dst[:n]
	t := &r.Totals
	p := dst[:len(Portfolio)]
	p[0], p[1], p[2], p[3] = t.ValueUSD, t.PVUSD, t.PeakFacilityGW, t.PeakGWPerWeek
	p[4], p[5], p[6], p[7] = t.PeakCumulativeGapUSD, t.PeakAccelerators, t.Accelerators, t.FacilityGW
	p[8], p[9], p[10], p[11] = t.AcceleratorHours, t.EnergyTWh, t.PeakFLOP, t.UsefulFLOP
	p[12], p[13], p[14], p[15] = t.StatedValueUSD, t.StatedGW, t.SustainSpendUSD, t.FinancingUSD
	p[16], p[17] = cashOnly(t.HasCash, t.FundingNeedUSD), cashOnly(t.HasCash, t.MinCashUSD)
	k := len(Portfolio)
	for i := range r.Deals {
		d := &r.Deals[i]
		o := dst[k : k+len(Deal)]
		o[0], o[1], o[2], o[3] = d.ValueUSD, d.PriceUSDPerHour, d.UnitCostUSD, d.Accelerators
		o[4], o[5], o[6], o[7] = d.H100e, d.FacilityGW, d.AcceleratorHours, d.EnergyTWh
		o[8], o[9], o[10], o[11] = d.EnergyCostUSD, d.PeakFLOP, d.UsefulFLOP, d.PVUSD
		o[12] = d.FinancingUSD
		k += len(Deal)
	}
	nan := math.NaN()
	for i := range r.Years {
		y := &r.Years[i]
		o := dst[k : k+len(Year)]
		o[0], o[1], o[2], o[3] = y.SpendUSD, y.RevenueUSD, y.Coverage, y.CumulativeGapUSD
		o[4], o[5], o[6], o[7] = y.FacilityGW, y.AvgFacilityGW, y.Accelerators, y.EnergyTWh
		o[8], o[9], o[10], o[11] = y.UsefulFLOP, y.GWPerWeek, y.RevenuePerGWYearUSD, y.BreakEvenPerGWYearUSD
		o[12] = y.SustainSpendUSD
		if t.HasCash {
			o[13], o[14], o[15], o[16] = y.OpexUSD, y.RevShareUSD, y.FundingUSD, y.NetCashFlowUSD
			o[17], o[18] = y.NetCashFlowUSD-y.FundingUSD, y.CashUSD
		} else {
			o[13], o[14], o[15], o[16], o[17], o[18] = nan, nan, nan, nan, nan, nan
		}
		k += len(Year)
	}
	return dst
}

// Value reads one output of r by path.
func (l *Layout) Value(r *model.Result, path string) (float64, bool) {
	i := l.Index(path)
	if i < 0 {
		return 0, false
	}
	np, nd := len(Portfolio), len(Deal)
	switch {
	case i < np:
		return Portfolio[i].Get(&r.Totals), true
	case i < np+nd*len(r.Deals):
		j := i - np
		return Deal[j%nd].Get(&r.Deals[j/nd]), true
	}
	j := i - np - nd*len(r.Deals)
	ny := len(Year)
	return Year[j%ny].Of(r, &r.Years[j/ny]), true
}

// UnitOf is the unit of the output at path, by the field's name; Number
// for a name no output has.
func UnitOf(path string) units.Unit {
	name := path[strings.LastIndexByte(path, '.')+1:]
	var outs []Output
	switch {
	case strings.HasPrefix(path, "portfolio."):
		for _, o := range Portfolio {
			outs = append(outs, o.Output)
		}
	case strings.HasPrefix(path, "deals."):
		for _, o := range Deal {
			outs = append(outs, o.Output)
		}
	default:
		for _, o := range Year {
			outs = append(outs, o.Output)
		}
	}
	for _, o := range outs {
		if o.Name == name {
			return o.Unit
		}
	}
	return units.Number
}
