package wasmsize

import (
	"strings"
	"testing"
)

func TestReadRecord(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
		wantErr    string
	}{
		{"a number alone", "1149024\n", 1149024, ""},
		{"comments and blank lines around it", "# brotli bytes\n\n 1149024 \n# end\n", 1149024, ""},
		{"no number", "# nothing\n", 0, "no number"},
		{"two numbers", "1\n2\n", 0, "more than one"},
		{"not a number", "1.1 MB\n", 0, "not a byte count"},
		{"zero", "0\n", 0, "not a byte count"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadRecord(tc.text)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("ReadRecord(%q) = %d, %v; want an error with %q", tc.text, got, err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("ReadRecord(%q) = %d, %v; want %d", tc.text, got, err, tc.want)
			}
		})
	}
}

func TestCheckAllowsTwoPercent(t *testing.T) {
	for _, tc := range []struct {
		name         string
		size, record int
		fails        bool
		note         string
	}{
		{"the recorded size", 1000, 1000, false, "+0.0 %"},
		{"exactly 2 % past", 1020, 1000, false, ""},
		{"one byte more than 2 % past", 1021, 1000, true, ""},
		{"smaller: says to lower the record", 900, 1000, false, "lower wasm-size.txt to 900"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			note, err := Check(tc.size, tc.record)
			if (err != nil) != tc.fails {
				t.Fatalf("Check(%d, %d) error = %v; want failure %v", tc.size, tc.record, err, tc.fails)
			}
			if err != nil && !strings.Contains(err.Error(), "wasm-size.txt") {
				t.Errorf("the failure does not say where the record is: %v", err)
			}
			if !strings.Contains(note, tc.note) {
				t.Errorf("note %q lacks %q", note, tc.note)
			}
		})
	}
}

func TestPackageOfAMangledName(t *testing.T) {
	p := newPackager([]string{"runtime", "slices", "github.com/hack-pad/safejs", "github.com/hack-pad/safejs/internal/catch", "github.com/x/core", "github.com/x/core/page"})
	for sym, want := range map[string]string{
		"runtime.mapassign_faststr":                     "runtime",
		"slices.pdqsortOrdered_go.shape.int_":           "slices",
		"github.com_hack_pad_safejs.Value.Get":          "github.com/hack-pad/safejs",
		"github.com_hack_pad_safejs_internal_catch.Try": "github.com/hack-pad/safejs/internal/catch",
		"github.com_x_core_page.__App_.Handle":          "github.com/x/core/page",
		"github.com_x_core.F":                           "github.com/x/core",
		"main.main":                                     "main",
		"type_.eq.main.T":                               "(type:.eq and .hash, generated)",
		"memchr":                                        "(linker and assembly)",
	} {
		if got := p.of(sym); got != want {
			t.Errorf("package of %q = %q; want %q", sym, got, want)
		}
	}
}

func TestPackagesRejectsWhatIsNotWasm(t *testing.T) {
	if _, err := Packages([]byte("\x7fELF"), nil); err == nil {
		t.Fatal("no error for an ELF file")
	}
	// The header alone: a binary with no name section.
	if _, err := Packages([]byte("\x00asm\x01\x00\x00\x00"), nil); err == nil || !strings.Contains(err.Error(), "-ldflags=-s") {
		t.Fatalf("error = %v; want one that explains the missing names", err)
	}
}
