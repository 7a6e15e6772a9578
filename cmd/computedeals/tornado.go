package main

import (
	"errors"
	"flag"
	"io"

	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/report"
	"github.com/computedeals/explorer/core/uncertainty"
)

// runTornado prints the swing of one output from each ranged input:
// computedeals tornado [--output PATH] [--json] [--lenient] [LINK].
func runTornado(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tornado", flag.ContinueOnError)
	path := fs.String("output", "portfolio.value_usd", "the output, as a `PATH` of the eval JSON")
	asJSON := fs.Bool("json", false, "print the tornado as JSON")
	lenient := fs.Bool("lenient", false, "use the valid part of a link with problems")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageError("tornado takes one link, got %d arguments (quote the link: it holds &; flags go before it)", fs.NArg())
	}
	s, _, err := decodeLink(fs.Arg(0), *lenient, stderr)
	if err != nil {
		return err
	}
	t, err := uncertainty.NewTornado(s, *path)
	if errors.Is(err, uncertainty.ErrUnknownPath) {
		return usageError("%v", err)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		_, err = stdout.Write(jsondoc.Encode(report.Tornado(s, t)))
		return err
	}
	_, err = io.WriteString(stdout, explain.Tornado(t))
	return err
}
