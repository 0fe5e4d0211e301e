package annotate

// A Span is a half-open byte range [Start, End) of Document.Text.
// The zero Span means "absent" wherever a field is optional.
type Span struct {
	Start int // first byte, inclusive
	End   int // last byte, exclusive
}

// Len is the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span, used for "absent".
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Of returns the text s covers.
func (s Span) Of(text string) string { return text[s.Start:s.End] }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// A QuoteKind says how a quotation is set in the text.
type QuoteKind uint8

const (
	Direct   QuoteKind = iota // speech set off whole in quotation marks
	Partial                   // a fragment in marks inside the narrator's sentence
	Indirect                  // reported speech without marks; the span is the content
)

var quoteKindNames = [...]string{Direct: "direct", Partial: "partial", Indirect: "indirect"}

func (k QuoteKind) String() string { return quoteKindNames[k] }

// A SpeakerKind is what sort of source a speaker is.
type SpeakerKind uint8

const (
	SpeakerPerson       SpeakerKind = iota // a named or pronominal person
	SpeakerOrganization                    // a body, including a place standing for its government ("Moscow says")
	SpeakerOther                           // "sources", "officials", "analysts": a source that is neither
)

var speakerKindNames = [...]string{SpeakerPerson: "person", SpeakerOrganization: "organization", SpeakerOther: "other"}

func (k SpeakerKind) String() string { return speakerKindNames[k] }

// An EntityKind is the type of a named entity.
type EntityKind uint8

const (
	Person EntityKind = iota
	Organization
	Place
)

var entityKindNames = [...]string{Person: "person", Organization: "organization", Place: "place"}

func (k EntityKind) String() string { return entityKindNames[k] }
