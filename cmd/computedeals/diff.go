package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/computedeals/explorer/core/compare"
	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/report"
)

// runDiff compares two links: computedeals diff [--json] [--lenient]
// LINK_A LINK_B. Flags may also follow the links.
func runDiff(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the comparison as JSON")
	lenient := fs.Bool("lenient", false, "compare the valid parts of links with problems and exit 0")
	var links []string
	for rest := args; ; {
		if err := parseFlags(fs, rest, stdout); err != nil {
			return err
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		links = append(links, rest[0])
		rest = rest[1:]
	}
	if len(links) != 2 {
		return usageError("diff takes two links, A and B, got %d arguments (quote each link: it holds &)", len(links))
	}
	a, pa := readLink(links[0])
	b, pb := readLink(links[1])
	if n := len(pa) + len(pb); n > 0 && !*lenient {
		for _, p := range pa {
			fmt.Fprintln(stderr, "problem in A:", p.Error())
		}
		for _, p := range pb {
			fmt.Fprintln(stderr, "problem in B:", p.Error())
		}
		return &exitError{code: 2, msg: fmt.Sprintf("the links have %d problem(s); --lenient compares their valid parts", n)}
	}
	c, err := compare.Between(a, b)
	if err != nil {
		return err
	}
	c.ProblemsA, c.ProblemsB = pa, pb
	if *asJSON {
		_, err = stdout.Write(jsondoc.Encode(report.Diff(c)))
	} else {
		_, err = io.WriteString(stdout, explain.Comparison(c))
	}
	return err
}
