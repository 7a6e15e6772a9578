package chart

import "strings"

// The palette: s0–s6 are Okabe & Ito's colour-blind-safe set (its black
// left out, it reads as a total), s7–s11 come from Paul Tol's muted set,
// which is colour-blind-safe too. Dark mode lightens what would sink into
// a dark background. Colour classes set fill and color; role classes
// (line, ovl, …) stroke with currentColor, so a shape's colour and its
// role never fight over one property.
var palette = [...]struct{ sel, light, dark string }{
	{"s0", "#0072B2", "#56A0D8"},
	{"s1", "#E69F00", "#E69F00"},
	{"s2", "#009E73", "#1DB58A"},
	{"s3", "#CC79A7", "#D98FBA"},
	{"s4", "#56B4E9", "#8ACCF2"},
	{"s5", "#D55E00", "#F07A2D"},
	{"s6", "#F0E442", "#F0E442"},
	{"s7", "#882255", "#C0548A"},
	{"s8", "#44AA99", "#5BC0AE"},
	{"s9", "#999933", "#BDBD55"},
	{"s10", "#332288", "#8C7FE0"},
	{"s11", "#888888", "#AAAAAA"},
	{"tot", "#333333", "#DDDDDD"},
	{"pos", "#0072B2", "#56A0D8"},
	{"neg", "#D55E00", "#F07A2D"},
	{"total", "#6E6E6E", "#9A9A9A"},
	// sus is capacity renewed or replaced after its contract: grey,
	// lighter and outlined in dashes, apart from every provider's colour.
	{"sus", "#7A7A7A", "#A6A6A6"},
	// own is the reader's own providers, never a library provider's
	// colour: Paul Tol's purple, not in the series palette.
	{"own", "#AA4499", "#D07CC2"},
	// fan2 is a second 5–95 % fan on one chart (spend beside revenue):
	// Tol's sand, so the two fans' swatches differ.
	{"fan2", "#B8A23A", "#DDCC77"},
}

// Patterns tell series apart once the palette's colours run out: a
// series class may add p1 (diagonal hatch), p2 (dots) or p3 (cross
// hatch), which the chart draws as a tile of light strokes over the
// colour. The tiles are <pattern> defs inside each chart, so an exported
// file carries its own.
var patterns = [...]struct{ class, w, transform, shape string }{
	{"p1", "6", "rotate(45)", "M0 0V6"},
	{"p2", "6", "", "M3 1.6a1.4 1.4 0 1 0 0.01 0Z"},
	{"p3", "7", "rotate(45)", "M0 0V7M0 0H7"},
}

// patternOf is the pattern class among the classes of cls, or "".
func patternOf(cls string) string {
	for _, f := range strings.Fields(cls) {
		for _, p := range patterns {
			if f == p.class {
				return f
			}
		}
	}
	return ""
}

// Rules that do not change with the scheme. A stroked role (fill:none
// for a line) must win over a colour class that sets fill, in the dark
// block too, so those selectors name the element to weigh more.
const roles = `.chart{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}` +
	`.chart .area,.chart .bar{stroke:none}` +
	`.chart .cmp{fill-opacity:.3}` +
	`.chart .area.sus,.chart .bar.sus{fill-opacity:.35;stroke:currentColor;stroke-width:1;stroke-dasharray:3 2}` +
	`.chart path.line{fill:none;stroke:currentColor;stroke-width:2;stroke-linejoin:round}` +
	`.chart path.ovl{fill:none;stroke:currentColor;stroke-width:2;stroke-dasharray:6 4}` +
	`.chart .ovlbar{fill-opacity:.3;stroke:currentColor;stroke-width:1.5;stroke-dasharray:4 3}` +
	`.chart .band{stroke:none;fill-opacity:.22}` +
	`.chart path.mid{fill:none;stroke:currentColor;stroke-width:1.5}` +
	`.chart path.edge{fill:none;stroke:currentColor;stroke-width:1;stroke-dasharray:1 2}` +
	`.chart .gap{stroke:none;fill-opacity:.3}` +
	`.chart .grid{fill:none;stroke-width:1}` +
	`.chart .axis,.chart .zero{fill:none;stroke-width:1}` +
	`.chart .ref{fill:none;stroke-width:1.5}` +
	`.chart .conn{fill:none;stroke-width:1;stroke-dasharray:2 2}` +
	`.chart .mark{stroke-width:2}` +
	`.chart .lbl{paint-order:stroke;stroke-width:3px;stroke-linejoin:round}` +
	`.chart .ttl{font-size:16px;font-weight:600}` +
	`.chart .src{font-size:10px}` +
	`.chart .pat{stroke:none}` +
	`.chart .hatch{fill:none;stroke:#fff;stroke-width:1.6;stroke-opacity:.85}` +
	`.chart .hatch.p2{fill:#fff;fill-opacity:.9;stroke:none}`

// The neutral colours of each scheme, in the order of the selectors.
var neutralSel = [...]string{
	".chart text", ".chart .tick,.chart .sub,.chart .src,.chart .msg", ".chart .grid", ".chart .axis",
	".chart .zero", ".chart .ref", ".chart .conn", ".chart .mark", ".chart .lbl", ".chart .bg", ".chart .event",
}

var neutralLight = [...]string{
	"fill:#222", "fill:#555", "stroke:#E5E5E5", "stroke:#8A8A8A",
	"stroke:#444", "stroke:#222", "stroke:#999", "fill:#222;stroke:#fff", "stroke:#fff", "fill:#fff", "fill:none;stroke:#222;stroke-width:1.5",
}

var neutralDark = [...]string{
	"fill:#DDD", "fill:#AAA", "stroke:#333", "stroke:#777",
	"stroke:#AAA", "stroke:#EEE", "stroke:#777", "fill:#EEE;stroke:#111", "stroke:#111", "fill:#111", "fill:none;stroke:#EEE;stroke-width:1.5",
}

// Stylesheet is the CSS the page must carry for its charts: light
// colours, dark ones under prefers-color-scheme: dark, and the hover
// rects. It has no '<' or '&', so it can sit in a .css file as it is.
func Stylesheet() string { return pageCSS }

var pageCSS = scheme(false) + roles +
	`.chart .hit{fill:transparent}.chart .hit:hover,.chart .hit:focus{fill:#000;fill-opacity:.06}` +
	`@media (prefers-color-scheme:dark){` + scheme(true) +
	`.chart .hit:hover,.chart .hit:focus{fill:#fff;fill-opacity:.08}` +
	`.chart .hatch{stroke:#111}.chart .hatch.p2{fill:#111}}`

// exportCSS is what an exported file carries: the light scheme only, so
// a file looks the same wherever it is opened or printed.
var exportCSS = scheme(false) + roles

func scheme(dark bool) string {
	b := make([]byte, 0, 1500)
	for _, c := range palette {
		v := c.light
		if dark {
			v = c.dark
		}
		b = append(b, ".chart ."...)
		b = append(b, c.sel...)
		b = append(b, "{fill:"...)
		b = append(b, v...)
		b = append(b, ";color:"...)
		b = append(b, v...)
		b = append(b, '}')
	}
	vals := neutralLight
	if dark {
		vals = neutralDark
	}
	for i, sel := range neutralSel {
		b = append(b, sel...)
		b = append(b, '{')
		b = append(b, vals[i]...)
		b = append(b, '}')
	}
	return string(b)
}
