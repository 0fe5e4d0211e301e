// Package timex finds temporal expressions in English text and gives each a
// TIMEX3 value, resolved against a reference date handed in by the caller.
//
// Offsets are byte offsets into the text, half-open. Nothing here reads the
// clock: a zero reference date leaves relative expressions without a value
// while absolute ones ("12 September 2013") still get theirs.
//
// The files, one concept each: lexicon.go (every word the grammar knows),
// scan.go (tokens), numbers.go (counts, ordinals, years), parser.go (the
// pass over the tokens), grammar.go (how rules combine: modifiers, "the",
// attached times, ranges), absolute.go, relative.go, clock.go, duration.go,
// set.go and holiday.go (the rules), resolve.go (tense and the choice of
// year or week), value.go (calendar values at a grain and their TIMEX3
// form), published.go (the publication date).
package timex

import "time"

// A Type is the TIMEX3 type of an expression.
type Type uint8

const (
	Date     Type = iota // a calendar date or period: 2013-09-16, 2013-05, 2013-W37-WE
	Time                 // a time of day: 2013-09-16T15:00
	Duration             // a length of time: P2D
	Set                  // a recurrence: every Monday
)

var typeNames = [...]string{Date: "date", Time: "time", Duration: "duration", Set: "set"}

func (t Type) String() string { return typeNames[t] }

// A Timex is one temporal expression.
type Timex struct {
	Start, End int    // byte offsets into the text, half-open
	Type       Type   // TIMEX3 type
	Value      string // TIMEX3 value, "" when it cannot be resolved; a time written with a zone is its wall time with the zone's UTC offset (T15:00-05:00, T15:00Z)
	Mod        string // TIMEX3 mod (START, MID, END, APPROX, ...), "" when none
}

// Find returns the temporal expressions of text in order, without overlaps.
// ref is the date the text was written (its publication date); the zero time
// means unknown. It reads the text as news, with the zero Options.
func Find(text string, ref time.Time) []Timex {
	return FindWith(text, ref, Options{})
}

// Options settle what a text leaves open and its reader may know better.
// The zero value reads news as this package's doc describes.
type Options struct {
	// Order is the order of the day and the month in a numeric date
	// ("6/10/2018").
	Order Order
	// Ahead resolves a date that lacks its year or week ("Friday",
	// "1 March", "midnight") to its first occurrence from the reference
	// on, whatever the tense: for a listing of coming events. News reads
	// such a date toward the past unless its verb looks ahead.
	Ahead bool
}

// An Order is the order of the day and the month in a numeric date.
type Order uint8

const (
	// OrderAuto reads month first, as US news writes, unless the text
	// writes a numeric date only a day-first reading makes valid
	// ("25/12/2018") and none only a month-first one does ("12/25/2018").
	OrderAuto  Order = iota
	MonthFirst       // 6/10/2018 is 10 June
	DayFirst         // 6/10/2018 is 6 October, as British and most other news writes
)

// ParseOrder reads an Order by its name: "auto", "month" (month first) or
// "day" (day first). The empty string is "auto".
func ParseOrder(s string) (Order, bool) {
	switch s {
	case "", "auto":
		return OrderAuto, true
	case "month":
		return MonthFirst, true
	case "day":
		return DayFirst, true
	}
	return OrderAuto, false
}

// FindWith is Find with options.
func FindWith(text string, ref time.Time, o Options) []Timex {
	buf, toks := borrowTokens(text)
	p := &parser{text: text, toks: toks, hasRef: !ref.IsZero(), ahead: o.Ahead}
	if p.hasRef {
		p.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), ref.Hour(), ref.Minute(), ref.Second(), 0, time.UTC)
	}
	p.dayFirst = p.readsDayFirst(o.Order)
	out := p.run()
	giveTokens(buf, toks)
	return out
}

// readsDayFirst says whether the parser reads a numeric date day first.
func (p *parser) readsDayFirst(o Order) bool {
	return o == DayFirst || o == OrderAuto && p.writesDayFirst()
}
