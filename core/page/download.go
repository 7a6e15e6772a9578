package page

import (
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/chart"
	"github.com/computedeals/explorer/core/exchange"
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/report"
	"github.com/computedeals/explorer/core/view"
)

// Download writes a file for the reader to save, as JSON for app.js:
// {name, mime, text} and, for PNG, {png: true, width, height} with the
// SVG to draw. what is "csv", "json", "svg:<chart>" or "png:<chart>";
// pageURL is the page's address without its fragment, for the link
// printed on exported charts.
func (a *App) Download(what, pageURL string) string {
	link := pageURL + "#" + a.link
	// File names carry the preset and a short hash of the link, so that
	// the files of two scenarios do not overwrite each other.
	name := a.s.Preset.ID + "-" + shortHash(a.link)
	file := func(name, mime, text string, extra ...jsondoc.KV) string {
		o := jsondoc.Obj{{K: "name", V: name}, {K: "mime", V: mime}, {K: "text", V: text}}
		return string(jsondoc.Encode(append(o, extra...)))
	}
	switch {
	case what == "csv":
		return file("computedeals-"+name+".csv", "text/csv", report.CSV(a.s, a.r))
	case what == "json":
		return file("computedeals-"+name+".json", "application/json", string(exchange.Export(a.s)))
	case strings.HasPrefix(what, "csv:"):
		spec, ok := a.chartSpec(strings.TrimPrefix(what, "csv:"))
		if !ok {
			break
		}
		head, rows := chart.CSVRows(spec)
		var b strings.Builder
		// Names are text, defused for spreadsheets; the other cells are
		// plain numbers as chart wrote them, so a negative one stays a
		// number.
		line := func(cells []string, text bool) {
			for i, c := range cells {
				if i > 0 {
					b.WriteByte(',')
				}
				if text || i == 0 {
					c = report.Cell(c)
				}
				b.WriteString(c)
			}
			b.WriteString("\r\n")
		}
		line(head, true)
		for _, r := range rows {
			line(r, false)
		}
		return file("computedeals-"+name+"-"+spec.ID+".csv", "text/csv", b.String())
	case strings.HasPrefix(what, "svg:") || strings.HasPrefix(what, "png:"):
		kind, id, _ := strings.Cut(what, ":")
		spec, ok := a.chartSpec(id)
		if !ok {
			break
		}
		spec.Width = DefaultChartWidth
		spec.Height = chartHeight(DefaultChartWidth)
		svg := chart.Export(spec, chart.Meta{
			Source: "Compute Deals Explorer · data " + a.s.Vintage.ID + " · " + spec.Desc + a.sourcesLine(5),
			Link:   link,
		})
		text := view.XML(svg)
		if kind == "svg" {
			return file("computedeals-"+name+"-"+id+".svg", "image/svg+xml", text)
		}
		w, h := svgSize(svg)
		return file("computedeals-"+name+"-"+id+".png", "image/png", text,
			jsondoc.KV{K: "png", V: true}, jsondoc.KV{K: "width", V: w}, jsondoc.KV{K: "height", V: h})
	}
	return string(jsondoc.Encode(jsondoc.Obj{{K: "error", V: "nothing to download for " + strconv.Quote(what)}}))
}

// sourcesLine names where the figures of the deals on come from, by
// site: the first source of each of their given quantities, at most max
// sites and how many more; the link leads to every source.
func (a *App) sourcesLine(max int) string {
	var hosts []string
	seen := map[string]bool{}
	for _, src := range a.dealSources() {
		if h := host(src); !seen[h] {
			seen[h] = true
			hosts = append(hosts, h)
		}
	}
	if len(hosts) == 0 {
		return ""
	}
	out := " · sources: "
	if len(hosts) > max {
		return out + strings.Join(hosts[:max], ", ") + " and " + strconv.Itoa(len(hosts)-max) + " more (all in the link)"
	}
	return out + strings.Join(hosts, ", ")
}

// dealSources are the first sources of the given quantities (value,
// price, size) of the library's deals that are on, each once, in the
// deals' order.
func (a *App) dealSources() []string {
	var out []string
	seen := map[string]bool{}
	for i, d := range a.s.Portfolio.Deals {
		ld, ok := a.s.Vintage.Deal(d.ID)
		if !d.On || !ok || !a.s.IsLibraryDeal(i) {
			continue
		}
		for _, k := range [...]string{"value", "price", "n", "gw"} {
			if f, ok := ld.Facts[k]; ok && len(f.Sources) > 0 && !seen[f.Sources[0]] {
				seen[f.Sources[0]] = true
				out = append(out, f.Sources[0])
			}
		}
	}
	return out
}

// shortHash is eight hex digits of the FNV-1a hash of s.
func shortHash(s string) string {
	h := fnv.New32a()
	h.Write([]byte(s))
	return strconv.FormatUint(uint64(h.Sum32())|1<<32, 16)[1:] // zero-padded
}

// svgSize reads an exported SVG's width and height.
func svgSize(n *view.Node) (float64, float64) {
	read := func(name string) float64 {
		v, _ := n.Attr(name)
		f, _ := strconv.ParseFloat(v, 64)
		return f
	}
	return read("width"), read("height")
}
