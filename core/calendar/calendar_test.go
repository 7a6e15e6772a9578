package calendar

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHoursFollowTheCalendar(t *testing.T) {
	cases := []struct {
		name  string
		month Month
		hours float64
	}{
		{"january has 31 days", Of(2026, 1), 31 * 24},   // 744
		{"april has 30 days", Of(2026, 4), 30 * 24},     // 720
		{"february of a common year", Of(2026, 2), 672}, // 28 × 24
		{"february of a leap year", Of(2028, 2), 696},   // 29 × 24: 2028 divides by 4
		{"february of a leap year", Of(2024, 2), 696},
		{"february of a century year that divides by 400", Of(2000, 2), 696},
		{"february of a century year that does not", Of(2100, 2), 672}, // 2100 divides by 100, not 400
		{"december", Of(2035, 12), 744},
	}
	for _, c := range cases {
		t.Run(c.name+" "+c.month.String(), func(t *testing.T) {
			assert.Equal(t, c.hours, c.month.Hours())
		})
	}
}

func TestYearsAddUpToTheirDays(t *testing.T) {
	for _, c := range []struct {
		year int
		days int
	}{{2025, 365}, {2026, 365}, {2028, 366}, {2000, 366}, {2100, 365}} {
		sum := 0
		for m := Of(c.year, 1); m <= December(c.year); m++ {
			sum += m.Days()
		}
		assert.Equal(t, c.days, sum, "%d", c.year)
		assert.Equal(t, c.days, DaysInYear(c.year), "%d", c.year)
	}
}

func TestMonthArithmeticIsIntegerArithmetic(t *testing.T) {
	// The AWS term: 84 months from 2025-11 ends in 2032-10.
	assert.Equal(t, Of(2032, 10), Of(2025, 11)+84-1)
	assert.Equal(t, Of(2026, 1), December(2025)+1)
	assert.Equal(t, 2025, Of(2025, 12).Year())
	assert.Equal(t, 12, Of(2025, 12).MonthOfYear())
	assert.Equal(t, 1, Of(2026, 1).MonthOfYear())
}

func TestParseReadsOnlyYYYYMMWithinBounds(t *testing.T) {
	good := map[string]Month{
		"2025-11": Of(2025, 11),
		"2000-01": Earliest,
		"2099-12": Latest,
	}
	for s, want := range good {
		got, err := Parse(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, got)
		assert.Equal(t, s, got.String(), "String must give back what Parse read")
	}
	for _, s := range []string{
		"", "2025", "2025-1", "2025-13", "2025-00", "1999-12", "2100-01", "25-11-01",
		"2025/11", "+025-11", "-025-11", "2025-+1", "2025--1", "２０２５-11", "2025-1\x00", "0x12-11",
	} {
		_, err := Parse(s)
		assert.ErrorIs(t, err, ErrMonth, "%q", s)
	}
}

func TestStringPadsYearsToFourDigits(t *testing.T) {
	assert.Equal(t, "0007-03", Of(7, 3).String())
	assert.Equal(t, "0000-01", Month(0).String())
	assert.Equal(t, "2026-11", Of(2026, 11).String())
}

func TestTextWritesTheMonthForReading(t *testing.T) {
	for m, want := range map[Month]string{Of(2030, 12): "Dec 2030", Of(2025, 1): "Jan 2025", Of(2026, 6): "Jun 2026"} {
		assert.Equal(t, want, m.Text())
	}
}
