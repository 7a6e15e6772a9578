package explain

import (
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/calendar"
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

// Seek says a goal seek's answer in one sentence: the value of the input
// that brings the output to its target, or, when none does, what the ends
// of the search give. input and output are what the reader calls them:
// the link key and eval-JSON path on the command line, the field's and
// the total's labels in the page. For the month cash runs out
// ([uncertainty.RunoutPath]) it says where the cash runs out instead.
func Seek(sol *uncertainty.Solution, input, output string) string {
	in, out := sol.InputUnit, sol.Unit
	where := "its range " + units.Format(sol.Low, in) + " – " + units.Format(sol.High, in)
	if !sol.InRange {
		where = "the bounds of the field " + units.Format(sol.Low, in) + " – " + units.Format(sol.High, in) + " (it has no range)"
	}
	if sol.Path == uncertainty.RunoutPath {
		return runout(sol, input, where)
	}
	if sol.Found {
		return input + " = " + exactly(sol.Value, in) + " brings " + output + " to " +
			exactly(sol.Output, out) + " (target " + units.Format(sol.Target, out) + "), searching " + where +
			"; now " + units.Format(sol.Base, in) + " gives " + units.Format(sol.BaseOutput, out)
	}
	whole := ""
	if sol.Whole {
		whole = " (it takes whole numbers only; the nearest, " + units.Format(sol.Nearest, in) +
			", gives " + units.Format(sol.NearestOutput, out) + ")"
	}
	return "No value of " + input + " in " + where + " brings " + output + " to " +
		units.Format(sol.Target, out) + ": at " + units.Format(sol.Low, in) + " it is " + units.Format(sol.AtLow, out) +
		", at " + units.Format(sol.High, in) + " it is " + units.Format(sol.AtHigh, out) + "; " +
		units.Format(sol.Closest, in) + " comes closest" + whole
}

// runout says which input value keeps cash at or above zero until the
// month before the target: the output seek brought to zero is the lowest
// balance up to then.
func runout(sol *uncertainty.Solution, input, where string) string {
	in := sol.InputUnit
	m := calendar.Month(sol.Target)
	through := (m - 1).String()
	if sol.Found {
		// The boundary: on one side of it the lowest balance up to the
		// month before the target is positive, on the other negative.
		side := "above"
		if sol.AtLow > sol.AtHigh {
			side = "below"
		}
		return input + " = " + exactly(sol.Value, in) + " is where the cash runs out in " + m.String() +
			": " + side + " it, cash lasts through " + through + " at least; searching " + where + "; now " + units.Format(sol.Base, in) +
			" leaves a lowest balance to " + through + " of " + units.Format(sol.BaseOutput, units.USD)
	}
	return "No value of " + input + " in " + where + " moves the month cash runs out to " + m.String() +
		": the lowest balance through " + through + " is " + units.Format(sol.AtLow, units.USD) + " at " + units.Format(sol.Low, in) +
		" and " + units.Format(sol.AtHigh, units.USD) + " at " + units.Format(sol.High, in)
}

// exactly writes a number for reading and, where its three significant
// figures hide digits, with ten in brackets: what a solution is, beyond
// what rounding shows.
func exactly(v float64, u units.Unit) string {
	f := units.Format(v, u)
	ten := strconv.FormatFloat(v, 'g', 10, 64)
	a, _ := strconv.ParseFloat(ten, 64)
	b, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 3, 64), 64)
	if a == b {
		return f
	}
	return f + " (" + ten + ")"
}

// Tornado writes the tornado of `computedeals tornado`: a line on the
// output and its base, then each ranged input's low and high, the output
// at each, and the swing, sorted by swing.
func Tornado(t *uncertainty.Tornado) string {
	var b strings.Builder
	b.WriteString("Tornado of " + t.Label + " (" + t.Path + "): base " + units.Format(t.Base, t.Unit) +
		"; each of " + itoa(len(t.Bars)) + " ranged inputs at its low and high, the others at base\n")
	rows := [][]string{{"input", "low", "→", "output", "high", "→", "output", "swing"}}
	for _, bar := range t.Bars {
		swing := units.Format(bar.Swing, t.Unit)
		if bar.Problem != "" {
			swing = "– (" + bar.Problem + ")"
		}
		rows = append(rows, []string{bar.Key,
			units.Format(bar.Low, bar.InputUnit), "→", units.Format(bar.AtLow, t.Unit),
			units.Format(bar.High, bar.InputUnit), "→", units.Format(bar.AtHigh, t.Unit), swing})
	}
	table(&b, "l", rows)
	return b.String()
}
