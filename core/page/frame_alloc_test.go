package page

import (
	"runtime"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestASliderStepReusesTheLastFrame bounds what one step of a dragged
// slider allocates, once the page has drawn a few: the parts that did
// not change are the last frame's (memo, chart.Hits, fact badges), and
// the result and the DOM operations reuse their memory. The count is of
// allocations, not time, averaged over many steps, so the bound holds on
// any machine; it sits about a third above what the step allocates
// (about 7,000 for a deal's slider, 10,700 for a world input's, against
// 18,800 and 31,000 before the frame reused anything), to catch a part
// that goes back to being built anew. (Nodes from shared slabs took
// 2,000 to 3,600 more off, and leaked: TestSliderStepsKeepNothing.)
func TestASliderStepReusesTheLastFrame(t *testing.T) {
	for _, tc := range []struct {
		key   string
		from  int
		bound float64
	}{
		{"d.aws.n", 300, 9400},
		{"pue", 100, 14300},
	} {
		t.Run(tc.key, func(t *testing.T) {
			a := newApp(t, "")
			i := 0
			step := func() {
				i++
				a.Handle(Event{Type: "input", Key: tc.key, Value: strconv.Itoa(tc.from + i%400), Phase: "slide"})
				a.Render(float64(i * 16))
			}
			for range 5 {
				step()
			}
			assert.LessOrEqual(t, testing.AllocsPerRun(50, step), tc.bound)
		})
	}
}

// TestSliderStepsKeepNothing drags a slider through 3,000 steps, the
// page drawn every 50 as when frames fall behind the input events, and
// asks that the heap stay where it was after the first 500: a frame's
// garbage is garbage. (Nodes handed out from shared slabs, each keeping
// its slab and so its neighbours of older frames alive, grew the heap by
// 10 KB a step: 100 MB over the browser benchmark's 10,000 changes.)
func TestSliderStepsKeepNothing(t *testing.T) {
	a := newApp(t, "")
	heap := func() uint64 {
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	steps := func(from, to int) {
		for i := from; i < to; i++ {
			a.Handle(Event{Type: "input", Key: "pue", Value: strconv.Itoa((i * 37) % 1000), Phase: "slide"})
			if i%50 == 49 {
				a.Render(float64(i * 16))
			}
		}
	}
	steps(0, 500)
	before := heap()
	steps(500, 3000)
	after := heap()
	assert.Less(t, int64(after)-int64(before), int64(2<<20), "the heap grew from %d to %d bytes", before, after)
}
