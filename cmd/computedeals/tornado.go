package main

import (
	"errors"
	"flag"
	"io"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/report"
	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/computedeals/explorer/core/units"
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
		bars := make([]any, len(t.Bars))
		for i, b := range t.Bars {
			o := jsondoc.Obj{
				{K: "key", V: b.Key}, {K: "low", V: b.Low}, {K: "high", V: b.High},
				{K: "at_low", V: b.AtLow}, {K: "at_high", V: b.AtHigh}, {K: "swing", V: b.Swing},
			}
			if b.Problem != "" {
				o = append(o, jsondoc.KV{K: "problem", V: b.Problem})
			}
			bars[i] = o
		}
		_, err = stdout.Write(jsondoc.Encode(jsondoc.Obj{
			{K: "link", V: s.Link()}, {K: "output", V: t.Path}, {K: "label", V: t.Label},
			{K: "unit", V: t.Unit.Name()}, {K: "base", V: t.Base}, {K: "bars", V: bars},
		}))
		return err
	}
	var b strings.Builder
	b.WriteString("Tornado of " + t.Label + " (" + t.Path + "): base " + units.Format(t.Base, t.Unit) +
		"; each of " + strconv.Itoa(len(t.Bars)) + " ranged inputs at its low and high, the others at base\n")
	rows := [][]string{{"input", "low", "→", "output", "high", "→", "output", "swing"}}
	for _, bar := range t.Bars {
		swing := units.Format(bar.Swing, t.Unit)
		if bar.Problem != "" {
			swing = "– (" + bar.Problem + ")"
		}
		rows = append(rows, []string{bar.Key,
			units.Format(bar.Low, bar.InputUnit), "→", units.Format(bar.AtLow, t.Unit),
			units.Format(bar.High, bar.InputUnit), "→", units.Format(bar.AtHigh, t.Unit), swing})
	}
	report.Table(&b, "l", rows)
	_, err = io.WriteString(stdout, b.String())
	return err
}
