package library

import (
	"flag"
	"math"
	"os"
	"reflect"
	"testing"
)

const doc202611 = `// vintage202611Data is data vintage 2026-11, from shared/data/deals.md
// and facts.md, in the format data.go describes. Shipped: never edit it
// (TestVintagesArePinned holds it to its hash); a change of defaults is a
// new vintage beside it.
`

const doc202612 = `// vintage202612Data is data vintage 2026-12 in the format data.go
// describes. Not shipped yet: it may still change, and
// TestVintagesArePinned says how to pin it anew after an edit; once
// shipped, it never changes.
`

var writeVintages = flag.Bool("write-vintages", false, "write the vintage files from the Go code that builds them")

// TestDataFilesMatchTheGoCode builds each vintage both ways, from the Go
// code and from its data file, and requires the two to be the same to
// the bit.
func TestDataFilesMatchTheGoCode(t *testing.T) {
	for i, c := range []struct {
		file, name, doc string
		code            func() *Vintage
	}{
		{"vintage_2026_11_data.go", "vintage202611Data", doc202611, vintage202611},
		{"vintage_2026_12_data.go", "vintage202612Data", doc202612, vintage202612},
	} {
		if *writeVintages {
			text := encodeVintage(c.code())
			src := "package library\n\n" + c.doc + "const " + c.name + " = `" + text + "`\n"
			if err := os.WriteFile(c.file, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			shippedFiles[i].text = text
		}
		got, err := parseVintage(c.file, 1, shippedFiles[i].text)
		if err != nil {
			t.Fatal(err)
		}
		want := c.code()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the parsed vintage differs from the Go code's", c.file)
		}
		if !sameFloatBits(reflect.ValueOf(got), reflect.ValueOf(want)) {
			t.Errorf("%s: a number differs in its bits", c.file)
		}
		if encodeVintage(got) != shippedFiles[i].text {
			t.Errorf("%s is not in its canonical form", c.file)
		}
	}
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
