package explain

import (
	"strconv"

	"github.com/computedeals/explorer/core/calendar"
)

// Why a published figure has no counterpart in the scenario
// (report.Published's Why, the eval JSON's why_no_figure).

// NoCashMonth: the figure is of cash, and the scenario works out none.
func NoCashMonth() string { return "the scenario works out no cash: it has no cash month" }

// HorizonEndsBefore: the figure runs to the month to, past the horizon.
func HorizonEndsBefore(to calendar.Month) string { return "the horizon ends before " + to.String() }

// NoQuantity: the figure is of an output path the explorer does not have.
func NoQuantity(path string) string { return "the explorer has no quantity " + strconv.Quote(path) }

// HorizonMisses: the horizon, from to to, does not cover the figure's
// months, wantFrom to wantTo.
func HorizonMisses(from, to, wantFrom, wantTo calendar.Month) string {
	return "the horizon (" + from.String() + " to " + to.String() + ") does not cover " + wantFrom.String() + " to " + wantTo.String()
}
