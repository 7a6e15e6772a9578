package library

import (
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/calendar"
)

// dataHeader opens every vintage file that encodeVintage writes.
const dataHeader = `# A data vintage of the Compute Deals Explorer, read by data.go, whose
# comment describes the format. Indent with tabs; the enumerations are numbers:
# Status 1 disclosed, 2 reported, 3 assumed; Grade 1 L, 2 M, 3 H;
# Commitment 0 not stated, 1 binding, 2 up-to, 3 framework, 4 letter of intent;
# Kind 0 cloud, 1 owned; Derive 0 value, 1 price, 2 size; SizeUnit 0 accelerators, 1 GW;
# Shape 0 linear, 1 S-curve, 2 step; Sustain 0 as the world says, 1 never, 2 always;
# Finance 0 cash, 1 lease; Mode 0 path, 1 per GW.
`

// encodeVintage writes v in the format parseVintage reads, in its one
// canonical form: fields in the order the types declare them, zero values
// left out, map keys sorted.
func encodeVintage(v *Vintage) string {
	var b strings.Builder
	b.WriteString(dataHeader)
	encodeStruct(&b, reflect.ValueOf(v).Elem(), 0)
	return b.String()
}

func encodeStruct(b *strings.Builder, v reflect.Value, depth int) {
	t := v.Type()
	for i := range t.NumField() {
		f, fv := t.Field(i), v.Field(i)
		switch {
		case f.Anonymous:
			encodeStruct(b, fv, depth)
		case (fv.Kind() == reflect.Slice || fv.Kind() == reflect.Map) && fv.IsNil():
		case fv.Kind() != reflect.Slice && fv.Kind() != reflect.Map && fv.IsZero():
		default:
			encodeEntry(b, depth, f.Name, fv)
		}
	}
}

func encodeEntry(b *strings.Builder, depth int, key string, v reflect.Value) {
	b.WriteString(strings.Repeat("\t", depth))
	b.WriteString(key)
	b.WriteByte(' ')
	encodeValue(b, depth, v)
}

func encodeValue(b *strings.Builder, depth int, v reflect.Value) {
	indent := strings.Repeat("\t", depth)
	switch v.Kind() {
	case reflect.Struct:
		b.WriteString("{\n")
		encodeStruct(b, v, depth+1)
		b.WriteString(indent + "}\n")
	case reflect.Map:
		b.WriteString("{\n")
		keys := v.MapKeys()
		slices.SortFunc(keys, func(x, y reflect.Value) int { return strings.Compare(x.String(), y.String()) })
		for _, k := range keys {
			encodeEntry(b, depth+1, encodeKey(k.String()), v.MapIndex(k))
		}
		b.WriteString(indent + "}\n")
	case reflect.Slice:
		b.WriteString("[\n")
		for i := range v.Len() {
			b.WriteString(indent + "\t")
			encodeValue(b, depth+1, v.Index(i))
		}
		b.WriteString(indent + "]\n")
	default:
		b.WriteString(encodeScalar(v))
		b.WriteByte('\n')
	}
}

func encodeKey(k string) string {
	if plain(k) && !strings.Contains(k, " ") {
		return k
	}
	return quote(k)
}

// quote writes s as a Go string literal that a raw string can hold.
func quote(s string) string {
	return strings.ReplaceAll(strconv.Quote(s), "`", `\x60`)
}

// plain reports whether s can be written without quotes.
func plain(s string) bool {
	return s != "" && s[0] != '"' && s[0] != ' ' && s[len(s)-1] != ' ' &&
		s != "{" && s != "[" && s != "}" && s != "]" && !strings.Contains(s, "`") && strconv.Quote(s) == `"`+s+`"`
}

func encodeScalar(v reflect.Value) string {
	if v.Type() == monthType {
		m := calendar.Month(v.Int())
		if m < calendar.Earliest || m > calendar.Latest {
			panic("month out of range: " + strconv.FormatInt(v.Int(), 10))
		}
		return m.String()
	}
	switch v.Kind() {
	case reflect.String:
		if plain(v.String()) {
			return v.String()
		}
		return quote(v.String())
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float64:
		if math.IsNaN(v.Float()) || math.IsInf(v.Float(), 0) {
			panic("not a finite number")
		}
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	}
	panic("cannot encode a " + v.Type().String())
}
