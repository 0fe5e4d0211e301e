package annotate

import (
	"sync"
	"time"

	"github.com/newsroom-tools/annotator/internal/ner"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// A Document is an annotated text: the text itself and its layers, each a
// slice sorted by position whose spans never overlap within the layer.
type Document struct {
	Text string

	// Published is the date relative dates resolve against: Options.Published
	// when given, else inferred from the text, else zero.
	Published       time.Time
	PublishedSource PublishedSource
	PublishedSpan   Span // the text the date was inferred from; zero when given or unknown

	Tokens     []Token
	Paragraphs []Span
	Sentences  []Sentence

	Quotes   []Quote
	Speakers []Speaker
	Entities []Entity
	Clusters []Cluster
	Dates    []Date
}

// A PublishedSource says where Document.Published came from.
type PublishedSource uint8

const (
	PublishedUnknown  PublishedSource = iota // neither given nor found: relative dates stay unresolved
	PublishedGiven                           // from Options.Published
	PublishedInferred                        // from the text: a dateline, a "Published" line, its absolute dates
)

// Options control an annotation run.
type Options struct {
	// Published is the article's publication date. The zero time means
	// "infer it from the text".
	Published time.Time
	// Dates settle how dates are read: the order of the day and the month
	// in "6/10/2018", and whether dates without a year look ahead. The
	// zero value reads news.
	Dates timex.Options
}

// A Quote is quoted or reported speech and, when found, who said it.
type Quote struct {
	Span              // the passage, marks included, for Direct and Partial; the content for Indirect (with the attribution inside it, for "X, he said, Y")
	Kind    QuoteKind // Direct, Partial or Indirect
	Cue     Span      // "said", "according to"; zero when absent
	Speaker Span      // the mention the attribution rests on: "Lavrov", "he"; zero when unknown
	Source  int       // index into Document.Speakers, or -1
	Sieve   string    // the rule that found the speaker; "" when none did
	// Continues is set when the quotation goes on in the next paragraph
	// (an opening mark there, no closing mark here).
	Continues bool
}

// A Speaker is one source of quotes: a person, a body or another source,
// with every mention of it that the annotator linked.
type Speaker struct {
	Name     string // its fullest name: "Sergei Lavrov"
	Kind     SpeakerKind
	Title    string // "Russian Foreign Minister"; "" when none found
	Mentions []Span // sorted
	Cluster  int    // index into Document.Clusters, or -1 for a speaker that is not a named entity
}

// An Entity is one mention of a person, organization or place.
type Entity struct {
	Span
	Kind    EntityKind
	Cluster int // index into Document.Clusters
}

// A Cluster groups the mentions of one named thing: "Sergei Lavrov",
// "Sergey Lavrov" and "Lavrov" are one cluster.
type Cluster struct {
	Name    string // the fullest form
	Kind    EntityKind
	Title   string // a title found before a person's name: "Russian Foreign Minister"
	Members []int  // indices into Document.Entities, in order
}

// A Date is one temporal expression with its TIMEX3 type and value.
type Date struct {
	Span
	Type  timex.Type
	Value string // "" when it cannot be resolved
}

// Annotate runs every stage over text and returns the annotated document.
// It never fails: text of any shape, including invalid UTF-8, yields a
// Document, with fewer annotations where the text gives less to go on.
func Annotate(text string, opts Options) *Document { return annotateWith(text, opts, nil) }

// AnnotateDated is Annotate for a caller that may have the date layer found
// elsewhere meanwhile, as the page has it found by a second worker: where
// the annotation needs the dates, it calls found and takes the reference
// day and the dates from the document found returns, which must be what
// Dated returns for the same text and options; when found returns nil, it
// finds them itself.
func AnnotateDated(text string, opts Options, found func() *Document) *Document {
	return annotateWith(text, opts, found)
}

// Dated returns a document of text holding the date layer alone, the
// reference day and the dates, as Annotate finds them.
func Dated(text string, opts Options) *Document {
	d := &Document{Text: text}
	resolvePublished(d, opts)
	findDates(d, opts.Dates)
	return d
}

func annotateWith(text string, opts Options, found func() *Document) *Document {
	d := &Document{Text: text}
	// The dates need the text alone and only the quotes read them: they are
	// found alongside the stages before, on another core (alongside.go). A
	// stage before dated.wait must not read d.Published, d.PublishedSource,
	// d.PublishedSpan or d.Dates; go test -race finds one that does.
	var dated dating
	if found == nil {
		dated = datesAlongside(d, opts)
	}
	d.Tokens = Tokenize(text)
	d.Paragraphs = splitParagraphs(text)
	d.Sentences = splitSentences(text, d.Tokens, d.Paragraphs)
	ws := workspaces.Get().(*workspace)
	defer workspaces.Put(ws)
	ws.words.fill(d)
	defer ws.words.release()
	findEntities(d, &ws.words, &ws.tagger, &ws.names)
	if found == nil {
		dated.wait()
	} else if f := found(); f != nil && f.Text == text {
		d.Published, d.PublishedSource, d.PublishedSpan, d.Dates = f.Published, f.PublishedSource, f.PublishedSpan, f.Dates
	} else {
		resolvePublished(d, opts)
		findDates(d, opts.Dates)
	}
	findQuotes(d, &ws.words, &ws.quotes)
	return d
}

// A workspace holds what the stages work out for one document and throw
// away after it. A pool keeps workspaces from one document to the next, so
// that their buffers (and the tagger's cache of the words it has met) are
// reused rather than allocated again. One Annotate call uses a workspace at
// a time.
type workspace struct {
	words  docWords
	tagger ner.Scratch
	names  nameArrays
	quotes tokenArrays
}

var workspaces = sync.Pool{New: func() any { return new(workspace) }}

// resolvePublished sets the document's reference date from the options or the text.
func resolvePublished(d *Document, opts Options) {
	if !opts.Published.IsZero() {
		d.Published = opts.Published
		d.PublishedSource = PublishedGiven
		return
	}
	if day, start, end, ok := timex.InferPublished(d.Text, opts.Dates.Order); ok {
		d.Published = day
		d.PublishedSource = PublishedInferred
		d.PublishedSpan = Span{start, end}
	}
}

// findDates fills the date layer.
func findDates(d *Document, o timex.Options) {
	for _, t := range timex.FindWith(d.Text, d.Published, o) {
		d.Dates = append(d.Dates, Date{Span{t.Start, t.End}, t.Type, t.Value})
	}
}
