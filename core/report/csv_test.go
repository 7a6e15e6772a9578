package report

import (
	"encoding/csv"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
)

// Regenerate the golden files with
//
//	go test ./core/report -update
//
// and review the diff before committing it.
var update = flag.Bool("update", false, "rewrite the golden files of testdata")

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./core/report -update to create it")
	assert.Equal(t, string(want), got, "output differs from %s; if the change is meant, run with -update and review the diff", path)
}

func decode(t *testing.T, link string) *scenario.Scenario {
	t.Helper()
	s, probs := scenario.Decode(library.Default(), link)
	require.Empty(t, probs, "link %q", link)
	return s
}

func csvOf(t *testing.T, s *scenario.Scenario) string {
	t.Helper()
	r, err := s.Evaluate()
	require.NoError(t, err)
	return CSV(s, r)
}

// records parses a CSV file strictly, as RFC 4180 has it.
func records(t *testing.T, text string) [][]string {
	t.Helper()
	rd := csv.NewReader(strings.NewReader(text))
	rd.FieldsPerRecord = -1
	recs, err := rd.ReadAll()
	require.NoError(t, err)
	return recs
}

// TestCSVOfTheDefaultView pins the CSV of the default view, the newest
// vintage's (2026-12/default.csv), and of vintage 2026-11's default view,
// by name (default.csv, as it was when 2026-11 was the default).
func TestCSVOfTheDefaultView(t *testing.T) {
	t.Run("2026-12", func(t *testing.T) {
		s := decode(t, "")
		require.Equal(t, "2026-12", s.Vintage.ID)
		golden(t, "2026-12/default.csv", csvOf(t, s))
	})
	t.Run("2026-11", func(t *testing.T) {
		golden(t, "default.csv", csvOf(t, decode(t, "data=2026-11")))
	})
}

func TestCSVSectionsAndPrecision(t *testing.T) {
	s := decode(t, "data=2026-11")
	r, err := s.Evaluate()
	require.NoError(t, err)
	text := CSV(s, r)
	assert.True(t, strings.HasPrefix(text, `scenario,"OpenAI, November 2025",link,#v=1&data=2026-11&preset=openai-2025-11,data,2026-11`+"\r\n"))
	assert.NotContains(t, strings.ReplaceAll(text, "\r\n", ""), "\n", "every line ends in CRLF")

	recs := records(t, text)
	sections := map[string]int{}
	for i, rec := range recs {
		if len(rec) == 1 && rec[0] != "" {
			sections[rec[0]] = i
		}
	}
	for _, name := range []string{"deals (whole life)", "years", "years by deal (deals on)", "months", "months by deal (deals on)"} {
		require.Contains(t, sections, name)
	}

	// Every number reads back to the very float64 of the result.
	deals := sections["deals (whole life)"]
	head := recs[deals+1]
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for i := range r.Deals {
		rec := recs[deals+2+i]
		assert.Equal(t, r.Deals[i].ID, rec[col["id"]])
		for _, o := range outputs.Deal {
			v, err := strconv.ParseFloat(rec[col[o.Name]], 64)
			require.NoError(t, err, o.Name)
			assert.Equal(t, math.Float64bits(o.Get(&r.Deals[i])), math.Float64bits(v), "%s %s", r.Deals[i].ID, o.Name)
		}
	}
	months := sections["months"]
	assert.Equal(t, []string{"month", "facility_gw", "accelerators", "h100e", "spend_usd", "revenue_usd", "cumulative_gap_usd", "energy_mwh", "useful_flop"}, recs[months+1])
	assert.Equal(t, "2025-01", recs[months+2][0])
	gap, err := strconv.ParseFloat(recs[months+2][6], 64)
	require.NoError(t, err)
	assert.Equal(t, r.CumulativeGapUSD[0], gap)
	assert.Equal(t, len(r.SpendUSD), sections["months by deal (deals on)"]-months-2, "one row a month (the reader skips blank lines)")
}

func TestCSVDefusesFormulas(t *testing.T) {
	names := []string{`=HYPERLINK("http://example.com/x","click")`, "+1+1", "-2+3", "@SUM(A1:A9)", "  =1+1", "=cmd|' /C calc'!A0"}
	link := "data=2026-11&preset=aws-only"
	for i, n := range names {
		id := "d.x" + strconv.Itoa(i) + "."
		link += "&" + id + "kind=cloud&" + id + "accel=gb300&" + id + "derive=value&" + id + "price=2.5&" + id + "n=1k&" +
			id + "start=2026-01&" + id + "full=2026-12&" + id + "term=60&" + id + "shape=linear&" +
			id + "provider=" + escapeForLink(n) + "&" + id + "buyer=" + escapeForLink(n)
	}
	text := csvOf(t, decode(t, link))
	golden(t, "injection.csv", text)
	seen := 0
	for _, rec := range records(t, text) {
		for _, f := range rec {
			if f == "" {
				continue
			}
			if _, err := strconv.ParseFloat(f, 64); err == nil {
				continue // a number is never escaped, and no spreadsheet runs one
			}
			trimmed := strings.TrimLeft(f, " ")
			assert.NotContains(t, "=+-@\t\r", trimmed[:1], "a formula got through: %q", f)
			if strings.HasPrefix(f, "'") {
				seen++
			}
		}
	}
	assert.Equal(t, 3*len(names), seen, "each name defused once as the deal's title, buyer and provider")
}

// escapeForLink percent-encodes a value for a test link.
func escapeForLink(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(s[i])|0x100, 16)[1:]))
	}
	return b.String()
}

func TestCell(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain text stays", "AWS", "AWS"},
		{"empty stays empty", "", ""},
		{"an equals sign is defused", "=1+1", "'=1+1"},
		{"a plus sign is defused", "+1", "'+1"},
		{"a minus sign is defused", "-1+2", "'-1+2"},
		{"an at sign is defused", "@SUM(A1)", "'@SUM(A1)"},
		{"a tab is defused", "\t=1", "'\t=1"},
		{"a carriage return is defused and quoted", "\r=1", "\"'\r=1\""},
		{"leading spaces do not hide a formula", "   =1", "'   =1"},
		{"a comma is quoted", "OpenAI, November 2025", `"OpenAI, November 2025"`},
		{"quotes are doubled", `say "hi"`, `"say ""hi"""`},
		{"a defused formula with a comma is quoted too", `=HYPERLINK("a","b")`, `"'=HYPERLINK(""a"",""b"")"`},
		{"a line break is quoted", "a\nb", "\"a\nb\""},
		{"an equals sign inside is harmless", "a=b", "a=b"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, Cell(c.in))
		})
	}
}

func TestNumber(t *testing.T) {
	cases := []struct {
		name string
		in   float64
		want string
	}{
		{"a negative number is written plainly", -13466757871.93499, "-13466757871.93499"},
		{"every digit is kept", 2.2364818962675974, "2.2364818962675974"},
		{"large numbers are exact", 38e9, "38000000000"},
		{"huge numbers take an exponent", 1.607855433453071e31, "1.607855433453071e+31"},
		{"zero", 0, "0"},
		{"no value is an empty cell", math.NaN(), ""},
		{"nor is infinity", math.Inf(1), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, Number(c.in))
		})
	}
}
