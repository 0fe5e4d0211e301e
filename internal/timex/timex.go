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
	Value      string // TIMEX3 value, "" when it cannot be resolved
	Mod        string // TIMEX3 mod (START, MID, END, APPROX, ...), "" when none
}

// Find returns the temporal expressions of text in order, without overlaps.
// ref is the date the text was written (its publication date); the zero time
// means unknown.
func Find(text string, ref time.Time) []Timex {
	p := &parser{text: text, toks: scan(text), hasRef: !ref.IsZero()}
	p.memo = make([]memoEntry, len(p.toks))
	if p.hasRef {
		p.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), ref.Hour(), ref.Minute(), ref.Second(), 0, time.UTC)
	}
	return p.run()
}
