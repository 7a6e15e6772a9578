package main

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/computedeals/explorer/core/page"
)

// The link preview: a 1200×630 picture of the default view (the size
// link previews crop least), drawn at build time in Go so that dist needs
// no browser. It names the view, its leading figures and draws the line
// of its first chart, with zero marked: what a reader of a shared link
// sees before opening it.

const previewW, previewH = 1200, 630

var (
	pvBg    = color.RGBA{0xf7, 0xf7, 0xf5, 0xff}
	pvInk   = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	pvMuted = color.RGBA{0x5c, 0x5c, 0x5c, 0xff}
	pvLine  = color.RGBA{0xcc, 0xcc, 0xc8, 0xff}
	pvUp    = color.RGBA{0x0b, 0x5c, 0xad, 0xff}
	pvUpBg  = color.RGBA{0xb3, 0xd4, 0xec, 0xff}
	pvDown  = color.RGBA{0xf2, 0xc8, 0xa8, 0xff}
)

// drawPreview draws p as a PNG.
func drawPreview(p page.Preview) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, previewW, previewH))
	draw.Draw(img, img.Bounds(), image.NewUniform(pvBg), image.Point{}, draw.Src)
	faces, err := previewFaces()
	if err != nil {
		return nil, err
	}
	text := func(f font.Face, c color.Color, x, y int, s string) int {
		d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: f, Dot: fixed.P(x, y)}
		d.DrawString(s)
		return d.Dot.X.Round()
	}
	text(faces.title, pvInk, 60, 100, "Compute Deals Explorer")
	text(faces.body, pvMuted, 60, 148, p.Title)
	x := 60
	for _, f := range p.Figures {
		end := text(faces.figure, pvInk, x, 250, f.Value)
		lend := text(faces.small, pvMuted, x, 284, f.Label)
		x = max(end, lend) + 64
	}
	drawSeries(img, p.Series, image.Rect(60, 330, previewW-60, previewH-50))
	text(faces.small, pvMuted, 60, previewH-18, p.SeriesName+" · change the assumptions, share the link")
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type previewFaceSet struct{ title, figure, body, small font.Face }

func previewFaces() (previewFaceSet, error) {
	bold, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return previewFaceSet{}, err
	}
	regular, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return previewFaceSet{}, err
	}
	face := func(f *opentype.Font, size float64) font.Face {
		if err != nil {
			return nil
		}
		var ff font.Face
		ff, err = opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
		return ff
	}
	s := previewFaceSet{title: face(bold, 60), figure: face(bold, 64), body: face(regular, 30), small: face(regular, 24)}
	return s, err
}

// drawSeries draws values as an area from zero, blue above and orange
// below, with its line and the zero line, inside r.
func drawSeries(img *image.RGBA, values []float64, r image.Rectangle) {
	lo, hi := 0.0, 0.0
	n := 0
	for _, v := range values {
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			lo, hi = min(lo, v), max(hi, v)
			n++
		}
	}
	if n < 2 || hi == lo {
		return
	}
	xs := func(i int) float32 {
		return float32(r.Min.X) + float32(i)*float32(r.Dx())/float32(len(values)-1)
	}
	ys := func(v float64) float32 {
		return float32(r.Max.Y) - float32((v-lo)/(hi-lo))*float32(r.Dy())
	}
	clean := func(v float64) float64 {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return 0
		}
		return v
	}
	area := func(part func(float64) float64, c color.Color) {
		z := vector.NewRasterizer(img.Bounds().Dx(), img.Bounds().Dy())
		z.MoveTo(xs(0), ys(0))
		for i, v := range values {
			z.LineTo(xs(i), ys(part(clean(v))))
		}
		z.LineTo(xs(len(values)-1), ys(0))
		z.ClosePath()
		z.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{})
	}
	area(func(v float64) float64 { return max(v, 0) }, pvUpBg)
	area(func(v float64) float64 { return min(v, 0) }, pvDown)
	zero := int(ys(0))
	draw.Draw(img, image.Rect(r.Min.X, zero, r.Max.X, zero+2), image.NewUniform(pvInk), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+1), image.NewUniform(pvLine), image.Point{}, draw.Src)
	// The line: a thin quadrilateral per segment.
	z := vector.NewRasterizer(img.Bounds().Dx(), img.Bounds().Dy())
	for i := 1; i < len(values); i++ {
		x0, y0, x1, y1 := xs(i-1), ys(clean(values[i-1])), xs(i), ys(clean(values[i]))
		dx, dy := x1-x0, y1-y0
		l := float32(math.Hypot(float64(dx), float64(dy)))
		if l == 0 {
			continue
		}
		nx, ny := -dy/l*2, dx/l*2
		z.MoveTo(x0+nx, y0+ny)
		z.LineTo(x1+nx, y1+ny)
		z.LineTo(x1-nx, y1-ny)
		z.LineTo(x0-nx, y0-ny)
		z.ClosePath()
	}
	z.Draw(img, img.Bounds(), image.NewUniform(pvUp), image.Point{})
}
