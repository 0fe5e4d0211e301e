package page

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/browser"
	"github.com/newsroom-tools/annotator/internal/dataset"
	"github.com/newsroom-tools/annotator/internal/samples"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// withoutTokens is what the wire carries: everything but the tokens.
func withoutTokens(d *annotate.Document) *annotate.Document {
	c := *d
	c.Tokens = nil
	return &c
}

func roundTrip(t *testing.T, d *annotate.Document) {
	t.Helper()
	b := EncodeDocument(nil, d)
	got, err := DecodeDocument(d.Text, b)
	require.NoError(t, err)
	want := withoutTokens(d)
	assert.True(t, want.Published.Equal(got.Published), "published %v, got %v", want.Published, got.Published)
	want.Published, got.Published = time.Time{}, time.Time{}
	normalizeEmpty(want)
	normalizeEmpty(got)
	assert.Equal(t, want, got)
}

// normalizeEmpty makes nil and empty slices alike, which the wire does not tell apart.
func normalizeEmpty(d *annotate.Document) {
	if len(d.Paragraphs) == 0 {
		d.Paragraphs = nil
	}
	if len(d.Sentences) == 0 {
		d.Sentences = nil
	}
	if len(d.Quotes) == 0 {
		d.Quotes = nil
	}
	if len(d.Speakers) == 0 {
		d.Speakers = nil
	}
	for i := range d.Speakers {
		if len(d.Speakers[i].Mentions) == 0 {
			d.Speakers[i].Mentions = nil
		}
	}
	if len(d.Entities) == 0 {
		d.Entities = nil
	}
	if len(d.Clusters) == 0 {
		d.Clusters = nil
	}
	for i := range d.Clusters {
		if len(d.Clusters[i].Members) == 0 {
			d.Clusters[i].Members = nil
		}
	}
	if len(d.Dates) == 0 {
		d.Dates = nil
	}
}

func TestWireRoundTrip(t *testing.T) {
	texts := map[string]string{
		"sample": samples.Wikinews.Text,
		"empty":  "",
		"odd":    "\xff\"unclosed\n\n“Quote,” she said. <b>&amp;</b> 😀",
	}
	if p, err := dataset.Path("seed", "lavrov-2013-09-16.txt"); err == nil {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		texts["seed"] = string(b)
	}
	// the longest text the page annotates, once refused here for entities
	// the annotator let overlap
	if news, err := browser.NewsText(MaxBytes); err == nil {
		texts["2 MB of news"] = news
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			roundTrip(t, annotate.Annotate(text, annotate.Options{}))
			roundTrip(t, annotate.Annotate(text, annotate.Options{Published: time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC)}))
		})
	}
}

// TestWireHandBuilt covers every field, whatever the annotator finds today.
func TestWireHandBuilt(t *testing.T) {
	text := "MOSCOW, Sept 16 - “Yes,” Lavrov said on Monday. Kerry agreed."
	d := &annotate.Document{
		Text:            text,
		Published:       time.Date(2013, 9, 16, 15, 4, 5, 0, time.UTC),
		PublishedSource: annotate.PublishedInferred,
		PublishedSpan:   at(t, text, "Sept 16"),
		Paragraphs:      []annotate.Span{{Start: 0, End: len(text)}},
		Sentences:       []annotate.Sentence{{Span: at(t, text, "“Yes,” Lavrov said on Monday."), First: 3, Last: 9, Paragraph: 0}},
		Quotes: []annotate.Quote{{Span: at(t, text, "“Yes,”"), Kind: annotate.Direct, Cue: at(t, text, "said"),
			Speaker: at(t, text, "Lavrov"), Source: 0, Sieve: "trailing-cue", Continues: true}},
		Speakers: []annotate.Speaker{{Name: "Sergei Lavrov", Kind: annotate.SpeakerPerson, Title: "Foreign Minister",
			Mentions: []annotate.Span{at(t, text, "Lavrov")}, Cluster: 0}},
		Entities: []annotate.Entity{{Span: at(t, text, "MOSCOW"), Kind: annotate.Place, Cluster: 1}, {Span: at(t, text, "Lavrov"), Kind: annotate.Person, Cluster: 0}},
		Clusters: []annotate.Cluster{{Name: "Sergei Lavrov", Kind: annotate.Person, Title: "Foreign Minister", Members: []int{1}},
			{Name: "Moscow", Kind: annotate.Place, Members: []int{0}}},
		Dates: []annotate.Date{{Span: at(t, text, "Monday"), Type: timex.Date, Value: "2013-09-16"}},
	}
	roundTrip(t, d)
}

// TestWireCoversEveryField fails when the Document API gains a field, so
// that the wire learns to carry it (or this list says why it need not).
func TestWireCoversEveryField(t *testing.T) {
	known := map[string][]string{
		"Document": {"Text", "Published", "PublishedSource", "PublishedSpan", "Tokens", "Paragraphs", "Sentences", "Quotes", "Speakers", "Entities", "Clusters", "Dates"},
		"Sentence": {"Span", "First", "Last", "Paragraph"},
		"Quote":    {"Span", "Kind", "Cue", "Speaker", "Source", "Sieve", "Continues"},
		"Speaker":  {"Name", "Kind", "Title", "Mentions", "Cluster"},
		"Entity":   {"Span", "Kind", "Cluster"},
		"Cluster":  {"Name", "Kind", "Title", "Members"},
		"Date":     {"Span", "Type", "Value"},
		"Span":     {"Start", "End"},
	}
	for _, v := range []any{annotate.Document{}, annotate.Sentence{}, annotate.Quote{}, annotate.Speaker{}, annotate.Entity{}, annotate.Cluster{}, annotate.Date{}, annotate.Span{}} {
		typ := reflect.TypeOf(v)
		var fields []string
		for i := 0; i < typ.NumField(); i++ {
			fields = append(fields, typ.Field(i).Name)
		}
		assert.Equal(t, known[typ.Name()], fields, "annotate.%s changed: teach internal/page/wire.go its fields", typ.Name())
	}
}

func TestDecodeRejects(t *testing.T) {
	text := "“Yes,” Lavrov said."
	good := EncodeDocument(nil, annotate.Annotate(text, annotate.Options{}))
	_, err := DecodeDocument(text, good)
	require.NoError(t, err)

	_, err = DecodeDocument(text[:5], good)
	assert.ErrorIs(t, err, ErrWire, "spans outside a shorter text")
	_, err = DecodeDocument(text, good[:len(good)-1])
	assert.ErrorIs(t, err, ErrWire, "cut short")
	_, err = DecodeDocument(text, append(good[:len(good):len(good)], 0))
	assert.ErrorIs(t, err, ErrWire, "trailing bytes")
	_, err = DecodeDocument(text, []byte("nonsense"))
	assert.ErrorIs(t, err, ErrWire)

	bad := &annotate.Document{Text: text, Quotes: []annotate.Quote{{Span: at(t, text, "“Yes,”"), Source: 3}}}
	_, err = DecodeDocument(text, EncodeDocument(nil, bad))
	assert.ErrorIs(t, err, ErrWire, "a quote's speaker out of range")
	bad = &annotate.Document{Text: text, Entities: []annotate.Entity{{Span: at(t, text, "Lavrov"), Cluster: 0}}}
	_, err = DecodeDocument(text, EncodeDocument(nil, bad))
	assert.ErrorIs(t, err, ErrWire, "an entity without its cluster")

	// overlapping layers, which Annotate should not make but once did for a
	// slogan ("Make America Great Again") holding a place: decoded as sent
	odd := &annotate.Document{Text: text, Paragraphs: []annotate.Span{at(t, text, "Lavrov"), at(t, text, "“Yes,”")},
		Clusters: []annotate.Cluster{{Name: "Yes", Members: []int{0, 1}}},
		Entities: []annotate.Entity{{Span: at(t, text, "“Yes,” Lavrov"), Cluster: 0}, {Span: at(t, text, "Lavrov"), Cluster: 0}}}
	got, err := DecodeDocument(text, EncodeDocument(nil, odd))
	require.NoError(t, err)
	assert.Equal(t, odd.Entities, got.Entities)
}

func FuzzDecodeDocument(f *testing.F) {
	text := "“Yes,” Lavrov said on Monday in Moscow. Kerry agreed."
	f.Add(text, EncodeDocument(nil, annotate.Annotate(text, annotate.Options{})))
	f.Add("", []byte(wireMagic))
	f.Fuzz(func(t *testing.T, text string, b []byte) {
		d, err := DecodeDocument(text, b)
		if err != nil {
			return
		}
		// whatever decodes is safe to summarise and render
		SpeakersOf(d)
		NamesOf(d)
		TimelineOf(d)
		for qi := range d.Quotes {
			Attribution(d, qi)
		}
		if got := strings.Join(segmentTexts(d), ""); got != text {
			t.Fatalf("segments do not tile the text")
		}
	})
}

func segmentTexts(d *annotate.Document) []string {
	var out []string
	for _, s := range d.Segments() {
		out = append(out, s.Of(d.Text))
	}
	return out
}

func TestDecodePausing(t *testing.T) {
	var text strings.Builder
	for text.Len() < 200_000 {
		text.WriteString(`"We will meet again," Lavrov said in Geneva on Monday. Kerry agreed.` + "\n\n")
	}
	d := annotate.Annotate(text.String(), annotate.Options{})
	b := EncodeDocument(nil, d)
	pauses := 0
	got, err := DecodeDocumentPausing(d.Text, b, func() { pauses++ })
	require.NoError(t, err)
	assert.Equal(t, 4, pauses, "a pause between the layers of a long document")
	want, err := DecodeDocument(d.Text, b)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	pauses = 0
	_, err = DecodeDocumentPausing("x", EncodeDocument(nil, annotate.Annotate("x", annotate.Options{})), func() { pauses++ })
	require.NoError(t, err)
	assert.Zero(t, pauses, "none for a short one")
}
