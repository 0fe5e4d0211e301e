package ner

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// placesFile is the hand-written list of places (see lexicon/README.md).
//
//go:embed lexicon/places.txt
var placesFile string

// A PlaceClass says what sort of place a listed name is.
type PlaceClass uint8

const (
	NotPlace PlaceClass = iota
	Country             // a country or territory: "Czech Republic", "Gaza"
	Region              // a continent, region, sea or river: "Middle East"
	State               // a U.S. state or Canadian province
	City                // a city or district: "Moscow", "Wall Street"
	numPlaceClasses
)

var placeSections = map[string]PlaceClass{"@country": Country, "@region": Region, "@state": State, "@city": City}

// A phraseSet holds lower-cased phrases of up to maxPhrase words, by the
// hash chain of their words' hashes, so that a sentence can be matched
// against it without building strings.
type phraseSet struct {
	class  map[uint64]PlaceClass
	first  map[uint64]uint8 // by the hash of a phrase's first word, the most words of the phrases it starts
	maxLen int
}

const maxPhrase = 5

var places = loadPhrases(placesFile)

// orgsFile is the hand-written list of organizations (see lexicon/README.md).
//
//go:embed lexicon/orgs.txt
var orgsFile string

// orgs holds the listed organizations but the short acronyms, which are
// matched as written (orgAcronyms): "WHO" is one, "who" is not.
var orgs, orgAcronyms = loadOrgs(orgsFile)

func loadOrgs(file string) (phraseSet, map[string]bool) {
	var long []string
	acr := map[string]bool{}
	for _, line := range strings.Split(file, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if len(line) <= maxOrgAcronym && strings.ToUpper(line) == line {
			acr[line] = true
			continue
		}
		long = append(long, line)
	}
	s := loadPhrases(strings.Join(long, "\n"))
	for h := range s.class {
		s.class[h] = City // any nonzero class: listed
	}
	return s, acr
}

// givenNamesFile is the hand-written list of given names (see lexicon/README.md).
//
//go:embed lexicon/givennames.txt
var givenNamesFile string

// givenNames holds the listed given names, lower-cased.
var givenNames = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(givenNamesFile, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}()

// gendersFile is the hand-written list of given names of men and women (see
// lexicon/README.md).
//
//go:embed lexicon/genders.txt
var gendersFile string

// genders holds the listed given names, lower-cased: 1 for a man's, -1 for
// a woman's.
var genders = func() map[string]int8 {
	m := map[string]int8{}
	var g int8
	for _, line := range strings.Split(gendersFile, "\n") {
		switch line = strings.TrimSpace(line); line {
		case "[men]":
			g = 1
			continue
		case "[women]":
			g = -1
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[strings.ToLower(w)] = g
		}
	}
	return m
}()

// GivenNameGender returns 1 when w (any case) is a listed given name of
// men ("Donald"), -1 when it is one of women ("Melanie"), and 0 otherwise,
// for names of both ("Alex") and names not listed.
func GivenNameGender(w string) int {
	var buf [64]byte
	return int(genders[string(appendLower(buf[:0], w))])
}

// IsOrganization reports whether name (words separated by spaces) is a
// listed organization: "United Nations", "U.N.", "NATO". Short acronyms
// must be in capitals.
func IsOrganization(name string) bool {
	if IsOrganizationAcronym(name) {
		return true
	}
	return orgs.lookup(name) != NotPlace
}

func loadPhrases(file string) phraseSet {
	s := phraseSet{class: map[uint64]PlaceClass{}, first: map[uint64]uint8{}}
	class := City
	for _, line := range strings.Split(file, "\n") {
		line = strings.TrimSpace(line)
		if c, ok := placeSections[line]; ok {
			class = c
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words := strings.Fields(strings.ToLower(line))
		if len(words) > maxPhrase {
			continue
		}
		h := uint64(hPhrase)
		for _, w := range words {
			h = mix(h, hashString(w))
		}
		first := hashString(words[0])
		s.first[first] = max(s.first[first], uint8(len(words)))
		if _, dup := s.class[h]; !dup {
			s.class[h] = class
		}
		s.maxLen = max(s.maxLen, len(words))
	}
	return s
}

const hPhrase = 0x27d4eb2f165667c5

// LookupPlace returns the class of a listed place name (words separated by
// spaces, any case), or NotPlace.
func LookupPlace(name string) PlaceClass { return places.lookup(name) }

// lookup returns the class of name, hashed as loadPhrases hashes a line:
// the words of strings.Fields(strings.ToLower(name)). It lower-cases,
// splits and hashes in one pass, without allocating.
func (s *phraseSet) lookup(name string) PlaceClass {
	const offset = 14695981039346656037 // of FNV-1a, as in hashString
	h, word, inWord := uint64(hPhrase), uint64(offset), false
	for i := 0; i < len(name); {
		if c := name[i]; c < utf8.RuneSelf {
			// ASCII, the common case: toLower and isSpace for a byte
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c == ' ' || '\t' <= c && c <= '\r' {
				if inWord {
					h, word, inWord = mix(h, word), offset, false
				}
				continue
			}
			word, inWord = (word^uint64(c))*1099511628211, true
			continue
		}
		// an invalid byte decodes as utf8.RuneError, which strings.ToLower
		// writes in its place
		r, w := utf8.DecodeRuneInString(name[i:])
		i += w
		if r = toLower(r); isSpace(r) {
			if inWord {
				h, word, inWord = mix(h, word), offset, false
			}
			continue
		}
		if r < utf8.RuneSelf { // "K", the Kelvin sign, lower-cases to "k"
			word = (word ^ uint64(r)) * 1099511628211
		} else {
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
				word = (word ^ uint64(b)) * 1099511628211
			}
		}
		inWord = true
	}
	if inWord {
		h = mix(h, word)
	}
	return s.class[h]
}

// toLower is unicode.ToLower, quicker for ASCII.
func toLower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// isSpace is unicode.IsSpace, quicker for ASCII: the white space
// strings.Fields splits at.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// appendLower appends s in lower case to b: the bytes strings.ToLower(s)
// returns, without allocating when b has room.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		// an invalid byte decodes as utf8.RuneError, which strings.ToLower
		// writes in its place too
		r, w := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += w
	}
	return b
}

// hashLower is hashString(strings.ToLower(w)), without allocating.
func hashLower(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			h = (h ^ uint64(toLower(rune(c)))) * 1099511628211
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		var buf [utf8.UTFMax]byte
		for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
			h = (h ^ uint64(b)) * 1099511628211
		}
	}
	return h
}

// MayStartPlace reports whether a listed place starts with the word w
// (any case): a quick test before LookupPlace.
func MayStartPlace(w string) bool { return places.first[hashLower(w)] > 0 }

// MayStartOrganization reports whether a listed organization starts with
// the word w (any case): a quick test before IsOrganization.
func MayStartOrganization(w string) bool {
	return IsOrganizationAcronym(w) || orgs.first[hashLower(w)] > 0
}

// IsOrganizationAcronym reports whether w, as written, is one of the short
// acronyms of the list of organizations, which are matched in capitals
// only: "WHO", not "who".
func IsOrganizationAcronym(w string) bool {
	return len(w) <= maxOrgAcronym && orgAcronyms[w]
}

// maxOrgAcronym is the length of the longest acronym loadOrgs keeps as written.
const maxOrgAcronym = 4

// MaxPhrase is the most words a listed place or organization has.
const MaxPhrase = maxPhrase

// match marks the tokens of toks covered by listed places, longest match
// first, left to right: each token covered gets its position in the phrase
// (gazB, gazI, gazL, gazU) and the place's class above it; set is not
// called for the others, whose field the caller has set to 0. A phrase is
// tried only from a token that starts some, and no longer than the longest
// of those (token.listedWords[which]: which is 0 for the places, 1 for the
// organizations).
func (s *phraseSet) match(toks []token, which int, set func(t *token, v uint64)) {
	for i := 0; i < len(toks); {
		most := int(toks[i].listedWords[which])
		if most == 0 {
			i++
			continue
		}
		n := 0
		var class PlaceClass
		h := uint64(hPhrase)
		for k := 0; k < most && i+k < len(toks); k++ {
			h = mix(h, toks[i+k].low)
			if c, ok := s.class[h]; ok {
				n, class = k+1, c
			}
		}
		c := uint64(class) << 4
		switch n {
		case 0:
			i++
			continue
		case 1:
			set(&toks[i], c|gazU)
		default:
			set(&toks[i], c|gazB)
			for k := 1; k < n-1; k++ {
				set(&toks[i+k], c|gazI)
			}
			set(&toks[i+n-1], c|gazL)
		}
		i += n
	}
}

// The bits of token.listed: the word starts a listed place, a listed
// organization; it is a listed given name (set by the tagger's cache only,
// for Scratch.WordFacts).
const (
	firstOfPlace uint8 = 1 << iota
	firstOfOrg
	givenName
)

// listedFirst returns the listed bits of a word whose lower-cased hash is
// low, and the most words of the listed places and of the listed
// organizations it starts (token.listedWords).
func listedFirst(low uint64) (uint8, [2]uint8) {
	var b uint8
	words := [2]uint8{places.first[low], orgs.first[low]}
	if words[0] > 0 {
		b |= firstOfPlace
	}
	if words[1] > 0 {
		b |= firstOfOrg
	}
	return b, words
}

// positions in a listed phrase
const (
	gazB = iota + 1
	gazI
	gazL
	gazU
)
