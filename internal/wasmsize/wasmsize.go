// Package wasmsize measures main.wasm for the size rules of the Makefile:
// [Brotli] compresses as `computedeals dist` does, [ReadRecord] reads the
// brotli size recorded in wasm-size.txt, [Check] is the ratchet that
// fails when main.wasm grows more than [Slack] past that record, and
// [Packages] sums a WebAssembly binary's function bodies by Go package
// for the report of `make bench`.
package wasmsize

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
)

// Brotli compresses b exactly as `computedeals dist` does (brotliBest in
// cmd/computedeals, which a test there holds to the same bytes): best
// quality, with the smallest window that holds the whole input.
func Brotli(b []byte) ([]byte, error) {
	lgwin := 10
	for lgwin < 24 && 1<<lgwin-16 < len(b) {
		lgwin++
	}
	var buf bytes.Buffer
	bw := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: lgwin})
	if _, err := bw.Write(b); err != nil {
		return nil, err
	}
	if err := bw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// SlackPercent is how far past the record main.wasm may grow before the
// ratchet fails: enough for the noise of an unrelated change, too little
// to let a new dependency in unnoticed.
const SlackPercent = 2

// ReadRecord returns the number in the contents of wasm-size.txt: one
// line holding the brotli bytes of main.wasm; blank lines and lines
// starting with # are comments.
func ReadRecord(text string) (int, error) {
	n, found := 0, false
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if found {
			return 0, fmt.Errorf("more than one number: %q", line)
		}
		v, err := strconv.Atoi(line)
		if err != nil || v <= 0 {
			return 0, fmt.Errorf("not a byte count: %q", line)
		}
		n, found = v, true
	}
	if !found {
		return 0, errors.New("no number")
	}
	return n, nil
}

// Check is the ratchet: an error when size (brotli bytes) is more than
// SlackPercent past record, and otherwise a note of one line, which also
// says when the record could be lowered.
func Check(size, record int) (string, error) {
	limit := record + record*SlackPercent/100
	pct := 100 * float64(size-record) / float64(record)
	if size > limit {
		return "", fmt.Errorf("main.wasm is %d B brotli, %+.1f %% against the %d B recorded in wasm-size.txt "+
			"(limit %d B, +%d %%): make it smaller, or, if the growth is worth it, raise the record in "+
			"wasm-size.txt in its own commit that says why", size, pct, record, limit, SlackPercent)
	}
	note := fmt.Sprintf("main.wasm: %d B brotli, %+.1f %% against the %d B recorded (limit %d B)", size, pct, record, limit)
	if size < record {
		note += fmt.Sprintf("; it shrank: lower wasm-size.txt to %d", size)
	}
	return note, nil
}

// PackageSize is the code of one Go package in a WebAssembly binary.
type PackageSize struct {
	Package   string
	Functions int
	Bytes     int // function bodies in the code section
}

// Sizes is what [Packages] finds in a binary.
type Sizes struct {
	Packages []PackageSize // largest first
	Code     int           // the code section (function bodies and their counts)
	Data     int           // the data section: strings, tables, initialized variables
	Other    int           // every other section and the header, the name section included
	Total    int
}

// Packages sums the function bodies of a WebAssembly binary by the Go
// package in each function's name, one of pkgs (the binary's packages,
// as `go list -deps` prints them). It needs the name section, which the
// Go linker omits under -ldflags=-s: measure a build without it (the
// function bodies are the same).
func Packages(wasm []byte, pkgs []string) (Sizes, error) {
	r := &reader{b: wasm}
	if !bytes.HasPrefix(wasm, []byte("\x00asm\x01\x00\x00\x00")) {
		return Sizes{}, errors.New("not a WebAssembly binary")
	}
	r.i = 8
	s := Sizes{Total: len(wasm)}
	var bodies []int // size of each defined function's body
	imported := 0
	var names map[int]string
	for r.i < len(r.b) && r.err == nil {
		start := r.i
		id := r.byte()
		size := int(r.uleb())
		body := r.sub(size)
		whole := r.i - start
		switch id {
		case 2: // imports: the imported functions come first in the index space
			imported = countImportedFuncs(body)
		case 10:
			s.Code += whole
			bodies = funcBodies(body)
		case 11:
			s.Data += whole
		case 0:
			if body.name() == "name" {
				names = funcNames(body)
			}
		}
		if id != 10 && id != 11 {
			s.Other += whole
		}
		r.err = errors.Join(r.err, body.err)
	}
	if r.err != nil {
		return Sizes{}, r.err
	}
	if names == nil {
		return Sizes{}, errors.New("no name section: build main.wasm without -ldflags=-s to see its packages")
	}
	byPkg := map[string]*PackageSize{}
	pk := newPackager(pkgs)
	for i, n := range bodies {
		pkg := pk.of(names[imported+i])
		p := byPkg[pkg]
		if p == nil {
			p = &PackageSize{Package: pkg}
			byPkg[pkg] = p
		}
		p.Functions++
		p.Bytes += n
	}
	for _, p := range byPkg {
		s.Packages = append(s.Packages, *p)
	}
	sort.Slice(s.Packages, func(i, j int) bool {
		a, b := s.Packages[i], s.Packages[j]
		if a.Bytes != b.Bytes {
			return a.Bytes > b.Bytes
		}
		return a.Package < b.Package
	})
	return s, nil
}

// mangle spells a name as the Go linker writes it in the name section:
// every byte but ASCII letters, digits and '.' made '_'
// ("github.com/x/y.(*T).M" is "github.com_x_y.__T_.M").
func mangle(name string) string {
	return strings.Map(func(r rune) rune {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '.' {
			return r
		}
		return '_'
	}, name)
}

// packager finds the package of a function's name in the name section:
// the longest of the given package paths whose mangled form, with a '.',
// begins the name. What matches none is the linker's own ("type:.eq.T")
// or assembly ("memchr").
type packager struct {
	byMangled map[string]string
	cache     map[string]string
}

func newPackager(pkgs []string) *packager {
	// go list names the command by its path; the linker calls it main.
	p := &packager{byMangled: map[string]string{"main": "main"}, cache: map[string]string{}}
	for _, path := range pkgs {
		p.byMangled[mangle(path)] = path
	}
	return p
}

func (p *packager) of(sym string) string {
	if pkg, ok := p.cache[sym]; ok {
		return pkg
	}
	pkg := "(linker and assembly)"
	if strings.HasPrefix(sym, "type_.") {
		pkg = "(type:.eq and .hash, generated)"
	}
	// Try every '.' from the last: the longest path wins
	// ("core/page" over "core" if both were packages).
	for i := len(sym) - 1; i > 0; i-- {
		if sym[i] != '.' {
			continue
		}
		if path, ok := p.byMangled[sym[:i]]; ok {
			pkg = path
			break
		}
	}
	p.cache[sym] = pkg
	return pkg
}

// Table writes s as the table `make bench` prints: each package's bytes
// of code and share of the file, then the sections not split by package.
func (s Sizes) Table() string {
	var b strings.Builder
	width := len("data section (not by package)")
	for _, p := range s.Packages {
		width = max(width, len(p.Package))
	}
	row := func(name string, funcs string, n int) {
		fmt.Fprintf(&b, "%-*s %6s %10d %6.1f %%\n", width, name, funcs, n, 100*float64(n)/float64(s.Total))
	}
	fmt.Fprintf(&b, "%-*s %6s %10s %8s\n", width, "package", "funcs", "bytes", "of file")
	for _, p := range s.Packages {
		row(p.Package, strconv.Itoa(p.Functions), p.Bytes)
	}
	sum := 0
	for _, p := range s.Packages {
		sum += p.Bytes
	}
	row("code section, other", "", s.Code-sum)
	row("data section (not by package)", "", s.Data)
	row("other sections (names, types…)", "", s.Other)
	row("total", "", s.Total)
	return b.String()
}

// reader reads the little of the WebAssembly binary format Packages needs.
type reader struct {
	b   []byte
	i   int
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("malformed WebAssembly at byte %d: %s", r.i, what)
	}
	r.i = len(r.b)
}

func (r *reader) byte() byte {
	if r.i >= len(r.b) {
		r.fail("unexpected end")
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

func (r *reader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v
		}
	}
	r.fail("varint too long")
	return 0
}

// sub returns a reader over the next n bytes and skips them.
func (r *reader) sub(n int) *reader {
	if n < 0 || n > len(r.b)-r.i {
		r.fail("length past the end")
		return &reader{}
	}
	s := &reader{b: r.b[r.i : r.i+n]}
	r.i += n
	return s
}

func (r *reader) name() string {
	n := int(r.uleb())
	s := r.sub(n)
	return string(s.b)
}

func countImportedFuncs(r *reader) int {
	funcs := 0
	for n := r.uleb(); n > 0 && r.err == nil; n-- {
		r.name()
		r.name()
		switch r.byte() {
		case 0: // function: its type index
			r.uleb()
			funcs++
		case 1: // table: element type, limits
			r.byte()
			r.limits()
		case 2: // memory: limits
			r.limits()
		case 3: // global: value type, mutability
			r.byte()
			r.byte()
		default:
			r.fail("unknown import kind")
		}
	}
	return funcs
}

func (r *reader) limits() {
	if r.byte()&1 != 0 {
		r.uleb()
	}
	r.uleb()
}

func funcBodies(r *reader) []int {
	n := r.uleb()
	sizes := make([]int, 0, min(n, uint64(len(r.b))))
	for ; n > 0 && r.err == nil; n-- {
		start := r.i
		r.sub(int(r.uleb()))
		sizes = append(sizes, r.i-start)
	}
	return sizes
}

// funcNames reads subsection 1 (function names) of the name section; r
// is positioned after the section's own name.
func funcNames(r *reader) map[int]string {
	names := map[int]string{}
	for r.i < len(r.b) && r.err == nil {
		id := r.byte()
		sub := r.sub(int(r.uleb()))
		if id != 1 {
			continue
		}
		for n := sub.uleb(); n > 0 && sub.err == nil; n-- {
			idx := int(sub.uleb())
			names[idx] = sub.name()
		}
		r.err = errors.Join(r.err, sub.err)
	}
	return names
}
