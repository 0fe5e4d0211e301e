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

// lexicon returns what the model and the lists know of token i's word.
func (f *nameFinder) lexicon(i int) ner.WordFacts {
	b := f.lexFacts[f.wordID[i]]
	if b&lexKnown == 0 {
		b = lexKnown | lexFact(ner.FactsOf(f.model, f.tok(i))) // any of the word's tokens gives the same answers
		f.lexFacts[f.wordID[i]] = b
	}
	return ner.WordFacts(b &^ lexKnown)
}
