// Command computedeals is the native side of the Compute Deals Explorer:
// it builds and serves the page, and turns scenario links into the same
// totals the page shows, as text, CSV or JSON.
//
//	computedeals serve [-addr 127.0.0.1:8080] [-root dist] [-v]
//	computedeals dist [-www www] [-wasm dist-tmp/main.wasm] [-wasmexec FILE] [-out dist]
//	computedeals eval [--json | --csv] [--lenient] [--samples N [--seed S]] [--thresholds] [LINK]
//	computedeals tornado [--output PATH] [--json] [--lenient] [LINK]
//	computedeals seek --input KEY --output PATH --target X [--json] [--lenient] [LINK]
//	computedeals diff [--json] [--lenient] LINK_A LINK_B
//	computedeals help
//
// Exit status 2 means the input was wrong: a bad flag, a link with
// problems (unless --lenient), or a seek target that no value reaches.
// Run computedeals help for what each command does.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(exitStatus(run(ctx, os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

// exitStatus says on stderr how run ended, when it failed, and returns
// the exit status: a message of one line, and for a wrong command, flag
// or argument one more line that points at help rather than the forty
// lines of the usage.
func exitStatus(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var ex *exitError
	if !errors.As(err, &ex) {
		fmt.Fprintln(stderr, "computedeals:", visible(err.Error()))
		return 1
	}
	if ex.msg != "" {
		fmt.Fprintln(stderr, "computedeals:", visible(ex.msg))
	}
	if ex.usage {
		fmt.Fprintln(stderr, usageHint)
	}
	return ex.code
}

// usageHint follows the message of a usage error.
const usageHint = "run 'computedeals help' for usage"

// exitError ends the program with a given status; code 2 means the input
// (a link, a flag) was wrong. usage marks a wrong command, flag or
// argument, which exitStatus follows with usageHint.
type exitError struct {
	code  int
	msg   string
	usage bool
}

func (e *exitError) Error() string { return fmt.Sprintf("exit %d: %s", e.code, e.msg) }

func usageError(format string, args ...any) error {
	return &exitError{code: 2, msg: fmt.Sprintf(format, args...), usage: true}
}

// errHelp ends a command that was asked for help (-h): run has printed
// the usage on stdout, and the status is 0.
var errHelp = errors.New("help printed")

// parseFlags parses a command's flags without the flag package's own
// messages, which list every flag on stderr: a bad flag is a usageError
// of one line, and -h or -help prints the usage on stdout.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) error {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, usage)
		return errHelp
	}
	return usageError("%s: %v", fs.Name(), err)
}

const usage = `computedeals: the Compute Deals Explorer on the command line

usage:
  computedeals serve [-addr 127.0.0.1:8080] [-root dist] [-v]
      serve the site in -root (make serve builds dist/ and runs this);
      -v logs one line per request on stderr
  computedeals dist [-www www] [-wasm dist-tmp/main.wasm] [-wasmexec FILE]
                    [-out dist]
      build the static site: hashed assets, the prerendered index.html,
      .br and .gz beside each file (-wasmexec defaults to Go's own
      $(go env GOROOT)/lib/wasm/wasm_exec.js)
  computedeals eval [--json | --csv] [--lenient] [--samples N [--seed S]]
                    [--thresholds] [LINK]
      the totals of a scenario link (no LINK: the default view);
      --samples adds 5/50/95 % Monte Carlo bands over N samples and the
      break-even thresholds, --seed replaces the link's seed, --thresholds
      adds the thresholds alone; --csv takes neither
  computedeals tornado [--output PATH] [--json] [--lenient] [LINK]
      the swing of one output (default portfolio.value_usd) as each
      ranged input goes to its low and its high
  computedeals seek --input KEY --output PATH --target X [--json]
                    [--lenient] [LINK]
      the value of KEY within its range (or, without one, the field's
      bounds) that brings PATH to X (units allowed: 3, $3/h, 1.4T);
      exits 2 when no value does
  computedeals diff [--json] [--lenient] LINK_A LINK_B
      the inputs that differ and how much of each headline total's
      difference each one accounts for
  computedeals help

LINK is a whole URL of the explorer, or its fragment with or without "#";
quote it, since it holds "&". Flags take one dash or two and come before
LINK (diff also takes them after). KEY is a link key (d.aws.n, pue); PATH
is a path of the eval JSON (portfolio.value_usd,
deals.aws.price_usd_per_hour, years.2030.spend_usd).
A link with problems prints them on stderr and exits 2 unless --lenient.
`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	err := dispatch(ctx, args, stdout, stderr)
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError("no command given; the commands are serve, dist, eval, tornado, seek, diff and help")
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
	return usageError("unknown command %q", args[0])
}
