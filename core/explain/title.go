package explain

import (
	"strings"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// titleItems is how many changes a title names before it counts the rest.
const titleItems = 2

// Title is a one-line name of the scenario for sharing its link: the
// preset's title and its main changes, "OpenAI, November 2025 · AWS at
// 450k GPUs, PUE 1.3 and 2 more changes". Changes of deals come first,
// then the world, the accelerators, and last what only sampling reads.
func Title(s *scenario.Scenario) string {
	items := changes(s)
	if len(items) == 0 {
		return s.Preset.Title
	}
	if len(items) > titleItems+1 {
		rest := len(items) - titleItems
		items = append(items[:titleItems:titleItems], itoa(rest)+" more changes")
	}
	return s.Preset.Title + " · " + list(items)
}

// changes phrases each change from the preset, grouped as Title orders them.
func changes(s *scenario.Scenario) []string {
	base := s.Base()
	var deals, world, accels, sampling []string
	seenUser := map[int]bool{}
	for _, in := range s.Inputs() {
		if in.IsRangeable() {
			r, ok := s.Ranges[in.Key]
			br, bok := s.DefaultRange(in) // from model version 2 on, the range that follows the value
			if ok != bok || r != br {
				lbl := lowerLabel(in.Field.Label)
				if in.Deal >= 0 {
					lbl = outputs.DealName(s, in.Deal) + " " + lbl
				} else if in.Accel >= 0 {
					lbl = accelName(&s.Portfolio.Accelerators[in.Accel]) + " " + lbl
				}
				rng := "no range"
				if ok {
					rng = "range " + brief(r.Low, in.Field.Unit) + "–" + brief(r.High, in.Field.Unit)
				}
				sampling = append(sampling, lbl+" "+rng)
			}
		}
		if in.Derived {
			continue
		}
		if in.Deal >= 0 && !s.IsLibraryDeal(in.Deal) {
			if !seenUser[in.Deal] {
				seenUser[in.Deal] = true
				d := &s.Portfolio.Deals[in.Deal]
				deals = append(deals, "your "+d.Kind.String()+" deal with "+d.Provider)
			}
			continue
		}
		if !s.IsChanged(in, base) {
			continue
		}
		switch {
		case in.Key == "seed":
			sampling = append(sampling, "seed "+s.Get(in))
		case in.Deal >= 0:
			deals = append(deals, dealChange(s, in))
		case in.Accel >= 0:
			a := &s.Portfolio.Accelerators[in.Accel]
			accels = append(accels, accelName(a)+" "+lowerLabel(in.Field.Label)+" "+brief(s.Num(in), in.Field.Unit))
		case in.Field.Type == scenario.Month:
			world = append(world, lowerLabel(in.Field.Label)+" "+monthOf(s, in).Text())
		default:
			world = append(world, lowerLabel(in.Field.Label)+" "+brief(s.Num(in), in.Field.Unit))
		}
	}
	return append(append(append(deals, world...), accels...), sampling...)
}

func monthOf(s *scenario.Scenario, in scenario.Input) calendar.Month {
	m, _ := calendar.Parse(s.Get(in))
	return m
}

func accelName(a *model.Accelerator) string { return strings.TrimPrefix(a.Name, "NVIDIA ") }

// brief writes a value as short as a title wants it: "1.3", "90%",
// "$50B", "$3/h", "2 kW".
func brief(v float64, u units.Unit) string {
	in := units.Input(v, u)
	switch u {
	case units.USD, units.USDPerUnit:
		return "$" + in
	case units.USDPerHour:
		return "$" + in + "/h"
	case units.USDPerMWh:
		return "$" + in + "/MWh"
	case units.MUSDPerMW:
		return "$" + in + "M/MW"
	case units.Years:
		return in + " years"
	case units.Months:
		return in + " months"
	case units.KW:
		return in + " kW"
	case units.PFLOPS:
		return in + " PF"
	case units.GB:
		return in + " GB"
	}
	return in
}

func dealChange(s *scenario.Scenario, in scenario.Input) string {
	p := &s.Portfolio
	d := &p.Deals[in.Deal]
	name := outputs.DealName(s, in.Deal)
	word := "accelerator"
	if a, ok := p.Accelerator(d.Accel); ok {
		word = unitWord(a)
	}
	switch in.Field.Name {
	case "on":
		if d.On {
			return name + " on"
		}
		return name + " off"
	case "n":
		return name + " at " + brief(d.Size, units.Count) + " " + word + "s"
	case "gw", "value":
		return name + " at " + brief(s.Num(in), in.Field.Unit)
	case "price":
		switch {
		case d.Kind == model.Owned && d.PriceAuto:
			return name + " at catalog cost"
		case d.Kind == model.Owned:
			return name + " at " + brief(d.Price, units.USDPerUnit) + " per " + word
		}
		return name + " at " + brief(d.Price, units.USDPerHour)
	case "start":
		return name + " from " + d.Start.Text()
	case "full":
		return name + " full in " + d.Full.Text()
	case "term":
		return name + " over " + s.Get(in) + " months"
	case "shape":
		return name + " with " + map[model.Shape]string{model.Linear: "a linear", model.SCurve: "an S-curve", model.Step: "a step"}[d.Shape] + " ramp"
	case "accel":
		if a, ok := p.Accelerator(d.Accel); ok {
			return name + " on " + accelName(a)
		}
	case "derive":
		return name + " deriving its " + d.Derive.String()
	}
	return name + " " + lowerLabel(in.Field.Label) + " " + s.Get(in)
}
