package timex

import (
	"regexp"
	"testing"
	"time"
)

// Well-formed TIMEX3 values: calendar values, references, durations.
var (
	calValue = regexp.MustCompile(`^(PRESENT_REF|PAST_REF|FUTURE_REF|` +
		`(-?\d{2,4}|XXXX)(-(\d{2}|XX|W\d{2}|WXX|Q\d|H\d|SP|SU|FA|WI)(-(\d{2}|XX|\d|WE))?)?` +
		`(T(\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?|MO|MI|AF|EV|NI|DT))?)$`)
	durValue = regexp.MustCompile(`^P((\d+(\.\d+)?|X)(Y|M|W|D|Q|DE|CE|ML|WE))*(T((\d+(\.\d+)?|X)(H|M|S))+)?$`)
)

func wellFormed(x Timex) bool {
	switch {
	case x.Value == "":
		return true
	case x.Type == Duration:
		return durValue.MatchString(x.Value) && x.Value != "P" && x.Value != "PT"
	case x.Type == Set:
		return durValue.MatchString(x.Value) || calValue.MatchString(x.Value)
	}
	return calValue.MatchString(x.Value)
}

// FuzzFind checks the invariants of Find on any text: no panic; spans
// inside the text, on rune boundaries, sorted and non-overlapping; values
// well-formed TIMEX3.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"MOSCOW, Sept 16 (Reuters) - Lavrov said on Monday it may be time.",
		"Sept. 12-14, 2013 at 3:30-4:30pm GMT+02:00",
		"from 2010 to 2012, every Monday, two years ago, the 1990s, Q3 2013",
		"Café “Zürich” opened on 12 May 2010.\xff\xfe",
		"-3y +15min 1d 21 h 25m ago 06/Nov/2023:06:36:02 +0200",
		"the year-ago third quarter; a year earlier; the following month",
	} {
		f.Add(s, int64(1379289600))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var r time.Time
		if unix > -1e11 && unix < 1e11 && unix != 0 {
			r = time.Unix(unix, 0).UTC()
		}
		boundary := make([]bool, len(text)+1) // rune starts as decoding sees them
		for i := range text {
			boundary[i] = true
		}
		boundary[len(text)] = true
		prev := 0
		for _, x := range Find(text, r) {
			if x.Start < prev || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", x.Start, x.End, prev, text)
			}
			if !boundary[x.Start] || !boundary[x.End] {
				t.Fatalf("span [%d,%d) cuts a rune in %q", x.Start, x.End, text)
			}
			if !wellFormed(x) {
				t.Fatalf("ill-formed %s value %q for %q", x.Type, x.Value, text[x.Start:x.End])
			}
			prev = x.End
		}
		if _, s, e, ok := InferPublished(text, OrderAuto); ok && (s < 0 || e > len(text) || s >= e) {
			t.Fatalf("bad published span [%d,%d)", s, e)
		}
	})
}
