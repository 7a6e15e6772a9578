package rules

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// notYetInSizeGo are the files allowed a //go:noinline outside their
// package's size.go, and why. Empty it as they move.
var notYetInSizeGo = map[string]string{
	"core/chart/build.go":            "the chart files are being split per chart kind (issue 13, item 4)",
	"core/chart/format.go":           "the chart files are being split per chart kind (issue 13, item 4)",
	"core/chart/scale.go":            "the chart files are being split per chart kind (issue 13, item 4)",
	"core/uncertainty/montecarlo.go": "the sampling internals are being reworked alongside",
}

// The size hacks (functions kept out of line for main.wasm's size) live
// in one file per package, size.go, and are listed in one place:
// README's "Size hacks" table, which this test keeps complete and current.
func TestSizeHacksAreListed(t *testing.T) {
	found := map[string][]string{} // file → functions marked //go:noinline
	funcName := regexp.MustCompile(`^func (?:\([^)]*\) )?(\w+)`)
	for _, dir := range []string{"core", "wasm"} {
		err := filepath.WalkDir(filepath.Join("../..", dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			rel := filepath.ToSlash(strings.TrimPrefix(path, "../../"))
			lines := strings.Split(string(b), "\n")
			for i, line := range lines {
				if strings.TrimSpace(line) != "//go:noinline" || i+1 == len(lines) {
					continue
				}
				if m := funcName.FindStringSubmatch(lines[i+1]); m != nil {
					found[rel] = append(found[rel], m[1])
					if filepath.Base(rel) != "size.go" && notYetInSizeGo[rel] == "" {
						t.Errorf("%s: %s is //go:noinline outside its package's size.go; move it there, where the size hacks are kept", rel, m[1])
					}
				} else {
					t.Errorf("%s:%d: //go:noinline not followed by a func", rel, i+1)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n### Size hacks\n")
	if !ok {
		t.Fatal(`README.md has no "### Size hacks" section`)
	}
	section, _, _ = strings.Cut(section, "\n#")
	listed := map[string][]string{}
	row := regexp.MustCompile("^\\| `([^`]+\\.go)` \\| ([^|]*) \\|")
	name := regexp.MustCompile("`(\\w+)`")
	for line := range strings.Lines(section) {
		if m := row.FindStringSubmatch(line); m != nil {
			for _, n := range name.FindAllStringSubmatch(m[2], -1) {
				listed[m[1]] = append(listed[m[1]], n[1])
			}
		}
	}
	for file, funcs := range found {
		for _, f := range funcs {
			if !slices.Contains(listed[file], f) {
				t.Errorf("%s: %s is //go:noinline but not in README.md's Size hacks table; add it with the reason", file, f)
			}
		}
	}
	for file, funcs := range listed {
		for _, f := range funcs {
			if !slices.Contains(found[file], f) {
				t.Errorf("README.md's Size hacks table lists %s in %s, which is no longer //go:noinline there; remove the row", f, file)
			}
		}
	}
	if len(found) == 0 {
		t.Fatal("found no //go:noinline at all; the test reads the wrong tree")
	}
	for file := range notYetInSizeGo {
		if len(found[file]) == 0 {
			t.Errorf("%s has no //go:noinline left: remove it from notYetInSizeGo", file)
		}
	}
}
