package annotate

import (
	"strings"
	"unicode/utf8"
)

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
	inOrgFollowers
	inOrgBefore
	inOrgRoles
	inTeamTitles
	inEventHeads
	inStormWords // stormWords
	inBodies     // bodies, the first words of bodyPairs, bodyAcronyms lower-cased
	inCompanies  // companies
	inPlaceNouns
	inStaffFollowers
	inOrgKinds
	inPeoplePlurals
	inRoleStarts
	inFaithsAndPeoples
	inCompass
	inCountryBodies
	inTitleModifiers
	inPersonHeads
	inOtherHeads
	inOrgAdjectives
	inHonorifics
	inPlaceEnds
	inPlaceStarts
	inNameParticles
	inPlacePrepositions // placePrepositions
	inTellForms         // tellForms
	inSiteNouns         // siteNouns
	inResidentNouns     // residentNouns
	inRepresentWords    // representWords
	inPlaceKinds        // placeKinds
	inLandHeads         // landHeads
	inLeadTitles        // leadTitles
	inStreetStarts      // streetStarts, streetStartsAlone
	inBodyStarts        // bodyStartsAbroad
	inPartNouns         // partNouns

	// the token as written
	capWord  // a word starting with a capital letter (isCapWord)
	nameWord // a word that can be part of a name (nameFinder.isNameWord); "New" before one, "Our" between two
	allCaps  // written in capitals (isAllCaps)
)

// wordLists gives the lists each lower-cased word is in; listedHashes has
// bit fnv(w) mod its size set for each word w of wordLists: where a word's
// bit is clear, the word is in no list, and fill need not look it up (most
// words are in none). Both are built at start-up (buildWordSets).
var (
	wordLists    map[string]fact
	listedHashes [1 << 10]uint64
)

// listsByWord builds wordLists from the lists.
func listsByWord() map[string]fact {
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
		{orgFollowers, inOrgFollowers}, {orgBefore, inOrgBefore}, {orgRoles, inOrgRoles}, {teamTitles, inTeamTitles},
		{eventHeads, inEventHeads}, {stormWords, inStormWords}, {bodies, inBodies}, {companies, inCompanies},
		{placeNouns, inPlaceNouns}, {staffFollowers, inStaffFollowers}, {orgKinds, inOrgKinds},
		{peoplePlurals, inPeoplePlurals}, {roleStarts, inRoleStarts}, {faithsAndPeoples, inFaithsAndPeoples},
		{compass, inCompass}, {countryBodies, inCountryBodies}, {titleModifiers, inTitleModifiers},
		{personHeads, inPersonHeads}, {otherHeads, inOtherHeads}, {orgAdjectives, inOrgAdjectives},
		{honorifics, inHonorifics}, {placeEnds, inPlaceEnds}, {placeStarts, inPlaceStarts}, {nameParticles, inNameParticles},
		{placePrepositions, inPlacePrepositions}, {tellForms, inTellForms}, {siteNouns, inSiteNouns}, {residentNouns, inResidentNouns},
		{representWords, inRepresentWords}, {placeKinds, inPlaceKinds}, {landHeads, inLandHeads}, {leadTitles, inLeadTitles},
		{streetStarts, inStreetStarts}, {streetStartsAlone, inStreetStarts}, {bodyStartsAbroad, inBodyStarts}, {partNouns, inPartNouns},
	} {
		for w := range l.set {
			m[w] |= l.bit
		}
	}
	for pair := range bodyPairs {
		m[pair[0]] |= inBodies
	}
	for w := range bodyAcronyms {
		m[lower(w)] |= inBodies
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
}

// hashesOf builds listedHashes from the words of lists.
func hashesOf(lists map[string]fact) (bits [1 << 10]uint64) {
	for w := range lists {
		h := fnv(w) % (64 << 10)
		bits[h/64] |= 1 << (h % 64)
	}
	return bits
}

// listedHash reports whether a word of hash h (fnv) may be in wordLists.
func listedHash(h uint64) bool {
	h %= 64 << 10
	return listedHashes[h/64]&(1<<(h%64)) != 0
}

// docWords holds what the stages after the tokenizer know of every token of
// a document.
type docWords struct {
	lows   []string // by token: its text in lower case, as lower returns it
	facts  []fact   // by token
	wordID []int32  // by token: the number of its lower-cased text among the document's
	// the numbering: what is known of a word can be kept in a slice by number
	numbers wordNumbers
	lists   []fact // by number: the lists the word is in
}

// newDocWords works out what is known of every token of d.
func newDocWords(d *Document) *docWords {
	w := new(docWords)
	w.fill(d)
	return w
}

// fill works out what is known of every token of d, reusing w's buffers.
func (w *docWords) fill(d *Document) {
	w.lows = resized(w.lows, len(d.Tokens))
	w.facts = resized(w.facts, len(d.Tokens))
	w.wordID = resized(w.wordID, len(d.Tokens))
	w.numbers.reset(len(d.Tokens))
	// the text with its ASCII letters lower-cased: the lower-cased text of
	// an ASCII token is a piece of it
	lowered := foldASCII(d.Text)
	lists := w.lists[:0] // by number
	for i, t := range d.Tokens {
		text := t.Of(d.Text)
		a := scanASCII(text)
		var b fact
		if a.ascii {
			// what lower, isCapWord, isAllCaps and isParticleName give,
			// read off the one pass over the bytes
			w.lows[i] = lowered[t.Start:t.End]
			if t.Kind == Word && a.capital {
				b |= capWord
			}
			if a.letters >= 2 && !a.lowerLetter {
				b |= allCaps
			}
		} else {
			w.lows[i] = lower(text)
			a.hash = fnv(w.lows[i])
			a.hyphen = true // isParticleName decides
			if isCapWord(d.Text, t) {
				b |= capWord
			}
			if isAllCaps(text) {
				b |= allCaps
			}
		}
		id, added := w.numbers.number(w.lows[i], a.hash)
		if added {
			var l fact
			if listedHash(a.hash) {
				l = wordLists[w.lows[i]]
			}
			lists = append(lists, l)
		}
		w.wordID[i] = id
		b |= lists[id]
		if b&capWord != 0 && b&inNotNames == 0 || a.hyphen && isParticleName(text) {
			b |= nameWord
		}
		w.facts[i] = b
		if i > 0 && b&nameWord != 0 && w.lows[i-1] == "new" && w.facts[i-1]&capWord != 0 {
			w.facts[i-1] |= nameWord // "New Zealand", "New Jersey": "New" before a name is part of it
		}
		if i > 1 && b&nameWord != 0 && w.facts[i-1]&capWord != 0 && (w.lows[i-1] == "our" || w.lows[i-1] == "your") && w.facts[i-2]&nameWord != 0 {
			w.facts[i-1] |= nameWord // "Save Our Fields": "Our" between names is part of them
		}
	}
	w.lists = lists
}

// release drops w's references to the document's text, so that a pool
// holding w does not keep the text alive.
func (w *docWords) release() {
	clear(w.lows)
	clear(w.numbers.words)
}

// resized returns s with length n, reusing its array when it is large
// enough; the caller sets every element.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// foldASCII returns s with its ASCII letters lower-cased and its other
// bytes as they are, so that offsets into s hold in it.
func foldASCII(s string) string {
	var b strings.Builder // one copy of the text: the builder's bytes become the string
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// asciiScan is what one pass over a token's bytes tells.
type asciiScan struct {
	ascii       bool   // every byte is ASCII; the rest holds only then
	hash        uint64 // fnv of the bytes lower-cased
	capital     bool   // the first byte is a capital letter
	letters     int
	lowerLetter bool // a letter is in lower case
	hyphen      bool // a '-' is among the bytes
}

func scanASCII(s string) asciiScan {
	h, letters, seen := uint64(14695981039346656037), 0, byteClass(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		class := byteClasses[c]
		seen |= class
		if class&letterByte != 0 {
			letters++
		}
		if class&upperByte != 0 {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	if seen&notASCII != 0 {
		return asciiScan{}
	}
	return asciiScan{
		ascii:       true,
		hash:        h ^ h>>32, // as fnv
		capital:     len(s) > 0 && byteClasses[s[0]]&upperByte != 0,
		letters:     letters,
		lowerLetter: seen&lowerByte != 0,
		hyphen:      seen&hyphenByte != 0,
	}
}

// A byteClass says what scanASCII makes of a byte.
type byteClass uint8

const (
	letterByte byteClass = 1 << iota
	upperByte
	lowerByte
	hyphenByte
	notASCII
)

var byteClasses = func() (t [256]byteClass) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = notASCII
		case 'A' <= c && c <= 'Z':
			t[c] = letterByte | upperByte
		case 'a' <= c && c <= 'z':
			t[c] = letterByte | lowerByte
		case c == '-':
			t[c] = hyphenByte
		}
	}
	return t
}()

// numWords is how many distinct lower-cased words the document has.
func (w *docWords) numWords() int { return len(w.numbers.words) }

// lower gives token i's text in lower case. Past either end of the text it
// gives "", as has gives no fact there, so that a rule looking a word
// beyond the first or the last reads nothing rather than failing.
func (w *docWords) lower(i int) string {
	if uint(i) >= uint(len(w.lows)) {
		return ""
	}
	return w.lows[i]
}

// has reports whether token i has one of the facts b (none, past either
// end of the text).
func (w *docWords) has(i int, b fact) bool { return uint(i) < uint(len(w.facts)) && w.facts[i]&b != 0 }

// nextWith returns the first token from i on, before end, that has one of
// the facts b, or end (or i, past end): a rule that looks only at such
// tokens skips the others in one call.
func (w *docWords) nextWith(i, end int, b fact) int {
	end = min(end, len(w.facts))
	for i < end && w.facts[i]&b == 0 {
		i++
	}
	return i
}

// wordNumbers numbers distinct strings in the order they come: a hash table
// with open addressing, kept at most half full, over the strings' FNV
// hashes. It takes a few allocations where a map takes one per bucket, and
// less time than a map's hashing and probing.
type wordNumbers struct {
	slots  []int32 // a power of two of them: a number + 1, or 0 when free
	words  []string
	hashes []uint64 // by number
}

// reset empties n for a text of n tokens: a slot a token at first, which
// holds a text of half as many distinct words or fewer, as news has (number
// grows the table when it fills up).
func (n *wordNumbers) reset(tokens int) {
	size := 256
	for size < tokens && size < 1<<16 {
		size *= 2
	}
	n.slots = resized(n.slots, size)
	clear(n.slots)
	n.words, n.hashes = n.words[:0], n.hashes[:0]
}

// number returns s's number, giving it the next one when s is new. h is
// fnv(s).
func (n *wordNumbers) number(s string, h uint64) (id int32, added bool) {
	mask := uint64(len(n.slots) - 1)
	i := h & mask
	for ; n.slots[i] != 0; i = (i + 1) & mask {
		if id := n.slots[i] - 1; n.hashes[id] == h && n.words[id] == s {
			return id, false
		}
	}
	if 2*(len(n.words)+1) > len(n.slots) {
		n.grow()
		return n.number(s, h)
	}
	id = int32(len(n.words))
	n.slots[i] = id + 1
	n.words = append(n.words, s)
	n.hashes = append(n.hashes, h)
	return id, true
}

// lookup returns s's number, if it has one.
func (n *wordNumbers) lookup(s string) (int32, bool) {
	h := fnv(s)
	mask := uint64(len(n.slots) - 1)
	for i := h & mask; n.slots[i] != 0; i = (i + 1) & mask {
		if id := n.slots[i] - 1; n.hashes[id] == h && n.words[id] == s {
			return id, true
		}
	}
	return 0, false
}

func (n *wordNumbers) grow() {
	n.slots = make([]int32, 2*len(n.slots))
	mask := uint64(len(n.slots) - 1)
	for id, h := range n.hashes {
		i := h & mask
		for n.slots[i] != 0 {
			i = (i + 1) & mask
		}
		n.slots[i] = int32(id) + 1
	}
}

// fnv is the 64-bit FNV-1a hash of s, its low bits mixed into its high.
func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h ^ h>>32
}
