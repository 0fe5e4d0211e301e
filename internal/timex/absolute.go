package timex

// Absolute dates: numeric and written dates, years, decades, quarters,
// seasons, and weeks or days counted within a month.

import (
	"strings"
	"time"
)

// dateNode builds a Date node at day grain, checking the date exists.
func (p *parser) dateNode(y, m, d int, end int) *node {
	if !validDate(y, m, d) {
		return nil
	}
	return &node{end: end, typ: Date, c: cal{g: gDay, y: y, m: m, d: d}, explicitYear: true}
}

// yearlessDay builds a Date for a month and day named without a year.
func (p *parser) yearlessDay(m, d int, at, end int) *node {
	if !validDate(2000, m, d) { // 2000 is a leap year: Feb 29 passes here
		return nil
	}
	n := &node{end: end, typ: Date, c: cal{g: gDay, m: m, d: d}}
	if !p.hasRef {
		n.c.noYear = true
		return n
	}
	// "July 1 next year"; "March 3 of last year" is two expressions, the
	// day taking the year named after it
	k, e := end, end+2
	if p.isKw(k, kwOf) && p.isKw(k+1, kwLast, kwNext, kwThis) {
		k++
		e = end
	}
	if p.isKw(k, kwLast, kwNext, kwThis) && p.is(k+1, "year") && !p.tok(k).nl {
		n.c.y, n.end = p.ref.Year()+p.relShift(k), e
		if !validDate(n.c.y, m, d) {
			return nil
		}
		return n
	}
	n.c.y = p.dayYear(m, d, p.bias(at))
	if !validDate(n.c.y, m, d) || m == 2 && d == 29 && !validDate(p.ref.Year(), 2, 29) {
		return nil
	}
	return n
}

// ruleISO reads 2013-09-12, 2013/09/12, 2013.09.12, 2014 12 28, with an
// optional time: 2013-09-12T15:00:00Z, 2014-04-18 13:00; and 2014-10 as a
// month.
func (p *parser) ruleISO(i int) *node {
	t := p.tok(i)
	if t.kind != tNum || t.nd != 4 {
		return nil
	}
	if n := p.spacedISO(i); n != nil {
		return n
	}
	sep := p.tok(i + 1)
	if sep.kind != tPunct || (sep.ch != '-' && sep.ch != '/' && sep.ch != '.') || !p.glued(i+1) || !p.glued(i+2) {
		return nil
	}
	m := p.tok(i + 2)
	if m.kind == tWord && m.lex() != nil && m.lex().month != 0 {
		return nil // handled by ruleYearFirst
	}
	if m.kind != tNum || m.nd > 2 {
		return nil
	}
	if p.punct(i+3, sep.ch) && p.glued(i+3) && p.tok(i+4).kind == tNum && p.tok(i+4).nd <= 2 && p.glued(i+4) {
		if p.glued(i+5) && p.tok(i+5).kind == tNum {
			return nil
		}
		n := p.dateNode(t.num, m.num, p.tok(i+4).num, i+5)
		if n == nil {
			return nil
		}
		// a time: "T15:00", " 13:00"
		k := i + 5
		if p.is(k, "t") && p.glued(k) || p.tok(k).kind == tNum && p.tok(k).start-p.tok(k-1).end <= 1 {
			if p.is(k, "t") && p.glued(k) {
				k++
			}
			if c := p.ruleClock(k); c != nil && p.tok(k).kind == tNum && p.punct(k+1, ':') {
				n.end = c.end
				n.typ = Time
				n.c = withClock(n.c, c.c)
			}
		}
		return n
	}
	// year-month
	if sep.ch != '.' && m.num >= 1 && m.num <= 12 && m.nd == 2 && !(p.glued(i+3) && (p.tok(i+3).kind == tNum || p.dash(i+3) || p.punct(i+3, '/'))) {
		return &node{end: i + 3, typ: Date, c: cal{g: gMonth, y: t.num, m: m.num}}
	}
	return nil
}

// spacedISO reads a year, month and day apart by single spaces, all in
// digits, the month and day in two: "2014 12 28". A fourth number next to
// them, or one before, makes a row of figures, not a date.
func (p *parser) spacedISO(i int) *node {
	y, m, d := p.tok(i), p.tok(i+1), p.tok(i+2)
	if m.kind != tNum || d.kind != tNum || m.nd != 2 || d.nd != 2 || m.start != y.end+1 || d.start != m.end+1 || p.text[y.end] != ' ' || p.text[m.end] != ' ' {
		return nil
	}
	if p.tok(i-1).kind == tNum || p.tok(i+3).kind == tNum || p.glued(i+3) && !p.punct(i+3, '.') && !p.punct(i+3, ',') && !p.punct(i+3, ';') && !p.punct(i+3, ')') {
		return nil
	}
	if y.num < 1000 || y.num > 2999 || m.num < 1 || m.num > 12 {
		return nil
	}
	return p.dateNode(y.num, m.num, d.num, i+3)
}

// ruleNumeric reads 9/12/2013 (US order; day first when the first number
// cannot be a month), 9/12/13, 9-12-2013, 9.12.2013, 9/12 and 9/2012.
func (p *parser) ruleNumeric(i int) *node {
	a := p.tok(i)
	if a.kind != tNum || a.nd > 2 {
		return nil
	}
	if i > 0 && p.glued(i) && (p.tok(i-1).kind == tNum || p.punct(i-1, '/') && !(i == 1 || !p.glued(i-1)) || p.punct(i-1, '.') || p.punct(i-1, '-') && p.tok(i-2).kind == tNum) {
		return nil
	}
	sep := p.tok(i + 1)
	if sep.kind != tPunct || !p.glued(i+1) || !p.glued(i+2) {
		return nil
	}
	if sep.ch != '/' && sep.ch != '-' && sep.ch != '.' {
		return nil
	}
	b := p.tok(i + 2)
	if b.kind != tNum {
		return nil
	}
	// month/year: 9/2012, 04/2016
	if b.nd == 4 && sep.ch == '/' && a.num >= 1 && a.num <= 12 && !(p.glued(i+3) && (p.punct(i+3, '/') || p.tok(i+3).kind == tNum)) {
		return &node{end: i + 3, typ: Date, c: cal{g: gMonth, y: b.num, m: a.num}}
	}
	if b.nd > 2 {
		return nil
	}
	mo, dd := a.num, b.num
	if mo > 12 && dd <= 12 || p.dayFirst && dd <= 12 {
		mo, dd = dd, mo
	}
	if p.punct(i+3, sep.ch) && p.glued(i+3) && p.tok(i+4).kind == tNum && p.glued(i+4) {
		c := p.tok(i + 4)
		if c.nd != 4 && c.nd != 2 || p.glued(i+5) && (p.tok(i+5).kind == tNum || p.punct(i+5, sep.ch) || p.punct(i+5, '.') && p.tok(i+6).kind == tNum && p.glued(i+6) && !p.punct(i+7, ':')) {
			return nil
		}
		if sep.ch == '.' && c.nd != 4 {
			return nil // "1.1.30" is a version
		}
		y := c.num
		if c.nd == 2 {
			y = century(y)
		}
		n := p.dateNode(y, mo, dd, i+5)
		if n == nil {
			return nil
		}
		// a time glued or spaced after: "05/31/2024 14:15", "06/Nov/2023:06:36:02"
		k := i + 5
		if (p.punct(k, ':') || p.punct(k, '.') || p.dash(k)) && p.glued(k) && p.tok(k+1).kind == tNum && p.punct(k+2, ':') {
			k++
		}
		if p.punct(k, ',') {
			k++
		}
		if p.tok(k).kind == tNum && p.punct(k+1, ':') {
			if cl := p.ruleClock(k); cl != nil {
				n.end, n.typ, n.c = cl.end, Time, withClock(n.c, cl.c)
			}
		}
		return n
	}
	// month/day or day/month without a year: only with a slash, and not a
	// fraction or score
	if sep.ch != '/' || p.glued(i+3) && (p.tok(i+3).kind == tNum || p.punct(i+3, '/') || p.tok(i+3).kind == tWord) {
		return nil
	}
	if e := p.tok(i + 3).lex(); e != nil && (e.unit != uNone || e.flags&fShortUnit != 0) {
		return nil // "1/2 hour"
	}
	// day first only when the day cannot be a month: "14/4" is 14 April;
	// "24/7" is round the clock
	if !validDate(2000, mo, dd) || a.num == 24 && b.num == 7 {
		return nil
	}
	// a fraction after a whole number: "4 5/8", "12 3/4%"
	if p.tok(i-1).kind == tNum || p.punct(i+3, '%') || a.num < b.num && (b.num == 8 || b.num == 16 || b.num == 32) && !p.isKw(i+3, kwAt) {
		return nil
	}
	return p.yearlessDay(mo, dd, i, i+3)
}

// writesDayFirst reports a text whose numeric dates give the day first:
// one at least is valid only so ("25/12/2018", "31.01.2020") and none only
// month first ("12/25/2018").
func (p *parser) writesDayFirst() bool {
	dayOnly := false
	for i := 0; i+4 < len(p.toks); i++ {
		a, sep, b, sep2, y := &p.toks[i], &p.toks[i+1], &p.toks[i+2], &p.toks[i+3], &p.toks[i+4]
		if a.kind != tNum || a.nd > 2 || sep.kind != tPunct || b.kind != tNum || b.nd > 2 || sep2.kind != tPunct || sep2.ch != sep.ch || y.kind != tNum || y.nd != 4 && y.nd != 2 {
			continue
		}
		if sep.ch != '/' && sep.ch != '.' && sep.ch != '-' || !p.glued(i+1) || !p.glued(i+2) || !p.glued(i+3) || !p.glued(i+4) {
			continue
		}
		switch {
		case a.num > 12 && a.num <= 31 && b.num >= 1 && b.num <= 12:
			dayOnly = true
		case a.num >= 1 && a.num <= 12 && b.num > 12 && b.num <= 31:
			return false
		}
	}
	return dayOnly
}

// monthAt reads a month name at i, with the period of an abbreviation.
func (p *parser) monthAt(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind != tWord || t.lex() == nil || t.lex().month == 0 {
		return 0, i, false
	}
	j := i + 1
	if p.punct(j, '.') && p.glued(j) && (t.lex().flags&fAbbrev != 0) {
		j++
	}
	return int(t.lex().month), j, true
}

// ambiguousMonth reports month words that are also common words.
func (p *parser) ambiguousMonth(i int) bool {
	return p.is(i, "may") || p.is(i, "march") || p.is(i, "mar") || p.is(i, "jan") || p.is(i, "jun")
}

// monthContext reports a word before a bare month that makes it a date:
// "in May", "since March", "last April", "early June".
func (p *parser) monthContext(i int) bool {
	switch p.kw(i - 1) {
	case kwIn, kwSince, kwBy, kwUntil, kwFrom, kwDuring, kwThrough, kwOf, kwLast, kwNext, kwThis, kwEarly, kwMid, kwLate,
		kwTo, kwBefore, kwAfter, kwBetween, kwPast, kwComing, kwOn, kwAnd, kwOr, kwEnd, kwBeginning, kwUpcoming:
		return true
	}
	if p.isKw(i-1, kwLeast) && p.isKw(i-2, kwAt) && p.tok(i).cap {
		return true // "until at least May"
	}
	return p.dash(i-1) && p.glued(i) && p.isKw(i-2, kwMid)
}

// ruleMonthFirst reads "Sept. 12, 2013", "Sept 16", "September 2012",
// "May", "August 10 2555 BE", "Jan 1 3000, 9:30", "February the 15th",
// "May eighth - tenth, 2010".
func (p *parser) ruleMonthFirst(i int) *node {
	m, j, ok := p.monthAt(i)
	if !ok {
		return nil
	}
	t := p.tok(i)
	amb := p.ambiguousMonth(i)
	if pv := p.tok(i - 1); pv.kind == tNum && pv.nd <= 2 && !p.punct(i-2, ',') && (pv.num > 31 && pv.num < 40 || pv.num <= 31 && !validDate(2000, int(t.lex().month), pv.num) || pv.num == 29 && t.lex().month == 2) && p.tok(i-2).kind != tNum {
		return nil // "32 August", "29 February 2014"
	}
	alone := p.boundaryBefore(i) && (j >= len(p.toks) || p.tok(j).nl)
	if amb && !t.cap && !p.monthContext(i) && !alone {
		// lower-case "may", "march": only before a day or a year
		if _, _, ok := p.dayOfMonth(j); !ok {
			if _, _, ok := p.year(j, false); !ok {
				return nil
			}
		}
	}
	// a name: "Theresa May"
	if i > 0 && p.tok(i-1).kind == tWord && p.tok(i-1).cap && p.tok(i-1).lex() == nil && !p.boundaryBefore(i) && amb {
		return nil
	}
	k := j
	if (p.dash(k) || p.punct(k, '/')) && p.glued(k) && p.glued(k+1) {
		k++ // "August-10-2012", "Sep-2012"
	}
	// month year: "September 2012", "Sept, 2012", "Aug 96"
	{
		kk := k
		if p.punct(kk, ',') {
			kk++
		}
		if y, e, ok := p.year(kk, false); ok && !p.punct(e, ':') {
			return &node{end: e, typ: Date, c: cal{g: gMonth, y: y, m: m}, explicitYear: true}
		}
		if y, e, ok := p.year(kk, true); ok && kk == k && p.tok(kk).nd == 2 && p.tok(kk).num > 40 {
			return &node{end: e, typ: Date, c: cal{g: gMonth, y: y, m: m}, explicitYear: true}
		}
		if p.isKw(k, kwOf) {
			if y, e, ok := p.year(k+1, false); ok {
				return &node{end: e, typ: Date, c: cal{g: gMonth, y: y, m: m}, explicitYear: true}
			}
		}
	}
	// month day
	kk := k
	if p.isKw(kk, kwThe) {
		kk++
	}
	if p.punct(kk, ',') {
		if _, _, ok := p.ordinal(kk + 1); ok && p.tok(kk+1).kind == tNum {
			kk++ // "March, 6th 2016"
		}
	}
	if d, e, ok := p.dayOfMonth(kk); ok && !(p.glued(e) && p.tok(e).kind == tNum) && !(p.punct(e, ':') && p.tok(e+1).kind == tNum && p.glued(e+1)) && !(p.tok(kk).kind == tNum && p.isUnitAfter(e)) {
		if p.punct(e, '%') || p.punct(e, '.') && p.glued(e) && p.tok(e+1).kind == tNum {
			return nil
		}
		if amb && !t.cap && p.tok(kk).kind == tNum && !p.monthContext(i) && i > 0 && !p.boundaryBefore(i) {
			// "may 5" inside a sentence is still a verb more often than not
			if !p.isKw(i-1, kwOn) {
				return nil
			}
		}
		// a day range: "Sept. 12-14", "August 10 - 22, 2012", "July 13 to 15"
		if r := p.dayRangeAfter(m, d, i, e); r != nil {
			if r.invalid {
				return nil
			}
			return r
		}
		// year: ", 2013", " 2013", ", 96"
		y2 := e
		if p.punct(y2, ',') {
			y2++
		}
		if p.dash(y2) && p.glued(y2) || p.punct(y2, '/') && p.glued(y2) {
			y2++
		}
		if y, ye, ok := p.year(y2, false); ok {
			return p.dateNode(y, m, d, ye)
		}
		if y, ye, ok := p.year(y2, true); ok && (p.tok(ye).kind != tWord || p.tok(ye).lex() != nil) && !p.punct(ye, ':') && !p.isUnitAfter(ye) {
			return p.dateNode(y, m, d, ye)
		}
		return p.yearlessDay(m, d, i, e)
	}
	// a bare month
	if p.tok(j).kind == tNum && !p.punct(j-1, ',') {
		return nil // "August 32", "February 151998"
	}
	// "June after next": the one after the coming June
	if (t.cap || !amb) && p.isKw(j, kwAfter) && p.is(j+1, "next") && p.hasRef {
		y := p.ref.Year()
		if m <= int(p.ref.Month()) {
			y++
		}
		return &node{end: j + 2, typ: Date, c: cal{g: gMonth, y: y + 1, m: m}}
	}
	if t.lex().flags&fAbbrev != 0 || amb {
		if !p.monthContext(i) && !alone && !(amb && t.cap && (p.isKw(j, kwLast, kwNext, kwThis) || p.is(j, "next"))) {
			return nil
		}
		if amb && !t.cap {
			return nil
		}
	}
	if !t.cap && !p.monthContext(i) && p.tok(i).end-p.tok(i).start < 5 {
		return nil
	}
	// "May last year", "March next year"; "October of next year" is two
	// expressions, the month taking the year named after it
	end := k + 2
	if p.isKw(k, kwOf) && p.isKw(k+1, kwLast, kwNext, kwThis) && p.is(k+2, "year") {
		end = k
		k++
	}
	if p.isKw(k, kwLast, kwNext, kwThis) && p.is(k+1, "year") {
		if !p.hasRef {
			return &node{end: end, typ: Date, c: cal{g: gMonth, m: m}, rel: true}
		}
		y := p.ref.Year()
		if p.isKw(k, kwLast) {
			y--
		} else if p.isKw(k, kwNext) {
			y++
		}
		return &node{end: end, typ: Date, c: cal{g: gMonth, y: y, m: m}}
	}
	n := &node{end: j, typ: Date, c: cal{g: gMonth, m: m}}
	if !p.hasRef {
		n.c.noYear = true
		return n
	}
	n.c.y = p.monthYear(m, p.monthBias(i))
	return n
}

// isUnitAfter reports a unit word at j: "Sept 3 hours" is not a date.
func (p *parser) isUnitAfter(j int) bool {
	e := p.tok(j).lex()
	return e != nil && (e.unit != uNone && e.unit != uWeekend) && p.tok(j).kind == tWord && !p.is(j, "mon") && !p.is(j, "second")
}

// dayRangeAfter reads the end of a day range after "month day":
// "-14", "to 15", "- 22, 2012", "- Nov 12, 2013".
func (p *parser) dayRangeAfter(m, d, at, e int) *node {
	k := e
	if !(p.dash(k) || p.isKw(k, kwTo, kwThrough, kwUntil)) {
		return nil
	}
	k++
	// "Aug 10 - Nov 12, 2013": let the generic range handle it, but give the year to both
	if m2, j2, ok := p.monthAt(k); ok {
		if d2, e2, ok := p.dayOfMonth(j2); ok {
			y2 := e2
			if p.punct(y2, ',') {
				y2++
			}
			if y, ye, ok := p.year(y2, false); ok {
				first := p.dateNode(y, m, d, e)
				second := p.dateNode(y, m2, d2, ye)
				if first == nil || second == nil {
					return nil
				}
				second.start = k
				first.rng = second
				first.end = ye
				return first
			}
		}
		return nil
	}
	d2, e2, ok := p.dayOfMonth(k)
	if !ok || d2 <= d || p.glued(e2) && p.tok(e2).kind == tNum || p.punct(e2, ':') || p.isUnitAfter(e2) {
		return nil
	}
	{
		y2 := e2
		if p.punct(y2, ',') {
			y2++
		}
		if y, _, ok := p.year(y2, false); ok && !validDate(y, m, d2) {
			return &node{end: e2, typ: Date, invalid: true}
		}
	}
	if e3 := p.tok(e2).lex(); e3 != nil && e3.month != 0 {
		return nil
	}
	y2 := e2
	if p.punct(y2, ',') {
		y2++
	}
	var first, second *node
	if y, ye, ok := p.year(y2, false); ok {
		first, second = p.dateNode(y, m, d, e), p.dateNode(y, m, d2, ye)
	} else {
		first, second = p.yearlessDay(m, d, at, e), p.yearlessDay(m, d2, at, e2)
		if first != nil && second != nil && !first.c.noYear {
			second.c.y = first.c.y
		}
	}
	if first == nil || second == nil || !validDate(second.c.y, m, d2) && !second.c.noYear {
		return &node{end: e2, typ: Date, invalid: true}
	}
	second.start = k
	first.rng = second
	first.end = second.end
	return first
}

// ruleDayFirst reads "12 September 2013", "10 August", "31st March, 2016",
// "the 15th of February", "15SEP", "10-August-2012", "09/JAN/2017".
func (p *parser) ruleDayFirst(i int) *node {
	k := i
	if p.isKw(k, kwThe) {
		k++
	}
	d, j, ok := p.dayOfMonth(k)
	if !ok {
		return nil
	}
	sep := false
	if p.isKw(j, kwOf) {
		j++
	} else if (p.dash(j) || p.punct(j, '/')) && p.glued(j) && p.glued(j+1) {
		j++
		sep = true
	}
	if p.isKw(j, kwThe) && !sep {
		return nil
	}
	m, e, ok := p.monthAt(j)
	if !ok {
		return nil
	}
	if p.ambiguousMonth(j) && !p.tok(j).cap && !p.glued(j) && !p.isKw(j-1, kwOf) {
		return nil
	}
	y2 := e
	if p.punct(y2, ',') {
		y2++
	}
	if (p.dash(y2) || p.punct(y2, '/')) && p.glued(y2) {
		y2++
	}
	if y, ye, ok := p.year(y2, false); ok {
		n := p.dateNode(y, m, d, ye)
		// "06/Nov/2023:06:36:02"
		if n != nil && p.punct(ye, ':') && p.glued(ye) && p.tok(ye+1).kind == tNum && p.glued(ye+1) {
			if c := p.ruleClock(ye + 1); c != nil {
				n.end, n.typ, n.c = c.end, Time, withClock(n.c, c.c)
				n.end, n.c = p.zone(n.end, n.c)
			}
		}
		return n
	}
	if y, ye, ok := p.year(y2, true); ok && !p.punct(ye, ':') && !p.isUnitAfter(ye) && (sep || p.tok(y2).num > 31) {
		return p.dateNode(y, m, d, ye)
	}
	return p.yearlessDay(m, d, i, e)
}

// ruleYearFirst reads "2024 Aug", "2018 March 18", "2012/Aug/10", "2024-August".
func (p *parser) ruleYearFirst(i int) *node {
	t := p.tok(i)
	if t.kind != tNum || t.nd != 4 {
		return nil
	}
	y, j, ok := p.year(i, false)
	if !ok {
		return nil
	}
	if p.tok(j).nl {
		return nil // "WWDC 2005" ends a title line
	}
	if (p.dash(j) || p.punct(j, '/')) && p.glued(j) && p.glued(j+1) {
		j++
	}
	m, e, ok := p.monthAt(j)
	if !ok || p.ambiguousMonth(j) && !p.tok(j).cap {
		return nil
	}
	k := e
	if (p.dash(k) || p.punct(k, '/')) && p.glued(k) {
		k++
	}
	if d, de, ok := p.dayOfMonth(k); ok && !(p.tok(de).kind == tNum) {
		return p.dateNode(y, m, d, de)
	}
	if j == i+1 && !p.glued(j) && !p.tok(j).cap && !p.tok(j).upper {
		return nil
	}
	return &node{end: e, typ: Date, c: cal{g: gMonth, y: y, m: m}}
}

// yearContext reports a word before a bare year that makes it a year:
// "in 2012", "since 1990", "fiscal 2012".
func (p *parser) yearContext(i int) bool {
	switch p.kw(i - 1) {
	case kwIn, kwSince, kwBy, kwUntil, kwFrom, kwDuring, kwThrough, kwOf, kwBefore, kwAfter,
		kwBetween, kwEarly, kwMid, kwLate, kwFiscal, kwAnd, kwOr, kwEnd, kwBeginning, kwOn, kwFor, kwOver, kwWithin:
		return true
	case kwThe:
		return true
	}
	if p.dash(i-1) && p.glued(i) && p.isKw(i-2, kwMid, kwEnd) {
		return true
	}
	if p.punct(i-1, '(') && p.punct(i+1, ')') {
		return true
	}
	if p.is(i-1, "year") || p.is(i-1, "fy") {
		return true
	}
	// a season or a month before: "summer 2013" is read by their rules
	return false
}

// ruleYear reads a year: "2012" after "in", "since", "fiscal"; "fiscal
// 2012", "FY2012", "2014 AD", "'96", "nineteen ninety-six".
func (p *parser) ruleYear(i int) *node {
	if p.isKw(i, kwFiscal) {
		j := i + 1
		if p.is(j, "year") {
			j++
		}
		if y, e, ok := p.year(j, false); ok {
			return &node{end: e, typ: Date, c: cal{g: gYear, y: y}, explicitYear: true}
		}
		if p.punct(j, '\'') || p.punct(j, '\u2019') {
			if y, e, ok := p.year(j, false); ok {
				return &node{end: e, typ: Date, c: cal{g: gYear, y: y}, explicitYear: true}
			}
		}
		return nil
	}
	if p.is(i, "fy") {
		j := i + 1
		if y, e, ok := p.year(j, true); ok {
			return &node{end: e, typ: Date, c: cal{g: gYear, y: y}, explicitYear: true}
		}
		return nil
	}
	y, e, ok := p.year(i, false)
	if !ok {
		return nil
	}
	if p.punct(i-1, ',') && p.tok(i-2).kind == tNum && p.tok(i-2).nd <= 2 && p.tok(i-3).lex() != nil && p.tok(i-3).lex().month != 0 {
		return nil // the year of an impossible date: "February 29, 2014"
	}
	if e := p.tok(i - 1).lex(); e != nil && e.month != 0 && p.tok(i-2).kind == tNum && p.tok(i-2).nd <= 2 {
		return nil // "32 August 2014"
	}
	t := p.tok(i)
	explicitEra := e > i+1 && t.kind == tNum && !(p.tok(e-1).kind == tNum)
	if t.kind == tNum && !explicitEra && !p.yearContext(i) {
		// A bare number: news writes counts of a thousand and more with a
		// comma ("2,000 people"), so 1900..2099 without one reads as a year
		// when words stand around it; anything else needs a cue.
		if y < 1900 || y > 2099 || p.lonely(i) || p.countBefore(i) {
			if !(p.punct(e, '\'') && p.is(e+1, "s")) {
				return nil
			}
		}
	}
	if p.glued(e) && (p.tok(e).kind == tWord && !p.is(e, "s") || p.punct(e, '%')) {
		return nil
	}
	if p.is(e, "s") && p.glued(e) {
		return nil // "1990s": ruleDecade
	}
	// a stock index named by a number: "the Russell 2000 Index"
	if t.kind == tNum && p.is(e, "index") && p.tok(i-1).kind == tWord && p.tok(i-1).cap && p.tok(i-1).lex() == nil {
		return nil
	}
	// not a count: "2000 people", "1990 points"
	if t.kind == tNum && p.countNoun(e) && !p.isKw(i-1, kwIn, kwSince, kwFiscal) {
		return nil
	}
	return &node{end: e, typ: Date, c: cal{g: gYear, y: y}, explicitYear: true}
}

// ruleDecade reads "the 1990s", "1990s", "the '90s", "the nineties", "the
// 20th century", "the nineteenth century".
func (p *parser) ruleDecade(i int) *node {
	t := p.tok(i)
	switch {
	case t.kind == tNum && (t.nd == 4 && t.num%10 == 0 || t.nd == 2 && t.num%10 == 0 && (p.punct(i-1, '\'') || p.punct(i-1, '\u2019') || p.twoDigitDecade(i))):
		j := i + 1
		if (p.punct(j, '\'') || p.punct(j, '\u2019')) && p.glued(j) {
			j++
		}
		if p.is(j, "s") && p.glued(j) {
			y := t.num
			if t.nd == 2 {
				y = century(y)
			}
			if y%100 == 0 && t.nd == 4 {
				return &node{end: j + 1, typ: Date, c: cal{g: gDecade, y: y}}
			}
			return &node{end: j + 1, typ: Date, c: cal{g: gDecade, y: y}}
		}
	case t.kind == tPunct && (t.ch == '\'' || t.ch == '\u2019'):
		if p.tok(i+1).kind == tNum && p.glued(i+1) {
			if n := p.ruleDecade(i + 1); n != nil {
				return n
			}
		}
	}
	if t.kind == tWord {
		for k, name := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
			if p.is(i, name) && (p.isKw(i-1, kwThe) || p.isKw(i-1, kwEarly, kwLate, kwMid)) {
				return &node{end: i + 1, typ: Date, c: cal{g: gDecade, y: 1920 + 10*k}}
			}
		}
	}
	// centuries: "the 20th century", "the nineteenth century"
	if o, j, ok := p.ordinal(i); ok && o >= 1 && o <= 30 && p.isUnit(j, uCentury) {
		return &node{end: j + 1, typ: Date, c: cal{g: gCentury, y: (o - 1) * 100}}
	}
	return nil
}

// twoDigitDecade reports "70s" after "the", "early" or another decade:
// "the 60s and 70s"; not temperatures ("highs in the 70s").
func (p *parser) twoDigitDecade(i int) bool {
	if !p.is(i+1, "s") || !p.glued(i+1) {
		return false
	}
	if !(p.isKw(i-1, kwThe, kwEarly, kwLate, kwMid) || p.isKw(i-1, kwAnd, kwOr, kwTo) && p.is(i-2, "s") && p.tok(i-3).kind == tNum) {
		return false
	}
	for k := i - 5; k <= i+3; k++ {
		if p.is(k, "degrees") || p.is(k, "temperatures") || p.is(k, "temperature") || p.is(k, "highs") || p.is(k, "lows") || p.is(k, "mph") {
			return false
		}
	}
	return true
}

// ruleQuarter reads "the third quarter", "third-quarter", "Q3", "3Q",
// "2018Q4", "the 4th qtr of 2018", "the first half of 2013", "H1", and
// "the quarter", "the latest quarter", "the year-ago quarter".
func (p *parser) ruleQuarter(i int) *node {
	t := p.tok(i)
	q, j, u := 0, i, uNone
	// Q3, Q3 2013, 2013 Q3, 3Q13, 18q4
	switch {
	case p.is(i, "q") && p.tok(i+1).kind == tNum && p.glued(i+1) && p.tok(i+1).num >= 1 && p.tok(i+1).num <= 4 && p.tok(i+1).nd == 1:
		q, j, u = p.tok(i+1).num, i+2, uQuarter
	case p.is(i, "h") && p.tok(i+1).kind == tNum && p.glued(i+1) && p.tok(i+1).num >= 1 && p.tok(i+1).num <= 2 && p.tok(i+1).nd == 1 && t.upper:
		q, j, u = p.tok(i+1).num, i+2, uHalf
	case t.kind == tNum && t.nd == 1 && t.num >= 1 && t.num <= 4 && p.is(i+1, "q") && p.glued(i+1):
		q, j, u = t.num, i+2, uQuarter
		if p.tok(j).kind == tNum && p.glued(j) && p.tok(j).nd == 2 {
			return p.quarterNode(century(p.tok(j).num), q, u, j+1)
		}
	case t.kind == tNum && (t.nd == 4 || t.nd == 2) && p.is(i+1, "q") && p.glued(i+1) && p.tok(i+2).kind == tNum && p.glued(i+2) && p.tok(i+2).nd == 1:
		y := t.num
		if t.nd == 2 {
			y = century(y)
		}
		q = p.tok(i + 2).num
		if q < 1 || q > 4 {
			return nil
		}
		return p.quarterNode(y, q, uQuarter, i+3)
	}
	if q == 0 {
		// a year before: "1988 second quarter", "this year's third quarter", "the 1989 period"
		if y, yk, ok := p.quarterYearPrefix(i); ok {
			if o, k, ok := p.ordinal(yk); ok && o >= 1 && o <= 4 {
				if p.dash(k) && p.glued(k) {
					k++
				}
				if p.is(k, "fiscal") {
					k++
				}
				if p.isUnit(k, uQuarter) && !p.tok(k).lex().plural {
					return p.quarterNode(y, o, uQuarter, k+1)
				}
				if p.isKw(k, kwHalfWord) && o <= 2 {
					return p.quarterNode(y, o, uHalf, k+1)
				}
			}
			if p.isUnit(yk, uQuarter) && !p.tok(yk).lex().plural || p.isKw(yk, kwPeriod) {
				if p.hasQuarter {
					return &node{end: yk + 1, typ: Date, c: cal{g: gQuarter, y: y, n: p.quarter.n}, anaphoric: true}
				}
				if p.isKw(yk, kwPeriod) {
					return &node{end: yk + 1, typ: Date, c: cal{g: gYear, y: y}}
				}
			}
		}
		o, k, ok := p.ordinal(i)
		if !ok {
			if p.isKw(i, kwLast) || p.is(i, "final") {
				o, k, ok = -1, i+1, true
			} else {
				// "the quarter", "the latest quarter", "the year-ago quarter"
				return p.ruleThisQuarter(i)
			}
		}
		if p.dash(k) && p.glued(k) {
			k++
		}
		if p.is(k, "fiscal") {
			k++
		}
		switch {
		case p.isUnit(k, uQuarter) && !p.tok(k).lex().plural:
			if o == -1 {
				o = 4
			}
			if o < 1 || o > 4 {
				return nil
			}
			q, j, u = o, k+1, uQuarter
		case p.isKw(k, kwHalfWord):
			if o == -1 {
				o = 2
			}
			if o < 1 || o > 2 {
				return nil
			}
			q, j, u = o, k+1, uHalf
		default:
			return nil
		}
	}
	// the year: "of 2018", "2018", "of this year", "of fiscal 1989"
	k := j
	if p.isKw(k, kwOf) {
		k++
	}
	if p.isKw(k, kwFiscal) {
		k++
	}
	if y, e, ok := p.year(k, false); ok {
		n := p.quarterNode(y, q, u, e)
		n.explicitYear = true
		return n
	}
	if p.isKw(k, kwThis, kwLast, kwNext) && p.is(k+1, "year") && p.hasRef && k > j {
		return p.quarterNode(p.ref.Year()+p.relShift(k), q, u, k+2)
	}
	if u == uHalf && p.isKw(j, kwOf) && p.isKw(j+1, kwThe) && p.is(j+2, "year") && p.hasRef {
		return p.quarterNode(p.ref.Year(), q, u, j+3) // "the first half of the year"
	}
	if u == uHalf && !(p.hasQuarter && (p.isKw(i, kwThe) || p.isKw(i-1, kwThe)) && p.hasRef && !p.isKw(j, kwOf)) {
		// "the second half" alone is a match, not a date; in a report
		// that has named a quarter, it is the half of that quarter's year
		return nil
	}
	if !p.hasRef {
		return &node{end: j, typ: Date, c: cal{g: gQuarter, n: q, noYear: true}}
	}
	qb := biasNone
	if p.isolated(i) {
		qb = biasFuture
	}
	y := p.quarterYear(q, qb)
	if u == uHalf {
		y = p.quarter.y
	}
	return p.quarterNode(y, q, u, j)
}

func (p *parser) quarterNode(y, q int, u unit, end int) *node {
	g := gQuarter
	if u == uHalf {
		g = gHalf
	}
	return &node{end: end, typ: Date, c: cal{g: g, y: y, n: q}}
}

// ruleThisQuarter reads quarters named by reference: "the quarter", "the
// latest quarter", "the year-ago quarter", "year-earlier".
func (p *parser) ruleThisQuarter(i int) *node {
	if e := p.tok(i).lex(); e == nil || e.flags&fQuarterRef == 0 {
		return nil
	}
	if n := p.samePeriod(i); n != nil {
		return n
	}
	j := i
	yearAgo := false
	switch {
	case p.is(j, "latest") || p.is(j, "recent") || p.isKw(j, kwCurrent) || p.is(j, "same") || p.is(j, "comparable"):
		j++
		if p.is(j, "year") && p.dash(j+1) && (p.is(j+2, "ago") || p.is(j+2, "earlier")) {
			yearAgo = true
			j += 3
		}
	case p.is(j, "year") && p.dash(j+1) && (p.is(j+2, "ago") || p.is(j+2, "earlier")):
		yearAgo = true
		j += 3
	}
	if yearAgo {
		// "the year-ago third quarter"
		if o, k, ok := p.ordinal(j); ok && o >= 1 && o <= 4 && p.isUnit(k, uQuarter) && !p.tok(k).lex().plural {
			if !p.hasRef {
				return &node{end: k + 1, typ: Date, rel: true}
			}
			y := p.quarterYear(o, biasNone)
			return &node{end: k + 1, typ: Date, c: cal{g: gQuarter, y: y - 1, n: o}, anaphoric: true}
		}
	}
	if !p.isUnit(j, uQuarter) && !(p.isKw(j, kwPeriod) && (j > i)) {
		if yearAgo {
			// "year-earlier" alone
			return p.yearAgo(i, j)
		}
		return nil
	}
	if j == i && !p.isKw(i-1, kwThe) {
		return nil
	}
	if p.isUnit(j, uQuarter) && p.tok(j).lex().plural {
		return nil
	}
	if yearAgo {
		return p.yearAgo(i, j+1)
	}
	if !p.hasRef {
		return &node{end: j + 1, typ: Date, rel: true}
	}
	last := at(p.ref, gQuarter).shift(-1) // the last quarter reported on
	if p.isKw(j+1, kwA) && p.is(j+2, "year") && p.isKw(j+3, kwAgo, kwEarlier) && p.hasQuarter && !yearAgo {
		// "the quarter a year ago"
		return &node{end: j + 4, typ: Date, c: p.quarter.shift(-4), anaphoric: true}
	}
	switch {
	case p.isKw(i, kwCurrent) || p.isKw(i+1, kwCurrent):
		// "the current quarter": the one under way
		return &node{end: j + 1, typ: Date, c: at(p.ref, gQuarter), anaphoric: true}
	case p.hasQuarter && (p.is(j-1, "latest") || p.is(j-1, "recent")) && p.quarter.y*4+p.quarter.n > last.y*4+last.n:
		// "the latest quarter" is done: not a quarter named as an outlook
		return &node{end: j + 1, typ: Date, c: last, anaphoric: true}
	case p.hasQuarter:
		return &node{end: j + 1, typ: Date, c: p.quarter, anaphoric: true}
	}
	return &node{end: j + 1, typ: Date, c: last, anaphoric: true}
}

// samePeriod reads "the same period last year", "the corresponding
// quarter a year earlier", "the same month a year before": the quarter or
// month last named, a year back. Without the year it is that quarter or
// month itself.
func (p *parser) samePeriod(i int) *node {
	if !p.is(i, "same") && !p.is(i, "comparable") && !p.is(i, "corresponding") {
		return nil
	}
	j := i + 1
	var base cal
	switch {
	case p.isUnit(j, uMonth) && !p.tok(j).lex().plural && p.hasLastMonth:
		base = p.lastMonth
	case p.isKw(j, kwPeriod) && p.periodHalf:
		base = p.half
	case p.isKw(j, kwPeriod) && p.periodMonth && p.hasLastMonth:
		base = p.lastMonth
	case (p.isKw(j, kwPeriod) || p.isUnit(j, uQuarter) && !p.tok(j).lex().plural) && p.hasQuarter:
		base = p.quarter
	default:
		return nil
	}
	e := j + 1
	k := e
	if p.isKw(k, kwOf) {
		k++
		if p.isKw(k, kwThe) {
			k++
		}
	}
	back := false
	switch {
	case p.isKw(k, kwLast, kwPrevious) && p.is(k+1, "year"):
		back, e = true, k+2
	case p.isKw(k, kwThe) && p.isKw(k+1, kwPrevious) && p.is(k+2, "year"):
		back, e = true, k+3
	case p.isKw(k, kwA) && p.is(k+1, "year") && p.isKw(k+2, kwAgo, kwEarlier, kwBefore):
		back, e = true, k+3
	}
	if back {
		switch base.g {
		case gMonth:
			base = base.shift(-12)
		case gHalf:
			base = base.shift(-2)
		default:
			base = base.shift(-4)
		}
	}
	return &node{end: e, typ: Date, c: base, anaphoric: true}
}

// yearAgo resolves "year-earlier", "a year ago" in a report about quarters:
// the same quarter a year before ("year-earlier profit" too), else the
// year before.
func (p *parser) yearAgo(i, end int) *node {
	if !p.hasRef {
		return &node{end: end, typ: Date, rel: true}
	}
	adj := p.tok(end).kind == tWord && !p.isUnit(end, uQuarter) && !p.isKw(end, kwPeriod) && p.is(end-1, "ago") || p.is(end-1, "earlier") && p.tok(end).kind == tWord
	if p.hasQuarter && p.periodMonths {
		// "for the nine months, ... a year earlier": the year before the quarter's
		return &node{end: end, typ: Date, c: cal{g: gYear, y: p.quarter.y - 1}, anaphoric: true, adj: adj}
	}
	if p.hasQuarter {
		return &node{end: end, typ: Date, c: p.quarter.shift(-4), anaphoric: true, adj: adj}
	}
	return &node{end: end, typ: Date, c: at(p.ref, gYear).shift(-1), anaphoric: true, adj: adj}
}

// seasonBefore reports whether token i is a word before "the fall" that
// makes it a season: "in the fall", "by the fall", "until the fall".
func (p *parser) seasonBefore(i int) bool {
	return p.isOneOf(i, "in", "during", "by", "until", "till", "since", "through", "throughout", "over", "before", "after", "from", "into", "for")
}

// ruleSeason reads "summer", "this summer", "last fall", "summer 2013",
// "the winter of 1994".
func (p *parser) ruleSeason(i int) *node {
	j := i
	shift, rel := 0, false
	if p.isKw(j, kwThis, kwLast, kwNext, kwPast, kwComing, kwCurrent) {
		shift, rel = p.relShift(j), true
		j++
	}
	e := p.tok(j).lex()
	if e == nil || e.season == 0 || p.tok(j).kind != tWord {
		return nil
	}
	s := int(e.season) - 1
	k := j + 1
	if p.isKw(k, kwOf) {
		k++
	}
	if y, ye, ok := p.year(k, false); ok {
		return &node{end: ye, typ: Date, c: cal{g: gSeason, y: y, n: s}}
	}
	if !rel && !p.monthContext(j) && !p.isKw(j-1, kwThe) {
		return nil
	}
	if p.is(j, "fall") && !rel {
		if p.isKw(j-1, kwThe) {
			if !p.seasonBefore(j - 2) {
				return nil // "the fall was partly down to …", "the fall in prices"; but "in the fall"
			}
		} else if !p.isKw(j-1, kwIn, kwLast, kwThis, kwNext, kwEarly, kwLate) {
			return nil
		}
	}
	if !p.hasRef {
		return &node{end: j + 1, typ: Date, c: cal{g: gSeason, n: s, noYear: true}, rel: rel}
	}
	var y int
	if rel {
		cur := at(p.ref, gSeason)
		switch shift {
		case -1: // the latest such season before the current one
			y = cur.y
			if s >= cur.n {
				y--
			}
		case 1: // the first after it
			y = cur.y
			if s <= cur.n {
				y++
			}
		default:
			y = seasonOfYear(p.ref, s)
		}
	} else {
		y = p.seasonYear(s, p.bias(i))
	}
	return &node{end: j + 1, typ: Date, c: cal{g: gSeason, y: y, n: s}}
}

// ruleDayRange reads day ranges that start with a bare day: "10 - 22
// August 2012", "13th to 15th July", "from the 13th to the 15th of July",
// "Eighth to eleventh May 2010".
func (p *parser) ruleDayRange(i int) *node {
	k := i
	if p.isKw(k, kwThe) {
		k++
	}
	d1, e1, ok := p.dayOfMonth(k)
	if !ok {
		return nil
	}
	if !(p.dash(e1) || p.isKw(e1, kwTo, kwThrough, kwUntil)) {
		return nil
	}
	j := e1 + 1
	if p.isKw(j, kwThe) {
		j++
	}
	d2, e2, ok := p.dayOfMonth(j)
	if !ok || d2 <= d1 {
		return nil
	}
	mk := e2
	if p.isKw(mk, kwOf) {
		mk++
	}
	m, me, ok := p.monthAt(mk)
	if !ok {
		return nil
	}
	y2 := me
	if p.punct(y2, ',') {
		y2++
	}
	var first, second *node
	if y, ye, ok := p.year(y2, false); ok {
		first, second = p.dateNode(y, m, d1, e1), p.dateNode(y, m, d2, ye)
	} else {
		first, second = p.yearlessDay(m, d1, i, e1), p.yearlessDay(m, d2, i, me)
		if first != nil && second != nil && !first.c.noYear {
			second.c.y = first.c.y
		}
	}
	if first == nil || second == nil {
		return nil
	}
	second.start = e1 + 1
	first.rng = second
	first.end = second.end
	return first
}

// quarterYearPrefix reads the year before a quarter: "1988", "this
// year's", "last year's", "next year's".
func (p *parser) quarterYearPrefix(i int) (int, int, bool) {
	if t := p.tok(i); t.kind == tNum && t.nd == 4 {
		if y, e, ok := p.year(i, false); ok {
			return y, e, true
		}
	}
	if p.isKw(i, kwThis, kwLast, kwNext) && p.is(i+1, "year") && (p.punct(i+2, '\'') || p.punct(i+2, '\u2019')) && p.is(i+3, "s") && p.hasRef {
		return p.ref.Year() + p.relShift(i), i + 4, true
	}
	return 0, i, false
}

// lonely reports a number with no word near it: "2020", "2019 to 2020"
// alone are not dates.
func (p *parser) lonely(i int) bool {
	for k := i - 3; k <= i+3; k++ {
		if k == i || k < 0 || k >= len(p.toks) {
			continue
		}
		if p.tok(k).kind == tWord && !p.isKw(k, kwTo, kwAnd, kwOr, kwThrough, kwUntil) {
			return false
		}
	}
	return true
}

// countBefore reports a word before a number that makes it a count or an
// amount: "about 1990", "$ 2000", "No. 1990".
func (p *parser) countBefore(i int) bool {
	switch {
	case p.punct(i-1, '$'), p.punct(i-1, '#'), p.punct(i-1, '\u00a3'), p.punct(i-1, '\u20ac'):
		return true
	case p.isKw(i-1, kwAbout, kwAround) && (p.tok(i+1).kind == tPunct && !p.punct(i+1, '%') && !p.punct(i+1, '-') || i+1 >= len(p.toks) || p.tok(i+1).nl || p.is(i+1, "when")):
		return false // "came around 2012, when": a count would name what it counts
	case p.isKw(i-1, kwAbout, kwAround, kwNearly, kwThan, kwSome, kwOver, kwUp):
		return true
	case p.is(i-1, "no") || p.is(i-1, "number") || p.is(i-1, "page") || p.is(i-1, "room") || p.is(i-1, "flight") || p.is(i-1, "route") || p.is(i-1, "model"):
		return true
	case p.tok(i-1).kind == tNum || p.tok(i+1).kind == tNum && !p.glued(i+1):
		return true
	case p.punct(i+1, '%') || p.punct(i-1, '-') && p.glued(i) && p.tok(i-2).kind == tWord:
		return true
	}
	return false
}

// countNouns are nouns a number counts: "300 people", "5 percent".
var countNouns = strings.Fields(`people points percent shares units times miles feet meters metres pounds tons tonnes dollars yen euros votes cars jobs workers troops employees kilometers kilometres km kg mph barrels acres residents members seats calories degrees`)

// countNoun reports a noun after a number that makes it a count.
func (p *parser) countNoun(j int) bool {
	if p.tok(j).kind != tWord {
		return false
	}
	for _, w := range countNouns {
		if p.is(j, w) {
			return true
		}
	}
	return false
}

// ruleTheYear reads "the year", "the fiscal year", "the full year", "that
// year": the reference's year, or the one just named; a period when it
// "ended" or is "ending" on a day.
func (p *parser) ruleTheYear(i int) *node {
	if !p.isKw(i, kwThe) && !p.isKw(i, kwThat) && !p.is(i, "same") {
		return nil
	}
	j := i + 1
	if p.is(j, "same") {
		j++
	}
	if p.isKw(j, kwFiscal) || p.is(j, "full") || p.is(j, "calendar") || p.is(j, "entire") || p.is(j, "whole") {
		j++
	}
	if !p.is(j, "year") || p.tok(j).kind != tWord || p.dash(j+1) && p.glued(j+1) {
		return nil
	}
	if y, e, ok := p.year(j+1, false); ok && p.isKw(i, kwThe) {
		return &node{end: e, typ: Date, c: cal{g: gYear, y: y}, explicitYear: true}
	}
	if p.is(j+1, "ended") || p.is(j+1, "ending") || p.is(j+1, "ends") {
		return &node{end: j + 1, typ: Duration, dur: dur{[]durPart{{1, uYear}}}}
	}
	if p.isKw(i, kwThat) || p.is(i+1, "same") {
		if p.hasLastYear {
			return &node{end: j + 1, typ: Date, c: cal{g: gYear, y: p.lastYear}, anaphoric: true}
		}
		return nil
	}
	// "the year previous": before the year last named, or before this one
	if j == i+1 && p.is(j+1, "previous") && p.tok(j+2).kind != tWord {
		if p.hasYearNamed {
			return &node{end: j + 2, typ: Date, c: cal{g: gYear, y: p.yearNamed - 1}, anaphoric: true}
		}
		if p.hasRef {
			return &node{end: j + 2, typ: Date, c: cal{g: gYear, y: p.ref.Year() - 1}}
		}
		return nil
	}
	if p.isKw(j+1, kwOf) || p.isKw(j+1, kwBefore) || p.isKw(j+1, kwAfter) || p.tok(j+1).kind == tNum {
		return nil
	}
	if (p.is(j-1, "full") || p.is(j-1, "entire") || p.is(j-1, "whole")) && p.hasLastYear && p.hasRef && p.lastYear == p.ref.Year()-1 {
		// a report on last year's results: "a loss of $8.6 billion for the entire year"
		return &node{end: j + 1, typ: Date, c: cal{g: gYear, y: p.lastYear}, anaphoric: true}
	}
	if !p.hasRef {
		return &node{end: j + 1, typ: Date, rel: true}
	}
	return &node{end: j + 1, typ: Date, c: at(p.ref, gYear)}
}

// ruleDayAlone reads a day of the month named alone: "on the 15th", "on
// 24th", and, alone on its line, "the 1st" or "the 24". The month is the
// reference's or a neighbour, by the tense: the last such day, the next,
// or the nearest.
func (p *parser) ruleDayAlone(i int) *node {
	k := i
	if p.isKw(k, kwThe) {
		k++
	}
	d, e, ok := p.ordinal(k)
	if !ok && k > i && p.tok(k).kind == tNum && p.tok(k).nd <= 2 && p.isolated(i) {
		d, e, ok = p.tok(k).num, k+1, true
	}
	if !ok || d < 1 || d > 31 {
		return nil
	}
	if nx := p.tok(e); nx.kind == tWord && !nx.nl && !p.isKw(e, kwAt) || nx.kind == tNum && !nx.nl || p.punct(e, '-') || p.punct(e, '/') {
		return nil // "the first time", "on the 15th floor"
	}
	if !p.isKw(i-1, kwOn, kwBy, kwUntil, kwSince, kwBefore, kwAfter) && !p.isolated(i) {
		return nil
	}
	if !p.hasRef {
		return &node{end: e, typ: Date, rel: true}
	}
	b := p.bias(i)
	var prev, next time.Time
	for off := 0; off <= 12; off++ { // the next such day from today on
		c := at(p.ref, gMonth).shift(off)
		if validDate(c.y, c.m, d) && !time.Date(c.y, time.Month(c.m), d, 0, 0, 0, 0, time.UTC).Before(at(p.ref, gDay).day()) {
			next = time.Date(c.y, time.Month(c.m), d, 0, 0, 0, 0, time.UTC)
			break
		}
	}
	for off := 0; off <= 12; off++ { // the last such day up to today
		c := at(p.ref, gMonth).shift(-off)
		if validDate(c.y, c.m, d) && !time.Date(c.y, time.Month(c.m), d, 0, 0, 0, 0, time.UTC).After(at(p.ref, gDay).day()) {
			prev = time.Date(c.y, time.Month(c.m), d, 0, 0, 0, 0, time.UTC)
			break
		}
	}
	day := next
	switch b {
	case biasPast:
		day = prev
	case biasNone:
		if p.ref.Sub(prev) < next.Sub(p.ref) {
			day = prev
		}
	}
	if day.IsZero() {
		return nil
	}
	return &node{end: e, typ: Date, c: fromDay(day, gDay)}
}

// weekIn gives the Monday of the nth week wholly between first and last
// (n < 0 counts from the end).
func weekIn(first, last time.Time, n int) time.Time {
	if n > 0 {
		return first.AddDate(0, 0, (8-isoWeekday(first))%7+7*(n-1))
	}
	mon := monday(last)
	if isoWeekday(last) != 7 {
		mon = mon.AddDate(0, 0, -7)
	}
	return mon.AddDate(0, 0, 7*(n+1))
}

// nthOfYear reads the nth week or day of a year, from either end.
func (p *parser) nthOfYear(n int, u unit, y, end int) *node {
	first := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
	if u == uDay {
		day := first.AddDate(0, 0, n-1)
		if n < 0 {
			day = last.AddDate(0, 0, n+1)
		}
		return &node{end: end, typ: Date, c: fromDay(day, gDay), explicitYear: true}
	}
	return &node{end: end, typ: Date, c: fromDay(weekIn(first, last, n), gWeek), explicitYear: true}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ruleWeekOf reads "the week of June 9": the week that holds the day.
func (p *parser) ruleWeekOf(i int) *node {
	j := i
	if p.isKw(j, kwThe) {
		j++
	}
	if !p.isUnit(j, uWeek) || p.tok(j).lex().plural || !p.isKw(j+1, kwOf) {
		return nil
	}
	d := p.core(j + 2)
	if d == nil || d.rng != nil {
		return nil
	}
	d = p.extend(d)
	if d == nil || d.rng != nil || !isDay(d) && !(d.typ == Date && d.rel && d.relDay) {
		return nil
	}
	out := *d
	out.start, out.rng = i, nil
	if !out.rel && !out.c.noYear {
		out.c = fromDay(monday(d.c.day()), gWeek)
	} else if out.c.noYear {
		return nil
	}
	return &out
}

// ruleUnitEdge reads the unit that holds the reference after "the end
// of", "the beginning of", "the middle of": "the end of the month", "end of
// year", "the start of the week"; and the abbreviations EOM and EOY.
func (p *parser) ruleUnitEdge(i int) *node {
	if p.tok(i).upper && (p.is(i, "eom") || p.is(i, "eoy")) {
		if !p.hasRef {
			return &node{end: i + 1, typ: Date, rel: true, mod: "END"}
		}
		g := gMonth
		if p.is(i, "eoy") {
			g = gYear
		}
		return &node{end: i + 1, typ: Date, c: at(p.ref, g), mod: "END"}
	}
	j := i
	if p.isKw(j, kwThe) {
		j++
	}
	if p.isKw(j-1, kwThe) && p.isUnit(j, uDay) && !p.tok(j).lex().plural && (p.tradingDay(j-2) || p.isKw(j-2, kwIn) && (p.isKw(j-3, kwLate, kwLater, kwEarly, kwEarlier))) {
		// "ended the day", "for the day": the session last named, or the
		// reference's day
		if p.hasLastDay {
			return &node{end: j + 1, typ: Date, c: p.lastDay, anaphoric: true}
		}
		if !p.hasRef {
			return &node{end: j + 1, typ: Date, rel: true, relDay: true}
		}
		return &node{end: j + 1, typ: Date, c: at(p.ref, gDay), relDay: true}
	}
	if !p.isKw(i-1, kwOf) || !p.isKw(i-2, kwEnd, kwBeginning, kwStart, kwMiddle) {
		return nil
	}
	if p.tok(j).kind != tWord || !(p.isUnit(j, uMonth) || p.isUnit(j, uWeek) || p.isUnit(j, uYear) || p.isUnit(j, uDay)) || p.tok(j).lex().plural {
		return nil
	}
	if p.isKw(j+1, kwOf) || p.tok(j+1).kind == tNum || p.dash(j+1) && p.glued(j+1) {
		return nil // "the end of the month of May", "the end of the year 2012"
	}
	if p.isUnit(j, uDay) && p.hasLastDay {
		return &node{end: j + 1, typ: Date, c: p.lastDay, anaphoric: true}
	}
	if !p.hasRef {
		return &node{end: j + 1, typ: Date, rel: true}
	}
	return &node{end: j + 1, typ: Date, c: at(p.ref, grainOf(p.tok(j).lex().unit))}
}

// tradingDay reports a word before "the day" that makes it a session in a
// market report: "ended the day", "to finish the day", "for the day"; and
// "late in the day" names it too.
func (p *parser) tradingDay(k int) bool {
	if p.isOneOf(k, "end", "ends", "ended", "ending", "finish", "finished", "finishing", "close", "closed", "closing", "start", "started", "starting", "begin", "began") {
		return true
	}
	return p.isKw(k, kwFor) && (p.punct(k+3, ',') || p.punct(k+3, '.'))
}

// ruleNthOfMonth reads a week or a day counted within a month: "the last
// week of March", "first Tuesday of October 2014", "the last day of
// October", "third day of october", "last Monday in March".
func (p *parser) ruleNthOfMonth(i int) *node {
	j := i
	if p.isKw(j, kwThe) {
		j++
	}
	n, k, ok := p.ordinal(j)
	if !ok {
		if !p.isKw(j, kwLast) {
			return nil
		}
		n, k = -1, j+1
	} else if p.isKw(k, kwLast) {
		n, k = -n, k+1 // "the third last week", "2nd last"
	}
	if n > 5 || n < -5 {
		return nil
	}
	what := p.tok(k)
	if what.kind != tWord || what.lex() == nil {
		return nil
	}
	wd, u := int(what.lex().wday), what.lex().unit
	if u == uWeek && (p.dash(k+1) && p.glued(k+1) && p.isKw(k+2, kwEnd) || p.isKw(k+1, kwEnd)) {
		u, k = uWeekend, k+1+btoi(p.dash(k+1)) // "week-end", "week end"
	}
	if what.lex().plural || wd == 0 && u != uWeek && u != uDay && u != uWeekend {
		return nil
	}
	if !p.isKw(k+1, kwOf, kwIn) {
		return nil
	}
	y, m, e := 0, 0, 0
	explicit := false
	if yy, ye, ok := p.year(k+2, false); ok && (u == uWeek || u == uDay) && p.tok(k+2).kind == tNum {
		// "the second last week of 2019", "the first day of 2014"
		return p.nthOfYear(n, u, yy, ye)
	}
	if mk := k + 2; (p.isKw(mk, kwThis, kwThe, kwNext, kwLast, kwCurrent, kwPrevious, kwFollowing)) && p.isUnit(mk+1, uMonth) && p.hasRef {
		// "the first Monday of this month", "first tuesday of last month"
		c := at(p.ref, gMonth)
		if !p.isKw(mk, kwThe) {
			c = c.shift(p.relShift(mk))
		}
		y, m, e = c.y, c.m, mk+2
	} else {
		mm, me, ok := p.monthAt(k + 2)
		if !ok || p.ambiguousMonth(k+2) && !p.tok(k+2).cap && !p.isKw(k+1, kwOf) {
			return nil
		}
		m, e = mm, me
		if yy, ye, ok := p.year(e, false); ok {
			y, e, explicit = yy, ye, true
		} else if p.hasRef {
			y = p.monthYear(m, p.monthBias(i))
		} else {
			return nil
		}
	}
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
	var day time.Time
	g := gDay
	switch {
	case wd != 0:
		day = time.Date(y, time.Month(m), nthWeekday(y, m, wd, n), 0, 0, 0, 0, time.UTC)
		if day.Month() != time.Month(m) {
			return nil
		}
	case u == uDay:
		if n < 0 {
			day = last.AddDate(0, 0, n+1)
		} else {
			day = first.AddDate(0, 0, n-1)
		}
	case u == uWeek:
		// the weeks wholly in the month, counted from either end
		g = gWeek
		day = weekIn(first, last, n)
	case u == uWeekend:
		g = gWeekend
		sat := time.Date(y, time.Month(m), nthWeekday(y, m, 6, min(n, -1)), 0, 0, 0, 0, time.UTC)
		if n > 0 {
			sat = time.Date(y, time.Month(m), nthWeekday(y, m, 6, n), 0, 0, 0, 0, time.UTC)
		} else {
			sat = sat.AddDate(0, 0, 7*(n+1))
		}
		day = sat
	}
	if wd != 0 && n < -1 {
		day = day.AddDate(0, 0, 7*(n+1))
		if day.Month() != time.Month(m) {
			return nil
		}
	}
	out := &node{end: e, typ: Date, c: fromDay(day, g), explicitYear: explicit}
	return out
}
