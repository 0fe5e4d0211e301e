package timex

import (
	"strconv"
	"time"
)

// A grain is the precision of a calendar value.
type grain uint8

const (
	gNone grain = iota
	gMillennium
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPOD // a part of a day: 2013-09-16TMO
	gHour
	gMinute
	gSecond
)

// A cal is a calendar value at a grain: a year, a quarter, a month, an ISO
// week, a weekend, a day, a part of a day or a time of day. Fields finer
// than the grain are ignored. With noYear the year is unknown (XXXX) and
// only grains that make sense without one (month, day, quarter, season,
// time) are formatted.
type cal struct {
	g        grain
	y, m, d  int // year, month 1..12, day 1..31 (week: its Monday; weekend: its Saturday)
	n        int // quarter 1..4, half 1..2, season 0..3
	pod      int // part of day
	h, mi, s int
	noYear   bool
	noDate   bool // a time of day whose day is unknown: XXXX-XX-XXT15:00
	tz       int  // offset in minutes when hasTZ
	hasTZ    bool
	dst      bool // the zone keeps US daylight time (ET, CT, PT): tz is its standard offset
}

// day returns the value's day as a time at midnight UTC.
func (c cal) day() time.Time { return time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC) }

// fromDay sets the value's date fields from t.
func fromDay(t time.Time, g grain) cal {
	return cal{g: g, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// pad appends n with at least w digits, a minus sign before.
func pad(b []byte, n, w int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for i := len(s); i < w; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// String formats the value as TIMEX3.
func (c cal) String() string {
	var b []byte
	year := func() {
		if c.noYear {
			b = append(b, "XXXX"...)
		} else {
			b = pad(b, c.y, 4)
		}
	}
	switch c.g {
	case gMillennium:
		b = pad(b, c.y/1000, 1)
	case gCentury:
		b = pad(b, c.y/100, 2)
	case gDecade:
		b = pad(b, c.y/10, 3)
	case gYear:
		year()
	case gHalf:
		year()
		b = append(b, "-H"...)
		b = pad(b, c.n, 1)
	case gQuarter:
		year()
		b = append(b, "-Q"...)
		b = pad(b, c.n, 1)
	case gSeason:
		year()
		b = append(b, '-')
		b = append(b, seasonCodes[c.n]...)
	case gMonth:
		year()
		b = append(b, '-')
		b = pad(b, c.m, 2)
	case gWeek, gWeekend:
		if c.noYear {
			b = append(b, "XXXX-WXX"...)
		} else {
			y, w := c.day().ISOWeek()
			b = pad(b, y, 4)
			b = append(b, "-W"...)
			b = pad(b, w, 2)
		}
		if c.g == gWeekend {
			b = append(b, "-WE"...)
		}
	case gDay, gPOD, gHour, gMinute, gSecond:
		if c.noDate {
			b = append(b, "XXXX-XX-XX"...)
		} else {
			year()
			b = append(b, '-')
			b = pad(b, c.m, 2)
			b = append(b, '-')
			b = pad(b, c.d, 2)
		}
		switch c.g {
		case gPOD:
			b = append(b, 'T')
			b = append(b, podCodes[c.pod]...)
		case gHour, gMinute, gSecond:
			b = append(b, 'T')
			b = pad(b, c.h, 2)
			b = append(b, ':')
			b = pad(b, c.mi, 2)
			if c.g == gSecond {
				b = append(b, ':')
				b = pad(b, c.s, 2)
			}
			if c.hasTZ {
				tz := c.tz
				if c.dst && !c.noYear && !c.noDate && usDaylight(c.y, c.m, c.d) {
					tz += 60
				}
				b = appendZone(b, tz)
			}
		}
	default:
		return ""
	}
	return string(b)
}

// usDaylight reports a day on US daylight saving time: from the second
// Sunday of March to the first Sunday of November since 2007, from the
// first Sunday of April to the last Sunday of October before.
func usDaylight(y, m, d int) bool {
	// nth Sunday of month mo, counted from day from
	sunday := func(mo, from int) int {
		wd := int(time.Date(y, time.Month(mo), from, 0, 0, 0, 0, time.UTC).Weekday())
		return from + (7-wd)%7
	}
	start, end := [2]int{3, sunday(3, 8)}, [2]int{11, sunday(11, 1)}
	if y < 2007 {
		start, end = [2]int{4, sunday(4, 1)}, [2]int{10, sunday(10, 25)}
	}
	md := [2]int{m, d}
	after := func(a, b [2]int) bool { return a[0] > b[0] || a[0] == b[0] && a[1] >= b[1] }
	return after(md, start) && !after(md, end)
}

// appendZone writes the offset of a time written with a zone, as ISO 8601
// does: Z for UTC or GMT, +01:00 for CET, -05:00 for EST. The time itself
// stays the wall time the text gives.
func appendZone(b []byte, tz int) []byte {
	if tz == 0 {
		return append(b, 'Z')
	}
	if tz < 0 {
		b = append(b, '-')
		tz = -tz
	} else {
		b = append(b, '+')
	}
	b = pad(b, tz/60, 2)
	b = append(b, ':')
	return pad(b, tz%60, 2)
}

// shift moves the value by n of its own grain.
func (c cal) shift(n int) cal {
	if c.noYear && c.g <= gMonth {
		return c
	}
	switch c.g {
	case gMillennium:
		c.y += 1000 * n
	case gCentury:
		c.y += 100 * n
	case gDecade:
		c.y += 10 * n
	case gYear:
		c.y += n
	case gHalf:
		i := c.y*2 + c.n - 1 + n
		c.y, c.n = floorDiv(i, 2), i-2*floorDiv(i, 2)+1
	case gQuarter:
		i := c.y*4 + c.n - 1 + n
		c.y, c.n = floorDiv(i, 4), i-4*floorDiv(i, 4)+1
	case gSeason:
		c.y += n // a season's neighbour of interest is the same season a year off
	case gMonth:
		i := c.y*12 + c.m - 1 + n
		c.y, c.m = floorDiv(i, 12), i-12*floorDiv(i, 12)+1
	case gWeek, gWeekend:
		c = c.withDay(c.day().AddDate(0, 0, 7*n))
	case gDay, gPOD:
		c = c.withDay(c.day().AddDate(0, 0, n))
	case gHour, gMinute, gSecond:
		t := c.instant()
		switch c.g {
		case gHour:
			t = t.Add(time.Duration(n) * time.Hour)
		case gMinute:
			t = t.Add(time.Duration(n) * time.Minute)
		default:
			t = t.Add(time.Duration(n) * time.Second)
		}
		c = c.withInstant(t)
	}
	return c
}

func (c cal) withDay(t time.Time) cal {
	c.y, c.m, c.d = t.Year(), int(t.Month()), t.Day()
	return c
}

func (c cal) instant() time.Time {
	return time.Date(c.y, time.Month(c.m), c.d, c.h, c.mi, c.s, 0, time.UTC)
}

func (c cal) withInstant(t time.Time) cal {
	c.y, c.m, c.d = t.Year(), int(t.Month()), t.Day()
	c.h, c.mi, c.s = t.Hour(), t.Minute(), t.Second()
	return c
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// at returns the value of ref at grain g: the year, quarter, month, week
// (its Monday) or day that contains ref.
func at(ref time.Time, g grain) cal {
	c := cal{g: g, y: ref.Year(), m: int(ref.Month()), d: ref.Day(), h: ref.Hour(), mi: ref.Minute(), s: ref.Second()}
	switch g {
	case gHalf:
		c.n = (c.m-1)/6 + 1
	case gQuarter:
		c.n = (c.m-1)/3 + 1
	case gSeason:
		c.n = seasonOf(c.m)
		if c.m <= 2 {
			c.y-- // a winter is named by the year it begins in
		}
	case gWeek:
		c = c.withDay(monday(ref))
	case gWeekend:
		c = c.withDay(monday(ref).AddDate(0, 0, 5))
	}
	return c
}

// monday returns the Monday of t's ISO week.
func monday(t time.Time) time.Time {
	wd := int(t.Weekday()+6) % 7 // Monday 0
	return time.Date(t.Year(), t.Month(), t.Day()-wd, 0, 0, 0, 0, time.UTC)
}

// isoWeekday is 1 (Monday) .. 7 (Sunday).
func isoWeekday(t time.Time) int { return int(t.Weekday()+6)%7 + 1 }

// seasonOf gives the northern meteorological season index of a month.
func seasonOf(m int) int {
	switch m {
	case 3, 4, 5:
		return 0
	case 6, 7, 8:
		return 1
	case 9, 10, 11:
		return 2
	}
	return 3
}

// seasonOfYear gives the year of season s of ref's calendar year: this
// summer of 2013 is 2013-SU; this winter is the one that holds ref, or
// begins in December of its year.
func seasonOfYear(ref time.Time, s int) int {
	if s == 3 && ref.Month() <= 2 {
		return ref.Year() - 1
	}
	return ref.Year()
}

// validDate reports whether y-m-d exists.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// A dur is a TIMEX3 duration: P2D, PT5M, P1Y6M, PXY.
type dur struct {
	parts []durPart
}

type durPart struct {
	n    float64 // count; < 0 means unknown (X)
	unit unit
}

// durString formats a duration.
func (d dur) String() string {
	b := []byte{'P'}
	inTime := false
	for _, p := range d.parts {
		code := ""
		timePart := false
		n := p.n
		switch p.unit {
		case uSecond:
			code, timePart = "S", true
		case uMinute:
			code, timePart = "M", true
		case uHour:
			code, timePart = "H", true
		case uDay, uNight:
			code = "D"
		case uWeek:
			code = "W"
		case uFortnight:
			code = "W"
			if n >= 0 {
				n *= 2
			}
		case uMonth:
			code = "M"
		case uQuarter:
			code = "Q" // "the past two quarters" is P2Q, as TimeML writes it
		case uHalf:
			code = "M"
			if n >= 0 {
				n *= 6
			}
		case uYear:
			code = "Y"
		case uDecade:
			code = "DE"
			if n >= 0 {
				code, n = "Y", n*10
			}
		case uCentury:
			code = "CE"
			if n >= 0 {
				code, n = "Y", n*100
			}
		case uMillennium:
			code = "ML"
		case uWeekend:
			code = "WE"
		default:
			continue
		}
		if timePart && !inTime {
			b = append(b, 'T')
			inTime = true
		}
		if n < 0 {
			b = append(b, 'X')
		} else {
			b = strconv.AppendFloat(b, n, 'f', -1, 64)
		}
		b = append(b, code...)
	}
	if len(b) == 1 {
		return ""
	}
	return string(b)
}

// normalize turns fractions into whole smaller units where exact:
// 1.5 hours → 1 hour 30 minutes.
func (d dur) normalize() dur {
	var out []durPart
	for _, p := range d.parts {
		whole := float64(int(p.n))
		if p.n < 0 || p.n == whole {
			out = append(out, p)
			continue
		}
		frac := p.n - whole
		var sub unit
		var k float64
		switch p.unit {
		case uHour:
			sub, k = uMinute, 60
		case uMinute:
			sub, k = uSecond, 60
		case uDay:
			sub, k = uHour, 24
		case uYear:
			sub, k = uMonth, 12
		case uWeek:
			sub, k = uDay, 7
		}
		if sub == uNone || frac*k != float64(int(frac*k)) {
			out = append(out, p)
			continue
		}
		if whole > 0 {
			out = append(out, durPart{whole, p.unit})
		}
		out = append(out, durPart{frac * k, sub})
	}
	return dur{out}
}

// grainOf gives the calendar grain a unit names.
func grainOf(u unit) grain {
	switch u {
	case uSecond:
		return gSecond
	case uMinute:
		return gMinute
	case uHour:
		return gHour
	case uDay, uNight:
		return gDay
	case uWeek, uFortnight:
		return gWeek
	case uWeekend:
		return gWeekend
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uHalf:
		return gHalf
	case uYear:
		return gYear
	case uDecade:
		return gDecade
	case uCentury:
		return gCentury
	case uMillennium:
		return gMillennium
	}
	return gNone
}

// addUnits moves instant t by n units.
func addUnits(t time.Time, n float64, u unit) time.Time {
	whole := int(n)
	frac := n - float64(whole)
	switch u {
	case uSecond:
		return t.Add(time.Duration(n * float64(time.Second)))
	case uMinute:
		return t.Add(time.Duration(n * float64(time.Minute)))
	case uHour:
		return t.Add(time.Duration(n * float64(time.Hour)))
	case uDay, uNight:
		return t.AddDate(0, 0, whole).Add(time.Duration(frac * 24 * float64(time.Hour)))
	case uWeek:
		return t.AddDate(0, 0, 7*whole).Add(time.Duration(frac * 7 * 24 * float64(time.Hour)))
	case uFortnight:
		return t.AddDate(0, 0, 14*whole)
	case uMonth:
		return t.AddDate(0, whole, 0)
	case uQuarter:
		return t.AddDate(0, 3*whole, 0)
	case uHalf:
		return t.AddDate(0, 6*whole, 0)
	case uYear:
		return t.AddDate(whole, int(frac*12), 0)
	case uDecade:
		return t.AddDate(10*whole, 0, 0)
	case uCentury:
		return t.AddDate(100*whole, 0, 0)
	}
	return t
}
