package main

import (
	"github.com/computedeals/explorer/core/chart"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/page"
	"github.com/computedeals/explorer/core/view"
)

// The first paint shows the default view's totals without waiting for the
// wasm: the native core renders the page once at build time.
func init() {
	prerender = func() (string, error) {
		return view.HTML(page.Prerender(library.Default())), nil
	}
	previewImage = func() ([]byte, error) { return drawPreview(page.NewPreview(library.Default())) }
	extraCSS = func() string { return "\n/* core/chart */\n" + chart.Stylesheet() + "\n" }
}
