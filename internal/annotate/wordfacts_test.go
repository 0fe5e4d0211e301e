package annotate

import (
	"testing"

	"github.com/newsroom-tools/annotator/internal/ner"
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
		nameLike := func(j int) bool {
			return isCapWord(text, d.Tokens[j]) && !notNames[lower(d.Tokens[j].Of(text))] || isParticleName(d.Tokens[j].Of(text))
		}
		newBeforeName := low == "new" && isCapWord(text, tok) && i+1 < len(d.Tokens) && nameLike(i+1)
		ourBetweenNames := (low == "our" || low == "your") && isCapWord(text, tok) && i > 0 && i+1 < len(d.Tokens) && nameLike(i-1) && nameLike(i+1)
		assert.Equal(t, nameLike(i) || newBeforeName || ourBetweenNames, w.has(i, nameWord), "nameWord %q", s)
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
		"New Zealand coach Gary Stead. New figures show New York and new York. New the",
		"Campaign group Save Our Fields said. Our Fields. Save Our the",
	} {
		checkDocWords(t, text)
	}
}

func FuzzDocWords(f *testing.F) {
	f.Add("Sergei Lavrov said al-Assad ÉTAT")
	f.Fuzz(func(t *testing.T, text string) { checkDocWords(t, text) })
}

// checkNameLookups checks that the look-ups that rest on the facts of a
// name's first word (nameFinder.lookupPlace, isOrganization) answer as the
// look-ups of the name's text, for every name of up to six tokens.
func checkNameLookups(t *testing.T, text string) {
	t.Helper()
	d := &Document{Text: text, Tokens: Tokenize(text)}
	f := newNameFinder(d, newDocWords(d), new(nameArrays))
	for first := range d.Tokens {
		for last := first + 1; last <= len(d.Tokens) && last <= first+6; last++ {
			name := f.text(first, last)
			assert.Equal(t, ner.LookupPlace(name), f.lookupPlace(first, last), "%q", name)
			assert.Equal(t, ner.IsOrganization(name), f.isOrganization(first, last), "%q", name)
		}
	}
}

func TestNameLookups(t *testing.T) {
	for _, text := range []string{
		"Russian Foreign Minister Sergei Lavrov met the U.N. Security Council in New York and NEW YORK.",
		"AT&T and S&P 500, the United\u00a0Nations, United\u200bNations, United\tStates, United\nKingdom.",
		"the WHO, Who, who; the Bank of England's, Czech Republic-based ÉTAT K\u212aelvin",
	} {
		checkNameLookups(t, text)
	}
}

func FuzzNameLookups(f *testing.F) {
	f.Add("New York and the United Nations")
	f.Fuzz(func(t *testing.T, text string) { checkNameLookups(t, text) })
}
