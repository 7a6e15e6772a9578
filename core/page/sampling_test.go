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
	sm.restart()
	msg, ok := sm.request("v=1")
	require.True(t, ok)
	r, ok := worker.ParseRequest(msg)
	require.True(t, ok)
	assert.Equal(t, worker.Request{Gen: 1, Link: "v=1", Output: "portfolio.value_usd"}, r)
	_, ok = sm.request("v=1")
	assert.False(t, ok, "asked already")

	sm.setOutput("portfolio.pv_usd")
	msg, ok = sm.request("v=1")
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
	sm.restart()
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
	sm.restart()
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
	sm.restart()
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
	sm.restart()
	sm.take((&worker.Reply{Kind: worker.Failed, Gen: 1, Err: "out of memory"}).Encode(), nil)
	assert.Equal(t, "stopped", sm.state())
	assert.Equal(t, "out of memory", sm.err)
	sm.restart()
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
