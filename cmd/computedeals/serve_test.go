package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testSite is a web root built by dist from testdata, plus files of
// every served type, a directory, and a secret just outside the root.
type testSite struct {
	dir    string            // the web root
	secret string            // a file beside the root that must never be served
	names  map[string]string // hashed names by template field: "Script", "Wasm"...
	url    string            // the httptest server's base URL, no trailing slash
	addr   string            // its host:port, for raw requests
}

const secretText = "the contents of a file outside the web root"

func newTestSite(t *testing.T) *testSite {
	t.Helper()
	withPrerender(t, testPrerenderedBody)
	parent := t.TempDir()
	ts := &testSite{dir: filepath.Join(parent, "dist"), secret: filepath.Join(parent, "secret.txt"), names: map[string]string{}}
	files, err := buildDist(testDistConfig(ts.dir))
	require.NoError(t, err)
	for _, f := range files {
		if f.placeholder != "" {
			ts.names[f.placeholder] = f.name
		}
	}
	write := func(name, content string) {
		p := filepath.Join(ts.dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	write("data.json", `{"ok":true}`)
	write("icon.svg", `<svg xmlns="http://www.w3.org/2000/svg"/>`)
	write("chart.png", "\x89PNG\r\n\x1a\n")
	write("favicon.ico", "\x00\x00\x01\x00")
	write("notes.txt", "plain text")
	write("plain.css", "body{}")
	write("plain.js", "void 0")
	write("unknown.xyz", "?")
	write("sub/page.html", "<p>in a directory</p>")
	write(".hidden.txt", "dot files are private")
	write("only-compressed.js.br", "not a real brotli stream")
	require.NoError(t, os.WriteFile(ts.secret, []byte(secretText), 0o644))
	require.NoError(t, os.Symlink(ts.secret, filepath.Join(ts.dir, "leak.txt")))
	require.NoError(t, os.Symlink(parent, filepath.Join(ts.dir, "up")))
	require.NoError(t, os.Symlink("../secret.txt", filepath.Join(ts.dir, "relative-leak.txt")))

	root, err := os.OpenRoot(ts.dir)
	require.NoError(t, err)
	t.Cleanup(func() { root.Close() })
	srv := httptest.NewServer(newSite(root))
	t.Cleanup(srv.Close)
	ts.url = srv.URL
	ts.addr = srv.Listener.Addr().String()
	return ts
}

// client never adds or strips Accept-Encoding on its own, unlike Go's
// default transport, so the tests see exactly what the server sent.
var client = &http.Client{Transport: &http.Transport{DisableCompression: true}}

// do sends a request with the given headers and returns the response
// with its body read.
func (ts *testSite) do(t *testing.T, method, path string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, ts.url+path, nil)
	require.NoError(t, err)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := client.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, body
}

// raw sends target exactly as written, which no HTTP client does for
// paths like /../x, and returns the response with its body read.
func (ts *testSite) raw(t *testing.T, target string) (*http.Response, []byte) {
	t.Helper()
	conn, err := net.Dial("tcp", ts.addr)
	require.NoError(t, err)
	defer conn.Close()
	_, err = fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, ts.addr)
	require.NoError(t, err)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, body
}

func (ts *testSite) file(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(ts.dir, name))
	require.NoError(t, err)
	return b
}

func assertSecurityHeaders(t *testing.T, h http.Header, what string) {
	t.Helper()
	want := map[string]string{
		"Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
			"img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; " +
			"base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
		"X-Content-Type-Options":     "nosniff",
		"Referrer-Policy":            "no-referrer",
		"Cross-Origin-Opener-Policy": "same-origin",
		"Vary":                       "Accept-Encoding",
	}
	for k, v := range want {
		assert.Equal(t, v, h.Get(k), "%s: %s", what, k)
	}
	csp := h.Get("Content-Security-Policy")
	assert.NotContains(t, csp, "unsafe-inline", what)
	assert.NotContains(t, csp, "'unsafe-eval'", what)
	pp := h.Get("Permissions-Policy")
	for _, feature := range []string{"camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"} {
		assert.Contains(t, pp, feature, what)
	}
	assert.NotContains(t, pp, "clipboard-write", "%s: Copy link needs the clipboard", what)
}

func TestServeSetsSecurityHeadersOnEveryResponse(t *testing.T) {
	ts := newTestSite(t)
	cases := []struct {
		name, method, path string
		status             int
	}{
		{"the page", http.MethodGet, "/", http.StatusOK},
		{"the page by name", http.MethodGet, "/index.html", http.StatusOK},
		{"a hashed script", http.MethodGet, "/" + ts.names["Script"], http.StatusOK},
		{"the wasm", http.MethodGet, "/" + ts.names["Wasm"], http.StatusOK},
		{"a head request", http.MethodHead, "/", http.StatusOK},
		{"a missing file", http.MethodGet, "/missing.js", http.StatusNotFound},
		{"a post", http.MethodPost, "/", http.StatusMethodNotAllowed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp, _ := ts.do(t, c.method, c.path, "Accept-Encoding", "br, gzip")
			assert.Equal(t, c.status, resp.StatusCode)
			assertSecurityHeaders(t, resp.Header, c.name)
		})
	}
}

func TestServeContentTypes(t *testing.T) {
	ts := newTestSite(t)
	cases := []struct{ path, want string }{
		{"/", "text/html; charset=utf-8"},
		{"/sub/page.html", "text/html; charset=utf-8"},
		{"/" + ts.names["Style"], "text/css; charset=utf-8"},
		{"/" + ts.names["Script"], "text/javascript; charset=utf-8"},
		{"/" + ts.names["WasmExec"], "text/javascript; charset=utf-8"},
		{"/" + ts.names["Wasm"], "application/wasm"},
		{"/data.json", "application/json"},
		{"/icon.svg", "image/svg+xml"},
		{"/chart.png", "image/png"},
		{"/favicon.ico", "image/vnd.microsoft.icon"},
		{"/notes.txt", "text/plain; charset=utf-8"},
		{"/robots.txt", "text/plain; charset=utf-8"},
		{"/unknown.xyz", "application/octet-stream"},
	}
	for _, c := range cases {
		for _, enc := range []string{"", "br", "gzip"} {
			t.Run(c.path+" "+enc, func(t *testing.T) {
				resp, _ := ts.do(t, http.MethodGet, c.path, "Accept-Encoding", enc)
				require.Equal(t, http.StatusOK, resp.StatusCode)
				assert.Equal(t, c.want, resp.Header.Get("Content-Type"), "the type of the file, whatever its encoding")
			})
		}
	}
}

func TestServePrecompressed(t *testing.T) {
	ts := newTestSite(t)
	cases := []struct {
		name, accept, encoding string
	}{
		{"brotli over gzip", "gzip, deflate, br, zstd", "br"},
		{"brotli alone", "br", "br"},
		{"gzip when only gzip is accepted", "gzip, deflate", "gzip"},
		{"gzip when brotli is refused", "br;q=0, gzip", "gzip"},
		{"gzip when ranked higher", "br;q=0.5, gzip;q=0.9", "gzip"},
		{"any encoding", "*", "br"},
		{"identity when nothing is said", "", ""},
		{"identity for unknown encodings", "deflate, zstd", ""},
		{"identity when both are refused", "gzip;q=0, br;q=0", ""},
		{"identity for a malformed q", "br;q=high, gzip;q=", ""},
	}
	for _, name := range []string{"index.html", ts.names["Script"], ts.names["Wasm"], "robots.txt"} {
		want := ts.file(t, name)
		for _, c := range cases {
			t.Run(name+": "+c.name, func(t *testing.T) {
				resp, body := ts.do(t, http.MethodGet, "/"+name, "Accept-Encoding", c.accept)
				require.Equal(t, http.StatusOK, resp.StatusCode)
				assert.Equal(t, c.encoding, resp.Header.Get("Content-Encoding"))
				assert.Equal(t, "Accept-Encoding", resp.Header.Get("Vary"))
				assert.Equal(t, strconv.Itoa(len(body)), resp.Header.Get("Content-Length"))
				assert.Equal(t, want, decode(t, c.encoding, body))
			})
		}
	}
}

func decode(t *testing.T, encoding string, body []byte) []byte {
	t.Helper()
	var r io.Reader = bytes.NewReader(body)
	switch encoding {
	case "br":
		r = brotli.NewReader(r)
	case "gzip":
		zr, err := gzip.NewReader(r)
		require.NoError(t, err)
		r = zr
	}
	b, err := io.ReadAll(r)
	require.NoError(t, err)
	return b
}

func TestServeHeadHasHeadersButNoBody(t *testing.T) {
	ts := newTestSite(t)
	get, getBody := ts.do(t, http.MethodGet, "/"+ts.names["Wasm"], "Accept-Encoding", "br")
	head, headBody := ts.do(t, http.MethodHead, "/"+ts.names["Wasm"], "Accept-Encoding", "br")
	require.Equal(t, http.StatusOK, head.StatusCode)
	assert.Empty(t, headBody)
	assert.Equal(t, strconv.Itoa(len(getBody)), head.Header.Get("Content-Length"))
	for _, k := range []string{"Content-Type", "Content-Encoding", "ETag", "Cache-Control"} {
		assert.Equal(t, get.Header.Get(k), head.Header.Get(k), k)
	}
}

func TestServeRefusesOtherMethods(t *testing.T) {
	ts := newTestSite(t)
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions} {
		t.Run(method, func(t *testing.T) {
			resp, body := ts.do(t, method, "/")
			assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
			assert.Equal(t, "GET, HEAD", resp.Header.Get("Allow"))
			assert.Equal(t, "405 method not allowed\n", string(body))
		})
	}
}

func TestServeAnswersOnlyFilesOfTheRoot(t *testing.T) {
	ts := newTestSite(t)
	cases := []struct{ name, target string }{
		{"a missing file", "/missing.js"},
		{"a directory", "/sub"},
		{"a directory with a slash", "/sub/"},
		{"a path with an empty element", "/sub//page.html"},
		{"a dot element", "/./index.html"},
		{"a dot file", "/.hidden.txt"},
		{"a brotli sibling by name", "/" + ts.names["Script"] + ".br"},
		{"a gzip sibling by name", "/index.html.gz"},
		{"a sibling without its file", "/only-compressed.js"},
		{"dot dot", "/../secret.txt"},
		{"dot dot into the module", "/../go.mod"},
		{"dot dot inside", "/sub/../../secret.txt"},
		{"encoded dot dot", "/%2e%2e/secret.txt"},
		{"encoded dot dot and slash", "/..%2fsecret.txt"},
		{"encoded dot dot directory", "/%2e%2e/"},
		{"a double slash", "//etc/passwd"},
		{"an absolute path", "/%2Fetc%2Fpasswd"},
		{"a backslash", "/..%5csecret.txt"},
		{"an encoded NUL", "/index.html%00"},
		{"an encoded NUL before an extension", "/secret.txt%00.js"},
		{"a symlink out of the root", "/leak.txt"},
		{"a relative symlink out of the root", "/relative-leak.txt"},
		{"a directory symlink out of the root", "/up/secret.txt"},
		{"an asterisk", "*"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp, body := ts.raw(t, c.target)
			assert.Equal(t, http.StatusNotFound, resp.StatusCode, c.target)
			assert.Equal(t, "404 not found\n", string(body))
			assert.Equal(t, "text/plain; charset=utf-8", resp.Header.Get("Content-Type"))
			assertSecurityHeaders(t, resp.Header, c.target)
		})
	}
}

func TestServeCaching(t *testing.T) {
	ts := newTestSite(t)
	cases := []struct{ path, cache string }{
		{"/" + ts.names["Script"], "public, max-age=31536000, immutable"},
		{"/" + ts.names["Wasm"], "public, max-age=31536000, immutable"},
		{"/" + ts.names["Style"], "public, max-age=31536000, immutable"},
		{"/", "no-cache"},
		{"/index.html", "no-cache"},
		{"/plain.js", "no-cache"},
		{"/robots.txt", "no-cache"},
		{"/missing.js", "no-cache"},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			resp, _ := ts.do(t, http.MethodGet, c.path)
			assert.Equal(t, c.cache, resp.Header.Get("Cache-Control"))
		})
	}
}

func TestServeETagAndNotModified(t *testing.T) {
	ts := newTestSite(t)
	first, body := ts.do(t, http.MethodGet, "/")
	etag := first.Header.Get("ETag")
	require.Regexp(t, `^"[0-9a-f]{32}"$`, etag, "a strong ETag")
	brotlied, _ := ts.do(t, http.MethodGet, "/", "Accept-Encoding", "br")
	assert.NotEqual(t, etag, brotlied.Header.Get("ETag"), "each encoding is its own representation")
	again, _ := ts.do(t, http.MethodGet, "/")
	assert.Equal(t, etag, again.Header.Get("ETag"), "the same file keeps its ETag")

	cases := []struct {
		name, ifNoneMatch string
		status            int
	}{
		{"the same tag", etag, http.StatusNotModified},
		{"the same tag among others", `"other", ` + etag, http.StatusNotModified},
		{"the weak form of the tag", "W/" + etag, http.StatusNotModified},
		{"any tag", "*", http.StatusNotModified},
		{"another tag", `"0000"`, http.StatusOK},
		{"the brotli tag for identity", brotlied.Header.Get("ETag"), http.StatusOK},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp, got := ts.do(t, http.MethodGet, "/", "If-None-Match", c.ifNoneMatch)
			assert.Equal(t, c.status, resp.StatusCode)
			assert.Equal(t, etag, resp.Header.Get("ETag"))
			assert.Equal(t, "no-cache", resp.Header.Get("Cache-Control"))
			assertSecurityHeaders(t, resp.Header, c.name)
			if c.status == http.StatusNotModified {
				assert.Empty(t, got)
			} else {
				assert.Equal(t, body, got)
			}
		})
	}

	t.Run("a changed file gets a new tag", func(t *testing.T) {
		p := filepath.Join(ts.dir, "index.html")
		changed := append(ts.file(t, "index.html"), "<!-- rebuilt -->\n"...)
		require.NoError(t, os.WriteFile(p, changed, 0o644))
		resp, got := ts.do(t, http.MethodGet, "/", "If-None-Match", etag)
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		assert.NotEqual(t, etag, resp.Header.Get("ETag"))
		assert.Equal(t, changed, got)
	})
}

func TestAcceptedEncodings(t *testing.T) {
	cases := []struct {
		header string
		want   []string
	}{
		{"", nil},
		{"br", []string{"br"}},
		{"gzip", []string{"gzip"}},
		{"x-gzip", []string{"gzip"}},
		{"GZIP, BR", []string{"br", "gzip"}},
		{"gzip, deflate, br", []string{"br", "gzip"}},
		{"gzip;q=1.0, br;q=0.8", []string{"gzip", "br"}},
		{"br ; q=0.2 , gzip ; q=0.1", []string{"br", "gzip"}},
		{"*", []string{"br", "gzip"}},
		{"*;q=0.5, br;q=0", []string{"gzip"}},
		{"identity", nil},
		{"br;q=0", nil},
		{"br;q=2", nil},
		{"br;q=-1", nil},
		{",,,;;;", nil},
	}
	for _, c := range cases {
		t.Run(c.header, func(t *testing.T) {
			var got []string
			for _, enc := range acceptedEncodings(c.header) {
				got = append(got, enc.name)
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestSitePath(t *testing.T) {
	cases := []struct {
		path, want string
		ok         bool
	}{
		{"/", "index.html", true},
		{"/index.html", "index.html", true},
		{"/app.3f2a9c1d.js", "app.3f2a9c1d.js", true},
		{"/sub/page.html", "sub/page.html", true},
		{"", "", false},
		{"index.html", "", false},
		{"/sub/", "", false},
		{"//etc/passwd", "", false},
		{"/../go.mod", "", false},
		{"/a/../b", "", false},
		{"/./a", "", false},
		{"/.git/config", "", false},
		{"/a\x00.js", "", false},
		{"/a\\..\\b", "", false},
		{"/C:/Windows", "", false},
		{"/app.js.br", "", false},
		{"/app.js.gz", "", false},
		{"/" + strings.Repeat("a", 2000), "", false},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%q", c.path), func(t *testing.T) {
			got, ok := sitePath(c.path)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.want, got)
		})
	}
}

// FuzzServePath checks that sitePath never panics and that whatever it
// accepts names a file inside the root.
func FuzzServePath(f *testing.F) {
	for _, seed := range []string{
		"/", "/index.html", "/app.3f2a9c1d.js", "/../go.mod", "/%2e%2e/", "//etc/passwd", "/a/\x00/b",
		"/sub/../../x", "/..\\x", "/C:x", "/.git/HEAD", "/a.br", "", "..", "/ /", "/\u2025/x", "/a/./b",
	} {
		f.Add(seed)
	}
	const root = "/srv/site"
	f.Fuzz(func(t *testing.T, urlPath string) {
		name, ok := sitePath(urlPath)
		if !ok {
			if name != "" {
				t.Fatalf("sitePath(%q) refused but returned %q", urlPath, name)
			}
			return
		}
		if !fs.ValidPath(name) || !filepath.IsLocal(name) {
			t.Fatalf("sitePath(%q) = %q, which is not a local path", urlPath, name)
		}
		for _, elem := range strings.Split(name, "/") {
			if elem == ".." || elem == "." || elem == "" || strings.HasPrefix(elem, ".") {
				t.Fatalf("sitePath(%q) = %q has the element %q", urlPath, name, elem)
			}
		}
		if strings.ContainsAny(name, "\x00\\:") {
			t.Fatalf("sitePath(%q) = %q has a NUL, a backslash or a colon", urlPath, name)
		}
		rel, err := filepath.Rel(root, filepath.Join(root, name))
		if err != nil || rel == ".." || strings.HasPrefix(rel, "../") {
			t.Fatalf("sitePath(%q) = %q leaves the root: %q", urlPath, name, rel)
		}
	})
}

// syncBuffer is written by the server's goroutines and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestRunServeServesUntilCancelled(t *testing.T) {
	ts := newTestSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdoutR, stdoutW := io.Pipe()
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-root", ts.dir, "-v"}, stdoutW, &stderr)
		stdoutW.Close()
	}()

	line, err := bufio.NewReader(stdoutR).ReadString('\n')
	require.NoError(t, err, stderr.String())
	url, ok := strings.CutPrefix(strings.TrimSpace(line), "serving ")
	require.True(t, ok, line)
	require.Regexp(t, `^http://127\.0\.0\.1:[1-9][0-9]*/$`, url, "the real port, not :0")
	go io.Copy(io.Discard, stdoutR)

	resp, err := client.Get(url)
	require.NoError(t, err)
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, ts.file(t, "index.html"), body)
	assertSecurityHeaders(t, resp.Header, "run serve")
	assert.Contains(t, stderr.String(), `GET "/" 200 identity`, "-v logs each request")

	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err, "a cancelled context is a clean shutdown")
	case <-time.After(time.Minute):
		t.Fatal("serve did not stop when its context was cancelled")
	}
}

func TestRunServeIsQuietWithoutV(t *testing.T) {
	ts := newTestSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdoutR, stdoutW := io.Pipe()
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-root", ts.dir}, stdoutW, &stderr) }()
	line, err := bufio.NewReader(stdoutR).ReadString('\n')
	require.NoError(t, err)
	resp, err := client.Get(strings.TrimPrefix(strings.TrimSpace(line), "serving "))
	require.NoError(t, err)
	resp.Body.Close()
	cancel()
	require.NoError(t, <-done)
	assert.Empty(t, stderr.String())
}

func TestRunServeWithoutASite(t *testing.T) {
	empty := t.TempDir()
	for _, root := range []string{empty, filepath.Join(empty, "missing")} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), []string{"serve", "-addr", "127.0.0.1:0", "-root", root}, &stdout, &stderr)
		require.Error(t, err)
		assert.Equal(t, "no index.html in "+root+": run make serve (it builds the site first)", err.Error())
		assert.Empty(t, stdout.String(), "nothing is served")
	}
}

func TestRunServeRejectsArguments(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"serve", "dist"}, &stdout, &stderr)
	var ex *exitError
	require.ErrorAs(t, err, &ex)
	assert.Equal(t, 2, ex.code)
}

func TestSiteURL(t *testing.T) {
	cases := []struct {
		addr net.Addr
		want string
	}{
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}, "http://127.0.0.1:8080/"},
		{&net.TCPAddr{IP: net.IPv6loopback, Port: 8080}, "http://[::1]:8080/"},
		{&net.TCPAddr{IP: net.IPv4zero, Port: 80}, "http://localhost:80/"},
		{&net.TCPAddr{IP: net.IPv6unspecified, Port: 9000}, "http://localhost:9000/"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, siteURL(c.addr))
	}
}

// The embed route alone may be framed by other sites; its policy is the
// page's in every other directive, and everything else stays unframeable.
func TestServeLetsOnlyTheEmbedRouteBeFramed(t *testing.T) {
	ts := newTestSite(t)
	resp, body := ts.do(t, http.MethodGet, "/embed.html", "Accept-Encoding", "br, gzip")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.NotEmpty(t, body)
	csp := resp.Header.Get("Content-Security-Policy")
	assert.Contains(t, csp, "frame-ancestors *")
	assert.Equal(t, contentSecurityPolicy, strings.Replace(csp, "frame-ancestors *", "frame-ancestors 'none'", 1),
		"only frame-ancestors differs from the page's policy")
	for _, k := range []string{"X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"} {
		assert.NotEmpty(t, resp.Header.Get(k), k)
	}
	for _, path := range []string{"/", "/index.html", "/method.html", "/embed.html.br", "/missing.html"} {
		resp, _ := ts.do(t, http.MethodGet, path)
		assert.Contains(t, resp.Header.Get("Content-Security-Policy"), "frame-ancestors 'none'", path)
	}
}
