package units

import (
	"math"
	"strconv"
	"strings"
)

// Minus is the sign Format writes before negative numbers.
const Minus = "\u2212"

// Format writes v, in u's base unit, for reading: three significant
// figures with a k/M/B/T suffix where that helps, and the unit's symbol.
// Non-finite values are written "–".
func Format(v float64, u Unit) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	sign := ""
	if v < 0 {
		sign = Minus
		v = -v
	}
	switch u {
	case USD, USDPerUnit:
		return sign + "$" + Short(v, 3)
	case USDPerHour:
		return sign + "$" + strconv.FormatFloat(v, 'f', 2, 64) + "/h"
	case Count:
		return sign + Short(v, 3)
	case GW:
		return sign + Sig(v, 3) + " GW"
	case GWPerWeek:
		return sign + Sig(v, 2) + " GW/wk"
	case KW:
		return sign + Sig(v, 3) + " kW"
	case PFLOPS:
		return sign + Sig(v, 3) + " PF"
	case GB:
		return sign + Sig(v, 3) + " GB"
	case USDPerMWh:
		return sign + "$" + Sig(v, 3) + "/MWh"
	case MUSDPerMW:
		return sign + "$" + Sig(v, 3) + "M/MW"
	case Years:
		return sign + Sig(v, 3) + " years"
	case Months:
		s := sign + Sig(v, 3) + " months"
		if v >= 12 && math.Mod(v, 12) == 0 {
			s += " (" + strconv.Itoa(int(v/12)) + " y)"
		}
		return s
	case Fraction:
		return sign + trimZeros(Sig(v*100, 3)) + "%"
	case Growth:
		if sign == "" {
			sign = "+"
		}
		return sign + trimZeros(Sig(v*100, 3)) + "%/yr"
	case TWh:
		if v < 10 {
			return sign + strconv.FormatFloat(v, 'f', 1, 64) + " TWh"
		}
		return sign + Grouped(v, 0) + " TWh"
	case FLOP:
		return sign + Sci(v, 2) + " FLOP"
	case Hours:
		return sign + Sci(v, 3) + " h"
	}
	return sign + Sig(v, 3)
}

// trimZeros drops trailing zeros after a decimal point: "80.0" → "80".
// Signed writes a difference with its sign: "+$9.00B", "−0.30 GW". A
// difference of exactly zero is "0", with neither sign nor unit, and a
// non-finite one "–".
func Signed(v float64, u Unit) string {
	switch {
	case v == 0:
		return "0"
	case v > 0:
		return "+" + Format(v, u)
	}
	return Format(v, u)
}

// Percent writes a share rounded to a whole percent, as a sentence wants
// it: "3%", "45%", and "under 1%" below half a percent.
func Percent(f float64) string {
	if f < 0.005 {
		return "under 1%"
	}
	return Format(math.Round(f*100)/100, Fraction)
}

func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}

// Short writes v ≥ 0 with a k, M, B or T suffix and sig significant
// figures: 38e9 → "38.0B", 300000 → "300k".
func Short(v float64, sig int) string {
	for _, s := range [...]struct {
		scale float64
		sfx   string
	}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}} {
		if roundSig(v, sig) >= s.scale {
			return Sig(v/s.scale, sig) + s.sfx
		}
	}
	return Sig(v, sig)
}

// Sig writes v with sig significant figures in plain decimal notation,
// keeping trailing zeros ("1.20") and grouping thousands ("1,266").
func Sig(v float64, sig int) string {
	if v == 0 {
		return "0"
	}
	a := math.Abs(roundSig(v, sig))
	digitsBefore := int(math.Floor(math.Log10(a))) + 1
	dec := max(sig-digitsBefore, 0)
	return Grouped(v, dec)
}

// Grouped writes v with dec decimals and thousands separators.
func Grouped(v float64, dec int) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', dec, 64)
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if v < 0 && strings.Trim(s, "0.") != "" {
		b.WriteString(Minus)
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// Sci writes v in scientific notation with sig significant figures:
// 3.1e27.
func Sci(v float64, sig int) string {
	if v == 0 {
		return "0"
	}
	s := strconv.FormatFloat(v, 'e', sig-1, 64)
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	return mant + "e" + strconv.Itoa(e)
}

func roundSig(v float64, sig int) float64 {
	if v == 0 {
		return 0
	}
	f, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'e', sig-1, 64), 64)
	return f
}

// Input writes v the way a typed field shows it: short, exact enough to
// edit, in the unit the field takes ("38B", "2.24", "80%", "1.2 GW").
func Input(v float64, u Unit) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	switch u {
	case Fraction, Growth:
		return Plain(roundSig(v*100, 4)) + "%"
	case GW:
		return Plain(roundSig(v, 4)) + " GW"
	case USD, USDPerUnit, Count:
		return Link(roundSig(v, 4))
	}
	return Plain(roundSig(v, 4))
}

// Plain writes v in the shortest decimal that reads back exactly, without
// exponent for ordinary magnitudes.
func Plain(v float64) string {
	a := math.Abs(v)
	if a != 0 && (a < 1e-6 || a >= 1e21) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// Link writes v in the exact short form of scenario links: the shortest
// decimal that reads back to the same float64, with a k, M, B or T suffix
// when that is shorter ("38B", "450k", "2.5", "0.08"). Negative zero is
// written 0, so that one scenario has one link.
func Link(v float64) string {
	if v == 0 {
		v = 0 // −0 too
	}
	best := Plain(v)
	for _, s := range [...]struct {
		exp int
		sfx string
	}{{12, "T"}, {9, "B"}, {6, "M"}, {3, "k"}} {
		if math.Abs(v) < math.Pow10(s.exp) {
			continue
		}
		cand := shiftDecimal(strconv.FormatFloat(v, 'e', -1, 64), -s.exp) + s.sfx
		if back, err := ParseLink(cand); err == nil && back == v && len(cand) < len(best) {
			best = cand
		}
		break
	}
	return best
}

// shiftDecimal moves the decimal point of a number written as
// "d.ddde±x" by shift places and writes it plainly.
func shiftDecimal(e string, shift int) string {
	mant, exp, _ := strings.Cut(e, "e")
	x, _ := strconv.Atoi(exp)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	point := 1 + x + shift // digits before the point
	var s string
	switch {
	case point <= 0:
		s = "0." + strings.Repeat("0", -point) + digits
	case point >= len(digits):
		s = digits + strings.Repeat("0", point-len(digits))
	default:
		s = digits[:point] + "." + digits[point:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// ParseLink reads a number of a scenario link: a plain decimal, optionally
// with exponent, optionally with one of the suffixes k, M, B, T. It is
// strict: no spaces, no separators, no units, no NaN or infinities. A
// zero is +0 however it is written (-0, -0.0e5, -0k), so that a link
// holding -0 means what the link holding 0 means.
func ParseLink(s string) (float64, error) {
	if s == "" || len(s) > MaxTextLen {
		return 0, ErrSyntax
	}
	exp := ""
	switch s[len(s)-1] {
	case 'k':
		exp = "e3"
	case 'M':
		exp = "e6"
	case 'B':
		exp = "e9"
	case 'T':
		exp = "e12"
	}
	num := s
	if exp != "" {
		num = s[:len(s)-1]
		if strings.ContainsAny(num, "eE") {
			return 0, ErrSyntax
		}
	}
	for i := 0; i < len(num); i++ {
		c := num[i]
		if !(isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			return 0, ErrSyntax
		}
	}
	if num == "" || !isDigit(num[len(num)-1]) && num[len(num)-1] != '.' {
		return 0, ErrSyntax
	}
	v, err := strconv.ParseFloat(num+exp, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, ErrSyntax
	}
	if v == 0 {
		return 0, nil
	}
	return v, nil
}
