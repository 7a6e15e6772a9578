package chart

import (
	"testing"

	"github.com/computedeals/explorer/core/view"
)

var sinkNode *view.Node

// BenchmarkRenderMainCharts renders the page's five charts, as one
// repaint does.
func BenchmarkRenderMainCharts(b *testing.B) {
	specs := mainSpecs()
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range specs {
			sinkNode = Render(s)
		}
	}
}

func BenchmarkRenderEachKind(b *testing.B) {
	for _, c := range allSpecs() {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkNode = Render(c.spec)
			}
		})
	}
}

func BenchmarkTablesOfMainCharts(b *testing.B) {
	specs := mainSpecs()
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range specs {
			sinkNode = Table(s)
		}
	}
}
