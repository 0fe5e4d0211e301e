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
// where no listed place can be named: no listed place starts with the
// name's first word (startsAlone).
func (f *nameFinder) lookupPlace(first, last int) ner.PlaceClass {
	if f.lexicon(first)&ner.StartsPlace == 0 && f.startsAlone(first, last) {
		return ner.NotPlace
	}
	return ner.LookupPlace(f.text(first, last))
}

// isOrganization is ner.IsOrganization(f.text(first, last)), with the
// look-up among the names longer than acronyms only where one can be named
// (as lookupPlace).
func (f *nameFinder) isOrganization(first, last int) bool {
	name := f.text(first, last)
	if f.lexicon(first)&ner.StartsOrganization == 0 && f.startsAlone(first, last) {
		return ner.IsOrganizationAcronym(name)
	}
	return ner.IsOrganization(name)
}

// startsAlone reports whether the first word of the name of tokens [first,
// last), as ner's look-ups cut it (at spaces, as strings.Fields does), is
// token first, all of it: the name has one token, or an ASCII space
// follows it. Then the facts of token first's word (lexicon) are those of
// the name's first word. (A token holds no space.)
func (f *nameFinder) startsAlone(first, last int) bool {
	switch {
	case last == first+1:
		return true
	case last < first+1:
		return false
	}
	c := f.d.Text[f.d.Tokens[first].End] // before token first+1
	return c == ' ' || '\t' <= c && c <= '\r'
}

// lexicon returns what the model and the lists know of token i's word.
func (f *nameFinder) lexicon(i int) ner.WordFacts {
	b := f.lexFacts[f.wordID[i]]
	if b&lexKnown == 0 {
		b = lexKnown | lexFact(ner.FactsOf(f.model, f.tok(i))) // any of the word's tokens gives the same answers
		f.lexFacts[f.wordID[i]] = b
	}
	return ner.WordFacts(b &^ lexKnown)
}
