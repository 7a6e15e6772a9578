package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/report"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/computedeals/explorer/core/units"
)

func runEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the eval JSON document")
	asCSV := fs.Bool("csv", false, "print every series and total as CSV")
	lenient := fs.Bool("lenient", false, "show the valid part of a link with problems and exit 0")
	var samplesFlag, seedFlag decimal
	fs.Var(&samplesFlag, "samples", "add Monte Carlo bands (5th, 50th and 95th percentiles) over `N` samples, and the break-even thresholds")
	fs.Var(&seedFlag, "seed", "the random `seed` of the sampling (default: the link's seed)")
	thresholds := fs.Bool("thresholds", false, "add the break-even thresholds")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageError("eval takes one link, got %d arguments (quote the link: it holds &)", fs.NArg())
	}
	if *asJSON && *asCSV {
		return usageError("eval prints --json or --csv, not both")
	}
	if samplesFlag.v > uncertainty.MaxSamples {
		return usageError("--samples must be between 0 and %d", uncertainty.MaxSamples)
	}
	samples := int(samplesFlag.v)
	if seedFlag.set && samples == 0 {
		return usageError("--seed sets the seed of --samples; give --samples too")
	}
	if seedFlag.v >= 1<<53 {
		return usageError("--seed must be a whole number from 0 to 2^53 − 1, got %s", seedFlag.text)
	}
	if *asCSV && (samples > 0 || *thresholds) {
		return usageError("bands and thresholds are in the text and --json output, not --csv")
	}
	s, problems, err := decodeLink(fs.Arg(0), *lenient, stderr)
	if err != nil {
		return err
	}
	if seedFlag.set {
		s = s.Clone()
		s.Seed = seedFlag.v
	}
	r, err := s.Evaluate()
	if err != nil {
		return err
	}
	if *asCSV {
		_, err = io.WriteString(stdout, report.CSV(s, r))
		return err
	}
	var bands *uncertainty.Bands
	if samples > 0 {
		m, err := uncertainty.NewMonteCarlo(s)
		if err != nil {
			return err
		}
		if fit := m.Fitting(); samples > fit {
			const mb = 1 << 20
			return &exitError{code: 2, msg: fmt.Sprintf("--samples %d would take %d MiB for the %d outputs of this link, over the cap of %d MiB; "+
				"at most %d samples fit (a shorter horizon or fewer deals let more fit)",
				samples, (m.Bytes(samples)+mb-1)/mb, len(m.Layout().Paths), uncertainty.MaxBytes/mb, fit)}
		}
		m.Run(samples)
		bands = m.Bands()
	}
	var ths []uncertainty.Threshold
	if samples > 0 || *thresholds {
		if ths, err = uncertainty.Thresholds(s); err != nil {
			return err
		}
	}
	if *asJSON {
		_, err = stdout.Write(jsondoc.Encode(report.Eval(s, r, problems, bands, ths)))
		return err
	}
	_, err = io.WriteString(stdout, explain.Eval(s, r, problems, bands, ths))
	return err
}

// decodeLink reads a link as every command does: problems go to stderr
// and end the command with status 2 unless lenient.
func decodeLink(link string, lenient bool, stderr io.Writer) (*scenario.Scenario, []*scenario.Problem, error) {
	s, problems := readLink(link)
	if len(problems) > 0 && !lenient {
		for _, p := range problems {
			fmt.Fprintln(stderr, "problem:", p.Error())
		}
		return nil, nil, &exitError{code: 2, msg: fmt.Sprintf("the link has %d problem(s); --lenient shows its valid part", len(problems))}
	}
	return s, problems, nil
}

// decimal is a flag that takes a whole number in decimal digits only:
// flag.Int would read 0x10 as sixteen and 010 as eight, and a
// flag.String cannot tell an empty --seed from none.
type decimal struct {
	v    uint64
	text string
	set  bool
}

func (d *decimal) String() string { return d.text }

func (d *decimal) Set(text string) error {
	if text == "" {
		return errors.New("needs a whole number, got nothing")
	}
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' {
			return errors.New("must be a whole number in decimal digits 0-9")
		}
	}
	v, err := strconv.ParseUint(text, 10, 64)
	if err != nil {
		return errors.New("is too large")
	}
	d.v, d.text, d.set = v, text, true
	return nil
}

// unitOf is the unit of an output path of s.
func unitOf(s *scenario.Scenario, path string) (units.Unit, bool) {
	l := outputs.NewLayout(s)
	i := l.Index(path)
	if i < 0 {
		return 0, false
	}
	return l.Units[i], true
}
