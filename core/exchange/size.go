package exchange

import (
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
)

// The functions here are kept out of line (//go:noinline) for main.wasm's
// size: inlining them at their many call sites would cost more code than
// the calls do. README's "Size hacks" table lists every such function,
// and internal/rules checks that it does.

// text writes a value briefly for a problem message. Not inlined, for
// main.wasm's size: it is called for many problems, never in a loop.
//
//go:noinline
func text(v *jsondoc.Value) string {
	if v == nil {
		return ""
	}
	switch v.Kind {
	case jsondoc.Object:
		return "{…}"
	case jsondoc.Array:
		return "[…]"
	case jsondoc.Null:
		return "null"
	}
	return v.Text
}

// fatal is what Import returns for a document it cannot read at all: the
// default view and the one problem, marked fatal. Not inlined, for
// main.wasm's size: Import fails at eight places.
//
//go:noinline
func fatal(cat *library.Catalog, p *scenario.Problem) (*scenario.Scenario, []*scenario.Problem) {
	p.Fatal = true
	return scenario.Default(cat), []*scenario.Problem{p}
}
