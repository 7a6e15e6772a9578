package explain

import (
	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/computedeals/explorer/core/units"
)

// Threshold says a break-even threshold in one sentence: the market
// price a cloud deal's implied price meets, or the revenue growth that
// brings payback within the horizon.
func Threshold(t *uncertainty.Threshold) string {
	switch t.Kind {
	case uncertainty.MarketSize, uncertainty.MarketValue:
		at := " the " + t.Accel + " market price of " + units.Format(t.Target, units.USDPerHour)
		price := units.Format(t.Price, units.USDPerHour)
		if t.Kind == uncertainty.MarketValue {
			return t.Name + ": at" + at + ", its " + units.Format(t.Accelerators, units.Count) +
				" accelerators would cost " + units.Format(t.Value, units.USD) +
				"; now " + units.Format(t.Current, units.USD) + " at " + price
		}
		size := units.Format(t.Value, t.Unit)
		if t.Unit == units.GW {
			size += " (" + units.Format(t.Accelerators, units.Count) + " accelerators)"
		} else {
			size += " accelerators"
		}
		return t.Name + ": the implied price equals" + at + " at " + size +
			"; now " + units.Format(t.Current, t.Unit) + " at " + price
	}
	if t.NoGap {
		return "Revenue covers spend all along: the cumulative gap never opens, so payback needs no particular growth"
	}
	now := "now " + units.Format(t.Current, units.Growth)
	if t.HasPayback {
		now += ", payback " + t.Payback.String()
	} else {
		now += ", no payback within the horizon"
	}
	by := " (by " + t.Horizon.String() + ")"
	if !t.Found {
		return "No revenue growth from " + units.Format(t.Low, units.Growth) + " to " +
			units.Format(t.High, units.Growth) + " brings payback within the horizon" + by + "; " + now
	}
	bound := "at least "
	if !t.AtLeast {
		bound = "at most "
	}
	return "Payback within the horizon" + by + " needs revenue growth of " + bound +
		units.Format(t.Value, units.Growth) + " in the first year; " + now
}
