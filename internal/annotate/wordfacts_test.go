package annotate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// checkDocWords checks the facts newDocWords reads off its one pass over
// each token against the functions that define them.
func checkDocWords(t *testing.T, text string) {
	t.Helper()
	d := &Document{Text: text, Tokens: Tokenize(text)}
	w := newDocWords(d)
	for i, tok := range d.Tokens {
		s := tok.Of(text)
		low := lower(s)
		assert.Equal(t, low, w.lows[i], "%q", s)
		assert.Equal(t, isCapWord(text, tok), w.has(i, capWord), "capWord %q", s)
		assert.Equal(t, isAllCaps(s), w.has(i, allCaps), "allCaps %q", s)
		assert.Equal(t, isCapWord(text, tok) && !notNames[low] || isParticleName(s), w.has(i, nameWord), "nameWord %q", s)
		assert.Equal(t, titleWords[low], w.has(i, inTitleWords), "inTitleWords %q", s)
		_, cue := cueWords[low]
		assert.Equal(t, cue, w.has(i, inCueWords), "inCueWords %q", s)
		for j := range i {
			assert.Equal(t, w.lows[j] == w.lows[i], w.wordID[j] == w.wordID[i], "%q and %q", d.Tokens[j].Of(text), s)
		}
	}
}

func TestDocWords(t *testing.T) {
	for _, text := range []string{
		`Russian Foreign Minister Sergei Lavrov SAID on Monday that the U.N. and NATO, said al-Assad's al-Qaeda.`,
		"ÉMILE Zola, Émile ÉTAT état «Oui» São Paulo İstanbul x\xffy AB\xff CD-EF Mr. mr. MR. the The THE",
		"AT&T S&P 500 '90s O'Brien don't 1990s Amazon.com U.S.-Russian",
	} {
		checkDocWords(t, text)
	}
}

func FuzzDocWords(f *testing.F) {
	f.Add("Sergei Lavrov said al-Assad ÉTAT")
	f.Fuzz(func(t *testing.T, text string) { checkDocWords(t, text) })
}
