package worker

import (
	"testing"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSamplerPostsFirstBandsThenTheTornadoThenRefines(t *testing.T) {
	cat := library.Default()
	s := scenario.Default(cat)
	w := NewSampler(cat)
	w.Message(Request{Gen: 7, Link: s.Link(), Output: "portfolio.value_usd"}.Encode())
	assert.Equal(t, 7, w.Gen())
	var kinds []Kind
	var samples []int
	for _, r := range drainReplies(t, w, nil) {
		assert.Equal(t, 7, r.Gen)
		kinds = append(kinds, r.Kind)
		if r.Kind == Bands {
			samples = append(samples, r.Samples+r.Rejected)
			assert.Len(t, r.P5, len(outputs.NewLayout(s).Paths), "a figure for every output")
			assert.Equal(t, MaxSamples, r.Target)
		}
		if r.Kind == Sens {
			assert.Equal(t, "portfolio.value_usd", r.Output)
			assert.NotEmpty(t, r.Bars)
		}
	}
	assert.Equal(t, []Kind{Bands, Sens, Bands, Bands, Bands}, kinds)
	assert.Equal(t, postAt, samples)
}

func TestSamplerReportsALinkItCannotRead(t *testing.T) {
	w := NewSampler(library.Default())
	w.Message(Request{Gen: 2, Link: "v=99", Output: "portfolio.value_usd"}.Encode())
	out, more := w.Step()
	assert.False(t, more)
	r, ok := ParseReply(out)
	require.True(t, ok, out)
	assert.Equal(t, Failed, r.Kind)
	assert.Equal(t, 2, r.Gen)
	assert.NotEmpty(t, r.Err)
	out, more = w.Step()
	assert.Equal(t, "", out, "said once")
	assert.False(t, more)
}

func TestSamplerIgnoresWhatIsNotARequest(t *testing.T) {
	w := NewSampler(library.Default())
	w.Message("hello")
	out, more := w.Step()
	assert.Equal(t, "", out)
	assert.False(t, more)
}

// While a slider is dragged the worker posts the first bands of each
// value and stops; when the drag ends on that value, the same run goes on
// to the tornado and refines, without starting again.
func TestSamplerDuringADragPostsQuickBandsThenRefinesWhereItWas(t *testing.T) {
	cat := library.Default()
	s := scenario.Default(cat)
	w := NewSampler(cat)
	drain := func() (kinds []Kind, samples []int) {
		for _, r := range drainReplies(t, w, nil) {
			kinds = append(kinds, r.Kind)
			if r.Kind == Bands {
				samples = append(samples, r.Samples+r.Rejected)
			}
		}
		return kinds, samples
	}
	req := Request{Gen: 3, Link: s.Link(), Output: "portfolio.value_usd", Drag: true}
	w.Message(req.Encode())
	kinds, samples := drain()
	assert.Equal(t, []Kind{Bands}, kinds, "quick bands only while dragging")
	assert.Equal(t, []int{firstSamples}, samples)

	req.Drag = false
	w.Message(req.Encode())
	kinds, samples = drain()
	assert.Equal(t, []Kind{Sens, Bands, Bands, Bands}, kinds, "the tornado, then refining from where the drag left it")
	assert.Equal(t, postAt[1:], samples)
}

func TestARequestCarriesTheDrag(t *testing.T) {
	for _, drag := range []bool{false, true} {
		r := Request{Gen: 9, Link: "v=1&pue=1.3", Output: "portfolio.value_usd", Drag: drag}
		back, ok := ParseRequest(r.Encode())
		require.True(t, ok)
		assert.Equal(t, r, back)
	}
}
