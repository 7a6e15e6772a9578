package compare

import (
	"errors"
	"math"
	"math/bits"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// MaxShapley is the largest number of assumptions whose parts are exact
// Shapley values: they take 2^k evaluations, 1,024 at most.
const MaxShapley = 10

// maxUnitGroups bounds the validity search within one deal; a deal with
// more independent changes is taken as one assumption.
const maxUnitGroups = 12

// Method says how the parts of an attribution were found.
type Method uint8

const (
	// Shapley parts average each assumption's effect over every order in
	// which the assumptions can be applied to A.
	Shapley Method = iota
	// Sequential parts apply the assumptions to A one after another in
	// link order; each part is the change its step makes.
	Sequential
)

func (m Method) String() string {
	if m == Sequential {
		return "sequential"
	}
	return "shapley"
}

// Assumption is one player of an attribution: a change of one key, or of
// several keys that are only meaningful together.
type Assumption struct {
	Keys  []string
	Label string // the keys' labels with their values in A and in B
	// Note says why several keys make one assumption; empty for one key.
	Note string
}

// Total is one output of both scenarios and its attribution.
type Total struct {
	Path  string
	Label string
	Unit  units.Unit
	A, B  float64
	// Parts has one element per assumption; they sum to B − A.
	Parts []float64
	// Undefined is true when some mix of A and B's assumptions leaves
	// the figure without a value (coverage in a year without spend, say):
	// then it cannot be split and its parts are NaN.
	Undefined bool

	// drift is what closeSum moved: B − A less the sum of the parts as
	// worked out. Tests hold it to float noise.
	drift float64
}

// Diff is B − A.
func (t *Total) Diff() float64 { return t.B - t.A }

// Attribution splits the differences of chosen totals between the
// assumptions in which B differs from A.
type Attribution struct {
	Method      Method
	Assumptions []Assumption
	Totals      []Total
	// Evaluations counts the model runs the parts took.
	Evaluations int
}

// HeadlinePaths are the totals a comparison shows by default: the
// portfolio's value, present value, peak power, peak build rate and peak
// cumulative gap, the funding still needed when both work out cash, and
// the price per accelerator-hour of every cloud deal
// that is on in A or in B and exists in both.
func HeadlinePaths(a, b *scenario.Scenario) []string {
	// The question readers come with, how much must still be raised, is
	// a headline when both sides work out cash.
	paths := outputs.HeadlinePaths(a.Portfolio.Cash.Has() && b.Portfolio.Cash.Has())
	for _, d := range a.Portfolio.Deals {
		j := b.DealIndex(d.ID)
		if j < 0 {
			continue
		}
		e := &b.Portfolio.Deals[j]
		if (d.On || e.On) && (d.Kind == model.Cloud || e.Kind == model.Cloud) {
			paths = append(paths, "deals."+d.ID+".price_usd_per_hour")
		}
	}
	return paths
}

// Attribute works out the outputs at paths (outputs.Layout paths that
// exist in both scenarios) for A and B, and splits each difference B − A
// between the assumptions in which B differs from A. Each subset of
// assumptions is evaluated once for all paths.
func Attribute(a, b *scenario.Scenario, paths []string) (*Attribution, error) {
	diff := Inputs(a, b)
	ws := newWorkspace(a, b)
	groups, err := ws.groups(diff, needsStated(paths))
	if err != nil {
		return nil, err
	}
	rd, err := newReader(a, b, paths)
	if err != nil {
		return nil, err
	}

	out := &Attribution{Method: Shapley}
	if len(groups) > MaxShapley {
		out.Method = Sequential
	}
	ra, err := a.Evaluate()
	if err != nil {
		return nil, err
	}
	rb, err := b.Evaluate()
	if err != nil {
		return nil, err
	}
	va, vb := rd.read(ra, nil), rd.read(rb, nil)
	for i, p := range paths {
		out.Totals = append(out.Totals, Total{Path: p, Label: rd.labels[i], Unit: rd.units[i],
			A: va[i], B: vb[i], Parts: make([]float64, len(groups))})
	}
	for _, g := range groups {
		out.Assumptions = append(out.Assumptions, Assumption{Keys: g.keys, Label: g.label(), Note: g.note})
	}
	for i := range out.Totals {
		t := &out.Totals[i]
		t.Undefined = !finite(t.A) || !finite(t.B)
	}
	if len(groups) == 0 {
		return out, nil
	}
	if out.Method == Shapley {
		err = ws.shapley(groups, rd, out)
	} else {
		err = ws.sequential(groups, rd, out)
	}
	if err != nil {
		return nil, err
	}
	for i := range out.Totals {
		t := &out.Totals[i]
		if t.Undefined {
			for k := range t.Parts {
				t.Parts[k] = math.NaN()
			}
			continue
		}
		closeSum(t)
	}
	return out, nil
}

// closeSum moves what float rounding left between the parts and B − A
// onto the largest part, so that the parts add up to the difference that
// is shown.
func closeSum(t *Total) {
	sum := 0.0
	big := 0
	for i, p := range t.Parts {
		sum += p
		if math.Abs(p) > math.Abs(t.Parts[big]) {
			big = i
		}
	}
	t.drift = t.Diff() - sum
	t.Parts[big] += t.drift
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func needsStated(paths []string) bool {
	for _, p := range paths {
		if strings.HasPrefix(p, "portfolio.stated_") {
			return true
		}
	}
	return false
}

func (ws *workspace) shapley(groups []*group, rd *reader, out *Attribution) error {
	k := len(groups)
	np := len(rd.paths)
	n := 1 << k
	v := make([]float64, n*np)
	var r model.Result
	var buf []float64
	for mask := range n {
		ws.reset()
		for i, g := range groups {
			if mask&(1<<i) != 0 {
				g.apply(&ws.p, &ws.b.Portfolio)
			}
		}
		if err := model.EvaluateInto(&ws.p, &r); err != nil {
			return err
		}
		buf = rd.read(&r, buf)
		copy(v[mask*np:], buf)
		for j, x := range buf {
			if !finite(x) {
				out.Totals[j].Undefined = true
			}
		}
	}
	out.Evaluations = n + 2

	// weight[s] = s! (k−1−s)! / k!: the share of orders in which the
	// assumption comes right after a given set of s others.
	weight := make([]float64, k)
	for s := range k {
		weight[s] = factorial(s) * factorial(k-1-s) / factorial(k)
	}
	for i := range k {
		bit := 1 << i
		for j := range np {
			var acc neumaier
			for mask := range n {
				if mask&bit != 0 {
					continue
				}
				acc.add(weight[bits.OnesCount(uint(mask))] * (v[(mask|bit)*np+j] - v[mask*np+j]))
			}
			out.Totals[j].Parts[i] = acc.sum()
		}
	}
	return nil
}

func (ws *workspace) sequential(groups []*group, rd *reader, out *Attribution) error {
	var r model.Result
	ws.reset()
	if err := model.EvaluateInto(&ws.p, &r); err != nil {
		return err
	}
	prev := rd.read(&r, nil)
	var cur []float64
	for i, g := range groups {
		g.apply(&ws.p, &ws.b.Portfolio)
		if err := model.EvaluateInto(&ws.p, &r); err != nil {
			return err
		}
		cur = rd.read(&r, cur)
		for j := range cur {
			out.Totals[j].Parts[i] = cur[j] - prev[j]
			if !finite(cur[j]) {
				out.Totals[j].Undefined = true
			}
		}
		prev, cur = cur, prev
	}
	out.Evaluations = len(groups) + 3
	return nil
}

func factorial(n int) float64 {
	f := 1.0
	for i := 2; i <= n; i++ {
		f *= float64(i)
	}
	return f
}

// neumaier is compensated summation: the parts of a total add many
// weighted differences of large, nearly equal numbers.
type neumaier struct{ s, c float64 }

func (n *neumaier) add(x float64) {
	t := n.s + x
	if math.Abs(n.s) >= math.Abs(x) {
		n.c += (n.s - t) + x
	} else {
		n.c += (x - t) + n.s
	}
	n.s = t
}

func (n *neumaier) sum() float64 { return n.s + n.c }

// reader picks the outputs at paths out of results of any portfolio
// whose deals are named like A's or B's.
type reader struct {
	layout     *outputs.Layout
	paths      []string
	labels     []string
	units      []units.Unit
	locs       []locator
	np, nd, ny int
	all        []float64
}

type locator struct {
	section byte // 'p'ortfolio, 'd'eal, 'y'ear
	k       int  // the output's place within its section
	id      string
	year    int
}

var errPath = errors.New("not an output of both scenarios")

func newReader(a, b *scenario.Scenario, paths []string) (*reader, error) {
	la, lb := outputs.NewLayout(a), outputs.NewLayout(b)
	rd := &reader{layout: la, paths: paths}
	first := "years." + strconv.Itoa(a.Portfolio.World.From.Year()) + "."
	deal0 := "deals." + a.Portfolio.Deals[0].ID + "."
	for _, p := range la.Paths {
		switch {
		case strings.HasPrefix(p, "portfolio."):
			rd.np++
		case strings.HasPrefix(p, deal0):
			rd.nd++
		case strings.HasPrefix(p, first):
			rd.ny++
		}
	}
	for _, p := range paths {
		i := la.Index(p)
		if i < 0 || lb.Index(p) < 0 {
			return nil, &PathError{Path: p}
		}
		rd.labels = append(rd.labels, la.Labels[i])
		rd.units = append(rd.units, la.Units[i])
		parts := strings.Split(p, ".")
		var loc locator
		switch parts[0] {
		case "portfolio":
			loc = locator{section: 'p', k: i}
		case "deals":
			loc = locator{section: 'd', k: (i - rd.np) % rd.nd, id: parts[1]}
		default:
			y, _ := strconv.Atoi(parts[1])
			loc = locator{section: 'y', k: (i - rd.np - rd.nd*len(a.Portfolio.Deals)) % rd.ny, year: y}
		}
		rd.locs = append(rd.locs, loc)
	}
	return rd, nil
}

// PathError says that an output path cannot be compared.
type PathError struct{ Path string }

func (e *PathError) Error() string { return "compare: " + e.Path + ": " + errPath.Error() }

func (e *PathError) Unwrap() error { return errPath }

// read appends the outputs of r at the reader's paths to dst[:0].
func (rd *reader) read(r *model.Result, dst []float64) []float64 {
	rd.all = rd.layout.Values(r, rd.all)
	all := rd.all
	dst = dst[:0]
	for _, loc := range rd.locs {
		var i int
		switch loc.section {
		case 'p':
			i = loc.k
		case 'd':
			for j := range r.Deals {
				if r.Deals[j].ID == loc.id {
					i = rd.np + rd.nd*j + loc.k
					break
				}
			}
		default:
			i = rd.np + rd.nd*len(r.Deals) + rd.ny*(loc.year-r.From.Year()) + loc.k
		}
		dst = append(dst, all[i])
	}
	return dst
}
