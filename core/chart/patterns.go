package chart

import (
	"github.com/computedeals/explorer/core/view"
)

// fill adds the filled path p with the colour class cls to parent, and
// over it the pattern cls names, if any.
func (r *rend) fill(parent *view.Node, p *path, cls string) {
	n := r.b.path(p, cls)
	if n == nil {
		return
	}
	add(parent, n)
	if pc := patternOf(cls); pc != "" {
		d, _ := n.Attr("d")
		add(parent, r.b.el("path", view.A("class", "pat"), view.A("d", d), view.A("fill", r.patURL(pc))))
	}
}

// patURL is the fill that paints pattern class pc, whose def the chart
// then carries.
func (r *rend) patURL(pc string) string {
	for k, p := range patterns {
		if p.class == pc {
			r.pats[k] = true
		}
	}
	return "url(#" + cleanID(r.s.ID) + "-" + pc + ")"
}

// defs inserts the <defs> of the patterns used at child index at of the
// root; ids are the chart's id and the pattern class, so each chart on a
// page carries its own.
func (r *rend) defs(id string, at int) {
	var defs *view.Node
	for k, p := range patterns {
		if !r.pats[k] {
			continue
		}
		if defs == nil {
			defs = r.b.el("defs")
		}
		pat := r.b.el("pattern", view.A("id", id+"-"+p.class), view.A("patternUnits", "userSpaceOnUse"),
			view.A("width", p.w), view.A("height", p.w))
		if p.transform != "" {
			pat.SetAttr("patternTransform", p.transform)
		}
		add(pat, r.b.el("path", view.A("class", "hatch "+p.class), view.A("d", p.shape)))
		add(defs, pat)
	}
	if defs == nil {
		return
	}
	r.root.Children = append(r.root.Children, nil)
	copy(r.root.Children[at+1:], r.root.Children[at:])
	r.root.Children[at] = defs
}
