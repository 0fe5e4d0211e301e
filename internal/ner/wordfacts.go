package ner

// WordFacts are what the model and the lists of this package know of a
// word: answers that depend on the word lower-cased only. The bits are laid
// out as the tagger keeps them, token.nation's two (as WordInfo's bits 23
// and 24) and then token.listed's three, so that Scratch.WordFacts reads
// them off at once (TestWordFacts checks them against the functions).
type WordFacts uint8

const (
	Nationality        WordFacts = 1 << iota // Model.IsNationality
	trainedFirstName                         // the training text starts people's names with it
	StartsPlace                              // MayStartPlace
	StartsOrganization                       // a listed organization but a short acronym starts with it
	listedGivenName                          // in the list of given names
)

// FirstName is set when the word is a first name: Model.IsFirstName.
const FirstName = trainedFirstName | listedGivenName

// FactsOf returns the facts of the word w (any case) as m and the lists
// give them; m may be nil, when the facts of the lists only are known.
// MayStartOrganization(w) is StartsOrganization or IsOrganizationAcronym(w).
func FactsOf(m *Model, w string) WordFacts {
	var buf [64]byte
	low := appendLower(buf[:0], w)
	listed, _ := listedFirst(hashBytes(low))
	f := WordFacts(listed) << 2
	if m != nil {
		f |= WordFacts(m.Words[string(low)] >> 23 & 3) // WordInfo's nationality and first-name bits
	}
	if givenNames[string(low)] {
		f |= listedGivenName
	}
	return f
}

// WordFacts returns FactsOf(m, word i) for the sentence that m.Tag
// labelled last with s. The tagger worked them out when it first met the
// word, so that a caller asking of every word of a text need not look them
// up again.
func (s *Scratch) WordFacts(i int) WordFacts {
	c := &s.cache.entries[s.entry[i+2]].ctx // the sentence's words start at entry 2
	return WordFacts(c.nation&3) | WordFacts(c.listed)<<2
}
