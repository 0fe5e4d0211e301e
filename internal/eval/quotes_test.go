package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/dataset"
)

// TestQuoteFloors holds the quote figures on PolNeAR dev to floors a little
// under what the annotator reaches, so a change that loses accuracy fails.
func TestQuoteFloors(t *testing.T) {
	dataset.Require(t, "quotes", "polnear", "dev.jsonl")
	f, _, err := ScorePolNeAR("dev")
	require.NoError(t, err)
	assert.GreaterOrEqual(t, f.Attributed.F1(), 0.87, "attributed-passage F1")
	assert.GreaterOrEqual(t, f.SpeakerAll, 0.90, "speaker accuracy")
	assert.GreaterOrEqual(t, f.SpeakerPronoun, 0.93, "speaker accuracy, pronoun sources")
	assert.GreaterOrEqual(t, f.Passages80.F1(), 0.955, "passage F1 at 80%")
	assert.LessOrEqual(t, f.NonSpeechMarked, 0.28, "non-speech passages marked")
	assert.GreaterOrEqual(t, f.Indirect.F1(), 0.49, "indirect F1")
	assert.GreaterOrEqual(t, f.IndirectSpeaker, 0.93, "indirect speaker accuracy")
}

// TestSeedQuotes checks the seed article's required quotes.
func TestSeedQuotes(t *testing.T) {
	dataset.Require(t, "seed", "lavrov-2013-09-16.gold.json")
	res, err := SeedQuotes()
	require.NoError(t, err)
	ok := 0
	for _, r := range res {
		if r.Found && r.Speaker && r.Cue {
			ok++
		}
	}
	assert.Equal(t, len(res), ok, "required seed quotes right")
}
