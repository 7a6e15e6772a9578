package main

import (
	"io/fs"
	"strings"
)

// sitePath turns the decoded path of a request into the name of a file
// under the web root, or reports false when no file may answer it.
//
// It is strict rather than clever: instead of cleaning "/a/../b" or
// "//x" into something servable, it refuses anything that a browser
// following the site's own links would never ask for. That leaves no
// parsing differences for an attacker to play with. What it accepts is a
// relative, slash-separated name without "." or ".." elements, empty
// elements, backslashes, colons (Windows drive letters and streams),
// control bytes or hidden (dot) files, which
// os.Root then resolves without following symlinks out of the root.
//
// Precompressed siblings (.br, .gz) are refused by their own name: they
// are a representation of another file, chosen by Accept-Encoding.
func sitePath(urlPath string) (string, bool) {
	if urlPath == "/" {
		return "index.html", true
	}
	name, ok := strings.CutPrefix(urlPath, "/")
	if !ok || len(name) > 1024 || !fs.ValidPath(name) || name == "." {
		return "", false
	}
	for _, c := range []byte(name) {
		if c < 0x20 || c == 0x7f || c == '\\' || c == ':' {
			return "", false
		}
	}
	for elem := range strings.SplitSeq(name, "/") {
		if strings.HasPrefix(elem, ".") {
			return "", false
		}
	}
	if strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
		return "", false
	}
	return name, true
}
