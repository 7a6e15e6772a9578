package page

import (
	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/library"
)

// Preview is what a link preview of the page shows, drawn at build time
// (cmd/computedeals draws it as a picture): the default view's title, its
// leading headline figures and the monthly series of its first chart.
type Preview struct {
	Title   string
	Figures []PreviewFigure
	// Series is the first chart's line, month by month: the cash balance,
	// or the cumulative gap of a view without cash.
	Series     []float64
	SeriesName string
}

// PreviewFigure is one headline figure: a short label and its value as
// the page shows it.
type PreviewFigure struct{ Label, Value string }

// NewPreview is the preview of the default view of the catalogue.
func NewPreview(cat *library.Catalog) Preview {
	a := New(cat)
	t := &a.r.Totals
	p := Preview{Title: a.s.Preset.Title + " · data " + a.s.Vintage.ID}
	for _, f := range explain.PreviewFigures(a.r) {
		p.Figures = append(p.Figures, PreviewFigure(f))
	}
	from := a.r.From
	if t.HasCash {
		// From the month the cash is known, as the page's chart.
		p.Series = a.r.CashUSD
		if i := int(a.s.Portfolio.Cash.Month - from); i > 0 && i < len(p.Series) {
			p.Series, from = p.Series[i:], a.s.Portfolio.Cash.Month
		}
	} else {
		p.Series = a.r.CumulativeGapUSD
	}
	p.SeriesName = explain.PreviewSeries(t.HasCash, from, a.r.To)
	return p
}
