package scenario

import (
	"maps"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/units"
)

// A link is the scenario's serialized form, written as the fragment of
// the page's URL:
//
//	v=1&data=2026-11&preset=openai-2025-11&d.aws.n=450k&d.azure.on=0&pue=1.3
//
// It holds the format version, the data vintage, the preset, and only the
// inputs that differ from them, in a fixed order, so that one scenario
// always has one link. See the README for every key.

// Head is the start of every link of the scenario's vintage and preset:
// its whole link when nothing is changed.
func (s *Scenario) Head() string {
	var b linkBuilder
	b.add("v", strconv.Itoa(Version))
	b.add("data", s.Vintage.ID)
	b.add("preset", s.Preset.ID)
	return b.String()
}

// Link returns the scenario's canonical link, without the leading "#".
func (s *Scenario) Link() string {
	base := s.Base()
	var b linkBuilder
	b.WriteString(s.Head())
	ins := s.Inputs()
	for _, in := range ins {
		// A deal of the user's own writes every field, but sustain only
		// when it is not auto: links from before sustain existed keep
		// their one canonical form.
		if !in.Derived && s.IsSet(in, base) {
			b.add(in.Key, s.Get(in))
		}
		if in.Key == "seed" {
			if c, ok := s.corrLink(ins); ok {
				// Keys, numbers, colons and commas: nothing to escape.
				b.add("corr", "")
				b.WriteString(c)
			}
		}
		if !in.IsRangeable() {
			continue
		}
		r, ok := s.Ranges[in.Key]
		br, bok := s.DefaultRange(in)
		if ok != bok || r != br {
			b.add(in.Key+".range", formatRange(r, ok))
		}
	}
	return b.String()
}

type linkBuilder struct{ strings.Builder }

func (b *linkBuilder) add(key, value string) {
	if b.Len() > 0 {
		b.WriteByte('&')
	}
	b.WriteString(Escape(key))
	b.WriteByte('=')
	b.WriteString(Escape(value))
}

// Escape percent-encodes everything but unreserved characters, as a key
// or value of a link is written.
func Escape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// Unescape undoes percent-encoding strictly: a % must start two hex
// digits, and the result must be UTF-8.
func Unescape(s string) (string, bool) {
	if !strings.Contains(s, "%") {
		return s, utf8.ValidString(s)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		if i+2 >= len(s) {
			return "", false
		}
		hi, ok1 := unhex(s[i+1])
		lo, ok2 := unhex(s[i+2])
		if !ok1 || !ok2 {
			return "", false
		}
		b.WriteByte(hi<<4 | lo)
		i += 2
	}
	return b.String(), utf8.ValidString(b.String())
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Fragment returns the part of text that is a link: what follows the
// first "#" of a URL, or the text itself.
func Fragment(text string) string {
	text = strings.TrimSpace(text)
	if _, frag, ok := strings.Cut(text, "#"); ok {
		return frag
	}
	if strings.Contains(text, "://") {
		return ""
	}
	return text
}

type pair struct{ key, value string }

// PinPrefix starts the keys of a link that hold a second scenario, the
// one the page compares with (its scenario A): "pin.data=2026-12&
// pin.preset=aws-only&pin.pue=1.3". A link stays readable and carries the
// comparison; the scenario of the link itself ignores them.
const PinPrefix = "pin."

// SplitPinned cuts a link's fragment into the scenario's own keys and, as
// a link of its own, the pinned scenario's (without the prefix); pinned
// is "" when the link pins nothing.
func SplitPinned(frag string) (own, pinned string) {
	var a, b []string
	// strings.Split rather than SplitSeq here and below: each range over
	// SplitSeq compiled a copy of its iterator into main.wasm.
	for _, part := range strings.Split(frag, "&") {
		if rest, ok := strings.CutPrefix(part, PinPrefix); ok {
			b = append(b, rest)
		} else if part != "" {
			a = append(a, part)
		}
	}
	return strings.Join(a, "&"), strings.Join(b, "&")
}

// WithPinned is link with the pinned scenario's link added under
// PinPrefix.
func WithPinned(link, pinned string) string {
	if pinned == "" {
		return link
	}
	var b strings.Builder
	b.WriteString(link)
	for _, part := range strings.Split(pinned, "&") {
		b.WriteString("&" + PinPrefix + part)
	}
	return b.String()
}

// Decode reads a link (a whole URL, or its fragment with or without "#").
// It never fails: it returns the scenario made of the valid part and a
// problem for every key it could not use, each naming the key, the value
// and what is allowed. A link it cannot read at all gives the default
// view and one problem.
func Decode(cat *library.Catalog, link string) (*Scenario, []*Problem) {
	var probs []*Problem
	fail := func(p *Problem) (*Scenario, []*Problem) {
		p.Fatal = true
		return Default(cat), append(probs, p)
	}
	if len(link) > MaxLinkLen {
		return fail(problem("", "", "the link is "+strconv.Itoa(len(link))+" bytes long; links are at most "+strconv.Itoa(MaxLinkLen)))
	}
	frag, _ := SplitPinned(Fragment(link))
	var pairs []pair
	seen := map[string]bool{}
	for _, part := range strings.Split(frag, "&") {
		if part == "" {
			continue
		}
		if len(pairs) >= MaxPairs {
			return fail(problem("", "", "the link holds more than "+strconv.Itoa(MaxPairs)+" keys"))
		}
		rk, rv, hasEq := strings.Cut(part, "=")
		k, ok1 := Unescape(rk)
		v, ok2 := Unescape(rv)
		switch {
		case !ok1 || !ok2:
			probs = append(probs, problem(printable(rk), printable(rv), "bad percent-encoding"))
		case !hasEq:
			probs = append(probs, problem(printable(k), "", "has no value; write key=value"))
		case seen[k]:
			probs = append(probs, problem(printable(k), printable(v), "given twice; the first is used"))
		default:
			seen[k] = true
			pairs = append(pairs, pair{k, v})
		}
	}
	get := func(key string) (string, bool) {
		for _, p := range pairs {
			if p.key == key {
				return p.value, true
			}
		}
		return "", false
	}

	if v, ok := get("v"); ok {
		n, err := strconv.Atoi(v)
		switch {
		case err != nil || n < 1:
			probs = append(probs, problem("v", printable(v), "not a format version; this build reads 1 to "+strconv.Itoa(Version)+" (read as "+strconv.Itoa(Version)+")"))
		case n > Version:
			return fail(problem("v", v, "the link was made by a newer version of the explorer (format "+v+"); this build reads formats up to "+strconv.Itoa(Version)+", so it shows the default view"))
		}
	}
	vintage := cat.Latest()
	if id, ok := get("data"); ok {
		if v, found := cat.Vintage(id); found {
			vintage = v
		} else {
			probs = append(probs, problem("data", printable(id), "unknown data vintage; this build knows "+vintageIDs(cat)+" (used "+vintage.ID+")"))
		}
	}
	preset := vintage.DefaultPreset()
	if id, ok := get("preset"); ok {
		if p, found := vintage.Preset(id); found {
			preset = p
		} else {
			probs = append(probs, problem("preset", printable(id), "unknown preset; data "+vintage.ID+" has "+presetIDs(vintage)+" (used "+preset.ID+")"))
		}
	}
	s := New(cat, vintage, preset)
	d := decoder{s: s, probs: probs, given: map[string]string{}}
	d.apply(pairs)
	return d.s, d.probs
}

func presetIDs(v *library.Vintage) string {
	ids := make([]string, len(v.Presets))
	for i, p := range v.Presets {
		ids[i] = p.ID
	}
	return strings.Join(ids, ", ")
}

func vintageIDs(cat *library.Catalog) string {
	ids := make([]string, len(cat.Vintages))
	for i, v := range cat.Vintages {
		ids[i] = v.ID
	}
	return strings.Join(ids, ", ")
}

// printable shortens and cleans a value that failed to parse, for a
// message that is shown as text.
func printable(s string) string {
	return strings.ToValidUTF8(clip(s, 40), "�")
}

// clip shortens s to at most n bytes and marks the cut. It cuts before a
// rune rather than inside one, so that valid text stays valid.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

type decoder struct {
	s     *Scenario
	probs []*Problem
	given map[string]string // keys applied
}

// apply sets the keys of a link in phases, so that the result does not
// depend on their order: new deals, then everything but the deals'
// quantities, then the quantities (which depend on derive), then ranges,
// then correlations, then checks across fields.
func (d *decoder) apply(pairs []pair) {
	s := d.s
	var rest, quantities, ranges, corr []pair
	newDeals := map[string]bool{}
	newFunding := map[string]bool{}
	sizeKey := map[string]string{} // deal id → the n or gw key that gave its size
	for _, p := range pairs {
		switch p.key {
		case "v", "data", "preset":
			continue
		case "corr":
			corr = append(corr, p)
			continue
		}
		if strings.HasSuffix(p.key, ".range") {
			ranges = append(ranges, p)
			continue
		}
		scope, id, name, err := splitKey(p.key)
		if err != nil {
			d.bad(problem(printable(p.key), printable(p.value), "unknown key; method.html#keys lists the keys a link may hold"))
			continue
		}
		if scope == "d" && s.DealIndex(id) < 0 && !newDeals[id] {
			if name != "kind" {
				// Kind comes first; a deal without one is reported once.
				if _, hasKind := findPair(pairs, "d."+id+".kind"); !hasKind {
					d.bad(problem(p.key, printable(p.value), "no deal of that id; a deal of your own needs d."+id+".kind=cloud or owned"))
					newDeals[id] = true // report once
					continue
				}
			}
			if !d.addDeal(id, pairs) {
				newDeals[id] = true
				continue
			}
		}
		if scope == "f" && s.FundingIndex(id) < 0 && !newFunding[id] {
			newFunding[id] = true
			if !d.addFunding(id, pairs) {
				continue
			}
		}
		if scope == "f" && s.FundingIndex(id) < 0 {
			continue // reported when it was refused
		}
		if scope == "d" && (name == "n" || name == "gw") {
			// n and gw are two spellings of one quantity: with both, which
			// one wins would depend on their order.
			if first, ok := sizeKey[id]; ok {
				d.bad(problem(p.key, printable(p.value), "the deal's size is given by "+first+" already; give n or gw, not both (the first is used)"))
				continue
			}
			sizeKey[id] = p.key
		}
		if scope == "d" && (name == "value" || name == "price" || name == "n" || name == "gw") {
			quantities = append(quantities, p)
			continue
		}
		if scope == "d" && name == "kind" && s.DealIndex(id) >= 0 && s.IsLibraryDeal(s.DealIndex(id)) {
			d.bad(problem(p.key, printable(p.value), errLibraryDeal.Error()))
			continue
		}
		rest = append(rest, p)
	}

	for _, p := range rest {
		if strings.HasSuffix(p.key, ".kind") {
			continue // applied when the deal was added
		}
		d.set(p)
	}
	d.checkDerive(quantities)
	for _, p := range quantities {
		d.set(p)
	}
	for _, p := range ranges {
		d.setRange(p)
	}
	d.checkRanges()
	for _, p := range corr {
		cs, probs := s.parseCorrelations(p.value)
		for _, pr := range probs {
			d.bad(pr)
		}
		if cs != nil {
			s.Corr = cs
		}
	}
	d.checkMonths()
	d.checkUserDeals()
	if errs := model.Check(&s.Portfolio); len(errs) > 0 {
		// Every key passed its own checks but together they do not make a
		// portfolio: keep nothing rather than show something else.
		for _, e := range errs {
			d.bad(checkProblem("", "", e))
		}
		d.s = s.Base().Clone()
	}
}

func findPair(pairs []pair, key string) (string, bool) {
	for _, p := range pairs {
		if p.key == key {
			return p.value, true
		}
	}
	return "", false
}

// addDeal starts a deal of the user's own from its kind.
func (d *decoder) addDeal(id string, pairs []pair) bool {
	s := d.s
	key := "d." + id + ".kind"
	kind, _ := findPair(pairs, key)
	if kind != "cloud" && kind != "owned" {
		d.bad(problem(key, printable(kind), "must be cloud or owned"))
		return false
	}
	if len(s.Portfolio.Deals)-len(s.Vintage.Deals) >= MaxUserDeals {
		d.bad(problem(key, kind, "too many deals of your own; at most "+strconv.Itoa(MaxUserDeals)))
		return false
	}
	nd := userTemplate
	nd.ID = id
	nd.Buyer = s.Preset.Buyer
	if kind == "owned" {
		nd.Kind = model.Owned
		nd.PriceAuto = true
	}
	s.Portfolio.Deals = append(s.Portfolio.Deals, nd)
	d.given[key] = kind
	return true
}

// addFunding starts a funding event of the user's own, which needs both
// an amount and a month.
func (d *decoder) addFunding(id string, pairs []pair) bool {
	s := d.s
	_, hasUSD := findPair(pairs, "f."+id+".usd")
	_, hasMonth := findPair(pairs, "f."+id+".month")
	switch {
	case !hasUSD && !hasMonth:
		d.bad(problem("f."+id, "", "no funding event of that id; one of your own needs f."+id+".usd and f."+id+".month"))
		return false
	case !hasMonth:
		d.bad(problem("f."+id+".month", "", "missing; a funding event of your own needs the month the money arrives"))
		return false
	case !hasUSD:
		d.bad(problem("f."+id+".usd", "", "missing; a funding event of your own needs its amount"))
		return false
	}
	if len(s.Portfolio.Cash.Funding)-s.shared.funding >= MaxUserFunding {
		d.bad(problem("f."+id, "", "too many funding events of your own; at most "+strconv.Itoa(MaxUserFunding)))
		return false
	}
	s.Portfolio.Cash.Funding = append(s.Portfolio.Cash.Funding, model.Funding{ID: id, Name: "My funding", On: true})
	return true
}

func (d *decoder) set(p pair) {
	in, err := d.s.Input(p.key)
	if err != nil {
		d.bad(keyProblem(p.key, printable(p.value), err))
		return
	}
	if in.Derived {
		d.bad(derivedProblem(d.s, in, printable(p.value)))
		return
	}
	if pr := d.s.setRaw(in, p.value); pr != nil {
		pr.Value = printable(pr.Value)
		d.bad(pr)
		return
	}
	d.given[p.key] = p.value
}

// checkDerive undoes a change of derive that leaves the deal without a
// quantity it now needs, before the quantities are applied.
func (d *decoder) checkDerive(quantities []pair) {
	s := d.s
	base := s.Base()
	for i := range s.Portfolio.Deals {
		dl := &s.Portfolio.Deals[i]
		key := "d." + dl.ID + ".derive"
		v, ok := d.given[key]
		if !ok {
			continue
		}
		trial := s.Clone()
		for _, p := range quantities {
			if strings.HasPrefix(p.key, "d."+dl.ID+".") {
				if in, err := trial.Input(p.key); err == nil && !in.Derived {
					_ = trial.setRaw(in, p.value)
				}
			}
		}
		if pr := trial.checkGiven(i, key, v); pr != nil {
			d.bad(pr)
			if s.IsLibraryDeal(i) {
				dl.Derive = base.Portfolio.Deals[i].Derive
			} else {
				dl.Derive = userTemplate.Derive
			}
			delete(d.given, key)
		}
	}
}

func (d *decoder) setRange(p pair) {
	key := strings.TrimSuffix(p.key, ".range")
	in, err := d.s.Input(key)
	if err != nil {
		d.bad(keyProblem(p.key, printable(p.value), err))
		return
	}
	if !in.IsRangeable() {
		// Before parsing: the hint below quotes the input's number.
		d.bad(problem(p.key, printable(p.value), "only numeric inputs that are not derived carry a range"))
		return
	}
	if p.value == "none" {
		if pr := d.s.SetRange(key, Range{}, false); pr != nil {
			d.bad(pr.(*Problem))
		}
		return
	}
	lo, hi, ok := strings.Cut(p.value, "..")
	l, err1 := units.ParseLink(lo)
	h, err2 := units.ParseLink(hi)
	if !ok || err1 != nil || err2 != nil {
		d.bad(problem(p.key, printable(p.value), "not a range; write low..high, like "+formatRange(Range{roundSig(d.s.Num(in)*0.8, 2), roundSig(d.s.Num(in)*1.25, 2)}, true)+", or none"))
		return
	}
	if err := d.s.SetRange(key, Range{l, h}, true); err != nil {
		d.bad(err.(*Problem))
	}
}

// checkRanges, from model version 2 on, reports every range that does
// not hold its input's value and puts the default range back (or none,
// when that does not hold it either).
func (d *decoder) checkRanges() {
	s := d.s
	for _, pr := range s.RangeProblems() {
		d.bad(pr)
		key := strings.TrimSuffix(pr.Key, ".range")
		in, _ := s.Input(key)
		s.Ranges = maps.Clone(s.Ranges)
		if r, ok := s.DefaultRange(in); ok && r.Low <= s.Num(in) && s.Num(in) <= r.High {
			s.Ranges[key] = r
			pr.Msg += " (used " + formatRange(r, true) + ")"
		} else {
			delete(s.Ranges, key)
			pr.Msg += " (used none)"
		}
	}
}

// checkMonths undoes start/full and from/to pairs that are out of order.
func (d *decoder) checkMonths() {
	s := d.s
	base := s.Base()
	for i := range s.Portfolio.Deals {
		dl := &s.Portfolio.Deals[i]
		// A ramp longer than model.Check allows would otherwise reach the
		// final check and cost the whole link.
		wrong := func() bool { return dl.Full < dl.Start || int(dl.Full-dl.Start) >= model.MaxSpanMonths }
		if !wrong() {
			continue
		}
		ks, kf := "d."+dl.ID+".start", "d."+dl.ID+".full"
		if dl.Full < dl.Start {
			d.bad(problem(kf, dl.Full.String(), "is before "+ks+" ("+dl.Start.String()+"); full capacity cannot come before the start"))
		} else {
			d.bad(problem(kf, dl.Full.String(), "is "+strconv.Itoa(model.MaxSpanMonths/12)+" years or more after "+ks+" ("+dl.Start.String()+"); full capacity must come sooner"))
		}
		bs, bf := userTemplate.Start, userTemplate.Full
		if s.IsLibraryDeal(i) {
			bs, bf = base.Portfolio.Deals[i].Start, base.Portfolio.Deals[i].Full
		}
		if _, ok := d.given[kf]; ok {
			dl.Full = bf
		}
		if _, ok := d.given[ks]; ok && wrong() {
			dl.Start = bs
		}
		if wrong() {
			dl.Start, dl.Full = bs, bf
		}
	}
	w := &s.Portfolio.World
	if w.To < w.From {
		d.bad(problem("to", w.To.String(), "is before from ("+w.From.String()+")"))
		w.From, w.To = base.Portfolio.World.From, base.Portfolio.World.To
	}
	if w.To-w.From >= 600 {
		d.bad(problem("to", w.To.String(), "is more than 50 years after from ("+w.From.String()+")"))
		w.From, w.To = base.Portfolio.World.From, base.Portfolio.World.To
	}
}

// checkUserDeals reports the fields a deal of the user's own left out.
func (d *decoder) checkUserDeals() {
	s := d.s
	for i := len(s.Vintage.Deals); i < len(s.Portfolio.Deals); i++ {
		for _, in := range s.DealInputs(i) {
			switch {
			case in.Derived, in.Field == fieldOn, in.Field == fieldBuyer, in.Field == fieldProvider, in.Field == fieldSustain:
				continue // on defaults to 1, the names to the preset's buyer and "My provider", sustain to auto
			}
			if _, ok := d.given[in.Key]; ok {
				continue
			}
			if in.Field.Name == "price" && s.Portfolio.Deals[i].Kind == model.Owned && s.Portfolio.Deals[i].PriceAuto {
				continue
			}
			d.bad(problem(in.Key, "", "missing; a deal of your own needs every field (used "+s.Get(in)+")"))
		}
	}
}

// roundSig rounds v to sig significant figures.
func roundSig(v float64, sig int) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	p := math.Pow(10, float64(sig)-math.Ceil(math.Log10(math.Abs(v))))
	return math.Round(v*p) / p
}
