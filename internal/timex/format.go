package timex

import (
	"strconv"
	"time"
)

// Dates written and read without the time package's layouts, whose parser
// and formatter add some 10 KB to the page's download for the few fixed
// forms the annotator writes.

// ParseDay reads a day written YYYY-MM-DD, as time.Parse("2006-01-02")
// does: a valid date, at midnight UTC.
func ParseDay(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, ok1 := digits(s[:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:])
	if !ok1 || !ok2 || !ok3 || !validDate(y, m, d) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

// digits reads a run of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// ISODay writes t's day as YYYY-MM-DD, as t.Format("2006-01-02") does.
func ISODay(t time.Time) string {
	b := make([]byte, 0, 10)
	b = pad(b, t.Year(), 4)
	b = append(b, '-')
	b = pad(b, int(t.Month()), 2)
	b = append(b, '-')
	b = pad(b, t.Day(), 2)
	return string(b)
}

// LongDay writes t's day as "2 January 2006".
func LongDay(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + t.Month().String() + " " + year(t)
}

// ShortDay writes t's day as "Mon 2 Jan 2006".
func ShortDay(t time.Time) string {
	return t.Weekday().String()[:3] + " " + strconv.Itoa(t.Day()) + " " + t.Month().String()[:3] + " " + year(t)
}

// MonthOf writes t's month as "January 2006".
func MonthOf(t time.Time) string { return t.Month().String() + " " + year(t) }

// ClockOf writes t's time of day as "15:04".
func ClockOf(t time.Time) string {
	b := pad(nil, t.Hour(), 2)
	b = append(b, ':')
	return string(pad(b, t.Minute(), 2))
}

// year writes t's year as the layout "2006" does: at least four digits.
func year(t time.Time) string { return string(pad(nil, t.Year(), 4)) }
