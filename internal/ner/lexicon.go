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
	maxLen int
}

const maxPhrase = 5

var places = loadPhrases(placesFile)

func loadPhrases(file string) phraseSet {
	s := phraseSet{class: map[uint64]PlaceClass{}}
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
func LookupPlace(name string) PlaceClass {
	h := uint64(hPhrase)
	for _, w := range strings.Fields(strings.ToLower(name)) {
		h = mix(h, hashString(w))
	}
	return places.class[h]
}

// match marks the tokens of toks covered by listed places, longest match
// first, left to right: each token gets its position in the phrase (gazB,
// gazI, gazL, gazU) and the place's class above it, or 0.
func (s *phraseSet) match(toks []token) {
	for i := 0; i < len(toks); {
		n := 0
		var class PlaceClass
		h := uint64(hPhrase)
		for k := 0; k < s.maxLen && i+k < len(toks); k++ {
			h = mix(h, toks[i+k].low)
			if c, ok := s.class[h]; ok {
				n, class = k+1, c
			}
		}
		c := uint64(class) << 4
		switch n {
		case 0:
			toks[i].gaz = 0
			i++
			continue
		case 1:
			toks[i].gaz = c | gazU
		default:
			toks[i].gaz = c | gazB
			for k := 1; k < n-1; k++ {
				toks[i+k].gaz = c | gazI
			}
			toks[i+n-1].gaz = c | gazL
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
