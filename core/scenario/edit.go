package scenario

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/units"
)

// Problem says what is wrong with one key of a link or one edit: the key,
// the value given, and what is allowed. It is an error.
type Problem struct {
	Key   string
	Value string
	Msg   string
	// Fatal marks a link that could not be read at all (too long, from a
	// newer format): nothing of it was applied.
	Fatal bool
}

func (p *Problem) Error() string {
	switch {
	case p.Key == "":
		return p.Msg
	case p.Value == "":
		return p.Key + ": " + p.Msg
	}
	return p.Key + "=" + clip(p.Value, 40) + ": " + p.Msg
}

// Set applies one edit given in link form ("450k", "2026-12", "scurve")
// and checks it against the rest of the scenario. On error the scenario is
// unchanged and the error is a *Problem that says what is allowed.
func (s *Scenario) Set(key, value string) error {
	in, err := s.Input(key)
	if err != nil {
		return keyProblem(key, value, err)
	}
	return s.commit(in, value, func(c *Scenario) *Problem { return c.setRaw(in, value) })
}

// SetTyped applies what a user typed into a field, reading units ("38B",
// "1.2 GW", "80%", "7 years").
func (s *Scenario) SetTyped(key, text string) error {
	in, err := s.Input(key)
	if err != nil {
		return keyProblem(key, text, err)
	}
	if in.Field.Type != Num || isAuto(strings.TrimSpace(text)) {
		return s.Set(key, strings.TrimSpace(text))
	}
	v, perr := units.Parse(text, in.Field.Unit)
	if perr != nil {
		msg := perr.Error()
		if ue, ok := as[*units.Error](perr); ok {
			msg = ue.Why
		}
		return problem(key, text, msg)
	}
	return s.SetValue(key, v)
}

// isAuto reports whether s is "auto" in any case. It is what
// strings.ToLower(s) == "auto" is, without the Unicode case tables that
// ToLower links into main.wasm: no rune outside ASCII lowers to a, u, t or o.
func isAuto(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := range 4 {
		if s[i]|0x20 != "auto"[i] {
			return false
		}
	}
	return true
}

// SetValue sets a numeric input to v, in its field's base unit.
func (s *Scenario) SetValue(key string, v float64) error {
	in, err := s.Input(key)
	if err != nil {
		return keyProblem(key, units.Link(v), err)
	}
	if in.Field.Type != Num {
		return problem(key, units.Link(v), "is not a number field")
	}
	return s.commit(in, units.Plain(v), func(c *Scenario) *Problem {
		if p := checkNum(in, v, units.Plain(v)); p != nil {
			return p
		}
		c.SetNum(in, v)
		return nil
	})
}

// commit applies an edit to a copy and keeps it only if the whole
// scenario still checks out.
func (s *Scenario) commit(in Input, value string, edit func(*Scenario) *Problem) error {
	if in.Derived {
		return derivedProblem(s, in, value)
	}
	c := s.Clone()
	if p := edit(c); p != nil {
		return p
	}
	if in.Field.Name == "derive" {
		if p := c.checkGiven(in.Deal, in.Key, value); p != nil {
			return p
		}
	}
	if errs := model.Check(&c.Portfolio); len(errs) > 0 {
		return checkProblem(in.Key, value, errs[0])
	}
	if c.rangeProblem(in) != nil {
		r, _ := c.Range(in)
		return problem(in.Key, value, "is outside its range "+formatRange(r, true)+"; from model version 2 on the value is the median of its range: widen or remove "+in.Key+".range first")
	}
	*s = *c
	return nil
}

func derivedProblem(s *Scenario, in Input, value string) *Problem {
	d := &s.Portfolio.Deals[in.Deal]
	return problem(in.Key, value, "is derived from the deal's other two quantities; set d."+d.ID+".derive to another quantity first")
}

func checkProblem(key, value string, err error) *Problem {
	if fe, ok := as[*model.FieldError](err); ok {
		k := fe.Field
		if fe.Deal != "" {
			k = "d." + fe.Deal + "." + fe.Field
		} else if fe.Accel != "" {
			k = "a." + fe.Accel + "." + fe.Field
		}
		if k == key {
			return problem(key, value, fe.Msg)
		}
		return problem(key, value, "would make "+k+" invalid: "+fe.Msg)
	}
	return problem(key, value, err.Error())
}

// as is errors.As for errors without an As method, which none here has:
// errors.As would link internal/reflectlite into main.wasm, about 9 KB
// (brotli).
func as[T error](err error) (T, bool) {
	for err != nil {
		if t, ok := err.(T); ok {
			return t, true
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if t, ok := as[T](e); ok {
					return t, true
				}
			}
			err = nil
		default:
			err = nil
		}
	}
	var zero T
	return zero, false
}

func keyProblem(key, value string, err error) *Problem {
	switch {
	case errors.Is(err, errUnknownDeal):
		return problem(key, value, "no deal of that id; a deal of your own starts with its kind (d.<id>.kind=cloud or owned)")
	case errors.Is(err, errUnknownAccel):
		return problem(key, value, "no accelerator of that id in the catalog")
	case errors.Is(err, errLibraryDeal), errors.Is(err, errLibraryFunding):
		return problem(key, value, err.Error())
	case errors.Is(err, errUnknownFunding):
		return problem(key, value, "no funding event of that id; one of your own needs f.<id>.usd and f.<id>.month")
	}
	return problem(key, value, "unknown key; method.html#keys lists the keys a link may hold")
}

// checkGiven makes sure that the two quantities deal i does not derive
// hold usable values, as a change of derive needs.
func (s *Scenario) checkGiven(i int, key, value string) *Problem {
	d := &s.Portfolio.Deals[i]
	for _, q := range [...]model.Quantity{model.Value, model.Price, model.Size} {
		if q == d.Derive {
			continue
		}
		v, name := d.ValueUSD, "value"
		switch q {
		case model.Price:
			if d.Kind == model.Owned && d.PriceAuto {
				continue
			}
			v, name = d.Price, "price"
		case model.Size:
			v, name = d.Size, sizeField(d.SizeUnit).Name
		}
		if !(v > 0) || math.IsInf(v, 0) {
			return problem(key, value, "needs d."+d.ID+"."+name+": the deal has no "+name+" to start from")
		}
	}
	return nil
}

// setRaw parses a link value into an input, checking the value alone.
func (s *Scenario) setRaw(in Input, value string) *Problem {
	p := &s.Portfolio
	f := in.Field
	switch f.Type {
	case Num:
		if in.Deal >= 0 && f.Name == "price" && value == "auto" {
			d := &p.Deals[in.Deal]
			if d.Kind != model.Owned {
				return problem(in.Key, value, "auto is for owned deals only; give USD per accelerator-hour")
			}
			d.PriceAuto = true
			return nil
		}
		v, err := units.ParseLink(value)
		if err != nil {
			return problem(in.Key, value, "not a number; write a plain decimal, optionally with k, M, B or T, like "+units.Link(s.Num(in)))
		}
		if pr := checkNum(in, v, value); pr != nil {
			return pr
		}
		s.SetNum(in, v)
	case Month:
		if f.Optional && value == "none" && in.Deal < 0 {
			*f.month(p) = 0
			return nil
		}
		m, err := calendar.Parse(value)
		if err != nil {
			if f.Optional {
				return problem(in.Key, value, "not a month; write YYYY-MM between 2000-01 and 2099-12, or none")
			}
			return problem(in.Key, value, "not a month; write YYYY-MM between 2000-01 and 2099-12")
		}
		if in.Deal >= 0 {
			if f.Name == "start" {
				p.Deals[in.Deal].Start = m
			} else {
				p.Deals[in.Deal].Full = m
			}
		} else {
			*f.month(p) = m
		}
	case Bool:
		if value != "0" && value != "1" {
			return problem(in.Key, value, "must be 0 or 1")
		}
		if in.Deal < 0 {
			*f.flag(p) = value == "1"
			return nil
		}
		p.Deals[in.Deal].On = value == "1"
	case Enum:
		i := slices.Index(f.Choices, value)
		if i < 0 {
			return problem(in.Key, value, "must be one of "+strings.Join(f.Choices, ", "))
		}
		if in.Deal < 0 {
			*f.enum(p) = uint8(i)
			return nil
		}
		d := &p.Deals[in.Deal]
		switch f.Name {
		case "kind":
			k := model.Cloud
			if value == "owned" {
				k = model.Owned
			}
			if k != d.Kind {
				d.Kind = k
				// A price means something else for the other kind.
				d.PriceAuto = k == model.Owned
				d.Price = userTemplate.Price
				if d.Derive == model.Price {
					d.Derive = model.Value
				}
			}
		case "accel":
			d.Accel = value
		case "derive":
			d.Derive = model.Quantity(i)
		case "shape":
			d.Shape = model.Shape(i)
		case "sustain":
			d.Sustain = model.SustainOverride(i)
		}
	case Text:
		name, msg := cleanName(value)
		if msg != "" {
			return problem(in.Key, value, msg)
		}
		if in.Deal < 0 {
			*f.text(p) = name
			return nil
		}
		if f.Name == "buyer" {
			p.Deals[in.Deal].Buyer = name
		} else {
			p.Deals[in.Deal].Provider = name
		}
	}
	return nil
}

func checkNum(in Input, v float64, value string) *Problem {
	f := in.Field
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return problem(in.Key, value, "not a number")
	}
	if v < f.Min || v > f.Max {
		return problem(in.Key, value, "out of range: allowed "+units.Format(f.Min, f.Unit)+" to "+units.Format(f.Max, f.Unit))
	}
	if f.Integer && v != math.Trunc(v) {
		return problem(in.Key, value, "must be a whole number")
	}
	return nil
}

// cleanName checks a buyer or provider name: printable, trimmed, short.
func cleanName(v string) (string, string) {
	v = strings.TrimSpace(v)
	switch {
	case v == "":
		return "", "must not be empty"
	case !utf8.ValidString(v):
		return "", "must be UTF-8 text"
	case utf8.RuneCountInString(v) > MaxNameLen:
		return "", "is longer than " + strconv.Itoa(MaxNameLen) + " characters"
	}
	for _, r := range v {
		// strconv.IsPrint has unicode.IsPrint's definition in compact
		// tables that fmt already links in; unicode.IsPrint would add
		// the category tables to main.wasm.
		if !strconv.IsPrint(r) {
			return "", "must not hold control or invisible characters"
		}
	}
	return v, ""
}

// SetDerive makes deal i derive quantity q, first storing the current
// value of the quantity it derived so far: switching changes no total.
func (s *Scenario) SetDerive(i int, q model.Quantity) error {
	d := &s.Portfolio.Deals[i]
	key := "d." + d.ID + ".derive"
	if d.Derive == q {
		return nil
	}
	r, err := s.Evaluate()
	if err != nil {
		return checkProblem(key, q.String(), err)
	}
	dr := &r.Deals[i]
	c := s.Clone()
	cd := &c.Portfolio.Deals[i]
	// The quantity derived so far becomes given: its range may follow.
	given, _ := c.Input("d." + cd.ID + "." + [...]string{"value", "price", sizeField(cd.SizeUnit).Name}[cd.Derive])
	given.Derived = false
	c.followValue(given, func() {
		switch cd.Derive {
		case model.Value:
			cd.ValueUSD = dr.ValueUSD
		case model.Price:
			cd.PriceAuto = false
			if cd.Kind == model.Cloud {
				cd.Price = dr.PriceUSDPerHour
			} else {
				cd.Price = dr.UnitCostUSD
			}
		case model.Size:
			if cd.SizeUnit == model.GW {
				cd.Size = dr.FacilityGW
			} else {
				cd.Size = dr.Accelerators
			}
		}
	})
	cd.Derive = q
	if p := c.checkGiven(i, key, q.String()); p != nil {
		return p
	}
	*s = *c
	return nil
}

// SetSizeUnit makes deal i give its size as accelerators or facility GW,
// converting the current size: switching changes no total.
func (s *Scenario) SetSizeUnit(i int, u model.SizeUnit) error {
	d := &s.Portfolio.Deals[i]
	if d.SizeUnit == u {
		return nil
	}
	r, err := s.Evaluate()
	if err != nil {
		return checkProblem("d."+d.ID+"."+sizeField(u).Name, "", err)
	}
	c := s.Clone()
	cd := &c.Portfolio.Deals[i]
	c.followValue(Input{Key: "d." + cd.ID + "." + sizeField(u).Name, Field: sizeField(u), Deal: i, Accel: -1}, func() {
		cd.SizeUnit = u
		if u == model.GW {
			cd.Size = r.Deals[i].FacilityGW
		} else {
			cd.Size = r.Deals[i].Accelerators
		}
	})
	*s = *c
	return nil
}

// SetRange sets or, with ok false, removes the uncertainty range of an
// input.
func (s *Scenario) SetRange(key string, r Range, ok bool) error {
	in, err := s.Input(key)
	if err != nil {
		return keyProblem(key+".range", "", err)
	}
	value := formatRange(r, ok)
	if !in.IsRangeable() {
		return problem(key+".range", value, "only numeric inputs that are not derived carry a range")
	}
	if in.Deal >= 0 && (in.Field == fieldN || in.Field == fieldGW) {
		// A range on the size unit the deal does not use would be kept
		// but never shown, sampled or written to the link.
		if u := s.Portfolio.Deals[in.Deal].SizeUnit; u != sizeUnitOf(in.Field.Name) {
			other := "d." + s.Portfolio.Deals[in.Deal].ID + "." + sizeField(u).Name
			return problem(key+".range", value, "the deal gives its size as "+other+"; set "+other+".range instead")
		}
	}
	if ok {
		if p := checkRange(in, r, key+".range", value); p != nil {
			return p
		}
		if v := s.Num(in); s.ModelVersion() >= 2 && (v < r.Low || v > r.High) {
			return problem(key+".range", value, "does not hold the value "+key+"="+s.Get(in)+"; from model version 2 on the value is the median of its range")
		}
	}
	ranges := make(map[string]Range, len(s.Ranges)+1)
	for k, v := range s.Ranges {
		ranges[k] = v
	}
	if ok {
		ranges[key] = r
	} else {
		delete(ranges, key)
	}
	s.Ranges = ranges
	return nil
}

func checkRange(in Input, r Range, key, value string) *Problem {
	for _, v := range [...]float64{r.Low, r.High} {
		if p := checkNum(in, v, value); p != nil {
			p.Key = key
			return p
		}
	}
	if r.Low > r.High {
		return problem(key, value, "low is above high; write low..high")
	}
	return nil
}

func formatRange(r Range, ok bool) string {
	if !ok {
		return "none"
	}
	return units.Link(r.Low) + ".." + units.Link(r.High)
}

// userTemplate fills in what a new deal of the user's does not give.
var userTemplate = model.Deal{
	Buyer: "OpenAI", Provider: "My provider", Kind: model.Cloud, Accel: "gb300", On: true,
	Derive: model.Value, Price: 2.5, Size: 100000, SizeUnit: model.Accelerators,
	Start: calendar.Of(2026, 1), Full: calendar.Of(2026, 12), TermMonths: 60, Shape: model.Linear,
}

// AddDeal adds a deal of the user's own with the template's terms and
// returns its id.
func (s *Scenario) AddDeal() (string, error) {
	if len(s.Portfolio.Deals)-len(s.Vintage.Deals) >= MaxUserDeals {
		return "", problem("", "", "at most "+strconv.Itoa(MaxUserDeals)+" deals of your own")
	}
	id := ""
	for n := 1; ; n++ {
		id = "my-" + strconv.Itoa(n)
		if s.DealIndex(id) < 0 {
			break
		}
	}
	d := userTemplate
	d.ID = id
	d.Buyer = s.Preset.Buyer
	c := s.Clone()
	c.Portfolio.Deals = append(c.Portfolio.Deals, d)
	*s = *c
	return id, nil
}

// AddFunding adds a funding event of the user's own: money received in
// the scenario's cash month (or the horizon's first month), 10 B USD to
// start from, and returns its id.
func (s *Scenario) AddFunding() (string, error) {
	if len(s.Portfolio.Cash.Funding)-s.shared.funding >= MaxUserFunding {
		return "", problem("", "", "at most "+strconv.Itoa(MaxUserFunding)+" funding events of your own")
	}
	id := ""
	for n := 1; ; n++ {
		id = "my-" + strconv.Itoa(n)
		if s.FundingIndex(id) < 0 {
			break
		}
	}
	m := s.Portfolio.Cash.Month
	if m == 0 {
		m = s.Portfolio.World.From
	}
	c := s.Clone()
	c.Portfolio.Cash.Funding = append(c.Portfolio.Cash.Funding, model.Funding{ID: id, Name: "My funding", USD: 10e9, Month: m, On: true})
	*s = *c
	return id, nil
}

// RemoveFunding removes a funding event of the user's own.
func (s *Scenario) RemoveFunding(id string) error {
	i := s.FundingIndex(id)
	if i < 0 || s.IsLibraryFunding(i) {
		return problem("f."+id, "", "only funding events of your own can be removed; switch the library's off instead")
	}
	c := s.Clone()
	c.Portfolio.Cash.Funding = slices.Delete(c.Portfolio.Cash.Funding, i, i+1)
	prefix := "f." + id + "."
	for k := range c.Ranges {
		if strings.HasPrefix(k, prefix) {
			delete(c.Ranges, k)
		}
	}
	*s = *c
	return nil
}

// RemoveDeal removes a deal of the user's own.
func (s *Scenario) RemoveDeal(id string) error {
	i := s.DealIndex(id)
	if i < 0 || s.IsLibraryDeal(i) {
		return problem("d."+id, "", "only deals of your own can be removed; switch library deals off instead")
	}
	c := s.Clone()
	c.Portfolio.Deals = slices.Delete(c.Portfolio.Deals, i, i+1)
	prefix := "d." + id + "."
	for k := range c.Ranges {
		if strings.HasPrefix(k, prefix) {
			delete(c.Ranges, k)
		}
	}
	*s = *c
	return nil
}
