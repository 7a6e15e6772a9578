package chart

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/computedeals/explorer/core/units"
	"github.com/computedeals/explorer/core/view"
)

// specsFrom makes one spec of every kind from arbitrary values, with every
// option set, so that a hostile value reaches every path of the code.
func specsFrom(vals []float64, n int) []Spec {
	at := func(k int) float64 {
		if len(vals) == 0 {
			return 0
		}
		return vals[k%len(vals)]
	}
	series := func(off, count int) []Series {
		out := make([]Series, count)
		for j := range out {
			v := make([]float64, n)
			for i := range v {
				v[i] = at(off + j*n + i)
			}
			out[j] = Series{Name: "s", Values: v}
		}
		return out
	}
	vec := func(off int) []float64 { return series(off, 1)[0].Values }
	var out []Spec
	for _, kind := range []Kind{Area, Bars, Line} {
		for _, x := range []Axis{Months, Years} {
			out = append(out, Spec{Kind: kind, X: x, Unit: units.USD, Start: start, Rows: YearSum,
				Series: series(0, 3), Lines: series(5, 1),
				Bands:   []Band{{Name: "b", Low: vec(7), Mid: vec(8), High: vec(9)}},
				Overlay: &Overlay{Series: series(2, 3), Lines: series(4, 1)},
				Ref:     &Ref{Value: at(3), Label: "ref"},
				Mark:    &Mark{Index: int(uint(math.Float64bits(at(1))) % uint(n+1))},
			})
		}
	}
	sw := make([]Swing, n)
	st := make([]Step, n)
	for i := range sw {
		sw[i] = Swing{"in", at(i), at(i + 1)}
		st[i] = Step{"st", at(i + 2)}
	}
	out = append(out,
		Spec{Kind: Tornado, Unit: units.GW, Base: at(0), Swings: sw},
		Spec{Kind: Waterfall, Unit: units.Count, Base: at(0), Steps: st})
	return out
}

func checkClean(t *testing.T, s Spec) {
	t.Helper()
	for _, out := range []string{view.XML(Render(s)), view.XML(Export(s, meta)), view.HTML(Table(s))} {
		for _, bad := range []string{"NaN", "Inf", "e+"} {
			if strings.Contains(out, bad) {
				i := strings.Index(out, bad)
				t.Fatalf("%q in output near %q", bad, out[max(0, i-80):min(len(out), i+40)])
			}
		}
	}
}

var hostile = []float64{math.NaN(), math.Inf(1), math.Inf(-1), math.MaxFloat64, -math.MaxFloat64, 1e300, -1e300,
	5e-324, -5e-324, 0, math.Copysign(0, -1), 1e-300, 1e15, -3.7e9, 42, 1e20}

func FuzzRender(f *testing.F) {
	enc := func(vs ...float64) []byte {
		b := make([]byte, 0, 8*len(vs))
		for _, v := range vs {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
		}
		return b
	}
	f.Add(uint8(12), enc(hostile...))
	f.Add(uint8(1), enc(math.NaN()))
	f.Add(uint8(0), enc())
	f.Add(uint8(30), enc(1, -1, 2, -2, math.Inf(1), 3))
	f.Add(uint8(5), enc(1e300, 1e300, 1e300, -1e300))
	f.Fuzz(func(t *testing.T, n uint8, data []byte) {
		var vals []float64
		for len(data) >= 8 && len(vals) < 64 {
			vals = append(vals, math.Float64frombits(binary.LittleEndian.Uint64(data)))
			data = data[8:]
		}
		for _, s := range specsFrom(vals, int(n%40)) {
			checkClean(t, s)
		}
	})
}

func TestNoNonFiniteValueReachesTheOutput(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for k := 0; k < 60; k++ {
		vals := make([]float64, 1+rng.IntN(30))
		for i := range vals {
			switch rng.IntN(3) {
			case 0:
				vals[i] = hostile[rng.IntN(len(hostile))]
			case 1:
				vals[i] = (rng.Float64()*2 - 1) * math.Pow(10, rng.Float64()*30-10)
			default:
				vals[i] = rng.Float64() * 100
			}
		}
		for _, s := range specsFrom(vals, 1+rng.IntN(30)) {
			checkClean(t, s)
		}
	}
}
