package page

import "github.com/computedeals/explorer/core/scenario"

// KeyRunMS is how soon another move of the same slider continues a run
// of key presses as one undo step and one history entry.
const KeyRunMS = 1000

// MaxUndo bounds the undo history.
const MaxUndo = 200

// history is Undo and Redo, and how a slider's moves group into one
// step: a drag is one step from its first move to letting go, and so is
// a run of key presses on one slider, each within KeyRunMS of the last.
// Time comes in as a parameter (tick, once a frame), so the grouping is
// tested with fixed instants. The zero value is an empty history.
type history struct {
	undo, redo []*scenario.Scenario
	dragging   bool // a slider drag is under way: one undo step for all of it
	// A run of key presses on one slider: its key, when its last move
	// ended and the undo depth it started from. runEnded says that a
	// move has just ended; the next tick is its time.
	runKey      string
	runEnd, now float64
	runUndo     int
	runEnded    bool
}

// record keeps old as the scenario Undo returns to; a new change makes
// Redo's scenarios unreachable.
func (h *history) record(old *scenario.Scenario) {
	h.undo = append(h.undo, old)
	if len(h.undo) > MaxUndo {
		h.undo = h.undo[1:]
	}
	h.redo = nil
}

// back returns the scenario Undo returns to and keeps cur for Redo; nil
// when there is none.
func (h *history) back(cur *scenario.Scenario) *scenario.Scenario {
	return travel(&h.undo, &h.redo, cur)
}

// forward returns the scenario Redo returns to and keeps cur for Undo;
// nil when there is none.
func (h *history) forward(cur *scenario.Scenario) *scenario.Scenario {
	return travel(&h.redo, &h.undo, cur)
}

// travel takes the newest scenario of from, keeping cur in to.
func travel(from, to *[]*scenario.Scenario, cur *scenario.Scenario) *scenario.Scenario {
	n := len(*from)
	if n == 0 {
		return nil
	}
	*to = append(*to, cur)
	s := (*from)[n-1]
	*from = (*from)[:n-1]
	return s
}

// forget empties Undo and Redo: the page opened a link as a new start.
func (h *history) forget() { h.undo, h.redo = nil, nil }

// slide reports whether a slider move of key continues the step under
// way (a drag, or a run of key presses on key), so that it rewrites that
// step instead of beginning one. After it a drag is under way; a move
// that begins a step is followed by startRun once it is recorded.
func (h *history) slide(key string) (continues bool) {
	// A move whose run ended since the last tick continues it too: under
	// load, key presses come faster than frames.
	continues = h.dragging || key == h.runKey && (h.runEnded || h.now-h.runEnd <= KeyRunMS) && len(h.undo) == h.runUndo
	h.dragging = true
	return continues
}

// startRun says that a step of key's moves began at the present undo
// depth: a key press on key soon after the drag ends continues it.
func (h *history) startRun(key string) { h.runKey, h.runUndo = key, len(h.undo) }

// letGo ends the drag under way; its run ends at the next tick.
func (h *history) letGo() {
	h.dragging = false
	h.runEnded = true
}

// tick is the time of a frame, in milliseconds.
func (h *history) tick(now float64) {
	h.now = now
	if h.runEnded {
		h.runEnd, h.runEnded = now, false
	}
}
