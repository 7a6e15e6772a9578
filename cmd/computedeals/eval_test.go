package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
)

// Regenerate the golden files with
//
//	go test ./cmd/computedeals -update
//
// and review the diff before committing it.
var update = flag.Bool("update", false, "rewrite the golden files of testdata/eval")

// runEvalArgs runs the command as main would and returns its output.
func runEvalArgs(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), append([]string{"eval"}, args...), &out, &errb)
	return out.String(), errb.String(), err
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ex *exitError
	if errors.As(err, &ex) {
		return ex.code
	}
	return 1
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "eval", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cmd/computedeals -update to create it")
	assert.Equal(t, string(want), got, "output differs from %s; if the change is meant, run with -update and review the diff", path)
}

// TestEvalGolden pins the text and JSON of the default view and of every
// preset of every vintage. Vintage 2026-11's files keep the names they had
// when it was the default (default.* is its default view, asked for by
// name); the others' are under the vintage's directory, and the default
// view, a link without data, is the newest vintage's (2026-12/default.*).
func TestEvalGolden(t *testing.T) {
	type evalCase struct{ name, link string }
	var cases []evalCase
	cat := library.Default()
	for _, v := range cat.Vintages {
		dir := v.ID + "/"
		if v.ID == "2026-11" {
			dir = ""
		}
		link := "data=" + v.ID
		if v == cat.Latest() {
			link = ""
		}
		cases = append(cases, evalCase{dir + "default", link})
		for _, p := range v.Presets {
			cases = append(cases, evalCase{dir + p.ID, "data=" + v.ID + "&preset=" + p.ID})
		}
	}
	for _, c := range cases {
		for _, format := range []struct{ ext, flag string }{{"txt", ""}, {"json", "--json"}} {
			t.Run(c.name+"."+format.ext, func(t *testing.T) {
				var args []string
				if format.flag != "" {
					args = append(args, format.flag)
				}
				if c.link != "" {
					args = append(args, c.link)
				}
				stdout, stderr, err := runEvalArgs(t, args...)
				require.NoError(t, err)
				assert.Empty(t, stderr)
				golden(t, c.name+"."+format.ext, stdout)
			})
		}
	}
}

func TestEvalDefaultViewIsThePresetOpenAI202612(t *testing.T) {
	none, _, err := runEvalArgs(t, "--json")
	require.NoError(t, err)
	named, _, err := runEvalArgs(t, "--json", "v=1&data=2026-12&preset=openai-2026-12")
	require.NoError(t, err)
	assert.Equal(t, none, named)

	t.Run("2026-11's default view is the preset openai-2025-11", func(t *testing.T) {
		none, _, err := runEvalArgs(t, "--json", "data=2026-11")
		require.NoError(t, err)
		named, _, err := runEvalArgs(t, "--json", "v=1&data=2026-11&preset=openai-2025-11")
		require.NoError(t, err)
		assert.Equal(t, none, named)
	})
}

func TestEvalBadLinkExitsTwoWithItsProblems(t *testing.T) {
	stdout, stderr, err := runEvalArgs(t, "pue=abc&d.nope.n=5&load=0.9")
	assert.Equal(t, 2, exitCode(err))
	assert.Empty(t, stdout, "nothing is shown of a link with problems")
	assert.Contains(t, stderr, "problem: pue=abc: not a number")
	assert.Contains(t, stderr, "problem: d.nope.n=5: no deal of that id")
	assert.Contains(t, err.Error(), "2 problem(s)")
	assert.Contains(t, err.Error(), "--lenient")

	t.Run("a link from a newer format", func(t *testing.T) {
		_, stderr, err := runEvalArgs(t, "v=2&pue=1.3")
		assert.Equal(t, 2, exitCode(err))
		assert.Contains(t, stderr, "problem: v=2: the link was made by a newer version")
	})
}

func TestEvalLenientShowsTheValidPart(t *testing.T) {
	stdout, stderr, err := runEvalArgs(t, "--lenient", "pue=abc&load=0.9")
	require.NoError(t, err)
	assert.Empty(t, stderr)
	assert.Contains(t, stdout, "link: #v=1&data=2026-12&preset=openai-2026-12&load=0.9\n", "a link without data reads the newest vintage")
	assert.Contains(t, stdout, "problem: pue=abc: not a number")

	stdout, _, err = runEvalArgs(t, "--json", "--lenient", "pue=abc&load=0.9")
	require.NoError(t, err)
	var doc struct {
		Link     string `json:"link"`
		Problems []struct {
			Key, Value, Message string
		} `json:"problems"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &doc))
	assert.Equal(t, "v=1&data=2026-12&preset=openai-2026-12&load=0.9", doc.Link)
	require.Len(t, doc.Problems, 1)
	assert.Equal(t, "pue", doc.Problems[0].Key)
	assert.Equal(t, "abc", doc.Problems[0].Value)
	assert.Contains(t, doc.Problems[0].Message, "not a number")
}

func TestEvalTakesAURLOrAFragment(t *testing.T) {
	want, _, err := runEvalArgs(t, "--json", "v=1&data=2026-11&preset=aws-only&pue=1.3")
	require.NoError(t, err)
	for _, link := range []string{
		"https://computedeals.example/explorer/#v=1&data=2026-11&preset=aws-only&pue=1.3",
		"#v=1&data=2026-11&preset=aws-only&pue=1.3",
		"pue=1.3&preset=aws-only&data=2026-11",
		"  #pue=1.3&data=2026-11&preset=aws-only\n",
	} {
		got, stderr, err := runEvalArgs(t, "--json", link)
		require.NoError(t, err, link)
		assert.Empty(t, stderr)
		assert.Equal(t, want, got, link)
	}
}

func TestEvalUsageErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
	}{
		{"two links", []string{"pue=1.3", "load=0.9"}},
		{"a link split by the shell at &", []string{"v=1", "pue=1.3", "load=0.9"}},
		{"both formats", []string{"--json", "--csv"}},
		{"an unknown flag", []string{"--yaml"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stdout, _, err := runEvalArgs(t, c.args...)
			assert.Equal(t, 2, exitCode(err))
			assert.Empty(t, stdout)
		})
	}
	t.Run("the message asks to quote the link", func(t *testing.T) {
		_, _, err := runEvalArgs(t, "pue=1.3", "load=0.9")
		assert.Contains(t, err.Error(), "quote the link")
	})
}
