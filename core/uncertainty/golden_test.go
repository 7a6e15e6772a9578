package uncertainty

import (
	"bufio"
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/scenario"
)

// To run these tests in WebAssembly too, where the golden file must hold
// to 1e-9 relative as it does natively:
//
//	PATH="$(go env GOROOT)/lib/wasm:$PATH" GOOS=js GOARCH=wasm go test ./core/uncertainty/
//
// Regenerate the file natively with go test ./core/uncertainty/ -update,
// and review the diff.

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const (
	goldenFile    = "bands_seed7_400.golden"
	goldenSeed    = 7
	goldenSamples = 400
)

// TestBandsMatchTheGoldenFileOnEveryPlatform pins the bands of the default
// view, the newest vintage's (testdata/2026-12/), and of 2026-11's default
// view by name (testdata/, as it was when 2026-11 was the default).
func TestBandsMatchTheGoldenFileOnEveryPlatform(t *testing.T) {
	t.Run("2026-12", func(t *testing.T) {
		s := defaultScenario(t)
		require.Equal(t, "2026-12", s.Vintage.ID)
		bandsMatchTheGoldenFile(t, s, filepath.Join("testdata", "2026-12", goldenFile))
	})
	t.Run("2026-11", func(t *testing.T) {
		bandsMatchTheGoldenFile(t, oldDefault(t), filepath.Join("testdata", goldenFile))
	})
}

func bandsMatchTheGoldenFile(t *testing.T, s *scenario.Scenario, file string) {
	s = s.Clone()
	s.Seed = goldenSeed
	checkGolden(t, s, "the default view", file)
}

func checkGolden(t *testing.T, s *scenario.Scenario, what, file string) {
	t.Helper()
	b := run(t, s, goldenSamples)
	var got bytes.Buffer
	got.WriteString("# bands of " + what + ": seed " + strconv.Itoa(int(s.Seed)) + ", " +
		strconv.Itoa(b.Samples) + " samples; path p5 p50 p95\n")
	for i, path := range b.Layout.Paths {
		got.WriteString(path)
		for _, v := range [...]float64{b.P5[i], b.P50[i], b.P95[i]} {
			got.WriteString(" " + strconv.FormatFloat(v, 'g', -1, 64))
		}
		got.WriteString("\n")
	}
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
		require.NoError(t, os.WriteFile(file, got.Bytes(), 0o644))
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err)

	wantLines := lines(string(want))
	gotLines := lines(got.String())
	require.Equal(t, len(wantLines), len(gotLines), "the layout changed: regenerate with -update")
	require.Equal(t, wantLines[0], gotLines[0])
	for i := 1; i < len(wantLines); i++ {
		w, g := strings.Fields(wantLines[i]), strings.Fields(gotLines[i])
		require.Equal(t, w[0], g[0], "line %d", i+1)
		for j := 1; j < 4; j++ {
			wv, err1 := strconv.ParseFloat(w[j], 64)
			gv, err2 := strconv.ParseFloat(g[j], 64)
			require.NoError(t, err1)
			require.NoError(t, err2)
			if math.IsNaN(wv) {
				assert.True(t, math.IsNaN(gv), "%s: want NaN, got %v", w[0], gv)
				continue
			}
			// 1e-9 relative; and a figure that is a difference of equal
			// figures (a year's build rate once capacity holds still) may
			// come out as rounding noise of either sign, which the math
			// functions' last bit tells apart between platforms: below
			// 1e-12 in base units (GW, USD, …) a figure is zero.
			assert.LessOrEqual(t, math.Abs(gv-wv), math.Max(1e-9*math.Max(math.Abs(wv), math.Abs(gv)), 1e-12),
				"%s percentile %d: want %v, got %v", w[0], j, wv, gv)
		}
	}
}

func lines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}
