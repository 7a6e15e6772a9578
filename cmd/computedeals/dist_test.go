package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testPrerenderedBody stands in for the page package's prerendered body.
const testPrerenderedBody = `<main id="app"><p data-output="portfolio.value_usd" data-value="1.4e12">1.4 T USD</p></main>`

// withPrerender makes dist insert body for the rest of the test.
func withPrerender(t *testing.T, body string) {
	t.Helper()
	saved := prerender
	prerender = func() (string, error) { return body, nil }
	t.Cleanup(func() { prerender = saved })
}

// testDistConfig builds from the stand-ins under testdata into out.
func testDistConfig(out string) distConfig {
	return distConfig{
		www:      filepath.Join("testdata", "www"),
		wasm:     filepath.Join("testdata", "standin.wasm"),
		wasmExec: filepath.Join("testdata", "standin_exec.js"),
		method:   filepath.Join("..", "..", "docs", "METHOD.md"),
		out:      out,
	}
}

// readTree returns every regular file under dir by its relative name.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		require.True(t, e.Type().IsRegular(), "dist wrote %s, which is not a regular file", e.Name())
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		files[e.Name()] = b
	}
	return files
}

func TestDistIsDeterministic(t *testing.T) {
	withPrerender(t, testPrerenderedBody)
	a, b := t.TempDir(), t.TempDir()
	_, err := buildDist(testDistConfig(a))
	require.NoError(t, err)
	_, err = buildDist(testDistConfig(b))
	require.NoError(t, err)
	first := readTree(t, a)
	assert.Equal(t, first, readTree(t, b), "two builds of the same inputs differ")

	_, err = buildDist(testDistConfig(a))
	require.NoError(t, err)
	assert.Equal(t, first, readTree(t, a), "rebuilding into the same directory changed it")
}

func TestDistWritesHashedAssetsAndTheirSiblings(t *testing.T) {
	withPrerender(t, testPrerenderedBody)
	out := t.TempDir()
	files, err := buildDist(testDistConfig(out))
	require.NoError(t, err)

	var names []string
	for _, f := range files {
		names = append(names, f.name)
	}
	for _, src := range [][2]string{{"www/style.css", "style.css"}, {"www/app.js", "app.js"}, {"www/worker.js", "worker.js"},
		{"standin.wasm", "main.wasm"}, {"standin_exec.js", "wasm_exec.js"}} {
		b, err := os.ReadFile(filepath.Join("testdata", src[0]))
		require.NoError(t, err)
		if src[1] == "style.css" {
			b = append(b, extraCSS()...) // the charts' stylesheet rides along
		}
		name := hashedName(src[1], b)
		assert.Contains(t, names, name)
		assert.True(t, isHashedName(name), name)
	}
	assert.Contains(t, names, "index.html")
	assert.Contains(t, names, "robots.txt", "other top-level files of www are copied as they are")

	tree := readTree(t, out)
	assert.Len(t, tree, 3*len(files), "each file and its .br and .gz, nothing else")
	for _, name := range names {
		raw := tree[name]
		require.NotNil(t, raw, name)
		gz, err := gzip.NewReader(bytes.NewReader(tree[name+".gz"]))
		require.NoError(t, err, name+".gz")
		unzipped, err := io.ReadAll(gz)
		require.NoError(t, err, name+".gz")
		assert.Equal(t, raw, unzipped, name+".gz")
		assert.Zero(t, gz.ModTime, "%s.gz has a timestamp", name)
		assert.Empty(t, gz.Name, name+".gz")

		unbrotli, err := io.ReadAll(brotli.NewReader(bytes.NewReader(tree[name+".br"])))
		require.NoError(t, err, name+".br")
		assert.Equal(t, raw, unbrotli, name+".br")
	}
}

func TestDistRendersIndexWithHashedNames(t *testing.T) {
	withPrerender(t, testPrerenderedBody)
	out := t.TempDir()
	files, err := buildDist(testDistConfig(out))
	require.NoError(t, err)
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	page := string(index)

	assert.NotContains(t, page, "{{", "a placeholder was left in")
	assert.Contains(t, page, testPrerenderedBody, "the prerendered body goes in verbatim")
	byField := map[string]string{}
	for _, f := range files {
		if f.placeholder != "" {
			byField[f.placeholder] = f.name
		}
	}
	assert.Contains(t, page, `<link rel="stylesheet" href="`+byField["Style"]+`">`)
	assert.Contains(t, page, `<script src="`+byField["WasmExec"]+`" defer>`)
	assert.Contains(t, page, `<script src="`+byField["Script"]+`" data-wasm="`+byField["Wasm"]+`" data-worker="`+byField["Worker"]+`" defer>`)
	for _, plain := range []string{`"style.css"`, `"app.js"`, `"worker.js"`, `"main.wasm"`, `"wasm_exec.js"`} {
		assert.NotContains(t, page, plain)
	}
}

func TestDistRefusesATemplateThatLeavesAnAssetUnreachable(t *testing.T) {
	withPrerender(t, testPrerenderedBody)
	www := t.TempDir()
	for _, name := range []string{"style.css", "app.js", "worker.js"} {
		copyFile(t, filepath.Join("testdata", "www", name), filepath.Join(www, name))
	}
	template := `<link rel="stylesheet" href="{{.Style}}"><script src="{{.WasmExec}}"></script>` +
		`<script src="{{.Script}}" data-wasm="{{.Wasm}}"></script>`
	require.NoError(t, os.WriteFile(filepath.Join(www, "index.html"), []byte(template), 0o644))
	c := testDistConfig(t.TempDir())
	c.www = www
	_, err := buildDist(c)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "{{.Worker}}")
}

func TestDistReportsAPrerenderFailure(t *testing.T) {
	saved := prerender
	t.Cleanup(func() { prerender = saved })
	prerender = func() (string, error) { return "", io.ErrUnexpectedEOF }
	_, err := buildDist(testDistConfig(t.TempDir()))
	require.ErrorIs(t, err, io.ErrUnexpectedEOF)
}

func TestDistRemovesOnlyItsOwnStaleFiles(t *testing.T) {
	withPrerender(t, testPrerenderedBody)
	out := t.TempDir()
	stale := []string{"app.00000000.js", "app.00000000.js.br", "app.00000000.js.gz"}
	kept := []string{"notes.txt", "app.js"}
	for _, name := range append(stale, kept...) {
		require.NoError(t, os.WriteFile(filepath.Join(out, name), []byte("old"), 0o644))
	}
	_, err := buildDist(testDistConfig(out))
	require.NoError(t, err)
	for _, name := range stale {
		assert.NoFileExists(t, filepath.Join(out, name))
	}
	for _, name := range kept {
		assert.FileExists(t, filepath.Join(out, name))
	}
}

func TestDistRefusesToWriteIntoWww(t *testing.T) {
	www := filepath.Join("testdata", "www")
	c := testDistConfig(www)
	_, err := buildDist(c)
	require.Error(t, err)
	entries, err := os.ReadDir(www)
	require.NoError(t, err)
	for _, e := range entries {
		assert.False(t, strings.HasSuffix(e.Name(), ".br"), "dist wrote %s into www", e.Name())
	}
}

func TestRunDistPrintsSizes(t *testing.T) {
	withPrerender(t, testPrerenderedBody)
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	c := testDistConfig(out)
	err := run(context.Background(), []string{"dist", "-www", c.www, "-wasm", c.wasm, "-wasmexec", c.wasmExec, "-method", c.method, "-out", out}, &stdout, &stderr)
	require.NoError(t, err, stderr.String())

	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	require.Len(t, lines, 2+len(readTree(t, out))/3, stdout.String())
	assert.Equal(t, []string{"file", "raw", "gzip", "brotli"}, strings.Fields(lines[0]))
	assert.Equal(t, "total", strings.Fields(lines[len(lines)-1])[0])
	index := readTree(t, out)
	assert.Contains(t, stdout.String(), "index.html")
	for _, line := range lines[1 : len(lines)-1] {
		fields := strings.Fields(line)
		require.Len(t, fields, 4, line)
		for i, suffix := range []string{"", ".gz", ".br"} {
			assert.Equal(t, len(index[fields[0]+suffix]), atoi(t, fields[i+1]), line)
		}
	}
}

func TestRunDistRejectsArguments(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"dist", "extra"}, &stdout, &stderr)
	var ex *exitError
	require.ErrorAs(t, err, &ex)
	assert.Equal(t, 2, ex.code)
}

func TestGoWasmExecFindsGoRoot(t *testing.T) {
	p, err := goWasmExec()
	require.NoError(t, err)
	assert.FileExists(t, p)
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(to, b, 0o644))
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	require.NoError(t, err)
	return n
}

func TestDistWritesTheMethodologyPage(t *testing.T) {
	withPrerender(t, testPrerenderedBody)
	out := t.TempDir()
	files, err := buildDist(testDistConfig(out))
	require.NoError(t, err)
	style := ""
	for _, f := range files {
		if f.placeholder == "Style" {
			style = f.name
		}
	}
	tree := readTree(t, out)
	for _, name := range []string{"method.html", "method.html.br", "method.html.gz"} {
		assert.Contains(t, tree, name)
	}
	page := string(tree["method.html"])
	assert.Contains(t, page, `<link rel="stylesheet" href="`+style+`">`, "the site's hashed stylesheet")
	assert.Contains(t, page, `<a href="./">Compute Deals Explorer</a>`, "a way back to the explorer")
	for _, id := range []string{"keys", "world-keys", "deal-keys", "funding-keys"} {
		assert.Contains(t, page, `id="`+id+`"`, "the anchor #%s that notices and links point to", id)
	}
	assert.Contains(t, page, "<code>d.&lt;id&gt;.&lt;field&gt;</code>")
	// The server's CSP allows no inline script or style.
	lower := strings.ToLower(page)
	for _, banned := range []string{"<script", "<style", " style=", "javascript:"} {
		assert.NotContains(t, lower, banned)
	}
	assert.NotRegexp(t, `<[^>]*\son[a-z]+=`, lower, "an event handler attribute")
}

// The embed route is the same template without the prerendered body or
// the link preview; the page carries the preview, a PNG of the size link
// previews expect, drawn from the default view.
func TestDistWritesTheEmbedPageAndTheLinkPreview(t *testing.T) {
	withPrerender(t, testPrerenderedBody)
	out := t.TempDir()
	files, err := buildDist(testDistConfig(out))
	require.NoError(t, err)
	var preview string
	for _, f := range files {
		if f.placeholder == "Preview" {
			preview = f.name
		}
	}
	require.NotEmpty(t, preview, "dist draws the link preview")
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	assert.Contains(t, string(index), `<meta property="og:image" content="`+preview+`">`)

	embed, err := os.ReadFile(filepath.Join(out, "embed.html"))
	require.NoError(t, err)
	assert.NotContains(t, string(embed), testPrerenderedBody, "the embed page draws its chart once the core has read its address")
	assert.NotContains(t, string(embed), "og:image")
	assert.Contains(t, string(embed), `<div id="app" class="app embed"></div>`)

	b, err := os.ReadFile(filepath.Join(out, preview))
	require.NoError(t, err)
	img, err := png.Decode(bytes.NewReader(b))
	require.NoError(t, err)
	assert.Equal(t, image.Rect(0, 0, 1200, 630), img.Bounds())
	// Not a blank picture: the figures and the chart put ink on it.
	inked := 0
	for y := 0; y < 630; y += 3 {
		for x := 0; x < 1200; x += 3 {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x8000 {
				inked++
			}
		}
	}
	assert.Greater(t, inked, 1000, "dark pixels of text and line")
}
