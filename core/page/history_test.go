package page

import (
	"testing"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/stretchr/testify/assert"
)

// scenarios returns n distinct scenarios to record.
func scenarios(n int) []*scenario.Scenario {
	out := make([]*scenario.Scenario, n)
	for i := range out {
		out[i] = scenario.Default(library.Default())
	}
	return out
}

func TestHistoryUndoesAndRedoes(t *testing.T) {
	var h history
	s := scenarios(3)
	assert.Nil(t, h.back(s[0]), "nothing to undo")
	h.record(s[0])
	h.record(s[1])
	assert.Same(t, s[1], h.back(s[2]))
	assert.Same(t, s[0], h.back(s[1]))
	assert.Nil(t, h.back(s[0]))
	assert.Same(t, s[1], h.forward(s[0]))
	assert.Same(t, s[2], h.forward(s[1]))
	assert.Nil(t, h.forward(s[2]), "nothing to redo")

	h.back(s[2])
	h.record(s[1])
	assert.Empty(t, h.redo, "a new change drops what Redo held")
	h.forget()
	assert.Empty(t, h.undo)
}

func TestHistoryKeepsMaxUndoSteps(t *testing.T) {
	var h history
	s := scenarios(1)[0]
	for range MaxUndo + 10 {
		h.record(s)
	}
	assert.Len(t, h.undo, MaxUndo)
}

// TestHistoryGroupsSliderMoves plays slider moves at fixed instants, as
// the page does: frames go on meanwhile (a tick at each move's time),
// then the move or let-go, then its frame.
func TestHistoryGroupsSliderMoves(t *testing.T) {
	type move struct {
		at   float64
		key  string // "" lets go
		cont bool   // the move continues the step under way
	}
	for _, tc := range []struct {
		name  string
		moves []move
	}{
		{"a drag is one step", []move{{0, "pue", false}, {16, "pue", true}, {32, "pue", true}, {48, "", false}}},
		{"key presses within KeyRunMS are one step", []move{
			{0, "pue", false}, {10, "", false}, {500, "pue", true}, {510, "", false}, {500 + KeyRunMS, "pue", true}}},
		{"a press after KeyRunMS begins a step", []move{{0, "pue", false}, {10, "", false}, {10 + KeyRunMS + 1, "pue", false}}},
		{"another slider begins a step", []move{{0, "pue", false}, {10, "", false}, {100, "utilization", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var h history
			s := scenarios(1)[0]
			for i, m := range tc.moves {
				h.tick(m.at)
				if m.key == "" {
					assert.True(t, h.dragging, "move %d", i)
					h.letGo()
				} else {
					cont := h.slide(m.key)
					assert.Equal(t, m.cont, cont, "move %d", i)
					if !cont {
						h.record(s)
						h.startRun(m.key)
					}
				}
				h.tick(m.at)
			}
		})
	}
}

func TestHistoryRunEndsWhenAChangeIntervenes(t *testing.T) {
	var h history
	s := scenarios(1)[0]
	h.slide("pue")
	h.record(s)
	h.startRun("pue")
	h.tick(0)
	h.letGo()
	h.tick(10)
	h.record(s) // a typed change elsewhere
	h.tick(20)
	assert.False(t, h.slide("pue"), "the undo depth moved: the run is over")
}
