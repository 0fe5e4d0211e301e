package timex

// Relative expressions: weekdays, today and its kin, last/next/this,
// the weekend, references to the present, past and future, and dates a
// duration away from the reference.

import (
	"strings"
	"time"
)

// weekdayAt reads a weekday name with an abbreviation's period.
func (p *parser) weekdayAt(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind != tWord || t.lex() == nil || t.lex().wday == 0 || t.lex().plural {
		return 0, i, false
	}
	j := i + 1
	if p.punct(j, '.') && p.glued(j) && t.lex().flags&fAbbrev != 0 {
		j++
	}
	return int(t.lex().wday), j, true
}

// weekdayContext reports a word before a weekday abbreviation that makes
// it a day: "on Sun", "last Wed".
func (p *parser) weekdayContext(i int) bool {
	switch p.kw(i - 1) {
	case kwOn, kwLast, kwNext, kwThis, kwEvery, kwBy, kwUntil, kwSince, kwFrom, kwTo, kwBefore, kwAfter, kwAnd:
		return true
	}
	return false
}

// todayIsName reports a "Today" that ends a name: "USA Today", "USA
// TODAY", "the journal Neurology Today": capitalised, after a capitalised
// word of the same sentence that is neither a date's word ("On Monday
// Today") nor a small word of a title-case heading ("Why Today Matters").
func (p *parser) todayIsName(i int) bool {
	t, prev := p.tok(i), p.tok(i-1)
	if !t.cap || i == 0 || p.boundaryBefore(i) || prev.kind != tWord || !prev.cap {
		return false
	}
	if e := prev.lex(); e != nil && (e.kw != kwNone || e.wday != 0 || e.month != 0) {
		return false
	}
	return !p.isOneOf(i-1, headingWords...)
}

// headingWords are small words that title-case headings capitalise.
var headingWords = strings.Fields(`why what how who it is are and but or the for of in at as here here's`)

// namedDayModifiers open names of days: "Bloody Sunday", "Black Friday".
var namedDayModifiers = strings.Fields(`bloody black good super palm ash holy cyber maundy shrove easter whit low`)

// weekdayIsName reports a weekday that is part of a name: "Sunday Times",
// "Bloody Sunday".
func (p *parser) weekdayIsName(i, j int) bool {
	t := p.tok(i)
	if !t.cap {
		return false
	}
	nx := p.tok(j)
	if nx.kind == tWord && nx.cap && !p.boundaryBefore(j) && !p.weekdayContext(i) && (nx.lex() == nil || nx.lex().kw == kwNone && nx.lex().month == 0 && nx.lex().pod == 0 && nx.lex().flags&fTZ == 0 && nx.lex().num == 0 && nx.lex().holiday == 0) {
		return true
	}
	for _, w := range namedDayModifiers {
		if p.is(i-1, w) && p.tok(i-1).cap {
			return true
		}
	}
	return false
}

// ruleWeekday reads "Monday", "Thursday Sept. 12, 2013", "Sun, Mar. 6,
// 2016", "Friday next week", "Tuesday of last week", "Mon 15th".
func (p *parser) ruleWeekday(i int) *node {
	wd, j, ok := p.weekdayAt(i)
	if !ok {
		return nil
	}
	t := p.tok(i)
	short := t.lex().flags&fAbbrev != 0
	if p.weekdayIsName(i, j) {
		return nil
	}
	// weekday + date
	k := j
	if p.punct(k, ',') {
		k++
	}
	for _, r := range []func(*parser, int) *node{(*parser).ruleMonthFirst, (*parser).ruleDayFirst, (*parser).ruleNumeric, (*parser).ruleISO} {
		if p.tok(k).nl {
			break // a date on the next line is not this weekday's
		}
		if n := r(p, k); n != nil && (n.typ == Date && n.c.g == gDay || n.typ == Time || n.rng != nil) {
			return p.agreeWeekday(n, wd)
		}
	}
	// "Thu 15th", "Tuesday the 19th"
	kk := k
	if p.isKw(kk, kwThe) {
		kk++
	}
	if d, e, ok := p.ordinal(kk); ok && d <= 31 && p.hasRef && !p.isUnitAfter(e) && (p.tok(kk).kind == tNum || p.tok(e).kind != tWord) {
		for off := 0; off < 12; off++ {
			c := at(p.ref, gMonth).shift(off)
			if validDate(c.y, c.m, d) && isoWeekday(time.Date(c.y, time.Month(c.m), d, 0, 0, 0, 0, time.UTC)) == wd {
				return &node{end: e, typ: Date, c: cal{g: gDay, y: c.y, m: c.m, d: d}}
			}
		}
	}
	if short {
		// "sun", "sat", "wed", "mar" alone are words; accept abbreviations
		// in capitals, with a period, or next to other date words.
		if !(t.upper || p.punct(i+1, '.') || p.weekdayContext(i) || p.boundaryBefore(i) && p.boundaryBefore(j) && len(p.toks) <= 3) {
			if !(t.cap && (p.tok(j).kind == tNum || p.isKw(j, kwAt) && p.ruleClock(j+1) != nil)) {
				return nil
			}
		}
	}
	// "Friday next week", "Tuesday of last week", "Wednesday of this week"
	k = j
	if p.punct(k, ',') {
		k++
	}
	if p.isKw(k, kwOf, kwFrom) {
		k++
	}
	if p.isKw(k, kwNext, kwLast, kwThis, kwPast, kwComing, kwFollowing, kwPrevious) && p.isUnit(k+1, uWeek) {
		if !p.hasRef {
			return &node{end: k + 2, typ: Date, rel: true, relDay: true}
		}
		w := at(p.ref, gWeek).shift(p.relShift(k))
		day := w.day().AddDate(0, 0, wd-1)
		return &node{end: k + 2, typ: Date, c: fromDay(day, gDay), relDay: true}
	}
	// "Friday after next": the one after the coming one
	if p.isKw(j, kwAfter) && p.is(j+1, "next") && p.hasRef {
		fwd := (wd - isoWeekday(p.ref) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		day := p.ref.AddDate(0, 0, fwd+7)
		return &node{end: j + 2, typ: Date, c: fromDay(day, gDay), relDay: true}
	}
	// "a week from Monday" is handled by ruleAgo; here the bare weekday.
	n := &node{end: j, typ: Date, relDay: true}
	if !p.hasRef || p.indefinite(i) {
		n.val = "XXXX-WXX-" + string(rune('0'+wd))
		return n
	}
	n.c = fromDay(p.weekdayDate(wd, p.bias(i)), gDay)
	return n
}

// indefinite reports "on a" before the word at i, with at most one
// adjective between, or "one" right before it: "on a wet Thursday in
// February", "one Sunday morning" name no day in particular ("a rally
// Thursday", "a Sunday memorial service" do).
func (p *parser) indefinite(i int) bool {
	if p.is(i-1, "one") {
		return true
	}
	k := i - 1
	if t := p.tok(k); t.kind == tWord && t.lex() == nil && !t.cap {
		k--
	}
	return p.isKw(k, kwA) && p.isKw(k-1, kwOn)
}

// agreeWeekday moves a day named with its weekday but no year ("Fri, Jul
// 18") to the nearest year in which it falls on that weekday.
func (p *parser) agreeWeekday(n *node, wd int) *node {
	if n.explicitYear || n.c.noYear || n.rng != nil || n.typ != Date && n.typ != Time || n.c.g < gDay {
		return n
	}
	for _, dy := range []int{0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6} {
		y := n.c.y + dy
		if validDate(y, n.c.m, n.c.d) && isoWeekday(time.Date(y, time.Month(n.c.m), n.c.d, 0, 0, 0, 0, time.UTC)) == wd {
			n.c.y = y
			return n
		}
	}
	return n
}

// isUnit reports unit u at token i.
func (p *parser) isUnit(i int, u unit) bool {
	e := p.tok(i).lex()
	return e != nil && e.unit == u && p.tok(i).kind == tWord
}

// relShift gives -1, 0 or +1 for last/this/next and their kin.
func (p *parser) relShift(i int) int {
	switch p.kw(i) {
	case kwLast, kwPast, kwPrevious:
		return -1
	case kwNext, kwComing, kwFollowing, kwUpcoming:
		return 1
	}
	return 0
}

// sameQuarter reports two values naming one quarter.
func sameQuarter(a, b cal) bool { return a.y == b.y && a.n == b.n }

// relDayNode builds a Date for the reference day shifted by n days.
func (p *parser) relDayNode(n, end int) *node {
	if !p.hasRef {
		return &node{end: end, typ: Date, rel: true, relDay: true}
	}
	return &node{end: end, typ: Date, c: fromDay(p.ref.AddDate(0, 0, n), gDay), relDay: true}
}

// ruleRelWord reads today, tomorrow, yesterday, tonight, "the day before
// yesterday", "last night", "this morning".
func (p *parser) ruleRelWord(i int) *node {
	switch p.kw(i) {
	case kwToday:
		if p.glued(i) && p.tok(i-1).kind == tWord {
			return nil
		}
		if p.todayIsName(i) {
			return nil
		}
		return p.relDayNode(0, i+1)
	case kwTomorrow:
		return p.relDayNode(1, i+1)
	case kwYesterday:
		return p.relDayNode(-1, i+1)
	case kwTonight:
		n := p.relDayNode(0, i+1)
		n.typ = Time
		n.c.g, n.c.pod = gPOD, podNight
		// "tonight at 8", "tonight 8pm"
		k := i + 1
		if p.isKw(k, kwAt) || p.punct(k, '@') {
			k++
		}
		if c := p.ruleClock(k); c != nil {
			n.end = c.end
			n.c = withClock(n.c, adjustPOD(c.c, podEvening, c.mer))
		}
		return n
	case kwThe:
		// "the day before yesterday", "the day after tomorrow"
		if p.isUnit(i+1, uDay) && p.isKw(i+2, kwBefore) && p.isKw(i+3, kwYesterday) {
			return p.relDayNode(-2, i+4)
		}
		if p.isUnit(i+1, uDay) && p.isKw(i+2, kwAfter) && p.isKw(i+3, kwTomorrow) {
			return p.relDayNode(2, i+4)
		}
		// "early in the new year": the coming year, or the one just begun
		// when the year is young or the sentence tells of the past
		if p.is(i+1, "new") && p.is(i+2, "year") && p.hasRef {
			y := p.ref.Year()
			if p.ref.Month() >= 7 && p.bias(i) != biasPast {
				y++
			}
			return &node{end: i + 3, typ: Date, c: cal{g: gYear, y: y}}
		}
	case kwLast:
		if e := p.tok(i + 1).lex(); e != nil && e.pod == podNight && !e.plural && p.tok(i+1).kind == tWord {
			n := p.relDayNode(-1, i+2)
			n.typ = Time
			n.c.g, n.c.pod = gPOD, podNight
			return n
		}
	case kwThis:
		// not "this overnight": "we cannot fix this overnight" (an adverb after a pronoun)
		if e := p.tok(i + 1).lex(); e != nil && e.pod != 0 && p.tok(i+1).kind == tWord && !p.is(i+1, "overnight") {
			n := p.relDayNode(0, i+2)
			n.typ = Time
			n.c.g, n.c.pod = gPOD, int(e.pod)
			k := i + 2
			if p.isKw(k, kwAt) || p.punct(k, '@') {
				k++
			}
			if c := p.ruleClock(k); c != nil {
				n.end = c.end
				n.c = withClock(n.c, adjustPOD(c.c, int(e.pod), c.mer))
			}
			return n
		}
	}
	if p.is(i, "day") && p.isKw(i+1, kwBefore) && p.isKw(i+2, kwYesterday) {
		return p.relDayNode(-2, i+3)
	}
	if p.is(i, "day") && p.isKw(i+1, kwAfter) && p.isKw(i+2, kwTomorrow) {
		return p.relDayNode(2, i+3)
	}
	return nil
}

// rulePartOfDay reads a part of a day named after it, "the morning of
// Sept. 11", or standing alone on its line, a caption or a field:
// "Morning", "in the afternoon", "mid day", which is the reference's day.
func (p *parser) rulePartOfDay(i int) *node {
	j := i
	if p.isKw(j, kwThe) {
		j++
	}
	pod, e := 0, j+1
	if x := p.tok(j).lex(); x != nil && x.pod != 0 && !x.plural && p.tok(j).kind == tWord && !p.is(j, "overnight") {
		pod = int(x.pod)
	} else if p.isKw(j, kwMid) && p.isUnit(j+1, uDay) {
		pod, e = podMidday, j+2
	}
	if pod == 0 {
		return nil
	}
	if p.isKw(e, kwOf) {
		k := e + 1
		if p.isKw(k, kwThis) {
			k++ // "the morning of this Christmas Day"
		}
		d := p.dayAt(k)
		if d == nil || d.typ != Date {
			return nil
		}
		out := *d
		out.start, out.typ = i, Time
		out.c.g, out.c.pod = gPOD, pod
		return &out
	}
	// "mid-afternoon yesterday", "mid-morning Tuesday": the day follows
	if p.isKw(i-1, kwMid) || p.dash(i-1) && p.isKw(i-2, kwMid) {
		if d := p.dayAt(e); d != nil && d.typ == Date && (isDay(d) || d.rel) {
			out := *d
			out.start, out.typ = i, Time
			out.c.g, out.c.pod = gPOD, pod
			return &out
		}
	}
	// "in morning trading", "during afternoon deals": a session of the
	// day last named, or of the reference's day
	if j == i && e == i+1 && p.isKw(i-1, kwIn, kwDuring) && (p.is(e, "trading") || p.is(e, "deals") || p.is(e, "dealings")) {
		if p.hasLastDay {
			c := p.lastDay
			c.g, c.pod = gPOD, pod
			return &node{end: e, typ: Time, c: c, anaphoric: true}
		}
	} else if !p.isolatedSpan(i, e) || !p.boundaryBefore(i) {
		return nil
	}
	if !p.hasRef {
		return &node{end: e, typ: Time, rel: true}
	}
	c := at(p.ref, gDay)
	c.g, c.pod = gPOD, pod
	return &node{end: e, typ: Time, c: c}
}

// lastIsVerb reports whether "last" at token i is the verb, after "to" or
// a modal: "is expected to last four weeks", "will last two hours".
func (p *parser) lastIsVerb(i int) bool {
	return p.isKw(i-1, kwTo) || p.isOneOf(i-1, "will", "would", "could", "can", "may", "might", "should", "must")
}

// ruleRelUnit reads "last week", "next month", "this year", "past week",
// "the coming year", "last weekend", "next Monday", "last May", "this
// quarter", "next 2 weeks", "the past two months", "last night".
func (p *parser) ruleRelUnit(i int) *node {
	k := p.kw(i)
	switch k {
	case kwLast, kwNext, kwThis, kwPast, kwComing, kwPrevious, kwFollowing, kwCurrent, kwUpcoming:
	default:
		return nil
	}
	j := i + 1
	// "this past weekend", "this coming Sunday"
	shift := p.relShift(i)
	if k == kwThis && p.isKw(j, kwPast) {
		j++
		k = kwLast
		shift = -1
	} else if k == kwThis && p.isKw(j, kwComing, kwUpcoming) {
		j++
	}
	if p.isKw(j, kwFiscal) && p.is(j+1, "year") {
		j++ // "the current fiscal year"
	}
	// a title: "This Week With David Brinkley"
	if p.tok(j).cap && (p.punct(i-1, '"') || p.punct(i-1, '\u201c')) && p.glued(i) {
		return nil
	}
	// next/last N units: a duration
	// "the past five trading days"
	if _, e, ok := p.cardinal(j, false); ok && e > j && k != kwThis {
		if d := p.durationFrom(j); d != nil {
			if k == kwLast && p.lastIsVerb(i) {
				return nil // "expected to last four weeks": the duration alone
			}
			d.start = i
			return d
		}
	}
	if p.isKw(j, kwFew, kwSeveral) || p.isKw(j, kwA) && p.isKw(j+1, kwFew) {
		if d := p.durationFrom(j); d != nil {
			return d
		}
	}
	// "last weekday", "next weekday": the working day before or after
	if p.is(j, "weekday") && shift != 0 {
		if !p.hasRef {
			return &node{end: j + 1, typ: Date, rel: true, relDay: true}
		}
		d := p.ref
		for {
			d = d.AddDate(0, 0, shift)
			if isoWeekday(d) <= 5 {
				break
			}
		}
		return &node{end: j + 1, typ: Date, c: fromDay(d, gDay), relDay: true}
	}
	t := p.tok(j)
	if t.kind != tWord || t.lex() == nil {
		return nil
	}
	e := t.lex()
	switch {
	case e.wday != 0 && !e.plural:
		wd := int(e.wday)
		end := j + 1
		if p.punct(end, '.') && p.glued(end) && e.flags&fAbbrev != 0 {
			end++
		}
		if p.punct(end, ',') {
			if d := p.ruleMonthFirst(end + 1); d != nil && isDay(d) {
				return d
			}
		}
		if p.isKw(i-1, kwThe) && (k == kwPrevious || k == kwFollowing) && p.hasLastDay {
			// "the previous Friday": counted from the day last named
			last := p.lastDay.day()
			var day time.Time
			if k == kwPrevious {
				day = last.AddDate(0, 0, -((isoWeekday(last)-wd+6)%7 + 1))
			} else {
				day = last.AddDate(0, 0, (wd-isoWeekday(last)+6)%7+1)
			}
			return &node{end: end, typ: Date, c: fromDay(day, gDay), anaphoric: true}
		}
		if !p.hasRef {
			return &node{end: end, typ: Date, rel: true, relDay: true}
		}
		var day time.Time
		switch shift {
		case -1:
			back := (isoWeekday(p.ref) - wd + 7) % 7
			if back == 0 {
				back = 7
			}
			day = p.ref.AddDate(0, 0, -back)
		case 1:
			day = at(p.ref, gWeek).shift(1).day().AddDate(0, 0, wd-1)
		default:
			fwd := (wd - isoWeekday(p.ref) + 7) % 7
			day = p.ref.AddDate(0, 0, fwd)
		}
		return &node{end: end, typ: Date, c: fromDay(day, gDay), relDay: true}
	case e.month != 0 && !(p.ambiguousMonth(j) && !t.cap):
		m := e.month
		end := j + 1
		if p.punct(end, '.') && p.glued(end) && e.flags&fAbbrev != 0 {
			end++
		}
		if d, de, ok := p.dayOfMonth(end); ok && p.hasRef && !p.isUnitAfter(de) {
			// "last Oct. 23": the most recent such day before the reference
			y := p.ref.Year()
			if shift > 0 {
				if !time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(p.ref) {
					y++
				}
			} else if !time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Before(p.ref) {
				y--
			}
			if n := p.dateNode(y, int(m), d, de); n != nil {
				n.explicitYear = false
				return n
			}
		}
		if !p.hasRef {
			return &node{end: end, typ: Date, rel: true}
		}
		y, rm := p.ref.Year(), int(p.ref.Month())
		switch shift {
		case -1:
			if int(m) >= rm {
				y--
			}
		case 1:
			if int(m) <= rm {
				y++
			}
		}
		return &node{end: end, typ: Date, c: cal{g: gMonth, y: y, m: int(m)}}
	case e.unit != uNone && !e.plural:
		u := e.unit
		g := grainOf(u)
		if g == gNone || u == uNight {
			return nil
		}
		if u == uWeekend && k == kwLast && p.isKw(i-1, kwThe) {
			// "the last weekend" reads like "last weekend"
		}
		// "the following year", "the previous year": after a year named
		// in the text, counted from it
		if p.isKw(i-1, kwThe) && (k == kwFollowing || k == kwPrevious) && u == uYear && p.hasLastYear {
			return &node{end: j + 1, typ: Date, c: cal{g: gYear, y: p.lastYear + shift}, anaphoric: true}
		}
		if p.isKw(i-1, kwThe) && (k == kwFollowing || k == kwPrevious) && u == uMonth && p.hasLastMonth {
			return &node{end: j + 1, typ: Date, c: p.lastMonth.shift(shift), anaphoric: true}
		}
		if !p.hasRef {
			return &node{end: j + 1, typ: Date, rel: true, relDay: u == uDay}
		}
		if u == uDecade && k == kwPast {
			// "over the past decade": the last ten years, not the 2010s
			return &node{end: j + 1, typ: Duration, dur: dur{[]durPart{{10, uYear}}}}
		}
		if u == uFortnight {
			// "the past fortnight", "the next fortnight": two weeks
			return &node{end: j + 1, typ: Duration, dur: dur{[]durPart{{1, u}}}}
		}
		c := at(p.ref, g)
		if u == uQuarter && k == kwThis && p.hasQuarter && (sameQuarter(p.quarter, c) || sameQuarter(p.quarter, c.shift(-1))) {
			return &node{end: j + 1, typ: Date, c: p.quarter, anaphoric: true}
		}
		if u == uWeekend && shift == 0 {
			// this weekend: the coming one, or the one under way
			return &node{end: j + 1, typ: Date, c: c}
		}
		if u == uDay && (k == kwLast || k == kwPast) && !p.isKw(i-1, kwThe) {
			return nil // "last day" is rarely yesterday in news
		}
		if u == uDay && p.isKw(i-1, kwThe) {
			if k == kwLast || k == kwPast {
				return &node{end: j + 1, typ: Duration, dur: dur{[]durPart{{1, u}}}}
			}
			return nil // "the next day": anchored on the story, not on today
		}
		if g >= gHour {
			c = cal{g: g}.withInstant(p.ref)
			c.g = g
			c.mi, c.s = 0, 0
			if g == gMinute {
				c.mi = p.ref.Minute()
			}
			out := &node{end: j + 1, typ: Time, c: c.shift(shift)}
			return out
		}
		return &node{end: j + 1, typ: Date, c: c.shift(shift), relDay: u == uDay}
	case e.pod == podNight && k == kwLast:
		return p.ruleRelWord(i)
	case e.season != 0:
		return p.ruleSeason(i)
	}
	return nil
}

// ruleAgo reads "two years ago", "5 days from now", "a week later", "three
// weeks hence", "2 weeks after yesterday", "a week from Monday", "a year
// earlier".
func (p *parser) ruleAgo(i int) *node {
	d := p.durationFrom(i)
	sign := 0
	j := i
	if d == nil {
		// "+15 minutes", "-3y", "-2 hours 5 minutes"
		if (p.punct(i, '+') || p.punct(i, '-')) && p.glued(i+1) && (i == 0 || !p.glued(i) || p.tok(i-1).kind != tNum) {
			p.signed = true
			d = p.durationFrom(i + 1)
			p.signed = false
			if d == nil {
				return nil
			}
			sign = 1
			if p.punct(i, '-') {
				sign = -1
			}
			if !p.hasRef {
				return nil
			}
			j = d.end
			return p.shifted(d, sign, j)
		}
		// "years ago", "days later" without a count: vague
		t := p.tok(i)
		if t.kind == tWord && t.lex() != nil && t.lex().unit != uNone && t.lex().plural && p.isKw(i+1, kwAgo) {
			return &node{end: i + 2, typ: Date, val: "PAST_REF"}
		}
		return nil
	}
	j = d.end
	if p.isKw(j, kwOr) && p.isKw(j+1, kwSo) && p.isKw(j+2, kwAgo) {
		j += 2 // "a week or so ago"
	}
	switch {
	case p.isKw(j, kwAgo) && !p.glued(j):
		sign, j = -1, j+1
		if len(d.dur.parts) == 1 && d.dur.parts[0].unit == uYear && d.dur.parts[0].n == 1 && p.hasQuarter {
			return p.yearAgo(i, j)
		}
	case p.isKw(j, kwHence), p.is(j, "out") && (p.tok(i).kind != tWord || d.dur.parts[0].unit <= uDay) && p.tok(j+1).kind != tWord:
		sign, j = 1, j+1
	case p.isKw(j, kwFrom) && p.isKw(j+1, kwNow):
		sign, j = 1, j+2
	case p.isKw(j, kwFrom) && p.isKw(j+1, kwToday):
		sign, j = 1, j+2
	case p.isKw(j, kwLater), p.isKw(j, kwEarlier):
		sign = 1
		if p.isKw(j, kwEarlier) {
			sign = -1
		}
		j++
		// "a year earlier" in a report about quarters
		if len(d.dur.parts) == 1 && d.dur.parts[0].unit == uYear && d.dur.parts[0].n == 1 && p.hasQuarter && sign < 0 {
			return p.yearAgo(i, j)
		}
		// "two days later" counts from the story's last event, not from
		// the publication date: TimeML gives the duration; "a year
		// earlier" is a date
		if !(len(d.dur.parts) == 1 && d.dur.parts[0].unit == uYear) {
			d.end = j
			return d
		}
	case p.isKw(j, kwBefore), p.isKw(j, kwAfter), p.isKw(j, kwFrom):
		s := 1
		if p.isKw(j, kwBefore) {
			s = -1
		}
		// anchored on another date: "2 weeks after yesterday", "a week from Monday"
		if a := p.expr(j + 1); a != nil && (a.typ == Date || a.typ == Time) && (a.c.g >= gDay || a.rel) && a.rng == nil {
			if a.rel || !p.hasRef && a.c.noYear {
				return &node{end: a.end, typ: Date, rel: true}
			}
			c := a.c
			t := addUnits(c.instant(), float64(s)*d.dur.parts[0].n, d.dur.parts[0].unit)
			for _, pt := range d.dur.parts[1:] {
				t = addUnits(t, float64(s)*pt.n, pt.unit)
			}
			c = c.withInstant(t)
			return &node{end: a.end, typ: a.typ, c: c}
		}
		if p.isKw(j, kwFrom) {
			return nil
		}
		// "15 minutes before" at the end of a clause
		nx := p.tok(j + 1)
		if nx.kind == tWord || nx.kind == tNum {
			return nil
		}
		sign, j = s, j+1
	default:
		return nil
	}
	return p.shifted(d, sign, j)
}

// ruleWeekdaysAway reads a count of weekdays from the reference: "three
// Fridays from now" is the third Friday after today, "two Thursdays ago"
// the second before.
func (p *parser) ruleWeekdaysAway(i int) *node {
	n, j, ok := p.cardinal(i, false)
	if !ok || n < 1 || n > 52 || n != float64(int(n)) {
		return nil
	}
	e := p.tok(j).lex()
	if e == nil || e.wday == 0 || !e.plural || p.tok(j).kind != tWord {
		return nil
	}
	sign, end := 0, j+1
	switch {
	case p.isKw(end, kwFrom) && p.isKw(end+1, kwNow):
		sign, end = 1, end+2
	case p.isKw(end, kwHence):
		sign, end = 1, end+1
	case p.isKw(end, kwAgo):
		sign, end = -1, end+1
	default:
		return nil
	}
	if !p.hasRef {
		return &node{end: end, typ: Date, rel: true, relDay: true}
	}
	wd := int(e.wday)
	var d int
	if sign > 0 {
		d = (wd-isoWeekday(p.ref)+6)%7 + 1 // the first after today
	} else {
		d = -((isoWeekday(p.ref)-wd+6)%7 + 1) // the first before today
	}
	day := p.ref.AddDate(0, 0, d+sign*7*(int(n)-1))
	return &node{end: end, typ: Date, c: fromDay(day, gDay), relDay: true}
}

// shifted builds the date or time a duration away from the reference.
func (p *parser) shifted(d *node, sign, end int) *node {
	parts := d.dur.parts
	if len(parts) == 0 {
		return nil
	}
	finest := parts[len(parts)-1].unit
	for _, pt := range parts {
		if pt.unit < finest {
			finest = pt.unit
		}
	}
	g := grainOf(finest)
	if parts[0].n < 0 {
		// "a few years ago": vague
		if sign < 0 {
			return &node{end: end, typ: Date, val: "PAST_REF"}
		}
		return &node{end: end, typ: Date, val: "FUTURE_REF"}
	}
	typ := Date
	if g >= gHour {
		typ = Time
	}
	if !p.hasRef {
		return &node{end: end, typ: typ, rel: true}
	}
	t := p.ref
	for _, pt := range parts {
		t = addUnits(t, float64(sign)*pt.n, pt.unit)
	}
	c := at(t, g)
	if g == gHour {
		c.mi = t.Minute()
		c.g = gMinute
	}
	if g == gMinute || g == gSecond {
		c = cal{g: g}.withInstant(t)
		c.g = g
	}
	return &node{end: end, typ: typ, c: c}
}

// ruleRef reads "now", "currently", "recently", "the past", "the future",
// "soon", "current", "recent", "previously", "right now", and some day to
// come: "will one day", "if there ever came a day when".
func (p *parser) ruleRef(i int) *node {
	switch p.kw(i) {
	case kwNow:
		if p.isKw(i-1, kwFrom) || p.isKw(i+1, kwThat) && !p.tok(i).cap {
			return nil
		}
		if (p.punct(i+1, '+') || p.punct(i+1, '-')) && p.hasRef {
			if d := p.durationFrom(i + 2); d != nil {
				sign := 1.0
				if p.punct(i+1, '-') {
					sign = -1
				}
				t := p.ref
				for _, pt := range d.dur.parts {
					t = addUnits(t, sign*pt.n, pt.unit)
				}
				return &node{end: d.end, typ: Time, c: cal{g: gMinute}.withInstant(t)}
			}
		}
		return &node{end: i + 1, typ: Date, val: "PRESENT_REF"}
	case kwRight, kwJust:
		if p.isKw(i+1, kwNow) {
			return &node{end: i + 2, typ: Date, val: "PRESENT_REF"}
		}
	case kwAlready:
		return &node{end: i + 1, typ: Date, val: "PRESENT_REF"}
	case kwRecently:
		j := i + 1
		return &node{end: j, typ: Date, val: "PAST_REF"}
	case kwMore:
		if p.isKw(i+1, kwRecently) {
			return &node{end: i + 2, typ: Date, val: "PAST_REF"}
		}
	case kwSoon:
		if p.is(i-1, "as") || p.isKw(i+1, kwAfter) || p.is(i+1, "as") || p.dash(i+1) && p.glued(i+1) {
			return nil
		}
		return &node{end: i + 1, typ: Date, val: "FUTURE_REF"}
	case kwVery:
		// "very soon"
		if p.isKw(i+1, kwSoon) && !p.isKw(i+2, kwAfter) && !p.is(i+2, "as") {
			return &node{end: i + 2, typ: Date, val: "FUTURE_REF"}
		}
	case kwCurrent:
		// "current" before a noun: "the current crisis"
		nx := p.tok(i + 1)
		if nx.kind == tWord && (nx.lex() == nil || nx.lex().unit == uNone) && !p.is(i+1, "account") && !p.is(i+1, "accounts") && !nx.cap {
			return &node{end: i + 1, typ: Date, val: "PRESENT_REF"}
		}
	case kwRecent:
		nx := p.tok(i + 1)
		if nx.kind == tWord && nx.lex() != nil && nx.lex().unit != uNone && nx.lex().plural {
			if nx.lex().unit == uYear || nx.lex().unit >= uDecade {
				return &node{end: i + 2, typ: Date, val: "PAST_REF"}
			}
			u := nx.lex().unit
			if u == uQuarter {
				u = uMonth
			}
			return &node{end: i + 2, typ: Duration, dur: dur{[]durPart{{unknownCount, u}}}}
		}
	case kwThe:
		j := i + 1
		if p.is(j, "near") || p.is(j, "distant") {
			j++
		}
		if p.isKw(j, kwFuture) {
			return &node{end: j + 1, typ: Date, val: "FUTURE_REF"}
		}
		if p.isKw(j, kwPast) && j == i+1 {
			nx := p.tok(j + 1)
			if p.isKw(i-1, kwIn) && !(nx.kind == tWord && nx.lex() != nil && (nx.lex().unit != uNone || nx.lex().num != 0 || nx.lex().kw == kwFew || nx.lex().kw == kwSeveral)) || nx.kind == tPunct || nx.lex() != nil && (nx.lex().kw == kwAnd || nx.lex().kw == kwOr || nx.lex().flags&fPrep != 0 || nx.lex().kw == kwFor) || nx.kind == tWord && nx.lex() == nil && !nx.cap && p.isVerbish(j+1) {
				return &node{end: j + 1, typ: Date, val: "PAST_REF"}
			}
		}
	}
	if (p.is(i, "previously") || p.is(i, "formerly")) && p.tok(i).cap {
		return &node{end: i + 1, typ: Date, val: "PAST_REF"}
	}
	// "will one day host", "if there ever came a day when": some day to come
	if p.someDay(i) || p.occasion(i) && p.hypothetical(i) {
		return &node{end: i + 2, typ: Date, val: "FUTURE_REF"}
	}
	if p.is(i, "nowadays") || p.is(i, "presently") {
		return &node{end: i + 1, typ: Date, val: "PRESENT_REF"}
	}
	if p.isKw(i, kwFuture) && p.isKw(i-1, kwIn) {
		return &node{end: i + 1, typ: Date, val: "FUTURE_REF"}
	}
	if p.is(i, "these") && p.isUnit(i+1, uDay) && p.tok(i+1).lex().plural {
		return &node{end: i + 2, typ: Date, val: "PRESENT_REF"}
	}
	if (p.isKw(i, kwComing) || p.isKw(i, kwUpcoming)) && !p.isKw(i-1, kwThe) || p.isKw(i, kwThe) && p.isKw(i+1, kwComing, kwUpcoming) {
		j := i + 1
		if p.isKw(i, kwThe) {
			j++
		}
		if u := p.tok(j).lex(); u != nil && u.unit != uNone && u.plural && p.tok(j).kind == tWord {
			return &node{end: j + 1, typ: Date, val: "FUTURE_REF"}
		}
	}
	// "over the years", "over the decades": a vague length
	if p.isKw(i, kwThe) && p.isKw(i-1, kwOver) && (p.is(i+1, "years") || p.is(i+1, "decades")) && !p.isKw(i+2, kwOf) && p.tok(i+2).kind != tNum {
		return &node{end: i + 2, typ: Duration, dur: dur{[]durPart{{unknownCount, p.tok(i + 1).lex().unit}}}}
	}
	if p.isKw(i, kwThe) && (p.is(i+1, "near") || p.is(i+1, "short") || p.is(i+1, "long")) && p.is(i+2, "term") {
		return &node{end: i + 3, typ: Date, val: "FUTURE_REF"}
	}
	return nil
}

// someDay reports "one day" after a modal: "will one day host".
func (p *parser) someDay(i int) bool {
	return p.is(i, "one") && p.isUnit(i+1, uDay) && (p.is(i-1, "will") || p.is(i-1, "would") || p.is(i-1, "could") || p.is(i-1, "might") || p.is(i-1, "may") || p.is(i-1, "can"))
}

// occasion reports "a day when", "a time when": an occasion, not a length
// of time.
func (p *parser) occasion(i int) bool {
	u := p.tok(i + 1).lex()
	return p.isKw(i, kwA) && u != nil && u.unit != uNone && !u.plural && p.tok(i+1).kind == tWord && p.is(i+2, "when")
}

// hypothetical reports a condition or a modal a few words before token i,
// in the same sentence: "if there ever came", "there will come".
func (p *parser) hypothetical(i int) bool {
	for k := i - 1; k >= i-5 && !p.boundaryBefore(k+1); k-- {
		switch p.str(k) {
		case "if", "If", "ever", "will", "would", "could", "might", "may", "shall":
			return true
		}
	}
	return false
}

// isVerbish is a weak guess that word j starts a verb phrase ("the past
// has shown"): an -s or -ed form or an auxiliary.
func (p *parser) isVerbish(j int) bool {
	t := p.tok(j)
	if t.lex() != nil && t.lex().flags&(fPast|fPresent|fFuture) != 0 {
		return true
	}
	w := p.str(j)
	return len(w) > 3 && (w[len(w)-2:] == "ed")
}

// ruleWeekend reads "weekend" and "the weekend" without last/next/this:
// the weekend before the reference in a past-tense sentence ("talks over
// the weekend"), the next one in a future-tense one.
func (p *parser) ruleWeekend(i int) *node {
	j := i
	if p.isKw(j, kwThe) {
		j++
	}
	if !p.isUnit(j, uWeekend) || p.tok(j).lex().plural {
		return nil
	}
	if j == i && !p.isKw(i-1, kwThe) && !p.isKw(i-1, kwOver, kwDuring, kwAt, kwOn, kwBy) {
		return nil
	}
	if !p.hasRef {
		return &node{end: j + 1, typ: Date, rel: true}
	}
	wd := isoWeekday(p.ref)
	c := at(p.ref, gWeekend) // the weekend of the reference's week
	switch p.bias(i) {
	case biasPast:
		if wd < 6 {
			c = c.shift(-1)
		}
	case biasFuture, biasNext:
	default:
		if wd <= 2 {
			c = c.shift(-1)
		}
	}
	return &node{end: j + 1, typ: Date, c: c}
}
