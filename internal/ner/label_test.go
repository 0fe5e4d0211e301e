package ner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// labels parses "O B-PER L-PER U-LOC" into labels.
func labels(t *testing.T, s string) []Label {
	t.Helper()
	var out []Label
	for _, f := range splitFields(s) {
		found := false
		for l := Label(0); l < NumLabels; l++ {
			if l.String() == f {
				out, found = append(out, l), true
				break
			}
		}
		if !found {
			t.Fatalf("no label %q", f)
		}
	}
	return out
}

func splitFields(s string) []string {
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

func TestMentions(t *testing.T) {
	tests := []struct {
		name   string
		labels string
		want   []Mention
	}{
		{"none", "O O", nil},
		{"unit", "O U-LOC O", []Mention{{1, 2, LOC}}},
		{"begin_inside_last", "B-PER I-PER L-PER O", []Mention{{0, 3, PER}}},
		{"two_in_a_row", "B-ORG L-ORG U-ORG", []Mention{{0, 2, ORG}, {2, 3, ORG}}},
		{"open_at_the_end", "O B-PER I-PER", []Mention{{1, 3, PER}}},
		{"inside_without_begin", "O I-LOC L-LOC", []Mention{{1, 3, LOC}}},
		{"kind_changes_mid_name", "B-PER L-ORG", []Mention{{0, 1, PER}, {1, 2, ORG}}},
		{"misc", "U-MISC O", []Mention{{0, 1, MISC}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Mentions(labels(t, tt.labels)))
		})
	}
}

func TestEncode(t *testing.T) {
	tests := []struct {
		name string
		ms   []Mention
		n    int
		want string
	}{
		{"unit_and_multi", []Mention{{0, 1, LOC}, {2, 5, PER}}, 6, "U-LOC O B-PER I-PER L-PER O"},
		{"two_words", []Mention{{1, 3, ORG}}, 3, "O B-ORG L-ORG"},
		{"none", nil, 2, "O O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := make([]Label, tt.n)
			Encode(got, tt.ms)
			assert.Equal(t, labels(t, tt.want), got)
			assert.Equal(t, tt.ms, Mentions(got), "Mentions reads back what Encode wrote")
		})
	}
}

func TestAllowed(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"O", "B-PER", true},
		{"O", "U-LOC", true},
		{"O", "I-PER", false},
		{"O", "L-PER", false},
		{"B-PER", "I-PER", true},
		{"B-PER", "L-PER", true},
		{"B-PER", "L-ORG", false},
		{"B-PER", "O", false},
		{"I-ORG", "L-ORG", true},
		{"L-ORG", "B-ORG", true},
		{"U-ORG", "I-ORG", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"_then_"+tt.b, func(t *testing.T) {
			a, b := labels(t, tt.a)[0], labels(t, tt.b)[0]
			assert.Equal(t, tt.want, allowed(a, b))
		})
	}
	assert.True(t, canStart(labels(t, "B-PER")[0]))
	assert.False(t, canStart(labels(t, "L-PER")[0]))
	assert.True(t, canEnd(labels(t, "U-PER")[0]))
	assert.False(t, canEnd(labels(t, "I-PER")[0]))
}

func TestKindOf(t *testing.T) {
	for _, k := range []Kind{PER, ORG, LOC, MISC} {
		got, ok := KindOf(k.String())
		assert.True(t, ok)
		assert.Equal(t, k, got)
	}
	_, ok := KindOf("DATE")
	assert.False(t, ok)
}
