// Command computedeals serves the Compute Deals Explorer and evaluates
// scenario links on the command line:
//
//	computedeals serve [-addr 127.0.0.1:8080] [-root dist]
//	computedeals eval [--json | --csv] [--lenient] [LINK]
//
// Run computedeals help for every command.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	if err != nil {
		var ex *exitError
		if errors.As(err, &ex) {
			if ex.msg != "" {
				fmt.Fprintln(os.Stderr, "computedeals:", ex.msg)
			}
			os.Exit(ex.code)
		}
		fmt.Fprintln(os.Stderr, "computedeals:", err)
		os.Exit(1)
	}
}

// exitError ends the program with a given status; code 2 means the input
// (a link, a flag) was wrong.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return fmt.Sprintf("exit %d: %s", e.code, e.msg) }

func usageError(format string, args ...any) error {
	return &exitError{code: 2, msg: fmt.Sprintf(format, args...)}
}

const usage = `computedeals: the Compute Deals Explorer on the command line

usage:
  computedeals serve [-addr 127.0.0.1:8080] [-root DIR]
      serve the explorer (make serve builds DIR and runs this)
  computedeals eval [--json | --csv] [--lenient] [LINK]
      the totals of a scenario link (no LINK: the default view)
  computedeals help

LINK is a whole URL of the explorer, or its fragment with or without "#".
A link with problems prints them on stderr and exits 2 unless --lenient.
`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return &exitError{code: 2}
	}
	switch args[0] {
	case "eval":
		return runEval(args[1:], stdout, stderr)
	case "serve":
		return runServe(ctx, args[1:], stdout, stderr)
	case "dist":
		return runDist(args[1:], stdout, stderr)
	case "tornado":
		return runTornado(args[1:], stdout, stderr)
	case "seek":
		return runSeek(args[1:], stdout, stderr)
	case "diff":
		return runDiff(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return usageError("unknown command %q", args[0])
}
