package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/dataset"
	"github.com/newsroom-tools/annotator/internal/ner"
	"github.com/newsroom-tools/annotator/internal/train"
)

// entityFloors are a little under what the annotator reaches on CoNLL-2003
// dev (F1 PER 0.933, ORG 0.828, LOC 0.927): a drop below them is a regression.
var entityFloors = [3]float64{ner.PER: 0.92, ner.ORG: 0.815, ner.LOC: 0.91}

func TestEntityFloorsCoNLLDev(t *testing.T) {
	path := dataset.Require(t, "ner", "conll2003", "valid.txt")
	sents, err := train.ReadCoNLL(path)
	require.NoError(t, err)
	require.Greater(t, len(sents), 3000)
	r := ScoreEntities(sents)
	for k := ner.Kind(0); k < 3; k++ {
		t.Logf("%s %v", k, r.Scores[k])
		assert.GreaterOrEqual(t, r.Scores[k].F1(), entityFloors[k], "%s F1 on CoNLL-2003 dev fell below its floor", k)
	}
}

func TestScoreEntities(t *testing.T) {
	sent := func(doc int, tokens, tags string) train.Raw {
		return train.Raw{Tokens: fields(tokens), Tags: fields(tags), Doc: doc}
	}
	tests := []struct {
		name  string
		sents []train.Raw
		want  [3]PRF
	}{
		{"exact_matches", []train.Raw{sent(1, "Sergei Lavrov met John Kerry in Geneva .", "B-PER I-PER O B-PER I-PER O B-LOC O")},
			[3]PRF{ner.PER: {TP: 2}, ner.LOC: {TP: 1}}},
		{"misc_is_not_scored", []train.Raw{sent(1, "British troops left Basra .", "B-MISC O O B-LOC O")},
			[3]PRF{ner.LOC: {TP: 1}}},
		{"a_title_inside_the_gold_name_is_a_bound_error", []train.Raw{sent(1, "President Obama spoke .", "B-PER I-PER O O")},
			[3]PRF{ner.PER: {FP: 1, FN: 1}}},
		{"missed_name", []train.Raw{sent(1, "zzyzx qwerty spoke .", "B-ORG I-ORG O O")},
			[3]PRF{ner.ORG: {FN: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ScoreEntities(tt.sents).Scores)
		})
	}
}

func fields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return out
}
