package timex

import "time"

// The grammar: one function per form of expression. A rule at token i
// returns the node it reads there or nil. expr wraps the core rules with
// what may come before (modifiers, "the") and after (a time, a part of the
// day, the other end of a range).

// The rules by the kind of token they may begin with, so that each token
// meets only the rules that can use it.
var numRules, wordRules, punctRules, theRules []func(*parser, int) *node

func init() {
	numRules = []func(*parser, int) *node{
		(*parser).ruleISO, (*parser).ruleNumeric, (*parser).ruleDayFirst, (*parser).ruleYearFirst,
		(*parser).ruleYear, (*parser).ruleDecade, (*parser).ruleQuarter, (*parser).ruleAgo,
		(*parser).ruleDuration, (*parser).ruleClock, (*parser).ruleDayRange, (*parser).ruleHourRange,
		(*parser).ruleNthOfMonth, (*parser).rulePastTo,
	}
	wordRules = []func(*parser, int) *node{
		(*parser).ruleMonthFirst, (*parser).ruleDayFirst, (*parser).ruleWeekday, (*parser).ruleYear,
		(*parser).ruleDecade, (*parser).ruleQuarter, (*parser).ruleSeason, (*parser).ruleRelWord,
		(*parser).ruleRelUnit, (*parser).ruleAgo, (*parser).ruleDuration, (*parser).ruleClock,
		(*parser).ruleSet, (*parser).ruleHoliday, (*parser).ruleRef, (*parser).ruleDayRange,
		(*parser).ruleWeekend, (*parser).ruleTheYear, (*parser).ruleNthOfMonth, (*parser).rulePastTo,
	}
	punctRules = []func(*parser, int) *node{(*parser).ruleYear, (*parser).ruleDecade, (*parser).ruleAgo}
	// "the" begins these itself; before other expressions expr absorbs it
	theRules = []func(*parser, int) *node{
		(*parser).ruleDayFirst, (*parser).ruleRelWord, (*parser).ruleRef, (*parser).ruleDayRange,
		(*parser).ruleWeekend, (*parser).ruleTheYear, (*parser).ruleNthOfMonth, (*parser).ruleQuarter,
		(*parser).ruleRelUnit,
	}
}

// core returns the longest node any core rule reads at i.
func (p *parser) core(i int) *node {
	if i >= 0 && i < len(p.memo) && p.memo[i].gen == p.gen+1 {
		if m := p.memo[i].n; m != nil {
			c := *m
			return &c
		}
		return nil
	}
	best := p.core1(i)
	if i >= 0 && i < len(p.memo) {
		var keep *node
		if best != nil {
			c := *best
			keep = &c
		}
		p.memo[i] = memoEntry{p.gen + 1, keep}
	}
	return best
}

// core1 runs the rules at token i.
func (p *parser) core1(i int) *node {
	var best *node
	rules := wordRules
	switch p.tok(i).kind {
	case tWord:
		if p.isKw(i, kwThe) {
			rules = theRules
		}
	case tNum:
		rules = numRules
	case tPunct:
		rules = punctRules
	case 0:
		return nil
	}
	for _, r := range rules {
		n := r(p, i)
		if n == nil || n.end <= i {
			continue
		}
		if best == nil || n.end > best.end {
			best = n
		}
	}
	if best != nil {
		best.start = i
	}
	return best
}

// expr reads a whole expression at i.
func (p *parser) expr(i int) *node {
	if mod, j, ok := p.modifier(i); ok {
		if n := p.expr(j); n != nil && n.typ != Set && n.val == "" && !n.adj && !(mod == "APPROX" && n.relDay) {
			if n.mod == "" || mod == "APPROX" {
				n.mod = combineMod(mod, n.mod)
			}
			n.start = i
			return n
		}
	}
	n := p.core(i)
	if p.isKw(i, kwThe) && i+1 < len(p.toks) && p.mayStart(i+1) {
		if m := p.core(i + 1); m != nil && p.absorbsThe(m) && (n == nil || m.end > n.end) {
			m.start = i
			n = m
		}
	}
	if n == nil {
		return nil
	}
	return p.extend(n)
}

func combineMod(outer, inner string) string {
	if inner == "" {
		return outer
	}
	return inner
}

// absorbsThe reports whether "the" before node m belongs to the expression,
// as TimeML marks it: "the third quarter", "the weekend", "the past two
// months", but not "the May meeting".
func (p *parser) absorbsThe(m *node) bool {
	t := p.tok(m.start)
	if t.kind == tWord && t.lex() != nil && (t.lex().month != 0 || t.lex().wday != 0) {
		return false
	}
	if m.typ == Set || m.val != "" || m.adj || m.clockOnly {
		return false
	}
	if m.typ == Date && m.c.g == gYear && t.kind == tNum {
		return false // "the 1987 crash"
	}
	for k := m.start; k < m.end; k++ {
		if p.dash(k) && p.glued(k) && p.isUnit(k+1, uQuarter) {
			return false // "the third-quarter loss"
		}
	}
	return true
}

// modifier reads a prefix that sets TIMEX3 mod: "about", "more than",
// "early", "mid-", "the end of". It returns the mod and the next token.
func (p *parser) modifier(i int) (string, int, bool) {
	switch p.kw(i) {
	case kwAbout, kwAround, kwNearly:
		if p.isKw(i, kwNearly) {
			return "APPROX", i + 1, true
		}
		return "APPROX", i + 1, true
	case kwSome:
		if _, _, ok := p.cardinal(i+1, false); ok {
			return "APPROX", i + 1, true
		}
	case kwMore:
		if p.isKw(i+1, kwThan) {
			return "MORE_THAN", i + 2, true
		}
	case kwLess:
		if p.isKw(i+1, kwThan) {
			return "LESS_THAN", i + 2, true
		}
	case kwAt:
		if p.isKw(i+1, kwLeast) {
			return "EQUAL_OR_MORE", i + 2, true
		}
		if p.is(i+1, "most") {
			return "EQUAL_OR_LESS", i + 2, true
		}
	case kwUp:
		if p.isKw(i+1, kwTo) {
			if _, _, ok := p.cardinal(i+2, true); ok {
				return "EQUAL_OR_LESS", i + 2, true
			}
		}
	case kwOver:
		if _, _, ok := p.cardinal(i+1, false); ok {
			return "MORE_THAN", i + 1, true
		}
	case kwEarly:
		j := i + 1
		if p.dash(j) && p.glued(j) {
			j++
		}
		return "START", j, true
	case kwLate:
		j := i + 1
		if p.dash(j) && p.glued(j) {
			j++
		}
		return "END", j, true
	case kwMid:
		j := i + 1
		if p.dash(j) {
			j++
		}
		return "MID", j, true
	case kwEarlier:
		if p.isKw(i+1, kwThis, kwLast, kwToday) {
			return "START", i + 1, true
		}
	case kwLater:
		if p.isKw(i+1, kwThis, kwNext, kwToday) {
			return "END", i + 1, true
		}
	case kwThe:
		if p.isKw(i+1, kwEnd) && p.isKw(i+2, kwOf) {
			return "END", i + 3, true
		}
		if p.isKw(i+1, kwBeginning, kwStart) && p.isKw(i+2, kwOf) {
			return "START", i + 3, true
		}
		if p.isKw(i+1, kwMiddle) && p.isKw(i+2, kwOf) {
			return "MID", i + 3, true
		}
		if (p.isKw(i+1, kwEarly) || p.isKw(i+1, kwLate) || p.isKw(i+1, kwMid)) && p.tok(i+2).kind == tNum {
			mod, j, _ := p.modifier(i + 1)
			return mod, j, true
		}
	case kwEnd:
		if p.isKw(i+1, kwOf) {
			return "END", i + 2, true
		}
		if p.dash(i+1) && p.glued(i+1) {
			return "END", i + 2, true
		}
	case kwBeginning, kwStart:
		if p.isKw(i+1, kwOf) {
			return "START", i + 2, true
		}
	}
	if p.is(i, "no") && p.isKw(i+1, kwMore) && p.isKw(i+2, kwThan) {
		return "EQUAL_OR_LESS", i + 3, true
	}
	if p.is(i, "under") {
		if _, _, ok := p.cardinal(i+1, false); ok {
			return "LESS_THAN", i + 1, true
		}
	}
	return "", i, false
}

// extend attaches what may follow a node: a time to a day, a day to a
// time, a part of the day, the second half of a range.
func (p *parser) extend(n *node) *node {
	for k := 0; k < 4; k++ {
		m := p.attach(n)
		if m == nil {
			break
		}
		n = m
	}
	if r := p.rangeEnd(n); r != nil {
		return r
	}
	return n
}

// isDay reports a date node at day grain.
func isDay(n *node) bool { return n.typ == Date && n.c.g == gDay && n.val == "" }

func (p *parser) attach(n *node) *node {
	j := n.end
	if p.tok(j).nl {
		return nil // an expression does not run over a line break
	}
	// a zone after a date or a part of a day: "today EST", "Jan 1, 2020 Morning UTC"
	if (n.typ == Date || n.typ == Time) && n.val == "" {
		k := j
		if p.punct(k, ',') {
			k++
		}
		if t := p.tok(k); t.kind == tWord && t.upper && t.lex() != nil && t.lex().flags&fTZ != 0 && !p.is(k, "z") {
			out := *n
			out.end = k + 1
			return &out
		}
	}
	// a shift: "next tuesday +10 days", "2023-12-29 -10days", "now + 40minutes"
	if (n.typ == Date || n.typ == Time) && !n.rel && (p.punct(j, '+') || p.punct(j, '-') && p.glued(j+1)) && n.c.g >= gDay {
		if d := p.durationFrom(j + 1); d != nil {
			sign := 1.0
			if p.punct(j, '-') {
				sign = -1
			}
			t := n.c.instant()
			for _, pt := range d.dur.parts {
				t = addUnits(t, sign*pt.n, pt.unit)
			}
			out := *n
			out.end = d.end
			out.c = n.c.withInstant(t)
			return &out
		}
	}
	// day + time: "Monday at 3 p.m.", "Jan 1 2025, 9:30", "tomorrow at noon"
	if isDay(n) || n.rel && n.typ == Date && n.relDay {
		k := j
		if p.punct(k, ',') {
			k++
		}
		if p.isKw(k, kwAt) || p.punct(k, '@') || p.isKw(k, kwBefore, kwAfter) && !p.punct(j, ',') {
			k++
		} else if p.isKw(k, kwFor) && p.isKw(n.start, kwOn) {
			k++
		}
		if c := p.ruleClock(k); c != nil && (k > j || !p.punct(j, ',') || c.strong) {
			out := *n
			out.end = c.end
			out.typ = Time
			out.c = withClock(n.c, c.c)
			out.rel = n.rel
			return &out
		}
		// day + part of day: "Monday morning", "yesterday afternoon", "Monday in the morning"
		if pod, e := p.podAt(j); pod != 0 {
			out := *n
			out.end = e
			out.typ = Time
			out.c.g, out.c.pod = gPOD, pod
			// "Monday morning at 9"
			k := e
			if p.isKw(k, kwAt) || p.punct(k, '@') {
				if c := p.ruleClock(k + 1); c != nil {
					out.end = c.end
					out.c = withClock(n.c, adjustPOD(c.c, pod, c.mer))
				}
			}
			return &out
		}
	}
	// a year after a time on a day named without one: "Thu Oct 26 11:00:09 2023"
	if n.typ == Time && !n.explicitYear && !n.rel && n.c.g >= gHour && !n.clockOnly {
		k := j
		if p.zoneAt(k) {
			k++
		}
		if y, e, ok := p.year(k, false); ok && p.tok(k).kind == tNum && validDate(y, n.c.m, n.c.d) {
			out := *n
			out.end = e
			out.c.y = y
			out.explicitYear = true
			return &out
		}
	}
	// a day and a range of hours: "monday 7 to 9am"
	if isDay(n) || n.typ == Date && n.relDay && !n.rel {
		if r := p.ruleHourRange(j); r != nil {
			out := *n
			out.typ = Time
			out.c = withClock(n.c, r.c)
			end := *r.rng
			end.c = withClock(n.c, r.rng.c)
			out.rng = &end
			out.end = r.end
			return &out
		}
	}
	// time + day: "3 p.m. Monday", "10:30 pst today", "8:23 AM, Jul 9"
	if n.typ == Time && n.clockOnly {
		k := j
		if p.punct(k, ',') || p.punct(k, '\u2219') || p.punct(k, '\u00b7') {
			k++
		}
		if p.isKw(k, kwOn) {
			k++
		}
		if d := p.dayAt(k); d != nil {
			out := *n
			out.end = d.end
			out.clockOnly = false
			out.rel = d.rel
			if !d.rel {
				c := d.c
				c.g, c.h, c.mi, c.s = n.c.g, n.c.h, n.c.mi, n.c.s
				c.hasTZ, c.tz = n.c.hasTZ, n.c.tz
				if d.c.g == gPOD {
					c = adjustPOD(c, d.c.pod, n.mer)
					c.g = n.c.g
				}
				out.c = c
			}
			return &out
		}
	}
	return nil
}

// dayAt reads a day-grain date (or a relative day word) at k.
func (p *parser) dayAt(k int) *node {
	if p.isKw(k, kwToday, kwTomorrow, kwYesterday, kwTonight) {
		if n := p.ruleRelWord(k); n != nil {
			return n
		}
	}
	if n := p.core(k); n != nil && (isDay(n) || n.typ == Date && n.relDay || n.typ == Time && n.c.g == gPOD) {
		return n
	}
	return nil
}

// withClock puts a time of day on a day.
func withClock(day, clock cal) cal {
	out := day
	out.g, out.h, out.mi, out.s = clock.g, clock.h, clock.mi, clock.s
	out.hasTZ, out.tz = clock.hasTZ, clock.tz
	out.noDate = day.noDate
	out.noYear = day.noYear
	return out
}

// adjustPOD moves an hour without am/pm into the part of the day named:
// "8 in the evening", "tonight at 11".
func adjustPOD(c cal, pod int, mer int) cal {
	if mer != 0 {
		return c
	}
	switch pod {
	case podAfternoon, podEvening:
		if c.h < 12 {
			c.h += 12
		}
	case podNight:
		if c.h >= 6 && c.h < 12 {
			c.h += 12
		}
	case podMorning:
		if c.h == 12 {
			c.h = 0
		}
	}
	return c
}

// podAt reads a part of the day after a day: "morning", "in the morning",
// "night".
func (p *parser) podAt(j int) (int, int) {
	k := j
	if p.isKw(k, kwIn) && p.isKw(k+1, kwThe) {
		k += 2
	}
	if p.isKw(k, kwEarly, kwLate) && p.tok(k+1).lex() != nil && p.tok(k+1).lex().pod != 0 {
		k++
	}
	if e := p.tok(k).lex(); e != nil && e.pod != 0 && p.tok(k).kind == tWord {
		if k > j && !p.isKw(j, kwIn) {
			return 0, j
		}
		return int(e.pod), k + 1
	}
	return 0, j
}

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
	n.c.y = p.dayYear(m, d, p.bias(at))
	if !validDate(n.c.y, m, d) || m == 2 && d == 29 && !validDate(p.ref.Year(), 2, 29) {
		return nil
	}
	return n
}

// ---- absolute dates ----

// ruleISO reads 2013-09-12, 2013/09/12, 2013.09.12, with an optional time:
// 2013-09-12T15:00:00Z, 2014-04-18 13:00; and 2014-10 as a month.
func (p *parser) ruleISO(i int) *node {
	t := p.tok(i)
	if t.kind != tNum || t.nd != 4 {
		return nil
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
	if mo > 12 && dd <= 12 {
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
	// month/day without a year: only with a slash, and not a fraction or score
	if sep.ch != '/' || p.glued(i+3) && (p.tok(i+3).kind == tNum || p.punct(i+3, '/') || p.tok(i+3).kind == tWord) {
		return nil
	}
	if e := p.tok(i + 3).lex(); e != nil && (e.unit != uNone || e.flags&fShortUnit != 0) {
		return nil // "1/2 hour"
	}
	if a.num > 12 || !validDate(2000, mo, dd) {
		return nil
	}
	// a fraction after a whole number: "4 5/8", "12 3/4%"
	if p.tok(i-1).kind == tNum || p.punct(i+3, '%') || a.num < b.num && (b.num == 8 || b.num == 16 || b.num == 32) && !p.isKw(i+3, kwAt) {
		return nil
	}
	return p.yearlessDay(mo, dd, i, i+3)
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
	// "May last year", "March next year", "October of next year"
	if p.isKw(k, kwOf) && p.isKw(k+1, kwLast, kwNext, kwThis) && p.is(k+2, "year") {
		k++
	}
	if p.isKw(k, kwLast, kwNext, kwThis) && p.is(k+1, "year") {
		if !p.hasRef {
			return &node{end: k + 2, typ: Date, c: cal{g: gMonth, m: m}, rel: true}
		}
		y := p.ref.Year()
		if p.isKw(k, kwLast) {
			y--
		} else if p.isKw(k, kwNext) {
			y++
		}
		return &node{end: k + 2, typ: Date, c: cal{g: gMonth, y: y, m: m}}
	}
	n := &node{end: j, typ: Date, c: cal{g: gMonth, m: m}}
	if !p.hasRef {
		n.c.noYear = true
		return n
	}
	n.c.y = p.monthYear(m, p.bias(i))
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
	for _, w := range []string{"bloody", "black", "good", "super", "palm", "ash", "holy", "cyber", "maundy", "shrove", "easter", "whit", "low"} {
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
		if n := r(p, k); n != nil && (n.typ == Date && n.c.g == gDay || n.typ == Time || n.rng != nil) {
			return n
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
			if !(t.cap && p.tok(j).kind == tNum) {
				return nil
			}
		}
	}
	// "Friday next week", "Tuesday of last week", "Wednesday of this week"
	k = j
	if p.punct(k, ',') {
		k++
	}
	if p.isKw(k, kwOf) {
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
	if !p.hasRef {
		n.val = "XXXX-WXX-" + string(rune('0'+wd))
		return n
	}
	n.c = fromDay(p.weekdayDate(wd, p.bias(i)), gDay)
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
	case t.kind == tNum && (t.nd == 4 && t.num%10 == 0 || t.nd == 2 && t.num%10 == 0 && (p.punct(i-1, '\'') || p.punct(i-1, '\u2019'))):
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
		return p.quarterNode(y, q, u, e)
	}
	if p.isKw(k, kwThis, kwLast, kwNext) && p.is(k+1, "year") && p.hasRef && k > j {
		return p.quarterNode(p.ref.Year()+p.relShift(k), q, u, k+2)
	}
	if u == uHalf {
		return nil // "the second half" alone is a match, not a date
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
		y = p.ref.Year()
		if q == 2 && p.ref.Month() <= 6 && p.bias(i) != biasFuture {
			y--
		}
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
	if p.hasQuarter {
		return &node{end: j + 1, typ: Date, c: p.quarter, anaphoric: true}
	}
	return &node{end: j + 1, typ: Date, c: at(p.ref, gQuarter).shift(-1), anaphoric: true}
}

// yearAgo resolves "year-earlier", "a year ago" in a report about quarters:
// the same quarter a year before, else the year before.
func (p *parser) yearAgo(i, end int) *node {
	if !p.hasRef {
		return &node{end: end, typ: Date, rel: true}
	}
	adj := p.tok(end).kind == tWord && !p.isUnit(end, uQuarter) && !p.isKw(end, kwPeriod) && p.is(end-1, "ago") || p.is(end-1, "earlier") && p.tok(end).kind == tWord
	if p.hasQuarter && !adj {
		return &node{end: end, typ: Date, c: p.quarter.shift(-4), anaphoric: true, adj: adj}
	}
	return &node{end: end, typ: Date, c: at(p.ref, gYear).shift(-1), anaphoric: true, adj: adj}
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
	if p.is(j, "fall") && !rel && !p.isKw(j-1, kwThe) && !p.isKw(j-1, kwIn, kwLast, kwThis, kwNext, kwEarly, kwLate) {
		return nil
	}
	if !p.hasRef {
		return &node{end: j + 1, typ: Date, c: cal{g: gSeason, n: s, noYear: true}, rel: rel}
	}
	var y int
	if rel {
		y = p.ref.Year()
		rs := seasonOf(int(p.ref.Month()))
		switch shift {
		case -1:
			if s >= rs {
				y--
			}
		case 1:
			if s <= rs {
				y++
			}
		}
	} else {
		y = p.seasonYear(s, p.bias(i))
	}
	return &node{end: j + 1, typ: Date, c: cal{g: gSeason, y: y, n: s}}
}

// ---- relative expressions ----

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
	case kwLast:
		if e := p.tok(i + 1).lex(); e != nil && e.pod == podNight && !e.plural && p.tok(i+1).kind == tWord {
			n := p.relDayNode(-1, i+2)
			n.typ = Time
			n.c.g, n.c.pod = gPOD, podNight
			return n
		}
	case kwThis:
		if e := p.tok(i + 1).lex(); e != nil && e.pod != 0 && p.tok(i+1).kind == tWord {
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
	if _, e, ok := p.cardinal(j, false); ok && e > j {
		if u := p.tok(e).lex(); u != nil && u.unit != uNone && p.tok(e).kind == tWord && k != kwThis {
			d := p.durationFrom(j)
			if d != nil {
				d.start = i
				return d
			}
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
		if u == uFortnight {
			return nil
		}
		c := at(p.ref, g)
		if u == uQuarter && k == kwThis && p.hasQuarter && (p.quarter == c || p.quarter == c.shift(-1)) {
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

// durationFrom reads a duration at j: "two days", "18 months", "1 hour, 5
// minutes and 30 seconds", "1d 2hr 5min", "half an hour", "a minute and a
// half", "two-year", "several years".
func (p *parser) durationFrom(j int) *node {
	var parts []durPart
	shortOnly := 0 // parts written with a one-letter unit other than h
	k := j
	for len(parts) < 6 {
		n, e, ok := p.cardinal(k, len(parts) == 0 || true)
		if !ok {
			break
		}
		// "two to three weeks", "12 to 18 months": the first count
		if p.isKw(e, kwTo, kwOr) || p.dash(e) && !p.glued(e) {
			if _, e2, ok := p.cardinal(e+1, false); ok && e2 > e+1 {
				if u2 := p.tok(e2).lex(); u2 != nil && u2.unit != uNone && p.tok(e2).kind == tWord {
					e = e2
				}
			}
		}
		// "20 more years", "eight trading days"
		if p.isKw(e, kwMore) || p.is(e, "additional") || p.is(e, "straight") || p.is(e, "consecutive") || p.is(e, "full") || p.is(e, "trading") || p.is(e, "business") || p.is(e, "working") || p.is(e, "calendar") {
			if u2 := p.tok(e + 1).lex(); u2 != nil && u2.unit != uNone && p.tok(e+1).kind == tWord {
				e++
			}
		}
		u := p.tok(e)
		// "two-year", "16-hour"
		if p.dash(e) && p.glued(e) && p.glued(e+1) {
			u = p.tok(e + 1)
			if u.lex() != nil && u.lex().unit != uNone && !u.lex().plural && u.kind == tWord {
				e++
			}
		}
		if u.kind != tWord || u.lex() == nil || u.lex().unit == uNone {
			break
		}
		// glued short units only after digits: "5m", "2hr"; spaced single letters are not units
		short := u.lex().flags&fShortUnit != 0 && (u.end-u.start <= 3 || p.is(e, "mins") || p.is(e, "hrs") || p.is(e, "secs"))
		if short && !p.glued(e) && (u.end-u.start == 1) && len(parts) == 0 {
			break
		}
		if short && (p.is(e, "m") || p.is(e, "s") || p.is(e, "y")) {
			shortOnly++
		}
		if p.is(e, "second") && p.isKw(k, kwA) {
			// "a second resolution": "second" after "a" is an ordinal unless
			// the clause ends or a time word follows.
			nx := p.tok(e + 1)
			if nx.kind == tWord && nx.lex() == nil {
				break
			}
		}
		if (p.is(e, "mon") || p.is(e, "sat") || p.is(e, "sun")) && !p.glued(e) && p.tok(e+1).kind != tPunct && e+1 < len(p.toks) {
			break
		}
		if n == 1 && p.isKw(k, kwA) && u.lex().plural {
			break // "a days"
		}
		if p.dash(e+1) && p.glued(e+1) && (p.is(e+2, "earlier") || p.is(e+2, "ago")) {
			break // "a year-earlier loss"
		}
		if p.tok(k).kind == tNum && p.tok(k).nd == 4 && n >= 1900 && n <= 2099 && !u.lex().plural {
			break // "the 1988 quarter"
		}
		if u.lex().unit == uQuarter && (p.isKw(e+1, kwOf) || p.isKw(k, kwA) || u.lex().plural && p.dash(e-1)) {
			break // "three-quarters of", "a quarter of the vote"
		}
		if p.is(e, "second") {
			nx := p.tok(e + 1)
			if nx.kind == tWord && !p.isKw(e+1, kwAgo, kwLater, kwEarlier, kwBefore, kwAfter, kwFrom, kwHence, kwAnd) {
				break // "a second resolution", "1988 second quarter"
			}
		}
		parts = append(parts, durPart{n, u.lex().unit})
		k = e + 1
		// "a minute and a half"
		if p.isKw(k, kwAnd) && p.isKw(k+1, kwA) && p.isKw(k+2, kwHalfWord) && n >= 0 {
			parts[len(parts)-1].n += 0.5
			k += 3
		}
		// another part: ", 5 minutes", "and 30 seconds", ", and 30 seconds", glued "2hr5min"
		nk := k
		if p.punct(nk, ',') {
			nk++
		}
		if p.isKw(nk, kwAnd) {
			nk++
		}
		if _, e2, ok := p.cardinal(nk, false); ok {
			if u2 := p.tok(e2).lex(); u2 != nil && u2.unit != uNone && u2.unit < parts[len(parts)-1].unit && p.tok(e2).kind == tWord {
				k = nk
				continue
			}
		}
		break
	}
	if len(parts) == 1 && shortOnly == 1 && !p.signed {
		return nil // "5m", "3y" alone are too ambiguous
	}
	if len(parts) > 0 {
		// an age: "37 years old", "a 6-year-old"
		if p.is(k, "old") || p.dash(k) && p.is(k+1, "old") {
			return nil
		}
	}
	if len(parts) == 0 {
		// "half an hour", "half a day"
		if p.isKw(j, kwHalfWord) && p.isKw(j+1, kwA) {
			if u := p.tok(j + 2).lex(); u != nil && u.unit != uNone && !u.plural {
				return &node{end: j + 3, typ: Duration, dur: dur{[]durPart{{0.5, u.unit}}}.normalize()}
			}
		}
		return nil
	}
	out := &node{end: k, typ: Duration, dur: dur{parts}.normalize()}
	out.adj = len(parts) == 1 && p.dash(k-2) && p.glued(k-1)
	return out
}

// ruleDuration reads a duration, and bare plural units after "for", "in",
// "over": "for years" is PXY.
func (p *parser) ruleDuration(i int) *node {
	if p.isKw(i, kwA, kwPer) && (p.is(i-1, "twice") || p.is(i-1, "once") || p.is(i-1, "thrice") || p.is(i-1, "times")) {
		return nil // "twice a year" is a set
	}
	if n := p.durationFrom(i); n != nil {
		// a count alone before a glued short unit needs digits: "5 m" is not
		if p.tok(i).kind == tWord && p.tok(n.end-1).lex() != nil && p.tok(n.end-1).lex().flags&fShortUnit != 0 && p.tok(n.end-1).end-p.tok(n.end-1).start <= 2 {
			return nil
		}
		// "in five years", "in 5 minutes": the moment that far from now,
		// unless the sentence is in the past ("rose 5% in two years")
		if p.isKw(i-1, kwIn) && !n.adj && len(n.dur.parts) >= 1 && n.dur.parts[0].n >= 0 && !p.isKw(n.end, kwOf, kwAgo, kwLater, kwEarlier) && p.bias(i) != biasPast {
			if s := p.shifted(n, 1, n.end); s != nil {
				return s
			}
		}
		return n
	}
	// "the first nine months", "the nine months"
	// "the first nine months"
	if p.is(i, "first") {
		if n := p.durationFrom(i + 1); n != nil {
			return n
		}
	}
	t := p.tok(i)
	if t.kind == tWord && t.lex() != nil && t.lex().unit != uNone && t.lex().plural && t.lex().unit >= uMinute && t.lex().unit <= uCentury {
		if p.isKw(i-1, kwFor, kwOver, kwWithin, kwIn, kwAfter) || p.isKw(i-1, kwRecent) || p.is(i-1, "coming") {
			if p.isKw(i-1, kwIn) && p.isKw(i+1, kwOf, kwAgo) {
				return nil
			}
			return &node{end: i + 1, typ: Duration, dur: dur{[]durPart{{unknownCount, t.lex().unit}}}}
		}
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

// ---- times ----

// ruleClock reads a time of day: "3 p.m.", "3pm", "15:00", "15:00 GMT",
// "9:01:10 AM", "noon", "midnight", "10 o'clock", "15h30", "11 at night".
// Its day is the reference day; attach puts it on a day named in the text.
func (p *parser) ruleClock(i int) *node {
	h, mi, s, j, mer, g, ok := p.clock(i)
	if !ok {
		return nil
	}
	c := cal{g: g, h: h, mi: mi, s: s}
	// a zone: "GMT", "EST", "UTC+02:45", "+0200", "(JST)", "Z"
	j, c = p.zone(j, c)
	// "in the afternoon", "at night", "tonight", "this evening"
	if mer == 0 && c.h <= 12 {
		k := j
		if p.isKw(k, kwIn) && p.isKw(k+1, kwThe) && p.tok(k+2).lex() != nil && p.tok(k+2).lex().pod != 0 {
			c = adjustPOD(c, int(p.tok(k+2).lex().pod), 0)
			j = k + 3
			mer = 3
		} else if p.isKw(k, kwAt) && p.is(k+1, "night") {
			if c.h < 6 || c.h == 12 {
				if c.h == 12 {
					c.h = 0
				}
			} else {
				c.h += 12
			}
			j = k + 2
			mer = 3
		} else if p.isKw(k, kwIn) && p.tok(k+1).lex() != nil && p.tok(k+1).lex().pod == podAfternoon {
			c = adjustPOD(c, podAfternoon, 0)
			j = k + 2
		} else if p.isKw(k, kwTonight) {
			c = adjustPOD(c, podEvening, 0)
			j = k + 1
			mer = 3
		}
	}
	n := &node{end: j, typ: Time, clockOnly: true, mer: mer, strong: mer != 0 || g >= gMinute}
	if p.hasRef {
		day := at(p.ref, gDay)
		if p.isKw(i, kwMidnight) && p.bias(i) != biasPast {
			day = day.shift(1) // the midnight that ends the day
		} else if rt := p.ref.Hour()*3600 + p.ref.Minute()*60 + p.ref.Second(); rt != 0 && p.isolated(i) {
			// a reference with a time of day, and a time standing alone: the
			// next such moment ("3:30" at 04:30 is 15:30, "1am" is tomorrow's)
			ct := c.h*3600 + c.mi*60 + c.s
			if ct < rt && mer == 0 && c.h < 10 && p.tok(i).nd == 1 {
				c.h += 12 // "3:30" on a 12-hour clock
				ct += 12 * 3600
			}
			if ct < rt && (mer == 1 || mer == 2) {
				day = day.shift(1)
			}
		}
		n.c = withClock(day, c)
		n.c.g = c.g
	} else {
		c.noDate = true
		n.c = c
	}
	return n
}

// clock reads the time itself.
func (p *parser) clock(i int) (h, mi, s, end, mer int, g grain, ok bool) {
	t := p.tok(i)
	switch {
	case p.isKw(i, kwNoon) || p.is(i, "midday") && p.tok(i).kind == tWord:
		return 12, 0, 0, i + 1, 2, gHour, true
	case p.isKw(i, kwMidnight):
		return 0, 0, 0, i + 1, 1, gHour, true
	case t.kind != tNum || t.nd > 2 && !(t.nd == 4 && (p.isAMPM(i+1) || p.isKw(i+1, kwAt))) && !(t.nd == 3 && p.isAMPM(i+1)):
		return
	}
	afterYear := p.tok(i-2).kind == tNum && p.tok(i-2).nd == 4 && (p.punct(i-1, '.') || p.punct(i-1, ':'))
	if i > 0 && p.glued(i) && !afterYear && (p.punct(i-1, '.') || p.punct(i-1, ',') || p.punct(i-1, '/') || p.punct(i-1, '$') || p.tok(i-1).kind == tWord && !p.punct(i-1, 'T')) && !p.is(i-1, "t") {
		return
	}
	h, j := t.num, i+1
	g = gHour
	if t.nd == 3 || t.nd == 4 { // "330 p.m.", "1030"
		h, mi = t.num/100, t.num%100
		g = gMinute
	}
	if (p.punct(j, ':') || p.punct(j, '.') && (p.isAMPMAfterMinutes(j+2) || p.isKw(i-1, kwAt) || p.tok(j+1).nd == 2 && p.zoneAt(j+2))) && p.glued(j) && p.tok(j+1).kind == tNum && p.glued(j+1) && p.tok(j+1).nd == 2 {
		mi = p.tok(j + 1).num
		j += 2
		g = gMinute
		if p.punct(j, ':') && p.glued(j) && p.tok(j+1).kind == tNum && p.tok(j+1).nd == 2 && p.glued(j+1) {
			s = p.tok(j + 1).num
			j += 2
			g = gSecond
			if p.punct(j, '.') && p.glued(j) && p.tok(j+1).kind == tNum && p.glued(j+1) { // milliseconds
				j += 2
			}
		}
	} else if p.is(j, "h") && p.glued(j) {
		// "15h30", "15h"
		j++
		g = gMinute
		if p.tok(j).kind == tNum && p.glued(j) && p.tok(j).nd == 2 {
			mi = p.tok(j).num
			j++
		}
		if h > 23 || mi > 59 {
			return
		}
		return h, mi, s, j, 0, g, true
	}
	if h > 24 || mi > 59 || s > 59 {
		return
	}
	if m, e := p.ampm(j); m != 0 {
		if h == 0 || h > 12 {
			return
		}
		if m == 2 && h < 12 {
			h += 12
		}
		if m == 1 && h == 12 {
			h = 0
		}
		return h, mi, s, e, m, g, true
	}
	if p.isKw(j, kwOclock) || p.is(j, "o") && (p.punct(j+1, '\'') || p.punct(j+1, '\u2019')) && p.isKw(j+2, kwClock) {
		e := j + 1
		if !p.isKw(j, kwOclock) {
			e = j + 3
		}
		if h > 12 {
			return
		}
		if m, e2 := p.ampm(e); m != 0 {
			if m == 2 && h < 12 {
				h += 12
			}
			return h, 0, 0, e2, m, gHour, true
		}
		return h, 0, 0, e, 0, gHour, true
	}
	if p.is(j, "o") && p.isKw(j+1, kwClock) {
		return h, 0, 0, j + 2, 0, gHour, true
	}
	if g >= gMinute && t.nd <= 2 {
		if h == 24 {
			h = 0
		}
		return h, mi, s, j, 0, g, true
	}
	// a bare hour: "at 1", "at 12" (chrono), "tonight at 8"; not a level:
	// "I'm at 10"
	be := p.is(i-2, "m") || p.is(i-2, "is") || p.is(i-2, "are") || p.is(i-2, "was") || p.is(i-2, "were") || p.is(i-2, "be")
	if (p.isKw(i-1, kwAt) && !be || p.punct(i-1, '@')) && t.nd <= 2 && h <= 12 && !(p.tok(j).kind == tWord && p.tok(j).lex() == nil) && !p.punct(j, '%') && !p.punct(j, '.') && !p.punct(j, ',') && !p.dash(j) && !p.isUnitAfter(j) {
		return h, 0, 0, j, 0, gHour, true
	}
	// a bare hour with a part of the day: "6 in the morning", "11 at night", "11 tonight"
	if t.nd <= 2 && h >= 1 && h <= 12 && !p.glued(j) {
		if p.isKw(j, kwIn) && p.isKw(j+1, kwThe) && p.tok(j+2).lex() != nil && p.tok(j+2).lex().pod != 0 ||
			p.isKw(j, kwAt) && p.is(j+1, "night") || p.isKw(j, kwTonight) {
			return h, 0, 0, j, 0, gHour, true
		}
	}
	return
}

// isAMPM reports am/pm at j.
func (p *parser) isAMPM(j int) bool {
	m, _ := p.ampm(j)
	return m != 0
}

func (p *parser) isAMPMAfterMinutes(j int) bool {
	return p.isAMPM(j)
}

// ampm reads "am", "pm", "a.m.", "p.m.", "p m", "A.M". It returns 1 for
// am, 2 for pm, and the token after.
func (p *parser) ampm(j int) (int, int) {
	switch {
	case p.isKw(j, kwAM) && !(p.tok(j).cap && !p.tok(j).upper && !p.glued(j)):
		return 1, j + 1
	case p.isKw(j, kwPM):
		return 2, j + 1
	case (p.is(j, "a") || p.is(j, "p")) && p.punct(j+1, '.') && p.glued(j+1) && p.is(j+2, "m") && p.glued(j+2):
		e := j + 3
		if p.punct(e, '.') && p.glued(e) {
			e++
		}
		if p.is(j, "a") {
			return 1, e
		}
		return 2, e
	case (p.is(j, "a") || p.is(j, "p")) && p.is(j+1, "m") && !p.glued(j+1) && p.tok(j+2).kind != tWord:
		if p.is(j, "a") {
			return 1, j + 2
		}
		return 2, j + 2
	case p.is(j, "p") && p.glued(j) && p.tok(j-1).kind == tNum && (p.punct(j+1, '.') || p.tok(j+1).kind != tWord):
		e := j + 1
		if p.punct(e, '.') && p.glued(e) {
			e++
		}
		return 2, e
	}
	return 0, j
}

// zoneAt reports a time zone word at j.
func (p *parser) zoneAt(j int) bool {
	e := p.tok(j).lex()
	return e != nil && e.flags&fTZ != 0
}

// zone reads a time zone after a time and records its offset.
func (p *parser) zone(j int, c cal) (int, cal) {
	k := j
	paren := false
	if p.punct(k, '(') && p.zoneAt(k+1) {
		k++
		paren = true
	}
	t := p.tok(k)
	if t.kind == tWord && t.lex() != nil && t.lex().flags&fTZ != 0 && (t.upper || p.is(k, "gmt") || p.is(k, "utc") || p.is(k, "pst") || p.is(k, "est")) && !(p.is(k, "z") && !p.glued(k)) {
		c.tz, c.hasTZ = t.lex().tz, true
		k++
		// "GMT+0900", "UTC+02:45", "GMT -08:45"
		if off, e, ok := p.offset(k); ok {
			c.tz += off
			k = e
		}
		if paren && p.punct(k, ')') {
			k++
		}
		// "GMT+0900 (JST)"
		if p.punct(k, '(') && p.zoneAt(k+1) && p.punct(k+2, ')') {
			k += 3
		}
		return k, c
	}
	if off, e, ok := p.offset(j); ok && (p.glued(j) || p.punct(j, '+') && p.tok(j+1).nd == 4) {
		// a bare "-4" after a time starts a range: "3:30-4:30pm"
		t := p.tok(j + 1)
		if t.nd == 4 || e > j+2 && !p.isAMPM(e) || p.punct(j, '+') {
			c.tz, c.hasTZ = off, true
			return e, c
		}
	}
	return j, c
}

// offset reads "+02:45", "+0245", "+02", "-08:45".
func (p *parser) offset(k int) (int, int, bool) {
	sign := 0
	switch {
	case p.punct(k, '+'):
		sign = 1
	case p.punct(k, '-'):
		sign = -1
	default:
		return 0, k, false
	}
	t := p.tok(k + 1)
	if t.kind != tNum || !p.glued(k+1) {
		return 0, k, false
	}
	h, m, e := 0, 0, k+2
	switch t.nd {
	case 1, 2:
		h = t.num
		if p.punct(e, ':') && p.glued(e) && p.tok(e+1).kind == tNum && p.tok(e+1).nd == 2 {
			m = p.tok(e + 1).num
			e += 2
		}
	case 4:
		h, m = t.num/100, t.num%100
	default:
		return 0, k, false
	}
	if h > 14 || m > 59 {
		return 0, k, false
	}
	return sign * (h*60 + m), e, true
}

// ---- sets ----

// ruleSet reads "every Monday", "each month", "every two years",
// "annually", "daily", "twice a year", "per year", "Mondays".
func (p *parser) ruleSet(i int) *node {
	switch p.kw(i) {
	case kwDaily, kwWeekly, kwMonthly, kwQuarterly, kwHourly, kwYearly, kwNightly:
		// before a noun these are adjectives: "quarterly dividend", "daily volume"
		if nx := p.tok(i + 1); nx.kind == tWord && !nx.cap && (nx.lex() == nil || nx.lex().flags&fPrep == 0 && nx.lex().kw != kwAnd && nx.lex().kw != kwOr && nx.lex().kw != kwSince && nx.lex().kw != kwFor) {
			return nil
		}
	}
	switch p.kw(i) {
	case kwDaily:
		return &node{end: i + 1, typ: Set, val: "P1D"}
	case kwWeekly:
		return &node{end: i + 1, typ: Set, val: "P1W"}
	case kwMonthly:
		return &node{end: i + 1, typ: Set, val: "P1M"}
	case kwAnnual:
		if p.is(i, "annual") {
			return nil
		}
		return &node{end: i + 1, typ: Set, val: "P1Y"}
	case kwYearly:
		return &node{end: i + 1, typ: Set, val: "P1Y"}
	case kwHourly:
		return &node{end: i + 1, typ: Set, val: "PT1H"}
	case kwQuarterly:
		return &node{end: i + 1, typ: Set, val: "P3M"}
	case kwNightly:
		return &node{end: i + 1, typ: Set, val: "XXXX-XX-XXTNI"}
	case kwEvery, kwEach, kwPer:
		j := i + 1
		if p.is(j, "other") {
			j++
		}
		t := p.tok(j)
		if t.kind == tWord && t.lex() != nil {
			e := t.lex()
			switch {
			case e.wday != 0:
				v := "XXXX-WXX-" + string(rune('0'+e.wday))
				end := j + 1
				if pod, pe := p.podAt(end); pod != 0 {
					v += "T" + podCodes[pod]
					end = pe
				}
				return &node{end: end, typ: Set, val: v}
			case e.month != 0 && t.cap:
				return &node{end: j + 1, typ: Set, val: "XXXX-" + twoDigits(int(e.month))}
			case e.pod != 0:
				return &node{end: j + 1, typ: Set, val: "XXXX-XX-XXT" + podCodes[e.pod]}
			case e.season != 0:
				return &node{end: j + 1, typ: Set, val: "XXXX-" + seasonCodes[e.season-1]}
			case e.unit == uQuarter && !e.plural:
				return &node{end: j + 1, typ: Set, val: "P1Q"}
			case e.unit != uNone && !e.plural:
				return &node{end: j + 1, typ: Set, val: dur{[]durPart{{1, e.unit}}}.String()}
			}
		}
		if d := p.durationFrom(j); d != nil && !p.isKw(i, kwPer) {
			return &node{end: d.end, typ: Set, val: d.dur.String()}
		}
	case kwA:
		// "twice a year", "three times a week"
		if p.is(i-1, "twice") || p.is(i-1, "once") || p.is(i-1, "thrice") || p.is(i-1, "times") {
			if u := p.tok(i + 1).lex(); u != nil && u.unit != uNone && !u.plural && p.tok(i+1).kind == tWord {
				return &node{end: i + 2, typ: Set, val: dur{[]durPart{{1, u.unit}}}.String()}
			}
		}
	}
	// "Mondays", "on Sundays"
	if t := p.tok(i); t.kind == tWord && t.lex() != nil && t.lex().wday != 0 && t.lex().plural && (p.isKw(i-1, kwOn) || t.cap) {
		v := "XXXX-WXX-" + string(rune('0'+t.lex().wday))
		return &node{end: i + 1, typ: Set, val: v}
	}
	return nil
}

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}

// ---- holidays ----

// ruleHoliday reads named days: "Christmas", "Christmas Eve", "New Year's
// Day", "Thanksgiving", "Easter", "Good Friday", "Labor Day 2012".
func (p *parser) ruleHoliday(i int) *node {
	m, d, j, ok := p.holidayAt(i)
	if !ok {
		return nil
	}
	k := j
	if p.isKw(k, kwOf) {
		k++
	}
	year := 0
	explicit := false
	if y, e, ok := p.year(k, false); ok {
		year, j, explicit = y, e, true
	} else if k > j && p.isKw(k, kwLast, kwNext, kwThis) && p.is(k+1, "year") && p.hasRef {
		year, j, explicit = p.ref.Year()+p.relShift(k), k+2, true
	}
	if !explicit {
		if !p.hasRef {
			return &node{end: j, typ: Date, rel: true}
		}
		year = p.ref.Year()
		day := func(y int) time.Time { return time.Date(y, time.Month(m(y)), d(y), 0, 0, 0, 0, time.UTC) }
		ref := time.Date(p.ref.Year(), p.ref.Month(), p.ref.Day(), 0, 0, 0, 0, time.UTC)
		switch {
		case p.isKw(i-1, kwLast):
			if !day(year).Before(ref) {
				year--
			}
		case p.isKw(i-1, kwNext):
			if !day(year).After(ref) {
				year++
			}
		default:
			switch p.bias(i) {
			case biasPast:
				if day(year).After(ref) {
					year--
				}
			case biasFuture, biasNext:
				if day(year).Before(ref) {
					year++
				}
			}
		}
	}
	mm, dd := m(year), d(year)
	if mm == 0 {
		return nil
	}
	return &node{end: j, typ: Date, c: cal{g: gDay, y: year, m: mm, d: dd}}
}

// holidayAt reads a holiday name and returns functions giving its month
// and day in a year.
func (p *parser) holidayAt(i int) (func(int) int, func(int) int, int, bool) {
	fixed := func(m, d int) (func(int) int, func(int) int) {
		return func(int) int { return m }, func(int) int { return d }
	}
	t := p.tok(i)
	if t.kind != tWord || t.lex() == nil || t.lex().flags&fHoliday == 0 {
		return nil, nil, i, false
	}
	// names that are nothing else may be written in lower case
	if !t.cap && !p.isKw(i-1, kwOn, kwLast, kwNext, kwThis) && t.lex().flags&fLowerHoliday == 0 {
		return nil, nil, i, false
	}
	j := i + 1
	// possessive "'s"
	poss := func(k int) int {
		if (p.punct(k, '\'') || p.punct(k, '\u2019')) && p.is(k+1, "s") && p.glued(k) {
			return k + 2
		}
		if (p.punct(k, '\'') || p.punct(k, '\u2019')) && p.glued(k) {
			return k + 1
		}
		return k
	}
	switch {
	case p.is(i, "new") && (p.is(i+1, "year") || p.is(i+1, "years")):
		k := poss(i + 2)
		if p.is(k, "day") {
			m, d := fixed(1, 1)
			return m, d, k + 1, true
		}
		if p.is(k, "eve") {
			m, d := fixed(12, 31)
			return m, d, k + 1, true
		}
		return nil, nil, i, false
	case p.is(i, "good") && p.is(i+1, "friday"):
		return easterMonth(-2), easterDay(-2), i + 2, true
	case p.is(i, "maundy") && p.is(i+1, "thursday"):
		return easterMonth(-3), easterDay(-3), i + 2, true
	case p.is(i, "palm") && p.is(i+1, "sunday"):
		return easterMonth(-7), easterDay(-7), i + 2, true
	case (p.is(i, "whit") || p.is(i, "white")) && p.is(i+1, "monday"):
		return easterMonth(50), easterDay(50), i + 2, true
	case (p.is(i, "whit") || p.is(i, "white")) && p.is(i+1, "sunday"):
		return easterMonth(49), easterDay(49), i + 2, true
	case p.is(i, "trinity") && p.is(i+1, "sunday"):
		return easterMonth(56), easterDay(56), i + 2, true
	case p.is(i, "mardi") && p.is(i+1, "gras"):
		return easterMonth(-47), easterDay(-47), i + 2, true
	case p.is(i, "black") && p.is(i+1, "friday"):
		return func(int) int { return 11 }, func(y int) int { return nthWeekday(y, 11, 4, 4) + 1 }, i + 2, true
	case p.is(i, "easter"):
		k := i + 1
		off := 0
		if p.is(k, "sunday") {
			k++
		} else if p.is(k, "monday") || p.is(k, "mon") {
			k++
			off = 1
		}
		return easterMonth(off), easterDay(off), k, true
	case p.is(i, "christmas") || p.is(i, "xmas"):
		if p.is(j, "eve") {
			m, d := fixed(12, 24)
			return m, d, j + 1, true
		}
		if p.is(j, "day") {
			j++
		}
		m, d := fixed(12, 25)
		return m, d, j, true
	case p.is(i, "st") || p.is(i, "saint"):
		k := i + 1
		if p.punct(k, '.') {
			k++
		}
		if p.is(k, "patrick") || p.is(k, "patricks") || p.is(k, "paddy") || p.is(k, "paddys") {
			k = poss(k + 1)
			if p.is(k, "day") {
				m, d := fixed(3, 17)
				return m, d, k + 1, true
			}
		}
		return nil, nil, i, false
	case p.is(i, "martin") && p.is(i+1, "luther") && p.is(i+2, "king"):
		k := poss(i + 3)
		if p.is(k, "day") {
			return func(int) int { return 1 }, func(y int) int { return nthWeekday(y, 1, 1, 3) }, k + 1, true
		}
		return nil, nil, i, false
	}
	e := t.lex()
	if e == nil || e.holiday == 0 {
		return nil, nil, i, false
	}
	h := holidays[e.holiday-1]
	k := poss(j)
	if h.follow != "" {
		if !p.is(k, h.follow) {
			return nil, nil, i, false
		}
		k++
	} else if p.is(k, "day") {
		k++
	}
	switch {
	case h.day != 0:
		m, d := fixed(h.month, h.day)
		return m, d, k, true
	case h.wday != 0:
		return func(int) int { return h.month }, func(y int) int { return nthWeekday(y, h.month, h.wday, h.nth) }, k, true
	default:
		return easterMonth(h.easter), easterDay(h.easter), k, true
	}
}

// easter returns Easter Sunday of year y (Gregorian computus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

func easterMonth(off int) func(int) int {
	return func(y int) int { return int(easter(y).AddDate(0, 0, off).Month()) }
}

func easterDay(off int) func(int) int {
	return func(y int) int { return easter(y).AddDate(0, 0, off).Day() }
}

// nthWeekday gives the day of the nth ISO weekday wd of a month; n = -1 is the last.
func nthWeekday(y, m, wd, n int) int {
	if n < 0 {
		last := daysIn(y, m)
		t := time.Date(y, time.Month(m), last, 0, 0, 0, 0, time.UTC)
		return last - (isoWeekday(t)-wd+7)%7
	}
	t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	first := 1 + (wd-isoWeekday(t)+7)%7
	return first + 7*(n-1)
}

// ---- references to the present, past and future ----

// ruleRef reads "now", "currently", "recently", "the past", "the future",
// "soon", "current", "recent", "previously", "right now".
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
		if p.is(i-1, "as") || p.isKw(i+1, kwAfter) || p.is(i+1, "as") {
			return nil
		}
		return &node{end: i + 1, typ: Date, val: "FUTURE_REF"}
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
	if p.isKw(i, kwThe) && (p.is(i+1, "near") || p.is(i+1, "short")) && p.is(i+2, "term") {
		return &node{end: i + 3, typ: Date, val: "FUTURE_REF"}
	}
	return nil
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

// rangeEnd reads the second half of a range after node n: "from 2010 to
// 2012", "9:00 AM to 5:00 PM", "3:30-4:30pm", "Monday to Friday", "Aug 10 -
// Nov 12". The two ends become two expressions; what the first lacks
// (am/pm, a year) it takes from the second.
func (p *parser) rangeEnd(n *node) *node {
	if n.rng != nil || n.typ == Duration || n.typ == Set || n.val != "" {
		return n
	}
	j := n.end
	if !(p.dash(j) || p.isKw(j, kwTo, kwThrough, kwUntil) || p.isKw(j, kwAnd) && p.isKw(n.start-1, kwBetween)) {
		return nil
	}
	k := j + 1
	var m *node
	switch {
	case n.typ == Time && n.clockOnly:
		// a bare hour after a time: "8pm - 11", "1pm-3", "7 - 8", "10 - 11 at night"
		m = p.core(k)
		if m == nil {
			h, mi, s, e, mer, g, ok := p.bareHour(k)
			if !ok {
				return nil
			}
			c := n.c
			c.h, c.mi, c.s, c.g = h, mi, s, g
			if n.mer == 2 && c.h < 12 {
				c.h += 12
			}
			m = &node{start: k, end: e, typ: Time, c: c, clockOnly: true, mer: mer}
		}
		if m.typ != Time {
			return nil
		}
		m.start = k
		m = p.extend1(m)
		if n.mer == 0 && m.mer == 2 && n.c.h < 12 && n.c.h+12 <= m.c.h {
			n.c.h += 12
		}
		if n.mer == 0 && m.mer == 3 && m.c.h >= 12 && n.c.h < 12 {
			n.c.h += 12
		}
	case n.c.g == gYear && p.isKw(n.start-1, kwFrom, kwBetween) || n.c.g == gYear && p.tok(n.start).kind == tNum && p.dash(j) && p.glued(j):
		y, e, ok := p.year(k, false)
		if !ok {
			// "1998-99"
			if p.tok(k).kind == tNum && p.tok(k).nd == 2 && p.glued(k) {
				y, e, ok = n.c.y/100*100+p.tok(k).num, k+1, true
			}
			if !ok || y <= n.c.y {
				return nil
			}
		}
		m = &node{start: k, end: e, typ: Date, c: cal{g: gYear, y: y}}
	default:
		m = p.core(k)
		if m == nil || m.rng != nil || m.typ != n.typ || m.val != "" {
			return nil
		}
		m.start = k
		m = p.extend1(m)
		// "Aug 10 - Nov 12, 2013", "From May to December, 2022": the year of the second end
		if (n.c.g == gDay || n.c.g == gMonth) && !n.explicitYear && m.explicitYear && !n.rel && m.c.g == n.c.g {
			n.c.y = m.c.y
			if m.c.m < n.c.m {
				n.c.y--
			}
		}
	}
	if m == nil {
		return nil
	}
	out := *n
	m.start = k
	out.rng = m
	out.end = m.end
	return &out
}

// extend1 attaches a time or a day to the second end of a range.
func (p *parser) extend1(m *node) *node {
	if a := p.attach(m); a != nil {
		return a
	}
	return m
}

// bareHour reads a bare hour that ends a time range: "11" in "8pm - 11".
func (p *parser) bareHour(k int) (h, mi, s, end, mer int, g grain, ok bool) {
	t := p.tok(k)
	if t.kind != tNum || t.nd > 2 || t.num > 24 {
		return
	}
	if p.glued(k+1) && (p.punct(k+1, '.') || p.punct(k+1, ',') || p.punct(k+1, '/')) {
		return
	}
	return t.num, 0, 0, k + 1, 0, gHour, true
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

// countNoun reports a noun after a number that makes it a count.
func (p *parser) countNoun(j int) bool {
	if p.tok(j).kind != tWord {
		return false
	}
	for _, w := range []string{"people", "points", "percent", "shares", "units", "times", "miles", "feet", "meters", "metres",
		"pounds", "tons", "tonnes", "dollars", "yen", "euros", "votes", "cars", "jobs", "workers", "troops", "employees",
		"kilometers", "kilometres", "km", "kg", "mph", "barrels", "acres", "residents", "members", "seats", "calories", "degrees"} {
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
	if p.isKw(j, kwFiscal) || p.is(j, "full") || p.is(j, "calendar") {
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
	if p.isKw(j+1, kwOf) || p.isKw(j+1, kwBefore) || p.isKw(j+1, kwAfter) || p.tok(j+1).kind == tNum {
		return nil
	}
	if !p.hasRef {
		return &node{end: j + 1, typ: Date, rel: true}
	}
	return &node{end: j + 1, typ: Date, c: at(p.ref, gYear)}
}

// ruleHourRange reads a range of hours whose first end is a bare number:
// "8 - 11pm", "12-3am", "10 - 11 at night", "7 to 9am".
func (p *parser) ruleHourRange(i int) *node {
	t := p.tok(i)
	if t.kind != tNum || t.nd > 2 || t.num > 12 || t.num == 0 || p.glued(i) && p.tok(i-1).kind != tPunct {
		return nil
	}
	if !(p.dash(i+1) || p.isKw(i+1, kwTo, kwUntil)) {
		return nil
	}
	k := i + 2
	m := p.ruleClock(k)
	if m == nil || m.mer == 0 {
		return nil
	}
	h := t.num
	switch {
	case m.mer == 1 && h == 12:
		h = 0
	case (m.mer == 2 || m.mer == 3) && h < 12 && h+12 <= m.c.h:
		h += 12
	}
	first := &node{end: i + 1, typ: Time, c: m.c, clockOnly: true}
	first.c.h, first.c.mi, first.c.s, first.c.g = h, 0, 0, gHour
	m.start = k
	first.rng = m
	first.end = m.end
	return first
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
	}
	if n > 5 {
		return nil
	}
	what := p.tok(k)
	if what.kind != tWord || what.lex() == nil {
		return nil
	}
	wd, u := int(what.lex().wday), what.lex().unit
	if what.lex().plural || wd == 0 && u != uWeek && u != uDay && u != uWeekend {
		return nil
	}
	if !p.isKw(k+1, kwOf, kwIn) {
		return nil
	}
	y, m, e := 0, 0, 0
	explicit := false
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
			y = p.monthYear(m, p.bias(i))
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
			day = last
		} else {
			day = first.AddDate(0, 0, n-1)
		}
	case u == uWeek:
		// the weeks that start in the month, counted from either end
		g = gWeek
		mon := first.AddDate(0, 0, (8-isoWeekday(first))%7)
		if n < 0 {
			mon = monday(last)
			if mon.Month() != time.Month(m) {
				mon = mon.AddDate(0, 0, -7)
			}
		} else {
			mon = mon.AddDate(0, 0, 7*(n-1))
		}
		day = mon
	case u == uWeekend:
		g = gWeekend
		sat := time.Date(y, time.Month(m), nthWeekday(y, m, 6, n), 0, 0, 0, 0, time.UTC)
		day = sat
	}
	out := &node{end: e, typ: Date, c: fromDay(day, g), explicitYear: explicit}
	return out
}

// rulePastTo reads clock times counted from an hour: "a quarter past
// 3pm", "half past three", "20 past 3", "15 minutes past noon", "a quarter
// to noon", "twenty after 3pm".
func (p *parser) rulePastTo(i int) *node {
	mins, j := 0, i
	named := true // "quarter", "half" or "minutes" say it is a time
	switch {
	case p.isKw(i, kwA) && p.is(i+1, "quarter"):
		mins, j = 15, i+2
	case p.is(i, "quarter"):
		mins, j = 15, i+1
	case p.isKw(i, kwHalfWord):
		mins, j = 30, i+1
	default:
		n, e, ok := p.cardinal(i, false)
		if !ok || n < 1 || n >= 60 || n != float64(int(n)) {
			return nil
		}
		mins, j = int(n), e
		named = false
		if p.isUnit(j, uMinute) {
			j++
			named = true
		}
	}
	sign := 0
	switch {
	case p.is(j, "past") || p.isKw(j, kwAfter):
		sign = 1
	case p.isKw(j, kwTo) || p.is(j, "till") || p.isKw(j, kwBefore):
		sign = -1
	default:
		return nil
	}
	k := j + 1
	c := p.ruleClock(k)
	if c == nil {
		// a bare hour, in digits or words: "half past three"
		h, e, ok := p.cardinal(k, false)
		if !ok || h < 1 || h > 12 || h != float64(int(h)) {
			return nil
		}
		c = &node{end: e, typ: Time, clockOnly: true}
		c.c = cal{g: gHour, h: int(h)}
		if p.hasRef {
			c.c = withClock(at(p.ref, gDay), c.c)
		} else {
			c.c.noDate = true
		}
		if m, e2 := p.ampm(e); m != 0 {
			c.end = e2
			if m == 2 && c.c.h < 12 {
				c.c.h += 12
			}
		} else if !named {
			return nil // "5 to 10 people"
		}
	}
	if !named && !(p.is(j, "past") || p.isKw(j, kwAfter)) && c.mer == 0 && !p.isKw(k, kwNoon, kwMidnight) {
		return nil
	}
	if c.c.g > gMinute || c.c.mi != 0 {
		return nil
	}
	out := *c
	t := time.Date(2000, 1, 1, c.c.h, 0, 0, 0, time.UTC).Add(time.Duration(sign*mins) * time.Minute)
	out.c.h, out.c.mi, out.c.g = t.Hour(), t.Minute(), gMinute
	if t.Day() != 1 && !out.c.noDate {
		out.c = out.c.withDay(out.c.day().AddDate(0, 0, t.Day()-1))
	}
	return &out
}
