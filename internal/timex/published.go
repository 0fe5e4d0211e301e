package timex

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Inference of the publication date, most reliable evidence first:
//  1. a "Published", "Updated", "Posted" or "Date" line with a full date;
//  2. a dateline ("MOSCOW, Sept 16 (Reuters) -"), its year taken from the
//     text's own absolute dates when it gives none;
//  3. a line near the top that holds nothing but a full date;
//  4. the latest full date on a short line near the top, as in a byline.

// InferPublished guesses the publication date of a news text from a dateline
// ("MOSCOW, Sept 16 (Reuters) -"), a "Published" or "Updated" line, or a
// full date alone on a line or in a byline near the top. It returns the date and the byte span of the
// text it rests on, or ok == false. order is the order of the day and the
// month in a numeric date, as for FindWith.
func InferPublished(text string, order Order) (day time.Time, start, end int, ok bool) {
	// The evidence is near the top: read the head of the text first and
	// more of it only when the head decides nothing, up to what a long
	// feature holds. Past that a paste is a collection of articles, whose
	// first ones speak for it, and reading them all would add the time of
	// a second date stage to every long text.
	const head, most = 2000, 64 << 10
	if len(text) > head+head/2 {
		if day, start, end, ok = inferFrom(text[:lineCut(text, head)], false, order); ok {
			return day, start, end, true
		}
	}
	return inferFrom(text[:lineCut(text, most)], true, order)
}

// lineCut returns where to cut text at about n bytes: the end of the line
// that n falls in, if it ends within n/2 more bytes, or else n itself, moved
// back to a rune boundary; len(text) when the text is no longer than that.
func lineCut(text string, n int) int {
	if len(text) <= n+n/2 {
		return len(text)
	}
	cut := n
	for cut < len(text) && text[cut] != '\n' && cut < n+n/2 {
		cut++
	}
	if text[cut] != '\n' {
		cut = n
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
	}
	return cut
}

// lineAround returns the bounds of the line of text that holds x.
func lineAround(text string, x Timex) (start, end int) {
	start = strings.LastIndexByte(text[:x.Start], '\n') + 1
	if end = strings.IndexByte(text[x.End:], '\n'); end < 0 {
		return start, len(text)
	}
	return start, end + x.End
}

// inferFrom infers the publication date from text; last says whether the
// latest full date on a short line near the top (a byline) may decide when nothing better is found.
func inferFrom(text string, last bool, order Order) (day time.Time, start, end int, ok bool) {
	buf, toks := borrowTokens(text)
	p := &parser{text: text, toks: toks}
	p.dayFirst = p.readsDayFirst(order)
	day, start, end, ok = p.infer(p.run(), last)
	giveTokens(buf, toks)
	return day, start, end, ok
}

// infer decides the publication date from the expressions found in the
// parser's text; see inferFrom.
func (p *parser) infer(found []Timex, last bool) (day time.Time, start, end int, ok bool) {
	text := p.text
	dates := make([]dated, 0, len(found))
	for _, x := range found {
		if t, ok := fullDay(x.Value); ok {
			dates = append(dates, dated{x, t})
		}
	}
	if d, ok := p.publishedLine(found); ok {
		return d.t, d.x.Start, d.x.End, true
	}
	if x, ok := p.dateline(found); ok {
		if t, ok := fullDay(x.Value); ok {
			return t, x.Start, x.End, true
		}
		if m, d, ok := monthDay(x.Value); ok {
			if y, ok := yearFrom(found, m, d); ok && validDate(y, m, d) {
				return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), x.Start, x.End, true
			}
		}
	}
	// a line near the top holding only a full date
	lines := 0
	for _, d := range dates {
		ls, le := lineAround(text, d.x)
		lines = strings.Count(text[:ls], "\n")
		if lines <= 6 && strings.TrimSpace(text[ls:le]) == text[d.x.Start:d.x.End] {
			return d.t, d.x.Start, d.x.End, true
		}
	}
	if !last {
		return time.Time{}, 0, 0, false
	}
	// the latest full date on a short line near the top, such as a byline
	// ("By Maria Gonzalez | June 12, 2025"). A date in the body is as often
	// one to come ("use by June 30, 2027") or long past as the day of
	// writing: on the TimeBank and AQUAINT texts, which have no dateline,
	// the latest date of the body was never the day they were written.
	var best *dated
	for i := range dates {
		ls, le := lineAround(text, dates[i].x)
		if strings.Count(text[:ls], "\n") > 6 || len(strings.TrimSpace(text[ls:le])) > 100 {
			continue
		}
		if best == nil || dates[i].t.After(best.t) {
			best = &dates[i]
		}
	}
	if best != nil {
		return best.t, best.x.Start, best.x.End, true
	}
	return time.Time{}, 0, 0, false
}

type dated struct {
	x Timex
	t time.Time
}

// fullDay parses a TIMEX3 value that names a day: 2013-09-16, 2013-09-16T15:00.
func fullDay(v string) (time.Time, bool) {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' {
		return time.Time{}, false
	}
	return ParseDay(v[:10])
}

// monthDay parses XXXX-09-16.
func monthDay(v string) (int, int, bool) {
	if len(v) < 10 || v[:5] != "XXXX-" || v[7] != '-' {
		return 0, 0, false
	}
	m, d := atoi2(v[5:7]), atoi2(v[8:10])
	return m, d, m > 0 && d > 0
}

func atoi2(s string) int {
	if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return -1
	}
	return int(s[0]-'0')*10 + int(s[1]-'0')
}

// yearFrom picks the year of a dateline's month and day from the text's
// absolute dates: the year of the latest of them, or the next year when the
// day would fall well before it ("Jan 3" after "Dec. 28, 2012").
func yearFrom(found []Timex, m, d int) (int, bool) {
	var latest time.Time
	for _, x := range found {
		v := x.Value
		if len(v) < 4 || v[0] < '0' || v[0] > '9' {
			continue
		}
		y := 0
		for k := 0; k < 4; k++ {
			if v[k] < '0' || v[k] > '9' {
				y = -1
				break
			}
			y = y*10 + int(v[k]-'0')
		}
		if y <= 0 || x.Type != Date && x.Type != Time {
			continue
		}
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		if full, ok := fullDay(v); ok {
			t = full
		}
		if t.After(latest) {
			latest = t
		}
	}
	if latest.IsZero() {
		return 0, false
	}
	y := latest.Year()
	if validDate(y, m, d) && time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Before(latest.AddDate(0, 0, -60)) {
		y++
	}
	return y, true
}

// publishedLine finds "Published: Sept. 16, 2013", "Updated 16 September
// 2013 10:02", "Posted on 2013-09-16" and returns its date.
func (p *parser) publishedLine(found []Timex) (dated, bool) {
	for _, x := range found {
		t, ok := fullDay(x.Value)
		if !ok {
			continue
		}
		ls := strings.LastIndexByte(p.text[:x.Start], '\n') + 1
		head := strings.ToLower(strings.TrimSpace(p.text[ls:x.Start]))
		head = strings.TrimRight(head, ": -|")
		for _, w := range []string{"published", "updated", "posted", "date", "last updated", "first published", "published on", "updated on", "posted on"} {
			if head == w {
				return dated{x, t}, true
			}
		}
	}
	return dated{}, false
}

// dateline finds a dateline at the start of a line: a place in capitals, a
// comma, a date, an optional agency in brackets and a dash.
func (p *parser) dateline(found []Timex) (Timex, bool) {
	for _, x := range found {
		if x.Type != Date {
			continue
		}
		// the place opens the line, a few words before the date: look back
		// no further than that, or a long line full of dates takes the
		// square of its length
		lo := max(0, x.Start-datelineReach)
		ls := strings.LastIndexByte(p.text[lo:x.Start], '\n') + 1
		if ls == 0 && lo > 0 {
			continue
		}
		place := strings.TrimSpace(p.text[lo+ls : x.Start])
		if !strings.HasSuffix(place, ",") || len(place) < 3 || len(place) > 60 {
			continue
		}
		place = strings.TrimSuffix(place, ",")
		if !capitals(place) {
			continue
		}
		rest := strings.TrimLeft(p.text[x.End:], " \t")
		if strings.HasPrefix(rest, "(") {
			k := strings.IndexByte(rest, ')')
			if k < 0 || k > 40 {
				continue
			}
			rest = strings.TrimLeft(rest[k+1:], " \t")
		}
		if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "\u2013") || strings.HasPrefix(rest, "\u2014") || strings.HasPrefix(rest, ":") {
			return x, true
		}
	}
	return Timex{}, false
}

// datelineReach is how far before its date a dateline's line may start.
const datelineReach = 200

// capitals reports a place name written in capitals: "MOSCOW", "NEW YORK",
// "WASHINGTON, D.C.", "SAN JOSE, Calif."
func capitals(s string) bool {
	letters, upper := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
			upper++
		case c >= 'a' && c <= 'z':
			letters++
		}
	}
	first := strings.IndexAny(s, ",")
	if first < 0 {
		first = len(s)
	}
	head := s[:first]
	for i := 0; i < len(head); i++ {
		if head[i] >= 'a' && head[i] <= 'z' {
			return false
		}
	}
	return letters >= 2 && upper*2 >= letters
}
