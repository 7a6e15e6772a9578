// Package worker is the sampling Web Worker's core: a [Sampler] that
// works through the page's latest [Request] in steps (the tornado, then
// Monte Carlo bands that refine until [MaxSamples]), the text wire both
// sides speak ([Request], [Reply]), and the [Loop] that feeds the newest
// message of an [Inbox] to the sampler, so that a new scenario interrupts
// the old one within a step. It runs in the worker's own copy of the core
// (wasm/main.go binds Loop to the worker's messages) and natively in tests.
//
// (The break-even thresholds cost a few evaluations only: the page works
// them out itself, so that they are there from the first paint.)
package worker

import (
	"math"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
)

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

// Sampler is the worker's state: the request it works on and how far it
// has got. The zero value is not usable; NewSampler makes one.
type Sampler struct {
	_      incomparable
	cat    *library.Catalog
	gen    int
	s      *scenario.Scenario
	output string
	mc     *uncertainty.MonteCarlo
	sens   bool // the tornado is still to do
	drag   bool // a quick first step only: a slider is being dragged
	link   string
	err    string

	// The team: helper workers that draw parts of each stage (team.go).
	team team
}

// NewSampler returns an idle sampler.
func NewSampler(cat *library.Catalog) *Sampler { return &Sampler{cat: cat} }

// Message takes a request from the page (see Request.Encode); a new one
// replaces the old. Anything else is ignored.
func (w *Sampler) Message(msg string) {
	req, ok := ParseRequest(msg)
	if !ok {
		return
	}
	if req.Gen == w.gen && req.Link == w.link && req.Output == w.output && w.s != nil {
		// The drag that began this run has ended (or begun): the run
		// goes on from where it is.
		w.drag = req.Drag
		return
	}
	w.gen, w.output, w.err, w.link, w.drag = req.Gen, req.Output, "", req.Link, req.Drag
	w.sens = true
	w.team.newRun()
	var err error
	if w.s, w.mc, err = prepare(w.cat, req.Link, w.mc); err != nil {
		w.err = err.Error()
	}
}

// prepare decodes link and readies mc to sample it: reset, or made when
// nil. On error (a link the page did not write is a bug) it returns a
// nil scenario and mc as it was.
func prepare(cat *library.Catalog, link string, mc *uncertainty.MonteCarlo) (*scenario.Scenario, *uncertainty.MonteCarlo, error) {
	s, probs := scenario.Decode(cat, link)
	if len(probs) > 0 {
		return nil, mc, probs[0]
	}
	var err error
	if mc == nil {
		var fresh *uncertainty.MonteCarlo
		if fresh, err = uncertainty.NewMonteCarlo(s); err == nil {
			mc = fresh
		}
	} else {
		err = mc.Reset(s)
	}
	if err != nil {
		return nil, mc, err
	}
	return s, mc, nil
}

// Gen is the number of the request being worked on.
func (w *Sampler) Gen() int { return w.gen }

// Step does one slice of work and returns what to post (an encoded
// Reply, or "" when this step has nothing to say), and whether more work
// remains.
func (w *Sampler) Step() (post string, more bool) {
	if w.s == nil {
		if w.err != "" {
			e := Reply{Kind: Failed, Gen: w.gen, Err: w.err}
			w.err = ""
			return e.Encode(), false
		}
		return "", false
	}
	done := w.mc.Samples()
	if w.drag && done >= firstSamples {
		return "", false // the first bands are out; the rest waits for the drag to end
	}
	if w.sens && done >= firstSamples && !w.drag {
		w.sens = false
		return w.sensitivity(), true
	}
	if done >= MaxSamples {
		return "", false
	}
	next := nextPost(done)
	own := w.team.share(w.link, done, next)
	if done < own {
		if w.mc.Run(min(stepSamples, own-done)); w.mc.Samples() < own {
			return "", true
		}
	}
	if !w.team.gather(w.mc) {
		return "", true // a helper's part is still to come
	}
	if w.mc.Samples() < next {
		return "", true
	}
	if !w.drag && next < MaxSamples {
		// The helpers draw the next stage while the lead works out
		// these bands (and, after the first, the tornado).
		w.team.share(w.link, next, nextPost(next))
	}
	b := w.mc.Bands()
	r := Reply{Kind: Bands, Gen: w.gen, Samples: b.Samples, Rejected: b.Rejected, Target: MaxSamples, P5: b.P5, P50: b.P50, P95: b.P95,
		Workers: w.team.drawers()}
	return r.Encode(), w.mc.Samples() < MaxSamples
}

// nextPost is the first count of postAt past done.
func nextPost(done int) int {
	for _, p := range postAt {
		if p > done {
			return p
		}
	}
	return MaxSamples
}

func (w *Sampler) sensitivity() string {
	r := Reply{Kind: Sens, Gen: w.gen, Output: w.output}
	if t, err := uncertainty.NewTornado(w.s, w.output); err == nil {
		r.Base, r.Bars = t.Base, t.Bars
	} else {
		r.Base = math.NaN()
	}
	return r.Encode()
}
