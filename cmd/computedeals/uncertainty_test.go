package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCommand runs the command line as main would and returns its output
// and exit status.
func runCommand(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	status = 0
	if err != nil {
		status = 1
		var ex *exitError
		if errors.As(err, &ex) {
			status = ex.code
		}
	}
	return out.String(), errb.String(), status
}

func decodeJSON(t *testing.T, text string) map[string]any {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(text), &doc), text)
	return doc
}

func requireBand(t *testing.T, bands map[string]any, name string) {
	t.Helper()
	b, ok := bands[name].(map[string]any)
	require.True(t, ok, "a band for %s", name)
	p5, p50, p95 := b["p5"].(float64), b["p50"].(float64), b["p95"].(float64)
	assert.LessOrEqual(t, p5, p50, name)
	assert.LessOrEqual(t, p50, p95, name)
}

func TestEvalWithSamplesAddsBandsToTheText(t *testing.T) {
	// The figures below are those of 2026-11's default view.
	out, stderr, status := runCommand(t, "eval", "--samples", "600", "--seed", "3", "data=2026-11")
	require.Zero(t, status, stderr)
	assert.Contains(t, out, "link: #v=1&data=2026-11&preset=openai-2025-11&seed=3\n", "the link carries the seed")
	assert.Contains(t, out, "Monte Carlo           600 samples of 43 ranged inputs, seed 3\n")
	for _, label := range []string{"Value", "Present value", "Peak facility power", "Peak cumulative gap", "Accelerators", "Energy"} {
		line := lineStarting(out, "  "+label+" ")
		assert.Contains(t, line, "5–95 %: ", label)
	}
	assert.NotContains(t, lineStarting(out, "  Payback month"), "5–95 %")
	assert.Contains(t, out, "Years, 5–95 % over 600 samples\n")
	assert.Contains(t, out, "\nBreak-even thresholds\n  AWS: the implied price equals")
}

func lineStarting(text, prefix string) string {
	for _, ln := range strings.Split(text, "\n") {
		if strings.HasPrefix(ln, prefix) {
			return ln
		}
	}
	return ""
}

func TestEvalWithSamplesAddsBandsToTheJSON(t *testing.T) {
	out, stderr, status := runCommand(t, "eval", "--json", "--samples", "400", "data=2026-11")
	require.Zero(t, status, stderr)
	doc := decodeJSON(t, out)

	smp := doc["sampling"].(map[string]any)
	assert.Equal(t, 400.0, smp["samples"])
	assert.Equal(t, 0.0, smp["rejected"])
	assert.Equal(t, 1.0, smp["seed"], "the default view's seed")
	assert.Len(t, smp["inputs"], 43)

	portfolio := doc["portfolio"].(map[string]any)
	assert.IsType(t, 0.0, portfolio["value_usd"], "the totals stay numbers")
	bands := portfolio["bands"].(map[string]any)
	for _, name := range []string{"value_usd", "pv_usd", "peak_facility_gw", "peak_cumulative_gap_usd", "energy_twh"} {
		requireBand(t, bands, name)
	}
	for _, d := range doc["deals"].([]any) {
		deal := d.(map[string]any)
		bands := deal["bands"].(map[string]any)
		assert.Len(t, bands, 13, deal["id"])
		requireBand(t, bands, "value_usd")
		requireBand(t, bands, "price_usd_per_hour")
	}
	years := doc["years"].([]any)
	require.Len(t, years, 11)
	for _, y := range years {
		year := y.(map[string]any)
		bands := year["bands"].(map[string]any)
		requireBand(t, bands, "spend_usd")
		requireBand(t, bands, "cumulative_gap_usd")
	}
	ths := doc["thresholds"].([]any)
	require.NotEmpty(t, ths)
	last := ths[len(ths)-1].(map[string]any)
	assert.Equal(t, "payback_growth", last["kind"])
	assert.Equal(t, "growth", last["key"])
}

func TestEvalBandsFollowTheSeed(t *testing.T) {
	a, _, _ := runCommand(t, "eval", "--json", "--samples", "300", "--seed", "5")
	b, _, _ := runCommand(t, "eval", "--json", "--samples", "300", "--seed", "5")
	c, _, _ := runCommand(t, "eval", "--json", "--samples", "300", "--seed", "6")
	assert.Equal(t, a, b)
	assert.NotEqual(t, a, c)
	// The seed in the link is the seed of the bands.
	d, _, _ := runCommand(t, "eval", "--json", "--samples", "300", "seed=5")
	assert.Equal(t, a, d)
}

func TestEvalWithoutSamplesHasNoBands(t *testing.T) {
	out, _, status := runCommand(t, "eval", "--json")
	require.Zero(t, status)
	assert.NotContains(t, out, `"bands"`)
	assert.NotContains(t, out, `"thresholds"`)
	out, _, status = runCommand(t, "eval", "--thresholds")
	require.Zero(t, status)
	assert.Contains(t, out, "\nBreak-even thresholds\n")
	assert.NotContains(t, out, "5–95 %")
}

func TestEvalRefusesBadSamplingFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"negative samples", []string{"--samples", "-1"}},
		{"too many samples", []string{"--samples", "100000000"}},
		{"a seed without samples", []string{"--seed", "3"}},
		{"a seed that is not a number", []string{"--samples", "10", "--seed", "abc"}},
		{"a seed JavaScript cannot hold", []string{"--samples", "10", "--seed", "9007199254740993"}},
		{"bands in CSV", []string{"--csv", "--samples", "10"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, status := runCommand(t, append([]string{"eval"}, tc.args...)...)
			assert.Equal(t, 2, status)
		})
	}
}

func TestTornadoPrintsTheSortedTable(t *testing.T) {
	out, stderr, status := runCommand(t, "tornado", "data=2026-11")
	require.Zero(t, status, stderr)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	assert.Equal(t, "Tornado of Portfolio value (portfolio.value_usd): base $1.55T; each of 43 ranged inputs at its low and high, the others at base", lines[0])
	assert.Regexp(t, `^\s+input\s+low\s+→\s+output\s+high\s+→\s+output\s+swing$`, lines[1])
	assert.Regexp(t, `^\s+facility_capex\s+\$8\.00M/MW\s+→\s+\$1\.40T\s+\$25\.0M/MW\s+→\s+\$1\.77T\s+\$368B$`, lines[2])
	assert.Len(t, lines, 2+43)
}

func TestTornadoJSONIsSortedBySwing(t *testing.T) {
	out, stderr, status := runCommand(t, "tornado", "--json", "--output", "deals.aws.price_usd_per_hour", "data=2026-11")
	require.Zero(t, status, stderr)
	doc := decodeJSON(t, out)
	assert.Equal(t, "deals.aws.price_usd_per_hour", doc["output"])
	assert.InDelta(t, 2.2365, doc["base"], 1e-4)
	bars := doc["bars"].([]any)
	require.Len(t, bars, 43)
	assert.Equal(t, "d.aws.n", bars[0].(map[string]any)["key"], "only the size moves the AWS price")
	prev := bars[0].(map[string]any)["swing"].(float64)
	for _, b := range bars[1:] {
		swing := b.(map[string]any)["swing"].(float64)
		assert.LessOrEqual(t, swing, prev)
		prev = swing
	}
}

func TestTornadoRefusesAnUnknownOutput(t *testing.T) {
	_, _, status := runCommand(t, "tornado", "--output", "portfolio.nothing")
	assert.Equal(t, 2, status)
	_, stderr, status := runCommand(t, "tornado", "d.aws.n=banana")
	assert.Equal(t, 2, status, "a link with problems")
	assert.Contains(t, stderr, "problem: d.aws.n=banana")
}

func TestSeekFindsTheValue(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		prefix string
	}{
		{"a plain target", []string{"--input", "d.aws.n", "--output", "deals.aws.price_usd_per_hour", "--target", "3"}, "d.aws.n = 224k (223648.1896) brings deals.aws.price_usd_per_hour to $3.00/h"},
		{"a target with units", []string{"--input", "d.aws.n", "--output", "deals.aws.price_usd_per_hour", "--target", "$3.00/h"}, "d.aws.n = 224k (223648.1896)"},
		{"a target with a suffix", []string{"--input", "pue", "--output", "portfolio.value_usd", "--target", "1.5T"}, "pue = 1.27 (1.273980815) brings portfolio.value_usd to $1.50T"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, status := runCommand(t, append(append([]string{"seek"}, tc.args...), "data=2026-11")...)
			require.Zero(t, status, stderr)
			assert.True(t, strings.HasPrefix(out, tc.prefix), out)
		})
	}
}

func TestSeekJSONRoundTrips(t *testing.T) {
	out, stderr, status := runCommand(t, "seek", "--json", "--input", "d.aws.n", "--output", "deals.aws.price_usd_per_hour", "--target", "3")
	require.Zero(t, status, stderr)
	doc := decodeJSON(t, out)
	assert.Equal(t, true, doc["found"])
	n := doc["value"].(float64)

	// Evaluating the link with the solution gives the target.
	link := "d.aws.n=" + strings.TrimSuffix(strings.TrimRight(strconvG(n), "0"), ".")
	out, _, status = runCommand(t, "eval", "--json", link)
	require.Zero(t, status)
	for _, d := range decodeJSON(t, out)["deals"].([]any) {
		if deal := d.(map[string]any); deal["id"] == "aws" {
			assert.InDelta(t, 3, deal["price_usd_per_hour"], 3e-9)
		}
	}
}

func TestSeekSaysWhenNoValueReachesTheTarget(t *testing.T) {
	out, _, status := runCommand(t, "seek", "--input", "d.aws.n", "--output", "deals.aws.price_usd_per_hour", "--target", "1")
	assert.Equal(t, 2, status)
	assert.Equal(t, "No value of d.aws.n in its range 200k – 500k brings deals.aws.price_usd_per_hour to $1.00/h: at 200k it is $3.35/h, at 500k it is $1.34/h; 500k comes closest\n", out)

	out, _, status = runCommand(t, "seek", "--json", "--input", "d.aws.n", "--output", "deals.aws.price_usd_per_hour", "--target", "1")
	assert.Equal(t, 2, status)
	doc := decodeJSON(t, out)
	assert.Equal(t, false, doc["found"])
	assert.Equal(t, 500000.0, doc["closest"])
}

func TestSeekRefusesBadFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"no target", []string{"--input", "pue", "--output", "portfolio.value_usd"}},
		{"a target that is not a number", []string{"--input", "pue", "--output", "portfolio.value_usd", "--target", "lots"}},
		{"an unknown output", []string{"--input", "pue", "--output", "portfolio.lots", "--target", "1"}},
		{"an unknown input", []string{"--input", "d.nobody.n", "--output", "portfolio.value_usd", "--target", "1"}},
		{"a derived input", []string{"--input", "d.aws.price", "--output", "portfolio.value_usd", "--target", "1"}},
		{"two links", []string{"--input", "pue", "--output", "portfolio.value_usd", "--target", "1", "pue=1.3", "pue=1.4"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, status := runCommand(t, append([]string{"seek"}, tc.args...)...)
			assert.Equal(t, 2, status)
		})
	}
}

func strconvG(v float64) string { return strconv.FormatFloat(v, 'f', 6, 64) }

// TestEvalSamplingFlagsAreDecimal checks that --samples and --seed take
// decimal digits and nothing else: flag.Int read 0x10 as 16 and 010 as
// 8, and an empty --seed was taken for no --seed.
func TestEvalSamplingFlagsAreDecimal(t *testing.T) {
	for _, tc := range []struct{ flag, value, msg string }{
		{"samples", "0x10", "must be a whole number in decimal digits 0-9"},
		{"samples", "0b11", "must be a whole number in decimal digits 0-9"},
		{"samples", "0o17", "must be a whole number in decimal digits 0-9"},
		{"samples", "1_000", "must be a whole number in decimal digits 0-9"},
		{"samples", "+10", "must be a whole number in decimal digits 0-9"},
		{"samples", "-1", "must be a whole number in decimal digits 0-9"},
		{"samples", "1e3", "must be a whole number in decimal digits 0-9"},
		{"samples", " 10", "must be a whole number in decimal digits 0-9"},
		{"samples", "١٠", "must be a whole number in decimal digits 0-9"},
		{"samples", "", "needs a whole number, got nothing"},
		{"samples", "99999999999999999999", "is too large"},
		{"seed", "0x7", "must be a whole number in decimal digits 0-9"},
		{"seed", "", "needs a whole number, got nothing"},
	} {
		args := []string{"eval", "--samples", "10", "--" + tc.flag, tc.value}
		_, stderr, status := runMain(t, args...)
		assert.Equal(t, 2, status, "%q", args)
		assert.Equal(t, fmt.Sprintf("computedeals: eval: invalid value %q for flag -%s: %s\n%s\n", tc.value, tc.flag, tc.msg, usageHint), stderr)
	}
	samplesOf := func(args ...string) (samples, seed float64) {
		t.Helper()
		out, stderr, status := runCommand(t, append([]string{"eval", "--json"}, args...)...)
		require.Zero(t, status, stderr)
		smp := decodeJSON(t, out)["sampling"].(map[string]any)
		return smp["samples"].(float64), smp["seed"].(float64)
	}
	n, seed := samplesOf("--samples", "010", "--seed", "0010")
	assert.Equal(t, 10.0, n, "010 is ten, not eight")
	assert.Equal(t, 10.0, seed, "0010 is ten")
	_, seed = samplesOf("--samples", "10", "--seed", "9007199254740991")
	assert.Equal(t, 9007199254740991.0, seed, "the largest seed")
}

// wideLink has, in vintage 2026-11, a 50-year horizon and 24 deals of one's own: 1,118
// outputs, so that 100,000 samples would take 896 MB.
func wideLink() string {
	var b strings.Builder
	b.WriteString("#v=1&data=2026-11&preset=aws-only&from=2050-01&to=2099-12")
	for i := 1; i <= 24; i++ {
		fmt.Fprintf(&b, "&d.my-%d.kind=cloud&d.my-%d.provider=P%d&d.my-%d.accel=gb200&d.my-%d.derive=value"+
			"&d.my-%d.price=2.1&d.my-%d.n=50k&d.my-%d.start=2050-03&d.my-%d.full=2050-09&d.my-%d.term=480&d.my-%d.shape=scurve",
			i, i, i, i, i, i, i, i, i, i, i)
	}
	return b.String()
}

// TestEvalRefusesSamplesOverTheMemoryCap checks that eval refuses, before
// drawing any, a count of samples whose memory would pass the cap, and
// says how many fit.
func TestEvalRefusesSamplesOverTheMemoryCap(t *testing.T) {
	for _, n := range []string{"100000", "37351"} {
		stdout, stderr, status := runMain(t, "eval", "--samples", n, wideLink())
		assert.Equal(t, 2, status, n)
		assert.Empty(t, stdout, n)
		assert.Regexp(t, `^computedeals: --samples `+n+` would take [0-9]+ MiB for the 1514 outputs of this link, over the cap of 512 MiB; `+
			`at most 37350 samples fit \(a shorter horizon or fewer deals let more fit\)\n$`, stderr)
	}
	_, stderr, status := runMain(t, "eval", "--samples", "20", wideLink())
	assert.Zero(t, status, stderr)
}
