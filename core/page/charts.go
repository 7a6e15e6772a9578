package page

// chartsView shows the charts; core/chart draws them.
func (a *App) chartsView() *Node {
	return E("section", Class("charts"), A("aria-labelledby", "charts-title"),
		E("h2", A("id", "charts-title"), T("Charts")))
}
