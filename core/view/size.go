package view

// The functions here are kept out of line (//go:noinline) for main.wasm's
// size: inlining them at their many call sites would cost more code than
// the calls do. README's "Size hacks" table lists every such function,
// and internal/rules checks that it does.

// start is not inlined: its six appends, copied into each operation diff
// writes, cost main.wasm 16 KB of code.
//
//go:noinline
func (o *Ops) start(op string, path []byte) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = append(o.b, `["`...)
	o.b = append(o.b, op...)
	o.b = append(o.b, `","`...)
	o.b = append(o.b, path...)
	o.b = append(o.b, '"')
}
