package page

import (
	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/view"
)

// Short local names for the view builders keep the page's layout code
// readable without a dot import.
type (
	Node  = view.Node
	Item  = view.Item
	Items = view.Items
)

// E builds an HTML element.
func E(tag string, items ...Item) *Node { return view.E(tag, items...) }

// A is an attribute.
func A(name, value string) view.Attr { return view.A(name, value) }

// T is text.
func T(s string) view.T { return view.T(s) }

// Class is the class attribute.
func Class(c string) view.Attr { return view.Class(c) }

// If returns item when cond holds.
func If(cond bool, item Item) Item { return view.If(cond, item) }

func parseMonth(s string) (calendar.Month, error) { return calendar.Parse(s) }

func monthPos(sc scale, m calendar.Month) float64 { return sc.pos(float64(m)) }
