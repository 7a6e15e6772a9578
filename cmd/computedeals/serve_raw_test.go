package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// startServe runs the serve command on the test site, as a user would,
// and returns the host:port it listens on. It stops when the test ends.
func startServe(t *testing.T, ts *testSite, flags ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stdoutR, stdoutW := io.Pipe()
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "-addr", "127.0.0.1:0", "-root", ts.dir}, flags...), stdoutW, &stderr)
		stdoutW.Close()
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			assert.NoError(t, err)
		case <-time.After(time.Minute):
			t.Error("serve did not stop")
		}
	})
	line, err := bufio.NewReader(stdoutR).ReadString('\n')
	require.NoError(t, err, stderr.String())
	go io.Copy(io.Discard, stdoutR)
	url, ok := strings.CutPrefix(strings.TrimSpace(line), "serving ")
	require.True(t, ok, line)
	return strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
}

// rawExchange sends each request exactly as written on one connection,
// reading the response to each before sending the next.
func rawExchange(t *testing.T, addr string, requests ...string) []*http.Response {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	require.NoError(t, conn.SetDeadline(time.Now().Add(30*time.Second)))
	br := bufio.NewReader(conn)
	var out []*http.Response
	for _, req := range requests {
		_, err := io.WriteString(conn, req)
		require.NoError(t, err)
		resp, err := http.ReadResponse(br, nil)
		require.NoError(t, err, "%.60q", req)
		_, err = io.ReadAll(resp.Body)
		require.NoError(t, err)
		resp.Body.Close()
		out = append(out, resp)
	}
	return out
}

// assertServerSecurityHeaders checks every security header, each given
// once.
func assertServerSecurityHeaders(t *testing.T, h http.Header, what string) {
	t.Helper()
	for _, kv := range securityHeaders {
		assert.Equal(t, []string{kv[1]}, h.Values(kv[0]), "%s: %s", what, kv[0])
	}
	assert.Equal(t, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "+
		"img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; "+
		"base-uri 'none'; form-action 'none'; frame-ancestors 'none'", h.Get("Content-Security-Policy"), what)
	assert.Equal(t, "nosniff", h.Get("X-Content-Type-Options"), what)
	assert.Equal(t, "no-referrer", h.Get("Referrer-Policy"), what)
}

// TestServeSecurityHeadersOnResponsesNetHTTPWritesItself sends the real
// server requests that net/http answers before any handler runs, and
// "OPTIONS *", which its general OPTIONS handler would answer 200.
func TestServeSecurityHeadersOnResponsesNetHTTPWritesItself(t *testing.T) {
	ts := newTestSite(t)
	addr := startServe(t, ts)
	host := "Host: " + addr + "\r\n"
	cases := []struct {
		name, request string
		status        int
	}{
		{"a malformed request line", "GARBAGE\r\n\r\n", http.StatusBadRequest},
		{"a request line with no version", "GET /\r\n\r\n", http.StatusBadRequest},
		{"no Host", "GET / HTTP/1.1\r\n\r\n", http.StatusBadRequest},
		{"a malformed Host", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", http.StatusBadRequest},
		{"a bad header name", "GET / HTTP/1.1\r\n" + host + "Bad Name: x\r\n\r\n", http.StatusBadRequest},
		{"oversize headers", "GET / HTTP/1.1\r\n" + host + "X-Big: " + strings.Repeat("a", maxHeaderBytes+8<<10) + "\r\n\r\n",
			http.StatusRequestHeaderFieldsTooLarge},
		{"an unknown transfer coding", "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: rot13\r\n\r\n", http.StatusNotImplemented},
		{"an unknown expectation", "GET / HTTP/1.1\r\n" + host + "Expect: miracles\r\n\r\n", http.StatusExpectationFailed},
		{"OPTIONS *", "OPTIONS * HTTP/1.1\r\n" + host + "\r\n", http.StatusMethodNotAllowed},
		{"OPTIONS /", "OPTIONS / HTTP/1.1\r\n" + host + "\r\n", http.StatusMethodNotAllowed},
		{"the page", "GET / HTTP/1.1\r\n" + host + "\r\n", http.StatusOK},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp := rawExchange(t, addr, c.request)[0]
			assert.Equal(t, c.status, resp.StatusCode)
			assertServerSecurityHeaders(t, resp.Header, c.name)
		})
	}
	t.Run("after a good request on the same connection", func(t *testing.T) {
		resps := rawExchange(t, addr, "GET / HTTP/1.1\r\n"+host+"\r\n", "GET /missing HTTP/1.1\r\n"+host+"\r\n", "GARBAGE\r\n\r\n")
		for i, want := range []int{http.StatusOK, http.StatusNotFound, http.StatusBadRequest} {
			assert.Equal(t, want, resps[i].StatusCode, "response %d", i)
			assertServerSecurityHeaders(t, resps[i].Header, resps[i].Status)
		}
	})
}

// TestServeStillServesWholeFiles checks that a file the handler sends in
// one piece, such as main.wasm, arrives whole through headerConn.
func TestServeStillServesWholeFiles(t *testing.T) {
	ts := newTestSite(t)
	addr := startServe(t, ts)
	resp, err := client.Get("http://" + addr + "/" + ts.names["Wasm"])
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, ts.file(t, ts.names["Wasm"]), body)
	assertServerSecurityHeaders(t, resp.Header, "the wasm")
}
