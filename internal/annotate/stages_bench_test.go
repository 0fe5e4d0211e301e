package annotate

import (
	"os"
	"testing"

	"github.com/newsroom-tools/annotator/internal/dataset"
	"github.com/newsroom-tools/annotator/internal/ner"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// BenchmarkStages times each stage of Annotate on its own, in the order
// Annotate runs them, on the seed article and on about 1 MB of news text
// (the same text as BenchmarkAnnotate1MB). Each stage runs over a copy of a
// fully annotated document, so it reads the layers of the stages before it.
// make bench runs these natively and compiled to WebAssembly under Node,
// whose engine (V8) is Chromium's:
//
//	go test -run='^$' -bench=Stages -cpu=1 ./internal/annotate
func BenchmarkStages(b *testing.B) {
	inputs := []struct {
		name string
		text func(testing.TB) string
	}{
		{"seed", func(tb testing.TB) string {
			data, err := os.ReadFile(dataset.Require(tb, "seed", "lavrov-2013-09-16.txt"))
			if err != nil {
				tb.Fatal(err)
			}
			return string(data)
		}},
		{"1MB", func(tb testing.TB) string { return newsText(tb, 1<<20) }},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			text := in.text(b)
			full := Annotate(text, Options{})
			words := newDocWords(full)
			var scratch ner.Scratch
			var names nameArrays
			var reused docWords
			stages := []struct {
				name string
				run  func(d *Document)
			}{
				{"tokenize", func(d *Document) { d.Tokens = Tokenize(d.Text) }},
				{"paragraphs", func(d *Document) { d.Paragraphs = splitParagraphs(d.Text) }},
				{"sentences", func(d *Document) { d.Sentences = splitSentences(d.Text, d.Tokens, d.Paragraphs) }},
				{"published", func(d *Document) { resolvePublished(d, Options{}) }},
				{"dates", func(d *Document) { d.Dates = nil; findDates(d, timex.Options{}) }},
				{"words", func(d *Document) { reused.fill(d) }}, // as Annotate does, in a workspace
				{"entities", func(d *Document) { d.Entities, d.Clusters = nil, nil; findEntities(d, words, &scratch, &names) }},
				{"quotes", func(d *Document) { d.Quotes, d.Speakers = nil, nil; findQuotes(d, words, new(tokenArrays)) }},
				{"segments", func(d *Document) { d.Segments() }},
			}
			for _, st := range stages {
				b.Run(st.name, func(b *testing.B) {
					b.SetBytes(int64(len(text)))
					b.ReportAllocs()
					for b.Loop() {
						d := *full // the layers the stage reads, from a full run
						st.run(&d)
					}
				})
			}
		})
	}
}

// BenchmarkAnnotate2MB is BenchmarkAnnotate1MB on twice the text: the time
// should be about twice as long.
func BenchmarkAnnotate2MB(b *testing.B) {
	text := newsText(b, 2<<20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Annotate(text, Options{})
	}
}
