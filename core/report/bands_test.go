package report

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
)

// fakeBands gives every output the band value×(0.9, 1, 1.1), and NaN
// for the paths it leaves out.
type fakeBands struct {
	values map[string]float64
	nan    string
}

func (f fakeBands) Band(path string) (outputs.Band, bool) {
	v, ok := f.values[path]
	if !ok {
		return outputs.Band{}, false
	}
	if path == f.nan {
		return outputs.Band{P5: math.NaN(), P50: math.NaN(), P95: math.NaN()}, true
	}
	return outputs.Band{P5: 0.9 * v, P50: v, P95: 1.1 * v}, true
}

func bandsOf(t *testing.T, s *scenario.Scenario) fakeBands {
	t.Helper()
	r, err := s.Evaluate()
	require.NoError(t, err)
	l := outputs.NewLayout(s)
	f := fakeBands{values: map[string]float64{}, nan: "years.2025.coverage"}
	for i, v := range l.Values(r, nil) {
		f.values[l.Paths[i]] = v
	}
	return f
}

func TestDocWithBandsAddsABandBesideEveryNumber(t *testing.T) {
	s := scenario.Default(library.Default())
	r, err := s.Evaluate()
	require.NoError(t, err)
	b := bandsOf(t, s)
	info := outputs.Sampling{Samples: 100, Rejected: 2, Rejection: "pue must be at least 1", Seed: 7, Inputs: []string{"pue", "d.aws.n"}}
	doc := DocWithBands(s, r, nil, b, info)
	plain := Doc(s, r, nil)

	keys := func(o jsondoc.Obj) []string {
		var ks []string
		for _, kv := range o {
			ks = append(ks, kv.K)
		}
		return ks
	}
	want := keys(plain)
	want = append(want[:5:5], append([]string{"sampling"}, want[5:]...)...)
	assert.Equal(t, want, keys(doc), "sampling follows problems; nothing else moves")

	smp, _ := doc.Get("sampling")
	assert.Equal(t, jsondoc.Obj{{K: "samples", V: 100}, {K: "rejected", V: 2}, {K: "seed", V: 7}, {K: "percentiles", V: []any{5, 50, 95}},
		{K: "inputs", V: []any{"pue", "d.aws.n"}}, {K: "rejection", V: "pue must be at least 1"}}, smp)

	p, _ := doc.Get("portfolio")
	pb, ok := p.(jsondoc.Obj).Get("bands")
	require.True(t, ok)
	v, _ := pb.(jsondoc.Obj).Get("value_usd")
	assert.Equal(t, jsondoc.Obj{{K: "p5", V: 0.9 * r.Totals.ValueUSD}, {K: "p50", V: r.Totals.ValueUSD}, {K: "p95", V: 1.1 * r.Totals.ValueUSD}}, v)
	assert.Len(t, pb.(jsondoc.Obj), len(outputs.Portfolio))

	deals, _ := doc.Get("deals")
	for _, d := range deals.([]any) {
		db, ok := d.(jsondoc.Obj).Get("bands")
		require.True(t, ok)
		assert.Len(t, db.(jsondoc.Obj), len(outputs.Deal))
	}
	years, _ := doc.Get("years")
	yb, _ := years.([]any)[0].(jsondoc.Obj).Get("bands")
	assert.Len(t, yb.(jsondoc.Obj), len(outputs.Year))

	cov, _ := yb.(jsondoc.Obj).Get("coverage")
	js := string(jsondoc.Encode(cov))
	assert.True(t, strings.HasPrefix(js, "{\n  \"p5\": null,"), "a band without finite samples is null: %s", js)

	// The plain document is untouched.
	pp, _ := plain.Get("portfolio")
	_, has := pp.(jsondoc.Obj).Get("bands")
	assert.False(t, has)
}
