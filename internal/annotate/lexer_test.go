package annotate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"words and punctuation", "Lavrov said, on Monday.", []string{"Lavrov", "said", ",", "on", "Monday", "."}},
		{"dotted abbreviations stay whole", "the U.S. and U.N. at 3 p.m.", []string{"the", "U.S.", "and", "U.N.", "at", "3", "p.m."}},
		{"listed abbreviations keep their period", "Sept. 12 Mr. Smith Inc.", []string{"Sept.", "12", "Mr.", "Smith", "Inc."}},
		{"sentence-final word loses its period", "in Syria.", []string{"in", "Syria", "."}},
		{"initials", "John F. Kennedy", []string{"John", "F.", "Kennedy"}},
		{"hyphenated words", "U.S.-Russian al-Assad Western-backed", []string{"U.S.-Russian", "al-Assad", "Western-backed"}},
		{"possessive is split", "Assad's and Jobs’s", []string{"Assad", "'s", "and", "Jobs", "’s"}},
		{"possessive set apart is one word", "Lord 's ground and Boatmen 's .", []string{"Lord", "'s", "ground", "and", "Boatmen", "'s", "."}},
		{"a quote opening on s is no possessive", "he said 'so' and 'sure'", []string{"he", "said", "'", "so", "'", "and", "'", "sure", "'"}},
		{"a lone 's after a mark stays a mark", "\" 's", []string{"\"", "'", "s"}},
		{"contractions stay whole", "don't we’ve O'Brien", []string{"don't", "we’ve", "O'Brien"}},
		{"decade apostrophe", "the ’90s and '80s", []string{"the", "’90s", "and", "'80s"}},
		{"numbers with separators", "2013-09-12 9/12/2013 15:00 1,000.5 1990s", []string{"2013-09-12", "9/12/2013", "15:00", "1,000.5", "1990s"}},
		{"quotation marks", "“Hi,” he said. 'No'", []string{"“", "Hi", ",", "”", "he", "said", ".", "'", "No", "'"}},
		{"straight double marks", `"Yes," she said`, []string{`"`, "Yes", ",", `"`, "she", "said"}},
		{"guillemets", "«Oui»", []string{"«", "Oui", "»"}},
		{"ellipsis and dashes", "wait... -- no — yes", []string{"wait", "...", "--", "no", "—", "yes"}},
		{"ampersand inside capitals", "AT&T and S&P", []string{"AT&T", "and", "S&P"}},
		{"domain names", "Amazon.com said", []string{"Amazon.com", "said"}},
		{"invalid UTF-8 byte stands alone", "a\xffb", []string{"a", "\xff", "b"}},
		{"empty", "", []string{}},
		{"only spaces", " \n\t ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, texts(tt.text, Tokenize(tt.text)))
		})
	}
}

func TestTokenKinds(t *testing.T) {
	text := `“U.S.” 2013 ,`
	toks := Tokenize(text)
	kinds := make([]TokenKind, len(toks))
	for i, tok := range toks {
		kinds[i] = tok.Kind
	}
	assert.Equal(t, []TokenKind{Mark, Word, Mark, Number, Punct}, kinds)
}
