package annotate

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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

// TestAnnotateDated checks that a date layer found elsewhere gives the
// document Annotate gives, and that without one (nil, or one for another
// text) the annotation finds the dates itself.
func TestAnnotateDated(t *testing.T) {
	text := samples.Wikinews.Text
	opts := Options{Published: time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC)}
	want := Annotate(text, opts)
	require.NotEmpty(t, want.Dates)
	dated := Dated(text, opts)
	assert.Equal(t, want.Dates, dated.Dates)
	assert.Equal(t, want.Published, dated.Published)
	for name, found := range map[string]func() *Document{
		"found elsewhere": func() *Document { return dated },
		"not found":       func() *Document { return nil },
		"another text's":  func() *Document { return Dated("On Monday, 3 May 2021.", Options{}) },
	} {
		assert.Equal(t, want, AnnotateDated(text, opts, found), name)
	}
	inferred := Annotate(text, Options{})
	assert.Equal(t, inferred, AnnotateDated(text, Options{}, func() *Document { return Dated(text, Options{}) }), "a reference day inferred")
}
