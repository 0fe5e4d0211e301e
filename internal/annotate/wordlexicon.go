package annotate

import "github.com/newsroom-tools/annotator/internal/ner"

// The entity rules ask the tagger's model and the lists of package ner the
// same questions of a word wherever it comes: is it a first name, a
// nationality, may a listed place or organization start with it? Each
// answer depends on the word lower-cased only, so it is worked out once
// per distinct word (by its number, docWords.wordID), the first time a
// rule asks, rather than lower-cased and looked up token after token.

// A lexFact is a bit set of answers about one distinct word.
type lexFact uint8

const (
	lexKnown       lexFact = 1 << iota // the other bits are worked out
	lexFirstName                       // the model's IsFirstName
	lexNationality                     // the model's IsNationality
	lexStartsPlace                     // ner.MayStartPlace
	lexStartsOrg                       // a listed organization but a short acronym starts with it (ner.StartsListed)
)

// lexicon returns the answers about token i's word.
func (f *nameFinder) lexicon(i int) lexFact {
	if f.lexFacts == nil {
		f.lexFacts = make([]lexFact, f.numWords())
	}
	id := f.wordID[i]
	b := f.lexFacts[id]
	if b&lexKnown == 0 {
		w := f.tok(i) // any of the word's tokens gives the same answers
		b = lexKnown
		if f.model != nil && f.model.IsFirstName(w) {
			b |= lexFirstName
		}
		if f.model != nil && f.model.IsNationality(w) {
			b |= lexNationality
		}
		place, org := ner.StartsListed(w)
		if place {
			b |= lexStartsPlace
		}
		if org {
			b |= lexStartsOrg
		}
		f.lexFacts[id] = b
	}
	return b
}

// isFirstName reports whether token i is a first name the model knows
// (ner.Model.IsFirstName); false when the build has no model.
func (f *nameFinder) isFirstName(i int) bool { return f.lexicon(i)&lexFirstName != 0 }

// mayStartPlace reports whether a listed place may start at token i
// (ner.MayStartPlace).
func (f *nameFinder) mayStartPlace(i int) bool { return f.lexicon(i)&lexStartsPlace != 0 }

// mayStartOrganization reports whether a listed organization may start at
// token i (ner.MayStartOrganization).
func (f *nameFinder) mayStartOrganization(i int) bool {
	return f.lexicon(i)&lexStartsOrg != 0 || ner.IsOrganizationAcronym(f.tok(i))
}
