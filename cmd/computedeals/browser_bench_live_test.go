//go:build !js

package main

// The figures of the Chromium budgets that the synthetic events of
// browser_bench_test.go cannot give: a real mouse drag of a slider (the
// input-to-paint time of each step, and how often the fans and band
// read-outs follow), the hover read-out of a chart's points, and a cold
// load with the CPU slowed 4× and a 10 Mbit/s connection. TestBrowserBench
// runs them and prints one line per budget at its end. Like the rest of
// the benchmark they only log: a missed budget never fails the test.

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// dragSlider is the slider the drag moves: Oracle Abilene's gigawatts,
// shown without opening anything (as in browser_drag_test.go).
const dragSlider = `input[data-input="d.oracle-abilene.gw"][data-role="slider"]`

// dragProbeJS watches a drag of dragSlider, installed before the mouse
// goes down. Per slider input event: from the pointer event that moved the
// thumb (its timeStamp, when the browser took the mouse event; the press
// for the first step) to a requestAnimationFrame callback after the
// page's frame, with the style and layout of what the frame changed
// forced there (as the synthetic slider measure does), and the page's own
// work in it. Per animation frame: whether the fans (path.band) or the
// band read-outs ([data-band], .bandline) changed, seen by a
// MutationObserver. Frames are counted by a rAF loop; w.cost is what the
// observer itself took.
const dragProbeJS = `(() => {
	const slider = document.querySelector(` + "`" + dragSlider + "`" + `);
	if (!slider) return false;
	const SEL = '[data-band], path.band, .bandline';
	const w = {frame: 0, inputs: 0, inputFrames: new Set(), bandFrames: new Set(), steps: [], lastMove: 0, tIn: 0, cost: 0, running: true, start: performance.now()};
	const sig = () => {
		let s = '';
		for (const e of document.querySelectorAll('[data-band]')) s += e.dataset.p5 + ' ' + e.dataset.p95 + ' ' + e.textContent + ';';
		for (const e of document.querySelectorAll('path.band, .bandline')) s += (e.getAttribute('d') || e.textContent) + ';';
		return s;
	};
	w.sig = sig();
	const near = (n) => { const e = n.nodeType === 1 ? n : n.parentElement; return !!(e && e.closest(SEL)); };
	const holds = (n) => n.nodeType === 1 && (n.matches(SEL) || !!n.querySelector(SEL));
	w.mo = new MutationObserver((recs) => {
		const t = performance.now();
		// The core's diff changes a node only where it differs, so a
		// change inside a band is an update; a node added or removed that
		// holds one is compared by content.
		if (recs.some((r) => near(r.target))) {
			w.bandFrames.add(w.frame);
			w.stale = true;
		} else if (recs.some((r) => [...r.addedNodes].some(holds) || [...r.removedNodes].some(holds))) {
			const s = sig();
			if (w.stale || s !== w.sig) w.bandFrames.add(w.frame);
			w.sig = s;
			w.stale = false;
		}
		w.cost += performance.now() - t;
	});
	w.mo.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
	const tick = () => { if (w.running) { w.frame++; requestAnimationFrame(tick); } };
	requestAnimationFrame(tick);
	w.onMove = (e) => { w.lastMove = e.timeStamp; };
	w.onInputFirst = (e) => { if (e.target === slider) w.tIn = performance.now(); };
	w.onInput = (e) => {
		if (e.target !== slider || !w.running) return;
		const t0 = w.lastMove, tIn = w.tIn, td = performance.now();
		w.inputs++;
		w.inputFrames.add(w.frame);
		requestAnimationFrame(() => {
			const tl = performance.now();
			void document.body.offsetHeight;
			const t1 = performance.now();
			w.steps.push({e2e: t1 - t0, work: (td - tIn) + cdeLastFrame() + (t1 - tl)});
		});
	};
	addEventListener('pointerdown', w.onMove, true);
	addEventListener('pointermove', w.onMove, true);
	addEventListener('input', w.onInputFirst, true);
	addEventListener('input', w.onInput);
	window.__drag = w;
	return true;
})()`

// dragDoneJS stops the probe at the release and, two frames later (the
// last steps' callbacks), returns what it saw.
const dragDoneJS = `(async () => {
	const w = window.__drag;
	w.running = false;
	w.mo.disconnect();
	removeEventListener('pointerdown', w.onMove, true);
	removeEventListener('pointermove', w.onMove, true);
	removeEventListener('input', w.onInputFirst, true);
	removeEventListener('input', w.onInput);
	const frames = w.frame, ms = performance.now() - w.start, bands = [...w.bandFrames].sort((a, b) => a - b);
	await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	let gap = 0;
	for (let i = 1; i < bands.length; i++) gap = Math.max(gap, bands[i] - bands[i - 1]);
	return {frames, ms, inputs: w.inputs, inputFrames: w.inputFrames.size, bandFrames: bands.length, longestGap: gap, cost: w.cost,
		e2e: w.steps.map((s) => s.e2e), work: w.steps.map((s) => s.work)};
})()`

type dragFigures struct {
	Frames, Inputs, InputFrames, BandFrames, LongestGap int
	MS                                                  float64 // from the probe's start to the release
	Cost                                                float64 // ms the probe's observer took, in all
	E2E, Work                                           []float64
}

// benchDrag drags dragSlider with the mouse held, one move every 60th
// of a second as a mouse sends them, sweeping from 30 % to 80 % of the
// track and back, and returns what the probe saw.
func benchDrag(p *tab, moves int) dragFigures {
	p.t.Helper()
	box := eval[[]float64](p, `(() => { const s = document.querySelector(`+"`"+dragSlider+"`"+`);
		s.scrollIntoView({block: 'center'}); const b = s.getBoundingClientRect(); return [b.left, b.top, b.width, b.height]; })()`)
	y := box[1] + box[3]/2
	at := func(f float64) float64 { return box[0] + box[2]*f }
	// Triangle wave: 30 % → 80 % → 30 % of the track, over the moves.
	pos := func(k int) float64 {
		half := moves / 2
		if k <= half {
			return 0.3 + 0.5*float64(k)/float64(half)
		}
		return 0.8 - 0.5*float64(k-half)/float64(moves-half)
	}
	p.quiet() // the drag starts on a page whose worker is idle
	require.True(p.t, eval[bool](p, dragProbeJS), "the drag probe finds its slider")
	p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, at(pos(0)), y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	// A mouse does not wait for the page: each move is sent on its tick,
	// and Chromium queues and coalesces what the page has not taken yet
	// (a move's command returns once the page has handled it).
	start := time.Now()
	errs := make(chan error, moves)
	for k := 1; k <= moves; k++ {
		time.Sleep(time.Until(start.Add(time.Duration(k) * time.Second / 60)))
		go func(x float64) {
			errs <- chromedp.Do(p.ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y, chromedp.ButtonLeft))
		}(at(pos(k)))
	}
	for k := 1; k <= moves; k++ {
		require.NoError(p.t, <-errs)
	}
	f := eval[dragFigures](p, dragDoneJS)
	p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, at(pos(moves)), y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	require.NotZero(p.t, f.Inputs, "the drag moved the slider")
	require.Len(p.t, f.E2E, f.Inputs, "a frame after each step")
	p.quiet()
	return f
}

// hoverProbeJS times each read-out the mouse brings up over a chart's
// points (rect.hit; app.js shows the read-out on pointerover, asking the
// core for the point's text): from the pointer event (its timeStamp) to a
// requestAnimationFrame callback with the read-out's style and layout
// forced, and the work: app.js's handler and that style and layout.
const hoverProbeJS = `(() => {
	const h = {moves: [], t0: 0, tIn: 0};
	const isHit = (t) => t.getAttribute && t.getAttribute('class') === 'hit';
	h.first = (e) => { if (isHit(e.target)) { h.t0 = e.timeStamp; h.tIn = performance.now(); } };
	h.after = (e) => {
		if (!isHit(e.target)) return;
		const t0 = h.t0, tIn = h.tIn, td = performance.now();
		const tip = document.querySelector('.tip');
		const text = tip && !tip.hidden ? tip.textContent : '';
		requestAnimationFrame(() => {
			const tl = performance.now();
			void document.body.offsetHeight;
			const t1 = performance.now();
			h.moves.push({e2e: t1 - t0, work: (td - tIn) + (t1 - tl), handler: td - tIn, text});
		});
	};
	addEventListener('pointerover', h.first, true);
	addEventListener('pointerover', h.after);
	window.__hover = h;
	return true;
})()`

type hoverFigures struct {
	E2E, Work []float64
	Handler   []float64 // the part of Work in app.js's handler
	Shown     int       // moves whose read-out had text
	Distinct  int       // different read-outs among them
}

// benchHover moves the mouse over the points of chart fig (its id), one
// point after another across the chart, moves times, and returns what
// the probe saw.
func benchHover(p *tab, fig string, moves int) hoverFigures {
	p.t.Helper()
	p.quiet()
	pts := eval[[][]float64](p, `(() => { const f = document.getElementById('`+fig+`');
		f.scrollIntoView({block: 'center'});
		return [...f.querySelectorAll('rect.hit')].map((r) => { const b = r.getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2]; }); })()`)
	require.GreaterOrEqual(p.t, len(pts), 2, "chart %s has points to hover", fig)
	require.True(p.t, eval[bool](p, hoverProbeJS))
	// Start off the chart, then visit points spread across it, so that each
	// move enters a new point.
	p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 2, 2))
	stride := max(1, len(pts)/moves)
	for k := 0; k < moves; k++ {
		pt := pts[(k*stride+k/len(pts))%len(pts)]
		p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, pt[0], pt[1]))
		eval[bool](p, `new Promise((r) => { const f = () => window.__hover.moves.length >= `+strconv.Itoa(k+1)+` ? r(true) : requestAnimationFrame(f); f(); })`)
	}
	type move struct {
		E2E, Work, Handler float64
		Text               string
	}
	ms := eval[[]move](p, `(() => { const h = window.__hover; removeEventListener('pointerover', h.first, true); removeEventListener('pointerover', h.after); return h.moves; })()`)
	p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 2, 2))
	var f hoverFigures
	seen := map[string]bool{}
	for _, m := range ms {
		f.E2E = append(f.E2E, m.E2E)
		f.Work = append(f.Work, m.Work)
		f.Handler = append(f.Handler, m.Handler)
		if m.Text != "" {
			f.Shown++
			seen[m.Text] = true
		}
	}
	f.Distinct = len(seen)
	require.Equal(p.t, moves, len(ms), "a read-out measure for each move")
	require.Equal(p.t, moves, f.Shown, "each move over a point shows its read-out")
	return f
}

// slowLoad is one cold load on a slowed CPU and connection.
type slowLoad struct {
	FCP, Ready float64
	// WasmBytes is what came over the wire for main.wasm (its encoded
	// body) and WasmMS how long its body took to arrive; LoopMS is a
	// fixed JavaScript loop's time on the loaded page, to check the CPU
	// was slowed.
	WasmBytes, WasmDecoded, WasmMS, LoopMS float64
}

// cpuLoopJS is a fixed piece of JavaScript work: its time on a throttled
// page against a normal one shows the throttling took effect.
const cpuLoopJS = `(() => { const t = performance.now(); let x = 0; for (let i = 0; i < 2e7; i++) x = (x + i * 7) % 1000003; return x >= 0 ? performance.now() - t : -1; })()`

// benchSlowLoad loads the page cold in a fresh browser with the CPU slowed
// cpu× and the network at the given latency and throughput (bytes per
// second each way), both set before the navigation, and waits until it is
// interactive.
func benchSlowLoad(t *testing.T, cpu, latencyMS, bytesPerS float64) slowLoad {
	t.Helper()
	p := newPage(t, 1440, 900, "light")
	_, err := chromedp.Call(p.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpu})
	require.NoError(t, err)
	_, err = chromedp.Call(p.ctx, network.Enable, network.EnableParams{})
	require.NoError(t, err)
	_, err = chromedp.Call(p.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{{Latency: latencyMS, DownloadThroughput: bytesPerS, UploadThroughput: bytesPerS}},
	})
	require.NoError(t, err)
	p.navigate("")
	l := eval[slowLoad](p, `(() => {
		const w = performance.getEntriesByType('resource').find((e) => /\/main\.[0-9a-f]+\.wasm$/.test(e.name));
		return {fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
			ready: performance.getEntriesByName('cde-ready')[0].startTime,
			wasmBytes: w ? w.encodedBodySize : -1, wasmDecoded: w ? w.decodedBodySize : -1, wasmMS: w ? w.responseEnd - w.responseStart : -1};
	})()`)
	p.quiet() // the loop below on a page whose worker is idle
	l.LoopMS = eval[float64](p, cpuLoopJS)
	closeBrowser(p)
	return l
}

// closeBrowser closes a page's browser once its figures are read: its
// page, still sampling after a cold load, would otherwise share the
// machine with what is measured next.
func closeBrowser(p *tab) {
	p.t.Helper()
	require.NoError(p.t, chromedp.Cancel(p.ctx))
}

// budgetLine is one line of the summary: the budget, what was measured
// and whether it was met; misses holds, for each limit of the budget, how
// far past it the measure was (see miss), "" where it was kept.
func budgetLine(name, measured string, misses ...string) string {
	var missed []string
	for _, m := range misses {
		if m != "" {
			missed = append(missed, m)
		}
	}
	verdict := "met"
	if len(missed) > 0 {
		verdict = "MISSED " + strings.Join(missed, "; ")
	}
	return "budget: " + name + ": " + measured + ": " + verdict
}

// miss says how far value is past limit ("by 3.2 ms (20 %)"), or "" when
// it is within it. A NaN (nothing measured) is a miss.
func miss(what string, value, limit float64, unit string) string {
	if value <= limit {
		return ""
	}
	if what != "" {
		what += " "
	}
	prec := 1
	if unit == "B" {
		prec = 0
	}
	return what + "by " + strconv.FormatFloat(value-limit, 'f', prec, 64) + " " + unit +
		" (" + strconv.FormatFloat(100*(value-limit)/limit, 'f', 0, 64) + " %)"
}
