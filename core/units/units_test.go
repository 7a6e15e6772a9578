package units

import (
	"math"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseAcceptsWhatPeopleType(t *testing.T) {
	cases := []struct {
		text string
		unit Unit
		want float64
	}{
		{"38B", USD, 38e9},
		{"$38.0B", USD, 38e9},
		{"38 B USD", USD, 38e9},
		{"38bn", USD, 38e9},
		{"1.4T", USD, 1.4e12},
		{"38,000,000,000", USD, 38e9},
		{"300k", Count, 300000},
		{"300,000", Count, 300000},
		{"450 000", Count, 450000},
		{"1 200 000", Count, 1.2e6},
		{"450\u00a0000", Count, 450000},
		{"450\u202f000", Count, 450000},
		{"12 000.5 GW", GW, 12000.5},
		{"0.3M", Count, 300000},
		{"450k GPUs", Count, 450000},
		{"1.2 GW", GW, 1.2},
		{"1200 MW", GW, 1.2},
		{"1.2", GW, 1.2},
		{"2.5 $/h", USDPerHour, 2.5},
		{"$2.50/h", USDPerHour, 2.5},
		{"2.5", USDPerHour, 2.5},
		{"80k", USDPerUnit, 80000},
		{"1875 W", KW, 1.875},
		{"5 PF", PFLOPS, 5},
		{"5000 TF", PFLOPS, 5},
		{"0.288 TB", GB, 288},
		{"70", USDPerMWh, 70},
		{"7 ¢/kWh", USDPerMWh, 70},
		{"0.07 $/kWh", USDPerMWh, 70},
		{"15", MUSDPerMW, 15},
		{"5 years", Years, 5},
		{"84", Months, 84},
		{"7 years", Months, 84},
		{"80%", Fraction, 0.8},
		{"0.8", Fraction, 0.8},
		{"100%", Growth, 1},
		{"−5", Number, -5},
		{"1e9", USD, 1e9},
		{"  1.5  ", Ratio, 1.5},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got, err := Parse(c.text, c.unit)
			require.NoError(t, err)
			assert.InDelta(t, c.want, got, 1e-9*math.Abs(c.want))
		})
	}
}

func TestParseRefusesWithAHint(t *testing.T) {
	for _, c := range []struct {
		text string
		unit Unit
	}{
		{"abc", Count}, {"", USD}, {"NaN", Number}, {"Inf", Number}, {"1e999", USD},
		{"1.2 GW", Count}, {"12,34", Count}, {"5 apples", Count}, {"1..2", Number}, {".", Number},
		{"$", USD}, {"1,2345", Count},
	} {
		t.Run(c.text, func(t *testing.T) {
			_, err := Parse(c.text, c.unit)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrSyntax)
			assert.Contains(t, err.Error(), "try")
		})
	}
}

func TestFormatForReading(t *testing.T) {
	cases := []struct {
		v    float64
		u    Unit
		want string
	}{
		{38e9, USD, "$38.0B"},
		{1.5548e12, USD, "$1.55T"},
		{250e9, USD, "$250B"},
		{999.6e9, USD, "$1.00T"},
		{-13.47e9, USD, "−$13.5B"},
		{1.2, GW, "1.20 GW"},
		{35.804, GW, "35.8 GW"},
		{2.2361, USDPerHour, "$2.24/h"},
		{8.4, TWh, "8.4 TWh"},
		{1265.6, TWh, "1,266 TWh"},
		{3.14e27, FLOP, "3.1e27 FLOP"},
		{300000, Count, "300k"},
		{2057000, Count, "2.06M"},
		{0.8, Fraction, "80%"}, {0.085, Fraction, "8.5%"},
		{1, Growth, "+100%/yr"},
		{84, Months, "84.0 months (7 y)"},
		{math.NaN(), USD, "–"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Format(c.v, c.u), "%v %v", c.v, c.u)
	}
}

func TestLinkNumbersAreShortAndExact(t *testing.T) {
	cases := []struct {
		v    float64
		want string
	}{
		{38e9, "38B"}, {450000, "450k"}, {2.5, "2.5"}, {0.08, "0.08"}, {1.4e12, "1.4T"},
		{22.4e9, "22.4B"}, {1500, "1500"}, {15000, "15k"}, {999, "999"}, {-2e6, "-2M"}, {0, "0"},
		{2.2360827896379897, "2.23608278963799"}, {1e-9, "1e-09"},
	}
	for _, c := range cases {
		got := Link(c.v)
		assert.Equal(t, c.want, got)
		back, err := ParseLink(got)
		require.NoError(t, err)
		assert.Equal(t, c.v, back)
	}
}

func TestParseLinkIsStrict(t *testing.T) {
	for _, s := range []string{"", "38 B", "38b", "1,000", "NaN", "Inf", "1e3k", "k", "0x10", "1e999", "--1", "3.8.1"} {
		_, err := ParseLink(s)
		assert.Error(t, err, s)
	}
}

// unitFactor lowers with lower, not strings.ToLower; on every rune the two
// must agree wherever either gives what a unit word can hold.
func TestLowerMatchesToLowerOnUnitWords(t *testing.T) {
	wordy := func(s string) bool {
		for _, r := range s {
			if r >= utf8.RuneSelf && r != '¢' {
				return false
			}
		}
		return true
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := "1" + string(r) + "W"
		want, got := strings.ToLower(s), lower(s)
		if (wordy(want) || wordy(got)) && want != got {
			t.Fatalf("%U: strings.ToLower gives %q, lower %q", r, want, got)
		}
	}
	v, err := Parse("10 \u212aW", GW)
	require.NoError(t, err, "the Kelvin sign lowers to k")
	assert.InDelta(t, 10e-6, v, 1e-18)
}

func TestSignedAndPercent(t *testing.T) {
	for _, c := range []struct {
		v    float64
		u    Unit
		want string
	}{
		{9e9, USD, "+$9.00B"}, {-0.3, GW, "−0.300 GW"}, {0, USD, "0"}, {0.05, Fraction, "+5%"}, {math.NaN(), USD, "–"},
	} {
		assert.Equal(t, c.want, Signed(c.v, c.u), "%v %v", c.v, c.u)
	}
	for f, want := range map[float64]string{0.004: "under 1%", 0.005: "1%", 0.449: "45%", 1: "100%"} {
		assert.Equal(t, want, Percent(f), "%v", f)
	}
}
