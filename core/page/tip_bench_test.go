package page

import "testing"

// BenchmarkHoverReadOut is what pointing at a chart point costs: the
// read-out of one point of the spend chart of the default view, with its
// bands in (the page asks for it on pointerover).
func BenchmarkHoverReadOut(b *testing.B) {
	a := newApp(b, "")
	a.Render(0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if a.Tip("spend", i%11) == "" {
			b.Fatal("no read-out")
		}
	}
}
