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
	assert.GreaterOrEqual(t, f.Attributed.F1(), 0.88, "attributed-passage F1")
	assert.GreaterOrEqual(t, f.SpeakerAll, 0.91, "speaker accuracy")
	assert.GreaterOrEqual(t, f.SpeakerPronoun, 0.93, "speaker accuracy, pronoun sources")
	assert.GreaterOrEqual(t, f.Passages80.F1(), 0.96, "passage F1 at 80%")
	assert.LessOrEqual(t, f.NonSpeechMarked, 0.20, "non-speech passages marked")
	assert.GreaterOrEqual(t, f.Indirect.F1(), 0.50, "indirect F1")
	assert.GreaterOrEqual(t, f.IndirectSpeaker, 0.93, "indirect speaker accuracy")
}

// TestMarkPairs checks how the scoring pairs quotation marks, apart from the
// annotator: double and single marks, apostrophes passed over, a single pair
// inside a double one left to it, a paragraph's end closing a passage.
func TestMarkPairs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{`He said "we won" and 'they lost.'`, []string{"we won", "they lost."}},
		{"Obama Sees ‘Personal Insult’ if Blacks Don’t Rally", []string{"Personal Insult"}},
		{"the ’90s, rock ’n’ roll and the Joneses’ house", nil},
		{"Examining the U.N.'s Record on Global Challenges.", nil},
		{`"He told me 'never again' twice," she said.`, []string{"He told me 'never again' twice,"}},
		{"“We will not stop.\n\nNever,” he said. ''Quiet,'' she said.", []string{"We will not stop.", "Quiet,"}},
	} {
		rt := newRuneText(tc.text)
		var got []string
		for _, p := range markPairs(rt) {
			got = append(got, string(rt.runes[p.Start:p.End]))
		}
		assert.Equal(t, tc.want, got, tc.text)
	}
}

// TestMarksAlone checks when a predicted quote counts as marking quoted
// words that are not speech: when it is those words, not when it is a
// longer quotation holding them.
func TestMarksAlone(t *testing.T) {
	text := `"I can't yell too much. It comes across as “too loud.”" Critics called it “too loud.”`
	rt := newRuneText(text)
	runeIndex := func(s string, from int) cpSpan {
		r := []rune(s)
		for i := from; i+len(r) <= len(rt.runes); i++ {
			if string(rt.runes[i:i+len(r)]) == s {
				return cpSpan{i, i + len(r)}
			}
		}
		t.Fatalf("%q not found", s)
		return cpSpan{}
	}
	outer := runeIndex(`"I can't yell too much. It comes across as “too loud.”"`, 0)
	inner := runeIndex("too loud.", 0)
	second := runeIndex("“too loud.”", outer.End)
	secondWords := runeIndex("too loud.", outer.End)
	assert.False(t, marksAlone(rt, outer, inner), "a longer quotation holding the words")
	assert.True(t, marksAlone(rt, second, secondWords), "the words alone")
	assert.True(t, marksAlone(rt, inner, inner))
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
