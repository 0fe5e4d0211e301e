package page

import (
	"os"
	"testing"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/browser"
	"github.com/newsroom-tools/annotator/internal/dataset"
)

// BenchmarkWire times the trip of a document from the worker to the page
// (encoding, decoding) and the speakers panel's summary, on the seed
// article and about 1 MB of news text.
func BenchmarkWire(b *testing.B) {
	seed, err := os.ReadFile(dataset.Require(b, "seed", "lavrov-2013-09-16.txt"))
	if err != nil {
		b.Fatal(err)
	}
	mb, err := browser.NewsText(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range []struct{ name, text string }{{"seed", string(seed)}, {"1MB", mb}} {
		d := annotate.Annotate(in.text, annotate.Options{})
		wire := EncodeDocument(nil, d)
		b.Run(in.name+"/encode", func(b *testing.B) {
			for b.Loop() {
				EncodeDocument(wire[:0:0], d)
			}
		})
		b.Run(in.name+"/decode", func(b *testing.B) {
			for b.Loop() {
				if _, err := DecodeDocument(in.text, wire); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(in.name+"/speakers", func(b *testing.B) {
			for b.Loop() {
				SpeakersOf(d)
			}
		})
	}
}
