package annotate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSegments(t *testing.T) {
	text := `Lavrov said: "Talks on Monday will go on."`
	d := &Document{Text: text}
	quote := at(t, text, `"Talks on Monday will go on."`)
	d.Quotes = []Quote{{Span: quote, Kind: Direct, Cue: at(t, text, "said"), Speaker: at(t, text, "Lavrov"), Source: -1}}
	d.Entities = []Entity{{Span: at(t, text, "Lavrov"), Kind: Person}}
	d.Dates = []Date{{Span: at(t, text, "Monday")}}

	segs := d.Segments()
	var got []string
	for _, s := range segs {
		got = append(got, s.Of(text))
	}
	assert.Equal(t, []string{"Lavrov", " ", "said", ": ", `"Talks on `, "Monday", ` will go on."`}, got)
	require.Len(t, segs, 7)
	assert.Equal(t, Segment{at(t, text, "Lavrov"), -1, -1, -1, 0, 0, -1}, segs[0], "the speaker mention is also a name")
	assert.Equal(t, 0, segs[2].Cue)
	assert.Equal(t, 0, segs[5].Quote, "the date lies inside the quote")
	assert.Equal(t, 0, segs[5].Date)
}

func TestSegmentsOfOverlappingLayers(t *testing.T) {
	text := "Acme said the deal is off"
	d := &Document{Text: text}
	// a reported quote and a name that crosses its start: both layers keep their spans
	d.Quotes = []Quote{{Span: at(t, text, "deal is off"), Kind: Indirect, Source: -1}}
	d.Entities = []Entity{{Span: at(t, text, "the deal"), Kind: Organization}}
	var rebuilt string
	for _, s := range d.Segments() {
		rebuilt += s.Of(text)
	}
	assert.Equal(t, text, rebuilt)
	assert.Len(t, d.Segments(), 4, "Acme said | the | deal | is off")
}
