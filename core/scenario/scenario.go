// Package scenario is the explorer's one value, a [Scenario]: a data
// vintage and a preset to start from, every edit on top of them, the
// uncertainty ranges and the random seed. Its link is its serialized
// form, readable and canonical: [Decode] reads one (a [Problem] for each
// key it cannot use) and [Scenario.Link] writes it. Its inputs ([Input],
// each a [Field]) are addressed by the keys of that link ("pue",
// "d.aws.n", "a.gb300.it_kw"), everywhere: in the page, the command line,
// sampling, sensitivity and attribution.
package scenario

import (
	"errors"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/units"
)

// Version is the link format version this build writes.
const Version = 1

// DefaultSeed is the Monte Carlo seed of a scenario that names none.
const DefaultSeed = 1

// Range is an uncertainty range: the 5th and 95th percentiles of what an
// input may be.
type Range struct{ Low, High float64 }

// Scenario is a complete set of assumptions. Treat it as a value: Clone it
// before changing it.
type Scenario struct {
	Catalog *library.Catalog
	Vintage *library.Vintage
	Preset  *library.Preset
	// Portfolio holds every deal of the library (on or off) followed by the
	// user's own deals, with every edit applied.
	Portfolio model.Portfolio
	// Ranges holds the uncertainty range of each input key that has one.
	Ranges map[string]Range
	Seed   uint64
	// Corr correlates sampled inputs (model version 2 on; sampling.go).
	Corr []Correlation

	// shared holds what every scenario of one vintage and preset shares
	// and never changes: Clone copies the pointer.
	shared *shared
}

type shared struct {
	base       *Scenario
	accelField *Field
	// funding counts the library's funding events, which come first.
	funding int
}

// New returns the scenario of a preset of a vintage, unchanged.
func New(cat *library.Catalog, v *library.Vintage, p *library.Preset) *Scenario {
	s := &Scenario{Catalog: cat, Vintage: v, Preset: p, Portfolio: v.Portfolio(p), Seed: DefaultSeed}
	f := *fieldAccel
	for _, a := range s.Portfolio.Accelerators {
		f.Choices = append(f.Choices, a.ID)
	}
	s.shared = &shared{accelField: &f, funding: len(s.Portfolio.Cash.Funding)}
	s.applyOverrides()
	s.Ranges = s.defaultRanges()
	s.Corr = s.DefaultCorrelations()
	s.shared.base = s.Clone()
	return s
}

// applyOverrides sets the values a preset gives on top of its vintage's
// defaults, in link order, as part of the preset: they are its base, not
// the user's changes. The library's tests hold every override to a valid
// value; one that is not is left out rather than failing the scenario.
func (s *Scenario) applyOverrides() {
	if len(s.Preset.Overrides) == 0 {
		return
	}
	for _, in := range s.Inputs() {
		if v, ok := s.Preset.Overrides[in.Key]; ok {
			_ = s.setRaw(in, v)
		}
	}
}

// Default returns the default view: the newest vintage's first preset.
func Default(cat *library.Catalog) *Scenario {
	v := cat.Latest()
	return New(cat, v, v.DefaultPreset())
}

// Base is the unchanged scenario this one starts from. It is shared:
// Clone it before changing it.
func (s *Scenario) Base() *Scenario { return s.shared.base }

// Clone returns a deep copy.
func (s *Scenario) Clone() *Scenario {
	c := *s
	c.Portfolio.Accelerators = slices.Clone(s.Portfolio.Accelerators)
	c.Portfolio.Deals = slices.Clone(s.Portfolio.Deals)
	c.Portfolio.Cash.Funding = slices.Clone(s.Portfolio.Cash.Funding)
	c.Portfolio.Revenue.History = slices.Clone(s.Portfolio.Revenue.History)
	c.Ranges = maps.Clone(s.Ranges)
	c.Corr = slices.Clone(s.Corr)
	return &c
}

// Evaluate works out the scenario.
func (s *Scenario) Evaluate() (*model.Result, error) { return model.Evaluate(&s.Portfolio) }

// IsLibraryDeal reports whether deal i comes from the library rather than
// from the user.
func (s *Scenario) IsLibraryDeal(i int) bool { return i < len(s.Vintage.Deals) }

// Input is one editable input of a scenario.
type Input struct {
	Key   string
	Field *Field
	Deal  int // index into Portfolio.Deals, or -1
	Accel int // index into Portfolio.Accelerators, or -1
	// Derived marks the quantity a deal derives: shown, not set.
	Derived bool
	// Funding is 1 + the index of a funding event in Portfolio.Cash.Funding
	// for the inputs of one (f.<id>.usd), and 0 for every other input.
	Funding int
}

// IsRangeable reports whether the input can carry an uncertainty range.
func (in Input) IsRangeable() bool { return in.Field.Type == Num && !in.Derived && in.Key != "seed" }

// Inputs lists every input of the scenario in link order: the world, the
// funding events, the accelerators, then each deal.
func (s *Scenario) Inputs() []Input {
	var out []Input
	for _, f := range worldFields {
		out = append(out, Input{Key: f.Name, Field: f, Deal: -1, Accel: -1})
	}
	for i := range s.Portfolio.Cash.Funding {
		out = append(out, s.FundingInputs(i)...)
	}
	for i, a := range s.Portfolio.Accelerators {
		for _, f := range accelFields {
			out = append(out, Input{Key: "a." + a.ID + "." + f.Name, Field: f, Deal: -1, Accel: i})
		}
	}
	for i := range s.Portfolio.Deals {
		out = append(out, s.DealInputs(i)...)
	}
	return out
}

// DealInputs lists the inputs of deal i in link order.
func (s *Scenario) DealInputs(i int) []Input {
	d := &s.Portfolio.Deals[i]
	// The fields in link order, nil for the accelerator, whose field is
	// the scenario's own; one loop makes each input (a closure called at
	// each field was 8.9 KB of wasm, the loop 4 KB).
	fs := make([]*Field, 0, 16)
	if !s.IsLibraryDeal(i) {
		fs = append(fs, fieldKind, fieldBuyer, fieldProvider)
	}
	fs = append(fs, fieldOn, nil, fieldDerive, fieldValue, priceField(d.Kind), sizeField(d.SizeUnit), fieldStart, fieldFull)
	if d.Kind == model.Cloud {
		fs = append(fs, fieldTerm)
	}
	fs = append(fs, fieldShape, fieldSustain)
	out := make([]Input, len(fs))
	for k, f := range fs {
		if f == nil {
			out[k] = s.accelInput(i)
			continue
		}
		derived := false
		switch f {
		case fieldValue:
			derived = d.Derive == model.Value
		case priceField(d.Kind):
			derived = d.Derive == model.Price
		case sizeField(d.SizeUnit):
			derived = d.Derive == model.Size
		}
		out[k] = Input{Key: "d." + d.ID + "." + f.Name, Field: f, Deal: i, Accel: -1, Derived: derived}
	}
	return out
}

// DealSizeInput is deal i's size, in accelerators or facility GW as the
// deal gives it: the one input its card shows before its terms are opened.
func (s *Scenario) DealSizeInput(i int) Input {
	d := &s.Portfolio.Deals[i]
	f := sizeField(d.SizeUnit)
	return Input{Key: "d." + d.ID + "." + f.Name, Field: f, Deal: i, Accel: -1, Derived: d.Derive == model.Size}
}

// IsLibraryFunding reports whether funding event i comes from the
// library rather than from the user.
func (s *Scenario) IsLibraryFunding(i int) bool {
	return i < s.shared.funding
}

// FundingIndex returns the index of the funding event with the given id,
// or -1.
func (s *Scenario) FundingIndex(id string) int {
	for i := range s.Portfolio.Cash.Funding {
		if s.Portfolio.Cash.Funding[i].ID == id {
			return i
		}
	}
	return -1
}

// FundingInputs lists the inputs of funding event i in link order.
func (s *Scenario) FundingInputs(i int) []Input {
	id := s.Portfolio.Cash.Funding[i].ID
	var out []Input
	for _, f := range fundingFields(i, !s.IsLibraryFunding(i)) {
		out = append(out, Input{Key: "f." + id + "." + f.Name, Field: f, Deal: -1, Accel: -1, Funding: i + 1})
	}
	return out
}

func (s *Scenario) accelInput(i int) Input {
	return Input{Key: "d." + s.Portfolio.Deals[i].ID + ".accel", Field: s.shared.accelField, Deal: i, Accel: -1}
}

func priceField(k model.Kind) *Field {
	if k == model.Owned {
		return fieldUnitCost
	}
	return fieldPrice
}

func sizeField(u model.SizeUnit) *Field {
	if u == model.GW {
		return fieldGW
	}
	return fieldN
}

// Input returns the input with the given key.
func (s *Scenario) Input(key string) (Input, error) {
	scope, id, name, err := splitKey(key)
	if err != nil {
		return Input{}, err
	}
	switch scope {
	case "":
		if f := worldField(name); f != nil {
			return Input{Key: key, Field: f, Deal: -1, Accel: -1}, nil
		}
		return Input{}, errUnknownKey
	case "a":
		i := slices.IndexFunc(s.Portfolio.Accelerators, func(a model.Accelerator) bool { return a.ID == id })
		if i < 0 {
			return Input{}, errUnknownAccel
		}
		if f := accelField(name); f != nil {
			return Input{Key: key, Field: f, Deal: -1, Accel: i}, nil
		}
		return Input{}, errUnknownKey
	case "f":
		i := s.FundingIndex(id)
		if i < 0 {
			return Input{}, errUnknownFunding
		}
		for _, in := range s.FundingInputs(i) {
			if in.Key == key {
				return in, nil
			}
		}
		if name == "name" {
			return Input{}, errLibraryFunding
		}
		return Input{}, errUnknownKey
	}
	i := s.DealIndex(id)
	if i < 0 {
		return Input{}, errUnknownDeal
	}
	d := &s.Portfolio.Deals[i]
	in := Input{Key: key, Deal: i, Accel: -1}
	switch name {
	case "kind", "buyer", "provider":
		if s.IsLibraryDeal(i) {
			return Input{}, errLibraryDeal
		}
		in.Field = fieldProvider
		if name == "kind" {
			in.Field = fieldKind
		} else if name == "buyer" {
			in.Field = fieldBuyer
		}
	case "on":
		in.Field = fieldOn
	case "accel":
		return s.accelInput(i), nil
	case "derive":
		in.Field = fieldDerive
	case "value":
		in.Field, in.Derived = fieldValue, d.Derive == model.Value
	case "price":
		in.Field, in.Derived = priceField(d.Kind), d.Derive == model.Price
	case "n", "gw":
		in.Field = sizeField(sizeUnitOf(name))
		in.Derived = d.Derive == model.Size
	case "start":
		in.Field = fieldStart
	case "full":
		in.Field = fieldFull
	case "term":
		if d.Kind != model.Cloud {
			return Input{}, errUnknownKey
		}
		in.Field = fieldTerm
	case "shape":
		in.Field = fieldShape
	case "sustain":
		in.Field = fieldSustain
	default:
		return Input{}, errUnknownKey
	}
	return in, nil
}

func sizeUnitOf(name string) model.SizeUnit {
	if name == "gw" {
		return model.GW
	}
	return model.Accelerators
}

var (
	errUnknownKey   = errors.New("unknown key")
	errUnknownDeal  = errors.New("unknown deal")
	errUnknownAccel = errors.New("unknown accelerator")
	errLibraryDeal  = errors.New("set only on your own deals, not on library deals")
	// errUnknownFunding and errLibraryFunding are the funding events'.
	errUnknownFunding = errors.New("unknown funding event")
	errLibraryFunding = errors.New("set only on your own funding events, not on the library's")
	errBadKey         = errors.New("not a key")
)

// splitKey cuts "d.aws.n" into ("d", "aws", "n") and "pue" into
// ("", "", "pue").
func splitKey(key string) (scope, id, name string, err error) {
	parts := strings.Split(key, ".")
	switch {
	case len(parts) == 1:
		return "", "", parts[0], nil
	case len(parts) == 3 && (parts[0] == "d" || parts[0] == "a" || parts[0] == "f") && validID(parts[1]):
		return parts[0], parts[1], parts[2], nil
	}
	return "", "", "", errBadKey
}

// validID reports whether id is a deal or accelerator id: lower-case
// letters, digits and inner hyphens, at most MaxIDLen long.
func validID(id string) bool {
	if id == "" || len(id) > MaxIDLen || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Num returns the number an input holds, in its field's base unit. For a
// derived quantity it is the stored value, which Evaluate ignores.
func (s *Scenario) Num(in Input) float64 {
	p := &s.Portfolio
	if in.Key == "seed" {
		return float64(s.Seed)
	}
	if in.Accel >= 0 {
		return *accelNum(&p.Accelerators[in.Accel], in.Field.Name)
	}
	if in.Deal >= 0 {
		d := &p.Deals[in.Deal]
		switch in.Field.Name {
		case "value":
			return d.ValueUSD
		case "price":
			return d.Price
		case "n", "gw":
			return d.Size
		case "term":
			return float64(d.TermMonths)
		}
		return math.NaN()
	}
	if ptr := in.Field.numOf(p); ptr != nil {
		return *ptr
	}
	return math.NaN()
}

// SetNum stores v into a numeric input without any check; Set and the
// samplers check before they call it.
func (s *Scenario) SetNum(in Input, v float64) {
	s.followValue(in, func() { setNum(&s.Portfolio, in, v, &s.Seed) })
}

// Setter returns a function that writes a numeric input into any
// portfolio shaped like this scenario's: what sampling and sensitivity use
// to vary inputs without going through keys.
func (s *Scenario) Setter(in Input) func(p *model.Portfolio, v float64) {
	return func(p *model.Portfolio, v float64) {
		var seed uint64
		setNum(p, in, v, &seed)
	}
}

func setNum(p *model.Portfolio, in Input, v float64, seed *uint64) {
	if in.Key == "seed" {
		*seed = uint64(max(v, 0))
		return
	}
	if in.Accel >= 0 {
		*accelNum(&p.Accelerators[in.Accel], in.Field.Name) = v
		return
	}
	if in.Deal >= 0 {
		d := &p.Deals[in.Deal]
		switch in.Field.Name {
		case "value":
			d.ValueUSD = v
		case "price":
			d.Price = v
			d.PriceAuto = false
		case "n", "gw":
			d.Size = v
			d.SizeUnit = sizeUnitOf(in.Field.Name)
		case "term":
			d.TermMonths = int(math.Round(min(max(v, 1), model.MaxSpanMonths)))
		}
		return
	}
	if ptr := in.Field.numOf(p); ptr != nil {
		*ptr = v
	}
}

func accelNum(a *model.Accelerator, name string) *float64 {
	switch name {
	case "it_kw":
		return &a.ITKW
	case "fp8":
		return &a.FP8PFLOPS
	case "hbm":
		return &a.HBMGB
	}
	return &a.CapexUSD
}

// Get returns an input's value in link form ("450k", "2026-12", "scurve",
// "auto").
func (s *Scenario) Get(in Input) string {
	p := &s.Portfolio
	switch in.Field.Type {
	case Num:
		if in.Deal >= 0 && in.Field.Name == "price" && p.Deals[in.Deal].Kind == model.Owned && p.Deals[in.Deal].PriceAuto {
			return "auto"
		}
		if in.Field.Integer {
			return strconv.FormatFloat(s.Num(in), 'f', 0, 64)
		}
		return units.Link(s.Num(in))
	case Month:
		if in.Deal >= 0 {
			if in.Field.Name == "start" {
				return p.Deals[in.Deal].Start.String()
			}
			return p.Deals[in.Deal].Full.String()
		}
		m := *in.Field.month(p)
		if m == 0 && in.Field.Optional {
			return "none"
		}
		return m.String()
	}
	if in.Deal < 0 {
		f := in.Field
		switch {
		case f.flag != nil:
			return boolText(*f.flag(p))
		case f.text != nil:
			return *f.text(p)
		}
		return f.Choices[*f.enum(p)]
	}
	d := &p.Deals[in.Deal]
	switch in.Field.Name {
	case "on":
		return boolText(d.On)
	case "kind":
		return d.Kind.String()
	case "buyer":
		return d.Buyer
	case "provider":
		return d.Provider
	case "accel":
		return d.Accel
	case "derive":
		return d.Derive.String()
	case "shape":
		return d.Shape.String()
	case "sustain":
		return fieldSustain.Choices[d.Sustain]
	}
	return ""
}

func boolText(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// Fact returns the library's provenance of an input's default, and whether
// the library has one. A value the preset sets is the preset's, with the
// range of the library's fact.
func (s *Scenario) Fact(in Input) (library.Fact, bool) {
	f, ok := s.libraryFact(in)
	if _, set := s.Preset.Overrides[in.Key]; set {
		f.Status = library.Assumed
		f.Basis = "set by the preset " + s.Preset.Title + " to mirror the analysis it follows (see its note)"
		f.Sources = nil
		return f, true
	}
	return f, ok
}

func (s *Scenario) libraryFact(in Input) (library.Fact, bool) {
	var facts library.Facts
	name := in.Field.Name
	switch {
	case in.Accel >= 0:
		if a, ok := s.Vintage.Accelerator(s.Portfolio.Accelerators[in.Accel].ID); ok {
			facts = a.Facts
		}
	case in.Deal >= 0:
		if d, ok := s.Vintage.Deal(s.Portfolio.Deals[in.Deal].ID); ok {
			facts = d.Facts
		}
	case in.Funding > 0:
		if b, ok := s.Vintage.Buyer(s.Preset.Buyer); ok {
			f, ok := b.FundingFacts[s.Portfolio.Cash.Funding[in.Funding-1].ID]
			return f, ok
		}
		return library.Fact{}, false
	case in.Field.OfBuyer:
		if b, ok := s.Vintage.Buyer(s.Preset.Buyer); ok {
			if f, ok := b.Facts[name]; ok {
				return f, true
			}
		}
		facts = s.Vintage.WorldFacts
	default:
		facts = s.Vintage.WorldFacts
	}
	f, ok := facts[name]
	return f, ok
}

func (s *Scenario) defaultRanges() map[string]Range {
	r := map[string]Range{}
	for _, in := range s.Inputs() {
		if f, ok := s.Fact(in); ok && f.HasRange() && in.IsRangeable() {
			r[in.Key] = Range{f.Low, f.High}
		}
	}
	return r
}

// Range returns the uncertainty range of an input, if it has one.
func (s *Scenario) Range(in Input) (Range, bool) {
	if !in.IsRangeable() {
		return Range{}, false
	}
	r, ok := s.Ranges[in.Key]
	return r, ok
}

// IsSet reports whether the scenario sets an input rather than taking it
// from its base: every field of a deal of the user's own (but a sustain
// that follows the world's switch), and every changed input.
func (s *Scenario) IsSet(in Input, base *Scenario) bool {
	if in.Deal >= 0 && !s.IsLibraryDeal(in.Deal) && in.Field != fieldSustain {
		return true
	}
	if in.Funding > 0 && !s.IsLibraryFunding(in.Funding-1) {
		// An event of one's own is on unless said otherwise.
		return in.Field.Name != "on" || !s.Portfolio.Cash.Funding[in.Funding-1].On
	}
	return s.IsChanged(in, base)
}

// IsChanged reports whether an input differs from the scenario's base.
func (s *Scenario) IsChanged(in Input, base *Scenario) bool {
	bi, err := base.Input(in.Key)
	if err != nil && in.Field == fieldSustain {
		// A deal of the user's own starts out following the world.
		return s.Portfolio.Deals[in.Deal].Sustain != model.SustainWorld
	}
	if err != nil || bi.Derived != in.Derived {
		return true
	}
	if in.Deal >= 0 && (in.Field == fieldN || in.Field == fieldGW) &&
		s.Portfolio.Deals[in.Deal].SizeUnit != base.Portfolio.Deals[bi.Deal].SizeUnit {
		return true
	}
	return s.Get(in) != base.Get(bi)
}
