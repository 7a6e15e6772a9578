package page

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Key presses that come faster than frames (a loaded machine, a held
// key) are still one run: one undo step.
func TestKeyPressesBetweenFramesAreOneRun(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11&preset=aws-only")
	a.Render(5000)
	start := a.link
	for i := 0; i < 5; i++ {
		pos := 500 + 10*i
		a.Handle(Event{Type: "input", Key: "d.aws.n", Value: strconv.Itoa(pos), Phase: "slide"})
		a.Handle(Event{Type: "input", Key: "d.aws.n", Value: strconv.Itoa(pos), Phase: "commit"})
	}
	a.Render(5016)
	assert.NotEqual(t, start, a.link)
	assert.Len(t, a.hist.undo, 1, "five presses before a frame: one step")
	a.Handle(Event{Type: "act", Key: "undo"})
	assert.Equal(t, start, a.link)
}
