package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The golden files of testdata/diff are rewritten by the package's
// -update flag (defined in eval_test.go):
//
//	go test ./cmd/computedeals -run TestDiff -update

func runDiffArgs(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), append([]string{"diff"}, args...), &out, &errb)
	code = 0
	if err != nil {
		code = 1
		var ex *exitError
		if errors.As(err, &ex) {
			code = ex.code
		}
	}
	return out.String(), errb.String(), code
}

func diffGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "diff", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cmd/computedeals -run TestDiff -update to create it")
	assert.Equal(t, string(want), got, "output differs from %s; if the change is meant, run with -update and review the diff", path)
}

func TestDiffGolden(t *testing.T) {
	cases := []struct{ name, a, b string }{
		// Scenarios of vintage 2026-11, named.
		{"aws-size-and-pue", "#data=2026-11&preset=aws-only", "https://example.org/#data=2026-11&preset=aws-only&d.aws.n=450k&pue=1.3"},
		{"two-presets", "data=2026-11", "data=2026-11&preset=openai-2026-11"},
		{"coupled-keys", "data=2026-11", "data=2026-11&d.aws.derive=value&d.aws.price=3&d.azure.start=2029-03&d.azure.full=2029-12&seed=9"},
		{"twelve-changes", "data=2026-11", "data=2026-11&pue=1.3&load=0.9&power_price=90&facility_capex=18&life=6&utilization=0.5" +
			"&discount_rate=0.1&arr=22B&growth=0.8&growth_decay=0.25&d.aws.n=400k&d.azure.price=3"},
		{"same-scenario", "preset=anthropic&data=2026-11", "v=1&data=2026-11&preset=anthropic"},
		// The default view, the newest vintage's.
		{"2026-12/aws-size-and-pue", "", "pue=1.3&d.aws.n=450k"},
	}
	for _, c := range cases {
		for _, format := range []string{"txt", "json"} {
			t.Run(c.name+"."+format, func(t *testing.T) {
				args := []string{c.a, c.b}
				if format == "json" {
					args = append([]string{"--json"}, args...)
				}
				stdout, stderr, code := runDiffArgs(t, args...)
				require.Equal(t, 0, code, stderr)
				assert.Empty(t, stderr)
				if format == "json" {
					var doc map[string]any
					require.NoError(t, json.Unmarshal([]byte(stdout), &doc))
				}
				diffGolden(t, c.name+"."+format, stdout)
			})
		}
	}
}

func TestDiffBadLinksExitTwoWithTheirProblems(t *testing.T) {
	stdout, stderr, code := runDiffArgs(t, "pue=banana", "d.nope.n=1")
	assert.Equal(t, 2, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "problem in A: pue=banana")
	assert.Contains(t, stderr, "problem in B: d.nope.n=1")
}

func TestDiffLenientComparesTheValidParts(t *testing.T) {
	stdout, _, code := runDiffArgs(t, "pue=banana&d.aws.n=450k", "--lenient", "pue=1.3")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "problem: pue=banana")
	assert.Contains(t, stdout, "AWS: Accelerators 450k → 300k")
}

func TestDiffUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"preset=aws-only"}, {"a", "b", "c"}, {"--nope", "a", "b"}} {
		_, _, code := runDiffArgs(t, args...)
		assert.Equal(t, 2, code, "%q", args)
	}
}
