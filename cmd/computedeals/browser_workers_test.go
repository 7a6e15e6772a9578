//go:build !js

package main

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The page starts one sampling worker per core the machine says it has
// (at most four), and they share each run: on a machine of four cores
// the bands are those of one core's single worker, figure for figure,
// and the status line's tooltip says who drew them.
func TestBrowserWorkersShareARunExactly(t *testing.T) {
	first := "v=1&data=2026-11&preset=openai-2025-11&seed=6&d.aws.n.range=250k..400k&pue.range=1.1..1.4"
	link := strings.Replace(first, "seed=6", "seed=7", 1)
	type shown struct {
		Bands  map[string]string
		Status string
	}
	got := map[int]shown{}
	for _, cores := range []int{1, 4} {
		p := newPage(t, 1440, 1000, "light")
		_, err := chromedp.Call(p.ctx, emulation.SetHardwareConcurrencyOverride,
			emulation.SetHardwareConcurrencyOverrideParams{HardwareConcurrency: int64(cores)})
		require.NoError(t, err)
		// The helpers start after the page's first frame: once they
		// all run, the next scenario's run is theirs from its start.
		p.open(first)
		eval[bool](p, `new Promise(r => { const f = () => cdeHelpersReady() === `+strconv.Itoa(cores-1)+` ? r(true) : setTimeout(f, 20); f(); })`)
		eval[bool](p, `(location.hash = '#`+link+`', true)`)
		p.do(chromedp.WaitReady(chromedp.CSS(`[data-sampling="running"]`)))
		p.quiet()
		require.Contains(t, p.hash(), "seed=7")
		got[cores] = eval[shown](p, `({
			Bands: Object.fromEntries([...document.querySelectorAll('[data-band]')].map(e =>
				[e.dataset.band + ' ' + (e.closest('[id]') || {}).id, e.dataset.p5 + ' ' + e.dataset.p95 + ' ' + e.textContent])),
			Status: document.querySelector('p.sampling').textContent + ' | ' + document.querySelector('p.sampling').title,
		})`)
		assert.Empty(t, p.consoleErrors(), "%d cores", cores)
	}
	one, four := got[1], got[4]
	assert.Contains(t, one.Status, "10,000 of 10,000 samples")
	assert.Contains(t, one.Status, "Drawn by 1 worker,", "one core, one worker")
	assert.Contains(t, four.Status, "10,000 of 10,000 samples")
	assert.Contains(t, four.Status, "Drawn by 4 workers, one per processor core, up to four, in parallel")
	require.NotEmpty(t, one.Bands)
	assert.Equal(t, one.Bands, four.Bands, "the same samples, the same bands")
}

// With -browserbench (make bench-browser): how long all 10,000 samples
// take to show after a change, with one, two and four workers, the
// pages opened in turn so that the machine's load falls on each alike.
func TestBrowserBenchWorkers(t *testing.T) {
	if !*browserBench {
		t.Skip("run with -browserbench (make bench-browser)")
	}
	counts := []int{1, 2, 4}
	tabs := map[int]*tab{}
	for _, cores := range counts {
		p := newPage(t, 1440, 900, "light")
		_, err := chromedp.Call(p.ctx, emulation.SetHardwareConcurrencyOverride,
			emulation.SetHardwareConcurrencyOverrideParams{HardwareConcurrency: int64(cores)})
		require.NoError(t, err)
		p.open("")
		tabs[cores] = p
	}
	all := map[int][]float64{}
	for round := range 3 {
		for _, cores := range counts {
			p := tabs[cores]
			p.quiet()
			ms := eval[float64](p, `new Promise(r => {
				const s = document.querySelector('input[data-input="pue"][data-role="typed"]');
				s.value = '`+[]string{"1.25", "1.3", "1.35"}[round]+`';
				const t0 = performance.now();
				s.dispatchEvent(new Event('change', {bubbles: true}));
				const f = () => {
					const st = document.querySelector('[data-sampling]');
					st && st.dataset.sampling === 'done' ? r(performance.now() - t0) : requestAnimationFrame(f);
				};
				requestAnimationFrame(f);
			})`)
			all[cores] = append(all[cores], ms)
		}
	}
	for _, cores := range counts {
		t.Logf("%d worker(s) (hardwareConcurrency %d): all 10,000 samples shown %s after a change (median of 3; runs %v)",
			cores, cores, ms(percentile(all[cores], 50)), all[cores])
	}
}
