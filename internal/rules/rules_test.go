// Package rules holds the project's import rules as tests, so that a rule
// that matters fails `make test` and `make check` instead of living in a
// comment (as esbuild's Makefile does with grep). They read the import
// graph from `go list -deps -json` and need only the go command:
//
//   - core/ is pure Go: no package under core imports syscall/js, directly
//     or through any package it imports, for GOOS=js GOARCH=wasm; nor
//     anything outside core/ but the standard library.
//   - encoding/json and regexp are imported only by the packages of
//     jsonRegexpAllowed (test files may use them), and main.wasm
//     depends on neither.
//   - wasm/ imports only what DESIGN.md allows it: core, safejs and the
//     standard library (but not syscall/js, which it reaches through
//     safejs).
//   - every //go:noinline kept for main.wasm's size is listed, with its
//     reason, in README's "Size hacks" table (sizehacks_test.go).
//   - every English sentence about a result is built in core/explain: no
//     other core file holds a string literal that reads as one
//     (words_test.go, with its allow-list of labels and help).
//
// The size of main.wasm is the other rule; cmd/wasmsize checks it
// against wasm-size.txt in `make check`.
package rules

import (
	"bytes"
	"encoding/json"
	"maps"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/computedeals/explorer"

// jsonRegexpAllowed lists the packages whose non-test files may import
// encoding/json or regexp, and why. Nothing here may be linked into
// main.wasm: encoding/json alone would add about 116 KB of brotli to it
// (and regexp its own compiler and tables), so the core writes JSON with
// core/jsondoc and parses by hand instead. No non-test file needs either
// today; the native command may.
var jsonRegexpAllowed = map[string]string{
	module + "/cmd/computedeals": "the native command; never in main.wasm",
}

// wasmAllowed says what wasm/ may import (DESIGN.md: "binds core to the
// page through github.com/hack-pad/safejs. Thin.").
func wasmAllowed(p *pkg) (ok bool, why string) {
	switch {
	case strings.HasPrefix(p.ImportPath, module+"/core/"):
		return true, ""
	case p.ImportPath == "github.com/hack-pad/safejs":
		return true, ""
	case p.ImportPath == "syscall/js":
		return false, "wasm/ reaches JavaScript through github.com/hack-pad/safejs, which returns errors instead of panicking"
	case p.ImportPath == "encoding/json" || p.ImportPath == "regexp":
		return false, "too big for main.wasm; see jsonRegexpAllowed"
	case p.Standard:
		return true, ""
	}
	return false, "DESIGN.md allows wasm/ core, safejs and the standard library only"
}

// pkg is what the rules read of `go list -json`.
type pkg struct {
	ImportPath string
	Standard   bool
	Imports    []string // of the non-test files
	Deps       []string // every package it depends on, transitively
}

// goList runs `go list -deps -json` for patterns, with GOOS=js
// GOARCH=wasm when wasm, and returns every package listed by path.
func goList(t *testing.T, wasm bool, patterns ...string) map[string]*pkg {
	t.Helper()
	if runtime.GOOS == "js" {
		t.Skip("needs the go command; run natively")
	}
	args := append([]string{"list", "-deps", "-json=ImportPath,Standard,Imports,Deps"}, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = "../.."
	if wasm {
		cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	pkgs := map[string]*pkg{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		p := new(pkg)
		if err := dec.Decode(p); err != nil {
			t.Fatal(err)
		}
		pkgs[p.ImportPath] = p
	}
	return pkgs
}

// chain returns the imports that lead from one package to another, as
// "a → b → c", for a failure message that says where to cut.
func chain(pkgs map[string]*pkg, from, to string) string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for p := to; p != ""; p = prev[p] {
				path = append(path, strings.TrimPrefix(p, module+"/"))
			}
			slices.Reverse(path)
			return strings.Join(path, " → ")
		}
		if p := pkgs[cur]; p != nil {
			for _, imp := range p.Imports {
				if _, seen := prev[imp]; !seen {
					prev[imp] = cur
					queue = append(queue, imp)
				}
			}
		}
	}
	return from + " → … → " + to
}

func TestCoreDoesNotImportSyscallJS(t *testing.T) {
	pkgs := goList(t, true, "./core/...")
	var core []string
	for path := range pkgs {
		if strings.HasPrefix(path, module+"/core/") {
			core = append(core, path)
		}
	}
	slices.Sort(core)
	if len(core) < 10 {
		t.Fatalf("go list found %d core packages; the rule reads the wrong tree", len(core))
	}
	for _, path := range core {
		for _, imp := range pkgs[path].Imports {
			dep := pkgs[imp]
			if !dep.Standard && !strings.HasPrefix(imp, module+"/core/") {
				t.Errorf("%s imports %s: core imports only core and the standard library (DESIGN.md: nothing in core imports wasm or www)", path, imp)
			}
			// Blame the core package whose own import brings it in, not
			// every core package above it.
			if strings.HasPrefix(imp, module+"/core/") {
				continue
			}
			if imp == "syscall/js" || slices.Contains(dep.Deps, "syscall/js") {
				t.Errorf("%s brings syscall/js into core under GOOS=js: %s; core stays pure Go (DESIGN.md) and only wasm/ talks to the page",
					path, chain(pkgs, path, "syscall/js"))
			}
		}
	}
}

func TestJSONAndRegexpOnlyWhereAllowed(t *testing.T) {
	found := map[string]bool{} // "path imports encoding/json"
	for _, wasm := range []bool{false, true} {
		for path, p := range goList(t, wasm, "./...") {
			for _, imp := range []string{"encoding/json", "regexp"} {
				if strings.HasPrefix(path, module+"/") && slices.Contains(p.Imports, imp) && jsonRegexpAllowed[path] == "" {
					found[path+" imports "+imp] = true
				}
			}
		}
	}
	for _, f := range slices.Sorted(maps.Keys(found)) {
		t.Errorf("%s: only the packages of jsonRegexpAllowed (internal/rules) may, as encoding/json costs main.wasm about 116 KB brotli; test files may use either", f)
	}
}

func TestMainWasmHasNoJSONNorRegexp(t *testing.T) {
	pkgs := goList(t, true, "./wasm")
	main := module + "/wasm"
	for _, bad := range []string{"encoding/json", "regexp"} {
		if slices.Contains(pkgs[main].Deps, bad) {
			t.Errorf("main.wasm links %s: %s", bad, chain(pkgs, main, bad))
		}
	}
}

func TestWasmImportsOnlyWhatDesignAllows(t *testing.T) {
	pkgs := goList(t, true, "./wasm")
	p := pkgs[module+"/wasm"]
	if p == nil || len(p.Imports) == 0 {
		t.Fatal("go list did not find wasm/ and its imports")
	}
	for _, imp := range p.Imports {
		if ok, why := wasmAllowed(pkgs[imp]); !ok {
			t.Errorf("wasm/ imports %s: %s", imp, why)
		}
	}
}
