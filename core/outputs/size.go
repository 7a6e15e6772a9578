package outputs

import (
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// The functions here are kept out of line (//go:noinline) for main.wasm's
// size: inlining them at their many call sites would cost more code than
// the calls do. README's "Size hacks" table lists every such function,
// and internal/rules checks that it does.

// DealName is how deal i is called in text: the library's title, or for
// a deal of the user's own its provider (and buyer, if not the preset's).
// The library lookup in each of its many callers would cost several KB.
//
//go:noinline
func DealName(s *scenario.Scenario, i int) string {
	d := &s.Portfolio.Deals[i]
	if ld, ok := s.Vintage.Deal(d.ID); ok && s.IsLibraryDeal(i) {
		return ld.Title
	}
	if d.Buyer != s.Preset.Buyer {
		return d.Buyer + "–" + d.Provider
	}
	return d.Provider
}

// add appends an output to the layout. It is not inlined, for main.wasm's
// size: NewLayout calls it three times, and a copy of the map store and
// the three appends at each call made NewLayout 7.2 KB of wasm (2.9 KB
// with the calls).
//
//go:noinline
func (l *Layout) add(path, label string, u units.Unit) {
	l.index[path] = len(l.Paths)
	l.Paths = append(l.Paths, path)
	l.Labels = append(l.Labels, label)
	l.Units = append(l.Units, u)
}
