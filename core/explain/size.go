package explain

// The functions here are kept out of line (//go:noinline) for main.wasm's
// size: inlining them at their many call sites would cost more code than
// the calls do. README's "Size hacks" table lists every such function,
// and internal/rules checks that it does.

// onDeals returns the indices of the deals that are on. It is not
// inlined: a copy of its loop in each of its callers costs main.wasm about
// 4 KB (brotli).
//
//go:noinline
func (c *context) onDeals() []int {
	var out []int
	for i, d := range c.s.Portfolio.Deals {
		if d.On {
			out = append(out, i)
		}
	}
	return out
}
