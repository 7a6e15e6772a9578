package uncertainty

import (
	"math"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
)

// defaultScenario is the default view: the newest vintage's first preset.
func defaultScenario(t testing.TB) *scenario.Scenario {
	t.Helper()
	return scenario.Default(library.Default())
}

// oldDefault is the default view of vintage 2026-11, by name, for the
// tests whose figures are that vintage's.
func oldDefault(t testing.TB) *scenario.Scenario {
	t.Helper()
	cat := library.Default()
	v, ok := cat.Vintage("2026-11")
	require.True(t, ok)
	return scenario.New(cat, v, v.DefaultPreset())
}

func run(t testing.TB, s *scenario.Scenario, parts ...int) *Bands {
	t.Helper()
	m, err := NewMonteCarlo(s)
	require.NoError(t, err)
	for _, n := range parts {
		require.Equal(t, n, m.Run(n))
	}
	return m.Bands()
}

func TestBandsAreOrderedForEveryOutput(t *testing.T) {
	b := run(t, defaultScenario(t), 2000)
	require.Equal(t, 2000, b.Samples)
	require.Zero(t, b.Rejected)
	require.Len(t, b.P50, len(b.Layout.Paths))
	for i, path := range b.Layout.Paths {
		if b.Finite[i] == 0 {
			assert.True(t, math.IsNaN(b.P50[i]), path)
			continue
		}
		assert.LessOrEqual(t, b.P5[i], b.P50[i], path)
		assert.LessOrEqual(t, b.P50[i], b.P95[i], path)
	}
	value, ok := b.Band("portfolio.value_usd")
	require.True(t, ok)
	assert.Less(t, value.P5, value.P95, "the ranges move the portfolio's value")
	_, ok = b.Band("portfolio.nonsense")
	assert.False(t, ok)
}

func TestZeroWidthRangesGiveTheScenariosOwnValues(t *testing.T) {
	s := defaultScenario(t).Clone()
	for key := range s.Ranges {
		in, err := s.Input(key)
		require.NoError(t, err)
		v := s.Num(in)
		s.Ranges[key] = scenario.Range{Low: v, High: v}
	}
	r, err := s.Evaluate()
	require.NoError(t, err)
	want := outputs.NewLayout(s).Values(r, nil)
	b := run(t, s, 300)
	for i, path := range b.Layout.Paths {
		if math.IsNaN(want[i]) || math.IsInf(want[i], 0) {
			assert.Zero(t, b.Finite[i], path)
			continue
		}
		if strings.HasSuffix(path, ".pv_usd") || strings.HasSuffix(path, ".energy_twh") ||
			strings.HasSuffix(path, ".useful_flop") || strings.HasSuffix(path, ".sustain_spend_usd") {
			// Sampling discounts a deal's months by a dot product
			// with the sample's powers of the monthly step (powers),
			// not month by month, and sums a cloud deal's energy,
			// FLOP and renewals per year (onDeals.cloud): the same
			// sums to a few ulps.
			for _, got := range [...]float64{b.P5[i], b.P50[i], b.P95[i]} {
				assert.LessOrEqual(t, math.Abs(got-want[i]), 1e-13*math.Abs(want[i]), "%s: want %v, got %v", path, want[i], got)
			}
			continue
		}
		assert.Equal(t, want[i], b.P5[i], path)
		assert.Equal(t, want[i], b.P50[i], path)
		assert.Equal(t, want[i], b.P95[i], path)
	}
}

func TestTheSameSeedGivesTheSameBands(t *testing.T) {
	s := defaultScenario(t)
	a, b := run(t, s, 1500), run(t, s, 1500)
	// Bit for bit: an output without a value (NaN) is the same NaN.
	assert.Equal(t, floatBits(a.P5), floatBits(b.P5))
	assert.Equal(t, floatBits(a.P50), floatBits(b.P50))
	assert.Equal(t, floatBits(a.P95), floatBits(b.P95))

	other := s.Clone()
	other.Seed = 2
	c := run(t, other, 1500)
	assert.NotEqual(t, a.P50, c.P50, "another seed, other samples")
	assert.Equal(t, uint64(2), c.Seed)
}

func TestRunsAddUpToOneRun(t *testing.T) {
	s := defaultScenario(t)
	whole := run(t, s, 10000)
	parts := run(t, s, 1000, 9000)
	assert.Equal(t, floatBits(whole.P5), floatBits(parts.P5))
	assert.Equal(t, floatBits(whole.P50), floatBits(parts.P50))
	assert.Equal(t, floatBits(whole.P95), floatBits(parts.P95))
	assert.Equal(t, whole.Finite, parts.Finite)
	assert.Equal(t, 10000, parts.Samples)
}

func TestProcessorsDoNotChangeTheSamples(t *testing.T) {
	s := defaultScenario(t)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one := run(t, s, 2*minPerGoroutine+7)
	runtime.GOMAXPROCS(3)
	three := run(t, s, 2*minPerGoroutine+7)
	assert.Equal(t, floatBits(one.P5), floatBits(three.P5))
	assert.Equal(t, floatBits(one.P50), floatBits(three.P50))
	assert.Equal(t, floatBits(one.P95), floatBits(three.P95))
}

func TestOffDealsEvaluatedApartGiveTheSameOutputs(t *testing.T) {
	s := defaultScenario(t)
	inputs, err := RangedInputs(s)
	require.NoError(t, err)
	split := newEvaluator(s, nil)
	require.True(t, split.split, "the default view has deals off")
	whole := newEvaluator(s, nil)
	whole.split = false
	whole.res = model.Result{}
	for i := range 200 {
		src := SampleSource(5, uint64(i))
		split.reset()
		whole.reset()
		for _, in := range inputs {
			v := in.Dist.Sample(&src)
			in.set(&split.work, v)
			in.set(&whole.work, v)
		}
		require.NoError(t, split.eval())
		require.NoError(t, whole.eval())
		a := split.layout.Values(&split.res, nil)
		b := whole.layout.Values(&whole.res, nil)
		for j := range a {
			if a[j] != b[j] && !(math.IsNaN(a[j]) && math.IsNaN(b[j])) {
				t.Fatalf("sample %d: %s is %v apart and %v whole", i, split.layout.Paths[j], a[j], b[j])
			}
		}
	}
}

func TestRefusedSamplesAreCountedNotFatal(t *testing.T) {
	m, err := NewMonteCarlo(defaultScenario(t))
	require.NoError(t, err)
	for i := range m.inputs {
		if m.inputs[i].Input.Key == "pue" {
			// A PUE below 1 is out of the model's domain: about half of
			// these samples are.
			m.inputs[i].Dist, err = NewDist(0.8, 1.2, 0, 3)
			require.NoError(t, err)
		}
	}
	m.Run(400)
	b := m.Bands()
	assert.Equal(t, 400, b.Samples+b.Rejected)
	assert.InDelta(t, 200, b.Rejected, 60)
	assert.Contains(t, b.Rejection, "pue")
	for i, path := range b.Layout.Paths {
		assert.LessOrEqual(t, b.Finite[i], b.Samples, path)
	}
	v, _ := b.Band("portfolio.value_usd")
	assert.Less(t, v.P5, v.P95)
}

func TestRunIsBounded(t *testing.T) {
	m, err := NewMonteCarlo(defaultScenario(t))
	require.NoError(t, err)
	assert.Zero(t, m.Run(-5))
	assert.Zero(t, m.Run(0))
	b := m.Bands()
	assert.Zero(t, b.Samples)
	assert.True(t, math.IsNaN(b.P50[0]), "no samples, no bands")
	assert.Len(t, m.Inputs(), len(b.Inputs))
	assert.Equal(t, "pue", b.Inputs[0], "inputs are drawn in the order of Scenario.Inputs")
}

func TestABadRangeIsAnError(t *testing.T) {
	s := defaultScenario(t).Clone()
	s.Ranges["pue"] = scenario.Range{Low: 1.5, High: 1.1}
	_, err := NewMonteCarlo(s)
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "pue", ie.Key)
	assert.ErrorIs(t, err, ErrRange)
}

func TestResetStartsAfresh(t *testing.T) {
	s := defaultScenario(t)
	m, err := NewMonteCarlo(s)
	require.NoError(t, err)
	m.Run(700)
	other := s.Clone()
	other.Seed = 9
	require.NoError(t, m.Reset(other))
	assert.Zero(t, m.Samples())
	m.Run(500)
	assert.Equal(t, floatBits(run(t, other, 500).P50), floatBits(m.Bands().P50))

	bad := s.Clone()
	bad.Ranges["pue"] = scenario.Range{Low: 2, High: 1}
	assert.Error(t, m.Reset(bad))
	assert.Equal(t, 500, m.Samples(), "a failed reset changes nothing")
}

func floatBits(xs []float64) []uint64 {
	out := make([]uint64, len(xs))
	for i, x := range xs {
		out[i] = math.Float64bits(x)
	}
	return out
}

// TestResetKeepsOnlyProfilesThatStillHold runs views one after another
// through Reset, which keeps the deals' profiles (profileStore), each
// changing what profiles depend on (a deal's start and full, on and off,
// its shape, the horizon) or not at all, over enough samples to spread
// over goroutines natively, and holds every band to a new MonteCarlo's.
func TestResetKeepsOnlyProfilesThatStillHold(t *testing.T) {
	s := defaultScenario(t)
	m, err := NewMonteCarlo(s)
	require.NoError(t, err)
	m.Run(1200)
	for _, kv := range [][]string{
		{"d.amd.start", "2026-09", "d.amd.full", "2027-11"},
		{"d.aws.start", "2026-01"},
		{"d.nvidia.full", "2031-06", "d.meta-google.start", "2025-12"},
		{"d.broadcom.shape", "linear"},
		{"from", "2024-01", "to", "2033-12"},
		{"seed", "5"},
	} {
		next := s.Clone()
		for i := 0; i < len(kv); i += 2 {
			require.NoError(t, next.Set(kv[i], kv[i+1]), kv[i])
		}
		require.NoError(t, m.Reset(next), kv[0])
		m.Run(1200)
		want := run(t, next, 1200)
		got := m.Bands()
		for _, q := range [...][2][]float64{{want.P5, got.P5}, {want.P50, got.P50}, {want.P95, got.P95}} {
			require.Equal(t, floatBits(q[0]), floatBits(q[1]), kv[0])
		}
		s = next
	}
}
