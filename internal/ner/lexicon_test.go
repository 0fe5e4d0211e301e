package ner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLookupPlace(t *testing.T) {
	tests := []struct {
		name string
		want PlaceClass
	}{
		{"Czech Republic", Country},
		{"CZECH REPUBLIC", Country},
		{"Middle East", Region},
		{"Texas", State},
		{"Moscow", City},
		{"St. Petersburg", City},
		{"Acme", NotPlace},
		{"New", NotPlace},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, LookupPlace(tt.name))
		})
	}
}

func TestIsOrganization(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"United Nations", true},
		{"united nations", true},
		{"U.N.", true},
		{"NATO", true},
		{"WHO", true},
		{"who", false},
		{"Who", false},
		{"Geneva", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, IsOrganization(tt.name))
		})
	}
}

func TestIsFirstNameReadsTheListOfGivenNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Skip("no model in this build")
	}
	tests := []struct {
		word string
		want bool
	}{
		{"Gavin", true}, // listed
		{"GAVIN", true}, // any case
		{"Jean-Pierre", true},
		{"Sergei", true}, // learnt from the training text, and listed
		{"Tomás", true},  // written with its accent
		{"Sipho", true},
		{"Milan", false},  // a city and a club before a name
		{"Grace", false},  // a word
		{"Jordan", false}, // a country
		{"Seles", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, m.IsFirstName(tt.word))
		})
	}
}

func TestGivenNameGender(t *testing.T) {
	for name, want := range map[string]int{
		"Donald": 1, "SERGEI": 1, "Jean-Pierre": 1,
		"Melanie": -1, "hillary": -1, "Angela": -1,
		"Alex": 0, "Jean": 0, "Kim": 0, // men's and women's
		"Said": 0, "Trump": 0, "": 0,
	} {
		assert.Equal(t, want, GivenNameGender(name), name)
	}
	// each name is listed once, in one section
	seen := map[string]bool{}
	for _, line := range strings.Split(gendersFile, "\n") {
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "[") {
			continue
		}
		for _, w := range strings.Fields(line) {
			assert.False(t, seen[strings.ToLower(w)], "%s is listed twice", w)
			seen[strings.ToLower(w)] = true
		}
	}
	assert.Greater(t, len(seen), 800)
}
