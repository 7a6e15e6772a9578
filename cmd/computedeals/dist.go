package main

// computedeals dist builds the static site that any static host or CDN can
// serve as is: every asset under a content-hashed name (cacheable forever),
// index.html rendered from the www/index.html template, and beside every
// file its precompressed FILE.br and FILE.gz.
//
// www/index.html is a text/template executed with these fields:
//
//	{{.Style}}     the hashed name of www/style.css, e.g. style.3f2a9c1d.css
//	{{.Script}}    the hashed name of www/app.js
//	{{.Worker}}    the hashed name of www/worker.js
//	{{.Wasm}}      the hashed name of the built main.wasm (-wasm)
//	{{.WasmExec}}  the hashed name of Go's wasm_exec.js (-wasmexec)
//	{{.Preview}}   the hashed name of the link preview's picture (preview.go)
//	{{.App}}       the prerendered page body, inserted verbatim
//	{{.Embed}}     true for embed.html, the page of one chart (core/page's
//	               embed.go), drawn from the same template
//
// The names are relative (no leading "/"), so the site also works under a
// path prefix. Each of them must appear in the template: the page is the
// only way a browser learns a hashed name. Other top-level files of www
// (a favicon, robots.txt) are copied under their own names; directories,
// dot files and stray main.wasm or wasm_exec.js builds in www are not.
//
// The methodology, docs/METHOD.md (-method), becomes method.html: rendered
// by the strict Markdown renderer of markdown.go into a page of its own
// with the hashed stylesheet, a link back to the explorer and no script.
//
// Text/template, not html/template: {{.App}} is HTML by design and every
// other field is a name dist made itself, so there is nothing to escape.

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"text/template"

	"github.com/computedeals/explorer/core/page"
)

// prerender returns the HTML of the page body with the default view's
// totals, so the first paint does not wait for the wasm. The page package
// plugs in here; until it does, the body is empty and the page renders
// everything once the wasm has loaded.
var prerender = func() (string, error) { return "", nil }

// extraCSS is appended to www/style.css: the stylesheet of the charts,
// which core/chart owns with the classes it draws.
var extraCSS = func() string { return "" }

// previewImage is the link preview's picture of the default view
// (preview.go), or nil for none.
var previewImage = func() ([]byte, error) { return nil, nil }

// pageNames are the values of the index.html template.
type pageNames struct {
	Style, Script, Worker, Wasm, WasmExec string
	Preview                               string
	App                                   string
	// Embed is true for embed.html, the route that shows one chart: the
	// same template, its body drawn by the core once it has loaded.
	Embed bool
}

// distConfig names the inputs and the output directory of a build.
type distConfig struct {
	www, wasm, wasmExec, method, out string
}

// distFile is one output file and its precompressed forms.
type distFile struct {
	name        string
	raw, gz, br []byte
	placeholder string // the template field that names it, if any
}

func runDist(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("dist", flag.ContinueOnError)
	var c distConfig
	fs.StringVar(&c.www, "www", "www", "the page sources: the index.html template, style.css, app.js, worker.js")
	fs.StringVar(&c.wasm, "wasm", "dist-tmp/main.wasm", "the built main.wasm")
	fs.StringVar(&c.wasmExec, "wasmexec", "", "Go's wasm_exec.js (default: $(go env GOROOT)/lib/wasm/wasm_exec.js)")
	fs.StringVar(&c.method, "method", filepath.Join("docs", "METHOD.md"), "the methodology, rendered into method.html")
	fs.StringVar(&c.out, "out", "dist", "the output directory")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("dist takes no arguments, got %q", fs.Args())
	}
	if c.wasmExec == "" {
		p, err := goWasmExec()
		if err != nil {
			return err
		}
		c.wasmExec = p
	}
	files, err := buildDist(c)
	if err != nil {
		return err
	}
	return printSizes(stdout, files)
}

// goWasmExec finds the wasm_exec.js of the go command on PATH: it must
// match the Go that built main.wasm, which the Makefile runs the same way.
func goWasmExec() (string, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("finding wasm_exec.js with go env GOROOT (or pass -wasmexec): %w", err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "lib", "wasm", "wasm_exec.js"), nil
}

// buildDist writes the site into c.out and returns its files sorted by
// name. Assets are written before index.html, so a server running on
// c.out never hands out a page whose assets are not there yet.
func buildDist(c distConfig) ([]distFile, error) {
	if err := checkOutDir(c); err != nil {
		return nil, err
	}
	tmplSrc, err := os.ReadFile(filepath.Join(c.www, "index.html"))
	if err != nil {
		return nil, err
	}
	inputs := []struct{ src, name, field string }{
		{filepath.Join(c.www, "style.css"), "style.css", "Style"},
		{filepath.Join(c.www, "app.js"), "app.js", "Script"},
		{filepath.Join(c.www, "worker.js"), "worker.js", "Worker"},
		{c.wasm, "main.wasm", "Wasm"},
		{c.wasmExec, "wasm_exec.js", "WasmExec"},
	}
	var files []distFile
	for _, in := range inputs {
		b, err := os.ReadFile(in.src)
		if err != nil {
			return nil, err
		}
		if in.name == "style.css" {
			b = append(b, extraCSS()...)
		}
		files = append(files, distFile{name: hashedName(in.name, b), raw: b, placeholder: in.field})
	}
	extras, err := extraFiles(c.www)
	if err != nil {
		return nil, err
	}
	files = append(files, extras...)

	preview, err := previewImage()
	if err != nil {
		return nil, fmt.Errorf("drawing the link preview: %w", err)
	}
	if preview != nil {
		files = append(files, distFile{name: hashedName("preview.png", preview), raw: preview, placeholder: "Preview"})
	}

	methodSrc, err := os.ReadFile(c.method)
	if err != nil {
		return nil, err
	}
	files = append(files, distFile{name: "method.html", raw: renderMethodPage(string(methodSrc), files)})

	embed, err := renderIndex(string(tmplSrc), files, true)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(c.www, "index.html"), err)
	}
	files = append(files, distFile{name: page.EmbedPage, raw: embed})
	index, err := renderIndex(string(tmplSrc), files, false)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(c.www, "index.html"), err)
	}
	files = append(files, distFile{name: "index.html", raw: index})

	if err := compressAll(files); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return nil, err
	}
	// index.html is last in files: see the doc comment.
	for _, f := range files {
		for _, v := range []struct {
			suffix string
			b      []byte
		}{{"", f.raw}, {".br", f.br}, {".gz", f.gz}} {
			if err := writeFileAtomic(c.out, f.name+v.suffix, v.b); err != nil {
				return nil, err
			}
		}
	}
	if err := pruneStale(c.out, files); err != nil {
		return nil, err
	}
	slices.SortFunc(files, func(a, b distFile) int { return strings.Compare(a.name, b.name) })
	return files, nil
}

// checkOutDir refuses to build into the sources: the hashed copies and
// the rendered page would land beside the template they came from.
func checkOutDir(c distConfig) error {
	wi, err := os.Stat(c.www)
	if err != nil {
		return err
	}
	if oi, err := os.Stat(c.out); err == nil && os.SameFile(wi, oi) {
		return usageError("dist -out %s is the -www directory", c.out)
	}
	return nil
}

// extraFiles reads the top-level files of www that the page does not name
// through the template, to be copied under their own names.
func extraFiles(www string) ([]distFile, error) {
	entries, err := os.ReadDir(www)
	if err != nil {
		return nil, err
	}
	skip := []string{"index.html", "embed.html", "method.html", "preview.png", "style.css", "app.js", "worker.js", "main.wasm", "wasm_exec.js"}
	var files []distFile
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || strings.HasPrefix(name, ".") || slices.Contains(skip, name) ||
			strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(www, name))
		if err != nil {
			return nil, err
		}
		files = append(files, distFile{name: name, raw: b})
	}
	return files, nil
}

// renderIndex executes the template with the hashed names of files and
// the prerendered body.
func renderIndex(src string, files []distFile, embed bool) ([]byte, error) {
	tmpl, err := template.New("index.html").Parse(src)
	if err != nil {
		return nil, err
	}
	// The embed page has no first paint of its own: which chart it shows
	// is in its address, which the core reads.
	body := `<div id="app" class="app embed"></div>`
	if !embed {
		if body, err = prerender(); err != nil {
			return nil, fmt.Errorf("prerendering the page body: %w", err)
		}
	}
	names := pageNames{App: body, Embed: embed}
	set := map[string]*string{
		"Style": &names.Style, "Script": &names.Script, "Worker": &names.Worker,
		"Wasm": &names.Wasm, "WasmExec": &names.WasmExec, "Preview": &names.Preview,
	}
	for _, f := range files {
		if p := set[f.placeholder]; p != nil {
			*p = f.name
		}
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, names); err != nil {
		return nil, err
	}
	// Looking for the name in the output rather than the field in the
	// template also catches a field used only inside a false {{if}}.
	for _, f := range files {
		if embed && f.placeholder == "Preview" {
			continue // the embed page is not previewed: the page that frames it is
		}
		if f.placeholder != "" && !bytes.Contains(buf.Bytes(), []byte(f.name)) {
			return nil, fmt.Errorf("the template never uses {{.%s}}, so nothing could load %s", f.placeholder, f.name)
		}
	}
	return buf.Bytes(), nil
}

// renderMethodPage wraps the rendered methodology in a page of the site:
// its hashed stylesheet, its name linking back to the explorer, no script
// and no inline style, so the server's CSP holds as for index.html.
func renderMethodPage(md string, files []distFile) []byte {
	style := ""
	for _, f := range files {
		if f.placeholder == "Style" {
			style = f.name
		}
	}
	var b strings.Builder
	b.WriteString(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="description" content="How the Compute Deals Explorer works out its figures, and the keys a scenario link may hold.">
<title>Methodology · Compute Deals Explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="` + html.EscapeString(style) + `">
</head>
<body>
<div class="app">
<header class="top">
<div class="brand">
<p class="site"><a href="./">Compute Deals Explorer</a></p>
<p class="tagline">Methodology: how the figures are worked out.</p>
</div>
</header>
<main class="doc">
`)
	b.WriteString(renderMarkdown(md))
	b.WriteString(`</main>
<footer class="foot"><p><a href="./">Back to the explorer</a></p></footer>
</div>
</body>
</html>
`)
	return []byte(b.String())
}

// compressAll fills in the .br and .gz forms of every file. Brotli at its
// best quality is slow on main.wasm, so the files are compressed in
// parallel; each result depends only on its own input.
func compressAll(files []distFile) error {
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i := range files {
		wg.Go(func() {
			f := &files[i]
			var errBr, errGz error
			f.br, errBr = brotliBest(f.raw)
			f.gz, errGz = gzipBest(f.raw)
			errs[i] = errors.Join(errBr, errGz)
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// writeFileAtomic replaces dir/name in one rename, so a server reading
// the directory sees the old file or the new one, never half of one.
func writeFileAtomic(dir, name string, b []byte) error {
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	_, err = tmp.Write(b)
	err = errors.Join(err, tmp.Chmod(0o644), tmp.Close())
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(dir, name))
}

// pruneStale removes the outputs of earlier builds that this one did not
// write, so the directory holds exactly one build. It only touches names
// dist produces (hashed names and their .br and .gz), never other files a
// person put there.
func pruneStale(out string, files []distFile) error {
	keep := map[string]bool{}
	for _, f := range files {
		keep[f.name], keep[f.name+".br"], keep[f.name+".gz"] = true, true, true
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		base := strings.TrimSuffix(strings.TrimSuffix(name, ".br"), ".gz")
		if keep[name] || !e.Type().IsRegular() || !isHashedName(base) {
			continue
		}
		if err := os.Remove(filepath.Join(out, name)); err != nil {
			return err
		}
	}
	return nil
}

// printSizes writes the table that BENCHMARKS.md quotes: each file's raw,
// gzip and brotli bytes, and the totals.
func printSizes(w io.Writer, files []distFile) error {
	width := len("total")
	for _, f := range files {
		width = max(width, len(f.name))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s %10s %10s %10s\n", width, "file", "raw", "gzip", "brotli")
	var raw, gz, br int
	for _, f := range files {
		fmt.Fprintf(&b, "%-*s %10d %10d %10d\n", width, f.name, len(f.raw), len(f.gz), len(f.br))
		raw, gz, br = raw+len(f.raw), gz+len(f.gz), br+len(f.br)
	}
	fmt.Fprintf(&b, "%-*s %10d %10d %10d\n", width, "total", raw, gz, br)
	_, err := io.WriteString(w, b.String())
	return err
}
