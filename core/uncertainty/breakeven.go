package uncertainty

import (
	"math"
	"strconv"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// ThresholdKind says what a break-even threshold is about.
type ThresholdKind uint8

const (
	// MarketSize is the size of a cloud deal that derives its price at
	// which its implied price per accelerator-hour equals the market
	// price of its accelerator: Value is a value of the size input Key.
	MarketSize ThresholdKind = iota + 1
	// MarketValue is, for a cloud deal whose price is given, what its
	// accelerator-hours would cost at the market price: Value is a value
	// of the deal's value, Key, with the size unchanged.
	MarketValue
	// PaybackGrowth is the revenue growth at which the cumulative gap
	// closes by the end of the horizon, so that the payback month falls
	// within it: Value is a value of the input "growth".
	PaybackGrowth
)

func (k ThresholdKind) String() string {
	switch k {
	case MarketSize:
		return "market_size"
	case MarketValue:
		return "market_value"
	case PaybackGrowth:
		return "payback_growth"
	}
	return "unknown"
}

// Threshold is one break-even figure to show beside the totals.
type Threshold struct {
	Kind ThresholdKind
	Deal string // the deal's id; "" for the portfolio
	On   bool   // whether the deal counts in the portfolio
	// Key is the input (as in links) that Value is a value of, Unit its
	// unit, and Current its value in the scenario (derived or not).
	Key     string
	Unit    units.Unit
	Current float64
	// Value is the threshold; NaN when Found is false.
	Value float64
	Found bool
	// Path is the output (as in the eval JSON) that equals Target at the
	// threshold: the deal's implied price and the market price, or the
	// cumulative gap at the end of the horizon and zero.
	Path   string
	Target float64
	// Accelerators is the deal's size in accelerators at the threshold
	// (market thresholds).
	Accelerators float64
	// Low and High bound the search of a PaybackGrowth threshold: the
	// growth field's validity bounds.
	Low, High float64

	// What explain.Threshold needs to say it in one sentence. Market
	// thresholds: the deal's name, the accelerator's name and the deal's
	// implied price per accelerator-hour now.
	Name, Accel string
	Price       float64
	// PaybackGrowth: the end of the horizon; the scenario's payback month
	// now (if any); NoGap when the cumulative gap never opens (nothing to
	// pay back, Found false); AtLeast when the growth found is a minimum
	// rather than a maximum.
	Horizon    calendar.Month
	Payback    calendar.Month
	HasPayback bool
	NoGap      bool
	AtLeast    bool
}

// Thresholds works out the break-even thresholds of s: for each cloud
// deal whose accelerator has a market price in the vintage, the size at
// which its implied price equals that price (or, when the deal gives its
// price, what its accelerator-hours would cost at the market price); and
// the revenue growth at which payback falls within the horizon. It
// returns an error only when s cannot be evaluated.
func Thresholds(s *scenario.Scenario) ([]Threshold, error) {
	ev := newEvaluator(s, nil)
	if err := ev.eval(); err != nil {
		return nil, err
	}
	var out []Threshold
	for i := range s.Portfolio.Deals {
		d := &s.Portfolio.Deals[i]
		if d.Kind != model.Cloud {
			continue
		}
		la, ok := s.Vintage.Accelerator(d.Accel)
		if !ok || !(la.MarketUSDPerHour > 0) {
			continue
		}
		out = append(out, marketThreshold(s, i, &ev.res.Deals[i], la.Name, la.MarketUSDPerHour))
	}
	t, err := paybackThreshold(s, ev)
	if err != nil {
		return nil, err
	}
	return append(out, t), nil
}

func marketThreshold(s *scenario.Scenario, i int, dr *model.DealResult, accelName string, market float64) Threshold {
	d := &s.Portfolio.Deals[i]
	name := outputs.DealName(s, i)
	price := dr.PriceUSDPerHour
	t := Threshold{
		Deal: d.ID, On: d.On, Target: market, Path: "deals." + d.ID + ".price_usd_per_hour",
		Found: true, Low: math.NaN(), High: math.NaN(),
		Name: name, Accel: accelName, Price: price,
	}
	if d.Derive == model.Price {
		// The implied price is V / (N · hours per accelerator): inversely
		// proportional to the size, so the size that meets the market
		// price is the current one scaled by price / market.
		t.Kind = MarketSize
		t.Current = d.Size
		t.Value = d.Size * price / market
		t.Accelerators = dr.Accelerators * price / market
		t.Unit, t.Key = units.Count, "d."+d.ID+".n"
		if d.SizeUnit == model.GW {
			t.Unit, t.Key = units.GW, "d."+d.ID+".gw"
		}
		return t
	}
	t.Kind = MarketValue
	t.Key, t.Unit = "d."+d.ID+".value", units.USD
	t.Current = dr.ValueUSD
	t.Value = market * dr.AcceleratorHours
	t.Accelerators = dr.Accelerators
	return t
}

func paybackThreshold(s *scenario.Scenario, ev *evaluator) (Threshold, error) {
	in, err := s.Input("growth")
	if err != nil {
		return Threshold{}, err
	}
	w := s.Portfolio.World
	path := "years." + strconv.Itoa(w.To.Year()) + ".cumulative_gap_usd"
	base := s.Num(in)
	sol, err := seekIn(ev, in, base, s.Setter(in), path, 0, in.Field.Min, in.Field.Max, false)
	if err != nil {
		return Threshold{}, err
	}
	t := Threshold{
		Kind: PaybackGrowth, On: true, Key: "growth", Unit: in.Field.Unit, Current: base,
		Value: math.NaN(), Found: sol.Found, Path: path, Low: sol.Low, High: sol.High,
		Accelerators: math.NaN(), Price: math.NaN(), Horizon: w.To,
	}
	if ev.reset(); ev.eval() == nil && ev.res.Totals.HasPayback {
		t.Payback, t.HasPayback = ev.res.Totals.PaybackMonth, true
	}
	if ev.res.Totals.PeakCumulativeGapUSD <= 0 {
		// Without a gap there is nothing to pay back: no growth is needed.
		t.Found, t.NoGap = false, true
		return t, nil
	}
	if !sol.Found {
		return t, nil
	}
	t.Value = sol.Value
	t.AtLeast = sol.AtHigh < 0
	return t, nil
}
