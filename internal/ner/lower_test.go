package ner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// lowerCases are strings where lower-casing is not plain ASCII folding:
// other scripts, invalid UTF-8, an encoded U+FFFD, spaces other than ' '.
var lowerCases = []string{
	"", "Moscow", "NEW YORK", "new  york", " Czech\tRepublic\n", "ÉTAT", "Émile Zola", "İstanbul",
	"ΑΘΗΝΑ", "\xff\xfeAB", "a\xffb", "\uFFFD", "Sankt\u00a0Petersburg", "U.N.", "al-Assad",
	"São Paulo", "MÜNCHEN", "x\u0085y", "\u200bzero width", "ǅ", "K", // Kelvin sign
}

// referenceLookup is phraseSet.lookup as loadPhrases defines it.
func referenceLookup(s *phraseSet, name string) PlaceClass {
	h := uint64(hPhrase)
	for _, w := range strings.Fields(strings.ToLower(name)) {
		h = mix(h, hashString(w))
	}
	return s.class[h]
}

func checkLower(t *testing.T, s string) {
	t.Helper()
	assert.Equal(t, strings.ToLower(s), string(appendLower(nil, s)), "%q", s)
	assert.Equal(t, hashString(strings.ToLower(s)), hashLower(s), "%q", s)
	assert.Equal(t, referenceLookup(&places, s), places.lookup(s), "%q", s)
	assert.Equal(t, referenceLookup(&orgs, s), orgs.lookup(s), "%q", s)
}

func TestLowerMatchesStrings(t *testing.T) {
	for _, s := range lowerCases {
		checkLower(t, s)
	}
	// every listed phrase, as listed and in capitals
	for _, file := range []string{placesFile, orgsFile} {
		for _, line := range strings.Split(file, "\n") {
			checkLower(t, line)
			checkLower(t, strings.ToUpper(line))
		}
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		LookupPlace("Czech Republic")
		IsOrganization("United Nations")
		MayStartPlace("MOSCOW")
	})
	assert.Zero(t, allocs)
}

func FuzzLower(f *testing.F) {
	for _, s := range lowerCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLower(t, s) })
}
