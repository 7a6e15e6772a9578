package main

import (
	"errors"
	"flag"
	"io"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/report"
	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/computedeals/explorer/core/units"
)

// runSeek finds the input value that brings an output to a target:
// computedeals seek --input KEY --output PATH --target X [--json]
// [--lenient] [LINK]. It exits 2 when no value in the input's range
// reaches the target, as for bad flags.
func runSeek(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("seek", flag.ContinueOnError)
	key := fs.String("input", "", "the input to vary, as a `KEY` of the link (d.aws.n, pue)")
	path := fs.String("output", "", "the output, as a `PATH` of the eval JSON (deals.aws.price_usd_per_hour)")
	targetText := fs.String("target", "", "the output's target `value`, with units if you like (3, $3/h, 1.4T)")
	asJSON := fs.Bool("json", false, "print the solution as JSON")
	lenient := fs.Bool("lenient", false, "use the valid part of a link with problems")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 1:
		return usageError("seek takes one link, got %d arguments (quote the link: it holds &; flags go before it)", fs.NArg())
	case *key == "" || *path == "" || *targetText == "":
		return usageError("seek needs --input KEY, --output PATH and --target X")
	}
	s, _, err := decodeLink(fs.Arg(0), *lenient, stderr)
	if err != nil {
		return err
	}
	var target float64
	runout := *path == uncertainty.RunoutPath
	if runout {
		// The target is a month: the first month cash may run out in.
		m, err := calendar.Parse(*targetText)
		if err != nil {
			return usageError("--target for %s is a month, YYYY-MM: %v", *path, err)
		}
		target = float64(m)
	} else {
		unit, ok := unitOf(s, *path)
		if !ok {
			return usageError("%v", &uncertainty.PathError{Path: *path})
		}
		if target, err = units.Parse(*targetText, unit); err != nil {
			return usageError("--target %v", err)
		}
	}
	sol, err := uncertainty.Seek(s, *key, *path, target)
	var ie *uncertainty.InputError
	if errors.As(err, &ie) || errors.Is(err, uncertainty.ErrUnknownPath) || errors.Is(err, uncertainty.ErrTarget) {
		return usageError("%v", err)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		if _, err := stdout.Write(jsondoc.Encode(report.Seek(s, &sol))); err != nil {
			return err
		}
		if !sol.Found {
			return &exitError{code: 2}
		}
		return nil
	}
	if _, err := io.WriteString(stdout, explain.Seek(&sol, sol.Key, sol.Path)+"\n"); err != nil || sol.Found {
		return err
	}
	return &exitError{code: 2, msg: "no value of " + sol.Key + " reaches the target"}
}
