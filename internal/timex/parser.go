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

	// discourse state: the last quarter mentioned, for "the quarter" and
	// "a year earlier" in financial reports.
	quarter    cal
	hasQuarter bool
	// the year of the last date written with one, for "the following year"
	lastYear    int
	hasLastYear bool
	// the last month named, for "the following month"
	lastMonth    cal
	hasLastMonth bool
	// signed is set while reading "+15 minutes": short units stand alone there
	signed bool

	// memo keeps what core found at a token, valid while gen (bumped
	// whenever an expression changes the discourse state) is unchanged:
	// "the" makes the parser read the next token twice.
	memo []memoEntry
	gen  int
}

type memoEntry struct {
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
		case kwOver:
			return p.tok(i+1).kind == tNum || p.tok(i+1).lex() != nil && p.tok(i+1).lex().num != 0
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
			return nx.kind == tWord && nx.lex() != nil || p.punct(i+1, '\'') || p.punct(i+1, '.') || p.punct(i+1, '-')
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
	if best != nil && best.end > i {
		best.start = i
		p.note(best)
		return best
	}
	return nil
}

// note keeps discourse state after a node is chosen.
func (p *parser) note(n *node) {
	p.gen++
	if n.anaphoric || n.rel || n.val != "" {
		return
	}
	if n.typ == Date && n.c.g == gQuarter && !n.c.noYear {
		p.quarter, p.hasQuarter = n.c, true
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
