package timex

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestFormatsAgreeWithTheTimePackage holds the page's own date writers to
// what the time package's layouts write, day by day over a stretch of
// years and at the edges of the calendar.
func TestFormatsAgreeWithTheTimePackage(t *testing.T) {
	days := []time.Time{time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(999, 12, 31, 23, 59, 0, 0, time.UTC), time.Date(9999, 12, 31, 7, 5, 0, 0, time.UTC)}
	for d := time.Date(1999, 12, 1, 13, 7, 0, 0, time.UTC); d.Year() < 2002; d = d.AddDate(0, 0, 1) {
		days = append(days, d)
	}
	for _, d := range days {
		assert.Equal(t, d.Format("2006-01-02"), ISODay(d))
		assert.Equal(t, d.Format("2 January 2006"), LongDay(d))
		assert.Equal(t, d.Format("Mon 2 Jan 2006"), ShortDay(d))
		assert.Equal(t, d.Format("January 2006"), MonthOf(d))
		assert.Equal(t, d.Format("15:04"), ClockOf(d))
		got, ok := ParseDay(d.Format("2006-01-02"))
		assert.True(t, ok)
		assert.Equal(t, time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), got)
	}
}

// TestParseDayRefusesWhatTimeParseRefuses: a bad day is no day.
func TestParseDayRefusesWhatTimeParseRefuses(t *testing.T) {
	for _, s := range []string{"", "2013-02-29", "2012-02-30", "2013-13-01", "2013-00-10", "2013-01-00", "2013-1-10", "2013/01/10",
		"20130110", "2013-01-1x", "+013-01-10", "2013-01-10 ", " 2013-01-10", "2013-01-32", "abcd-ef-gh"} {
		_, err := time.Parse("2006-01-02", s)
		_, ok := ParseDay(s)
		assert.Equal(t, err == nil, ok, s)
	}
	_, ok := ParseDay("2012-02-29")
	assert.True(t, ok)
}
