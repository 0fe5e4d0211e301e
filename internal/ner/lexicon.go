package ner

import (
	_ "embed"
	"strings"
)

// placesFile is the hand-written list of places (see its header).
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
	first  map[uint64]bool // the hashes of the phrases' first words
	maxLen int
}

const maxPhrase = 5

var places = loadPhrases(placesFile)

// orgsFile is the hand-written list of organizations (see its header).
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
		if len(line) <= 4 && strings.ToUpper(line) == line {
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

// IsOrganization reports whether name (words separated by spaces) is a
// listed organization: "United Nations", "U.N.", "NATO". Short acronyms
// must be in capitals.
func IsOrganization(name string) bool {
	if orgAcronyms[name] {
		return true
	}
	return orgs.lookup(name) != NotPlace
}

func loadPhrases(file string) phraseSet {
	s := phraseSet{class: map[uint64]PlaceClass{}, first: map[uint64]bool{}}
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
		s.first[hashString(words[0])] = true
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

func (s *phraseSet) lookup(name string) PlaceClass {
	h := uint64(hPhrase)
	for _, w := range strings.Fields(strings.ToLower(name)) {
		h = mix(h, hashString(w))
	}
	return s.class[h]
}

// MayStartPlace reports whether a listed place starts with the word w
// (any case): a quick test before LookupPlace.
func MayStartPlace(w string) bool { return places.first[hashString(strings.ToLower(w))] }

// MayStartOrganization reports whether a listed organization starts with
// the word w (any case): a quick test before IsOrganization.
func MayStartOrganization(w string) bool {
	return orgAcronyms[w] || orgs.first[hashString(strings.ToLower(w))]
}

// MaxPhrase is the most words a listed place or organization has.
const MaxPhrase = maxPhrase

// match marks the tokens of toks covered by listed places, longest match
// first, left to right: each token gets its position in the phrase (gazB,
// gazI, gazL, gazU) and the place's class above it, or 0.
func (s *phraseSet) match(toks []token, set func(t *token, v uint64)) {
	for i := 0; i < len(toks); {
		n := 0
		var class PlaceClass
		h := uint64(hPhrase)
		for k := 0; k < s.maxLen && i+k < len(toks) && s.first[toks[i].low]; k++ {
			h = mix(h, toks[i+k].low)
			if c, ok := s.class[h]; ok {
				n, class = k+1, c
			}
		}
		c := uint64(class) << 4
		switch n {
		case 0:
			set(&toks[i], 0)
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

// positions in a listed phrase
const (
	gazB = iota + 1
	gazI
	gazL
	gazU
)
