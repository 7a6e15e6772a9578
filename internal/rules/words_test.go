package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// resultVerbs and resultNouns are how a sentence about a computed result
// reads here (the headline's cash, gap, payback, stated figures and
// ambition, the charts' peaks, the attribution's method). A string
// literal of the core is taken for such a sentence, which belongs in
// core/explain (issue 13, item 3), when it has a space and one of
// resultVerbs, or at least four words and one of resultNouns (shorter
// ones are names: "Peak facility power", "Revenue / spend").
var (
	resultVerbs = regexp.MustCompile(`(?i)\b(runs? out|lasts|peaks|caught up|to raise|never|stays|pay back|covers|outruns|moves most|closes|still open|stated about|summed from|ambition of|has stated|does not cover)\b`)
	resultNouns = regexp.MustCompile(`(?i)\b(revenue|spend|stated|peak|lowest|highest|horizon|shapley|payback|ambition|raised?)\b`)
)

// sentenceAboutResult says whether s reads as a sentence about a result.
func sentenceAboutResult(s string) bool {
	if !strings.Contains(s, " ") {
		return false
	}
	return resultVerbs.MatchString(s) || len(strings.Fields(s)) >= 4 && resultNouns.MatchString(s)
}

// wordsOutside are the directories under core whose literals are not
// checked, and why.
var wordsOutside = map[string]string{
	"core/explain": "where the sentences about results belong",
	"core/library": "the data vintages: sourced notes and quotations written by hand, not worked out from a result",
	"core/chart":   "draws any series it is given and knows nothing of the model: its legends, read-outs and off-scale notes word what it draws",
}

// labelFields are the struct fields whose literals name a thing (an
// input, an output, a chart, a series) or help with an input: labels,
// not sentences about a result.
var labelFields = map[string]bool{"Label": true, "Help": true, "Title": true, "Name": true}

// wordsAllowed are the literals, by file, that use a result word but are
// not sentences about a result, and why. Keyed by the literal's text, so
// that moving a line does not break the rule; rewording one makes it
// fail, to be looked at again.
var wordsAllowed = map[string]map[string]string{
	"core/compare/work.go": {
		"The buyer's stated totals":                     "names an assumption of an attribution: inputs that changed, not a result",
		"The buyer's stated totals and revenue history": "names an assumption of an attribution: inputs that changed, not a result",
	},
	"core/outputs/outputs.go": {
		"Spend on renewals and replacements": "an output's label",
	},
	"core/page/compare.go": {
		"Years of B's horizon": "a table's caption and name",
	},
	"core/page/layout.go": {
		"Years of the horizon":                                                "a table's name",
		" stated by a party to the deal · ":                                   "the badges' legend: what a source's status means",
		"Years of the horizon: flows summed over the year, stocks at its end": "a table's caption: what its cells hold",
	},
	"core/page/uncertain.go": {
		"Every input with a 5–95 % range is drawn at random, lognormal when it must be positive; the bands are the 5th and 95th percentiles of each total. " +
			"Ranges are edited beside each input; the seed is under Horizon and sampling.": "help: how the sampling works and where its inputs are",
	},
}

// TestSentencesAboutResultsAreInExplain fails for a string literal of a
// non-test Go file of core, outside wordsOutside, that has a space and a
// word of resultWords, is not a label (labelFields) nor a problem with
// an input (model's and scenario's checks), and is not in wordsAllowed.
// Such a sentence is built in core/explain, which the page and report
// call: one place to read and reword what the explorer says about a
// result.
func TestSentencesAboutResultsAreInExplain(t *testing.T) {
	var bad []string
	used := map[string]bool{}
	seen := 0
	err := filepath.WalkDir("../../core", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(path, "../../"))
		if d.IsDir() {
			if _, skip := wordsOutside[rel]; skip {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		seen++
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		labels := map[*ast.BasicLit]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if k, ok := n.Key.(*ast.Ident); ok && labelFields[k.Name] {
					markLits(n.Value, labels)
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if s, ok := l.(*ast.SelectorExpr); ok && labelFields[s.Sel.Name] && i < len(n.Rhs) {
						markLits(n.Rhs[i], labels)
					}
				}
			case *ast.CallExpr:
				// A problem with an input's value: model's and scenario's
				// checks, which say what an input must be.
				if id, ok := n.Fun.(*ast.Ident); ok && (id.Name == "add" || id.Name == "problem" || id.Name == "rangeError") {
					markLits(n, labels)
				}
			case *ast.BasicLit:
				if n.Kind != token.STRING || labels[n] {
					return true
				}
				s, err := strconv.Unquote(n.Value)
				if err != nil || !sentenceAboutResult(s) {
					return true
				}
				if _, ok := wordsAllowed[rel][s]; ok {
					used[rel+"\x00"+s] = true
					return true
				}
				bad = append(bad, fset.Position(n.Pos()).String()[len("../../"):]+": "+strconv.Quote(s))
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 50 {
		t.Fatalf("read %d Go files under core: is the test run from internal/rules?", seen)
	}
	for file, lits := range wordsAllowed {
		for lit := range lits {
			if !used[file+"\x00"+lit] {
				bad = append(bad, file+": "+strconv.Quote(lit)+" is in wordsAllowed but not in the file: remove it")
			}
		}
	}
	slices.Sort(bad)
	for _, b := range bad {
		t.Errorf("%s\n\tlooks like a sentence about a result: build it in core/explain (issue 13, item 3), or if it is a label or help with an input, add it to wordsAllowed with why", b)
	}
}

// markLits marks every string literal in n.
func markLits(n ast.Node, labels map[*ast.BasicLit]bool) {
	ast.Inspect(n, func(n ast.Node) bool {
		if l, ok := n.(*ast.BasicLit); ok {
			labels[l] = true
		}
		return true
	})
}
