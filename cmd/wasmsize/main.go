// Command wasmsize holds main.wasm to its size rules; the Makefile runs it.
//
//	wasmsize check [-wasm dist-tmp/main.wasm] [-record wasm-size.txt]
//	    the ratchet of make check: compresses main.wasm as computedeals
//	    dist does and fails when its brotli size is more than 2 % past
//	    the number recorded in wasm-size.txt
//	wasmsize packages [-wasm dist-tmp/main-names.wasm] PACKAGE…
//	    the report of make bench: the bytes of code of each Go package in
//	    a main.wasm built without -ldflags=-s (which drops the names);
//	    PACKAGE… are its packages, as GOOS=js GOARCH=wasm go list -deps
//	    ./wasm prints them
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/computedeals/explorer/internal/wasmsize"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New("usage: wasmsize check|packages [flags]")
	}
	fs := flag.NewFlagSet("wasmsize "+args[0], flag.ContinueOnError)
	switch args[0] {
	case "check":
		wasm := fs.String("wasm", "dist-tmp/main.wasm", "the main.wasm that make dist serves")
		record := fs.String("record", "wasm-size.txt", "the file holding the recorded brotli size")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		return check(*wasm, *record, stdout)
	case "packages":
		wasm := fs.String("wasm", "dist-tmp/main-names.wasm", "a main.wasm built without -ldflags=-s")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		b, err := os.ReadFile(*wasm)
		if err != nil {
			return err
		}
		s, err := wasmsize.Packages(b, fs.Args())
		if err != nil {
			return fmt.Errorf("%s: %w", *wasm, err)
		}
		_, err = io.WriteString(stdout, s.Table())
		return err
	}
	return fmt.Errorf("unknown command %q (check or packages)", args[0])
}

func check(wasmPath, recordPath string, stdout io.Writer) error {
	text, err := os.ReadFile(recordPath)
	if err != nil {
		return err
	}
	record, err := wasmsize.ReadRecord(string(text))
	if err != nil {
		return fmt.Errorf("%s: %w", recordPath, err)
	}
	b, err := os.ReadFile(wasmPath)
	if err != nil {
		return err
	}
	br, err := wasmsize.Brotli(b)
	if err != nil {
		return err
	}
	note, err := wasmsize.Check(len(br), record)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(stdout, note)
	return err
}
