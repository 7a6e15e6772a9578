package library

import (
	"flag"
	"math"
	"os"
	"reflect"
	"testing"
)

var writeVintages = flag.Bool("write-vintages", false, "write the vintage files from the Go code that builds them")

// TestDataFilesMatchTheGoCode builds each vintage both ways, from the Go
// code and from its data file, and requires the two to be the same to
// the bit.
func TestDataFilesMatchTheGoCode(t *testing.T) {
	for _, c := range []struct {
		file string
		data *string
		code func() *Vintage
	}{
		{"vintage_2026_11.txt", &vintage202611Data, vintage202611},
		{"vintage_2026_12.txt", &vintage202612Data, vintage202612},
	} {
		if *writeVintages {
			text := encodeVintage(c.code())
			if err := os.WriteFile(c.file, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			*c.data = text
		}
		got, err := parseVintage(c.file, *c.data)
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
		if encodeVintage(got) != *c.data {
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
