package render

import (
	"os"
	"testing"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/browser"
	"github.com/newsroom-tools/annotator/internal/dataset"
)

// BenchmarkView renders what the page shows (article pieces and panels) for
// the seed article and about 1 MB of news text.
func BenchmarkView(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			d := annotate.Annotate(in.text, annotate.Options{})
			b.SetBytes(int64(len(in.text)))
			for b.Loop() {
				NewView(d, PartSize)
			}
		})
	}
}

type benchInput struct{ name, text string }

func benchInputs(b *testing.B) []benchInput {
	seed, err := os.ReadFile(dataset.Require(b, "seed", "lavrov-2013-09-16.txt"))
	if err != nil {
		b.Fatal(err)
	}
	mb, err := browser.NewsText(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	return []benchInput{{"seed", string(seed)}, {"1MB", mb}}
}
