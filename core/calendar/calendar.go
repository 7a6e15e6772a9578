// Package calendar is the model's clock: whole calendar months, their
// lengths in hours, and calendar years. A [Month] counts from January of
// year 0 (the zero Month is 0000-01), one per calendar month, so month
// arithmetic is integer arithmetic; [Of] and [Parse] make one,
// [Month.String] writes it for links ("2030-12") and [Month.Text] for
// reading ("Dec 2030").
package calendar

import (
	"errors"
	"strconv"
)

// Month is a whole calendar month, counted from January of year 0.
type Month int32

// Earliest and Latest bound the months a scenario may name. They keep
// every month four digits wide and every series a sane length.
const (
	Earliest Month = 2000 * 12
	Latest   Month = 2099*12 + 11
)

// ErrMonth is returned for text that is not a month of the form YYYY-MM
// between 2000-01 and 2099-12.
var ErrMonth = errors.New("not a month: want YYYY-MM between 2000-01 and 2099-12")

// Of returns the month of year y and month mo (1–12).
func Of(y, mo int) Month { return Month(y*12 + mo - 1) }

// Parse reads "YYYY-MM".
func Parse(s string) (Month, error) {
	if len(s) != 7 || s[4] != '-' {
		return 0, ErrMonth
	}
	y, err1 := strconv.Atoi(s[:4])
	mo, err2 := strconv.Atoi(s[5:])
	if err1 != nil || err2 != nil || s[0] == '+' || s[0] == '-' || s[5] == '+' || s[5] == '-' || mo < 1 || mo > 12 {
		return 0, ErrMonth
	}
	m := Of(y, mo)
	if m < Earliest || m > Latest {
		return 0, ErrMonth
	}
	return m, nil
}

// Year is the calendar year the month falls in.
func (m Month) Year() int { return int(m) / 12 }

// MonthOfYear is 1 for January … 12 for December.
func (m Month) MonthOfYear() int { return int(m)%12 + 1 }

// String writes the month as YYYY-MM.
func (m Month) String() string {
	y, mo := m.Year(), m.MonthOfYear()
	b := make([]byte, 0, 7)
	if y < 1000 {
		b = append(b, '0')
	}
	if y < 100 {
		b = append(b, '0')
	}
	if y < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '-', byte('0'+mo/10), byte('0'+mo%10))
	return string(b)
}

var names = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// Text writes the month for reading, "Dec 2030"; String writes it for
// links and documents, "2030-12".
func (m Month) Text() string {
	return names[m.MonthOfYear()-1] + " " + strconv.Itoa(m.Year())
}

// Days is the number of days in the month, leap years included.
func (m Month) Days() int {
	switch m.MonthOfYear() {
	case 2:
		if IsLeap(m.Year()) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Hours is 24 × Days: the hours(m) of MODEL.md §1.
func (m Month) Hours() float64 { return float64(24 * m.Days()) }

// IsLeap reports whether y is a Gregorian leap year.
func IsLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysInYear is 366 in leap years and 365 otherwise.
func DaysInYear(y int) int {
	if IsLeap(y) {
		return 366
	}
	return 365
}

// December is the last month of year y.
func December(y int) Month { return Of(y, 12) }
