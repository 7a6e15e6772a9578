package uncertainty

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
)

// cashLink is OpenAI of 2026-11 with a cash account, renewals and leases:
// cash runs out within the horizon.
const cashLink = "v=1&data=2026-11&cash=35B&cash_month=2026-01&opex_share=0.75&opex_share_late=0.25&opex_late_month=2030-01" +
	"&sustain=1&finance=lease&finance_rate=0.1&to=2030-12&growth.range=0..3"

func cashScenario(t *testing.T) *scenario.Scenario {
	t.Helper()
	s, probs := scenario.Decode(library.Default(), cashLink)
	require.Empty(t, probs)
	return s
}

// What revenue growth leaves 300 B USD still to raise: the funding need
// is flat at zero where cash never runs out, so seek works on the lowest
// balance instead; the answer, put back into the scenario, gives the
// target.
func TestSeekReachesAFundingNeed(t *testing.T) {
	s := cashScenario(t)
	sol, err := Seek(s, "growth", "portfolio.funding_need_usd", 300e9)
	require.NoError(t, err)
	require.True(t, sol.Found)
	assert.Equal(t, "portfolio.funding_need_usd", sol.Path)
	assert.InDelta(t, 300e9, sol.Output, 300e9*SeekTolerance)

	c := s.Clone()
	require.NoError(t, c.SetValue("growth", sol.Value))
	r, err := c.Evaluate()
	require.NoError(t, err)
	assert.InDelta(t, 300e9, r.Totals.FundingNeedUSD, 300e9*1e-6)

	_, err = Seek(s, "growth", "portfolio.funding_need_usd", -1)
	assert.ErrorIs(t, err, ErrTarget, "no scenario needs less than nothing")
}

// "What revenue growth keeps cash above zero until 2028?": the boundary
// value, a little above which cash lasts through 2027-12 and a little
// below which it runs out before 2028.
func TestSeekMovesTheMonthCashRunsOut(t *testing.T) {
	s := cashScenario(t)
	target := calendar.Of(2028, 1)
	sol, err := Seek(s, "growth", RunoutPath, float64(target))
	require.NoError(t, err)
	require.True(t, sol.Found)
	assert.Equal(t, RunoutPath, sol.Path)

	runout := func(g float64) (calendar.Month, bool) {
		c := s.Clone()
		require.NoError(t, c.SetValue("growth", g))
		r, err := c.Evaluate()
		require.NoError(t, err)
		return r.Totals.CashRunoutMonth, r.Totals.HasRunout
	}
	m, has := runout(sol.Value * (1 + 1e-6))
	assert.True(t, !has || m >= target, "just above the answer cash lasts through 2027-12: runs out %v", m)
	m, has = runout(sol.Value * (1 - 1e-6))
	assert.True(t, has && m < target, "just below the answer cash runs out before 2028: %v", m)

	_, err = Seek(s, "growth", RunoutPath, float64(calendar.Of(2040, 1)))
	assert.ErrorIs(t, err, ErrTarget, "a month past the horizon")
	_, err = Seek(s, "growth", RunoutPath, 2028.5)
	assert.ErrorIs(t, err, ErrTarget, "not a month")
	assert.False(t, math.IsNaN(sol.BaseOutput))
}
