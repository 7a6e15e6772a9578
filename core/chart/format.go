package chart

import (
	"math"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/units"
)

// appendValue appends units.Format(v, u). A chart's read-outs format a
// few thousand values per render, and units.Format spends most of its
// time in a parse that this path avoids; for the units charts use most,
// within the magnitudes they meet, it writes the same bytes without
// allocating (TestAppendValueIsUnitsFormat holds the two together), and
// everything else goes through units.Format itself.
func appendValue(b []byte, v float64, u units.Unit) []byte {
	a := math.Abs(v)
	fast := u == units.USD || u == units.USDPerUnit || u == units.Count || u == units.GW || u == units.GWPerWeek
	if !fast || !finite(v) || a != 0 && (a < 1e-9 || a >= 1e14) {
		return append(b, units.Format(v, u)...)
	}
	if v < 0 {
		b = append(b, units.Minus...)
	}
	switch u {
	case units.USD, units.USDPerUnit:
		return appendShort(append(b, '$'), a, 3)
	case units.Count:
		return appendShort(b, a, 3)
	case units.GW:
		return append(appendSig(b, a, 3), " GW"...)
	}
	return append(appendSig(b, a, 2), " GW/wk"...)
}

// appendShort is units.Short for 0 ≤ v < 1e14.
func appendShort(b []byte, v float64, sig int) []byte {
	x, _ := roundedExp(v, sig)
	switch {
	case x >= 12:
		return append(appendSig(b, v/1e12, sig), 'T')
	case x >= 9:
		return append(appendSig(b, v/1e9, sig), 'B')
	case x >= 6:
		return append(appendSig(b, v/1e6, sig), 'M')
	case x >= 3:
		return append(appendSig(b, v/1e3, sig), 'k')
	}
	return appendSig(b, v, sig)
}

// appendSig is units.Sig for v ≥ 0.
func appendSig(b []byte, v float64, sig int) []byte {
	if v == 0 {
		return append(b, '0')
	}
	var t [32]byte
	e := strconv.AppendFloat(t[:0], v, 'e', sig-1, 64)
	x, one := parseExp(e)
	before := x + 1
	if one {
		// units.Sig counts digits with math.Log10, which is a hair short
		// at some powers of ten; count the same way there.
		before = int(math.Floor(math.Log10(math.Pow10(x)))) + 1
	}
	if before != x+1 || before > sig {
		return appendGrouped(b, v, max(sig-before, 0))
	}
	// Rounding to sig figures and to sig-before decimals are the same
	// rounding here, so the digits of e are the digits units.Sig writes.
	var digits [24]byte
	d := digits[:0]
	for _, c := range e {
		if c == 'e' {
			break
		}
		if c != '.' {
			d = append(d, c)
		}
	}
	if x < 0 {
		b = append(b, '0', '.')
		for i := 0; i < -x-1; i++ {
			b = append(b, '0')
		}
		return append(b, d...)
	}
	b = append(b, d[:x+1]...)
	if x+1 < len(d) {
		b = append(append(b, '.'), d[x+1:]...)
	}
	return b
}

// roundedExp rounds v > 0 to sig figures and returns the decimal exponent
// of the result and whether its mantissa is exactly 1.
func roundedExp(v float64, sig int) (exp int, one bool) {
	var t [32]byte
	return parseExp(strconv.AppendFloat(t[:0], v, 'e', sig-1, 64))
}

// parseExp reads the exponent of a number written in 'e' format and
// whether its mantissa is exactly 1.
func parseExp(e []byte) (exp int, one bool) {
	i := len(e) - 1
	for e[i] != 'e' {
		i--
	}
	x := 0
	for _, c := range e[i+2:] {
		x = x*10 + int(c-'0')
	}
	if e[i+1] == '-' {
		x = -x
	}
	one = e[0] == '1'
	for _, c := range e[1:i] {
		if c != '.' && c != '0' {
			one = false
		}
	}
	return x, one
}

// appendGrouped is units.Grouped for v ≥ 0.
func appendGrouped(b []byte, v float64, dec int) []byte {
	var t [48]byte
	s := strconv.AppendFloat(t[:0], v, 'f', dec, 64)
	n := len(s)
	for i, c := range s {
		if c == '.' {
			n = i
			break
		}
	}
	for i := 0; i < n; i++ {
		if i > 0 && (n-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	return append(b, s[n:]...)
}

// formatValue is units.Format through the fast path. Not inlined, for
// main.wasm's size: the formatting buffer would be copied into each caller.
//
//go:noinline
func formatValue(v float64, u units.Unit) string {
	var t [40]byte
	return string(appendValue(t[:0], v, u))
}

// tickLabel writes an axis value: as units.Format writes the unit, but
// with as many figures as the tick needs and no trailing zeros ("$2.5B",
// "10 GW", "5M", "$102.5B"), and a plain "0" at zero.
func tickLabel(v float64, u units.Unit) string {
	if v == 0 || !finite(v) {
		return "0"
	}
	sign := ""
	if v < 0 {
		sign = units.Minus
	}
	a := math.Abs(v)
	num := func(x float64) string {
		// Six figures reach every tick NiceTicks makes; extreme magnitudes
		// are written in scientific notation so that no label runs long.
		if x >= 1e15 || x < 1e-4 {
			return trimNum(units.Sci(x, 3))
		}
		return trimNum(units.Sig(x, 6))
	}
	short := func(x float64) string {
		if x >= 1e15 || x < 1e-4 {
			return num(x)
		}
		return trimNum(units.Short(x, 6))
	}
	switch u {
	case units.USD, units.USDPerUnit:
		return sign + "$" + short(a)
	case units.Count, units.Number:
		return sign + short(a)
	case units.USDPerHour:
		return sign + "$" + num(a) + "/h"
	case units.USDPerMWh:
		return sign + "$" + num(a) + "/MWh"
	case units.Fraction:
		return sign + num(a*100) + "%"
	case units.Growth:
		return sign + num(a*100) + "%/yr"
	case units.GWPerWeek:
		return sign + num(a) + " GW/wk"
	case units.GW, units.KW, units.PFLOPS, units.GB, units.TWh:
		return sign + num(a) + " " + u.Name()
	}
	return trimNum(units.Format(v, u))
}

// trimNum drops the trailing zeros of the first decimal number in s:
// "2.50000B" → "2.5B", "10.000 GW" → "10 GW", "1.00e300" → "1e300".
func trimNum(s string) string {
	dot := -1
	end := len(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' && dot < 0 {
			dot = i
			continue
		}
		if dot >= 0 && (c < '0' || c > '9') {
			end = i
			break
		}
	}
	if dot < 0 {
		return s
	}
	cut := end
	for cut > dot+1 && s[cut-1] == '0' {
		cut--
	}
	if cut == dot+1 {
		cut = dot
	}
	if cut == end {
		return s
	}
	return s[:cut] + s[end:]
}

// textWidth estimates the width of s in px at font size px. The core has
// no font metrics, so layout leans on this estimate, made for wide
// sans-serifs (DejaVu Sans, Verdana): narrower fonts leave some air, none
// overflows.
func textWidth(s string, px float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', r == '$', r == '?', r == '_':
			w += 0.64
		case r == ' ', r == '.', r == ',', r == ':', r == ';', r == '·', r == '|', r == '!', r == '\'',
			r == 'i', r == 'l', r == 'j', r == 'I':
			w += 0.32
		case r == 'f', r == 't', r == 'r', r == '(', r == ')', r == '-', r == '[', r == ']', r == '/':
			w += 0.42
		case r == 'M', r == 'W', r == 'm', r == 'w', r == '%', r == '@':
			w += 0.95
		case r >= 'A' && r <= 'Z':
			w += 0.72
		case r >= 'a' && r <= 'z':
			w += 0.6
		default:
			w += 0.68
		}
	}
	return w * px
}

// fit shortens s with an ellipsis until it fits in w px.
func fit(s string, w, px float64) string {
	if textWidth(s, px) <= w {
		return s
	}
	rs := []rune(s)
	for n := len(rs) - 1; n > 0; n-- {
		t := strings.TrimRight(string(rs[:n]), " ") + "…"
		if textWidth(t, px) <= w {
			return t
		}
	}
	return "…"
}
