package page

import (
	"cmp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/order"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// A TimelineEntry is one date of the text, placed on the calendar when its
// TIMEX3 value names a calendar period.
type TimelineEntry struct {
	Date   int    // index into Document.Dates
	Text   string // the expression as written: "on Monday"
	Value  string // its TIMEX3 value: "2013-09-16"; "" when unresolved
	Label  string // the value for a reader: "Mon 16 Sep 2013", "3 days"
	ISO    string // the value for <time datetime>: "2013-09-16", "2013-09"; "" off the calendar
	Dated  bool   // on the calendar: the value names a day, week, month, … of a known year
	Before string // the sentence holding the expression, up to it, shortened
	After  string // the rest of that sentence, shortened
	start  time.Time
	grain  grain
}

// TimelineOf lists the dates of d: first those on the calendar, in calendar
// order (earlier first; at the same start, the longer period first; then in
// text order), then the others (durations, recurrences, unresolved) in text
// order.
func TimelineOf(d *annotate.Document) []TimelineEntry {
	out := make([]TimelineEntry, 0, len(d.Dates))
	for i, t := range d.Dates {
		e := TimelineEntry{Date: i, Text: t.Of(d.Text), Value: t.Value}
		if t.Type == timex.Date || t.Type == timex.Time {
			e.start, e.grain, e.ISO, e.Dated = parseValue(t.Value)
		}
		if e.Dated {
			e.Label = calendarLabel(e.start, e.grain, t.Value)
		} else {
			e.ISO = ""
			e.Label = otherLabel(t)
		}
		e.Before, e.After = sentenceAround(d, t.Span)
		out = append(out, e)
	}
	// sorted by index, not by entry: an entry in an interface (as
	// sort.SliceStable and the generic sorts take it) would keep time.Time's
	// formatting code in the page's WebAssembly
	byDate := order.Stable(len(out), func(i, j int) int {
		a, b := &out[i], &out[j]
		switch {
		case a.Dated != b.Dated:
			if a.Dated {
				return -1
			}
			return 1
		case !a.Dated:
			return 0
		}
		return cmp.Or(a.start.Compare(b.start), cmp.Compare(b.grain, a.grain))
	})
	sorted := make([]TimelineEntry, len(out))
	for k, i := range byDate {
		sorted[k] = out[i]
	}
	return sorted
}

// A grain is how long a calendar value lasts; larger is longer.
type grain uint8

const (
	grainTime grain = iota
	grainPartOfDay
	grainDay
	grainWeekend
	grainWeek
	grainMonth
	grainSeason
	grainQuarter
	grainHalf
	grainYear
)

// parseValue reads the calendar TIMEX3 values: YYYY, YYYY-MM, YYYY-MM-DD,
// YYYY-MM-DDTHH:MM, YYYY-MM-DDTMO (a part of the day), YYYY-Www, YYYY-Www-WE,
// YYYY-Qn, YYYY-Hn and YYYY-SP|SU|FA|WI. It returns the period's start, its
// grain and the value for <time datetime>.
func parseValue(v string) (start time.Time, g grain, iso string, ok bool) {
	year, ok := digits(v, 0, 4)
	if !ok {
		return
	}
	rest := v[4:]
	day := func(m, dd int) time.Time { return time.Date(year, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	switch {
	case rest == "":
		return day(1, 1), grainYear, v, true
	case len(rest) < 3 || rest[0] != '-':
		return time.Time{}, 0, "", false
	}
	rest = rest[1:]
	if m, ok := digits(rest, 0, 2); ok && m >= 1 && m <= 12 {
		if len(rest) == 2 {
			return day(m, 1), grainMonth, v, true
		}
		dd, ok := digits(rest, 3, 2)
		if !ok || rest[2] != '-' || dd < 1 || dd > daysIn(year, m) {
			return time.Time{}, 0, "", false
		}
		t := day(m, dd)
		switch tail := rest[5:]; {
		case tail == "":
			return t, grainDay, v, true
		case len(tail) == 3 && tail[0] == 'T' && partOfDay(tail[1:]) != "":
			return t, grainPartOfDay, v[:10], true
		case len(tail) >= 6 && tail[0] == 'T' && tail[3] == ':':
			h, ok1 := digits(tail, 1, 2)
			mi, ok2 := digits(tail, 4, 2)
			if ok1 && ok2 && h < 24 && mi < 60 {
				return t.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute), grainTime, v[:16], true
			}
		}
		return time.Time{}, 0, "", false
	}
	switch {
	case rest[0] == 'W':
		w, ok := digits(rest, 1, 2)
		if !ok || w < 1 || w > 53 {
			return time.Time{}, 0, "", false
		}
		monday := isoWeekMonday(year, w)
		switch rest[3:] {
		case "":
			return monday, grainWeek, v, true
		case "-WE":
			return monday.AddDate(0, 0, 5), grainWeekend, v[:8], true
		}
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		return day(1+3*int(rest[1]-'1'), 1), grainQuarter, v[:4], true
	case len(rest) == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'):
		return day(1+6*int(rest[1]-'1'), 1), grainHalf, v[:4], true
	case len(rest) == 2:
		if m := seasonStart(rest); m > 0 {
			return day(m, 1), grainSeason, v[:4], true
		}
	}
	return time.Time{}, 0, "", false
}

// digits reads n decimal digits of s at i.
func digits(s string, i, n int) (int, bool) {
	if i < 0 || i+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// isoWeekMonday is the Monday of ISO week w of year.
func isoWeekMonday(year, w int) time.Time {
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := (int(jan4.Weekday()) + 6) % 7 // Monday = 0
	return jan4.AddDate(0, 0, -wd+7*(w-1))
}

func seasonStart(code string) int {
	switch code {
	case "SP":
		return 3
	case "SU":
		return 6
	case "FA", "AU":
		return 9
	case "WI":
		return 12
	}
	return 0
}

func partOfDay(code string) string {
	switch code {
	case "MO":
		return "morning"
	case "MI":
		return "midday"
	case "AF":
		return "afternoon"
	case "EV":
		return "evening"
	case "NI":
		return "night"
	case "DT":
		return "daytime"
	}
	return ""
}

var seasonNames = map[string]string{"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}

// calendarLabel writes a calendar value for a reader: "Mon 16 Sep 2013".
func calendarLabel(t time.Time, g grain, v string) string {
	year := strconv.Itoa(t.Year())
	switch g {
	case grainYear:
		return year
	case grainHalf:
		return v[5:] + " " + year
	case grainQuarter:
		return v[5:] + " " + year
	case grainSeason:
		return seasonNames[v[5:7]] + " " + year
	case grainMonth:
		return timex.MonthOf(t)
	case grainWeek:
		return "Week of " + timex.ShortDay(t)
	case grainWeekend:
		return "Weekend of " + timex.ShortDay(t) // a Saturday
	case grainPartOfDay:
		return timex.ShortDay(t) + ", " + partOfDay(v[11:13])
	case grainTime:
		return timex.ShortDay(t) + ", " + timex.ClockOf(t)
	}
	return timex.ShortDay(t)
}

// otherLabel describes a value that is not on the calendar.
func otherLabel(t annotate.Date) string {
	v := t.Value
	switch {
	case v == "":
		return "not resolved"
	case v == "PRESENT_REF":
		return "now"
	case v == "PAST_REF":
		return "the past"
	case v == "FUTURE_REF":
		return "the future"
	case t.Type == timex.Duration:
		if s := durationLabel(v); s != "" {
			return s
		}
	case t.Type == timex.Set:
		if s := everyLabel(v); s != "" {
			return s
		}
		return "recurring: " + v
	}
	if s := partialDateLabel(v); s != "" {
		return s
	}
	return v
}

var weekdayNames = [...]string{1: "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// everyLabel reads a recurring value: P1D → "every day", P2W → "every 2
// weeks", XXXX-WXX-1 → "every Monday", XXXX-WXX-5TEV → "every Friday
// evening", XXXX-XX-XXTNI → "every night", XXXX-03 → "every March",
// XXXX-SU → "every summer". It returns "" for other values.
func everyLabel(v string) string {
	if s := durationLabel(v); s != "" {
		return "every " + strings.TrimPrefix(s, "1 ")
	}
	rest, ok := strings.CutPrefix(v, "XXXX-")
	if !ok {
		return ""
	}
	day, pod, _ := strings.Cut(rest, "T")
	when := ""
	switch {
	case day == "XX-XX" && pod != "":
	case weekdayName(day) != "":
		when = weekdayName(day)
	case seasonNames[day] != "":
		when = strings.ToLower(seasonNames[day])
	case monthName(day) != "":
		when = monthName(day)
	default:
		return ""
	}
	if pod != "" {
		if partOfDay(pod) == "" {
			return ""
		}
		when = strings.TrimSpace(when + " " + partOfDay(pod))
	}
	return "every " + when
}

// partialDateLabel reads a date that lacks its year or week, as a text
// without a date to count from leaves it: XXXX-09-16 → "16 September, year
// unknown", XXXX-01 → "January, year unknown", XXXX-SP → "spring, year
// unknown", XXXX-WXX-2 → "a Tuesday, week unknown", XXXX-WXX-4T06:00 → "a
// Thursday at 06:00, week unknown", XXXX-WXX-5TEV → "a Friday evening, week
// unknown", XXXX-XX-XXT15:30 → "15:30, day unknown". It returns "" for
// other values.
func partialDateLabel(v string) string {
	rest, ok := strings.CutPrefix(v, "XXXX-")
	if !ok {
		return ""
	}
	day, clock, timed := strings.Cut(rest, "T")
	at := ""
	if timed {
		switch {
		case partOfDay(clock) != "":
			at = " " + partOfDay(clock)
		case len(clock) >= 5 && clock[2] == ':':
			h, ok1 := digits(clock, 0, 2)
			mi, ok2 := digits(clock, 3, 2)
			if !ok1 || !ok2 || h > 24 || mi > 59 {
				return ""
			}
			at = " at " + clock // the zone, when written, stays: "at 18:30-05:00"
		default:
			return ""
		}
	}
	switch {
	case day == "XX-XX" && timed:
		return strings.TrimSpace(strings.TrimPrefix(at, " at ")) + ", day unknown"
	case weekdayName(day) != "":
		return "a " + weekdayName(day) + at + ", week unknown"
	case len(day) == 5 && day[2] == '-' && monthName(day[:2]) != "":
		m, _ := digits(day, 0, 2)
		d, ok := digits(day, 3, 2)
		if !ok || d < 1 || d > daysIn(2000, m) { // 2000: 29 February may be
			return ""
		}
		return strconv.Itoa(d) + " " + monthName(day[:2]) + at + ", year unknown"
	case !timed && monthName(day) != "":
		return monthName(day) + ", year unknown"
	case !timed && seasonNames[day] != "":
		return strings.ToLower(seasonNames[day]) + ", year unknown"
	}
	return ""
}

// weekdayName reads a week day of a TIMEX value: WXX-2 → "Tuesday", or "".
func weekdayName(s string) string {
	if len(s) != len("WXX-2") || !strings.HasPrefix(s, "WXX-") || s[4] < '1' || s[4] > '7' {
		return ""
	}
	return weekdayNames[s[4]-'0']
}

// monthName reads a month of a TIMEX value: 03 → "March", or "".
func monthName(s string) string {
	m, ok := digits(s, 0, 2)
	if len(s) != 2 || !ok || m < 1 || m > 12 {
		return ""
	}
	return time.Month(m).String()
}

// durationLabel reads an ISO 8601 duration: P3D → "3 days", PT2H30M →
// "2 hours 30 minutes", PXY → "some years". It returns "" for other values.
func durationLabel(v string) string {
	if len(v) < 3 || v[0] != 'P' {
		return ""
	}
	units := map[byte][2]string{'Y': {"year", "years"}, 'W': {"week", "weeks"}, 'D': {"day", "days"}, 'H': {"hour", "hours"}, 'S': {"second", "seconds"}}
	var parts []string
	inTime := false
	num := ""
	for i := 1; i < len(v); i++ {
		c := v[i]
		switch {
		case c == 'T':
			inTime = true
		case c >= '0' && c <= '9' || c == '.' || c == 'X':
			num += string(c)
		default:
			u, ok := units[c]
			if c == 'M' {
				u, ok = [2]string{"month", "months"}, true
				if inTime {
					u = [2]string{"minute", "minutes"}
				}
			}
			if !ok || num == "" {
				return ""
			}
			switch {
			case num == "X" || strings.Contains(num, "X"):
				parts = append(parts, "some "+u[1])
			case num == "1":
				parts = append(parts, "1 "+u[0])
			default:
				parts = append(parts, num+" "+u[1])
			}
			num = ""
		}
	}
	if num != "" || len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, " ")
}

// sentenceMax is how much of a date's sentence the timeline shows, in bytes
// on each side of the expression.
const sentenceMax = 110

// sentenceAround returns the text of the sentence holding span before and
// after it, each on one line and shortened to about sentenceMax bytes.
func sentenceAround(d *annotate.Document, span annotate.Span) (before, after string) {
	from, to := span.Start, span.End
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > span.Start })
	if i < len(d.Sentences) && d.Sentences[i].Start <= span.Start {
		from, to = d.Sentences[i].Start, max(d.Sentences[i].End, span.End)
	} else if j := sort.Search(len(d.Paragraphs), func(j int) bool { return d.Paragraphs[j].End > span.Start }); j < len(d.Paragraphs) && d.Paragraphs[j].Start <= span.Start {
		from, to = d.Paragraphs[j].Start, max(d.Paragraphs[j].End, span.End)
	}
	before = d.Text[from:span.Start]
	if len(before) > sentenceMax {
		before = before[len(before)-sentenceMax:]
		if i := strings.IndexByte(before, ' '); i >= 0 && i < sentenceMax/2 {
			before = before[i+1:] // a whole word first
		}
		before = "…" + trimToRune(before, true)
	}
	after = d.Text[span.End:to]
	if len(after) > sentenceMax {
		after = after[:sentenceMax]
		if i := strings.LastIndexByte(after, ' '); i > sentenceMax/2 {
			after = after[:i] // a whole word last
		}
		after = trimToRune(after, false) + "…"
	}
	return oneLine(before), oneLine(after)
}

// trimToRune drops the partial rune at the start (or end) of s.
func trimToRune(s string, atStart bool) string {
	if atStart {
		for len(s) > 0 && !utf8.RuneStart(s[0]) {
			s = s[1:]
		}
		return s
	}
	for len(s) > 0 && !utf8.FullRuneInString(s[lastRuneStart(s):]) {
		s = s[:lastRuneStart(s)]
	}
	return s
}

func lastRuneStart(s string) int {
	i := len(s) - 1
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return max(i, 0)
}

// oneLine turns every run of white space into one space.
func oneLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
