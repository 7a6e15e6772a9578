package page

import (
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/chart"
	"github.com/computedeals/explorer/core/view"
)

// A chart can be shared by itself. Its link is the page's address with
// ?chart=<id> before the scenario's fragment: the page opens scrolled to
// that chart. Its embed is embed.html?chart=<id>#<scenario>, which shows
// the chart alone, its sources and a link back; the server lets other
// sites frame that page and no other.

// EmbedPage is the file of the embed route, beside index.html.
const EmbedPage = "embed.html"

// embedFrom reads the chart an address asks the embed route for: "" when
// the address is not the embed route's, and the id (which may name no
// chart: see embedView) when it is.
func embedFrom(href string) (id string, embed bool) {
	if i := strings.IndexByte(href, '#'); i >= 0 {
		href = href[:i]
	}
	path, query, _ := strings.Cut(href, "?")
	if !strings.HasSuffix(path, "/"+EmbedPage) {
		return "", false
	}
	for _, kv := range strings.Split(query, "&") {
		if v, ok := strings.CutPrefix(kv, "chart="); ok {
			return v, true
		}
	}
	return "", true
}

// ShareText is what the share buttons put on the clipboard. what is ""
// for the scenario's link, "chart:<id>" for a link to one chart of it, and
// "embed:<id>" for an HTML snippet that frames that chart elsewhere.
// pageURL is the page's address without its query or fragment.
func (a *App) ShareText(pageURL, what string) string {
	kind, id, _ := strings.Cut(what, ":")
	spec, ok := a.mainChart(id)
	switch {
	case kind == "chart" && ok:
		return pageURL + "?chart=" + spec.ID + "#" + a.urlLink()
	case kind == "embed" && ok:
		dir := pageURL[:strings.LastIndexByte(pageURL, '/')+1]
		src := dir + EmbedPage + "?chart=" + spec.ID + "#" + a.urlLink()
		return view.HTML(E("iframe", A("src", src), A("title", spec.Title+": "+a.Title()),
			A("width", "720"), A("height", "520"), A("style", "border:0;max-width:100%"), A("loading", "lazy")))
	}
	return a.CopyText(pageURL)
}

// mainChart is the chart of the page's Charts section with this id: the
// charts that can be linked and embedded.
func (a *App) mainChart(id string) (chart.Spec, bool) {
	for _, s := range a.chartSpecs() {
		if s.ID == id {
			return s, true
		}
	}
	return chart.Spec{}, false
}

// embedView is the embed route's page: one chart of the scenario, its
// summary, the sites its figures come from and a link to the whole
// scenario. A chart id that names no chart shows the first chart and says
// which ids there are.
func (a *App) embedView() *Node {
	specs := a.chartSpecs()
	spec, ok := a.mainChart(a.embed)
	var missing Item
	if !ok {
		spec = specs[0]
		ids := make([]string, len(specs))
		for i, s := range specs {
			ids[i] = s.ID
		}
		missing = E("p", Class("notice"), A("role", "status"),
			T("This embed asks for a chart named "+strconv.Quote(a.embed)+", which the explorer does not draw; it shows "+
				spec.Title+" instead. The charts are: "+strings.Join(ids, ", ")+"."))
	}
	srcs := Items{}
	for i, src := range a.dealSources() {
		if i > 0 {
			srcs = append(srcs, T(" "))
		}
		srcs = append(srcs, a.sourceLink(i, src, "", "source "+strconv.Itoa(i+1)))
	}
	back := "./?chart=" + spec.ID + "#" + a.urlLink()
	return E("div", A("id", "app"), Class("app embed"), A("data-sampling", a.sampling.state()),
		E("main", a.noticeView(),
			missing,
			E("figure", Class("chart-fig"), A("id", "fig-"+spec.ID), A("aria-labelledby", "embed-title"),
				E("h1", A("id", "embed-title"), T(spec.Title)),
				E("p", Class("scn"), T(a.Title())),
				E("p", Class("sum"), T(spec.Desc)),
				a.renderChart(spec),
				E("figcaption", Class("embed-foot"),
					If(len(srcs) > 0, E("span", Class("srcs"), T("Sources: "), srcs)),
					E("a", Class("back"), A("href", back), A("target", "_blank"), A("rel", "noopener"),
						T("Open this scenario in Compute Deals Explorer")),
				),
			)),
	)
}
