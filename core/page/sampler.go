package page

import (
	"math"

	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/computedeals/explorer/core/worker"
)

// The Web Worker runs its own copy of the core and a worker.Sampler: the
// page sends it a worker.Request for each new scenario and takes its
// replies here.

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

// workerMessage takes a message of the worker, if it is about the
// scenario the page shows.
func (a *App) workerMessage(msg string) {
	r, ok := worker.ParseReply(msg)
	if !ok || r.Gen != a.gen {
		return
	}
	switch r.Kind {
	case worker.Bands:
		b := &bandSet{samples: r.Samples, rejected: r.Rejected, target: r.Target, p5: r.P5, p50: r.P50, p95: r.P95, layout: a.layout()}
		if len(b.p5) != len(b.layout.Paths) || len(b.p50) != len(b.p5) || len(b.p95) != len(b.p5) {
			return
		}
		a.bands = b
	case worker.Sens:
		a.sens = &sensitivity{gen: a.gen, output: r.Output, base: r.Base, bars: r.Bars}
	case worker.Failed:
		a.samplingErr = r.Err
	}
}

// layout is the output layout of the scenario, made when first needed.
func (a *App) layout() *outputs.Layout {
	if a.lay == nil {
		a.lay = outputs.NewLayout(a.s)
	}
	return a.lay
}
