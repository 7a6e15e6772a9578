package uncertainty

import (
	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// profileStore keeps what the fast paths work out of the deals' ramps
// (their profiles per term and per whole months of life) from one run to
// the next: Reset hands it on, so that the page's run after a change
// works out only the profiles of the ramps the change made, instead of
// every deal's again (10,000 samples of 2026-12's view draw some 50
// lives for each of its 10 owned deals). Deals with the same ramp share
// its profiles. A store belongs to one evaluator at a time: it is not
// safe for concurrent use.
type profileStore struct {
	from, to calendar.Month // the horizon of the cloud profiles' years
	ramps    map[rampKey]*rampCache
}

type rampKey struct {
	start, full calendar.Month
	shape       model.Shape
}

// rampCache is what the fast paths keep of one ramp.
type rampCache struct {
	ramp    []float64 // f(start + i) for start + i < full
	onTerm  []*onTerm // by term in months
	offTerm map[int]*termProfile
	byLife  []*lifeProfile // by whole months of life
}

// maxRamps bounds a store: past it (a long session of edits to starts
// and ends), it starts afresh.
const maxRamps = 512

// of returns the cache of d's ramp in portfolio p, made if need be.
func (st *profileStore) of(p *model.Portfolio, d *model.Deal) *rampCache {
	if st.ramps == nil || st.from != p.World.From || st.to != p.World.To || len(st.ramps) >= maxRamps {
		st.from, st.to, st.ramps = p.World.From, p.World.To, map[rampKey]*rampCache{}
	}
	k := rampKey{d.Start, d.Full, d.Shape}
	if c := st.ramps[k]; c != nil {
		return c
	}
	c := &rampCache{offTerm: map[int]*termProfile{}}
	for m := d.Start; m < d.Full; m++ {
		c.ramp = append(c.ramp, model.Ramp(d.Shape, d.Start, d.Full, m))
	}
	st.ramps[k] = c
	return c
}
