package main

import (
	"bytes"
	"testing"

	"github.com/computedeals/explorer/internal/wasmsize"
)

// The size ratchet of make check (cmd/wasmsize) must measure main.wasm.br
// as dist writes it, so its compression must be this package's.
func TestWasmSizeCompressesAsDistDoes(t *testing.T) {
	in := bytes.Repeat([]byte("the wasm ratchet compresses as dist does; "), 2000)
	ours, err := brotliBest(in)
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := wasmsize.Brotli(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ours, theirs) {
		t.Fatalf("wasmsize.Brotli gives %d B, dist's brotliBest %d B: make them the same", len(theirs), len(ours))
	}
}
