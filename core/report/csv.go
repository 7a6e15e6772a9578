package report

import (
	"math"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// CSV writes every total and series of the scenario as one CSV file
// (RFC 4180, CRLF line ends): a header line naming the scenario, its link
// and data vintage, then sections, each a title line, a line of column
// names and its rows, with a blank line between: the deals' whole-life
// totals, the yearly figures of the portfolio and of each deal on, and
// the monthly series of the portfolio and of each deal on.
//
// Numbers are in base units (USD, GW, TWh or MWh, FLOP, hours) with
// every digit a float64 holds, so that nothing is lost on the way to a
// spreadsheet; a figure that has no value (coverage with no spend) is an
// empty cell. Text that a spreadsheet could take for a formula is
// defused (see Cell).
func CSV(s *scenario.Scenario, r *model.Result) string {
	var w csvWriter
	w.row(Cell("scenario"), Cell(s.Preset.Title), Cell("link"), Cell("#"+s.Link()), Cell("data"), Cell(s.Vintage.ID))
	w.row()

	w.row(Cell("deals (whole life)"))
	head := []string{"id", "title", "buyer", "provider", "kind", "accel", "on", "derived", "first_month", "last_month"}
	for _, o := range outputs.Deal {
		head = append(head, o.Name)
	}
	w.text(head...)
	for i := range r.Deals {
		d, dr := &s.Portfolio.Deals[i], &r.Deals[i]
		cells := []string{Cell(d.ID), Cell(outputs.DealName(s, i)), Cell(d.Buyer), Cell(d.Provider), Cell(d.Kind.String()),
			Cell(d.Accel), boolCell(d.On), Cell(d.Derive.String()), Cell(dr.First.String()), Cell(dr.Last.String())}
		for _, o := range outputs.Deal {
			cells = append(cells, Number(o.Get(dr)))
		}
		w.row(cells...)
	}
	w.row()

	w.row(Cell("years"))
	head = []string{"year", "first_month", "last_month"}
	for _, o := range outputs.Year {
		head = append(head, o.Name)
	}
	w.text(head...)
	for i := range r.Years {
		y := &r.Years[i]
		cells := []string{strconv.Itoa(y.Year), Cell(y.First.String()), Cell(y.Last.String())}
		for _, o := range outputs.Year {
			cells = append(cells, Number(o.Of(r, y)))
		}
		w.row(cells...)
	}
	w.row()

	on := onDeals(s)
	w.row(Cell("years by deal (deals on)"))
	w.text("year", "deal", "spend_usd", "energy_twh", "facility_gw", "accelerators")
	for i := range r.Years {
		y := &r.Years[i]
		for _, j := range on {
			dr := &r.Deals[j]
			var spend, mwh float64
			for m := y.First; m <= y.Last; m++ {
				spend += dr.SpendUSD[m-r.From]
				mwh += dr.EnergyMWh[m-r.From]
			}
			k := y.Last - r.From
			w.row(strconv.Itoa(y.Year), Cell(dr.ID), Number(spend), Number(mwh/1e6), Number(dr.GWOnline[k]), Number(dr.UnitsOnline[k]))
		}
	}
	w.row()

	w.row(Cell("months"))
	w.text("month", "facility_gw", "accelerators", "h100e", "spend_usd", "revenue_usd", "cumulative_gap_usd", "energy_mwh", "useful_flop")
	for j := range r.SpendUSD {
		m := r.From + calendar.Month(j)
		w.row(Cell(m.String()), Number(r.FacilityGW[j]), Number(r.Accelerators[j]), Number(r.H100e[j]), Number(r.SpendUSD[j]),
			Number(r.RevenueUSD[j]), Number(r.CumulativeGapUSD[j]), Number(r.EnergyMWh[j]), Number(r.UsefulFLOP[j]))
	}
	w.row()

	w.row(Cell("months by deal (deals on)"))
	w.text("month", "deal", "units_online", "gw_online", "spend_usd", "energy_mwh")
	for j := range r.SpendUSD {
		m := Cell((r.From + calendar.Month(j)).String())
		for _, i := range on {
			dr := &r.Deals[i]
			w.row(m, Cell(dr.ID), Number(dr.UnitsOnline[j]), Number(dr.GWOnline[j]), Number(dr.SpendUSD[j]), Number(dr.EnergyMWh[j]))
		}
	}
	return w.String()
}

func onDeals(s *scenario.Scenario) []int {
	var on []int
	for i := range s.Portfolio.Deals {
		if s.Portfolio.Deals[i].On {
			on = append(on, i)
		}
	}
	return on
}

func boolCell(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

type csvWriter struct{ strings.Builder }

// row writes cells that are already CSV fields (from Cell or Number).
func (w *csvWriter) row(cells ...string) {
	for i, c := range cells {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteString(c)
	}
	w.WriteString("\r\n")
}

func (w *csvWriter) text(cells ...string) {
	for i := range cells {
		cells[i] = Cell(cells[i])
	}
	w.row(cells...)
}

// Number writes a numeric CSV field: the shortest decimal that reads
// back to the same float64, never quoted or escaped, and empty for NaN
// and infinities.
func Number(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	return units.Plain(v)
}

// Cell writes a text CSV field. Text that starts with =, +, -, @, a tab
// or a carriage return, also after leading spaces, gets a leading
// apostrophe, so that a spreadsheet shows it rather than running it as a
// formula (a deal of the user's own may be named "=HYPERLINK(…)"). A field
// holding a comma, a quote or a line break is quoted, its quotes doubled.
func Cell(s string) string {
	t := strings.TrimLeft(s, " ")
	if t != "" && strings.IndexByte("=+-@\t\r", t[0]) >= 0 {
		s = "'" + s
	}
	if strings.ContainsAny(s, ",\"\r\n") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}
