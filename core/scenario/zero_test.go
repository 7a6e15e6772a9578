package scenario_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
)

// TestNegativeZeroHasTheLinkOfZero checks that a link holding -0, in a
// value or a range, reads as the scenario of the link holding 0 and is
// written as that link: one scenario, one link.
func TestNegativeZeroHasTheLinkOfZero(t *testing.T) {
	const zero = "v=1&data=2026-11&preset=aws-only&discount_rate=0&discount_rate.range=0..0.1&growth=0"
	cat := library.Default()
	want, problems := scenario.Decode(cat, zero)
	require.Empty(t, problems)
	require.Equal(t, zero, want.Link())
	wantTotals, err := want.Evaluate()
	require.NoError(t, err)
	for _, link := range []string{
		"v=1&data=2026-11&preset=aws-only&discount_rate=-0&discount_rate.range=-0..0.1&growth=-0",
		"v=1&data=2026-11&preset=aws-only&discount_rate=-0.0e3&discount_rate.range=-0k..0.1&growth=-0.000",
	} {
		s, problems := scenario.Decode(cat, link)
		require.Empty(t, problems, link)
		assert.Equal(t, zero, s.Link(), "decoding %s and writing it again", link)
		for _, key := range []string{"discount_rate", "growth"} {
			in, err := s.Input(key)
			require.NoError(t, err)
			assert.False(t, math.Signbit(s.Num(in)), "%s of %s is −0", key, link)
		}
		totals, err := s.Evaluate()
		require.NoError(t, err)
		// %v, since the results hold NaN, which is not equal to itself,
		// and prints −0 as -0.
		assert.True(t, fmt.Sprintf("%v", wantTotals) == fmt.Sprintf("%v", totals), "the totals of %s", link)
	}
}
