package page

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestASliderStepReusesTheLastFrame bounds what one step of a dragged
// slider allocates, once the page has drawn a few: the parts that did
// not change are the last frame's (memo, chart.Hits, fact badges), the
// result and the DOM operations reuse their memory, and nodes come from
// view's slabs. The count is of allocations, not time, and averaged over
// many steps (the slabs refill now and then), so the bound holds on any
// machine; it sits about a third above what the step allocates (about
// 5,200 for a deal's slider, 7,100 for a world input's, against 18,800
// and 31,000 before the frame reused anything), to catch a part that
// goes back to being built anew.
func TestASliderStepReusesTheLastFrame(t *testing.T) {
	for _, tc := range []struct {
		key   string
		from  int
		bound float64
	}{
		{"d.aws.n", 300, 7000},
		{"pue", 100, 9500},
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
