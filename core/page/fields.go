package page

import (
	"strconv"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// fieldRow is one editable input: label, status and sources, a slider
// with a typed field beside it, reset, help with the range, and the error
// of a bad entry.
func (a *App) fieldRow(in scenario.Input, base *scenario.Scenario) *Node {
	s := a.s
	f := in.Field
	key := in.Key
	changed := s.IsChanged(in, base)
	fe, bad := a.fieldErrs[key]
	cls := "field"
	if changed {
		cls += " changed"
	}
	if bad {
		cls += " invalid"
	}
	desc := "h-" + key
	if bad {
		desc += " e-" + key
	}
	head := E("div", Class("fhead"),
		E("label", A("for", "t-"+key), T(f.Label)),
		a.provenance(in, changed),
		resetButton(in, base, changed),
	)
	var ctl *Node
	switch {
	case in.Derived:
		ctl = E("div", Class("fctl"),
			E("output", Class("derived"), A("id", "t-"+key), A("data-output", a.derivedPath(in)), A("data-value", num(a.derivedValue(in))),
				A("aria-describedby", desc), T(units.Format(a.derivedValue(in), f.Unit))))
	case f.Type == scenario.Num || f.Type == scenario.Month:
		sc := a.sliderScale(in)
		pos := 0.0
		if f.Type == scenario.Month {
			m := s.Get(in)
			if mm, err := parseMonth(m); err == nil {
				pos = monthPos(sc, mm)
			}
		} else {
			pos = sc.pos(s.Num(in))
		}
		typed := s.Get(in)
		if f.Type == scenario.Num && typed != "auto" {
			typed = units.Input(s.Num(in), f.Unit)
		}
		if bad {
			typed = fe.text
		}
		ctl = E("div", Class("fctl"),
			E("input", A("type", "range"), Class("slider"), A("id", "s-"+key), A("data-input", key), A("data-role", "slider"),
				A("min", "0"), A("max", strconv.Itoa(SliderSteps)), A("step", "1"), A("value", strconv.FormatFloat(pos, 'f', 0, 64)),
				A("aria-label", f.Label+" slider"), A("aria-valuetext", sliderValueText(s, in))),
			E("input", A("type", "text"), Class("typed"), A("id", "t-"+key), A("data-input", key), A("data-role", "typed"),
				A("value", typed), A("spellcheck", "false"), A("autocomplete", "off"), A("aria-describedby", desc),
				If(bad, A("aria-invalid", "true"))),
		)
	case f.Type == scenario.Bool:
		ctl = E("div", Class("fctl"),
			E("input", A("type", "checkbox"), A("id", "t-"+key), A("data-input", key), A("data-role", "check"),
				A("aria-describedby", desc), If(s.Get(in) == "1", A("checked", ""))))
	case f.Type == scenario.Enum:
		sel := E("select", A("id", "t-"+key), A("data-input", key), A("data-role", "choice"), A("value", s.Get(in)), A("aria-describedby", desc))
		for _, c := range f.Choices {
			sel.Children = append(sel.Children, E("option", A("value", c), If(c == s.Get(in), A("selected", "")), T(choiceLabel(s, f, c))))
		}
		ctl = E("div", Class("fctl"), sel)
	case f.Type == scenario.Text:
		v := s.Get(in)
		if bad {
			v = fe.text
		}
		ctl = E("div", Class("fctl"),
			E("input", A("type", "text"), Class("typed wide"), A("id", "t-"+key), A("data-input", key), A("data-role", "typed"),
				A("value", v), A("maxlength", strconv.Itoa(scenario.MaxNameLen)), A("spellcheck", "false"), A("autocomplete", "off"),
				A("aria-describedby", desc), If(bad, A("aria-invalid", "true"))))
	}
	return E("div", Class(cls), A("data-key", key),
		head, ctl,
		E("p", Class("help"), A("id", "h-"+key), T(a.helpText(in))),
		a.rangeRow(in),
		If(bad, E("p", Class("err"), A("id", "e-"+key), A("role", "alert"), T(fe.msg))),
	)
}

// resetButton puts a changed input back to its default; deals of the
// user's own have no default to go back to.
func resetButton(in scenario.Input, base *scenario.Scenario, changed bool) Item {
	if !changed || in.Derived {
		return nil
	}
	bi, err := base.Input(in.Key)
	if err != nil || bi.Derived {
		return nil
	}
	return E("button", Class("reset"), A("type", "button"), A("data-act", "reset"), A("data-arg", in.Key),
		A("aria-label", "Reset "+in.Field.Label+" to "+base.Get(bi)), A("title", "Reset to the default"), T("Reset"))
}

// rangeRow edits an input's uncertainty range: the 5th and 95th
// percentiles that sampling and the tornado use.
func (a *App) rangeRow(in scenario.Input) Item {
	if !in.IsRangeable() {
		return nil
	}
	key := in.Key + ".range"
	text := ""
	if r, ok := a.s.Range(in); ok {
		text = units.Input(r.Low, in.Field.Unit) + " – " + units.Input(r.High, in.Field.Unit)
	}
	fe, bad := a.fieldErrs[key]
	if bad {
		text = fe.text
	}
	return E("div", Class("range"),
		E("label", A("for", "t-"+key), T("5–95 % range")),
		E("input", A("type", "text"), Class("typed rng"), A("id", "t-"+key), A("data-input", key), A("data-role", "typed"),
			A("value", text), A("placeholder", "none"), A("spellcheck", "false"), A("autocomplete", "off"),
			If(bad, A("aria-invalid", "true")), If(bad, A("aria-describedby", "e-"+key))),
		If(bad, E("p", Class("err"), A("id", "e-"+key), A("role", "alert"), T(fe.msg))),
	)
}

func (a *App) helpText(in scenario.Input) string {
	t := in.Field.Help
	if in.Derived {
		return "derived from the other two quantities"
	}
	if in.Field.Type == scenario.Num && in.Key != "seed" {
		if t != "" {
			t += "; "
		}
		t += "allowed " + units.Format(in.Field.Min, in.Field.Unit) + " to " + units.Format(in.Field.Max, in.Field.Unit)
	}
	return t
}

// provenance is the status badge of an input and links to its sources.
func (a *App) provenance(in scenario.Input, changed bool) Item {
	if in.Derived {
		return E("span", Class("badge st-derived"), T("derived"))
	}
	if changed {
		return E("span", Class("badge st-yours"), A("title", "set in this scenario"), T("yours"))
	}
	f, ok := a.s.Fact(in)
	if !ok {
		return nil
	}
	return a.factBadge(f)
}

// factBadge is a fact's status badge and source links. They are kept
// (badges) and shared by every frame that shows the same fact: a frame
// shows a hundred of them, and they only change with the library. The
// key, what the badge shows, is written into a.key: looking it up
// allocates nothing.
func (a *App) factBadge(f library.Fact) Item {
	k := append(append(append(a.key[:0], a.s.Vintage.ID...), 0, byte(f.Status)), f.Basis...)
	for _, s := range f.Sources {
		k = append(append(k, 0), s...)
	}
	a.key = k
	if it, ok := a.badges[string(k)]; ok {
		return it
	}
	if a.badges == nil {
		a.badges = map[string]Item{}
	}
	it := a.buildFactBadge(f)
	a.badges[string(k)] = it
	return it
}

func (a *App) buildFactBadge(f library.Fact) Item {
	items := Items{E("span", Class("badge st-"+f.Status.String()), A("title", f.Basis), T(f.Status.String()))}
	for i, src := range f.Sources {
		items = append(items, a.sourceLink(i, src, f.Basis, "source "+strconv.Itoa(i+1)+" of "+f.Status.String()+" value"))
	}
	return items
}

// sourceLink is one numbered source, with the vintage's grade of its
// reliability beside it where the vintage grades it: [1·H] is a filing, a
// company post or several outlets; [1·M] one reputable outlet; [1·L] a
// blog, an aggregator or a single claim.
func (a *App) sourceLink(i int, src, title, label string) Item {
	text := "[" + strconv.Itoa(i+1) + "]"
	label += ": " + host(src)
	if g, ok := a.s.Vintage.Source(src); ok && g.Grade != library.GradeUnknown {
		text = "[" + strconv.Itoa(i+1) + "·" + g.Grade.String() + "]"
		label += ", reliability " + g.Grade.String()
		if g.Title != "" {
			title = g.Title
			if g.Date != "" {
				title += " (" + g.Date + ")"
			}
		}
	}
	return E("a", Class("src"), A("href", src), A("target", "_blank"), A("rel", "noopener noreferrer"),
		If(title != "", A("title", title)), A("aria-label", label), T(text))
}

// host is the site of a source link, for labels.
func host(u string) string {
	s := u
	for _, p := range []string{"https://", "http://"} {
		if len(s) > len(p) && s[:len(p)] == p {
			s = s[len(p):]
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return s[:i]
		}
	}
	return s
}

func choiceLabel(s *scenario.Scenario, f *scenario.Field, c string) string {
	switch f.Name {
	case "accel":
		for _, a := range s.Portfolio.Accelerators {
			if a.ID == c {
				return a.Name
			}
		}
	case "derive":
		return map[string]string{"value": "value", "price": "price", "size": "size"}[c]
	case "shape":
		return map[string]string{"linear": "linear", "scurve": "S-curve", "step": "all at once"}[c]
	}
	return c
}

// derivedPath and derivedValue read the derived quantity of a deal from
// the result.
func (a *App) derivedPath(in scenario.Input) string {
	id := a.s.Portfolio.Deals[in.Deal].ID
	switch in.Field.Name {
	case "value":
		return "deals." + id + ".value_usd"
	case "price":
		if a.s.Portfolio.Deals[in.Deal].Kind == model.Owned {
			return "deals." + id + ".unit_cost_usd"
		}
		return "deals." + id + ".price_usd_per_hour"
	case "gw":
		return "deals." + id + ".facility_gw"
	}
	return "deals." + id + ".accelerators"
}

func (a *App) derivedValue(in scenario.Input) float64 {
	dr := &a.r.Deals[in.Deal]
	switch in.Field.Name {
	case "value":
		return dr.ValueUSD
	case "price":
		if a.s.Portfolio.Deals[in.Deal].Kind == model.Owned {
			return dr.UnitCostUSD
		}
		return dr.PriceUSDPerHour
	case "gw":
		return dr.FacilityGW
	}
	return dr.Accelerators
}

// num writes a raw number for data-value attributes: exact and parseable
// by JavaScript.
func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
