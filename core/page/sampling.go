package page

import (
	"math"

	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/computedeals/explorer/core/worker"
)

// sampling is the page's side of the Web Worker (core/worker), which
// runs its own copy of the core: the number of the scenario being
// sampled, the request last sent for it, and what came back. The page
// asks again whenever gen changes (a new scenario, or another tornado
// output); replies about an older gen are dropped. The zero value has
// sent nothing and holds nothing.
type sampling struct {
	_      incomparable
	gen    int
	sent   string // the last request, encoded
	bands  *bandSet
	sens   *sensitivity // kept, marked out of date, until the new one comes
	err    string       // why sampling stopped, from the worker
	output string       // the tornado's output path
	// following is true while a slider is dragged: the bands shown stay
	// until newer ones come, and the quick bands of a value the drag has
	// already passed are shown too, so that the fans follow the drag
	// rather than blink out at every step. from is the first scenario of
	// the drag.
	following bool
	from      int
}

// restart is a new scenario: its bands are to come. The tornado stays,
// marked out of date, until the worker sends the new one: it keeps its
// place, where taking it away would move everything below it twice.
//
// During a drag (dragging) the bands stay, to be replaced by the next
// that come (see following).
func (sm *sampling) restart(dragging bool) {
	sm.gen++
	sm.err = ""
	switch {
	case !dragging:
		sm.bands, sm.following = nil, false
	case !sm.following:
		sm.following, sm.from = true, sm.gen
	}
}

// settle ends following once the drag has ended: from then on only the
// bands of the scenario shown are taken.
func (sm *sampling) settle(dragging bool) {
	if !dragging {
		sm.following = false
	}
}

// setOutput asks for the tornado of another output; the bands stay
// until new ones come.
func (sm *sampling) setOutput(path string) {
	sm.output = path
	sm.sens = nil
	sm.gen++
}

// request is the request for the worker about link, if it is not the
// one sent last.
func (sm *sampling) request(link string, dragging bool) (msg string, ok bool) {
	msg = worker.Request{Gen: sm.gen, Link: link, Output: sm.output, Drag: dragging}.Encode()
	if msg == sm.sent {
		return "", false
	}
	sm.sent = msg
	return msg, true
}

// take takes a message of the worker, if it is about gen; layout is the
// scenario's output layout, which the bands must match.
func (sm *sampling) take(msg string, layout *outputs.Layout) {
	r, ok := worker.ParseReply(msg)
	if !ok {
		return
	}
	// While following a drag, the bands of a value it has passed are
	// newer than those shown: they are taken too.
	passed := sm.following && r.Kind == worker.Bands && r.Gen >= sm.from && r.Gen < sm.gen &&
		(sm.bands == nil || r.Gen > sm.bands.gen)
	if r.Gen != sm.gen && !passed {
		return
	}
	switch r.Kind {
	case worker.Bands:
		b := &bandSet{gen: r.Gen, samples: r.Samples, rejected: r.Rejected, target: r.Target, workers: r.Workers, p5: r.P5, p50: r.P50, p95: r.P95, layout: layout}
		if len(b.p5) != len(b.layout.Paths) || len(b.p50) != len(b.p5) || len(b.p95) != len(b.p5) {
			return
		}
		sm.bands = b
	case worker.Sens:
		sm.sens = &sensitivity{gen: sm.gen, output: r.Output, base: r.Base, bars: r.Bars}
	case worker.Failed:
		sm.err = r.Err
	}
}

// state is "running", "done" (every band and the tornado of the chosen
// output are in) or "stopped" (sampling failed).
func (sm *sampling) state() string {
	switch b := sm.bands; {
	case sm.err != "":
		return "stopped"
	case b != nil && b.gen == sm.gen && b.samples+b.rejected >= b.target && sm.sens != nil && sm.sens.gen == sm.gen && sm.sens.output == sm.output:
		return "done"
	}
	return "running"
}

// currentSens is the tornado of this scenario, or nil while it is to
// come.
func (sm *sampling) currentSens() *sensitivity {
	if sm.sens == nil || sm.sens.gen != sm.gen {
		return nil
	}
	return sm.sens
}

// bandSet is what the page keeps of the worker's bands.
type bandSet struct {
	gen                       int // the scenario they are of
	samples, rejected, target int
	workers                   int // how many workers drew them
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

// layout is the output layout of the scenario, made when first needed
// and kept while the scenario's outputs stay the same (sameOutputs): a
// slider step moves values, not outputs.
func (a *App) layout() *outputs.Layout {
	if a.lay == nil {
		a.lay = outputs.NewLayout(a.s)
	}
	return a.lay
}

// inputs is a.s.Inputs(), listed once a scenario: the page walks them
// several times a frame.
func (a *App) inputs() []scenario.Input {
	if a.ins == nil {
		a.ins = a.s.Inputs()
	}
	return a.ins
}

// sameOutputs reports whether two scenarios have the same output layout:
// the same deals under the same names, and the same years.
func sameOutputs(a, b *scenario.Scenario) bool {
	pa, pb := &a.Portfolio, &b.Portfolio
	if len(pa.Deals) != len(pb.Deals) || pa.World.From.Year() != pb.World.From.Year() || pa.World.To.Year() != pb.World.To.Year() {
		return false
	}
	for i := range pa.Deals {
		if pa.Deals[i].ID != pb.Deals[i].ID || outputs.DealName(a, i) != outputs.DealName(b, i) {
			return false
		}
	}
	return true
}
