package explain

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/compare"
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

func TestEvalWithBandsShowsTheRangeOnPortfolioLines(t *testing.T) {
	s := decode(t, "data=2026-11") // the figures below are 2026-11's default view's
	r, err := s.Evaluate()
	require.NoError(t, err)
	info := outputs.Sampling{Samples: 10000, Seed: 1, Inputs: make([]string, 43)}
	text := evalWithBands(s, r, nil, bandsOf(t, s), info)
	plain := evalText(s, r, nil)

	assert.Contains(t, text, "\n  Monte Carlo           10,000 samples of 43 ranged inputs, seed 1\n")
	for _, row := range textBandRows {
		line := ""
		for _, ln := range strings.Split(text, "\n") {
			if strings.HasPrefix(ln, "  "+pad(row.label, 22)) {
				line = ln
			}
		}
		require.NotEmpty(t, line, "Text has no line %q: keep textBandRows in step with it", row.label)
		assert.Contains(t, line, "  5–95 %: ", row.label)
	}
	assert.Contains(t, text, "  Value                 $1.55T  (stated: about $1.40T)  5–95 %: $1.40T – $1.71T\n")
	assert.Contains(t, text, "\nYears, 5–95 % over 10,000 samples\n  year  spend 5%")

	// Without the added lines and ranges, the text is Text's.
	var kept []string
	skip := false
	for _, ln := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(ln, "  Monte Carlo "):
			continue
		case strings.HasPrefix(ln, "Years, 5–95 %"):
			skip = true
		case skip && ln == "":
			skip = false
			continue
		}
		if skip {
			continue
		}
		if i := strings.Index(ln, "  5–95 %: "); i >= 0 {
			ln = ln[:i]
		}
		kept = append(kept, ln)
	}
	assert.Equal(t, plain, strings.Join(kept, "\n"))
}

func TestComparisonSaysWhatDiffersAndWhy(t *testing.T) {
	c, err := compare.Links(library.Default(), "pue=banana", "d.aws.n=450k")
	require.NoError(t, err)
	text := Comparison(c)
	assert.Contains(t, text, "problem: pue=banana")
	assert.Contains(t, text, "AWS: Accelerators 300k → 450k")
	assert.Contains(t, text, "exact Shapley values (1 assumption)")
}
