package uncertainty

import (
	"errors"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
)

// MaxSamples bounds a Monte Carlo run: every sample keeps one float64 per
// output (about 3 KB for the default view), and a page must not run out
// of memory because a link asked for a billion samples.
const MaxSamples = 100_000

// MaxBytes caps the memory of a run, whatever its link: the samples it
// keeps (SampleBytes each: one float64 per output and the header of a
// string), the working copy in which Bands gathers outputs' columns (at
// most bandScratch) and an allowance for the rest of the program (the
// model, its evaluators, the output). A 50-year horizon with 24 deals of
// one's own has 1,514 outputs, 12,128 bytes a sample: 37,350 samples fit,
// not 100,000. Run stops short of the cap, and eval --samples refuses a
// count that would pass it.
const MaxBytes = 512 << 20

// bandScratch bounds the columns Bands gathers at once, over all its
// goroutines: at 100,000 samples a block of lineOutputs columns would be
// 51 MB per goroutine. A variable for the tests.
var bandScratch = 32 << 20

// otherBytes is the allowance of MaxBytes for what is not samples.
const otherBytes = 48 << 20

// MonteCarlo samples a scenario progressively: each Run adds samples to
// the ones before, and Bands summarises all of them. Sample i draws every
// ranged input, in the order of Scenario.Inputs, from SampleSource(seed,
// i): the samples depend only on the scenario and its seed, not on how
// they were split into runs (Run(1000) then Run(9000) gives the bands of
// Run(10000)) nor on how many processors worked on them.
//
// A MonteCarlo copies what it needs from the scenario when it is made;
// changing the scenario afterwards does not affect it. It is not safe for
// concurrent use; natively, Run itself spreads large runs over
// GOMAXPROCS goroutines (in WebAssembly it runs on the one thread).
type MonteCarlo struct {
	evs []*evaluator // one per goroutine; evs[0] always exists
	// stores are the deals' profiles of each evaluator's fast paths,
	// kept from run to run by Reset.
	stores []*profileStore
	inputs []Ranged
	seed   uint64

	// layout is what the bands cover: every output of the scenario, or
	// those NewMonteCarloOf selected, at positions cols of the whole
	// layout (nil: all of them, in order).
	layout *outputs.Layout
	cols   []int
	paths  []string // the selection, for Reset
	// need says, per input in draw order, whether a sample sets it: false
	// for inputs that move only deals that are off when no selected
	// output reads those deals (nil: every input is set). draw says
	// whether its deviate is worked out: needed, or correlated with
	// another. An input that is not drawn still takes its place in the
	// random stream, so the inputs that are keep their numbers.
	need, draw []bool

	// valid says that no sample can make the portfolio invalid (see
	// alwaysValid): the fast paths then do not check each sample. Worked
	// out by the first Run (known).
	valid, known bool

	// corrIdx are the draw positions of the inputs that the scenario
	// correlates, ascending, and chol the lower Cholesky factor of their
	// correlation matrix (row-major, len(corrIdx)² values): worked out once
	// per run. Without correlations both are empty and the draws are used
	// as they are.
	corrIdx []int
	chol    []float64

	// chunks hold the samples' outputs by column, chunkSamples samples
	// at a time: output k of sample i is chunks[i/chunkSamples][k·
	// chunkSamples + i%chunkSamples]. A sample scatters its row over
	// lines that the next samples of its chunk fill (a chunk of the
	// default view stays in the cache), and Bands gathers a column with
	// one copy per chunk instead of a transpose of every row. A rejected
	// sample's outputs are NaN.
	chunks [][]float64
	width  int
	blocks [][]float64 // scratch of Bands, per goroutine: a few outputs' columns
	bks    []*buckets  // and its selections'

	// refused says, per sample, why the model refused it ("" when it
	// did not).
	refused         []string
	drawn, rejected int
	rejection       string // why the first rejected sample was refused
}

// minPerGoroutine is the fewest samples worth a goroutine of their own.
const minPerGoroutine = 512

// NewMonteCarlo prepares sampling of s with seed s.Seed. It returns an
// error when a range makes no distribution or the correlations no
// positive definite matrix (an *InputError), or when the scenario itself
// cannot be evaluated.
func NewMonteCarlo(s *scenario.Scenario) (*MonteCarlo, error) {
	return NewMonteCarloOf(s, nil)
}

// NewMonteCarloOf prepares sampling of s whose bands cover only the
// outputs at paths (every output when paths is nil): a sample keeps one
// value per path, and when no path reads a deal that is off, samples do
// not evaluate the deals that are off nor set the inputs that only move
// them; for the peer's outputs, nor the inputs those never read
// (linearReads). The bands of the selected outputs are those of
// NewMonteCarlo, the same numbers from the same draws: every input keeps
// its place in each sample's random stream (MODEL.md §6). The one
// difference: a sample whose only invalid inputs belong to a deal that is
// off, or are inputs the outputs never read, is not rejected here
// (clamping into the fields' bounds, which lie in the model's domain,
// makes such samples impossible for the library's fields).
// An unknown path is a *PathError.
func NewMonteCarloOf(s *scenario.Scenario, paths []string) (*MonteCarlo, error) {
	return newMonteCarlo(s, paths, nil)
}

// newMonteCarlo is NewMonteCarloOf with the profile stores of a run
// before (nil: new ones).
func newMonteCarlo(s *scenario.Scenario, paths []string, stores []*profileStore) (*MonteCarlo, error) {
	if len(stores) == 0 {
		stores = []*profileStore{{}}
	}
	inputs, err := RangedInputs(s)
	if err != nil {
		return nil, err
	}
	idx, chol, err := correlation(s, inputs)
	if err != nil {
		return nil, err
	}
	ev := newEvaluator(s, nil)
	if err := ev.eval(); err != nil {
		return nil, err
	}
	m := &MonteCarlo{evs: []*evaluator{ev}, stores: stores, inputs: inputs, seed: s.Seed, corrIdx: idx, chol: chol,
		layout: ev.layout, width: len(ev.layout.Paths)}
	if paths == nil {
		pows := newPowers(&ev.base)
		if ev.offFast = newOffDeals(&ev.base, ev.layout, stores[0], pows); ev.offFast != nil {
			ev.skipOff = true
		}
		if ev.offFast != nil || !ev.split {
			ev.onFast = newOnDeals(&ev.base, stores[0], pows)
		}
		return m, nil
	}
	sub, cols, ok := ev.layout.Select(paths)
	if !ok {
		for _, p := range paths {
			if ev.layout.Index(p) < 0 {
				return nil, &PathError{Path: p}
			}
		}
	}
	m.layout, m.cols, m.paths, m.width = sub, cols, slices.Clone(paths), len(cols)
	if readsOffDeal(s, paths) {
		return m, nil
	}
	ev.skipOff = true
	if ev.lin = newLinear(&ev.base, paths); ev.lin == nil {
		ev.onFast = newOnDeals(&ev.base, stores[0], newPowers(&ev.base))
	}
	m.need, m.draw = make([]bool, len(inputs)), make([]bool, len(inputs))
	p := &s.Portfolio
	for j := range inputs {
		in := &inputs[j].Input
		switch {
		case in.Deal >= 0:
			m.need[j] = p.Deals[in.Deal].On
		case in.Accel >= 0:
			id := p.Accelerators[in.Accel].ID
			for k := range p.Deals {
				m.need[j] = m.need[j] || p.Deals[k].On && p.Deals[k].Accel == id
			}
		default:
			m.need[j] = true
		}
		if ev.lin != nil && !linearReads(in) {
			m.need[j] = false
		}
		m.draw[j] = m.need[j] || slices.Contains(idx, j)
	}
	return m, nil
}

// linearReads reports whether the linear path (the portfolio's value and
// yearly spends, nothing sustained, owned hardware paid in cash) reads
// input in: a deal's own inputs, an accelerator's power and cost, and of
// the world's only what sizes deals in GW, prices owned hardware and its
// energy, and how long it serves. The rest (utilization, discount rate,
// revenue, cash, an accelerator's FLOP and memory) it never reads, and a
// sample need not work out their values.
func linearReads(in *scenario.Input) bool {
	switch {
	case in.Deal >= 0:
		return true
	case in.Accel >= 0:
		return in.Field.Name == "it_kw" || in.Field.Name == "capex"
	}
	switch in.Key {
	case "pue", "load", "power_price", "facility_capex", "life":
		return true
	}
	return false
}

// alwaysValid reports whether every sample of the inputs leaves p valid,
// so that samples need not be checked one by one: p is, and so are p with
// every input at the least value its distribution gives (Dist.Min: draws
// are clamped into their field's bounds) and p with every input at the
// most. That holds for every value in between because each condition of
// model.Check on a numeric input is an interval of that input alone
// (positive, finite, at most some bound; a price's condition depends on
// PriceAuto, which its setter clears whatever the value; a size's on
// SizeUnit, which its setter sets to the same unit). Since the fields'
// bounds lie inside the model's domain, that is every run of the library's
// views; a run whose ranges or bounds could leave it checks each sample.
func alwaysValid(p *model.Portfolio, inputs []Ranged) bool {
	if len(model.Check(p)) > 0 {
		return false
	}
	for _, high := range [...]bool{false, true} {
		q := *p
		q.Deals, q.Accelerators = slices.Clone(p.Deals), slices.Clone(p.Accelerators)
		q.Cash.Funding = slices.Clone(p.Cash.Funding)
		for j := range inputs {
			in := &inputs[j]
			v := in.Dist.Min
			if high {
				v = in.Dist.Max
			}
			in.set(&q, v)
		}
		if len(model.Check(&q)) > 0 {
			return false
		}
	}
	return true
}

// readsOffDeal reports whether a path is an output of a deal of s that is
// off.
func readsOffDeal(s *scenario.Scenario, paths []string) bool {
	for _, path := range paths {
		for i := range s.Portfolio.Deals {
			d := &s.Portfolio.Deals[i]
			if !d.On && strings.HasPrefix(path, "deals."+d.ID+".") {
				return true
			}
		}
	}
	return false
}

// ErrCorrelation is wrapped by the error of a scenario whose correlations
// make no positive definite matrix.
var ErrCorrelation = errors.New("the correlations make no positive definite matrix")

// correlation returns the draw positions of the inputs that s correlates
// (model version 2 on, MODEL.md §11) and the lower Cholesky factor of
// their correlation matrix: 1 on the diagonal, rho for each listed pair, 0
// elsewhere, in draw order. A pair with an input that is not drawn (its
// range removed, or derived) is left out. Inputs that no pair names have
// a row and column of the identity in the whole matrix, and so in its
// factor: leaving them out gives the same z = Lε.
func correlation(s *scenario.Scenario, inputs []Ranged) ([]int, []float64, error) {
	if s.ModelVersion() < 2 || len(s.Corr) == 0 {
		return nil, nil, nil
	}
	named := make([]bool, len(inputs))
	for _, c := range s.Corr {
		if a, b := drawPos(inputs, c.A), drawPos(inputs, c.B); a >= 0 && b >= 0 {
			named[a], named[b] = true, true
		}
	}
	var idx []int
	var keys []string
	for j, ok := range named {
		if ok {
			idx = append(idx, j)
			keys = append(keys, inputs[j].Input.Key)
		}
	}
	if len(idx) == 0 {
		return nil, nil, nil
	}
	l, ok := scenario.CorrelationFactor(keys, s.Corr)
	if !ok {
		return nil, nil, &InputError{Key: "corr", Err: ErrCorrelation}
	}
	return idx, l, nil
}

// drawPos returns the draw position of the input with the given key, or
// -1 when it is not drawn.
//
//go:noinline
func drawPos(inputs []Ranged, key string) int {
	for j := range inputs {
		if inputs[j].Input.Key == key {
			return j
		}
	}
	return -1
}

// Reset starts sampling s afresh, with seed s.Seed, keeping the memory of
// the samples before: the page restarts its run on every change of the
// scenario, and a new MonteCarlo would allocate (and the system clear)
// tens of megabytes each time. It returns the errors of NewMonteCarlo and
// leaves m unchanged on error.
func (m *MonteCarlo) Reset(s *scenario.Scenario) error {
	fresh, err := newMonteCarlo(s, m.paths, m.stores)
	if err != nil {
		return err
	}
	fresh.chunks, fresh.refused, fresh.blocks, fresh.bks = m.chunks[:0], m.refused[:0], m.blocks, m.bks
	clear(m.refused) // let the old messages go
	*m = *fresh
	return nil
}

// Layout is the list of outputs the bands cover.
func (m *MonteCarlo) Layout() *outputs.Layout { return m.layout }

// Inputs are the ranged inputs a sample draws, in draw order.
func (m *MonteCarlo) Inputs() []Ranged { return m.inputs }

// Samples returns how many samples were drawn so far, rejected ones
// included.
func (m *MonteCarlo) Samples() int { return m.drawn }

// SampleBytes is the memory each sample keeps: one float64 per output and
// the string header that says why the model refused it, if it did.
func (m *MonteCarlo) SampleBytes() int { return 8*m.width + 16 }

// Bytes is the most memory a run of n samples takes: the samples, the
// working copy of Bands and the allowance for the rest.
func (m *MonteCarlo) Bytes(n int) int64 {
	return int64(n)*int64(m.SampleBytes()) + int64(bandScratch) + otherBytes
}

// Fitting is the most samples a run of m may draw: MaxSamples, or fewer
// when more would take over MaxBytes.
func (m *MonteCarlo) Fitting() int {
	return int(max(0, min(MaxSamples, (MaxBytes-int64(bandScratch)-otherBytes)/int64(m.SampleBytes()))))
}

// Run draws n more samples (fewer if Fitting would be passed) and returns
// how many it drew.
func (m *MonteCarlo) Run(n int) int {
	n = max(0, min(n, m.Fitting()-m.drawn))
	if n == 0 {
		return 0
	}
	if !m.known {
		m.valid, m.known = alwaysValid(&m.evs[0].base, m.inputs), true
	}
	first := m.drawn
	m.grow(first, n)
	workers := min(runtime.GOMAXPROCS(0), n/minPerGoroutine)
	if workers <= 1 {
		m.runPart(m.evs[0], first, first+n)
	} else {
		for len(m.stores) < workers {
			m.stores = append(m.stores, &profileStore{})
		}
		for len(m.evs) < workers {
			st := m.stores[len(m.evs)]
			ev := portfolioEvaluator(&m.evs[0].base, m.evs[0].layout)
			ev.skipOff = m.evs[0].skipOff
			if m.evs[0].lin != nil {
				ev.lin = newLinear(&ev.base, m.paths)
			}
			pows := newPowers(&ev.base)
			if m.evs[0].offFast != nil {
				ev.offFast = newOffDeals(&ev.base, ev.layout, st, pows)
			}
			if m.evs[0].onFast != nil {
				ev.onFast = newOnDeals(&ev.base, st, pows)
			}
			m.evs = append(m.evs, ev)
		}
		var wg sync.WaitGroup
		per := (n + workers - 1) / workers
		for w := range workers {
			lo, hi := first+w*per, min(first+(w+1)*per, first+n)
			ev := m.evs[w]
			wg.Go(func() { m.runPart(ev, lo, hi) })
		}
		wg.Wait()
	}
	m.count(first, n)
	return n
}

// grow makes room for samples first to first+n−1: their chunks and
// their places in refused.
func (m *MonteCarlo) grow(first, n int) {
	size := chunkSamples * m.width
	for c := first / chunkSamples; c <= (first+n-1)/chunkSamples; c++ {
		if c < len(m.chunks) {
			continue
		}
		if c < cap(m.chunks) && cap(m.chunks[:c+1][c]) >= size {
			// Kept by Reset from the run before.
			m.chunks = append(m.chunks, m.chunks[:c+1][c][:size])
			continue
		}
		m.chunks = append(m.chunks, make([]float64, size))
	}
	m.refused = slices.Grow(m.refused, n)[:first+n]
}

// count adds samples first to first+n−1, grown and filled, to the run.
func (m *MonteCarlo) count(first, n int) {
	m.drawn += n
	for i := first; i < first+n; i++ {
		if m.refused[i] != "" {
			if m.rejected == 0 {
				m.rejection = m.refused[i]
			}
			m.rejected++
		}
	}
}

// chunkSamples is how many samples a chunk holds: 512 bytes of each
// output's column.
const chunkSamples = 64

// runPart draws samples lo to hi−1 into their chunks.
func (m *MonteCarlo) runPart(ev *evaluator, lo, hi int) {
	if cap(ev.row) < m.width {
		ev.row = make([]float64, m.width)
	}
	row := ev.row[:m.width]
	for i := lo; i < hi; i++ {
		if err := m.sample(ev, i, row[:0]); err != nil {
			m.refused[i] = err.Error()
		}
		m.scatter(i, row)
	}
}

// scatter writes sample i's outputs, row, into its chunk's columns.
func (m *MonteCarlo) scatter(i int, row []float64) {
	chunk, o := m.chunks[i/chunkSamples], i%chunkSamples
	_ = chunk[(len(row)-1)*chunkSamples+o]
	for k, v := range row {
		chunk[k*chunkSamples+o] = v
	}
}

// sample draws sample i and writes its outputs into row, or NaN in every
// place when the model refuses the drawn inputs.
func (m *MonteCarlo) sample(ev *evaluator, i int, row []float64) error {
	// No reset of ev.work: every sample sets the same inputs, and each
	// setter writes its field whole, so what the sample before set is
	// overwritten and the rest is still the base.
	z := m.draws(ev, i)
	for j := range m.inputs {
		if m.need != nil && !m.need[j] {
			continue
		}
		in := &m.inputs[j]
		in.set(&ev.work, in.Dist.at(z[j]))
	}
	row = row[:m.width]
	var err error
	switch {
	case ev.lin != nil:
		err = ev.lin.eval(&ev.work, row, !m.valid)
	case ev.onFast != nil:
		// What Evaluate would refuse is refused here too.
		if !m.valid {
			if errs := model.Check(&ev.work); len(errs) > 0 {
				err = &model.InvalidError{Errs: errs}
				break
			}
		}
		ev.onFast.eval(&ev.work, &ev.res)
	default:
		err = ev.eval()
	}
	if err != nil {
		for k := range row {
			row[k] = math.NaN()
		}
		return err
	}
	switch {
	case ev.lin != nil:
	case m.cols == nil:
		ev.layout.Values(&ev.res, row)
		if ev.offFast != nil {
			ev.offFast.eval(&ev.work, row)
		}
	default:
		ev.all = ev.layout.Values(&ev.res, ev.all)
		for k, c := range m.cols {
			row[k] = ev.all[c]
		}
	}
	return nil
}

// draws returns the standard normal deviates of sample i, one per ranged
// input in draw order, in ev's scratch: independent draws from
// SampleSource(seed, i), then, when the scenario correlates inputs,
// z = Lε over the correlated ones (MODEL.md §11).
func (m *MonteCarlo) draws(ev *evaluator, i int) []float64 {
	n, k := len(m.inputs), len(m.corrIdx)
	if cap(ev.draws) < n {
		ev.draws = make([]float64, n)
	}
	z := ev.draws[:n]
	src := SampleSource(m.seed, uint64(i))
	if m.draw == nil {
		for j := range z {
			z[j] = src.Normal()
		}
	} else {
		for j := range z {
			if m.draw[j] {
				z[j] = src.Normal()
			} else {
				src.Uint64() // its place in the stream
				z[j] = 0
			}
		}
	}
	if k == 0 {
		return z
	}
	if cap(ev.corr) < k {
		ev.corr = make([]float64, k)
	}
	eps := ev.corr[:k]
	for a, j := range m.corrIdx {
		eps[a] = z[j]
	}
	for a, j := range m.corrIdx {
		var sum float64
		for b, l := range m.chol[a*k : a*k+a+1] {
			// float64(): no fused multiply-add, the same bits on every
			// platform.
			sum += float64(l * eps[b])
		}
		z[j] = sum
	}
	return z
}

// Band is the 5th, 50th and 95th percentiles of one output.
type Band = outputs.Band

// Bands are the percentiles of every output of a layout over the samples
// of a run, in layout order. Percentiles interpolate linearly between
// order statistics (the usual "type 7" definition: rank (n−1)·p) over
// the finite values of each output; an output with none is NaN.
type Bands struct {
	Layout       *outputs.Layout
	P5, P50, P95 []float64
	// Finite counts, per output, the samples whose value was finite: an
	// output such as revenue per GW-year is infinite in a year without
	// capacity.
	Finite []int
	// Samples counts the samples that the model accepted; Rejected those
	// it refused (an input out of its domain), and Rejection says why the
	// first one was.
	Samples, Rejected int
	Rejection         string
	Seed              uint64
	// Inputs are the keys of the ranged inputs, in draw order.
	Inputs []string
}

// Band returns the band of the output at path.
func (b *Bands) Band(path string) (Band, bool) {
	i := b.Layout.Index(path)
	if i < 0 || i >= len(b.P5) {
		return Band{}, false
	}
	return Band{P5: b.P5[i], P50: b.P50[i], P95: b.P95[i]}, true
}

// Bands summarises the samples so far: for each output a selection,
// O(n), not a sort.
func (m *MonteCarlo) Bands() *Bands {
	n := m.width
	b := &Bands{
		Layout:    m.layout,
		P5:        make([]float64, n),
		P50:       make([]float64, n),
		P95:       make([]float64, n),
		Finite:    make([]int, n),
		Samples:   m.drawn - m.rejected,
		Rejected:  m.rejected,
		Rejection: m.rejection,
		Seed:      m.seed,
		Inputs:    make([]string, len(m.inputs)),
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), (n+lineOutputs-1)/lineOutputs, m.drawn*n/(minPerGoroutine*64)))
	// Fewer columns at once when lineOutputs of them would take more
	// than bandScratch: the bands are the same, the memory bounded.
	cols := lineOutputs
	if m.drawn > 0 {
		cols = max(1, min(lineOutputs, bandScratch/(8*workers*m.drawn)))
	}
	blocks := (n + cols - 1) / cols
	for len(m.blocks) < workers {
		m.blocks = append(m.blocks, nil)
	}
	for len(m.bks) < workers {
		m.bks = append(m.bks, &buckets{})
	}
	for w := range m.blocks {
		if 8*cap(m.blocks[w]) > bandScratch/workers {
			m.blocks[w] = nil // kept from a call with fewer goroutines: over the bound now
		}
	}
	if workers == 1 {
		m.blocks[0] = m.bandsPart(b, 0, blocks, cols, m.blocks[0], m.bks[0])
	} else {
		var wg sync.WaitGroup
		per := (blocks + workers - 1) / workers
		for w := range workers {
			lo, hi := w*per, min((w+1)*per, blocks)
			wg.Go(func() { m.blocks[w] = m.bandsPart(b, lo, hi, cols, m.blocks[w], m.bks[w]) })
		}
		wg.Wait()
	}
	for i := range m.inputs {
		b.Inputs[i] = m.inputs[i].Input.Key
	}
	return b
}

// lineOutputs is how many outputs' columns Bands gathers in one pass over
// the rows: a cache line's worth, so that each pass reads every line it
// loads.
const lineOutputs = 64

// bandsPart works out the bands of the blocks of cols outputs from lo to
// hi−1, gathering their columns into scratch, which it returns grown, and
// selecting with bk.
func (m *MonteCarlo) bandsPart(b *Bands, lo, hi, cols int, scratch []float64, bk *buckets) []float64 {
	n := m.drawn
	for blk := lo; blk < hi; blk++ {
		c0 := blk * cols
		w := min(cols, m.width-c0)
		scratch = slices.Grow(scratch[:0], w*n)[:w*n]
		// A plain gather first, a copy per chunk: filtering while
		// gathering costs more than a second, contiguous pass (in
		// WebAssembly, three times).
		for k := range w {
			col := scratch[k*n : (k+1)*n]
			from := (c0 + k) * chunkSamples
			for c := 0; c < n; c += chunkSamples {
				copy(col[c:min(c+chunkSamples, n)], m.chunks[c/chunkSamples][from:])
			}
		}
		for k := range w {
			col := scratch[k*n : (k+1)*n]
			kept := 0
			least, most := math.Inf(1), math.Inf(-1)
			for _, v := range col {
				if v-v == 0 { // finite: NaN and ±Inf give NaN
					col[kept] = v
					kept++
					if v < least {
						least = v
					}
					if v > most {
						most = v
					}
				}
			}
			col = col[:kept]
			i := c0 + k
			b.Finite[i] = kept
			if kept > 0 && least == most {
				// An output that no ranged input moves: nothing to select.
				b.P5[i], b.P50[i], b.P95[i] = least, least, least
				continue
			}
			b.P5[i], b.P50[i], b.P95[i] = bk.percentiles(col, least, most)
		}
	}
	return scratch
}
