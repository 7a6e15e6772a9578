// Package explain holds every sentence the explorer writes about a
// result, for the page and the command line alike:
//
//   - where a number comes from: [Derive] (or a [Deriver] for many) gives
//     the derivation of any output of the eval JSON, its formula in words
//     and symbols, then with the current numbers, and the inputs behind it
//     with their status and sources;
//   - what the scenario says: [Summary], a few plain sentences, and
//     [Title], one line for sharing its link;
//   - the command line's text: [Eval] (with bands and thresholds),
//     [Tornado] and [Comparison];
//   - sampling's answers: [Threshold] and [Seek];
//   - the sentence above each chart: [Chart], [ChartPair],
//     [TornadoChart] and [WaterfallChart].
//
// The packages below it return numbers only; the documents programs read
// are core/report's.
package explain

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// Derivation is how one output is worked out.
type Derivation struct {
	Path  string
	Title string
	// Words states the formula in plain language; Formula in symbols
	// ("P = V / AH"); Numbers with the current numbers and units put in
	// ("P = V / AH = $38.0B / 1.70e10 h = $2.24/h").
	Words   string
	Formula string
	Numbers string
	// Value is the output as the report has it, in Unit's base unit; NaN
	// for payback_month, which is a month (see Result).
	Value  float64
	Unit   units.Unit
	Result string
	// Terms are the figures the formula uses, each derivable in turn
	// when it has a path.
	Terms []Term
	// Inputs are the scenario's inputs behind the output.
	Inputs []Input

	// computed is the formula worked out from Terms, independently of
	// the model where the formula allows: tests hold it to Value.
	computed float64
}

// Term is a figure a formula uses.
type Term struct {
	_      [0]func() // not comparable: no equality function for it (or for []Term literals' arrays) in main.wasm
	Symbol string
	Label  string
	Path   string // an output path, or empty for figures the report does not list
	Value  float64
	Unit   units.Unit
	Text   string
}

// Status says where an input's value comes from.
type Status string

const (
	Disclosed Status = "disclosed"
	Reported  Status = "reported"
	Assumed   Status = "assumed"
	// SetByYou marks an input that differs from the preset, or belongs
	// to a deal of the user's own.
	SetByYou Status = "set by you"
	// Default marks a setting of the explorer with no source, such as
	// which quantity a deal derives.
	Default Status = "default"
)

// Input is one scenario input behind a derivation.
type Input struct {
	Key     string // empty for figures that no key sets (a buyer's stated totals)
	Label   string
	Value   string // for reading
	Status  Status
	Basis   string
	Sources []string
}

// ErrPath is returned for a path that is no output of the scenario.
var ErrPath = errors.New("explain: no such output")

// Paths lists every path Derive covers: each numeric output of the
// report's layout, and portfolio.payback_month.
func Paths(s *scenario.Scenario) []string {
	l := outputs.NewLayout(s)
	out := slices.Clone(l.Paths)
	i := slices.Index(out, "portfolio.peak_cumulative_gap_usd")
	return slices.Insert(out, i+1, "portfolio.payback_month")
}

// Deriver explains the outputs of one scenario and its result; it keeps
// what every derivation looks up, for explaining many outputs.
type Deriver struct{ c context }

// NewDeriver returns a Deriver for the scenario s, whose result is r.
func NewDeriver(s *scenario.Scenario, r *model.Result) *Deriver {
	return &Deriver{c: context{s: s, r: r, l: outputs.NewLayout(s)}}
}

// Derive explains the output at path of the scenario s, whose result is r.
func Derive(s *scenario.Scenario, r *model.Result, path string) (*Derivation, error) {
	return NewDeriver(s, r).Derive(path)
}

// Derive explains the output at path; it returns ErrPath for a path that
// Paths does not list.
func (x *Deriver) Derive(path string) (*Derivation, error) {
	c, s, r := &x.c, x.c.s, x.c.r
	d := &Derivation{Path: path, Value: math.NaN()}
	if path == "portfolio.payback_month" {
		d.Title = "Payback month"
		c.payback(d)
		return d, nil
	}
	i := c.l.Index(path)
	if i < 0 {
		return nil, ErrPath
	}
	d.Title, d.Unit = c.l.Labels[i], c.l.Units[i]
	d.Value, _ = c.l.Value(r, path)
	d.Result = show(d.Value, d.Unit)
	parts := strings.Split(path, ".")
	var ok bool
	switch parts[0] {
	case "portfolio":
		ok = c.portfolio(d, parts[1])
	case "deals":
		ok = c.deal(d, s.DealIndex(parts[1]), parts[2])
	case "years":
		y, _ := strconv.Atoi(parts[1])
		ok = c.year(d, y, parts[2])
	}
	if !ok {
		return nil, ErrPath
	}
	return d, nil
}

type context struct {
	s    *scenario.Scenario
	r    *model.Result
	l    *outputs.Layout
	ins  []scenario.Input // the scenario's inputs, listed on first use
	base *scenario.Scenario
	svs  []*service // each deal's service, worked out on first use
	acct *account   // the cash account, worked out on first use
}

func (c *context) inputList() []scenario.Input {
	if c.ins == nil {
		c.ins = c.s.Inputs()
		c.base = c.s.Base()
	}
	return c.ins
}

// show formats a figure like the report does, with "×" after ratios.
func show(v float64, u units.Unit) string {
	if u == units.Ratio {
		return units.Format(v, u) + "×"
	}
	return units.Format(v, u)
}

func (c *context) term(sym, path string, v float64, u units.Unit) Term {
	label := sym
	if i := c.l.Index(path); i >= 0 {
		label = c.l.Labels[i]
	}
	return Term{Symbol: sym, Label: label, Path: path, Value: v, Unit: u, Text: show(v, u)}
}

// inputs resolves keys into Inputs with their status, skipping keys the
// scenario does not have and repeats, in the scenario's link order.
func (c *context) inputs(keys []string) []Input {
	want := map[string]bool{}
	for _, k := range keys {
		want[k] = true
	}
	var out []Input
	for _, in := range c.inputList() {
		if !want[in.Key] || in.Derived {
			continue
		}
		out = append(out, describeInput(c.s, c.base, in))
	}
	return out
}

func describeInput(s *scenario.Scenario, base *scenario.Scenario, in scenario.Input) Input {
	label := in.Field.Label
	switch {
	case in.Deal >= 0:
		label = outputs.DealName(s, in.Deal) + ": " + label
	case in.Accel >= 0:
		label = s.Portfolio.Accelerators[in.Accel].Name + ": " + label
	}
	x := Input{Key: in.Key, Label: label, Value: inputValue(s, in)}
	f, hasFact := s.Fact(in)
	switch {
	case s.IsSet(in, base):
		x.Status, x.Basis = SetByYou, "set in this scenario"
	case hasFact:
		x.Status, x.Basis, x.Sources = Status(f.Status.String()), f.Basis, f.Sources
	default:
		x.Status, x.Basis = Default, "a setting of the explorer"
	}
	return x
}

// inputValue writes an input's value for reading: "300k", "$2.50/h",
// "2025-11", "auto".
func inputValue(s *scenario.Scenario, in scenario.Input) string {
	v := s.Get(in)
	switch {
	case in.Field.Type == scenario.Bool && v == "1":
		return "on"
	case in.Field.Type == scenario.Bool:
		return "off"
	case in.Field.Type != scenario.Num || v == "auto" || in.Field.Unit == units.Number:
		return v
	case in.Field.Integer:
		return v + " " + in.Field.Unit.Name()
	}
	return units.Format(s.Num(in), in.Field.Unit)
}

// stated describes a buyer's stated total, which no key sets.
func (c *context) stated(name, label, value string) []Input {
	b, ok := c.s.Vintage.Buyer(c.s.Preset.Buyer)
	if !ok {
		return nil
	}
	f, ok := b.Facts[name]
	if !ok {
		return nil
	}
	return []Input{{Label: b.Name + ": " + label, Value: value, Status: Status(f.Status.String()), Basis: f.Basis, Sources: f.Sources}}
}

// join writes terms joined by op, each as its text.
func join(ts []Term, op string) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.Text
	}
	return strings.Join(parts, op)
}
