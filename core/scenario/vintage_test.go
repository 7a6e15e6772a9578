package scenario_test

import (
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

// v2611 is the shipped vintage 2026-11, by name.
func v2611(t *testing.T) *library.Vintage {
	t.Helper()
	v, ok := library.Default().Vintage("2026-11")
	require.True(t, ok)
	return v
}

// laterVintage makes a vintage "2027-01" from 2026-11 with changed
// defaults, as a future data update would: AWS at 500k accelerators and a
// pue of 1.3. It shares nothing mutable with the shipped vintage.
func laterVintage(t *testing.T) *library.Vintage {
	t.Helper()
	v := *v2611(t)
	v.ID = "2027-01"
	v.Accelerators = slices.Clone(v.Accelerators)
	v.Deals = slices.Clone(v.Deals)
	v.Buyers = slices.Clone(v.Buyers)
	v.Presets = slices.Clone(v.Presets)
	v.World.PUE = 1.3
	aws, ok := v.Deal("aws")
	require.True(t, ok)
	aws.Size = 500_000
	return &v
}

// sameBits reports whether a and b hold the same values bit for bit, so
// that results compare exactly, NaN (0/0 in an empty year) included,
// where reflect.DeepEqual would call NaN unequal to itself.
func sameBits(a, b any) bool { return sameValue(reflect.ValueOf(a), reflect.ValueOf(b)) }

func sameValue(a, b reflect.Value) bool {
	if a.Kind() != b.Kind() {
		return false
	}
	switch a.Kind() {
	case reflect.Pointer:
		return a.IsNil() == b.IsNil() && (a.IsNil() || sameValue(a.Elem(), b.Elem()))
	case reflect.Struct:
		for i := range a.NumField() {
			if !sameValue(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !sameValue(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Float32, reflect.Float64:
		return math.Float64bits(a.Float()) == math.Float64bits(b.Float())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return a.Uint() == b.Uint()
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.String:
		return a.String() == b.String()
	}
	panic("sameBits: unhandled kind " + a.Kind().String())
}

// TestOldLinksKeepTheirNumbersAfterANewVintage decodes links of vintage
// 2026-11 in a catalog of 2026-11 alone, then in catalogs where a newer
// vintage is the latest: a made-up 2027-01, and the real catalog whose
// latest is 2026-12.
func TestOldLinksKeepTheirNumbersAfterANewVintage(t *testing.T) {
	old := v2611(t)
	shipped := &library.Catalog{Vintages: []*library.Vintage{old}}
	newer := map[string]*library.Catalog{
		"2027-01": {Vintages: []*library.Vintage{old, laterVintage(t)}},
		"default": library.Default(),
	}
	require.Equal(t, "2026-12", newer["default"].Latest().ID)

	links := []string{
		head,
		head + "&pue=1.3&d.aws.n=450k&d.azure.on=0",
		"v=1&data=2026-11&preset=aws-only",
		head + "&" + userDeal,
	}
	for _, link := range links {
		t.Run(link, func(t *testing.T) {
			before, probs := scenario.Decode(shipped, link)
			require.Empty(t, probs)
			rb, err := before.Evaluate()
			require.NoError(t, err)
			for name, both := range newer {
				t.Run(name, func(t *testing.T) {
					after, probs := scenario.Decode(both, link)
					require.Empty(t, probs)

					assert.Equal(t, "2026-11", after.Vintage.ID)
					assert.Equal(t, link, after.Link(), "the link stays the same")
					ra, err := after.Evaluate()
					require.NoError(t, err)
					assert.True(t, sameBits(rb, ra), "exactly the same numbers")
				})
			}
		})
	}
}

func TestALinkWithoutDataUsesTheNewestVintage(t *testing.T) {
	both := &library.Catalog{Vintages: []*library.Vintage{v2611(t), laterVintage(t)}}

	s, probs := scenario.Decode(both, "preset=aws-only")
	require.Empty(t, probs)
	assert.Equal(t, "2027-01", s.Vintage.ID)
	assert.Equal(t, "v=1&data=2027-01&preset=aws-only", s.Link(), "the page then writes the vintage it used")
	assert.Equal(t, 1.3, s.Portfolio.World.PUE)
	aws := s.Portfolio.Deals[s.DealIndex("aws")]
	assert.Equal(t, 500_000.0, aws.Size)

	r, err := s.Evaluate()
	require.NoError(t, err)
	// 500,000 × 1.875 kW × 1.3 / 1e6 = 1.21875 GW.
	assert.InEpsilon(t, 1.21875, r.Deals[s.DealIndex("aws")].FacilityGW, 1e-12)

	t.Run("the two vintages give other numbers", func(t *testing.T) {
		old, probs := scenario.Decode(both, "data=2026-11&preset=aws-only")
		require.Empty(t, probs)
		ro, err := old.Evaluate()
		require.NoError(t, err)
		assert.False(t, sameBits(ro, r))
	})
	t.Run("the same setting is a change in one vintage and a default in the other", func(t *testing.T) {
		old, probs := scenario.Decode(both, "data=2026-11&pue=1.3")
		require.Empty(t, probs)
		assert.Equal(t, head+"&pue=1.3", old.Link())
		newer, probs := scenario.Decode(both, "data=2027-01&pue=1.3")
		require.Empty(t, probs)
		assert.Equal(t, "v=1&data=2027-01&preset=openai-2025-11", newer.Link())
	})
	t.Run("an unknown vintage names the ones this build knows", func(t *testing.T) {
		s, probs := scenario.Decode(both, "data=2030-01")
		require.Len(t, probs, 1)
		assert.Contains(t, probs[0].Msg, "2026-11, 2027-01")
		assert.Equal(t, "2027-01", s.Vintage.ID)
	})
	t.Run("in the shipped catalog it is 2026-12", func(t *testing.T) {
		s, probs := scenario.Decode(library.Default(), "preset=aws-only")
		require.Empty(t, probs)
		assert.Equal(t, "2026-12", s.Vintage.ID)
		assert.Equal(t, "v=1&data=2026-12&preset=aws-only", s.Link())
	})
	t.Run("the shipped vintage is untouched", func(t *testing.T) {
		v := v2611(t)
		d, _ := v.Deal("aws")
		assert.Equal(t, 300_000.0, d.Size)
		assert.Equal(t, 1.2, v.World.PUE)
		assert.Empty(t, model.Check(&[]model.Portfolio{v.Portfolio(v.DefaultPreset())}[0]))
	})
}
