package annotate

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom-tools/annotator/internal/samples"
)

// TestAnnotateConcurrently runs Annotate on several texts from several
// goroutines at once (go test -race finds shared state) and checks each
// result against one annotated alone: the buffers reused from one document
// to the next (the tagger's, kept in a pool) belong to one run at a time.
func TestAnnotateConcurrently(t *testing.T) {
	texts := []string{
		samples.Wikinews.Text,
		"RUSSIA SAYS SYRIA TALKS MUST GO ON\n\nMOSCOW, Sept 16 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Monday: \"We will insist on it.\"",
		strings.Repeat("Leeds 2 Chelsea 1. Arsenal v Everton. ", 20),
		"",
	}
	want := make([]*Document, len(texts))
	for i, text := range texts {
		want[i] = Annotate(text, Options{})
	}
	const workers = 8
	var wg sync.WaitGroup
	got := make([][]*Document, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 5 {
				for i := range texts {
					// each worker takes the texts in its own order
					j := (i + w + round) % len(texts)
					got[w] = append(got[w], Annotate(texts[j], Options{}))
				}
			}
		}()
	}
	wg.Wait()
	for w := range workers {
		for k, d := range got[w] {
			round, i := k/len(texts), k%len(texts)
			j := (i + w + round) % len(texts)
			assert.Equal(t, want[j], d, "worker %d, text %d", w, j)
		}
	}
}
