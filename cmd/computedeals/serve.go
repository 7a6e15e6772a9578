package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"time"
)

// The server's limits. The site is a few static files and the scenario
// lives in the URL fragment, which browsers never send, so requests are
// small and quick; only main.wasm takes a while on a slow link.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeTimeout      = 2 * time.Minute
	idleTimeout       = 2 * time.Minute
	maxHeaderBytes    = 32 << 10
	shutdownTimeout   = 5 * time.Second
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "the address to listen on; only this machine can reach the default")
	rootDir := fs.String("root", "dist", "the web root, as make dist writes it")
	verbose := fs.Bool("v", false, "log one line per request on stderr")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("serve takes no arguments, got %q", fs.Args())
	}

	root, err := openWebRoot(*rootDir)
	if err != nil {
		return err
	}
	defer root.Close()

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	errLog := log.New(stderr, "serve: ", 0)
	var handler http.Handler = newSite(root)
	if *verbose {
		handler = logRequests(handler, log.New(stderr, "", log.LstdFlags))
	}
	srv := newServer(handler, errLog)
	fmt.Fprintf(stdout, "serving %s\n", siteURL(ln.Addr()))

	served := make(chan error, 1)
	go func() { served <- srv.Serve(headerListener{ln}) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	// ctx is done, so shutting down needs a context of its own.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// newServer is the server of serve, to be run on a headerListener. Its
// limits are set, and "OPTIONS *" goes to the handler (which refuses it
// with the security headers) instead of net/http's general OPTIONS
// handler, which answers 200 with none.
func newServer(handler http.Handler, errLog *log.Logger) *http.Server {
	return &http.Server{
		Handler:                      markHandled(handler),
		DisableGeneralOptionsHandler: true,
		ReadHeaderTimeout:            readHeaderTimeout,
		ReadTimeout:                  readTimeout,
		WriteTimeout:                 writeTimeout,
		IdleTimeout:                  idleTimeout,
		MaxHeaderBytes:               maxHeaderBytes,
		ErrorLog:                     errLog,
		ConnContext: func(ctx context.Context, c net.Conn) context.Context {
			return context.WithValue(ctx, connKey{}, c)
		},
		ConnState: func(c net.Conn, state http.ConnState) {
			if hc, ok := c.(*headerConn); ok && state == http.StateIdle {
				hc.handled.Store(false) // the response is written and flushed
			}
		},
	}
}

// net/http answers some requests itself, before any handler runs, by
// writing a whole response straight onto the connection: 400 for a
// request it cannot parse (a bad request line, header or Host), 431 for
// headers over MaxHeaderBytes, 501 for a transfer coding it does not
// know, 417 for an Expect other than 100-continue. It has no hook for
// them, so the connection adds the security headers: a headerConn knows
// whether a handler has begun answering the current request (markHandled
// says so; the server's ConnState hook clears it once the response is
// flushed and the connection idles), and a response that starts while no
// handler runs is net/http's own. Its header lines go in right after the
// status line.

// connKey is the context key under which ConnContext stores the
// connection of a request.
type connKey struct{}

// markHandled notes on the request's connection that the handler answers
// this request.
func markHandled(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hc, ok := r.Context().Value(connKey{}).(*headerConn); ok {
			hc.handled.Store(true)
		}
		next.ServeHTTP(w, r)
	})
}

// headerListener hands out headerConns.
type headerListener struct{ net.Listener }

func (l headerListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &headerConn{Conn: c}, nil
}

// headerConn adds the security headers to the responses net/http writes
// without a handler.
type headerConn struct {
	net.Conn
	handled atomic.Bool // a handler answers the current request
}

// securityHeaderLines are securityHeaders as lines of a response header.
var securityHeaderLines = func() string {
	var b strings.Builder
	for _, kv := range securityHeaders {
		b.WriteString(kv[0] + ": " + kv[1] + "\r\n")
	}
	return b.String()
}()

func (c *headerConn) Write(p []byte) (int, error) {
	if c.handled.Load() || !bytes.HasPrefix(p, []byte("HTTP/1.")) {
		return c.Conn.Write(p)
	}
	// net/http's own response, written in one piece: its status line,
	// then the security headers, then the rest.
	c.handled.Store(true) // once per response
	end := bytes.Index(p, []byte("\r\n"))
	if end < 0 {
		return c.Conn.Write(p)
	}
	end += 2
	out := make([]byte, 0, len(p)+len(securityHeaderLines))
	out = append(append(append(out, p[:end]...), securityHeaderLines...), p[end:]...)
	if _, err := c.Conn.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// ReadFrom keeps sendfile for the files a handler sends.
func (c *headerConn) ReadFrom(r io.Reader) (int64, error) {
	if rf, ok := c.Conn.(io.ReaderFrom); ok && c.handled.Load() {
		return rf.ReadFrom(r)
	}
	return io.Copy(struct{ io.Writer }{c}, r)
}

// CloseWrite lets net/http half-close after its 431, as on a TCPConn.
func (c *headerConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return c.Conn.Close()
}

// openWebRoot opens dir as an os.Root, the guard against every path that
// would leave it, and checks that it holds a site: serve is often run by
// hand before make has built one.
func openWebRoot(dir string) (*os.Root, error) {
	missing := fmt.Errorf("no index.html in %s: run make serve (it builds the site first)", dir)
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, missing
	}
	if info, err := root.Stat("index.html"); err != nil || !info.Mode().IsRegular() {
		root.Close()
		return nil, missing
	}
	return root, nil
}

// siteURL is the address to print for a listener. One bound to every
// interface is printed as localhost, which a browser on this machine can
// open; the real port is used, so -addr :0 prints something useful.
func siteURL(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return "http://" + a.String() + "/"
	}
	host := tcp.IP.String()
	if tcp.IP.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(tcp.Port)) + "/"
}

// logRequests logs one line per request once it is answered.
func logRequests(next http.Handler, l *log.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		enc := rec.Header().Get("Content-Encoding")
		if enc == "" {
			enc = "identity"
		}
		l.Printf("%s %s %q %d %s %d bytes", r.RemoteAddr, r.Method, r.URL.RequestURI(), rec.status, enc, rec.bytes)
	})
}

// statusRecorder notes what a handler answered, for the request log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
