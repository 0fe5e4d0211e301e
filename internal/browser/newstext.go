package browser

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/newsroom-tools/annotator/internal/dataset"
)

// NewsText assembles about n bytes of news text from the shared data's
// PolNeAR articles (dev, then train), joined by blank lines, for the
// benchmarks and the browser tests. It is read at run time and never
// committed. The result is at most n bytes long and ends at a paragraph
// break; it repeats the articles when they run out.
func NewsText(n int) (string, error) {
	var b strings.Builder
	for _, split := range []string{"dev.jsonl", "train.jsonl", "dev.jsonl", "train.jsonl"} {
		p, err := dataset.Path("quotes", "polnear", split)
		if err != nil {
			return "", err
		}
		if done, err := appendArticles(&b, p, n); err != nil || done {
			return b.String(), err
		}
	}
	return b.String(), nil
}

// appendArticles adds the articles of a JSON-lines file to b until it holds
// n bytes, the last one cut at a paragraph break; it reports whether b is full.
func appendArticles(b *strings.Builder, path string, n int) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return false, fmt.Errorf("%s: %v", path, err)
		}
		text := strings.TrimSpace(doc.Text) + "\n\n"
		room := n - b.Len()
		if len(text) > room {
			cut := strings.LastIndex(text[:room], "\n")
			if cut > 0 {
				b.WriteString(text[:cut+1])
			}
			return true, nil
		}
		b.WriteString(text)
	}
	return false, sc.Err()
}
