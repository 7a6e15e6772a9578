package worker

import (
	"math"
	"testing"

	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/stretchr/testify/assert"
)

func TestRequestRoundTrips(t *testing.T) {
	r := Request{Gen: 12, Link: "v=1&data=2026-11&preset=openai-2026-11&pue=1.3", Output: "portfolio.value_usd"}
	assert.Equal(t, "run\n12\nv=1&data=2026-11&preset=openai-2026-11&pue=1.3\nportfolio.value_usd", r.Encode())
	got, ok := ParseRequest(r.Encode())
	assert.True(t, ok)
	assert.Equal(t, r, got)
	for _, bad := range []string{"", "run\n1\nlink", "go\n1\nlink\nout", "run\nx\nlink\nout"} {
		_, ok := ParseRequest(bad)
		assert.False(t, ok, "%q", bad)
	}
}

func TestRepliesRoundTrip(t *testing.T) {
	for _, r := range []Reply{
		{Kind: Sens, Gen: 3, Output: "portfolio.value_usd", Base: 1.5e12, Bars: []uncertainty.Bar{
			{Key: "pue", Low: 1.1, High: 1.4, AtLow: 1.4e12, AtHigh: 1.6e12, Swing: 0.2e12},
		}},
		{Kind: Bands, Gen: 4, Samples: 200, Rejected: 1, Target: MaxSamples, Workers: 2, P5: []float64{1, 2}, P50: []float64{3, 4}, P95: []float64{5, 6}},
		{Kind: Failed, Gen: 5, Err: "the link has a problem"},
	} {
		got, ok := ParseReply(r.Encode())
		assert.True(t, ok, r.Encode())
		if r.Kind == Sens {
			// Swing is worked out again from the two ends.
			assert.InDelta(t, r.Bars[0].Swing, got.Bars[0].Swing, 1e-3)
			got.Bars[0].Swing = r.Bars[0].Swing
		}
		assert.Equal(t, r, got)
	}
}

func TestRepliesWithBadFiguresKeepTheRest(t *testing.T) {
	r, ok := ParseReply("sens\n2\nportfolio.value_usd\nNaN\npue\t1\t2\t3\t4\nshort\t1\nd.aws.n\t1\tx\t3\t4")
	assert.True(t, ok)
	assert.True(t, math.IsNaN(r.Base), "a tornado that could not be worked out has a NaN base")
	assert.Len(t, r.Bars, 2, "the line without five fields is left out")
	assert.True(t, math.IsNaN(r.Bars[1].High))

	r, ok = ParseReply("bands\n2\n10\n0\n10000\n1\n1,x\n1,2\n1,2")
	assert.True(t, ok)
	assert.True(t, math.IsNaN(r.P5[1]))

	for _, bad := range []string{"", "bands", "bands\nx\n1\n0\n1\n1\n1\n1\n1", "bands\n1\n1\n0\n1\n1\n1\n1", "sens\n1\nout", "error\n1", "what\n1\nx"} {
		_, ok := ParseReply(bad)
		assert.False(t, ok, "%q", bad)
	}
}
