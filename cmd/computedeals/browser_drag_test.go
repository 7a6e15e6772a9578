//go:build !js

package main

// The bands follow a drag: while a reader drags a slider with the mouse
// held, the worker's quick bands of each value the drag passes replace
// the fans and band lines, and when the reader lets go the run refines to
// every sample. It uses the harness of browser_test.go.

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bandLineJS is the 5–95 % line of the peak-power card.
const bandLineJS = `document.querySelector('.card:has([data-output="portfolio.peak_facility_gw"]) .bandline').textContent`

func TestBrowserBandsFollowADrag(t *testing.T) {
	p := newPage(t, 1440, 900, "light")
	p.open("")
	before := eval[string](p, bandLineJS)
	box := eval[[]float64](p, `(() => { const s = document.querySelector('input[data-input="d.oracle-abilene.gw"][data-role="slider"]');
		s.scrollIntoView({block: 'center'}); const b = s.getBoundingClientRect(); return [b.left, b.top, b.width, b.height]; })()`)
	y := box[1] + box[3]/2
	at := func(f float64) float64 { return box[0] + box[2]*f }
	p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, at(0.55), y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	// A quick sweep: the fans never blink out to "sampling…" while the
	// drag runs (the bands shown stay until newer ones come).
	for k := 0; k < 10; k++ {
		p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, at(0.55+0.005*float64(k)), y, chromedp.ButtonLeft))
		assert.NotContains(t, eval[string](p, bandLineJS), "sampling", "move %d", k)
	}
	shots := os.Getenv("SCREENSHOTS")
	seen := []string{before}
	for k := 1; k <= 5; k++ {
		p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, at(0.55+0.06*float64(k)), y, chromedp.ButtonLeft))
		// The mouse is still down: wait for the band line of this value,
		// which differs from the last one (each step adds gigawatts).
		line := eval[string](p, `new Promise(r => { const last = `+jsonString(seen[len(seen)-1])+`;
			const f = () => { const t = `+bandLineJS+`; t !== last && !/sampling/.test(t) ? r(t) : requestAnimationFrame(f); }; f(); })`)
		seen = append(seen, line)
		assert.True(t, eval[bool](p, `document.querySelector('.uncertainty').dataset.sampling === 'running'`), "still dragging: no refined run yet")
		if shots != "" {
			png, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(shots, "drag-"+strconv.Itoa(k)+".png"), png, 0o644))
		}
	}
	p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, at(0.85), y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	p.quiet()
	t.Log("band lines during the drag:", seen)
	assert.Len(t, seen, 6, "a new band line for each value the drag passed")
	assert.Contains(t, p.hash(), "d.oracle-abilene.gw=")
	// Let go: the run refined to every sample, and what it shows is this
	// scenario's, as eval works it out.
	assert.Equal(t, "done", eval[string](p, `document.querySelector('.uncertainty').dataset.sampling`))
	assertMatchesEval(t, p.outputs(), evalDoc(t, p.hash()))
	assert.Empty(t, p.consoleErrors())
}
