// Package units is the one place where quantities become text and text
// becomes quantities, for the page, the command line and the tests alike.
// A [Unit] is the base unit of a field.
//
// [Parse] reads what people type ("38B", "$2.50/h", "1.2 GW", "1200 MW",
// "300k", "80%", "7 years") into the base unit of a field; [Format] writes
// a value for reading ("$38.0B", "1.20 GW", "$2.24/h", "8.4 TWh",
// "3.1e27 FLOP"), [Signed] a difference ("+$9.00B") and [Percent] a share
// in a sentence ("45%"); [Link] and [ParseLink] write and read the short
// exact form that scenario links use ("38B", "450k", "2.5").
package units

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Unit is the kind of a quantity and its base unit.
type Unit uint8

const (
	Number     Unit = iota // a plain number
	Count                  // accelerators
	USD                    // US dollars
	USDPerHour             // USD per accelerator-hour
	USDPerUnit             // USD per accelerator
	GW                     // gigawatts
	KW                     // kilowatts
	PFLOPS                 // PFLOP/s
	GB                     // gigabytes
	USDPerMWh              // USD per megawatt-hour
	MUSDPerMW              // million USD per megawatt
	Years                  // years
	Months                 // a count of months
	Ratio                  // a ratio such as PUE, written plainly
	Fraction               // a share, written as a percentage: 0.8 is 80%
	Growth                 // a yearly growth rate: 1.0 is +100 %/yr
	TWh                    // terawatt-hours (output only)
	FLOP                   // floating-point operations (output only)
	Hours                  // hours (output only)
	GWPerWeek              // gigawatts per week (output only)
)

// Name is how the unit is written after a number, for messages and axis
// titles.
func (u Unit) Name() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return ""
}

// unitNames are the units' names, "" for those written without one: a
// table rather than a switch, which the page inlined at every call.
var unitNames = [...]string{
	Count:      "accelerators",
	USD:        "USD",
	USDPerHour: "USD per accelerator-hour",
	USDPerUnit: "USD per accelerator",
	GW:         "GW",
	KW:         "kW",
	PFLOPS:     "PFLOP/s",
	GB:         "GB",
	USDPerMWh:  "USD/MWh",
	MUSDPerMW:  "M USD per MW",
	Years:      "years",
	Months:     "months",
	Fraction:   "%",
	Growth:     "%/yr",
	TWh:        "TWh",
	FLOP:       "FLOP",
	Hours:      "hours",
	GWPerWeek:  "GW/week",
}

// example is what a message suggests typing.
func (u Unit) example() string {
	if int(u) < len(unitExamples) && unitExamples[u] != "" {
		return unitExamples[u]
	}
	return "1.5"
}

var unitExamples = [...]string{
	Count:      "300k or 300,000",
	USD:        "38B or $1.4T",
	USDPerHour: "2.5 or $2.50/h",
	USDPerUnit: "80k or $80,000",
	GW:         "1.2 GW or 1200 MW",
	KW:         "1.8 kW or 1800 W",
	PFLOPS:     "5 PF",
	GB:         "288 GB",
	USDPerMWh:  "70 $/MWh or 7 ¢/kWh",
	MUSDPerMW:  "15 (M USD per MW)",
	Years:      "5 or 5 years",
	Months:     "84 or 7 years",
	Fraction:   "80% or 0.8",
	Growth:     "100% or 1.0",
}

// ErrSyntax marks text that is not a quantity of the wanted unit.
var ErrSyntax = errors.New("not a quantity")

// Error says why text could not be read as a quantity.
type Error struct {
	Text string
	Unit Unit
	Why  string
}

func (e *Error) Error() string {
	return strconv.Quote(e.Text) + " " + e.Why
}

func (e *Error) Unwrap() error { return ErrSyntax }

func bad(text string, u Unit) error {
	what := "a number"
	if n := u.Name(); n != "" && u != Fraction && u != Growth {
		what = "a number of " + n
	}
	return &Error{Text: text, Unit: u, Why: "is not " + what + ": try " + u.example()}
}

// MaxTextLen bounds what Parse reads, so that typed input and links cannot
// make it work hard.
const MaxTextLen = 64

// Parse reads typed text as a quantity of unit u, in u's base unit. It
// accepts thousands separators, the suffixes k, M, B (or bn), T, a leading
// $ and the unit's usual spellings, and it refuses NaN and infinities.
func Parse(text string, u Unit) (float64, error) {
	if len(text) > MaxTextLen {
		return 0, &Error{Text: text[:MaxTextLen] + "…", Unit: u, Why: "is too long"}
	}
	s := strings.TrimSpace(text)
	s = strings.ReplaceAll(s, "\u2212", "-") // typographic minus
	neg := false
	if strings.HasPrefix(s, "-") {
		neg = true
		s = strings.TrimSpace(s[1:])
	}
	s = strings.TrimPrefix(s, "$")
	s = strings.TrimPrefix(s, "US$")
	s = spaceGroups(s)
	num, rest := splitNumber(s)
	if num == "" {
		return 0, bad(text, u)
	}
	v, err := parseDecimal(num)
	if err != nil {
		return 0, bad(text, u)
	}
	rest = strings.TrimSpace(rest)
	scale, rest := multiplier(rest)
	v *= scale
	factor, ok := unitFactor(strings.TrimSpace(rest), u)
	if !ok {
		return 0, bad(text, u)
	}
	v *= factor
	if neg {
		v = -v
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, bad(text, u)
	}
	return v, nil
}

// splitNumber cuts s after its leading decimal number (digits, one point,
// thousands commas, an exponent).
func splitNumber(s string) (num, rest string) {
	i := 0
	digits := false
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' || (c == ',' && digits):
		case (c == 'e' || c == 'E') && digits && i+1 < len(s) && (isDigit(s[i+1]) || ((s[i+1] == '-' || s[i+1] == '+') && i+2 < len(s) && isDigit(s[i+2]))):
			i += 2
			for i < len(s) && isDigit(s[i]) {
				i++
			}
			return s[:i], s[i:]
		default:
			if !digits {
				return "", s
			}
			return s[:i], s[i:]
		}
		i++
	}
	if !digits {
		return "", s
	}
	return s, ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// spaceGroups turns spaces that group digits by three ("450 000", with a
// plain, no-break or thin space) into the thousands commas parseDecimal
// checks, and leaves every other space alone ("1.2 GW").
func spaceGroups(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		n := 0
		switch {
		case s[i] == ' ':
			n = 1
		case strings.HasPrefix(s[i:], "\u00a0"):
			n = len("\u00a0")
		case strings.HasPrefix(s[i:], "\u2009"), strings.HasPrefix(s[i:], "\u202f"):
			n = len("\u2009")
		}
		j := i + n
		if n > 0 && i > 0 && isDigit(s[i-1]) && j+3 <= len(s) && isDigit(s[j]) && isDigit(s[j+1]) && isDigit(s[j+2]) &&
			(j+3 == len(s) || !isDigit(s[j+3])) {
			if b == nil {
				b = append(b, s[:i]...)
			}
			b = append(b, ',')
			i = j
			continue
		}
		if b != nil {
			b = append(b, s[i])
		}
		i++
	}
	if b == nil {
		return s
	}
	return string(b)
}

// parseDecimal reads a decimal with optional thousands commas, which must
// group by three.
func parseDecimal(num string) (float64, error) {
	if strings.Contains(num, ",") {
		intPart, frac, _ := strings.Cut(num, ".")
		groups := strings.Split(intPart, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return 0, ErrSyntax
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, ErrSyntax
			}
		}
		num = strings.Join(groups, "")
		if frac != "" || strings.Contains(num, ".") {
			num += "." + frac
		}
	}
	if strings.Count(num, ".") > 1 || strings.HasSuffix(num, ".") && len(num) == 1 {
		return 0, ErrSyntax
	}
	return strconv.ParseFloat(num, 64)
}

// multiplier reads a k, M, B, bn or T right after the number.
func multiplier(rest string) (float64, string) {
	for _, m := range [...]struct {
		p string
		v float64
	}{{"bn", 1e9}, {"k", 1e3}, {"K", 1e3}, {"M", 1e6}, {"B", 1e9}, {"T", 1e12}} {
		if after, ok := strings.CutPrefix(rest, m.p); ok {
			// "MW", "kW", "TB", "TWh", "GB" and "months" are units, not multipliers.
			if after != "" && isLetter(after[0]) && !strings.HasPrefix(after, "USD") {
				continue
			}
			return m.v, after
		}
	}
	return 1, rest
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// unitFactor converts what follows the number into the base unit of u.
func unitFactor(rest string, u Unit) (float64, bool) {
	r := lower(strings.Join(strings.Fields(rest), " "))
	if r == "" {
		return 1, true
	}
	for _, w := range unitWords {
		if w.u != u {
			continue
		}
		for names := w.names; names != ""; {
			var n string
			n, names, _ = strings.Cut(names, "|")
			if n == r {
				return w.factor, true
			}
		}
	}
	return 0, false
}

// lower is strings.ToLower wherever its result is compared with words of
// ASCII letters and symbols, as unitFactor's are: it lowers ASCII and the
// only two other runes that lower to ASCII letters, the Kelvin sign and
// the dotted capital I, and leaves the rest, which can match no word
// either way. strings.ToLower would link the Unicode case tables into
// main.wasm.
func lower(s string) string {
	var b []byte
	for i, r := range s {
		l := r
		switch {
		case 'A' <= r && r <= 'Z':
			l = r + 'a' - 'A'
		case r == '\u212a':
			l = 'k'
		case r == '\u0130':
			l = 'i'
		}
		if l == r && b == nil {
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(s)), s[:i]...)
		}
		b = utf8.AppendRune(b, l)
	}
	if b == nil {
		return s
	}
	return string(b)
}

// unitWords are the spellings Parse takes after a number, by unit, with the
// factor each converts by into the unit's base. A table rather than a
// switch on strings, which compiled to 9 KB of main.wasm's code.
var unitWords = [...]struct {
	u      Unit
	factor float64
	names  string // separated by |
}{
	{Count, 1, "gpus|gpu|accelerators|accelerator|chips|units|tpus|systems|x"},
	{USD, 1, "usd|$|dollars"},
	{USDPerHour, 1, "/h|/hr|/hour|$/h|$/hr|usd/h|usd/hr|usd/hour|per hour|per gpu-hour|/gpu-hour|/gpu-hr|$/gpu-hour"},
	{USDPerUnit, 1, "usd|$|per gpu|/gpu|$/gpu|usd/gpu"},
	{GW, 1, "gw"},
	{GW, 1e-3, "mw"},
	{GW, 1e-6, "kw"},
	{KW, 1, "kw"},
	{KW, 1e-3, "w"},
	{KW, 1e3, "mw"},
	{PFLOPS, 1, "pf|pflop/s|pflops|pflop"},
	{PFLOPS, 1e-3, "tf|tflop/s|tflops"},
	{PFLOPS, 1e3, "ef|eflop/s|eflops"},
	{GB, 1, "gb"},
	{GB, 1e3, "tb"},
	{USDPerMWh, 1, "$/mwh|usd/mwh|/mwh"},
	{USDPerMWh, 1e3, "$/kwh|usd/kwh|/kwh"},
	{USDPerMWh, 10, "¢/kwh|c/kwh|cents/kwh"},
	{MUSDPerMW, 1, "m$/mw|m usd/mw|musd/mw|/mw|$m/mw|m/mw|usd m/mw|m usd per mw"},
	{Years, 1, "y|yr|yrs|year|years"},
	{Years, 1.0 / 12, "mo|month|months"},
	{Months, 1, "mo|month|months|m"},
	{Months, 12, "y|yr|yrs|year|years"},
	{Fraction, 0.01, "%|%/yr|% per year"},
	{Growth, 0.01, "%|%/yr|% per year"},
}
