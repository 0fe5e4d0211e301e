package ner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// emissions builds emission scores: for each token, the label given a high score.
func emissions(t *testing.T, favoured string) []int32 {
	t.Helper()
	ls := labels(t, favoured)
	out := make([]int32, len(ls)*NumLabels)
	for i, l := range ls {
		out[i*NumLabels+int(l)] = 10
	}
	return out
}

func TestViterbi(t *testing.T) {
	var trans [NumLabels + 1][NumLabels]int32
	tests := []struct {
		name     string
		favoured string // the label each token's emission favours
		want     string
	}{
		{"follows_the_emissions", "O B-PER L-PER O U-LOC", "O B-PER L-PER O U-LOC"},
		{"no_name_opens_inside", "I-PER L-PER O", "B-PER L-PER O"},
		{"one_token", "U-MISC", "U-MISC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			emit := emissions(t, tt.favoured)
			got := make([]Label, len(emit)/NumLabels)
			Viterbi(emit, &trans, got, new(Scratch))
			assert.Equal(t, labels(t, tt.want), got)
			for i := 1; i < len(got); i++ {
				assert.True(t, allowed(got[i-1], got[i]), "%v then %v", got[i-1], got[i])
			}
		})
	}
}

func TestViterbiTransitions(t *testing.T) {
	// Two tokens with no preference: a transition score decides.
	var trans [NumLabels + 1][NumLabels]int32
	b, l := LabelOf(PER, posB), LabelOf(PER, posL)
	trans[NumLabels][b] = 5
	trans[b][l] = 5
	got := make([]Label, 2)
	Viterbi(make([]int32, 2*NumLabels), &trans, got, new(Scratch))
	assert.Equal(t, []Label{b, l}, got)
}

func TestTagEmpty(t *testing.T) {
	m, err := NewModel(Featurizer{Bits: 8}, make([]int8, NumLabels<<8), [NumLabels + 1][NumLabels]int32{})
	assert.NoError(t, err)
	assert.Empty(t, m.Tag(nil, nil))
	assert.Equal(t, []Label{O, O}, m.Tag([]string{"a", "b"}, nil), "a model of zeros finds nothing")
}
