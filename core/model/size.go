package model

// The functions here are kept out of line (//go:noinline) for main.wasm's
// size: inlining them at their many call sites would cost more code than
// the calls do. README's "Size hacks" table lists every such function,
// and internal/rules checks that it does.

// add appends one error. Inlined at each of Check's call sites it would
// cost a copy of the allocation and the append apiece.
//
//go:noinline
func (e *fieldErrors) add(deal, accel, field, msg string) {
	*e = append(*e, &FieldError{Deal: deal, Accel: accel, Field: field, Msg: msg})
}

// Accelerator returns the catalog entry with the given id. It is not
// inlined, for main.wasm's size: the explanations and the page call it at
// 17 places, once per deal, and inlined each was a copy of the loop.
//
//go:noinline
func (p *Portfolio) Accelerator(id string) (*Accelerator, bool) {
	for i := range p.Accelerators {
		if p.Accelerators[i].ID == id {
			return &p.Accelerators[i], true
		}
	}
	return nil, false
}

// zeroed is s resized to n and cleared, reusing its array when it can. It
// is not inlined, for main.wasm's size: its 16 calls (once per series of
// an evaluation or a deal, never per month) each had a copy of the
// allocation and the clear.
//
//go:noinline
func zeroed(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	s = s[:n]
	clear(s)
	return s
}
