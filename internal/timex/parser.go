package timex

import (
	"time"
)

// The parser walks the tokens left to right. At each token it tries every
// rule of the grammar (grammar.go), keeps the longest expression found,
// emits it and goes on after it. Each rule looks a bounded number of
// tokens ahead, so a pass is linear in the text.

// A node is one expression found by a rule: its tokens, its type and its
// value, resolved against the reference date when it is relative.
type node struct {
	start, end int // token indices, half-open
	typ        Type
	c          cal    // the calendar value of a date or time
	val        string // a value not held by c: durations, sets, PRESENT_REF
	mod        string
	rel        bool  // needs the reference date and had none: no value
	rng        *node // the end of a range whose start this node is
	dur        dur   // the duration of a Duration node

	relDay       bool // a day named relative to the reference or by weekday: times may attach
	explicitYear bool // the year was written
	clockOnly    bool // a time of day whose day is not named in the text
	mer          int  // 1 am, 2 pm, 3 from a part of the day; 0 when the clock said neither
	strong       bool // a time that stands on its own after a comma: "9:30", "9 pm"
	dial         bool // an hour on a 12-hour dial without am or pm: "3:30", "at 3"
	adj          bool // an adjective before a noun: "third-quarter", "6-year", "year-ago"
	invalid      bool // an impossible date was read here: nothing may be found in it
	anaphoric    bool // resolved against an earlier expression: not itself an antecedent
}

// value formats the node's TIMEX3 value.
func (n *node) value() string {
	if n.rel {
		return ""
	}
	if n.val != "" {
		return n.val
	}
	if n.typ == Duration {
		return n.dur.String()
	}
	return n.c.String()
}

type parser struct {
	text   string
	toks   []token
	ref    time.Time
	hasRef bool

	dayFirst bool // a numeric date gives its day first: Options.Order
	ahead    bool // dates without a year or week look ahead: Options.Ahead

	// discourse state: the last quarter mentioned, for "the quarter" and
	// "a year earlier" in financial reports.
	quarter    cal
	hasQuarter bool
	// the year of the last date written with one, for "the following year"
	lastYear    int
	hasLastYear bool
	// the last whole year named, "last year" too, for "the year previous"
	yearNamed    int
	hasYearNamed bool
	// the last month named, for "the following month"
	lastMonth    cal
	hasLastMonth bool
	// periodMonth: of a quarter and a month, the month was named last
	periodMonth bool
	// the last half-year named, and whether it was named after the
	// last quarter and month: "the same period last year"
	half       cal
	periodHalf bool
	// periodMonths: a span of six months or more ("the nine months") was
	// named after the last quarter: "a year earlier" is the year before
	periodMonths bool
	// the last day named, for "ended the day"
	lastDay    cal
	hasLastDay bool
	// the last time of day that began a line, in minutes, and the days
	// the stamps of a live report have run past the reference's
	stampMin, stampDays int
	hasStamp            bool
	// signed is set while reading "+15 minutes": short units stand alone there
	signed bool

	// memo keeps what core found at the last few tokens, valid while gen
	// (bumped whenever an expression changes the discourse state) is
	// unchanged: "the" and the modifiers make the parser read the next
	// token twice, a little way ahead.
	memo [memoSize]memoEntry
	gen  int
}

const memoSize = 16 // a power of two

type memoEntry struct {
	i   int // the token
	gen int // 1 + the generation it was computed in; 0 when empty
	n   *node
}

// tok returns token i, or a zero token past either end.
func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return &zeroTok
	}
	return &p.toks[i]
}

var zeroTok = token{start: -1, end: -1}

func (p *parser) kw(i int) kw {
	if e := p.tok(i).lex(); e != nil {
		return e.kw
	}
	return kwNone
}

func (p *parser) isKw(i int, k ...kw) bool {
	w := p.kw(i)
	for _, x := range k {
		if w == x {
			return true
		}
	}
	return false
}

func (p *parser) punct(i int, ch rune) bool {
	t := p.tok(i)
	return t.kind == tPunct && t.ch == ch
}

// dash reports a hyphen or dash at token i.
func (p *parser) dash(i int) bool {
	t := p.tok(i)
	return t.kind == tPunct && (t.ch == '-' || t.ch == '\u2013' || t.ch == '\u2014')
}

// glued reports that token i follows token i-1 with no space between.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i].start == p.toks[i-1].end
}

func (p *parser) str(i int) string {
	t := p.tok(i)
	if t.start < 0 {
		return ""
	}
	return p.text[t.start:t.end]
}

// lower reports whether word i, lower-cased, is s (ASCII only).
func (p *parser) is(i int, s string) bool {
	w := p.str(i)
	if len(w) != len(s) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[k] {
			return false
		}
	}
	return true
}

// isOneOf reports whether word i, lower-cased, is one of words.
func (p *parser) isOneOf(i int, words ...string) bool {
	for _, w := range words {
		if p.is(i, w) {
			return true
		}
	}
	return false
}

// sentenceEnd reports a sentence or line boundary before token i.
func (p *parser) boundaryBefore(i int) bool {
	if i <= 0 || i >= len(p.toks) {
		return true
	}
	t := &p.toks[i]
	if t.nl {
		return true
	}
	prev := &p.toks[i-1]
	if prev.kind == tPunct && (prev.ch == '.' || prev.ch == ':' || prev.ch == ',') && t.kind == tNum && p.glued(i) && p.glued(i-1) && p.tok(i-2).kind == tNum {
		return false // "12.5", "10:30", "1,194"
	}
	if prev.kind == tPunct && (prev.ch == '.' || prev.ch == '!' || prev.ch == '?' || prev.ch == ';' || prev.ch == ':') {
		// "Sept." and "p.m." end abbreviations, not sentences.
		if prev.ch == '.' && i >= 2 {
			pp := p.tok(i - 2)
			if pp.kind == tWord && (pp.end-pp.start <= 2 || pp.lex() != nil && pp.lex().flags&fAbbrev != 0) {
				return false
			}
		}
		return true
	}
	return false
}

// run finds every expression.
func (p *parser) run() []Timex {
	var out []Timex
	for i := 0; i < len(p.toks); {
		if !p.mayStart(i) {
			i++
			continue
		}
		n := p.best(i)
		if n == nil {
			i++
			continue
		}
		out = p.emit(out, n)
		i = n.end
	}
	return out
}

// mayStart is a cheap filter: only numbers, lexicon words and a few marks
// can begin an expression.
func (p *parser) mayStart(i int) bool {
	t := &p.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tWord:
		if t.lex() == nil || t.lex().flags&fStart == 0 {
			return false
		}
		if t.lex().flags&fShortUnit != 0 && t.end-t.start <= 3 && t.lex().month == 0 && t.lex().wday == 0 {
			return false // "s", "h", "hr" follow a number; they begin nothing
		}
		// frequent words that begin an expression only before certain words
		switch t.lex().kw {
		case kwA:
			// "a week", "a few days", "a couple of years", "a quarter past",
			// "a year earlier": a unit, a count or a vague count follows
			nx := p.tok(i + 1).lex()
			return nx != nil && (nx.unit != uNone || nx.num != 0 || nx.kw == kwFew || nx.kw == kwCouple || nx.kw == kwHalfWord) || p.is(i+1, "dozen") || p.is(i+1, "hundred")
		case kwThat:
			return p.is(i+1, "year") || p.is(i+1, "same")
		case kwAt:
			return p.isKw(i+1, kwLeast, kwThe) || p.is(i+1, "most")
		case kwMore, kwLess:
			return p.isKw(i+1, kwThan, kwRecently)
		case kwUp:
			return p.isKw(i+1, kwTo)
		case kwVery:
			return p.isKw(i+1, kwSoon)
		case kwOver:
			return p.tok(i+1).kind == tNum || p.tok(i+1).lex() != nil && p.tok(i+1).lex().num != 0 || p.isKw(i+1, kwA) && p.tok(i+2).lex().unitOr() != uNone
		case kwEnd, kwStart, kwBeginning:
			return p.isKw(i+1, kwOf) || p.dash(i+1)
		}
		if p.is(i, "q") || p.is(i, "h") || p.is(i, "fy") {
			return p.tok(i+1).kind == tNum && p.glued(i+1)
		}
		if p.is(i, "no") {
			return p.isKw(i+1, kwMore)
		}
		if t.lex().flags&(fHoliday|fQuarterRef) != 0 && t.lex().holiday == 0 && t.lex().month == 0 && t.lex().unit == uNone && t.lex().kw == kwNone && t.lex().wday == 0 {
			// "new", "good", "latest", "same": only as part of a longer name
			nx := p.tok(i + 1)
			return nx.kind == tWord && (nx.lex() != nil || t.lex().flags&fHoliday != 0) || p.punct(i+1, '\'') || p.punct(i+1, '.') || p.punct(i+1, '-')
		}
		return true
	case tPunct:
		switch t.ch {
		case '\'', '\u2019': // "'96", "the '90s"
			return p.tok(i+1).kind == tNum && p.glued(i+1)
		case '+', '-': // "+15 minutes", "-3y"
			return p.glued(i + 1)
		}
		return false
	}
	return false
}

// best tries every rule at token i and returns the longest node.
func (p *parser) best(i int) *node {
	best := p.expr(i)
	if best == nil || best.end <= i || p.titled(i, best.end) {
		return nil
	}
	best.start = i
	if best.typ == Time && best.clockOnly && p.hasRef {
		if p.isolated(i) {
			p.nextClock(best)
		}
		if best.rng == nil && !best.c.noDate {
			p.clockDay(best, i)
		}
	}
	p.note(best)
	return best
}

// clockDay dates a time of day whose day the text does not name: a
// stamp that begins a line by the stamps before it, and a time told in
// the past ("was shot at 10 p.m.") on the day last named, when that day
// is at most a month past: a date from long before is no setting for
// a bare time.
func (p *parser) clockDay(n *node, i int) {
	if i == 0 || p.tok(i).nl {
		if n.c.g >= gHour {
			p.stamp(n)
		}
		return
	}
	if d := p.lastDay.day(); p.hasLastDay && d.Before(n.c.day()) && n.c.day().Sub(d) <= 31*24*time.Hour && p.bias(i) == biasPast {
		n.c = n.c.withDay(p.lastDay.day())
	}
}

// stamp dates a time of day that begins a line, as the entries of a live
// report do ("11.45pm: ...", "00:30: ..."): one early in the morning
// after one late in the evening has run past midnight, and so do the
// morning stamps after it.
func (p *parser) stamp(n *node) {
	m := n.c.h*60 + n.c.mi
	if p.hasStamp && p.stampMin >= 18*60 && m < 6*60 {
		p.stampDays++
	}
	if p.stampDays > 0 && m < 12*60 {
		n.c = n.c.withDay(n.c.day().AddDate(0, 0, p.stampDays))
	}
	p.stampMin, p.hasStamp = m, true
}

// titled reports words [i, j) that name a programme or a paper: "the
// BBC's Today programme", "Sky's Sunday Morning show", "The Sunday
// paper". Every word is capitalised but a leading "the", no number is
// among them, and a noun for a title follows.
func (p *parser) titled(i, j int) bool {
	switch p.str(j) {
	case "programme", "program", "show", "newspaper", "magazine", "podcast", "bulletin":
	default:
		return false
	}
	for k := i; k < j; k++ {
		t := p.tok(k)
		if t.kind != tWord || !t.cap && !(k == i && p.isKw(k, kwThe)) {
			return false
		}
	}
	return true
}

// note keeps discourse state after a node is chosen.
func (p *parser) note(n *node) {
	p.gen++
	if n.typ == Duration && len(n.dur.parts) == 1 && n.dur.parts[0].unit == uMonth && n.dur.parts[0].n >= 6 && n.dur.parts[0].n < 12 {
		p.periodMonths = true
	}
	if n.anaphoric || n.rel || n.val != "" {
		return
	}
	if n.typ == Date && n.c.g == gQuarter && !n.c.noYear {
		p.quarter, p.hasQuarter = n.c, true
		p.periodMonth, p.periodMonths = false, false
	}
	if n.typ == Date && n.c.g == gMonth && !n.c.noYear {
		p.periodMonth = true
	}
	p.periodHalf = p.periodHalf && !(n.typ == Date && (n.c.g == gQuarter || n.c.g == gMonth))
	if n.typ == Date && n.c.g == gHalf && !n.c.noYear {
		p.half, p.periodHalf = n.c, true
	}
	if (n.typ == Date || n.typ == Time) && n.c.g >= gDay && !n.c.noYear && !n.c.noDate && n.rng == nil {
		p.lastDay, p.hasLastDay = cal{g: gDay, y: n.c.y, m: n.c.m, d: n.c.d}, true
	}
	if n.typ == Date && n.c.g == gYear && !n.c.noYear {
		p.yearNamed, p.hasYearNamed = n.c.y, true
	}
	if n.explicitYear && (n.typ == Date || n.typ == Time) && n.c.g >= gYear && !n.c.noYear {
		p.lastYear, p.hasLastYear = n.c.y, true
	}
	if (n.typ == Date || n.typ == Time) && n.c.g >= gMonth && n.c.g != gWeek && n.c.g != gWeekend && !n.c.noYear && !n.relDay {
		p.lastMonth, p.hasLastMonth = cal{g: gMonth, y: n.c.y, m: n.c.m}, true
	}
}

// emit appends the Timex (or two, for a range) of node n.
func (p *parser) emit(out []Timex, n *node) []Timex {
	if n.rng != nil {
		first := *n
		first.rng = nil
		first.end = n.rng.start
		// the first part ends before the connector
		for first.end > first.start+1 && p.tok(first.end-1).kind == tPunct {
			first.end--
		}
		for first.end > first.start+1 && p.isKw(first.end-1, kwTo, kwUntil, kwThrough, kwAnd) {
			first.end--
		}
		out = append(out, p.timex(&first))
		return append(out, p.timex(n.rng))
	}
	return append(out, p.timex(n))
}

func (p *parser) timex(n *node) Timex {
	s, e := p.toks[n.start].start, p.toks[n.end-1].end
	return Timex{Start: s, End: e, Type: n.typ, Value: n.value(), Mod: n.mod}
}
