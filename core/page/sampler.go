package page

import (
	"math"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
)

// The Web Worker runs its own copy of the core and a Sampler: the page
// sends it each new scenario, it answers with the tornado at once, then
// with Monte Carlo bands that refine until MaxSamples. Work comes in
// steps, so a new scenario interrupts the old one within a step. (The
// break-even thresholds cost a few evaluations only: the page works them
// out itself, so that they are there from the first paint.)
//
// Messages are plain text, one field a line (links hold no newlines):
//
//	page → worker:  "run", gen, link, tornado output path
//	worker → page:  "sens", gen, output path, base, then one line per
//	                tornado bar: key, low, high, at low, at high (tabs)
//	                "bands", gen, samples, rejected, target, then the p5,
//	                p50 and p95 lines of every output of the layout
//	                (comma-separated)

// MaxSamples is where sampling stops refining.
const MaxSamples = 10000

// firstSamples is the first step's size: enough for readable bands, small
// enough to show them within a tenth of a second in wasm. The tornado
// comes right after it.
const firstSamples = 200

// stepSamples is the size of every later step: short enough that a new
// scenario waits little for the step under way.
const stepSamples = 500

// postAt are the sample counts at which bands are worked out and posted:
// percentiles over every output cost more as samples grow, so they are
// refined at a few points rather than every step.
var postAt = []int{firstSamples, 1000, 3000, MaxSamples}

// Sampler is the worker's state.
type Sampler struct {
	cat    *library.Catalog
	gen    string
	s      *scenario.Scenario
	output string
	mc     *uncertainty.MonteCarlo
	sens   bool // the tornado is still to do
	err    string
}

// NewSampler returns an idle sampler.
func NewSampler(cat *library.Catalog) *Sampler { return &Sampler{cat: cat} }

// Message takes a request from the page; a new one replaces the old.
func (w *Sampler) Message(msg string) {
	lines := strings.Split(msg, "\n")
	if len(lines) < 4 || lines[0] != "run" {
		return
	}
	s, probs := scenario.Decode(w.cat, lines[2])
	w.gen, w.output, w.err = lines[1], lines[3], ""
	w.s, w.sens = s, true
	if len(probs) > 0 {
		// The page sends only links it wrote; anything else is a bug.
		w.err = probs[0].Error()
		w.s = nil
		return
	}
	if w.mc == nil {
		mc, err := uncertainty.NewMonteCarlo(s)
		if err != nil {
			w.err, w.s = err.Error(), nil
			return
		}
		w.mc = mc
	} else if err := w.mc.Reset(s); err != nil {
		w.err, w.s = err.Error(), nil
	}
}

// Gen is the number of the request being worked on.
func (w *Sampler) Gen() string { return w.gen }

// Step does one slice of work and returns what to post, and whether more
// work remains.
func (w *Sampler) Step() (post string, more bool) {
	if w.s == nil {
		if w.err != "" {
			e := "error\n" + w.gen + "\n" + w.err
			w.err = ""
			return e, false
		}
		return "", false
	}
	done := w.mc.Samples()
	if w.sens && done > 0 {
		w.sens = false
		return w.sensitivity(), true
	}
	if done >= MaxSamples {
		return "", false
	}
	next := MaxSamples
	for _, p := range postAt {
		if p > done {
			next = p
			break
		}
	}
	w.mc.Run(min(stepSamples, next-done))
	if w.mc.Samples() < next {
		return "", true
	}
	return w.bands(w.mc.Bands()), w.mc.Samples() < MaxSamples
}

func (w *Sampler) sensitivity() string {
	var b strings.Builder
	b.WriteString("sens\n" + w.gen + "\n" + w.output + "\n")
	t, err := uncertainty.NewTornado(w.s, w.output)
	if err == nil {
		b.WriteString(num(t.Base))
		for _, bar := range t.Bars {
			b.WriteString("\n" + bar.Key + "\t" + num(bar.Low) + "\t" + num(bar.High) + "\t" + num(bar.AtLow) + "\t" + num(bar.AtHigh))
		}
	} else {
		b.WriteString("NaN")
	}
	return b.String()
}

func (w *Sampler) bands(b *uncertainty.Bands) string {
	var sb strings.Builder
	sb.WriteString("bands\n" + w.gen + "\n" + strconv.Itoa(b.Samples) + "\n" + strconv.Itoa(b.Rejected) + "\n" + strconv.Itoa(MaxSamples))
	for _, vs := range [][]float64{b.P5, b.P50, b.P95} {
		sb.WriteByte('\n')
		for i, v := range vs {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(num(v))
		}
	}
	return sb.String()
}

// bandSet is what the page keeps of the worker's bands.
type bandSet struct {
	samples, rejected, target int
	p5, p50, p95              []float64
	layout                    *outputs.Layout
}

// band returns the 5th, 50th and 95th percentiles of an output.
func (b *bandSet) band(path string) (lo, mid, hi float64, ok bool) {
	if b == nil {
		return 0, 0, 0, false
	}
	i := b.layout.Index(path)
	if i < 0 || i >= len(b.p5) || math.IsNaN(b.p5[i]) {
		return 0, 0, 0, false
	}
	return b.p5[i], b.p50[i], b.p95[i], true
}

// sensitivity is what the page keeps of the worker's tornado, for the
// scenario gen.
type sensitivity struct {
	gen    int
	output string
	base   float64
	bars   []uncertainty.Bar
}

func parseFloats(line string) []float64 {
	parts := strings.Split(line, ",")
	out := make([]float64, len(parts))
	for i, p := range parts {
		v, err := strconv.ParseFloat(p, 64)
		if err != nil {
			v = math.NaN()
		}
		out[i] = v
	}
	return out
}

// workerMessage takes a message of the worker, if it is about the
// scenario the page shows.
func (a *App) workerMessage(msg string) {
	lines := strings.Split(msg, "\n")
	if len(lines) < 2 || lines[1] != strconv.Itoa(a.gen) {
		return
	}
	switch lines[0] {
	case "bands":
		if len(lines) != 8 {
			return
		}
		b := &bandSet{layout: a.layout()}
		b.samples, _ = strconv.Atoi(lines[2])
		b.rejected, _ = strconv.Atoi(lines[3])
		b.target, _ = strconv.Atoi(lines[4])
		b.p5, b.p50, b.p95 = parseFloats(lines[5]), parseFloats(lines[6]), parseFloats(lines[7])
		if len(b.p5) != len(b.layout.Paths) || len(b.p50) != len(b.p5) || len(b.p95) != len(b.p5) {
			return
		}
		a.bands = b
	case "sens":
		if len(lines) < 4 {
			return
		}
		sn := &sensitivity{gen: a.gen, output: lines[2]}
		sn.base, _ = strconv.ParseFloat(lines[3], 64)
		for _, l := range lines[4:] {
			f := strings.Split(l, "\t")
			if len(f) != 5 {
				continue
			}
			v := parseFloats(strings.Join(f[1:], ","))
			sn.bars = append(sn.bars, uncertainty.Bar{Key: f[0], Low: v[0], High: v[1], AtLow: v[2], AtHigh: v[3], Swing: math.Abs(v[3] - v[2])})
		}
		a.sens = sn
	case "error":
		if len(lines) >= 3 {
			a.samplingErr = lines[2]
		}
	}
}

// layout is the output layout of the scenario, made when first needed.
func (a *App) layout() *outputs.Layout {
	if a.lay == nil {
		a.lay = outputs.NewLayout(a.s)
	}
	return a.lay
}
