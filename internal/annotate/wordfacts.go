package annotate

// The entity rules ask the same questions of every token, sentence after
// sentence and rule after rule: is it capitalised, could it be part of a
// name, is it a title word, an organization's head? A token's answers are
// worked out once, as bits, when the entity stage starts; one look-up in
// wordLists gives the word lists its lower-cased text is in.

// A fact is a bit set of answers about one token.
type fact uint32

const (
	inTitleWords fact = 1 << iota
	inOrgHeads
	inOrgSuffixes
	inNewsAgencies
	inSportWords
	inTeamVerbs
	inTeamBefore
	inNotNames
	inFunctionWords
	speechCue // a form of a verb of saying (cueWords, speech)

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
	} {
		for w := range l.set {
			m[w] |= l.bit
		}
	}
	for w, c := range cueWords {
		if c.speech {
			m[w] |= speechCue
		}
	}
	return m
}()

// tokenFacts works out the facts of every token of d; lows holds their
// texts in lower case. It also numbers the distinct lower-cased words, so
// that what is known of a word can be kept in a slice: ids gives each
// token's number, number the number of each word.
func tokenFacts(d *Document, lows []string) (facts []fact, ids []int32, number map[string]int32) {
	facts, ids = make([]fact, len(d.Tokens)), make([]int32, len(d.Tokens))
	number = make(map[string]int32, len(d.Tokens)/2)
	var lists []fact // by number
	for i, t := range d.Tokens {
		w := t.Of(d.Text)
		id, ok := number[lows[i]]
		if !ok {
			id = int32(len(lists))
			number[lows[i]] = id
			lists = append(lists, wordLists[lows[i]])
		}
		ids[i] = id
		b := lists[id]
		if isCapWord(d.Text, t) {
			b |= capWord
		}
		if b&capWord != 0 && b&inNotNames == 0 || isParticleName(w) {
			b |= nameWord
		}
		if isAllCaps(w) {
			b |= allCaps
		}
		facts[i] = b
	}
	return facts, ids, number
}

// has reports whether token i has the fact b.
func (f *nameFinder) has(i int, b fact) bool { return f.facts[i]&b != 0 }
