package chart

import (
	"math"
	"strconv"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/view"
)

// Table is the chart's data as an HTML table: a caption, a header row
// and a row per x (per year for monthly data unless Rows is EveryMonth),
// a column per series, total, line, band percentile and B series, every
// value formatted with its unit. A tornado has a row per input, a
// waterfall a row per bar. thead and tbody are explicit, so the browser
// parses the HTML into this very tree.
func Table(s Spec) *view.Node {
	head, rows := tableRows(&s, false)
	caption := s.Title
	if u := unitsOf(&s); u != "" {
		caption += " (" + u + ")"
	}
	hr := view.E("tr")
	for _, h := range head {
		hr.Children = append(hr.Children, view.E("th", view.A("scope", "col"), view.T(h)))
	}
	body := view.E("tbody")
	body.Children = make([]*view.Node, 0, max(len(rows), 1))
	for _, row := range rows {
		tr := view.E("tr", view.E("th", view.A("scope", "row"), view.T(row[0])))
		tr.Children = slicesGrow(tr.Children, len(row)-1)
		for _, c := range row[1:] {
			tr.Children = append(tr.Children, view.E("td", view.T(c)))
		}
		body.Children = append(body.Children, tr)
	}
	if len(rows) == 0 {
		msg := s.Empty
		if msg == "" {
			msg = "No data to show"
		}
		body.Children = append(body.Children, view.E("tr",
			view.E("td", view.A("colspan", strconv.Itoa(max(len(head), 1))), view.T(msg))))
	}
	return view.E("table", view.Class("chart-table"),
		view.If(caption != "", view.E("caption", view.T(caption))),
		view.E("thead", hr),
		body)
}

func slicesGrow(s []*view.Node, n int) []*view.Node {
	if cap(s)-len(s) >= n {
		return s
	}
	out := make([]*view.Node, len(s), len(s)+n)
	copy(out, s)
	return out
}

func unitsOf(s *Spec) string {
	if s.Units != "" {
		return s.Units
	}
	return s.Unit.Name()
}

// column is one table column: a header and a value per x.
type column struct {
	head string
	vals []float64
}

// cellFunc writes one value of a data table.
type cellFunc func(v float64, s *Spec) string

// pageCell is a value as the page's data table shows it; plainCell is a
// plain number in base units, "" for a figure without a value.
func pageCell(v float64, s *Spec) string { return formatValue(v, s.Unit) }

func plainCell(v float64, _ *Spec) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// tableRows are the rows of a chart's data table: as the page shows them,
// or (plain) as plain numbers for a CSV.
func tableRows(s *Spec, plain bool) ([]string, [][]string) {
	cell, delta := cellFunc(pageCell), cellFunc(func(v float64, s *Spec) string { return signed(v, s) })
	if plain {
		cell, delta = plainCell, plainCell
	}
	switch s.Kind {
	case Tornado:
		return tornadoRows(s, cell)
	case Waterfall:
		return waterfallRows(s, cell, delta)
	}
	return xyRows(s, cell)
}

// CSVRows returns a chart's data as plain numbers in base units (USD,
// GW, …): one header row, then a row per row of its data table, the tidy
// form a CSV of the chart holds. A figure without a value is "".
func CSVRows(s Spec) ([]string, [][]string) { return tableRows(&s, true) }

func xyRows(s *Spec, cell cellFunc) ([]string, [][]string) {
	n := 0
	for _, x := range s.Series {
		n = max(n, len(x.Values))
	}
	for _, x := range s.Lines {
		n = max(n, len(x.Values))
	}
	for _, b := range s.Bands {
		n = max(n, len(b.Low), len(b.Mid), len(b.High))
	}
	ov := s.Overlay
	bName := "B"
	if ov != nil {
		for _, x := range ov.Series {
			n = max(n, len(x.Values))
		}
		for _, x := range ov.Lines {
			n = max(n, len(x.Values))
		}
		if ov.B != "" {
			bName = ov.B
		}
	}
	n = min(n, MaxPoints)
	stacked := s.Kind != Line
	var cols []column
	cut := func(v []float64) []float64 {
		out := make([]float64, n)
		for i := range out {
			out[i] = get(v, i)
		}
		return out
	}
	total := func(ss []Series) []float64 {
		t := make([]float64, n)
		for i := range t {
			some := false
			for _, x := range ss {
				if v := get(x.Values, i); !math.IsNaN(v) {
					t[i] += v
					some = true
				}
			}
			if !some {
				t[i] = math.NaN()
			}
		}
		return t
	}
	for _, x := range s.Series {
		cols = append(cols, column{x.Name, cut(x.Values)})
	}
	if stacked && len(s.Series) > 1 {
		cols = append(cols, column{"Total", total(s.Series)})
	}
	for _, x := range s.Lines {
		cols = append(cols, column{x.Name, cut(x.Values)})
	}
	for _, b := range s.Bands {
		cols = append(cols, column{b.Name + " 5 %", cut(b.Low)})
		if b.Mid != nil {
			cols = append(cols, column{b.Name + " median", cut(b.Mid)})
		}
		cols = append(cols, column{b.Name + " 95 %", cut(b.High)})
	}
	if ov != nil {
		for _, x := range ov.Series {
			cols = append(cols, column{x.Name + " (" + bName + ")", cut(x.Values)})
		}
		if stacked && len(ov.Series) > 1 {
			cols = append(cols, column{"Total (" + bName + ")", total(ov.Series)})
		}
		for _, x := range ov.Lines {
			cols = append(cols, column{x.Name + " (" + bName + ")", cut(x.Values)})
		}
	}

	first := "Year"
	monthly := s.X == Months && s.Rows == EveryMonth
	if monthly {
		first = "Month"
	}
	head := make([]string, 0, len(cols)+1)
	head = append(head, first)
	for _, c := range cols {
		head = append(head, c.head)
	}
	// Rows are spans of x positions: one each for yearly or every-month
	// tables, a calendar year's months otherwise.
	type span struct {
		name   string
		from   int
		to     int // exclusive
		reduce Rows
	}
	var spans []span
	switch {
	case n == 0:
	case s.X == Years:
		for i := 0; i < n; i++ {
			spans = append(spans, span{strconv.Itoa(s.Start.Year() + i), i, i + 1, YearEnd})
		}
	case monthly:
		for i := 0; i < n; i++ {
			spans = append(spans, span{(s.Start + calendar.Month(i)).String(), i, i + 1, YearEnd})
		}
	default:
		for i := 0; i < n; {
			y := (s.Start + calendar.Month(i)).Year()
			j := i + 1
			for j < n && (s.Start+calendar.Month(j)).Year() == y {
				j++
			}
			spans = append(spans, span{strconv.Itoa(y), i, j, s.Rows})
			i = j
		}
	}
	rows := make([][]string, 0, len(spans))
	for _, sp := range spans {
		row := make([]string, 0, len(cols)+1)
		row = append(row, sp.name)
		for _, c := range cols {
			v := c.vals[sp.to-1]
			if sp.reduce == YearSum {
				v = math.NaN()
				for _, x := range c.vals[sp.from:sp.to] {
					if !math.IsNaN(x) {
						if math.IsNaN(v) {
							v = 0
						}
						v = clamp(v + x)
					}
				}
			}
			row = append(row, cell(v, s))
		}
		rows = append(rows, row)
	}
	return head, rows
}

func tornadoRows(s *Spec, cell cellFunc) ([]string, [][]string) {
	head := []string{"Input", "Output at the input's low", "At its high", "Swing"}
	order := swingOrder(s.Swings)
	rows := make([][]string, 0, len(order))
	for _, q := range order {
		sw := s.Swings[q]
		rows = append(rows, []string{sw.Input, cell(sw.Low, s), cell(sw.High, s),
			cell(math.Abs(val(sw.High)-val(sw.Low)), s)})
	}
	return head, rows
}

func waterfallRows(s *Spec, cell, delta cellFunc) ([]string, [][]string) {
	head := []string{"Step", "Change", "Total"}
	steps := s.Steps[:min(len(s.Steps), MaxRows)]
	lv := waterfallLevels(s)
	a, b := s.BaseName, s.EndName
	if a == "" {
		a = "A"
	}
	if b == "" {
		b = "B"
	}
	rows := make([][]string, 0, len(steps)+2)
	rows = append(rows, []string{a, "", cell(lv[0], s)})
	for k, st := range steps {
		rows = append(rows, []string{st.Label, delta(st.Delta, s), cell(lv[k+1], s)})
	}
	rows = append(rows, []string{b, "", cell(lv[len(lv)-1], s)})
	return head, rows
}
