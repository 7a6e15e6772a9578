package compare

// The functions here are kept out of line (//go:noinline) for main.wasm's
// size: inlining them at their many call sites would cost more code than
// the calls do. README's "Size hacks" table lists every such function,
// and internal/rules checks that it does.

// reset sets the scratch portfolio back to base, in place. It is not
// inlined, for main.wasm's size: each of its four callers had a copy of
// the world, revenue and cash struct copies and of the three slice
// copies. A call costs nothing beside the evaluation that follows it.
//
//go:noinline
func (ws *workspace) reset() {
	ws.p.World, ws.p.Revenue, ws.p.Stated = ws.base.World, ws.base.Revenue, ws.base.Stated
	funding := ws.p.Cash.Funding
	ws.p.Cash = ws.base.Cash
	ws.p.Cash.Funding = funding
	copy(ws.p.Cash.Funding, ws.base.Cash.Funding)
	copy(ws.p.Accelerators, ws.base.Accelerators)
	copy(ws.p.Deals, ws.base.Deals)
}
