package ner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkWordFacts checks that the facts the tagger gives of each word of
// text are those FactsOf looks up, and that FactsOf answers as the
// functions it stands for.
func checkWordFacts(t *testing.T, m *Model, s *Scratch, text string) {
	t.Helper()
	words := strings.Fields(text)
	if len(words) == 0 {
		return
	}
	m.Tag(words, s)
	for i, w := range words {
		f := FactsOf(m, w)
		assert.Equal(t, f, s.WordFacts(i), "%q", w)
		assert.Equal(t, m.IsFirstName(w), f&FirstName != 0, "%q", w)
		assert.Equal(t, m.IsNationality(w), f&Nationality != 0, "%q", w)
		assert.Equal(t, MayStartPlace(w), f&StartsPlace != 0, "%q", w)
		assert.Equal(t, MayStartOrganization(w), f&StartsOrganization != 0 || IsOrganizationAcronym(w), "%q", w)
	}
}

func TestWordFacts(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	var s Scratch
	for _, text := range append(lowerCases,
		"Russian Foreign Minister Sergei Lavrov met MONICA Seles of the United Nations in NEW YORK",
		"the WHO and the who , Iraqis in Bank of England ÉMILE émile Zola",
	) {
		checkWordFacts(t, m, &s, text)
	}
	assert.Equal(t, StartsPlace, FactsOf(nil, "Moscow"), "no model: the lists only")
}

func FuzzWordFacts(f *testing.F) {
	m, err := Default()
	require.NoError(f, err)
	var s Scratch
	for _, text := range lowerCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) { checkWordFacts(t, m, &s, text) })
}
