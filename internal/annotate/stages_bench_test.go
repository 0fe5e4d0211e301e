package annotate

import (
	"os"
	"testing"

	"github.com/newsroom-tools/annotator/internal/dataset"
)

// BenchmarkStages times each stage of Annotate on its own, in the order
// Annotate runs them, on the seed article and on about 1 MB of news text
// (the same text as BenchmarkAnnotate1MB). Each stage starts from a document
// that holds the layers of the stages before it. make bench runs these
// natively and compiled to WebAssembly under Node, whose engine (V8) is
// Chromium's.
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
			// before returns the document as it stands when a stage begins:
			// the earlier layers (copied, so a stage may change them), the
			// later ones empty.
			before := func(stage int) *Document {
				d := &Document{Text: text, Tokens: full.Tokens, Paragraphs: full.Paragraphs}
				if stage > 2 {
					d.Sentences = full.Sentences
				}
				if stage > 3 {
					d.Published, d.PublishedSource, d.PublishedSpan = full.Published, full.PublishedSource, full.PublishedSpan
				}
				if stage > 4 {
					d.Dates = append([]Date(nil), full.Dates...)
				}
				if stage > 5 {
					d.Entities = append([]Entity(nil), full.Entities...)
					d.Clusters = append([]Cluster(nil), full.Clusters...)
				}
				return d
			}
			stages := []struct {
				name string
				run  func(d *Document)
			}{
				{"tokenize", func(d *Document) { Tokenize(d.Text) }},
				{"paragraphs", func(d *Document) { splitParagraphs(d.Text) }},
				{"sentences", func(d *Document) { splitSentences(d.Text, d.Tokens, d.Paragraphs) }},
				{"published", func(d *Document) { resolvePublished(d, Options{}) }},
				{"dates", findDates},
				{"entities", findEntities},
				{"quotes", findQuotes},
				{"segments", func(d *Document) { d.Segments() }},
			}
			for i, st := range stages {
				b.Run(st.name, func(b *testing.B) {
					b.SetBytes(int64(len(text)))
					for b.Loop() {
						b.StopTimer()
						d := before(i)
						if st.name == "segments" {
							d = full
						}
						b.StartTimer()
						st.run(d)
					}
				})
			}
		})
	}
}

// BenchmarkAnnotate2MB annotates about 2 MB of news text, to compare with
// BenchmarkAnnotate1MB: how the time grows with the text.
func BenchmarkAnnotate2MB(b *testing.B) {
	text := newsText(b, 2<<20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Annotate(text, Options{})
	}
}
