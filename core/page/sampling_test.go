package page

import (
	"math"
	"strings"
	"testing"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/worker"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSamplingAsksOncePerScenario(t *testing.T) {
	sm := sampling{output: "portfolio.value_usd"}
	sm.restart(false)
	msg, ok := sm.request("v=1", false)
	require.True(t, ok)
	r, ok := worker.ParseRequest(msg)
	require.True(t, ok)
	assert.Equal(t, worker.Request{Gen: 1, Link: "v=1", Output: "portfolio.value_usd"}, r)
	_, ok = sm.request("v=1", false)
	assert.False(t, ok, "asked already")

	sm.setOutput("portfolio.pv_usd")
	msg, ok = sm.request("v=1", false)
	assert.True(t, ok, "another tornado output is a new request")
	assert.Contains(t, msg, "portfolio.pv_usd")
}

// replies returns the worker's replies for the default scenario, in order.
func replies(t *testing.T, gen int) (*outputs.Layout, []string) {
	t.Helper()
	s := scenario.Default(library.Default())
	w := worker.NewSampler(library.Default())
	w.Message(worker.Request{Gen: gen, Link: s.Link(), Output: "portfolio.value_usd"}.Encode())
	var out []string
	for more := true; more; {
		var m string
		m, more = w.Step()
		if m != "" {
			out = append(out, m)
		}
	}
	return outputs.NewLayout(s), out
}

func TestSamplingTakesRepliesForItsScenarioOnly(t *testing.T) {
	lay, msgs := replies(t, 1)
	layout := lay
	sm := sampling{output: "portfolio.value_usd"}
	sm.restart(false)
	assert.Equal(t, "running", sm.state())
	for i, m := range msgs {
		sm.take(m, layout)
		if i < len(msgs)-1 {
			assert.Equal(t, "running", sm.state(), "after %d replies", i+1)
		}
	}
	assert.Equal(t, "done", sm.state())
	require.NotNil(t, sm.currentSens())
	lo, _, hi, ok := sm.bands.band("portfolio.value_usd")
	assert.True(t, ok)
	assert.Less(t, lo, hi)

	// A new scenario: the bands go, the tornado stays but is out of date,
	// and replies about the old one are dropped.
	sm.restart(false)
	assert.Nil(t, sm.bands)
	assert.NotNil(t, sm.sens)
	assert.Nil(t, sm.currentSens())
	sm.take(msgs[len(msgs)-1], layout)
	assert.Nil(t, sm.bands, "a late reply for gen 1")
	assert.Equal(t, "running", sm.state())
}

func TestSamplingDropsBandsThatDoNotFitTheLayout(t *testing.T) {
	lay, msgs := replies(t, 1)
	var bands string
	for _, m := range msgs {
		if strings.HasPrefix(m, "bands") {
			bands = m
		}
	}
	sm := sampling{}
	sm.restart(false)
	r, _ := worker.ParseReply(bands)
	r.P5 = r.P5[1:]
	short := r.Encode()
	sm.take(short, lay)
	assert.Nil(t, sm.bands)
	sm.take("nonsense", lay)
	assert.Equal(t, "running", sm.state())
}

func TestSamplingStopsOnAnError(t *testing.T) {
	sm := sampling{}
	sm.restart(false)
	sm.take((&worker.Reply{Kind: worker.Failed, Gen: 1, Err: "out of memory"}).Encode(), nil)
	assert.Equal(t, "stopped", sm.state())
	assert.Equal(t, "out of memory", sm.err)
	sm.restart(false)
	assert.Equal(t, "running", sm.state(), "a new scenario tries again")
}

func TestBandOfAnOutputWithoutOne(t *testing.T) {
	var b *bandSet
	_, _, _, ok := b.band("portfolio.value_usd")
	assert.False(t, ok, "no bands yet")
	lay := outputs.NewLayout(scenario.Default(library.Default()))
	n := len(lay.Paths)
	b = &bandSet{layout: lay, p5: make([]float64, n), p50: make([]float64, n), p95: make([]float64, n)}
	b.p5[lay.Index("portfolio.value_usd")] = math.NaN()
	_, _, _, ok = b.band("portfolio.value_usd")
	assert.False(t, ok, "NaN: no finite samples")
	_, _, _, ok = b.band("no.such.path")
	assert.False(t, ok)
}

// While a slider is dragged every value goes to the worker, marked as a
// drag, and the quick bands of a value the drag has passed are shown
// until newer ones come: the fans follow the drag. Once it ends, only the
// bands of the value shown are taken, and the run refines.
func TestBandsFollowADrag(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11&preset=aws-only")
	w := worker.NewSampler(library.Default())
	// serve is the worker: it takes the page's newest request and answers.
	serve := func(req string) (out []string) {
		w.Message(req)
		for more := true; more; {
			var m string
			m, more = w.Step()
			if m != "" {
				out = append(out, m)
			}
		}
		return out
	}
	a.Render(1000)
	for _, m := range serve(a.sampling.sent) {
		a.Handle(Event{Type: "bands", Value: m})
	}
	a.Render(1016)
	require.Equal(t, "done", a.sampling.state())
	lo0, _, _, ok := a.sampling.bands.band("portfolio.peak_facility_gw")
	require.True(t, ok)

	// The drag: three moves, a frame each; the worker is a frame behind.
	var pending string
	var shown []float64
	var shownGen []int
	for i, pos := range []string{"600", "700", "800"} {
		a.Handle(Event{Type: "input", Key: "d.aws.n", Value: pos, Phase: "slide"})
		f := a.Render(2000 + 16*float64(i))
		req, ok := worker.ParseRequest(f.Worker)
		require.True(t, ok, "every value of the drag goes to the worker")
		assert.True(t, req.Drag)
		if pending != "" {
			for _, m := range serve(pending) {
				a.Handle(Event{Type: "bands", Value: m})
			}
		}
		pending = f.Worker
		lo, _, _, ok := a.sampling.bands.band("portfolio.peak_facility_gw")
		require.True(t, ok, "the fans never blink out during the drag")
		shown = append(shown, lo)
		shownGen = append(shownGen, a.sampling.bands.gen)
	}
	assert.Equal(t, lo0, shown[0], "before the worker has answered, the bands of before the drag")
	assert.NotEqual(t, lo0, shown[1], "then those of the first value the drag passed")
	g := a.sampling.gen
	assert.Equal(t, []int{g - 2, g - 1}, shownGen[1:], "each frame, the bands of the value one frame before")
	assert.NotEqual(t, "done", a.sampling.state(), "quick bands of a passed value are not the scenario's")

	// Letting go: the same scenario, no longer a drag; the run refines.
	a.Handle(Event{Type: "input", Key: "d.aws.n", Value: "800", Phase: "commit"})
	f := a.Render(3000)
	req, ok := worker.ParseRequest(f.Worker)
	require.True(t, ok)
	assert.False(t, req.Drag)
	stale := serve(pending) // the last drag value's quick bands, late
	for _, m := range stale {
		a.Handle(Event{Type: "bands", Value: m})
	}
	for _, m := range serve(f.Worker) {
		a.Handle(Event{Type: "bands", Value: m})
	}
	a.Render(3016)
	assert.Equal(t, "done", a.sampling.state())
	assert.Equal(t, a.sampling.gen, a.sampling.bands.gen)
}
