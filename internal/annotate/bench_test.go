package annotate

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/newsroom-tools/annotator/internal/dataset"
)

// BenchmarkAnnotateSeed annotates the seed article (5 KB).
func BenchmarkAnnotateSeed(b *testing.B) {
	data, err := os.ReadFile(dataset.Require(b, "seed", "lavrov-2013-09-16.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Annotate(text, Options{})
	}
}

// BenchmarkAnnotate1MB annotates about 1 MB of news text assembled at run
// time from PolNeAR's dev articles (never committed).
func BenchmarkAnnotate1MB(b *testing.B) {
	text := newsText(b, 1<<20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Annotate(text, Options{})
	}
}

// newsText joins news articles from the shared data until about n bytes.
func newsText(tb testing.TB, n int) string {
	tb.Helper()
	f, err := os.Open(dataset.Require(tb, "quotes", "polnear", "dev.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for b.Len() < n {
		f.Seek(0, 0)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 8<<20)
		for sc.Scan() && b.Len() < n {
			var doc struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
				tb.Fatal(err)
			}
			b.WriteString(doc.Text)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}
