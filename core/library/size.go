package library

// The functions here are kept out of line (//go:noinline) for main.wasm's
// size: inlining them at their many call sites would cost more code than
// the calls do. README's "Size hacks" table lists every such function,
// and internal/rules checks that it does.

// Source returns the graded source with the given URL.
// It is not inlined, for main.wasm's size: the page calls it at several
// places, and inlined each call was a copy of the loop and its string
// compare (with Deal, Accelerator, Preset and Buyer, about 3 KB brotli).
//
//go:noinline
func (v *Vintage) Source(url string) (*Source, bool) {
	for i := range v.Sources {
		if v.Sources[i].URL == url {
			return &v.Sources[i], true
		}
	}
	return nil, false
}

// Deal returns the library deal with the given id.
// Not inlined, as Source.
//
//go:noinline
func (v *Vintage) Deal(id string) (*Deal, bool) {
	for i := range v.Deals {
		if v.Deals[i].ID == id {
			return &v.Deals[i], true
		}
	}
	return nil, false
}

// Accelerator returns the catalog entry with the given id.
// Not inlined, as Source.
//
//go:noinline
func (v *Vintage) Accelerator(id string) (*Accelerator, bool) {
	for i := range v.Accelerators {
		if v.Accelerators[i].ID == id {
			return &v.Accelerators[i], true
		}
	}
	return nil, false
}

// Preset returns the preset with the given id.
// Not inlined, as Source.
//
//go:noinline
func (v *Vintage) Preset(id string) (*Preset, bool) {
	for i := range v.Presets {
		if v.Presets[i].ID == id {
			return &v.Presets[i], true
		}
	}
	return nil, false
}

// Buyer returns the buyer with the given name.
// Not inlined, as Source.
//
//go:noinline
func (v *Vintage) Buyer(name string) (*Buyer, bool) {
	for i := range v.Buyers {
		if v.Buyers[i].Name == name {
			return &v.Buyers[i], true
		}
	}
	return nil, false
}

// errorf is a mistake at the parser's line. It is not inlined, for
// main.wasm's size: the parser calls it at 30 places, each inlined an
// allocation and three stores.
//
//go:noinline
func (p *parser) errorf(msg string) error {
	return &dataError{file: p.file, line: p.line, msg: msg}
}
