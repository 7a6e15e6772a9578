package uncertainty

import (
	"math"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
)

// v2Scenario is the default view of a copy of vintage 2026-11 that
// samples by model version 2 (MODEL.md §11), with growth and
// growth_decay correlated 0.6 by default.
func v2Scenario(t testing.TB) *scenario.Scenario {
	t.Helper()
	v1, _ := library.Default().Vintage("2026-11")
	v := *v1
	v.ID = "2027-06"
	v.ModelVersion = 2
	v.Correlations = []library.Correlation{{A: "growth", B: "growth_decay", Rho: 0.6}}
	return scenario.Default(&library.Catalog{Vintages: []*library.Vintage{v1, &v}})
}

// A lone ranged input: its samples' median is its value, their 5th and
// 95th percentiles its range's ends, and so for an output that grows
// with it.
func TestALoneInputsMedianIsItsValue(t *testing.T) {
	const n = 10000
	s := v2Scenario(t)
	require.NoError(t, s.SetValue("pue", 1.3))
	in, err := s.Input("pue")
	require.NoError(t, err)
	r, ok := s.Range(in)
	require.True(t, ok)
	require.InDelta(t, 1.3*1.5/1.2, r.High, 1e-12, "the range followed the value")
	s.Ranges = map[string]scenario.Range{"pue": r}

	m, err := NewMonteCarlo(s)
	require.NoError(t, err)
	require.Len(t, m.Inputs(), 1)
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = m.inputs[0].Dist.At(m.draws(m.evs[0], i)[0])
	}
	p5, p50, p95 := percentiles(xs)
	assert.InDelta(t, 1.3, p50, 0.01*1.3)
	assert.InDelta(t, r.Low, p5, 0.015*r.Low)
	assert.InDelta(t, r.High, p95, 0.015*r.High)

	require.Equal(t, n, m.Run(n))
	const path = "portfolio.peak_facility_gw"
	b, ok := m.Bands().Band(path)
	require.True(t, ok)
	base := output(t, s, path)
	assert.InDelta(t, base, b.P50, 0.01*base, "an output that grows with the input has its base as median")
	assert.InDelta(t, outputAt(t, s, "pue", r.Low, path), b.P5, 0.015*b.P5)
	assert.InDelta(t, outputAt(t, s, "pue", r.High, path), b.P95, 0.015*b.P95)
}

func keyPos(t *testing.T, m *MonteCarlo, key string) int {
	t.Helper()
	for j, in := range m.Inputs() {
		if in.Input.Key == key {
			return j
		}
	}
	t.Fatalf("%s is not drawn", key)
	return -1
}

func TestCorrelatedDrawsHaveTheirRho(t *testing.T) {
	const n = 10000
	s := v2Scenario(t)
	require.NoError(t, s.SetCorrelations("growth:growth_decay:0.6,pue:utilization:-0.4"))
	m, err := NewMonteCarlo(s)
	require.NoError(t, err)
	pairs := []struct {
		a, b string
		rho  float64
		tol  float64
	}{
		{"growth", "growth_decay", 0.6, 0.02},
		{"pue", "utilization", -0.4, 0.02},
		// Uncorrelated: four standard errors of a sample correlation of 0.
		{"pue", "load", 0, 4 / math.Sqrt(n)},
		{"growth", "utilization", 0, 4 / math.Sqrt(n)},
	}
	type sums struct{ a, b, aa, bb, ab float64 }
	acc := make([]sums, len(pairs))
	pos := make([][2]int, len(pairs))
	for k, p := range pairs {
		pos[k] = [2]int{keyPos(t, m, p.a), keyPos(t, m, p.b)}
	}
	first := m.corrIdx[0]
	for i := range n {
		z := m.draws(m.evs[0], i)
		src := SampleSource(s.Seed, uint64(i))
		for j := range z {
			eps := src.Normal()
			if j == first || j != keyPos(t, m, "growth") && j != keyPos(t, m, "growth_decay") && j != keyPos(t, m, "utilization") {
				// The first correlated input, and every input not
				// correlated, takes its own draw unchanged.
				require.Equal(t, eps, z[j])
			}
		}
		for k := range pairs {
			x, y := z[pos[k][0]], z[pos[k][1]]
			acc[k].a += x
			acc[k].b += y
			acc[k].aa += x * x
			acc[k].bb += y * y
			acc[k].ab += x * y
		}
	}
	for k, p := range pairs {
		c := acc[k]
		cov := c.ab/n - c.a/n*c.b/n
		va, vb := c.aa/n-c.a/n*c.a/n, c.bb/n-c.b/n*c.b/n
		assert.InDelta(t, p.rho, cov/math.Sqrt(va*vb), p.tol, "%s with %s", p.a, p.b)
		assert.InDelta(t, 1, vb, 0.05, "%s stays standard normal", p.b)
	}
}

func TestVersionTwoSamplesDoNotDependOnProcessors(t *testing.T) {
	s := v2Scenario(t)
	require.NoError(t, s.SetCorrelations("growth:growth_decay:0.6,pue:utilization:-0.4"))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one := run(t, s, 2*minPerGoroutine+7)
	runtime.GOMAXPROCS(3)
	three := run(t, s, minPerGoroutine, minPerGoroutine+7)
	assert.Equal(t, floatBits(one.P5), floatBits(three.P5))
	assert.Equal(t, floatBits(one.P50), floatBits(three.P50))
	assert.Equal(t, floatBits(one.P95), floatBits(three.P95))
	assert.Zero(t, one.Rejected)
}

func TestVersionTwoRefusesWhatMakesNoSample(t *testing.T) {
	s := v2Scenario(t)
	s.Ranges["pue"] = scenario.Range{Low: 1.4, High: 1.6} // pue is 1.2
	_, err := NewMonteCarlo(s)
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "pue", ie.Key)
	assert.ErrorIs(t, err, ErrRange)

	s = v2Scenario(t)
	s.Corr = []scenario.Correlation{{A: "pue", B: "load", Rho: 0.9}, {A: "pue", B: "utilization", Rho: 0.9}, {A: "load", B: "utilization", Rho: -0.9}}
	_, err = NewMonteCarlo(s)
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "corr", ie.Key)
	assert.ErrorIs(t, err, ErrCorrelation)

	s = v2Scenario(t)
	delete(s.Ranges, "growth")
	_, err = NewMonteCarlo(s)
	assert.NoError(t, err, "a pair whose input has no range is left out")
}

func TestVersionOneIgnoresCorrelations(t *testing.T) {
	s := oldDefault(t)
	plain := run(t, s, 300)
	c := s.Clone()
	c.Corr = []scenario.Correlation{{A: "growth", B: "growth_decay", Rho: 0.9}}
	assert.Equal(t, floatBits(plain.P50), floatBits(run(t, c, 300).P50))
}

func TestVersionTwoTornadoUsesTheFollowingRange(t *testing.T) {
	s := v2Scenario(t)
	require.NoError(t, s.SetValue("pue", 1.3))
	tor, err := NewTornado(s, "portfolio.peak_facility_gw")
	require.NoError(t, err)
	for _, b := range tor.Bars {
		if b.Key == "pue" {
			assert.InDelta(t, 1.3*1.1/1.2, b.Low, 1e-12)
			assert.InDelta(t, 1.3*1.5/1.2, b.High, 1e-12)
			return
		}
	}
	t.Fatal("no pue bar")
}

// Version 2's bands, with a value changed (its range follows) and
// correlations, hold on every platform like version 1's.
func TestVersionTwoBandsMatchTheGoldenFile(t *testing.T) {
	s := v2Scenario(t)
	require.NoError(t, s.Set("pue", "1.3"))
	require.NoError(t, s.Set("d.aws.n", "400k"))
	require.NoError(t, s.SetCorrelations("growth:growth_decay:0.6,pue:utilization:-0.4,a.gb300.capex:d.aws.n:0.3"))
	s.Seed = goldenSeed
	checkGolden(t, s, "the default view, model version 2, pue 1.3, d.aws.n 400k, three correlations", filepath.Join("testdata", "bands_v2_seed7_400.golden"))
}
