package page

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
)

// allOn is the 2026-12 library's default preset with every library deal
// on and two deals of the reader's own, one of them with a provider no
// library deal names and one with two more.
func allOn(t *testing.T) *scenario.Scenario {
	t.Helper()
	cat := library.Default()
	v, ok := cat.Vintage("2026-12")
	require.True(t, ok)
	s := scenario.New(cat, v, v.DefaultPreset())
	for i := range s.Portfolio.Deals {
		s.Portfolio.Deals[i].On = true
	}
	for range 3 {
		_, err := s.AddDeal()
		require.NoError(t, err)
	}
	n := len(s.Portfolio.Deals)
	s.Portfolio.Deals[n-2].Provider = "My other provider"
	s.Portfolio.Deals[n-1].Provider = "A third of mine"
	return s
}

func TestEveryProviderOfTheLibraryOnAtOnceHasItsOwnClass(t *testing.T) {
	s := allOn(t)
	names, class := providerNames(s)
	lib := map[string]bool{}
	for i, d := range s.Portfolio.Deals {
		if s.IsLibraryDeal(i) {
			lib[d.Provider] = true
		}
	}
	require.Greater(t, len(lib), 12, "more library providers than colours: patterns must tell them apart")
	require.Len(t, names, len(lib)+3)
	owner := map[string]string{}
	for _, n := range names {
		c := class[n]
		require.NotEmpty(t, c, n)
		assert.NotContains(t, owner, c, "%q and %q share %q", n, owner[c], c)
		owner[c] = n
	}
	for _, n := range names {
		c := class[n]
		if lib[n] {
			assert.NotContains(t, c, "own", "%q is a library provider", n)
		} else {
			assert.Regexp(t, `^own( p[1-3])?$`, c, "the reader's provider %q never takes a library provider's colour", n)
		}
	}

	// The chart draws what the classes say: each provider's area its own
	// class, the patterned ones with their pattern.
	a := New(library.Default())
	a.Init("data=2026-12")
	a.s = s
	r, err := s.Evaluate()
	require.NoError(t, err)
	a.r = r
	specs := a.chartSpecs()
	var gw []string
	for _, sp := range specs {
		if sp.ID == "gw" {
			for _, x := range sp.Series {
				gw = append(gw, x.Class)
			}
		}
	}
	require.NotEmpty(t, gw)
	seen := map[string]bool{}
	for _, c := range gw {
		assert.False(t, seen[c], "two areas share %q", c)
		seen[c] = true
	}
}

func TestAReadersOwnDealNeverTakesALibraryProvidersColour(t *testing.T) {
	for _, vintage := range []string{"2026-11", "2026-12"} {
		cat := library.Default()
		v, ok := cat.Vintage(vintage)
		require.True(t, ok)
		s := scenario.New(cat, v, v.DefaultPreset())
		_, err := s.AddDeal()
		require.NoError(t, err)
		_, class := providerNames(s)
		mine := s.Portfolio.Deals[len(s.Portfolio.Deals)-1].Provider
		assert.Equal(t, "own", class[mine], vintage)
		for i, d := range s.Portfolio.Deals {
			if s.IsLibraryDeal(i) {
				assert.NotEqual(t, class[mine], class[d.Provider], "%s: %s", vintage, d.Provider)
			}
		}
	}
}
