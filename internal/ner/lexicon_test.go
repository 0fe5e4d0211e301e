package ner

import (
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
		{"Sergei", true},  // learnt from the training text, and listed
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
