package scenario_test

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

// fixture is one link of testdata/links_v1.txt with what it must keep
// giving, whatever later builds and vintages change.
type fixture struct {
	line      int
	link      string
	canonical string
	totals    map[string]string
}

func readFixtures(t *testing.T, path string) []fixture {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []fixture
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<10)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, " ")
		require.True(t, ok, "line %d: want 'key value'", n)
		value = strings.TrimSpace(value)
		switch key {
		case "link":
			out = append(out, fixture{line: n, link: value, totals: map[string]string{}})
		case "canonical":
			require.NotEmpty(t, out, "line %d: canonical before link", n)
			out[len(out)-1].canonical = value
		default:
			require.NotEmpty(t, out, "line %d: total before link", n)
			out[len(out)-1].totals[key] = value
		}
	}
	require.NoError(t, sc.Err())
	return out
}

// total reads one figure of a result by its eval JSON path.
func total(s *scenario.Scenario, r *model.Result, path string) (string, bool) {
	num := func(v float64) (string, bool) { return strconv.FormatFloat(v, 'g', -1, 64), true }
	t := &r.Totals
	switch path {
	case "portfolio.value_usd":
		return num(t.ValueUSD)
	case "portfolio.pv_usd":
		return num(t.PVUSD)
	case "portfolio.peak_facility_gw":
		return num(t.PeakFacilityGW)
	case "portfolio.peak_cumulative_gap_usd":
		return num(t.PeakCumulativeGapUSD)
	case "portfolio.peak_gap_month":
		return t.PeakGapMonth.String(), true
	case "portfolio.payback_month":
		if !t.HasPayback {
			return "none", true
		}
		return t.PaybackMonth.String(), true
	}
	parts := strings.Split(path, ".")
	if len(parts) != 3 || parts[0] != "deals" {
		return "", false
	}
	i := s.DealIndex(parts[1])
	if i < 0 {
		return "", false
	}
	d := &r.Deals[i]
	switch parts[2] {
	case "value_usd":
		return num(d.ValueUSD)
	case "price_usd_per_hour":
		return num(d.PriceUSDPerHour)
	case "accelerators":
		return num(d.Accelerators)
	case "facility_gw":
		return num(d.FacilityGW)
	case "accelerator_hours":
		return num(d.AcceleratorHours)
	case "energy_twh":
		return num(d.EnergyTWh)
	case "pv_usd":
		return num(d.PVUSD)
	}
	return "", false
}

// TestLinkFormatFixtures keeps every link format ever written working: each
// link of testdata/links_v1.txt must decode without problems to its
// canonical form and to the same totals (within 1e-9) in every later
// build. Add links when the format gains keys; never edit the old ones.
func TestLinkFormatFixtures(t *testing.T) {
	fixtures := readFixtures(t, "testdata/links_v1.txt")
	require.NotEmpty(t, fixtures)
	for _, fx := range fixtures {
		t.Run("line "+strconv.Itoa(fx.line), func(t *testing.T) {
			s, probs := scenario.Decode(library.Default(), fx.link)
			require.Empty(t, probs, fx.link)
			assert.Equal(t, fx.canonical, s.Link())
			r, err := s.Evaluate()
			require.NoError(t, err)
			for path, want := range fx.totals {
				got, ok := total(s, r, path)
				require.True(t, ok, "unknown total %s", path)
				w, err := strconv.ParseFloat(want, 64)
				if err != nil {
					assert.Equal(t, want, got, path)
					continue
				}
				g, _ := strconv.ParseFloat(got, 64)
				near(t, w, g, path)
			}
		})
	}
}
