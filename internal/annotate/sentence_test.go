package annotate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"blank lines", "One.\n\nTwo.\n\n\nThree.", []string{"One.", "Two.", "Three."}},
		{"single line breaks", "Headline\nBody text.\nMore.", []string{"Headline", "Body text.", "More."}},
		{"a hard wrap inside a sentence", "The minister said on\nthe phone that talks failed.", []string{"The minister said on\nthe phone that talks failed."}},
		{"a capital after a wrap starts a paragraph", "Headline without stop\nMonday: talks failed.", []string{"Headline without stop", "Monday: talks failed."}},
		{"spaces around", "  One.  \n\n  Two.  ", []string{"One.", "Two."}},
		{"windows line ends", "One.\r\n\r\nTwo.", []string{"One.", "Two."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitParagraphs(tt.text)
			var texts []string
			for _, p := range got {
				texts = append(texts, p.Of(tt.text))
			}
			assert.Equal(t, tt.want, texts)
		})
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Lavrov spoke. Kerry listened.", []string{"Lavrov spoke.", "Kerry listened."}},
		{"abbreviations do not end sentences", "Mr. Smith met Sept. 12 with Gen. Jones.", []string{"Mr. Smith met Sept. 12 with Gen. Jones."}},
		{"U.S. ends a sentence before a starter", "He flew to the U.S. The talks began.", []string{"He flew to the U.S.", "The talks began."}},
		{"U.S. inside a sentence", "The U.S. Senate voted.", []string{"The U.S. Senate voted."}},
		{"closing mark stays with its sentence", `"We will win." He left.`, []string{`"We will win."`, "He left."}},
		{"question and exclamation", "Why? Because! Then.", []string{"Why?", "Because!", "Then."}},
		{"no split before lower case", "It was 5 p.m. when he left.", []string{"It was 5 p.m. when he left."}},
		{"paragraphs end sentences", "No stop here\n\nNew paragraph", []string{"No stop here", "New paragraph"}},
		{"a one-letter name before a quotation", `He said so in a post on X. "Homes can be rebuilt."`, []string{"He said so in a post on X.", `"Homes can be rebuilt."`}},
		{"a middle initial before a quotation", `John F. "Jack" Kennedy spoke.`, []string{`John F. "Jack" Kennedy spoke.`}},
		{"an abbreviation before a quoted word", `He said the U.S. "clearly" needed help.`, []string{`He said the U.S. "clearly" needed help.`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text)
			got := splitSentences(tt.text, toks, splitParagraphs(tt.text))
			assert.Equal(t, tt.want, texts(tt.text, got))
		})
	}
}

func TestOnlyBangs(t *testing.T) {
	for _, s := range []string{"", "!", "?", "!?!", "...", "!.", "a", "?!x", "！", "\xff"} {
		assert.Equal(t, strings.Trim(s, "!?") == "", onlyBangs(s), "%q", s)
	}
}
