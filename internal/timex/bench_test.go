package timex

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsroom-tools/annotator/internal/dataset"
)

// benchText assembles about n bytes of news text at run time from the
// shipped sample article; nothing of it is committed.
func benchText(b *testing.B, n int) string {
	b.Helper()
	path := dataset.Require(b, "samples", "wikinews-2011-08-25-steve-jobs-resigns.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < n {
		sb.Write(raw)
		sb.WriteString("\n\n")
	}
	s := sb.String()[:n]
	for len(s) > 0 && !strings.HasSuffix(s, " ") { // cut at a word boundary
		s = s[:len(s)-1]
	}
	return s
}

func benchmarkFind(b *testing.B, n int) {
	text := benchText(b, n)
	published := time.Date(2011, 8, 25, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(text, published)
	}
}

// BenchmarkFind1MB is the date stage on 1 MB of news text (budget: 100 ms).
func BenchmarkFind1MB(b *testing.B) { benchmarkFind(b, 1<<20) }

// BenchmarkFind5KB is the date stage on an article-sized text.
func BenchmarkFind5KB(b *testing.B) { benchmarkFind(b, 5<<10) }

// BenchmarkInferPublished5KB infers the publication date of an article.
func BenchmarkInferPublished5KB(b *testing.B) {
	text := benchText(b, 5<<10)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		InferPublished(text)
	}
}
