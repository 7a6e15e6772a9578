package outputs

import (
	"math"
	"testing"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

// Values reads fields directly; Value through the output tables. Both
// must give every output, in layout order, bit for bit: with cash (the
// default view of 2026-12) and without (2026-11).
func TestValuesReadsWhatTheOutputTablesSay(t *testing.T) {
	cat := library.Default()
	v1, ok := cat.Vintage("2026-11")
	if !ok {
		t.Fatal("no vintage 2026-11")
	}
	for _, s := range []*scenario.Scenario{scenario.Default(cat), scenario.New(cat, v1, v1.DefaultPreset())} {
		r, err := model.Evaluate(&s.Portfolio)
		if err != nil {
			t.Fatal(err)
		}
		l := NewLayout(s)
		got := l.Values(r, nil)
		if len(got) != len(l.Paths) {
			t.Fatalf("%d values for %d paths", len(got), len(l.Paths))
		}
		for i, path := range l.Paths {
			want, _ := l.Value(r, path)
			if math.Float64bits(got[i]) != math.Float64bits(want) && !(math.IsNaN(got[i]) && math.IsNaN(want)) {
				t.Errorf("%s: Values gives %v, Value %v", path, got[i], want)
			}
		}
	}
}
