package page

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every input of a scenario, world, funding, accelerator and deal alike,
// has a control in the page once its panel is open: a key added to the
// registry cannot be missing from the page.
func TestEveryInputHasAControl(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11&preset=openai-2025-11&cash_month=2026-01&f.r.usd=1B&f.r.month=2026-06"+
		"&d.mine.kind=owned&d.mine.accel=mi450&d.mine.derive=value&d.mine.gw=1&d.mine.start=2027-01&d.mine.full=2028-01&d.mine.shape=linear")
	a.Handle(Event{Type: "toggle", Key: "others", Value: "1"})
	for _, d := range a.s.Portfolio.Deals {
		a.Handle(Event{Type: "toggle", Key: "edit-" + d.ID, Value: "1"})
	}
	for _, ac := range a.s.Portfolio.Accelerators {
		a.Handle(Event{Type: "toggle", Key: "accel-" + ac.ID, Value: "1"})
	}
	a.Render(0)
	controls := map[string]bool{}
	for _, n := range a.View().FindAll(func(n *Node) bool { _, ok := n.Attr("data-input"); return ok }) {
		k, _ := n.Attr("data-input")
		controls[k] = true
	}
	outputs := map[string]bool{}
	for _, n := range a.View().FindAll(func(n *Node) bool { _, ok := n.Attr("id"); return ok }) {
		id, _ := n.Attr("id")
		outputs[id] = true
	}
	for _, in := range a.s.Inputs() {
		if in.Derived {
			assert.True(t, outputs["t-"+in.Key], "the derived %s is not shown", in.Key)
			continue
		}
		assert.True(t, controls[in.Key], "no control for %s", in.Key)
	}
}
