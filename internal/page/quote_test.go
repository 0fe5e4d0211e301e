package page

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom-tools/annotator/internal/annotate"
)

func TestAttribution(t *testing.T) {
	text := "“It is necessary,\n  he said” — and more. Lavrov said talks may resume. Someone said “maybe”."
	d := &annotate.Document{Text: text}
	d.Speakers = []annotate.Speaker{{Name: "Sergei Lavrov", Title: "Russian Foreign Minister"}, {Name: "Moscow"}}
	d.Quotes = []annotate.Quote{
		{Span: at(t, text, "“It is necessary,\n  he said”"), Kind: annotate.Direct, Source: 0},
		{Span: at(t, text, "talks may resume"), Kind: annotate.Indirect, Source: 1},
		{Span: at(t, text, "“maybe”"), Kind: annotate.Partial, Source: -1},
	}
	assert.Equal(t, "“It is necessary, he said” — Sergei Lavrov, Russian Foreign Minister", Attribution(d, 0))
	assert.Equal(t, "Reported: talks may resume — Moscow", Attribution(d, 1))
	assert.Equal(t, "“maybe” — speaker not identified", Attribution(d, 2))
}

func TestParagraphOf(t *testing.T) {
	text := "One.\n\nTwo.\n\nThree."
	d := &annotate.Document{Text: text, Paragraphs: []annotate.Span{at(t, text, "One."), at(t, text, "Two."), at(t, text, "Three.")}}
	for _, tt := range []struct{ pos, want int }{{0, 1}, {4, 1}, {5, 1}, {6, 2}, {12, 3}, {len(text), 3}} {
		assert.Equal(t, tt.want, ParagraphOf(d, tt.pos), "offset %d", tt.pos)
	}
	assert.Equal(t, 1, ParagraphOf(&annotate.Document{}, 3), "no paragraphs")
}

func TestFileName(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Apple executive Steve Jobs resigns\n\nThursday, August 25, 2011", "apple-executive-steve-jobs-resigns.csv"},
		{"Russia's Lavrov says it may be time to force Syria's foes to talks", "russias-lavrov-says-it-may-be.csv"},
		{"Café “Über” 2013: ok", "caf-ber-2013-ok.csv"},
		{"“«»”", "article.csv"},
		{"", "article.csv"},
		{strings.Repeat("abcdefghijklmnopqrstuvwxyz", 4), "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefgh.csv"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FileName(annotate.Annotate(tt.text, annotate.Options{}), "csv"), tt.text)
	}
}
