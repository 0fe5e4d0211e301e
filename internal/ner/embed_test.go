package ner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mentionsOf tags words with m and returns its names as "KIND text".
func mentionsOf(m *Model, words []string) []string {
	var out []string
	for _, mn := range Mentions(m.Tag(words, nil)) {
		out = append(out, mn.Kind.String()+" "+strings.Join(words[mn.Start:mn.End], " "))
	}
	return out
}

func TestDefaultModel(t *testing.T) {
	m, err := Default()
	require.NoError(t, err, "the embedded model decodes")
	again, _ := Default()
	assert.Same(t, m, again, "it is decoded once")
	tests := []struct {
		text string
		want []string
	}{
		{"Foreign Minister Sergei Lavrov met John Kerry in Geneva on Saturday .",
			[]string{"PER Sergei Lavrov", "PER John Kerry", "LOC Geneva"}},
		{"The U.N. Security Council met in New York .",
			[]string{"ORG U.N. Security Council", "LOC New York"}},
		{"Shares of Apple Inc. rose in Tokyo .",
			[]string{"ORG Apple Inc.", "LOC Tokyo"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(m, strings.Fields(tt.text)))
		})
	}
	assert.True(t, m.IsNationality("British"))
	assert.True(t, m.IsFirstName("John"))
}

func ExampleModel_Tag() {
	m, err := Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("Sergei Lavrov flew to Geneva .")
	for _, mn := range Mentions(m.Tag(words, nil)) {
		fmt.Println(mn.Kind, strings.Join(words[mn.Start:mn.End], " "))
	}
	// Output:
	// PER Sergei Lavrov
	// LOC Geneva
}
