package uncertainty

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
)

// widestLink is the widest a link makes the outputs: a horizon of 50
// years and 24 deals of one's own beside the library's, in vintage 2026-11
// (whose figures MaxBytes's comment gives).
func widestLink() string {
	var b strings.Builder
	b.WriteString("v=1&data=2026-11&preset=aws-only&from=2050-01&to=2099-12")
	for i := 1; i <= 24; i++ {
		fmt.Fprintf(&b, "&d.my-%d.kind=cloud&d.my-%d.provider=P%d&d.my-%d.accel=gb200&d.my-%d.derive=value"+
			"&d.my-%d.price=2.1&d.my-%d.n=50k&d.my-%d.start=2050-03&d.my-%d.full=2050-09&d.my-%d.term=480&d.my-%d.shape=scurve",
			i, i, i, i, i, i, i, i, i, i, i)
	}
	return b.String()
}

// TestMaxBytesBoundsTheSamplesOfAWideLink checks the arithmetic of the
// cap on the widest link, without drawing the samples: 100,000 of them
// would take 896 MB.
func TestMaxBytesBoundsTheSamplesOfAWideLink(t *testing.T) {
	s, problems := scenario.Decode(library.Default(), widestLink())
	require.Empty(t, problems)
	m, err := NewMonteCarlo(s)
	require.NoError(t, err)
	assert.Equal(t, 1514, len(m.Layout().Paths))
	assert.Equal(t, 12128, m.SampleBytes())
	assert.Greater(t, m.Bytes(MaxSamples), int64(MaxBytes), "all 100,000 would not fit")
	fit := m.Fitting()
	assert.Equal(t, 37350, fit, "the figure MaxBytes's comment gives")
	assert.LessOrEqual(t, m.Bytes(fit), int64(MaxBytes))
	assert.Greater(t, m.Bytes(fit+1), int64(MaxBytes))

	old, err := NewMonteCarlo(oldDefault(t))
	require.NoError(t, err)
	assert.Equal(t, MaxSamples, old.Fitting(), "2026-11's default view fits all 100,000")
	assert.LessOrEqual(t, old.Bytes(MaxSamples), int64(MaxBytes))

	// 2026-12 lists 40 deals: its default view has about twice the
	// outputs, and the page's 10,000 samples fit many times over.
	d, err := NewMonteCarlo(defaultScenario(t))
	require.NoError(t, err)
	assert.Equal(t, 75598, d.Fitting(), "the figure the README gives")
	assert.LessOrEqual(t, d.Bytes(10000), int64(MaxBytes)/2)
}

// TestRunStopsAtTheCap makes the outputs so wide that not one sample
// fits: Run draws none (and allocates nothing).
func TestRunStopsAtTheCap(t *testing.T) {
	m, err := NewMonteCarlo(defaultScenario(t))
	require.NoError(t, err)
	m.width = MaxBytes / 8
	assert.Zero(t, m.Fitting())
	assert.Zero(t, m.Run(10))
	assert.Zero(t, m.Samples())
	assert.Nil(t, m.chunks)
}

// TestBandsGatherFewerColumnsWithinTheirScratch checks that a smaller
// working copy for Bands changes nothing in the bands and stays within
// its bound.
func TestBandsGatherFewerColumnsWithinTheirScratch(t *testing.T) {
	m, err := NewMonteCarlo(defaultScenario(t))
	require.NoError(t, err)
	m.Run(2000)
	want := m.Bands()

	defer func(old int) { bandScratch = old }(bandScratch)
	bandScratch = 8 * 2000 * 3 // at most three columns at a time
	m.blocks = nil
	got := m.Bands()
	assert.Equal(t, want.Finite, got.Finite)
	assert.Equal(t, floatBits(want.P5), floatBits(got.P5))
	assert.Equal(t, floatBits(want.P50), floatBits(got.P50))
	assert.Equal(t, floatBits(want.P95), floatBits(got.P95))
	total := 0
	for _, b := range m.blocks {
		total += 8 * cap(b)
	}
	assert.LessOrEqual(t, total, bandScratch+8<<10, "the scratch of Bands, within a page of its bound")
}
