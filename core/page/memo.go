package page

import (
	"strings"

	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// Most of the page does not change when one input moves: the editors of
// the other deals, the world's fields, the hardware catalog. memo keeps
// such parts from the last frame while their key (everything they show)
// is the same; the diff then skips them by pointer, so a slider step
// costs what changes, not the size of the page.
type memoEntry struct {
	_    incomparable
	key  string
	node *Node
}

func (a *App) memo(id, key string, build func() *Node) *Node {
	if e, ok := a.memos[id]; ok && e.key == key {
		a.memoNext[id] = e
		return e.node
	}
	n := build()
	a.memoNext[id] = memoEntry{key: key, node: n}
	return n
}

// memoBytes is memo with the key written into a buffer (most often
// a.key, reused), which becomes a string only when the part is drawn.
func (a *App) memoBytes(id string, key []byte, build func() *Node) *Node {
	if e, ok := a.memos[id]; ok && e.key == string(key) {
		a.memoNext[id] = e
		return e.node
	}
	n := build()
	a.memoNext[id] = memoEntry{key: string(key), node: n}
	return n
}

// beginFrame and endFrame drop the entries a frame did not use.
func (a *App) beginFrame() { a.memoNext = make(map[string]memoEntry, len(a.memos)) }
func (a *App) endFrame()   { a.memos, a.memoNext = a.memoNext, nil }

// inputsKey is everything fieldRow shows of some inputs.
func (a *App) inputsKey(ins []scenario.Input, base *scenario.Scenario) string {
	var b strings.Builder
	b.WriteString(a.s.Vintage.ID)
	b.WriteByte('/')
	b.WriteString(a.s.Preset.ID)
	for _, in := range ins {
		b.WriteByte('&')
		b.WriteString(in.Key)
		b.WriteByte('=')
		if in.Derived {
			b.WriteString("~")
			b.WriteString(units.Format(a.derivedValue(in), in.Field.Unit))
		} else {
			b.WriteString(a.s.Get(in))
			if a.s.IsChanged(in, base) {
				b.WriteString("*")
			}
		}
		if r, ok := a.s.Range(in); ok {
			b.WriteString("~" + units.Link(r.Low) + ".." + units.Link(r.High))
		}
		for _, k := range [...]string{in.Key, in.Key + ".range"} {
			if fe, ok := a.fieldErrs[k]; ok {
				b.WriteString("!" + fe.text + "!" + fe.msg)
			}
		}
	}
	return b.String()
}
