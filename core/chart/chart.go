// Package chart turns the model's series into SVG charts and matching
// data tables, as view trees.
//
// The core owns every number a chart shows: scales, nice ticks, paths,
// labels and the hover read-outs are computed here, so the page only
// applies the tree (createElementNS, setAttribute, textContent) and shows
// a precomputed data-tip on hover. Colours never appear in the tree: every
// shape carries classes (s0…s11, area, bar, line, band, ovl, …) that the
// page's stylesheet colours for light and dark mode, which keeps charts
// clean under a strict Content-Security-Policy. Export adds what a file
// standing alone needs (title, units, source, link and its own <style>).
//
// [Render], [Export] and [Tip] (render.go) lay a chart out and hand it to
// its kind: one file each (area.go, bars.go and line.go draw their series
// in the frame xy.go lays out; tornado.go, waterfall.go), over the parts
// they share: axes, legend, labels (placed clear of each other), bands,
// read-outs (the hit rects) and patterns, each in a file of its name, and
// the slab builder of nodes and paths (build.go).
//
// The package is pure Go without fmt, so it compiles into the page's
// WebAssembly; numbers are written with strconv, rounded to 0.1 px, and
// non-finite values never reach an attribute.
package chart

import (
	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/units"
)

// Kind is what a Spec draws.
type Kind uint8

const (
	// Area stacks Series as filled areas: facility GW or accelerators
	// online by provider.
	Area Kind = iota
	// Bars stacks Series as bars (positive parts up, negative parts down)
	// with Lines drawn over them: spend per year by provider against
	// revenue. One series with a Ref is the build rate against 1 GW/week.
	Bars
	// Line draws Series as lines; the first is filled to zero, its
	// positive and negative parts apart: the cumulative gap.
	Line
	// Tornado draws Swings as horizontal bars around Base.
	Tornado
	// Waterfall walks from Base through Steps to Base+ΣSteps: the
	// attribution of a difference between scenarios A and B.
	Waterfall
)

// Axis is what the x positions of Area, Bars and Line are.
type Axis uint8

const (
	Months Axis = iota // index i is the month Start+i; years are labelled at January
	Years              // index i is the year Start.Year()+i, a category per year
)

// Rows says how Table reduces monthly data to rows.
type Rows uint8

const (
	YearEnd Rows = iota // a row per year with its last month's value: stocks such as GW online or the cumulative gap
	// YearSum gives a row per year with the sum of its months: flows such
	// as spend. Band columns are summed too, and a sum of monthly
	// percentiles is not the percentile of the yearly sum: pass yearly
	// bands with X Years instead.
	YearSum
	EveryMonth // a row per month
)

// MaxPoints bounds the x positions a chart draws (a century of months);
// values past it are left out, so hostile lengths cannot make work.
const MaxPoints = 1200

// MaxRows bounds the rows of a tornado and the steps of a waterfall.
const MaxRows = 200

// Spec describes one chart. The zero value of every optional field means
// "not drawn". Values are in the base unit of Unit; non-finite values are
// gaps in lines, zero in stacks, and "–" in read-outs and tables.
type Spec struct {
	Kind Kind
	// ID makes the ids of <title> and <desc> (ID-t, ID-d); it must be
	// unique on the page. Characters other than letters, digits, - and _
	// become -. "" gives "chart".
	ID    string
	Title string
	Desc  string // the one-sentence summary: the chart's text alternative
	Unit  units.Unit
	Units string // what Export writes as the units line; "" gives Unit.Name()

	// Width and Height are the viewBox size of the page variant; 0 gives
	// 720 × 360. A Tornado without Height grows with its rows. Export adds
	// room for its header and footer, keeping the plot the same.
	Width, Height int

	X     Axis
	Start calendar.Month
	Rows  Rows

	Series  []Series // stacked (Area, Bars) or lines (Line)
	Lines   []Series // lines over the stack, e.g. revenue
	Bands   []Band   // 5–95 % fans drawn over the series
	Overlay *Overlay // scenario B, dashed over A (compare mode)
	Ref     *Ref     // a horizontal reference line
	Mark    *Mark    // a marked point, e.g. the peak
	// Events are points marked on the first line and labelled above it,
	// e.g. money raised on a cash balance (Line charts).
	Events []Mark

	// Base is the tornado's base output and the waterfall's A total;
	// BaseName and EndName label the waterfall's first and last bars and
	// the tornado's base line ("" gives "A", "B" and "base").
	Base              float64
	BaseName, EndName string
	Swings            []Swing // Tornado
	Steps             []Step  // Waterfall

	Empty string // what an empty chart says; "" gives "No data to show"

	// LazyTips leaves the read-outs off the hover rects, which then carry
	// only data-i; Tip gives a read-out when the reader points at one.
	// The rects then depend on the geometry alone, so a page that redraws
	// on every change can keep them from frame to frame.
	LazyTips bool
	// Hits, with LazyTips, keeps an xy chart's hover rects for the next
	// render of the same chart, which takes them as they are while the
	// geometry is the same (a caller keeps one Hits per chart).
	Hits *Hits
}

// Series is one named run of values, one per x position.
type Series struct {
	Name   string
	Values []float64
	// Class is the colour class; "" gives s<k>, k counting Series then
	// Lines.
	Class string
}

// Band is a fan: a shaded band from Low to High (5th to 95th percentile)
// and a line at Mid (the median, may be nil).
type Band struct {
	Name           string // the band's name in the legend and read-out, e.g. "5–95 %"
	Low, Mid, High []float64
	Class          string // colour class; "" gives "tot"
	// MidName names the median line in the legend and the read-out; ""
	// gives "median", or Name+" median" when Name does not say "5–95 %".
	MidName string
}

// Overlay is scenario B drawn over A: B's values of Spec.Series and
// Spec.Lines, index by index, drawn dashed in the same colours.
type Overlay struct {
	A, B   string // legend names of the two scenarios; "" gives "A" and "B"
	Series []Series
	Lines  []Series
}

// Ref is a horizontal reference line with its label, e.g. 1 GW/week.
type Ref struct {
	Value float64
	Label string
}

// Mark marks the point at Index: on the first series for Line, on the
// stack's total for Area and Bars. An empty Label gives the value and the
// x position ("$512B · 2029-03"). Peak finds the index of a maximum.
type Mark struct {
	Index int
	Label string
}

// Swing is one tornado bar: the output with the input at its low and at
// its high end.
type Swing struct {
	Input     string
	Low, High float64
}

// Step is one waterfall step: a change attributed to one assumption.
type Step struct {
	Label string
	Delta float64
}

// Meta is what an exported file carries beyond the chart.
type Meta struct {
	// Source is the source line, e.g. "Compute Deals Explorer · data
	// 2026-11 · model: shared/MODEL.md".
	Source string
	// Link is the scenario link, written out in full and made a hyperlink
	// when it is http(s).
	Link string
}

// Peak is the index of the largest finite value, or -1 when there is
// none; the first wins a tie.
func Peak(values []float64) int {
	best := -1
	for i, v := range values {
		if finite(v) && (best < 0 || v > values[best]) {
			best = i
		}
	}
	return best
}
