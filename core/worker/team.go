package worker

import (
	"cmp"
	"sync"

	"github.com/computedeals/explorer/core/uncertainty"
)

// A lead worker shares each stage of a run (the samples up to the next
// count in postAt) with its helpers that are ready: it asks each for a
// part of the stage (a PartRequest), draws the first part itself, then
// appends the helpers' parts in order of their sample numbers
// (uncertainty.MonteCarlo.Append). The bands are those of the lead
// drawing every sample alone, since sample i depends only on the
// scenario, its seed and i. A part that comes back failed, or not at
// all within helperPatience, the lead draws itself.

// helperPatience is how many times the lead looks for a helper's part,
// once its own is drawn, before it draws the part itself and stops
// asking that helper until it answers again: while it waits, the
// worker's loop sleeps a millisecond between looks (see Waiting), which
// browsers stretch to 4 ms, so this is 2 to 8 s. (Counting looks instead
// of reading a clock keeps the time package, 110 KB, out of main.wasm.)
const helperPatience = 2000

// minShare is the fewest samples worth a part of their own.
const minShare = 50

// team is the lead's side of its helpers. Its mailbox (ready, inbox,
// bufs) is filled by the messages' handler, Take, and emptied by the
// lead's loop, under mu; the rest belongs to the loop.
type team struct {
	ask func(helper int, msg string) // nil: no helpers

	mu    sync.Mutex
	ready []bool       // per helper: answers requests
	inbox []*PartReply // per helper: its newest reply not yet gathered
	bufs  [][]float64  // per helper: where its replies' rows are read into

	run      int       // this run's number, PartRequest.Run
	out      []share   // the helpers' parts of the stage under way, in sample order
	ownTo    int       // where the lead's part of that stage ends
	looks    int       // how often the lead has looked for them
	patience int       // helperPatience, or a test's
	helped   []bool    // per helper: drew a part of this run
	spare    []float64 // rows of a part the lead draws in a helper's place
}

// share is a helper's part of a stage, and its reply once it came.
type share struct {
	helper, lo, hi int
	got            *PartReply
}

// Team gives the sampler n helper workers, numbered 0 to n−1, that share
// its runs once each says it is ready (Take); ask posts a message to one.
func (w *Sampler) Team(n int, ask func(helper int, msg string)) {
	t := &w.team
	t.mu.Lock()
	defer t.mu.Unlock()
	t.ask = ask
	t.ready, t.inbox, t.bufs, t.helped = make([]bool, n), make([]*PartReply, n), make([][]float64, n), make([]bool, n)
}

// Buffer returns where to read n values of helper i's next reply into:
// its own buffer, reused from reply to reply.
func (w *Sampler) Buffer(i, n int) []float64 {
	t := &w.team
	t.mu.Lock()
	defer t.mu.Unlock()
	if i < 0 || i >= len(t.bufs) {
		return make([]float64, n)
	}
	if cap(t.bufs[i]) < n {
		t.bufs[i] = make([]float64, n)
	}
	return t.bufs[i][:n]
}

// Take takes a message of helper i: "ready", or a reply (its Header and
// the rows that came with it, in Buffer(i, …)). Anything else is
// ignored.
func (w *Sampler) Take(i int, header string, rows []float64) {
	t := &w.team
	t.mu.Lock()
	defer t.mu.Unlock()
	if i < 0 || i >= len(t.ready) {
		return
	}
	if header == readyWord {
		t.ready[i] = true
		return
	}
	if r, ok := ParsePartReply(header, rows); ok {
		t.ready[i] = true // late, perhaps, but alive
		t.inbox[i] = &r
	}
}

// newRun forgets the stage under way: a new run has begun.
func (t *team) newRun() {
	t.run++
	t.out = t.out[:0]
	t.ownTo = 0
	clear(t.helped)
}

// share returns where the lead's own part of the stage from done to
// next ends, asking the helpers that are ready for the rest when the
// stage has not been shared yet.
func (t *team) share(link string, done, next int) int {
	if len(t.out) > 0 || t.ownTo > done {
		return t.ownTo
	}
	t.mu.Lock()
	var ready []int
	for i, r := range t.ready {
		if r {
			ready = append(ready, i)
		}
	}
	t.mu.Unlock()
	parts := min(len(ready)+1, (next-done)/minShare)
	if t.ask == nil || parts <= 1 {
		t.ownTo = next
		return next
	}
	per := (next - done + parts - 1) / parts
	t.ownTo = done + per
	t.looks = 0
	for k, h := range ready[:parts-1] {
		lo, hi := done+(k+1)*per, min(done+(k+2)*per, next)
		t.out = append(t.out, share{helper: h, lo: lo, hi: hi})
		t.ask(h, PartRequest{Run: t.run, Link: link, Lo: lo, Hi: hi}.Encode())
	}
	return t.ownTo
}

// gather appends to mc, in order, the helpers' parts that have come, and
// reports whether the stage is whole. A part that failed, or that is
// late past helperPatience, the lead draws itself.
func (t *team) gather(mc *uncertainty.MonteCarlo) bool {
	if len(t.out) == 0 {
		return true
	}
	t.mu.Lock()
	for k := range t.out {
		sh := &t.out[k]
		if r := t.inbox[sh.helper]; sh.got == nil && r != nil {
			t.inbox[sh.helper] = nil
			// One part of a run is out to a helper at a time: a failure
			// (a panic's, which does not know the part) is that part's.
			if r.Run == t.run && (r.Lo == sh.lo || r.Err != "") {
				sh.got = r
			}
		}
	}
	t.looks++
	late := t.looks > cmp.Or(t.patience, helperPatience)
	for _, sh := range t.out {
		if late && sh.got == nil {
			t.ready[sh.helper] = false
		}
	}
	t.mu.Unlock()
	width := len(mc.Layout().Paths)
	for len(t.out) > 0 && (t.out[0].got != nil || late) {
		sh := t.out[0]
		r := sh.got
		if r != nil && r.Err == "" && r.Hi == sh.hi && len(r.Rows) == (sh.hi-sh.lo)*width && mc.Append(sh.lo, r.Rows, r.Refused) == nil {
			t.helped[sh.helper] = true
		} else {
			var refused []uncertainty.Refusal
			t.spare, refused = mc.Part(sh.lo, sh.hi, t.spare[:0])
			if err := mc.Append(sh.lo, t.spare, refused); err != nil {
				panic(err) // the lead's own samples, in order: a bug
			}
		}
		t.out = t.out[1:]
	}
	return len(t.out) == 0
}

// Waiting reports whether the sampler has drawn its own part of a stage
// and waits for its helpers' parts: then its loop need not come back
// soon (wasm/main.go pauses on a timer instead of a quick turn).
func (w *Sampler) Waiting() bool {
	return len(w.team.out) > 0 && w.mc != nil && w.mc.Samples() >= w.team.ownTo
}

// drawers counts the workers whose samples this run holds: the lead and
// the helpers that drew a part of it.
func (t *team) drawers() int {
	n := 1
	for _, h := range t.helped {
		if h {
			n++
		}
	}
	return n
}
