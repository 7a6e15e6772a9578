package scenario

import "slices"

// The functions here are kept out of line (//go:noinline) for main.wasm's
// size: inlining them at their many call sites would cost more code than
// the calls do. README's "Size hacks" table lists every such function,
// and internal/rules checks that it does.

// problem is not inlined, for main.wasm's size: it has fifty callers and
// an allocation.
//
//go:noinline
func problem(key, value, msg string) *Problem { return &Problem{Key: key, Value: value, Msg: msg} }

// bad is not inlined, for main.wasm's size: it has a score of callers
// and an append.
//
//go:noinline
func (d *decoder) bad(p *Problem) { d.probs = append(d.probs, p) }

// inputPos returns the index of the input with the given key in ins, or
// len(ins).
//
//go:noinline
func inputPos(ins []Input, key string) int {
	for i := range ins {
		if ins[i].Key == key {
			return i
		}
	}
	return len(ins)
}

// correlatedKeys lists the keys that correlations name, each once, in
// the order they first appear. It is not inlined, for main.wasm's size.
//
//go:noinline
func correlatedKeys(cs []Correlation) []string {
	var keys []string
	for _, c := range cs {
		for _, k := range [...]string{c.A, c.B} {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// DealIndex returns the index of the deal with the given id. It is not
// inlined, for main.wasm's size: its loop would be copied into each of its
// many callers.
//
//go:noinline
func (s *Scenario) DealIndex(id string) int {
	for i := range s.Portfolio.Deals {
		if s.Portfolio.Deals[i].ID == id {
			return i
		}
	}
	return -1
}
