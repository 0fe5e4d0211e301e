package ner

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCapitalisationClass(t *testing.T) {
	tests := []struct {
		word string
		want uint64
	}{
		{"moscow", capLower},
		{"Moscow", capTitle},
		{"A", capTitle},
		{"NATO", capUpper},
		{"U.N.", capUpper},
		{"McDonald", capMixed},
		{"iPhone", capLower},
		{"2013", capDigit},
		{",", capOther},
		{"Émile", capTitle},
		{"ÉTAT", capUpper},
	}
	f := Featurizer{Bits: 10}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			var s Scratch
			var tok token
			f.hashToken(tt.word, &tok, &s)
			assert.Equal(t, tt.want, tok.caps)
		})
	}
}

func TestHashTokenLowerCases(t *testing.T) {
	f := Featurizer{Bits: 10}
	var s Scratch
	var a, b, c token
	f.hashToken("Moscow", &a, &s)
	f.hashToken("MOSCOW", &b, &s)
	f.hashToken("moscow", &c, &s)
	assert.Equal(t, a.low, b.low, "case does not change the lower-cased hash")
	assert.Equal(t, a.low, c.low)
	assert.NotEqual(t, a.word, b.word, "the word as written differs")
	assert.Equal(t, a.suf[2], c.suf[2], "suffixes are of the lower-cased word")
	assert.NotEqual(t, a.shape, c.shape, "Xx is not x")
}

func TestFeatures(t *testing.T) {
	f := Featurizer{Bits: 12, Words: map[string]WordInfo{"lavrov": MakeWordInfo(3, 40, CasingUpper, false, false)}}
	words := []string{"Sergei", "Lavrov", "met", "Kerry", "in", "New", "York", "."}
	var s Scratch
	ids := append([]uint32(nil), f.Features(words, &s)...)
	require.Len(t, ids, len(words)*NumTemplates)
	for _, id := range ids {
		assert.Less(t, id, uint32(1)<<f.Bits)
	}
	assert.Equal(t, ids, f.Features(words, &s), "the same words give the same features")
	other := f.Features([]string{"Sergei", "Lavrov", "met", "Kerry", "in", "Old", "York", "."}, &s)
	assert.Equal(t, ids[:3*NumTemplates], other[:3*NumTemplates], "words three away change nothing")
	assert.NotEqual(t, ids[6*NumTemplates:7*NumTemplates], other[6*NumTemplates:7*NumTemplates], "a neighbour changes a word's features")
	unk := f.UnknownFeatures(words, &s)
	assert.NotEqual(t, ids[NumTemplates+tLow], unk[NumTemplates+tLow], "an unknown word has its own identity features")
	assert.Equal(t, ids[NumTemplates+tShape], unk[NumTemplates+tShape], "and keeps its shape")
}

func TestPlacesMatchInSentence(t *testing.T) {
	f := Featurizer{Bits: 10}
	var s Scratch
	f.Features([]string{"flights", "to", "New", "York", "and", "Moscow"}, &s)
	var got []uint64
	for _, tok := range s.toks[2:8] { // after the two stand-ins for the words before
		got = append(got, tok.gaz&15)
	}
	assert.Equal(t, []uint64{0, 0, gazB, gazL, 0, gazU}, got)
	assert.Equal(t, uint64(City), s.toks[7].gaz>>4)
}

func TestFeaturesDoNotAllocate(t *testing.T) {
	f := Featurizer{Bits: 12, Words: map[string]WordInfo{}}
	words := []string{"Émile", "Zola", "met", "the", "U.N.", "in", "Geneva", "."}
	var s Scratch
	f.Features(words, &s)
	allocs := testing.AllocsPerRun(100, func() { f.Features(words, &s) })
	assert.Zero(t, allocs)
}
