package annotate

import (
	"os"
	"testing"

	"github.com/newsroom-tools/annotator/internal/dataset"
	"github.com/newsroom-tools/annotator/internal/ner"
)

// The stages of Annotate one by one, on the seed article and on about 1 MB
// of news, each run over a document the stages before it have filled:
//
//	go test -run='^$' -bench=Stage -cpu=1 ./internal/annotate

func BenchmarkStageSeed(b *testing.B) {
	data, err := os.ReadFile(dataset.Require(b, "seed", "lavrov-2013-09-16.txt"))
	if err != nil {
		b.Fatal(err)
	}
	benchStages(b, string(data))
}

func BenchmarkStage1MB(b *testing.B) { benchStages(b, newsText(b, 1<<20)) }

func benchStages(b *testing.B, text string) {
	full := Annotate(text, Options{})
	words := newDocWords(full)
	var scratch ner.Scratch
	var reused docWords
	stages := []struct {
		name string
		run  func(d *Document)
	}{
		{"Tokenize", func(d *Document) { d.Tokens = Tokenize(d.Text) }},
		{"Sentences", func(d *Document) {
			d.Paragraphs = splitParagraphs(d.Text)
			d.Sentences = splitSentences(d.Text, d.Tokens, d.Paragraphs)
		}},
		{"Published", func(d *Document) { resolvePublished(d, Options{}) }},
		{"Dates", func(d *Document) { d.Dates = nil; findDates(d) }},
		{"Words", func(d *Document) { reused.fill(d) }}, // as Annotate does, in a workspace
		{"Entities", func(d *Document) { d.Entities, d.Clusters = nil, nil; findEntities(d, words, &scratch) }},
		{"Quotes", func(d *Document) { d.Quotes, d.Speakers = nil, nil; findQuotes(d, words) }},
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
