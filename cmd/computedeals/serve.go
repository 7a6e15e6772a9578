package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
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
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          errLog,
	}
	fmt.Fprintf(stdout, "serving %s\n", siteURL(ln.Addr()))

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
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
