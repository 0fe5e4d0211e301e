package ner

import (
	"strings"
	"testing"
)

// benchText is a news paragraph written for the benchmark, repeated to
// about a thousand tokens.
const benchText = `Russian Foreign Minister Sergei Lavrov said on Monday that a U.N. Security Council
resolution on Syria 's chemical weapons must not threaten force , after talks in Geneva with
U.S. Secretary of State John Kerry . " We will insist on it , " Lavrov told reporters in Moscow ,
where officials of the European Union , NATO and Reuters gathered . Shares of Apple Inc. and
General Motors rose 2 percent in New York as the Federal Reserve kept rates on hold .`

func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields(strings.Repeat(benchText+" ", 12))
	// tag sentence by sentence, as the annotator does
	var sents [][]string
	start := 0
	for i, w := range words {
		if w == "." {
			sents = append(sents, words[start:i+1])
			start = i + 1
		}
	}
	var s Scratch
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, sent := range sents {
			m.Tag(sent, &s)
		}
	}
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(modelFile); err != nil {
			b.Fatal(err)
		}
	}
}
