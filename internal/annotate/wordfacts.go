package annotate

// The entity rules and the quote sieves ask the same questions of every
// token, sentence after sentence and rule after rule: is it capitalised,
// could it be part of a name, is it a title word, a form of a reporting
// verb, a pronoun? A token's answers are worked out once, as bits, before
// those stages start; one look-up in wordLists gives the word lists a
// lower-cased word is in, once per distinct word.

// A fact is a bit set of answers about one token.
type fact uint64

const (
	// the lists of lower-cased words the token's text is in
	inTitleWords fact = 1 << iota
	inOrgHeads
	inOrgSuffixes
	inNewsAgencies
	inSportWords
	inTeamVerbs
	inTeamBefore
	inNotNames
	inFunctionWords
	inCueWords        // a form of a reporting verb (cueWords)
	inCuePhrases      // the first word of a reporting phrase (cuePhrases)
	inSpeakerPronouns // speakerPronouns
	inSpeakerNouns    // speakerNouns
	inPhraseStops
	inAdverbials
	inDeterminers
	inTitleSmallWords
	inMalePronouns
	inFemalePronouns
	inMaleTitles
	inFemaleTitles
	speechCue // a form of a verb of saying (cueWords, speech)

	// the token as written
	capWord  // a word starting with a capital letter (isCapWord)
	nameWord // a word that can be part of a name (nameFinder.isNameWord)
	allCaps  // written in capitals (isAllCaps)
)

// wordLists gives the lists each lower-cased word is in.
var wordLists = func() map[string]fact {
	m := map[string]fact{}
	for _, l := range []struct {
		set map[string]bool
		bit fact
	}{
		{titleWords, inTitleWords}, {orgHeads, inOrgHeads}, {orgSuffixes, inOrgSuffixes},
		{newsAgencies, inNewsAgencies}, {sportWords, inSportWords}, {teamVerbs, inTeamVerbs},
		{teamBefore, inTeamBefore}, {notNames, inNotNames}, {functionWords, inFunctionWords},
		{phraseStops, inPhraseStops}, {adverbials, inAdverbials}, {determiners, inDeterminers},
		{titleSmallWords, inTitleSmallWords}, {malePronouns, inMalePronouns},
		{femalePronouns, inFemalePronouns}, {maleTitles, inMaleTitles}, {femaleTitles, inFemaleTitles},
	} {
		for w := range l.set {
			m[w] |= l.bit
		}
	}
	for w, c := range cueWords {
		m[w] |= inCueWords
		if c.speech {
			m[w] |= speechCue
		}
	}
	for w := range cuePhrases {
		m[w] |= inCuePhrases
	}
	for w := range speakerPronouns {
		m[w] |= inSpeakerPronouns
	}
	for w := range speakerNouns {
		m[w] |= inSpeakerNouns
	}
	return m
}()

// docWords holds what the stages after the tokenizer know of every token of
// a document.
type docWords struct {
	lows   []string // by token: its text in lower case (lowerTokens)
	facts  []fact   // by token
	wordID []int32  // by token: the number of its lower-cased text among the document's
	// wordNumber gives the number of each lower-cased text: what is known
	// of a word can be kept in a slice by number
	wordNumber map[string]int32
}

// newDocWords works out what is known of every token of d.
func newDocWords(d *Document) *docWords {
	w := &docWords{
		lows:       lowerTokens(d.Text, d.Tokens),
		facts:      make([]fact, len(d.Tokens)),
		wordID:     make([]int32, len(d.Tokens)),
		wordNumber: make(map[string]int32, len(d.Tokens)/2),
	}
	var lists []fact // by number
	for i, t := range d.Tokens {
		text, low := t.Of(d.Text), w.lows[i]
		id, ok := w.wordNumber[low]
		if !ok {
			id = int32(len(lists))
			w.wordNumber[low] = id
			lists = append(lists, wordLists[low])
		}
		w.wordID[i] = id
		b := lists[id]
		if isCapWord(d.Text, t) {
			b |= capWord
		}
		if b&capWord != 0 && b&inNotNames == 0 || isParticleName(text) {
			b |= nameWord
		}
		if isAllCaps(text) {
			b |= allCaps
		}
		w.facts[i] = b
	}
	return w
}

// numWords is how many distinct lower-cased words the document has.
func (w *docWords) numWords() int { return len(w.wordNumber) }

// has reports whether token i has one of the facts b.
func (w *docWords) has(i int, b fact) bool { return w.facts[i]&b != 0 }
