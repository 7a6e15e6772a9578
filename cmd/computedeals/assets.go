package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strings"

	"github.com/andybalholm/brotli"
)

// hashLen is how many hex digits of a file's SHA-256 go into its name: 32
// bits are plenty to tell one build of the same asset from another, and
// the names stay short in the HTML.
const hashLen = 8

// hashedName inserts the short content hash before the extension, so
// "app.js" becomes "app.3f2a9c1d.js": a new build gets a new name, which
// lets browsers and CDNs cache every hashed name forever.
func hashedName(name string, content []byte) string {
	ext := path.Ext(name)
	sum := sha256.Sum256(content)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:hashLen] + ext
}

// isHashedName reports whether name has the shape hashedName produces. The
// server trusts the shape alone, so it must not match names a person
// would write by hand, such as "index.html" or "app.js".
func isHashedName(name string) bool {
	base := path.Base(name)
	ext := path.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	hash := path.Ext(stem)
	if len(ext) < 2 || len(hash) != hashLen+1 || len(stem) == len(hash) {
		return false
	}
	for _, c := range hash[1:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// gzipBest compresses b at gzip's best level. The header carries no name
// and no modification time, so the same input always gives the same bytes.
func gzipBest(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// brotliBest compresses b at brotli's best quality with the smallest
// window that holds all of b (at most 16 MiB, what browsers accept): a
// window larger than the file gains nothing and asks the decoder for
// memory it will not use.
func brotliBest(b []byte) ([]byte, error) {
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
