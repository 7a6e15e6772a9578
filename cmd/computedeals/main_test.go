package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// runMain runs the command line as main does, through exitStatus, and
// returns what it printed and its exit status.
func runMain(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	status = exitStatus(run(context.Background(), args, &out, &errb), &errb)
	return out.String(), errb.String(), status
}

func TestUsageErrorsPrintOneLineAndAPointerToHelp(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"an unknown command", []string{"nope"}, `computedeals: unknown command "nope"`},
		{"no command", nil, "computedeals: no command given; the commands are serve, dist, eval, tornado, seek, diff and help"},
		{"an unknown flag", []string{"eval", "--yaml"}, "computedeals: eval: flag provided but not defined: -yaml"},
		{"a flag without its value", []string{"tornado", "--output"}, "computedeals: tornado: flag needs an argument: -output"},
		{"a link split at &", []string{"eval", "pue=1.3", "load=0.9"}, "computedeals: eval takes one link, got 2 arguments (quote the link: it holds &)"},
		{"both formats", []string{"eval", "--json", "--csv"}, "computedeals: eval prints --json or --csv, not both"},
		{"seek without its flags", []string{"seek"}, "computedeals: seek needs --input KEY, --output PATH and --target X"},
		{"diff of one link", []string{"diff", "pue=1.3"}, "computedeals: diff takes two links, A and B, got 1 arguments (quote each link: it holds &)"},
		{"serve with an argument", []string{"serve", "dist"}, `computedeals: serve takes no arguments, got ["dist"]`},
		{"dist with a bad flag", []string{"dist", "-nope"}, "computedeals: dist: flag provided but not defined: -nope"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, status := runMain(t, tc.args...)
			assert.Equal(t, 2, status)
			assert.Empty(t, stdout)
			assert.Equal(t, tc.msg+"\n"+usageHint+"\n", stderr, "the error and one line, not the usage")
		})
	}
}

func TestHelpPrintsTheUsageOnStdout(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"-h"}, {"--help"}, {"eval", "-h"}, {"seek", "--help"}, {"diff", "pue=1", "-h"}} {
		stdout, stderr, status := runMain(t, args...)
		assert.Equal(t, 0, status, args)
		assert.Equal(t, usage, stdout, args)
		assert.Empty(t, stderr, args)
	}
	assert.Greater(t, strings.Count(usage, "\n"), 30, "the usage is the long text a usage error no longer prints")
}

func TestLinkProblemsAreNotUsageErrors(t *testing.T) {
	_, stderr, status := runMain(t, "eval", "#v=1&pue=9")
	assert.Equal(t, 2, status)
	assert.Equal(t, "problem: pue=9: out of range: allowed 1.00 to 3.00\n"+
		"computedeals: the link has 1 problem(s); --lenient shows its valid part\n", stderr)
}

func TestOtherErrorsExitOne(t *testing.T) {
	_, stderr, status := runMain(t, "serve", "-addr", "127.0.0.1:0", "-root", t.TempDir())
	assert.Equal(t, 1, status)
	assert.NotContains(t, stderr, usageHint)
	assert.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
}
