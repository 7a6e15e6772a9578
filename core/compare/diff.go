// Package compare sets two scenarios side by side: which inputs differ
// ([Inputs], a [Diff] of [Change]s), how much of the difference of a total
// each differing assumption accounts for ([Attribute], an [Attribution]),
// and both at once for two scenarios ([Between]) or two links ([Links]).
// Its words are explain.Comparison's and its JSON report.Diff's.
//
// Attribution gives exact Shapley values when at most [MaxShapley]
// assumptions differ, and sequential contributions in link order beyond
// that; either way the parts of a total sum to its difference.
package compare

import (
	"strings"

	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// Change is one link key whose value differs between scenarios A and B.
type Change struct {
	Key   string
	Label string // "AWS: Accelerators", "PUE", "PUE: range"
	Type  scenario.Type
	Unit  units.Unit
	// A and B are the values in link form; empty where the scenario has
	// no such input or derives it (see InA, DerivedA).
	A, B               string
	InA, InB           bool
	DerivedA, DerivedB bool
	// Model is false for what no deterministic total reads: the seed,
	// uncertainty ranges and the names of deals.
	Model bool
}

// Diff lists the keys in which B differs from A, in link order: A's
// inputs first, then those only B has.
type Diff struct {
	// BaseDiffers is true when A and B start from different data
	// vintages or presets: then every input is compared, including the
	// ones each preset sets differently.
	BaseDiffers        bool
	VintageA, VintageB string
	PresetA, PresetB   string
	Changes            []Change
}

// entry is one key of one scenario.
type entry struct {
	in    scenario.Input
	value string
	rng   bool // an uncertainty range, keyed "<input>.range"
}

// keyed lists a scenario's inputs and ranges in link order.
func keyed(s *scenario.Scenario) ([]string, map[string]entry) {
	var keys []string
	m := map[string]entry{}
	for _, in := range s.Inputs() {
		v := s.Get(in)
		if in.Deal >= 0 && !s.IsLibraryDeal(in.Deal) && in.Key == "d."+s.Portfolio.Deals[in.Deal].ID+".sustain" && v == "auto" {
			continue // as in links: a deal of one's own that follows the world's switch
		}
		keys = append(keys, in.Key)
		m[in.Key] = entry{in: in, value: v}
		if r, ok := s.Range(in); ok {
			k := in.Key + ".range"
			keys = append(keys, k)
			m[k] = entry{in: in, value: units.Link(r.Low) + ".." + units.Link(r.High), rng: true}
		} else if in.IsRangeable() {
			k := in.Key + ".range"
			keys = append(keys, k)
			m[k] = entry{in: in, value: "none", rng: true}
		}
	}
	return keys, m
}

// Inputs returns the keys in which b differs from a.
func Inputs(a, b *scenario.Scenario) *Diff {
	d := &Diff{
		VintageA: a.Vintage.ID, VintageB: b.Vintage.ID,
		PresetA: a.Preset.ID, PresetB: b.Preset.ID,
	}
	d.BaseDiffers = d.VintageA != d.VintageB || d.PresetA != d.PresetB
	ka, ma := keyed(a)
	kb, mb := keyed(b)
	order := append([]string(nil), ka...)
	for _, k := range kb {
		if _, ok := ma[k]; !ok {
			order = append(order, k)
		}
	}
	for _, k := range order {
		ea, inA := ma[k]
		eb, inB := mb[k]
		if inA && inB && ea.rng {
			if ea.value != eb.value {
				d.Changes = append(d.Changes, rangeChange(k, a, ea, ea.value, eb.value))
			}
			continue
		}
		if !inA || !inB {
			if (inA && ea.rng) || (inB && eb.rng) {
				// A range of an input only one side has is shown only
				// if that side sets one.
				e, s, v := ea, a, ea.value
				if !inA {
					e, s, v = eb, b, eb.value
				}
				if v != "none" {
					c := rangeChange(k, s, e, "", "")
					if inA {
						c.A, c.InB = v, false
					} else {
						c.B, c.InA = v, false
					}
					d.Changes = append(d.Changes, c)
				}
				continue
			}
			if inA && ea.in.Derived || inB && eb.in.Derived {
				// A quantity derived on the only side that has it is an
				// output there, not an input: the size of a deal that
				// changed its unit, a deal only one side has.
				continue
			}
		}
		if inA && inB {
			da, db := ea.in.Derived, eb.in.Derived
			if da && db || !da && !db && ea.value == eb.value {
				continue
			}
		}
		c := Change{Key: k, InA: inA, InB: inB, Model: true}
		e, s := ea, a
		if !inA {
			e, s = eb, b
		}
		c.Label = inputLabel(s, e.in)
		c.Type, c.Unit = e.in.Field.Type, e.in.Field.Unit
		if inA {
			c.DerivedA = ea.in.Derived
			if !c.DerivedA {
				c.A = ea.value
			}
		}
		if inB {
			c.DerivedB = eb.in.Derived
			if !c.DerivedB {
				c.B = eb.value
			}
		}
		switch e.in.Field.Name {
		case "seed", "buyer", "provider":
			c.Model = false
		}
		d.Changes = append(d.Changes, c)
	}
	return d
}

func rangeChange(key string, s *scenario.Scenario, e entry, a, b string) Change {
	return Change{Key: key, Label: inputLabel(s, e.in) + ": range", Type: scenario.Num, Unit: e.in.Field.Unit,
		A: a, B: b, InA: true, InB: true}
}

// inputLabel names an input for people: the deal or accelerator it
// belongs to and the field's label.
func inputLabel(s *scenario.Scenario, in scenario.Input) string {
	switch {
	case in.Deal >= 0:
		return outputs.DealName(s, in.Deal) + ": " + in.Field.Label
	case in.Accel >= 0:
		return s.Portfolio.Accelerators[in.Accel].Name + ": " + in.Field.Label
	}
	return in.Field.Label
}

// show writes a value of a change for reading: "450k", "$2.50/h",
// "2026-12", "on", "(derived)", "(none)".
func (c *Change) show(inSide, derived bool, v string) string {
	switch {
	case !inSide:
		return "(none)"
	case derived:
		return "(derived)"
	}
	switch c.Type {
	case scenario.Bool:
		if v == "1" {
			return "on"
		}
		return "off"
	case scenario.Num:
		if c.Unit == units.Number || strings.HasSuffix(c.Key, ".range") || v == "auto" {
			return v
		}
		if f, err := units.ParseLink(v); err == nil {
			return units.Format(f, c.Unit)
		}
	}
	return v
}

// ShowA writes the value in A for reading.
func (c *Change) ShowA() string { return c.show(c.InA, c.DerivedA, c.A) }

// ShowB writes the value in B for reading.
func (c *Change) ShowB() string { return c.show(c.InB, c.DerivedB, c.B) }
