package annotate

import "github.com/newsroom-tools/annotator/internal/ner"

// The entity rules ask the tagger's model and the lists of package ner the
// same questions of a word wherever it comes: is it a first name, a
// nationality, may a listed place or organization start with it? Each
// answer depends on the word lower-cased only, so it is kept per distinct
// word (by its number, docWords.wordID): the tagger gives the answers of
// the words it labels (nameFinder.tag), and lexicon works out those of
// any other word the first time a rule asks.

// A lexFact holds the ner.WordFacts of a word, once known.
type lexFact uint8

// lexKnown marks a word whose facts are known; the other bits are its ner.WordFacts.
const lexKnown lexFact = 1 << 7

// lookupPlace is ner.LookupPlace(f.text(first, last)), without the look-up
// where no listed place can be named: the name's first word is token
// first's, all of it (the name has one token, or a space follows it), and
// no listed place starts with that word.
func (f *nameFinder) lookupPlace(first, last int) ner.PlaceClass {
	if f.lexicon(first)&ner.StartsPlace == 0 &&
		(last == first+1 || last > first+1 && isASCIISpace(f.d.Text[f.d.Tokens[first].End])) {
		return ner.NotPlace
	}
	return ner.LookupPlace(f.text(first, last))
}

// isASCIISpace reports whether c is an ASCII space, where strings.Fields
// (and so ner.LookupPlace) cuts words.
func isASCIISpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// lexicon returns what the model and the lists know of token i's word.
func (f *nameFinder) lexicon(i int) ner.WordFacts {
	b := f.lexFacts[f.wordID[i]]
	if b&lexKnown == 0 {
		b = lexKnown | lexFact(ner.FactsOf(f.model, f.tok(i))) // any of the word's tokens gives the same answers
		f.lexFacts[f.wordID[i]] = b
	}
	return ner.WordFacts(b &^ lexKnown)
}
