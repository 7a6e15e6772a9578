package library

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/computedeals/explorer/core/calendar"
)

// pinned holds the SHA-256 of each vintage's text. The text must also be
// in its canonical form (encodeVintage of what it parses to), so the hash
// pins the parsed vintage as well as the file.
//
// 2026-11 is shipped: its hash never changes, and a failure here means
// the file was edited by mistake; undo the edit.
//
// 2026-12 is not shipped yet. To change it deliberately: edit
// vintage_2026_12_data.go, run
//
//	go test ./core/library -run TestVintagesArePinned
//
// which fails with the new hash (and, if the text is not canonical, a
// canonical_*.txt to copy in), check the diff, and paste the hash here in
// the same commit. Once 2026-12 ships, it is frozen like 2026-11.
var pinned = map[string]string{
	"vintage_2026_11_data.go": "1be8d97a2dc3dcf0702e7e0600c6df730459da06ee5ecfaf2bc96091412de278",
	"vintage_2026_12_data.go": "e777249a3836fa419d42ff523d867ac25aaee0d1e422ade7013a9871d4ecf7f3",
}

func TestVintagesArePinned(t *testing.T) {
	for _, f := range shippedFiles {
		v, err := parseVintage(f.file, f.line, f.text)
		if err != nil {
			t.Fatal(err)
		}
		if canon := encodeVintage(v); canon != f.text {
			out := "canonical_" + strings.TrimSuffix(f.file, ".go") + ".txt"
			_ = os.WriteFile(out, []byte(canon), 0o644)
			t.Errorf("%s: the text is not in its canonical form; core/library/%s has it", f.file, out)
		}
		sum := sha256.Sum256([]byte(f.text))
		if got := hex.EncodeToString(sum[:]); got != pinned[f.file] {
			t.Errorf("%s: SHA-256 %s, pinned %s: a shipped vintage never changes (see pinned)", f.file, got, pinned[f.file])
		}
	}
}

// TestShippedFilesStartWhereTheySay checks the line each text starts on,
// which errors count from.
func TestShippedFilesStartWhereTheySay(t *testing.T) {
	for _, f := range shippedFiles {
		b, err := os.ReadFile(f.file)
		if err != nil {
			t.Fatal(err)
		}
		before, _, ok := strings.Cut(string(b), "`")
		if line := strings.Count(before, "\n") + 1; !ok || line != f.line {
			t.Errorf("%s: the text starts on line %d, shippedFiles says %d", f.file, line, f.line)
		}
		if !strings.HasSuffix(string(b), "`\n") || strings.Count(string(b), "`") != 2 {
			t.Errorf("%s: want the text and nothing after it", f.file)
		}
	}
}

func TestParseErrorsNameFileAndLine(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"ID 2026-11\nIDx 1\n", "f:11: library.Vintage has no field \"IDx\""},
		{"ID 2026-11\nID 2026-12\n", "f:11: ID given twice"},
		{"ModelVersion 01\n", "f:10: ModelVersion: write \"01\" as 1"},
		{"ModelVersion x\n", "f:10: ModelVersion wants a whole number"},
		{"World {\n\tPUE 1.20\n}\n", "f:11: PUE: write \"1.20\" as 1.2"},
		{"World {\n\tPUE NaN\n}\n", "f:11: PUE wants a finite number"},
		{"World {\n\tFrom 2026-13\n}\n", "f:11: From: not a month"},
		{"World {\n\tSustain yes\n}\n", "f:11: Sustain wants true or false"},
		{"World {\nPUE 1.2\n}\n", "f:11: indented by 0 tabs where the block wants 1"},
		{"World {\n\tPUE 1.2\n", "f:11: the file ends before the block's closing \"}\""},
		{"World 1\n", "f:10: World wants a block"},
		{"Deals {\n}\n", "f:10: Deals wants a list"},
		{"Deals [\n\tx\n]\n", "f:11: want {, the start of a library.Deal"},
		{"Deals [\n\t{\n\t\tDeal {\n", "f:12: library.Deal has no field \"Deal\""},
		{"ID \"x\n", "f:10: ID: a value that opens a quote must be a Go string literal"},
		{"ID  x\n", "f:10: ID: write a string with a space at either end as a Go string literal"},
		{"ID x \n", "f:10: stray white space"},
		{"ID\n", "f:10: want a field name, a space and a value"},
		{"# c\n\nWorldFacts {\n\tpue {\n\t}\n\tpue {\n", "f:15: \"pue\" given twice"},
		{"Presets [\n\t{\n\t\tOverrides {\n\t\t\t\"a b 1\n", "f:13: a key that opens a quote must be a Go string literal"},
	} {
		_, err := parseVintage("f", 10, c.text)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: got error %v, want %s…", c.text, err, c.want)
		}
	}
}

func TestParseReadsQuotedStringsAndKeys(t *testing.T) {
	text := "Presets [\n\t{\n\t\tID \"{\"\n\t\tTitle \" a\\x60b \"\n\t\tOn [\n\t\t\t\"\"\n\t\t]\n\t\tOverrides {\n\t\t\t\"a b\" \"\"\n\t\t}\n\t}\n]\n"
	v, err := parseVintage("f", 1, text)
	if err != nil {
		t.Fatal(err)
	}
	want := Preset{ID: "{", Title: " a`b ", On: []string{""}, Overrides: map[string]string{"a b": ""}}
	if len(v.Presets) != 1 || !reflect.DeepEqual(v.Presets[0], want) {
		t.Errorf("got %#v, want %#v", v.Presets, want)
	}
	if got := encodeVintage(v); got != dataHeader+text {
		t.Errorf("encodes as\n%s", got)
	}
}

// TestParserReadsEveryField writes a vintage whose every field, at every
// depth, holds a value (every list one element, every map one entry) and
// reads it back with the parser, so that a field added to a type but not
// to the parser fails here.
func TestParserReadsEveryField(t *testing.T) {
	v := new(Vintage)
	n := 0
	fill(reflect.ValueOf(v).Elem(), &n)
	text := encodeVintage(v)
	got, err := parseVintage("full", 1, text)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, v) {
		t.Errorf("the parser reads back another vintage from\n%s", text)
	}
	for _, f := range shippedFiles {
		typed := mustParseVintage(f.file, f.line, f.text)
		ref, err := parseVintageReflect(f.file, f.line, f.text)
		if err != nil || !reflect.DeepEqual(typed, ref) {
			t.Errorf("%s: the parser and the reference parser differ (%v)", f.file, err)
		}
	}
}

// fill gives every field of v a value of its own, counting with n.
func fill(v reflect.Value, n *int) {
	*n++
	switch {
	case v.Type() == monthType:
		v.SetInt(int64(calendar.Earliest) + int64(*n))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), n)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0), n)
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		k.SetString("key " + strconv.Itoa(*n))
		fill(e, n)
		v.SetMapIndex(k, e)
	case reflect.String:
		v.SetString("s" + strconv.Itoa(*n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int32:
		v.SetInt(int64(*n))
	case reflect.Uint8:
		v.SetUint(uint64(*n % 256))
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.5)
	default:
		panic("fill: " + v.Type().String())
	}
}

// FuzzParseVintage: parsing never panics, agrees with the reference parser, and what it accepts writes back
// to a text that parses to the same vintage, to the bit.
func FuzzParseVintage(f *testing.F) {
	// A slice of each shipped vintage: whole ones (which
	// TestVintagesArePinned reads) would slow the fuzzer to a crawl.
	for _, s := range shippedFiles {
		v := mustParseVintage(s.file, s.line, s.text)
		small := &Vintage{ID: v.ID, ModelVersion: v.ModelVersion, Correlations: v.Correlations[:min(1, len(v.Correlations))],
			Sources: v.Sources[:min(2, len(v.Sources))], Accelerators: v.Accelerators[:1], World: v.World, WorldFacts: v.WorldFacts,
			Buyers: v.Buyers[len(v.Buyers)-1:], Deals: v.Deals[:2], Presets: v.Presets[:2], Notes: v.Notes}
		f.Add(encodeVintage(small))
	}
	f.Add("ID 2026-11\nWorld {\n\tPUE -0\n\tFrom 2026-01\n}\nPresets [\n\t{\n\t\tOn [\n\t\t\t\"\\x60\"\n\t\t]\n\t}\n]\n")
	f.Fuzz(func(t *testing.T, text string) {
		v, err := parseVintage("fuzz", 1, text)
		ref, refErr := parseVintageReflect("fuzz", 1, text)
		if (err == nil) != (refErr == nil) {
			t.Fatalf("the parser says %v, the reference parser %v", err, refErr)
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Fatalf("error without file and line: %v", err)
			}
			return
		}
		if !reflect.DeepEqual(v, ref) || !sameFloatBits(reflect.ValueOf(v), reflect.ValueOf(ref)) {
			t.Fatal("the parser and the reference parser read different vintages")
		}
		back, err := parseVintage("back", 1, encodeVintage(v))
		if err != nil {
			t.Fatalf("the encoding of an accepted text does not parse: %v", err)
		}
		if !reflect.DeepEqual(v, back) || !sameFloatBits(reflect.ValueOf(v), reflect.ValueOf(back)) {
			t.Fatal("the encoding of an accepted text parses to another vintage")
		}
	})
}

// BenchmarkParseVintages is the first use of Default: parsing every
// shipped vintage.
func BenchmarkParseVintages(b *testing.B) {
	for b.Loop() {
		for _, f := range shippedFiles {
			if _, err := parseVintage(f.file, f.line, f.text); err != nil {
				b.Fatal(err)
			}
		}
	}
}

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
		case fv.Kind() == reflect.Float64 && math.Float64bits(fv.Float()) == 0:
		case fv.Kind() != reflect.Slice && fv.Kind() != reflect.Map && fv.Kind() != reflect.Float64 && fv.IsZero():
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

// sameFloatBits compares every float64 of a and b by its bits (DeepEqual
// takes 0 for -0).
func sameFloatBits(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Float64:
		return math.Float64bits(a.Float()) == math.Float64bits(b.Float())
	case reflect.Pointer:
		return a.IsNil() == b.IsNil() && (a.IsNil() || sameFloatBits(a.Elem(), b.Elem()))
	case reflect.Struct:
		for i := range a.NumField() {
			if !sameFloatBits(a.Field(i), b.Field(i)) {
				return false
			}
		}
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !sameFloatBits(a.Index(i), b.Index(i)) {
				return false
			}
		}
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			if !b.MapIndex(k).IsValid() || !sameFloatBits(a.MapIndex(k), b.MapIndex(k)) {
				return false
			}
		}
	}
	return true
}
