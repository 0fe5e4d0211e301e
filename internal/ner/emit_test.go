package ner

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referenceEmissions scores words the plain way: the rows of the features
// Features returns, summed token by token.
func referenceEmissions(m *Model, words []string) []int32 {
	var s Scratch
	ids := m.Features(words, &s)
	out := make([]int32, len(words)*NumLabels)
	for i := range words {
		for _, id := range ids[i*numTemplates : (i+1)*numTemplates] {
			k := int(m.Index[id])
			if k == 0 {
				continue
			}
			for l, w := range m.Weights[(k-1)*NumLabels : k*NumLabels] {
				out[i*NumLabels+l] += int32(w)
			}
		}
	}
	return out
}

// emissionSentences are sentences that reach every template: names, places
// and organizations of the lists, headlines, edges, openings, other scripts.
var emissionSentences = []string{
	"Russian Foreign Minister Sergei Lavrov said on Monday that a U.N. Security Council resolution must not threaten force .",
	"\" We will insist on it , \" Lavrov told reporters in New York and Moscow , where officials of the European Union met .",
	"RUSSIA SAYS SYRIA DEAL IN NEW YORK MUST NOT THREATEN FORCE",
	"Shares of Apple Inc. and General Motors rose 2 percent ( Reuters ) - as the Federal Reserve kept rates .",
	"Émile Zola met the U.N. in Genève , Ünited Kingdom and Czech Republic on 9/16/2013 -- « ok » .",
	"Lavrov",
	"NATO WHO",
	"",
	"Trinidad and Tobago v United States of America 2 1",
	": The World Health Organization and the International Monetary Fund ' s chief , Christine Lagarde",
}

func TestEmissionsMatchFeatures(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	var s Scratch
	check := func(words []string) {
		t.Helper()
		if len(words) == 0 {
			return
		}
		got := append([]int32(nil), m.emissions(words, &s)...)
		assert.Equal(t, referenceEmissions(m, words), got, "%q", words)
	}
	for _, text := range emissionSentences {
		check(strings.Fields(text))
	}
	// random sentences from the same words, so that every word meets many
	// neighbours and the cache is reused
	var vocab []string
	for _, text := range emissionSentences {
		vocab = append(vocab, strings.Fields(text)...)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		words := make([]string, 1+rng.IntN(30))
		for i := range words {
			words[i] = vocab[rng.IntN(len(vocab))]
			if rng.IntN(10) == 0 {
				words[i] = strings.ToUpper(words[i])
			}
		}
		check(words)
	}
}

func TestEmissionsAfterCacheReset(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	var s Scratch
	words := strings.Fields(emissionSentences[0])
	want := referenceEmissions(m, words)
	for i := range maxCachedWords/len(words) + 2 {
		// fill the cache with distinct words until it starts afresh
		filler := make([]string, len(words))
		for j := range filler {
			filler[j] = "w" + strings.Repeat("x", j) + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
		}
		m.emissions(filler, &s)
		require.Equal(t, want, m.emissions(words, &s))
	}
	assert.LessOrEqual(t, len(s.cache.entries), maxCachedWords)
}

func TestTemplatesCoveredOnce(t *testing.T) {
	seen := map[int]int{}
	for _, ks := range roleTemplates {
		for _, k := range ks {
			seen[k]++
		}
	}
	assert.Len(t, seen, numTemplates-15, "the templates of one word; 15 look at more")
	for k, n := range seen {
		assert.Equal(t, 1, n, "template %d", k)
	}
}

func FuzzEmissions(f *testing.F) {
	for _, text := range emissionSentences {
		f.Add(text)
	}
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	var s Scratch
	f.Fuzz(func(t *testing.T, text string) {
		words := strings.Fields(text)
		if len(words) == 0 {
			return
		}
		got := append([]int32(nil), m.emissions(words, &s)...)
		assert.Equal(t, referenceEmissions(m, words), got)
	})
}
