package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/report"
	"github.com/computedeals/explorer/core/scenario"
)

func runEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the eval JSON document")
	asCSV := fs.Bool("csv", false, "print every series and total as CSV")
	lenient := fs.Bool("lenient", false, "show the valid part of a link with problems and exit 0")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2}
	}
	if fs.NArg() > 1 {
		return usageError("eval takes one link, got %d arguments (quote the link: it holds &)", fs.NArg())
	}
	if *asJSON && *asCSV {
		return usageError("eval prints --json or --csv, not both")
	}
	link := fs.Arg(0)
	s, problems := scenario.Decode(library.Default(), link)
	if len(problems) > 0 && !*lenient {
		for _, p := range problems {
			fmt.Fprintln(stderr, "problem:", p.Error())
		}
		return &exitError{code: 2, msg: fmt.Sprintf("the link has %d problem(s); --lenient shows its valid part", len(problems))}
	}
	r, err := s.Evaluate()
	if err != nil {
		return err
	}
	switch {
	case *asJSON:
		_, err = stdout.Write(report.JSON(report.Doc(s, r, problems)))
	case *asCSV:
		_, err = io.WriteString(stdout, report.CSV(s, r))
	default:
		_, err = io.WriteString(stdout, report.Text(s, r, problems))
	}
	return err
}
