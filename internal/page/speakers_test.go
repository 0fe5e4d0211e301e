package page

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/annotate"
)

func TestSpeakersOf(t *testing.T) {
	text := `"We will win this," Lavrov said. "Never," Kerry said. "Maybe so," Lavrov said.` + "\n\n" + `Nobody knows "what comes next, or when."`
	d := annotate.Annotate(text, annotate.Options{})
	sp := SpeakersOf(d)
	require.Len(t, sp.Rows, 2)
	lavrov, kerry := sp.Rows[0], sp.Rows[1]
	assert.Equal(t, "Lavrov", lavrov.Name, "most quoted words first")
	assert.Len(t, lavrov.Quotes, 2)
	assert.Equal(t, 6, lavrov.Words)
	assert.InDelta(t, 6.0/12, lavrov.Share, 1e-9, "shares count every quoted word, attributed or not")
	assert.Equal(t, []int{1, 0}, []int{lavrov.Number, lavrov.Colour})
	assert.Equal(t, "Kerry", kerry.Name)
	assert.Equal(t, []int{2, 1}, []int{kerry.Number, kerry.Colour})
	require.Len(t, sp.Unattributed, 1)
	assert.Equal(t, `"what comes next, or when."`, d.Quotes[sp.Unattributed[0]].Of(text))
	for _, r := range sp.Rows {
		for _, qi := range r.Quotes {
			assert.Equal(t, r.Speaker, d.Quotes[qi].Source)
			assert.Same(t, &sp.Rows[sp.ByIndex[r.Speaker]], sp.Row(d, qi))
		}
	}
	assert.Nil(t, sp.Row(d, sp.Unattributed[0]))
}

// TestSpeakersPalette builds a document by hand: ten speakers with one quote
// each, the quote of speaker 9 the longest, of speaker 0 the shortest.
func TestSpeakersPalette(t *testing.T) {
	d := &annotate.Document{}
	for i := 0; i < 10; i++ {
		d.Speakers = append(d.Speakers, annotate.Speaker{Name: string(rune('A' + i)), Cluster: -1})
	}
	for i := 0; i < 10; i++ {
		start := len(d.Text)
		for w := 0; w < 10-i; w++ {
			d.Text += "w "
		}
		d.Quotes = append(d.Quotes, annotate.Quote{Span: annotate.Span{Start: start, End: len(d.Text)}, Source: 9 - i})
	}
	sp := SpeakersOf(d)
	require.Len(t, sp.Rows, 10)
	for i, r := range sp.Rows {
		assert.Equal(t, 9-i, r.Speaker)
		assert.Equal(t, i+1, r.Number)
		if i < Palette {
			assert.Equal(t, i, r.Colour)
		} else {
			assert.Equal(t, -1, r.Colour, "past the palette: the neutral tint")
		}
	}
}

func TestSpeakersEmpty(t *testing.T) {
	sp := SpeakersOf(annotate.Annotate("", annotate.Options{}))
	assert.Empty(t, sp.Rows)
	assert.Empty(t, sp.Unattributed)
}

func TestCountWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "“Ça va,”\n\tsaid  she\u00a0here", "\xff bad"} {
		assert.Equal(t, len(strings.Fields(s)), countWords(s), "%q", s)
	}
}
