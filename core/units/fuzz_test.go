package units

import (
	"math"
	"strings"
	"testing"
)

const lastUnit = GWPerWeek

// FuzzParse checks that typed text of any kind, for any unit, gives a
// finite number or an error that says what to type, and never a panic.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"38B", "$38.0B", "38 B USD", "38bn", "1.4T", "38,000,000,000", "300k", "0.3M", "450k GPUs",
		"1.2 GW", "1200 MW", "2.5 $/h", "$2.50/h", "80k", "1875 W", "5 PF", "0.288 TB", "7 ¢/kWh",
		"5 years", "7 years", "80%", "100%/yr", "−5", "1e9", "  1.5  ",
		"", " ", "-", "$", "US$", ".", "..", "1..2", ",", "1,", ",1", "1,2345", "e5", "1e", "1e+", "1e-5k",
		"NaN", "Inf", "-Inf", "infinity", "1e999", "-1e999", "1e-999", "0x10", "0b1", "1_000", "１２３",
		"9" + strings.Repeat("9", 400), strings.Repeat("1,000", 20), "\x00", "1\x00", "\u202e5", "5\u200f GW",
		"🚀", "5 🚀", "$-5", "--5", "- 5", "5-", "5 k", "5kk", "5 bnB", "5 MW MW",
	}
	for _, s := range seeds {
		for u := Number; u <= lastUnit; u++ {
			f.Add(s, uint8(u))
		}
	}
	f.Fuzz(func(t *testing.T, text string, unit uint8) {
		u := Unit(unit % uint8(lastUnit+1))
		v, err := Parse(text, u)
		if err != nil {
			if !strings.Contains(err.Error(), "try") && !strings.Contains(err.Error(), "too long") {
				t.Errorf("%q: an error without a hint: %v", text, err)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Errorf("%q as %v gave %v", text, u, v)
		}
	})
}

// FuzzParseLink checks the strict number syntax of links: no panic on any
// text, only finite numbers out, and every finite float64 written by Link
// reads back to the very same bits (−0 to those of 0).
func FuzzParseLink(f *testing.F) {
	texts := []string{
		"38B", "450k", "2.5", "0.08", "1.4T", "-2M", "0", "-0", "1e-09", "1e+21", "5e-324", ".5", "5.", "+5",
		"", "k", "1e3k", "38 B", "38b", "1,000", "NaN", "Inf", "0x10", "1e999", "--1", "3.8.1", "1_0", "\x00", "١",
		"9" + strings.Repeat("9", 70),
	}
	values := []float64{
		0, math.Copysign(0, -1), 1, -1, 38e9, 450000, 2.5, 0.08, 1.4e12, 22.4e9, 2.2360827896379897, 1e-9,
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 1e21, 1e20, 999999.9999999999,
		0.1 + 0.2, 1.0 / 3, 123456789012345678, 1e15 + 0.5, 9007199254740993,
	}
	for i, s := range texts {
		f.Add(s, values[i%len(values)])
	}
	f.Fuzz(func(t *testing.T, s string, v float64) {
		if x, err := ParseLink(s); err == nil && (math.IsNaN(x) || math.IsInf(x, 0) || math.Signbit(x) && x == 0) {
			t.Errorf("ParseLink(%q) = %v", s, x)
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return
		}
		l := Link(v)
		back, err := ParseLink(l)
		if err != nil {
			t.Fatalf("Link(%v) = %q does not read back: %v", v, l, err)
		}
		want := v
		if v == 0 {
			want = 0 // −0 is written and read as 0
		}
		if math.Float64bits(back) != math.Float64bits(want) {
			t.Fatalf("Link(%v) = %q reads back as %v", v, l, back)
		}
	})
}

func BenchmarkLinkNumber(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = Link(2.2364818962675974)
		_ = Link(38e9)
	}
}

func BenchmarkParseLinkNumber(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ParseLink("2.2364818962675974")
		_, _ = ParseLink("38B")
	}
}
