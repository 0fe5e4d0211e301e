package timex

import (
	"strings"
	"sync"
)

// The grammar: one function per form of expression. A rule at token i
// returns the node it reads there or nil. expr wraps the core rules with
// what may come before (modifiers, "the") and after (a time, a part of the
// day, the other end of a range).

// The rules by the kind of token they may begin with, so that each token
// meets only the rules that can use it.
var numRules, wordRules, punctRules, theRules []func(*parser, int) *node

// wordStarts gives, for each of wordRules in order, the words of the
// lexicon it may begin with; each lexicon entry keeps the rules it meets.
var wordStarts []func(e *entry, w string) bool

// dispatch fills each lexicon entry's rules, once; allRules turns the
// dispatch off, for the test that it changes nothing.
var (
	dispatch sync.Once
	allRules bool
)

func buildDispatch() {
	for w, e := range lexicon {
		for k, starts := range wordStarts {
			if starts(e, w) {
				e.rules = append(e.rules, wordRules[k])
			}
		}
	}
}

// Word classes the rules begin with.
func ordLike(e *entry) bool { return e.ord > 0 || e.num == 20 || e.num == 30 }

func cardLike(e *entry, w string) bool {
	return e.num > 0 || w == "dozen" || e.kw == kwA || e.kw == kwFew || e.kw == kwSeveral || e.kw == kwMany || e.kw == kwCouple || e.kw == kwHalfWord
}

func hasKw(e *entry, ks ...kw) bool {
	for _, k := range ks {
		if e.kw == k {
			return true
		}
	}
	return false
}

func init() {
	numRules = []func(*parser, int) *node{
		(*parser).ruleISO, (*parser).ruleNumeric, (*parser).ruleDayFirst, (*parser).ruleYearFirst,
		(*parser).ruleYear, (*parser).ruleDecade, (*parser).ruleQuarter, (*parser).ruleAgo,
		(*parser).ruleDuration, (*parser).ruleClock, (*parser).ruleDayRange, (*parser).ruleHourRange,
		(*parser).ruleNthOfMonth, (*parser).rulePastTo, (*parser).ruleWeekdaysAway, (*parser).ruleDayAlone,
	}
	wordRules = []func(*parser, int) *node{
		(*parser).ruleMonthFirst, (*parser).ruleDayFirst, (*parser).ruleWeekday, (*parser).ruleYear,
		(*parser).ruleDecade, (*parser).ruleQuarter, (*parser).ruleSeason, (*parser).ruleRelWord,
		(*parser).ruleRelUnit, (*parser).ruleAgo, (*parser).ruleDuration, (*parser).ruleClock,
		(*parser).ruleSet, (*parser).ruleHoliday, (*parser).ruleRef, (*parser).ruleDayRange,
		(*parser).ruleWeekend, (*parser).ruleTheYear, (*parser).ruleNthOfMonth, (*parser).rulePastTo,
		(*parser).ruleUnitEdge, (*parser).ruleWeekdaysAway, (*parser).ruleDayAlone, (*parser).ruleWeekOf,
		(*parser).rulePartOfDay,
	}
	wordStarts = []func(e *entry, w string) bool{
		func(e *entry, w string) bool { return e.month != 0 },                                               // MonthFirst
		func(e *entry, w string) bool { return ordLike(e) },                                                 // DayFirst
		func(e *entry, w string) bool { return e.wday != 0 },                                                // Weekday
		func(e *entry, w string) bool { return e.kw == kwFiscal || w == "fy" || e.num >= 2 && e.num <= 20 }, // Year
		func(e *entry, w string) bool {
			return ordLike(e) || e.flags&fStart != 0 && len(w) > 5 && w[len(w)-3:] == "ies"
		}, // Decade
		func(e *entry, w string) bool {
			return ordLike(e) || w == "q" || w == "h" || w == "final" || hasKw(e, kwLast, kwThis, kwNext) || e.flags&fQuarterRef != 0
		}, // Quarter
		func(e *entry, w string) bool {
			return e.season != 0 || hasKw(e, kwThis, kwLast, kwNext, kwPast, kwComing, kwCurrent)
		}, // Season
		func(e *entry, w string) bool {
			return hasKw(e, kwToday, kwTomorrow, kwYesterday, kwTonight, kwThe, kwLast, kwThis) || w == "day"
		}, // RelWord
		func(e *entry, w string) bool {
			return hasKw(e, kwLast, kwNext, kwThis, kwPast, kwComing, kwPrevious, kwFollowing, kwCurrent, kwUpcoming)
		}, // RelUnit
		func(e *entry, w string) bool { return cardLike(e, w) || e.unit != uNone && e.plural }, // Ago
		func(e *entry, w string) bool {
			return cardLike(e, w) || e.kw == kwPer || w == "first" || w == "single" || e.unit != uNone && e.plural
		}, // Duration
		func(e *entry, w string) bool {
			return hasKw(e, kwNoon, kwMidnight) || w == "midday" || e.num >= 1 && e.num <= 12
		}, // Clock
		func(e *entry, w string) bool {
			return hasKw(e, kwDaily, kwWeekly, kwMonthly, kwQuarterly, kwHourly, kwYearly, kwNightly, kwAnnual, kwEvery, kwEach, kwPer, kwA) || e.wday != 0 && e.plural
		}, // Set
		func(e *entry, w string) bool { return e.flags&fHoliday != 0 || e.holiday != 0 }, // Holiday
		func(e *entry, w string) bool {
			return hasKw(e, kwNow, kwRight, kwJust, kwAlready, kwRecently, kwMore, kwSoon, kwVery, kwCurrent, kwRecent, kwThe, kwFuture, kwComing, kwUpcoming, kwA) ||
				w == "previously" || w == "formerly" || w == "nowadays" || w == "presently" || w == "one" || w == "these"
		}, // Ref
		func(e *entry, w string) bool { return ordLike(e) },                       // DayRange
		func(e *entry, w string) bool { return e.unit == uWeekend },               // Weekend
		func(e *entry, w string) bool { return e.kw == kwThat || w == "same" },    // TheYear
		func(e *entry, w string) bool { return ordLike(e) || e.kw == kwLast },     // NthOfMonth
		func(e *entry, w string) bool { return cardLike(e, w) || w == "quarter" }, // PastTo
		func(e *entry, w string) bool {
			return w == "eom" || w == "eoy" || e.unit == uMonth || e.unit == uWeek || e.unit == uYear || e.unit == uDay
		}, // UnitEdge
		func(e *entry, w string) bool { return cardLike(e, w) },              // WeekdaysAway
		func(e *entry, w string) bool { return ordLike(e) },                  // DayAlone
		func(e *entry, w string) bool { return e.unit == uWeek },             // WeekOf
		func(e *entry, w string) bool { return e.pod != 0 || e.kw == kwMid }, // PartOfDay
	}
	punctRules = []func(*parser, int) *node{(*parser).ruleYear, (*parser).ruleDecade, (*parser).ruleAgo}
	// "the" begins these itself; before other expressions expr absorbs it
	theRules = []func(*parser, int) *node{
		(*parser).ruleDayFirst, (*parser).ruleRelWord, (*parser).ruleRef, (*parser).ruleDayRange,
		(*parser).ruleWeekend, (*parser).ruleTheYear, (*parser).ruleNthOfMonth, (*parser).ruleQuarter,
		(*parser).ruleRelUnit, (*parser).ruleUnitEdge, (*parser).ruleDayAlone, (*parser).ruleWeekOf,
		(*parser).rulePartOfDay,
	}
}

// core returns the longest node any core rule reads at i.
func (p *parser) core(i int) *node {
	e := &p.memo[i&(memoSize-1)]
	if i >= 0 && e.i == i && e.gen == p.gen+1 {
		if m := e.n; m != nil {
			c := *m
			return &c
		}
		return nil
	}
	best := p.core1(i)
	if i >= 0 {
		var keep *node
		if best != nil {
			c := *best
			keep = &c
		}
		*e = memoEntry{i, p.gen + 1, keep}
	}
	return best
}

// core1 runs the rules at token i.
func (p *parser) core1(i int) *node {
	var best *node
	rules := wordRules
	switch t := p.tok(i); t.kind {
	case tWord:
		if p.isKw(i, kwThe) {
			rules = theRules
		} else if e := t.lex(); e != nil && !allRules {
			dispatch.Do(buildDispatch)
			rules = e.rules
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
	if nx := p.tok(m.end); t.kind == tWord && t.lex() != nil && t.lex().holiday != 0 && nx.kind == tWord && !nx.cap && nx.lex() == nil && !p.tok(m.end).nl {
		return false // "the Christmas recess"
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
		// "more than the year before" compares; it is no bound
		if p.isKw(i+1, kwThan) && !p.isKw(i+2, kwThe) {
			return "MORE_THAN", i + 2, true
		}
	case kwLess:
		if p.isKw(i+1, kwThan) && !p.isKw(i+2, kwThe) {
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
		if _, _, ok := p.cardinal(i+1, false); ok || p.isKw(i+1, kwA) && p.isUnit(i+2, p.tok(i+2).lex().unitOr()) {
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

// weekdayClock is the value of a time on a week day with no date to count
// from: the day's value (XXXX-WXX-4) with the clock's time, XXXX-WXX-4T06:00.
func weekdayClock(day string, clock cal) string {
	return day[:len("XXXX-WXX-4")] + strings.TrimPrefix(clock.String(), "XXXX-XX-XX")
}

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
	if (n.typ == Date || n.typ == Time) && !n.rel && !n.clockOnly && (p.punct(j, '+') || p.punct(j, '-') && p.glued(j+1)) && n.c.g >= gDay {
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
	// a weekday after a day: "Aug 8, Fri"
	if isDay(n) && !n.explicitYear && !n.relDay && (p.punct(j, ',') || p.punct(j, '(')) {
		if wd, e, ok := p.weekdayAt(j + 1); ok && (e >= len(p.toks) || p.tok(e).nl || p.tok(e).kind == tPunct) {
			if p.punct(j, '(') && p.punct(e, ')') {
				e++
			}
			c := *n
			c.end = e
			return p.agreeWeekday(&c, wd)
		}
	}
	// a week day with no date to count from, then its part or its time:
	// "Saturday morning" is XXXX-WXX-6TMO, "Thursday at 6am" XXXX-WXX-4T06:00
	if n.typ == Date && len(n.val) == len("XXXX-WXX-4") && strings.HasPrefix(n.val, "XXXX-WXX-") {
		if pod, e := p.podAt(j); pod != 0 {
			out := *n
			out.end, out.typ, out.val = e, Time, n.val+"T"+podCodes[pod]
			return &out
		}
		k := j
		if p.isKw(k, kwAt) {
			k++
		}
		if c := p.ruleClock(k); c != nil && k > j && c.c.noDate {
			out := *n
			out.end, out.typ, out.val = c.end, Time, weekdayClock(n.val, c.c)
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
			if p.isKw(k, kwMidnight) && !out.rel && !out.c.noYear {
				out.c = out.c.withDay(out.c.day().AddDate(0, 0, 1)) // "Friday at midnight" ends Friday
			}
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
			if strings.HasPrefix(d.val, "XXXX-WXX-") && n.c.noDate {
				// "6am Thursday" with no date to count from: the weekday's
				// value with the clock's, XXXX-WXX-4T06:00
				out.val = weekdayClock(d.val, n.c)
			} else if !d.rel {
				c := d.c
				c.g, c.h, c.mi, c.s = n.c.g, n.c.h, n.c.mi, n.c.s
				c.hasTZ, c.tz, c.dst = n.c.hasTZ, n.c.tz, n.c.dst
				if d.c.g == gPOD {
					c = adjustPOD(c, d.c.pod, n.mer)
					c.g = n.c.g
				}
				if p.isKw(n.start, kwMidnight) && !c.noYear {
					c = c.withDay(c.day().AddDate(0, 0, 1)) // "midnight Friday" ends Friday
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
			if pod, e := p.podAt(n.end); pod != 0 && n.typ == Date {
				// "at 4 tomorrow afternoon"
				n.end, n.typ = e, Time
				n.c.g, n.c.pod = gPOD, pod
			}
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
	out.hasTZ, out.tz, out.dst = clock.hasTZ, clock.tz, clock.dst
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

// ---- absolute dates ----

// ---- relative expressions ----

// ---- times ----

// ---- sets ----

// ---- holidays ----

// ---- references to the present, past and future ----

// rangeEnd reads the second half of a range after node n: "from 2010 to
// 2012", "9:00 AM to 5:00 PM", "3:30-4:30pm", "Monday to Friday", "Aug 10 -
// Nov 12". The two ends become two expressions; what the first lacks
// (am/pm, a year) it takes from the second.
func (p *parser) rangeEnd(n *node) *node {
	if n.rng != nil || n.typ == Duration || n.typ == Set || n.val != "" {
		return n
	}
	j := n.end
	// "2022/23", "2023/2024": a season or a financial year, the next year after a slash
	slash := p.punct(j, '/') && p.glued(j) && p.glued(j+1) && n.c.g == gYear && p.tok(n.start).kind == tNum &&
		(p.tok(j+1).nd == 2 && p.tok(j+1).num == (n.c.y+1)%100 || p.tok(j+1).nd == 4 && p.tok(j+1).num == n.c.y+1)
	if !(p.dash(j) || slash || p.isKw(j, kwTo, kwThrough, kwUntil) || p.isKw(j, kwAnd) && p.isKw(n.start-1, kwBetween)) {
		return nil
	}
	k := j + 1
	var m *node
	switch {
	case n.typ == Time && n.clockOnly:
		// a bare hour after a time: "8pm - 11", "1pm-3", "7 - 8", "10 - 11 at night"
		if m = p.ruleClock(k); m == nil {
			m = p.core(k)
		}
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
		if m.typ == Time && !m.clockOnly {
			// "8:15 - 10:45 on Thursday", "3pm-5pm tomorrow": the day of
			// the second end is the first's too
			c := m.c
			c.g, c.h, c.mi, c.s, c.hasTZ, c.tz, c.dst = n.c.g, n.c.h, n.c.mi, n.c.s, n.c.hasTZ, n.c.tz, n.c.dst
			n.c, n.clockOnly, n.rel = c, false, m.rel
		}
		if m.c.hasTZ && !n.c.hasTZ {
			n.c.hasTZ, n.c.tz, n.c.dst = true, m.c.tz, m.c.dst // "9:30 - 11:00 CST": both ends
		}
		if n.mer == 0 && m.mer == 2 && n.c.h < 12 && n.c.h+12 <= m.c.h {
			n.c.h += 12
		}
		if n.mer == 0 && m.mer == 0 && m.dial && m.c.h < n.c.h && m.c.h+12 > n.c.h {
			m.c.h += 12 // "11:30-1:30" ends after noon
		}
		if n.mer == 0 && m.mer == 3 && m.c.h >= 12 && n.c.h < 12 {
			n.c.h += 12
		}
	case n.c.g == gYear && p.isKw(n.start-1, kwFrom, kwBetween) || n.c.g == gYear && p.tok(n.start).kind == tNum && (p.dash(j) && p.glued(j) || slash):
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
		if n.typ == Time && !n.clockOnly && m.clockOnly {
			// "Thursday 9 a.m. to 11 a.m.": the second end is on the first's
			// day; "Wed Nov 8, 09:00 - 10:30:15 2023": a year after it is both's
			if y, ye, ok := p.year(m.end, false); ok && p.tok(m.end).kind == tNum && !n.explicitYear && !n.rel && validDate(y, n.c.m, n.c.d) {
				n.c.y, n.explicitYear, m.end = y, true, ye
			}
			c := n.c
			c.g, c.h, c.mi, c.s, c.hasTZ, c.tz, c.dst = m.c.g, m.c.h, m.c.mi, m.c.s, m.c.hasTZ, m.c.tz, m.c.dst
			if n.mer == 2 && m.mer == 0 && c.h < 12 {
				c.h += 12
			}
			m.c, m.clockOnly, m.rel = c, false, n.rel
		}
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
	p.orderRange(n, m)
	out := *n
	m.start = k
	out.rng = m
	out.end = m.end
	return &out
}

// orderRange puts the start of a range before its end when the start's
// year or week was only guessed: "Season: November to May" in April begins the
// November before; "Thursday to Monday" on a Sunday starts three days back.
// A text read ahead (Options.Ahead) moves the end on instead.
func (p *parser) orderRange(n, m *node) {
	if n.rel || m.rel || n.explicitYear || n.c.noYear || m.c.noYear || n.val != "" || m.val != "" || n.c.g != m.c.g && !(n.relDay && m.relDay) {
		return
	}
	if n.c.g < gMonth || n.c.g == gWeek || n.c.g == gWeekend || n.c.g > gPOD && !n.relDay {
		return
	}
	if !n.c.instant().After(m.c.instant()) {
		return
	}
	if p.ahead {
		// Options.Ahead: the start is the first from the reference on, so
		// the end moves on instead: "December to May" in April ends next May
		switch {
		case m.relDay && m.c.g >= gDay:
			m.c = m.c.withDay(m.c.day().AddDate(0, 0, 7))
		case m.c.g == gMonth || m.c.g == gDay:
			m.c.y++
		}
		return
	}
	switch {
	case n.relDay && n.c.g >= gDay:
		n.c = n.c.withDay(n.c.day().AddDate(0, 0, -7))
	case n.c.g == gMonth || n.c.g == gDay:
		n.c.y--
	}
}

// extend1 attaches a time or a day to the second end of a range.
func (p *parser) extend1(m *node) *node {
	if a := p.attach(m); a != nil {
		return a
	}
	return m
}
