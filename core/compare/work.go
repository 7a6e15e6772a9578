package compare

import (
	"errors"
	"math/bits"
	"slices"
	"strings"

	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
)

// workspace builds the portfolios of "A with some of B's changes": A's
// portfolio with B's accelerators and deals that A lacks appended (the
// deals switched off, so that they change nothing until their
// assumption is applied). Deal indices are then the same in every subset.
type workspace struct {
	a, b *scenario.Scenario
	base model.Portfolio
	p    model.Portfolio // scratch, reset to base before each subset
	deal map[string]int  // deal id → index in base
	fund map[string]int  // funding event id → index in base's Cash.Funding
}

func newWorkspace(a, b *scenario.Scenario) *workspace {
	ws := &workspace{a: a, b: b, deal: map[string]int{}, fund: map[string]int{}}
	ap := &a.Portfolio
	ws.base = model.Portfolio{World: ap.World, Revenue: ap.Revenue, Cash: ap.Cash, Stated: ap.Stated,
		Accelerators: slices.Clone(ap.Accelerators), Deals: slices.Clone(ap.Deals)}
	// Funding events as deals: A's, then B's that A lacks, switched off
	// until their assumption is applied.
	ws.base.Cash.Funding = slices.Clone(ap.Cash.Funding)
	for i, f := range ap.Cash.Funding {
		ws.fund[f.ID] = i
	}
	for _, f := range b.Portfolio.Cash.Funding {
		if _, ok := ws.fund[f.ID]; !ok {
			f.On = false
			ws.fund[f.ID] = len(ws.base.Cash.Funding)
			ws.base.Cash.Funding = append(ws.base.Cash.Funding, f)
		}
	}
	for _, acc := range b.Portfolio.Accelerators {
		if _, ok := ws.base.Accelerator(acc.ID); !ok {
			ws.base.Accelerators = append(ws.base.Accelerators, acc)
		}
	}
	for i, d := range ap.Deals {
		ws.deal[d.ID] = i
	}
	for _, d := range b.Portfolio.Deals {
		if _, ok := ws.deal[d.ID]; !ok {
			d.On = false
			ws.deal[d.ID] = len(ws.base.Deals)
			ws.base.Deals = append(ws.base.Deals, d)
		}
	}
	ws.p = ws.base
	ws.p.Accelerators = slices.Clone(ws.base.Accelerators)
	ws.p.Deals = slices.Clone(ws.base.Deals)
	ws.p.Cash.Funding = slices.Clone(ws.base.Cash.Funding)
	return ws
}

type opKind uint8

const (
	opWorld        opKind = iota // copy one world or revenue field from B
	opAccel                      // copy one accelerator field from B
	opDeal                       // copy one deal field from B
	opWhole                      // copy the whole deal from B
	opOff                        // switch a deal only A has off
	opStated                     // copy the buyer's stated totals and revenue history from B
	opFunding                    // copy one field of a funding event from B
	opFundingWhole               // copy a whole funding event from B
	opFundingOff                 // switch a funding event only A has off
)

// op writes one of B's values into a portfolio shaped like the
// workspace's; w indexes that portfolio, b indexes B's.
type op struct {
	kind opKind
	name string
	w, b int
}

// apply reports false for a field it does not know, which would leave
// "A with every change" short of B.
func (o op) apply(p, b *model.Portfolio) bool {
	switch o.kind {
	case opWorld:
		return copyWorld(p, b, o.name)
	case opAccel:
		x, y := &p.Accelerators[o.w], &b.Accelerators[o.b]
		switch o.name {
		case "it_kw":
			x.ITKW = y.ITKW
		case "fp8":
			x.FP8PFLOPS = y.FP8PFLOPS
		case "hbm":
			x.HBMGB = y.HBMGB
		case "capex":
			x.CapexUSD = y.CapexUSD
		default:
			return false
		}
	case opDeal:
		return copyDeal(&p.Deals[o.w], &b.Deals[o.b], o.name)
	case opWhole:
		p.Deals[o.w] = b.Deals[o.b]
	case opOff:
		p.Deals[o.w].On = false
	case opStated:
		p.Stated = b.Stated
		// The history is the buyer's, like its stated totals: no key sets it.
		p.Revenue.History = b.Revenue.History
	case opFunding:
		x, y := &p.Cash.Funding[o.w], &b.Cash.Funding[o.b]
		switch o.name {
		case "on":
			x.On = y.On
		case "usd":
			x.USD = y.USD
		case "month":
			x.Month = y.Month
		case "name":
			x.Name = y.Name
		default:
			return false
		}
	case opFundingWhole:
		p.Cash.Funding[o.w] = b.Cash.Funding[o.b]
	case opFundingOff:
		p.Cash.Funding[o.w].On = false
	}
	return true
}

func copyWorld(p, b *model.Portfolio, name string) bool {
	for _, f := range scenario.WorldFields() {
		if f.Name == name {
			return f.CopyWorld(p, b)
		}
	}
	return false
}

func copyDeal(x, y *model.Deal, name string) bool {
	switch name {
	case "on":
		x.On = y.On
	case "accel":
		x.Accel = y.Accel
	case "derive":
		x.Derive = y.Derive
	case "value":
		x.ValueUSD = y.ValueUSD
	case "price":
		x.Price, x.PriceAuto = y.Price, y.PriceAuto
	case "n", "gw":
		x.Size, x.SizeUnit = y.Size, y.SizeUnit
	case "start":
		x.Start = y.Start
	case "full":
		x.Full = y.Full
	case "term":
		x.TermMonths = y.TermMonths
	case "shape":
		x.Shape = y.Shape
	case "sustain":
		x.Sustain = y.Sustain
	default:
		return false
	}
	return true
}

// group is one assumption while it is being formed.
type group struct {
	keys   []string
	items  []string // each key's label with its values in A and B
	prefix string   // what every item starts with, said once
	title  string   // replaces the items when set
	ops    []op
	note   string
	first  int // position of its first key in the diff
}

func (g *group) apply(p, b *model.Portfolio) {
	for _, o := range g.ops {
		o.apply(p, b)
	}
}

func (g *group) label() string {
	if g.title != "" {
		return g.title
	}
	if len(g.items) == 1 {
		return g.items[0]
	}
	var b strings.Builder
	for i, it := range g.items {
		if i > 0 {
			b.WriteString("; ")
			it = strings.TrimPrefix(it, g.prefix)
		}
		b.WriteString(it)
	}
	return b.String()
}

func (g *group) addNote(n string) {
	switch {
	case g.note == "":
		g.note = n
	case !strings.Contains(g.note, n):
		g.note += "; " + n
	}
}

func merge(gs []*group, note string) *group {
	m := &group{prefix: gs[0].prefix, first: gs[0].first}
	for _, g := range gs {
		m.keys = append(m.keys, g.keys...)
		m.items = append(m.items, g.items...)
		m.ops = append(m.ops, g.ops...)
		if g.note != "" {
			m.addNote(g.note)
		}
		m.first = min(m.first, g.first)
	}
	m.addNote(note)
	return m
}

// unitOf names the deal, accelerator or world a key belongs to: changes of
// different units never make each other invalid.
func unitOf(key string) (unit, id, name string) {
	parts := strings.Split(key, ".")
	if len(parts) == 3 {
		return parts[0] + "." + parts[1], parts[1], parts[2]
	}
	return "", "", key
}

var errUnknownField = errors.New("compare: a changed key that attribution cannot apply")

// groups forms the assumptions of an attribution from the changes that
// enter the model, in link order.
func (ws *workspace) groups(d *Diff, stated bool) ([]*group, error) {
	byUnit := map[string][]int{}
	var order []string
	for i, c := range d.Changes {
		if !c.Model {
			continue
		}
		u, _, _ := unitOf(c.Key)
		if _, ok := byUnit[u]; !ok {
			order = append(order, u)
		}
		byUnit[u] = append(byUnit[u], i)
	}
	var out []*group
	for _, u := range order {
		out = append(out, ws.unitGroups(d, u, byUnit[u])...)
	}
	history := !slices.Equal(ws.a.Portfolio.Revenue.History, ws.b.Portfolio.Revenue.History)
	if (stated && ws.a.Portfolio.Stated != ws.b.Portfolio.Stated) || history {
		title := "The buyer's stated totals"
		if history {
			title = "The buyer's stated totals and revenue history"
		}
		out = append(out, &group{title: title + " (" + ws.a.Preset.Buyer + " in A, " + ws.b.Preset.Buyer + " in B)",
			note: "set by the preset, not by a key", ops: []op{{kind: opStated}}, first: len(d.Changes)})
	}
	// In the order of each group's first change; stable. An insertion
	// sort of these few groups, because slices.SortStableFunc compiled
	// about 9 KB of wasm for this one call.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j-1].first > out[j].first; j-- {
			out[j-1], out[j] = out[j], out[j-1]
		}
	}
	for _, g := range out {
		for _, o := range g.ops {
			ws.reset()
			if !o.apply(&ws.p, &ws.b.Portfolio) {
				return nil, errUnknownField
			}
		}
	}
	return out, nil
}

func item(c *Change) string { return c.Label + " " + c.ShowA() + " → " + c.ShowB() }

// oneGroup is the group of change i alone, applied by o.
func oneGroup(d *Diff, i int, o op) *group {
	c := &d.Changes[i]
	return &group{keys: []string{c.Key}, items: []string{item(c)}, ops: []op{o}, first: i}
}

// allGroup is the group of the changes idx together, applied by o.
func allGroup(d *Diff, idx []int, title, note string, o op) *group {
	g := &group{title: title, note: note, ops: []op{o}, first: idx[0]}
	for _, i := range idx {
		g.keys = append(g.keys, d.Changes[i].Key)
		g.items = append(g.items, item(&d.Changes[i]))
	}
	return g
}

func (ws *workspace) unitGroups(d *Diff, u string, idx []int) []*group {
	one := func(i int, o op) *group { return oneGroup(d, i, o) }
	all := func(title, note string, o op) *group { return allGroup(d, idx, title, note, o) }
	_, id, _ := unitOf(d.Changes[idx[0]].Key)
	switch {
	case u == "":
		var gs []*group
		for _, i := range idx {
			gs = append(gs, one(i, op{kind: opWorld, name: d.Changes[i].Key}))
		}
		return ws.settle(gs)
	case strings.HasPrefix(u, "a."):
		ai := slices.IndexFunc(ws.a.Portfolio.Accelerators, func(x model.Accelerator) bool { return x.ID == id })
		bi := slices.IndexFunc(ws.b.Portfolio.Accelerators, func(x model.Accelerator) bool { return x.ID == id })
		if ai < 0 || bi < 0 {
			// An accelerator only one side has is in the workspace with
			// its own values from the start: nothing to apply.
			return nil
		}
		var gs []*group
		for _, i := range idx {
			_, _, name := unitOf(d.Changes[i].Key)
			gs = append(gs, one(i, op{kind: opAccel, name: name, w: ai, b: bi}))
		}
		return gs
	case strings.HasPrefix(u, "f."):
		return ws.fundingGroups(d, id, idx, one, all)
	}

	ai, bi := ws.a.DealIndex(id), ws.b.DealIndex(id)
	w := ws.deal[id]
	switch {
	case bi < 0:
		return []*group{all("Only in A: "+outputs.DealName(ws.a, ai), "B has no such deal", op{kind: opOff, w: w})}
	case ai < 0:
		bd := &ws.b.Portfolio.Deals[bi]
		state := "off"
		if bd.On {
			state = "on"
		}
		return []*group{all("Only in B: "+outputs.DealName(ws.b, bi)+" ("+bd.Kind.String()+", "+state+")",
			"a deal A does not have, with all its keys", op{kind: opWhole, w: w, b: bi})}
	}
	name := func(i int) string { _, _, n := unitOf(d.Changes[i].Key); return n }
	for _, i := range idx {
		if name(i) == "kind" {
			return []*group{all("", "its kind changed, which changes what its price means and which keys it has",
				op{kind: opWhole, w: w, b: bi})}
		}
	}
	names := map[string]bool{}
	for _, i := range idx {
		names[name(i)] = true
	}
	// A change of the derived quantity makes another quantity an input,
	// which only B's value of it can fill; n and gw are one size.
	var coupled *group
	prefix := outputs.DealName(ws.a, ai) + ": "
	var gs []*group
	for _, i := range idx {
		n := name(i)
		g := one(i, op{kind: opDeal, name: n, w: w, b: bi})
		g.prefix = prefix
		quantity := n == "value" || n == "price" || n == "n" || n == "gw"
		switch {
		case names["derive"] && (n == "derive" || quantity):
			g.note = "the quantity it derives changed, so its quantities go with it"
		case names["n"] && names["gw"] && (n == "n" || n == "gw"):
			g.note = "its size changed from accelerators to GW or back"
		default:
			gs = append(gs, g)
			continue
		}
		if coupled == nil {
			coupled = g
			gs = append(gs, g)
			continue
		}
		coupled.keys = append(coupled.keys, g.keys...)
		coupled.items = append(coupled.items, g.items...)
		coupled.ops = append(coupled.ops, g.ops...)
	}
	return ws.settle(gs)
}

// settle merges the groups of one unit until every subset of them,
// applied to A, is a valid portfolio: the smallest invalid subset becomes
// one assumption (a change invalid on its own joins the fewest others that
// make it valid), and the search repeats. All of a unit's changes together
// are B's, which are valid, so this ends.
func (ws *workspace) settle(gs []*group) []*group {
	for len(gs) > 1 {
		if len(gs) > maxUnitGroups {
			return []*group{merge(gs, "too many changes of one deal to test apart")}
		}
		full := 1<<len(gs) - 1
		bad, why := ws.fewest(gs, 0, false)
		if bad == 0 {
			return gs
		}
		if bits.OnesCount(uint(bad)) == 1 {
			if with, _ := ws.fewest(gs, bad, true); with != 0 {
				bad = with
			} else {
				bad = full
			}
		}
		var in, rest []*group
		at := -1
		for i, g := range gs {
			if bad&(1<<i) != 0 {
				if at < 0 {
					at = len(rest)
				}
				in = append(in, g)
			} else {
				rest = append(rest, g)
			}
		}
		m := merge(in, "applied together: apart they would be invalid ("+why+")")
		// m goes where the first of its groups was (slices.Insert would
		// do it with 4.6 KB of wasm of its own).
		gs = append(rest, nil)
		copy(gs[at+1:], gs[at:])
		gs[at] = m
	}
	return gs
}

// fewest returns the subset of gs with the fewest groups that holds every
// group of must and is valid (or, with valid false, invalid), and why an
// invalid one is; 0 if there is none.
func (ws *workspace) fewest(gs []*group, must int, valid bool) (int, string) {
	best, why := 0, ""
	fewest := len(gs) + 1
	for mask := 1; mask < 1<<len(gs); mask++ {
		n := bits.OnesCount(uint(mask))
		if n >= fewest || mask&must != must || mask == must {
			continue
		}
		ws.reset()
		for i, g := range gs {
			if mask&(1<<i) != 0 {
				g.apply(&ws.p, &ws.b.Portfolio)
			}
		}
		errs := model.Check(&ws.p)
		if (len(errs) == 0) == valid {
			best, fewest = mask, n
			if !valid {
				why = describe(errs[0])
			}
		}
	}
	return best, why
}

// describe writes an error of model.Check, which returns *FieldError
// values as they are, unwrapped: a type assertion finds them, and keeps
// errors.As, with the internal/reflectlite it links, out of main.wasm.
func describe(err error) string {
	if fe, ok := err.(*model.FieldError); ok {
		return fe.Field + " " + fe.Msg
	}
	return err.Error()
}

// fundingGroups are the assumptions of one funding event: an event only
// one side has is one assumption; otherwise each changed field is.
func (ws *workspace) fundingGroups(d *Diff, id string, idx []int, one func(int, op) *group, all func(string, string, op) *group) []*group {
	ai, bi := ws.a.FundingIndex(id), ws.b.FundingIndex(id)
	w := ws.fund[id]
	switch {
	case bi < 0:
		return []*group{all("Only in A: the funding event "+id, "B has no such event", op{kind: opFundingOff, w: w})}
	case ai < 0:
		return []*group{all("Only in B: the funding event "+id, "an event A does not have, with all its keys", op{kind: opFundingWhole, w: w, b: bi})}
	}
	var gs []*group
	for _, i := range idx {
		_, _, name := unitOf(d.Changes[i].Key)
		gs = append(gs, one(i, op{kind: opFunding, name: name, w: w, b: bi}))
	}
	return ws.settle(gs)
}
