package chart

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/units"
	"github.com/computedeals/explorer/core/view"
)

func tableCells(t *testing.T, n *view.Node) (head []string, rows [][]string) {
	t.Helper()
	require.Equal(t, "table", n.Tag)
	thead := n.Find(func(x *view.Node) bool { return x.Tag == "thead" })
	tbody := n.Find(func(x *view.Node) bool { return x.Tag == "tbody" })
	require.NotNil(t, thead, "thead must be explicit")
	require.NotNil(t, tbody, "tbody must be explicit")
	for _, th := range thead.Children[0].Children {
		head = append(head, th.TextContent())
	}
	for _, tr := range tbody.Children {
		var row []string
		for _, c := range tr.Children {
			row = append(row, c.TextContent())
		}
		rows = append(rows, row)
	}
	return head, rows
}

func TestTableHasARowPerXAndAColumnPerSeries(t *testing.T) {
	all := map[string]Spec{}
	for _, c := range allSpecs() {
		all[c.name] = c.spec
	}
	cases := []struct {
		name       string
		rows, cols int
		first      []string
	}{
		{"area_gw", years, 1 + 7 + 1, []string{"Year", "AWS", "Azure", "Oracle", "CoreWeave", "NVIDIA", "AMD", "Broadcom", "Total"}},
		{"bars_spend", years, 1 + 7 + 1 + 1, nil},
		{"line_gap", years, 2, []string{"Year", "Cumulative gap"}},
		{"fan_gw", years, 1 + 7 + 1 + 3, nil},
		{"fan_spend", years, 1 + 7 + 1 + 1 + 6, nil},
		{"compare_gw", years, 1 + (7+1)*2, nil},
		{"compare_gap", years, 1 + 2, []string{"Year", "Cumulative gap", "Cumulative gap (B: revenue +45 %/yr)"}},
		{"tornado", 8, 4, []string{"Input", "Output at the input's low", "At its high", "Swing"}},
		{"waterfall", 7, 3, []string{"Step", "Change", "Total"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			head, rows := tableCells(t, Table(all[c.name]))
			assert.Len(t, head, c.cols)
			require.Len(t, rows, c.rows)
			for _, r := range rows {
				assert.Len(t, r, c.cols)
			}
			if c.first != nil {
				assert.Equal(t, c.first, head)
			}
		})
	}
}

func TestTableReducesMonthsAsAsked(t *testing.T) {
	v := make([]float64, 18) // 2025-07 … 2026-12
	for i := range v {
		v[i] = float64(i + 1)
	}
	s := Spec{Kind: Line, Unit: units.GW, Start: start + 6, Title: "t", Series: []Series{{Name: "a", Values: v}}}
	_, rows := tableCells(t, Table(s))
	assert.Equal(t, [][]string{{"2025", "6.00 GW"}, {"2026", "18.0 GW"}}, rows, "year end: the last month of each year")

	s.Rows = YearSum
	_, rows = tableCells(t, Table(s))
	assert.Equal(t, [][]string{{"2025", "21.0 GW"}, {"2026", "150 GW"}}, rows)

	s.Rows = EveryMonth
	head, rows := tableCells(t, Table(s))
	assert.Equal(t, "Month", head[0])
	assert.Len(t, rows, 18)
	assert.Equal(t, []string{"2025-07", "1.00 GW"}, rows[0])
}

func TestTableShowsNonFiniteAsADash(t *testing.T) {
	s := Spec{Kind: Bars, X: Years, Unit: units.USD, Start: start, Series: []Series{{Name: "a", Values: []float64{math.NaN(), 2e9}}}}
	_, rows := tableCells(t, Table(s))
	assert.Equal(t, [][]string{{"2025", "–"}, {"2026", "$2.00B"}}, rows)
}

func TestTableHTMLHasExplicitSections(t *testing.T) {
	h := view.HTML(Table(mainSpecs()[0]))
	assert.True(t, strings.HasPrefix(h, `<table class="chart-table"><caption>Facility power online by provider (GW)</caption><thead><tr><th scope="col">Year</th>`), h[:200])
	assert.Contains(t, h, `<tbody><tr><th scope="row">2025</th><td>0.0786 GW</td><td>0 GW</td>`)
}
