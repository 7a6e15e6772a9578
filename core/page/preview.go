package page

import (
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/units"
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
	p.Figures = append(p.Figures,
		PreviewFigure{"committed", units.Format(t.ValueUSD, units.USD)},
		PreviewFigure{"peak facility power", units.Format(t.PeakFacilityGW, units.GW)})
	switch {
	case t.HasCash && t.HasRunout:
		p.Figures = append(p.Figures, PreviewFigure{"cash runs out", t.CashRunoutMonth.Text()})
	case t.HasCash:
		p.Figures = append(p.Figures, PreviewFigure{"cash lasts through", a.r.To.Text()})
	default:
		p.Figures = append(p.Figures, PreviewFigure{"peak cumulative gap", units.Format(t.PeakCumulativeGapUSD, units.USD)})
	}
	from := a.r.From
	if t.HasCash {
		// From the month the cash is known, as the page's chart.
		p.Series, p.SeriesName = a.r.CashUSD, "cash, month by month"
		if i := int(a.s.Portfolio.Cash.Month - from); i > 0 && i < len(p.Series) {
			p.Series, from = p.Series[i:], a.s.Portfolio.Cash.Month
		}
	} else {
		p.Series, p.SeriesName = a.r.CumulativeGapUSD, "spend minus revenue, summed"
	}
	p.SeriesName += ", " + from.Text() + " to " + a.r.To.Text()
	return p
}
