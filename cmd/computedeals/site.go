package main

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/computedeals/explorer/core/page"
)

// contentSecurityPolicy lets the page run only its own files: no inline
// script or style, no eval, only 'wasm-unsafe-eval' to compile main.wasm.
// Data and blob images are for the PNG export of charts, blob workers for
// a worker built from a blob URL.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// embedContentSecurityPolicy is the policy of the embed route
// (embed.html, one chart for other sites to frame): the page's own, with
// framing allowed from anywhere. No other response may be framed.
var embedContentSecurityPolicy = strings.Replace(contentSecurityPolicy,
	"frame-ancestors 'none'", "frame-ancestors *", 1)

// permissionsPolicy denies every powerful feature; the page needs none.
// The clipboard is left at its default (this origin) for Copy link. Only
// features Chromium knows are listed: an unknown one is a console error,
// and the browser tests fail on console errors.
const permissionsPolicy = "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), " +
	"fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), microphone=(), " +
	"midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), " +
	"serial=(), sync-xhr=(), usb=(), xr-spatial-tracking=()"

// securityHeaders go on every response, errors included.
var securityHeaders = [][2]string{
	{"Content-Security-Policy", contentSecurityPolicy},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"Permissions-Policy", permissionsPolicy},
}

const (
	cacheImmutable  = "public, max-age=31536000, immutable"
	cacheRevalidate = "no-cache"
)

// contentTypes is fixed rather than taken from the mime package, which
// reads the host's mime.types and so differs between machines: with
// nosniff, a wrong type breaks the page.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".wasm":        "application/wasm",
	".json":        "application/json",
	".map":         "application/json",
	".webmanifest": "application/manifest+json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".ico":         "image/vnd.microsoft.icon",
	".txt":         "text/plain; charset=utf-8",
	".csv":         "text/csv; charset=utf-8",
	".woff2":       "font/woff2",
}

func contentType(name string) string {
	if t, ok := contentTypes[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}

// site serves the files of a web root, each in the best precompressed
// form the client accepts.
type site struct {
	root *os.Root

	mu    sync.Mutex
	etags map[string]etagEntry // by file name, sibling suffix included
}

// etagEntry remembers a file's ETag for as long as its size and
// modification time stay the same, so a file is hashed once, not on
// every request, and a rebuild is still noticed.
type etagEntry struct {
	size int64
	mod  time.Time
	etag string
}

func newSite(root *os.Root) *site {
	return &site{root: root, etags: map[string]etagEntry{}}
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	for _, kv := range securityHeaders {
		h.Set(kv[0], kv[1])
	}
	h.Set("Vary", "Accept-Encoding")
	h.Set("Cache-Control", cacheRevalidate)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		plainError(w, http.StatusMethodNotAllowed)
		return
	}
	name, ok := sitePath(r.URL.Path)
	if !ok {
		plainError(w, http.StatusNotFound)
		return
	}
	f, info := s.openRegular(name)
	if f == nil {
		plainError(w, http.StatusNotFound)
		return
	}
	if name == page.EmbedPage {
		h.Set("Content-Security-Policy", embedContentSecurityPolicy)
	}
	encoding, suffix := "", ""
	for _, enc := range acceptedEncodings(r.Header.Get("Accept-Encoding")) {
		if sf, si := s.openRegular(name + enc.suffix); sf != nil {
			f.Close()
			f, info, encoding, suffix = sf, si, enc.name, enc.suffix
			break
		}
	}
	defer f.Close()
	etag, err := s.etag(name+suffix, f, info)
	if err != nil {
		plainError(w, http.StatusInternalServerError)
		return
	}
	if isHashedName(name) {
		h.Set("Cache-Control", cacheImmutable)
	}
	h.Set("ETag", etag)
	if etagMatches(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", contentType(name))
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
	}
	h.Set("Content-Length", strconv.FormatInt(info.Size(), 10))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		// Exactly the bytes Content-Length announced: net/http hands a
		// file to sendfile, which copies to EOF, so a file that grew
		// since the Stat (rewritten in place while served) would put its
		// tail where the connection's next response starts. (An error
		// here is the client going away.)
		io.CopyN(w, f, info.Size())
	}
}

// openRegular opens a regular file of the root, or returns nil. It checks
// before opening so that a FIFO or device in the root cannot block or
// feed a request; os.Root refuses names that escape the root, symlinks
// included.
func (s *site) openRegular(name string) (*os.File, fs.FileInfo) {
	if info, err := s.root.Stat(name); err != nil || !info.Mode().IsRegular() {
		return nil, nil
	}
	f, err := s.root.Open(name)
	if err != nil {
		return nil, nil
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, nil
	}
	return f, info
}

// etag returns a strong ETag of f's content and leaves f at its start.
// Each encoded form has its own, as a strong validator must.
func (s *site) etag(key string, f *os.File, info fs.FileInfo) (string, error) {
	s.mu.Lock()
	e, ok := s.etags[key]
	s.mu.Unlock()
	if ok && e.size == info.Size() && e.mod.Equal(info.ModTime()) {
		return e.etag, nil
	}
	sum := sha256.New()
	if _, err := io.Copy(sum, f); err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	etag := `"` + hex.EncodeToString(sum.Sum(nil)[:16]) + `"`
	s.mu.Lock()
	s.etags[key] = etagEntry{size: info.Size(), mod: info.ModTime(), etag: etag}
	s.mu.Unlock()
	return etag, nil
}

// etagMatches applies If-None-Match, which compares weakly: W/"x"
// matches "x".
func etagMatches(ifNoneMatch, etag string) bool {
	for tag := range strings.SplitSeq(ifNoneMatch, ",") {
		tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/")
		if tag == "*" || tag == etag {
			return true
		}
	}
	return false
}

// contentCoding is an encoding the server may have a precompressed file
// for.
type contentCoding struct{ name, suffix string }

// acceptedEncodings returns, best first, the precompressed encodings that
// an Accept-Encoding header allows: the higher q-value first, brotli
// first among equals as it is the smaller.
func acceptedEncodings(header string) []contentCoding {
	q := map[string]float64{}
	for part := range strings.SplitSeq(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding == "x-gzip" {
			coding = "gzip"
		}
		if coding == "" {
			continue
		}
		q[coding] = qValue(params)
	}
	var out []contentCoding
	weight := map[string]float64{}
	for _, c := range []contentCoding{{"br", ".br"}, {"gzip", ".gz"}} {
		v, ok := q[c.name]
		if !ok {
			v = q["*"]
		}
		if v > 0 {
			out = append(out, c)
			weight[c.name] = v
		}
	}
	slices.SortStableFunc(out, func(a, b contentCoding) int {
		return cmp.Compare(weight[b.name], weight[a.name])
	})
	return out
}

// qValue reads the q parameter of one Accept-Encoding element; a
// malformed one counts as q=0, refusing rather than guessing.
func qValue(params string) float64 {
	for p := range strings.SplitSeq(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || f < 0 || f > 1 {
			return 0
		}
		return f
	}
	return 1
}

// plainError answers with a status and its short text; the security
// headers are already set.
func plainError(w http.ResponseWriter, code int) {
	body := strconv.Itoa(code) + " " + strings.ToLower(http.StatusText(code)) + "\n"
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(code)
	io.WriteString(w, body)
}
