package explain

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
)

// TestEveryInputThatMovesAnOutputIsNamed nudges each numeric input of a
// few scenarios by 1 %: every output that moves must list the input among
// its derivation's inputs, and the nudged scenario's derivation must
// still work out to the report's value.
func TestEveryInputThatMovesAnOutputIsNamed(t *testing.T) {
	cases := map[string]*scenario.Scenario{}
	for _, link := range []string{"v=1&data=2026-12", "v=1&data=2026-11"} {
		s, probs := scenario.Decode(cat, link)
		require.Empty(t, probs, "link %q", link)
		cases[link] = s
	}
	rng := rand.New(rand.NewPCG(2026, 12))
	for k := range 2 {
		s, _ := scenario.Decode(cat, "v=1&data=2026-12")
		edits := randomEdits(s, rng)
		cases["random "+string(rune('a'+k))+": "+strings.Join(edits, "&")] = s
	}
	for name, s := range cases {
		t.Run(name, func(t *testing.T) { nudgeEachInput(t, s) })
	}
}

// randomEdits sets a few world keys and deal keys of s to random values
// within their fields' bounds, and returns the edits made.
func randomEdits(s *scenario.Scenario, rng *rand.Rand) []string {
	var world, deal []scenario.Input
	for _, in := range s.Inputs() {
		if in.Field.Type != scenario.Num || in.Derived || in.Key == "seed" || in.Accel >= 0 || in.Funding > 0 {
			continue
		}
		if in.Deal >= 0 {
			deal = append(deal, in)
		} else {
			world = append(world, in)
		}
	}
	var edits []string
	set := func(ins []scenario.Input, n int) {
		for made, tries := 0, 0; made < n && tries < 50; tries++ {
			in := ins[rng.IntN(len(ins))]
			// Near the current value, so the scenario stays plausible:
			// scaled by a random factor about 1, or moved by up to a tenth
			// of the field's bounds for fields that may be negative or are
			// zero; then held within the bounds.
			v, lo, hi := s.Num(in), in.Field.Min, in.Field.Max
			x := v * math.Exp(0.4*rng.NormFloat64())
			if lo < 0 || v == 0 {
				x = v + (rng.Float64()-0.5)*0.2*min(hi-lo, 10)
			}
			x = min(max(x, lo), hi)
			if in.Field.Integer {
				x = math.Round(x)
			}
			if s.SetValue(in.Key, x) == nil {
				edits = append(edits, in.Key+"="+s.Get(in))
				made++
			}
		}
	}
	set(world, 3)
	set(deal, 4)
	// And a switch of the world: how revenue grows, how owned hardware
	// is paid, whether capacity is renewed.
	sw := []string{"revenue", "finance", "sustain"}[rng.IntN(3)]
	in, err := s.Input(sw)
	if err == nil {
		choices := in.Field.Choices
		if in.Field.Type == scenario.Bool {
			choices = []string{"0", "1"}
		}
		if c := choices[rng.IntN(len(choices))]; s.Set(sw, c) == nil {
			edits = append(edits, sw+"="+c)
		}
	}
	return edits
}

// nudgeOutputs samples the outputs whose derivations the nudges check:
// every portfolio and deal output, and the years 2026, 2030 and 2035.
func nudgeOutputs(l *outputs.Layout) []int {
	var out []int
	for i, p := range l.Paths {
		if strings.HasPrefix(p, "years.") && !strings.HasPrefix(p, "years.2026.") &&
			!strings.HasPrefix(p, "years.2030.") && !strings.HasPrefix(p, "years.2035.") {
			continue
		}
		out = append(out, i)
	}
	return out
}

func moved(a, b float64) bool {
	switch {
	case math.IsNaN(a) || math.IsNaN(b):
		return math.IsNaN(a) != math.IsNaN(b)
	case math.IsInf(a, 0) || math.IsInf(b, 0):
		return a != b
	}
	return math.Abs(a-b) > 1e-9*max(math.Abs(a), math.Abs(b))
}

func nudgeEachInput(t *testing.T, s *scenario.Scenario) {
	r, err := s.Evaluate()
	require.NoError(t, err)
	l := outputs.NewLayout(s)
	base := l.Values(r, nil)
	sample := nudgeOutputs(l)
	var vals []float64
	for _, in := range s.Inputs() {
		if in.Field.Type != scenario.Num || in.Derived || in.Key == "seed" {
			continue
		}
		ns := s.Clone()
		v := s.Num(in)
		if v == 0 || ns.SetValue(in.Key, v*1.01) != nil {
			continue
		}
		nr, err := ns.Evaluate()
		require.NoError(t, err, in.Key)
		nl := outputs.NewLayout(ns)
		if !slices.Equal(nl.Paths, l.Paths) {
			continue // the nudge changed which outputs there are
		}
		vals = nl.Values(nr, vals)
		x := NewDeriver(ns, nr)
		for _, i := range sample {
			if !moved(base[i], vals[i]) {
				continue
			}
			path := l.Paths[i]
			d, err := x.Derive(path)
			require.NoError(t, err, path)
			named := slices.ContainsFunc(d.Inputs, func(x Input) bool { return x.Key == in.Key })
			assert.True(t, named, "%s moves %s (%g → %g) but its derivation does not name it", in.Key, path, base[i], vals[i])
			sameFigure(t, vals[i], d.computed, "%s nudged: %s: %s", in.Key, path, d.Numbers)
		}
	}
}
