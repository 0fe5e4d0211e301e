package train

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/ner"
)

func TestToIOB2(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"iob1_inside_starts_a_name", "I-ORG I-ORG O I-PER", "B-ORG I-ORG O B-PER"},
		{"iob1_begin_splits_two_names", "I-LOC B-LOC O", "B-LOC B-LOC O"},
		{"iob2_is_kept", "B-PER I-PER B-PER", "B-PER I-PER B-PER"},
		{"types_mapped", "B-geo I-geo B-tim", "B-LOC I-LOC O"},
		{"misc_kept", "I-MISC O", "B-MISC O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, strings.Fields(tt.want), toIOB2(strings.Fields(tt.in)))
		})
	}
}

// gmb builds a raw GMB sentence from "token/POS/tag" triples.
func gmb(s string) Raw {
	var r Raw
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		r.Tokens, r.POS, r.Tags = append(r.Tokens, p[0]), append(r.POS, p[1]), append(r.Tags, p[2])
	}
	return r
}

func TestCleanGMB(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  []string // tags of each sentence after cleaning
	}{
		{"titles_leave_person_names",
			[]string{"President/NNP/B-per George/NNP/I-per Bush/NNP/I-per spoke/VBD/O", "Mr./NNP/B-per Annan/NNP/I-per left/VBD/O"},
			[]string{"O B-PER I-PER O", "O B-PER O"}},
		{"nationalities_are_other_names",
			[]string{"British/JJ/B-gpe troops/NNS/O", "Iraqis/NNS/B-gpe voted/VBD/O"},
			[]string{"B-MISC O", "B-MISC O"}},
		{"a_country_tagged_gpe_is_a_place",
			[]string{"in/IN/O Nepal/NNP/B-geo", "Nepal/NNP/B-gpe said/VBD/O"},
			[]string{"O B-LOC", "B-LOC O"}},
		{"listed_organization_wins_over_geo",
			[]string{"the/DT/O U.N./NNP/B-geo said/VBD/O", "the/DT/O U.N./NNP/B-geo met/VBD/O"},
			[]string{"O B-ORG O", "O B-ORG O"}},
		{"organization_or_place_by_majority",
			[]string{"Acme/NNP/B-org", "Acme/NNP/B-org", "Acme/NNP/B-geo"},
			[]string{"B-ORG", "B-ORG", "B-ORG"}},
		{"pieces_made_whole",
			[]string{"Sri/NNP/B-geo Lanka/NNP/I-geo", "Sri/NNP/B-geo Lanka/NNP/I-geo", "Sri/NNP/B-geo Lanka/NNP/I-geo", "in/IN/O Sri/NNP/B-per Lanka/NNP/B-geo"},
			[]string{"B-LOC I-LOC", "B-LOC I-LOC", "B-LOC I-LOC", "O B-LOC I-LOC"}},
		{"times_are_no_names", []string{"on/IN/O Monday/NNP/B-tim"}, []string{"O O"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var raws []Raw
			for _, s := range tt.sents {
				raws = append(raws, gmb(s))
			}
			var got []string
			for _, r := range CleanGMB(raws) {
				got = append(got, strings.Join(r.Tags, " "))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAlign(t *testing.T) {
	tests := []struct {
		name   string
		tokens string
		tags   string
		words  []string
		labels string
	}{
		{"same_tokens", "Sergei Lavrov spoke .", "B-PER I-PER O O", []string{"Sergei", "Lavrov", "spoke", "."}, "B-PER L-PER O O"},
		{"possessive_set_apart", "Lavrov 's aide", "B-PER O O", []string{"Lavrov", "'s", "aide"}, "U-PER O O"},
		{"corpus_glues_what_the_lexer_splits", "Assad's forces", "B-PER O", []string{"Assad", "'s", "forces"}, "U-PER O O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Align(Raw{Tokens: strings.Fields(tt.tokens), Tags: strings.Fields(tt.tags)})
			assert.Equal(t, tt.words, s.Words)
			var got []string
			for _, l := range s.Labels {
				got = append(got, l.String())
			}
			assert.Equal(t, strings.Fields(tt.labels), got)
		})
	}
}

// tiny is a toy corpus: people before "said", places after "in".
func tiny() []Sentence {
	var out []Sentence
	people := []string{"Sergei Lavrov", "John Kerry", "Ban Ki-moon", "Angela Merkel"}
	places := []string{"Geneva", "Moscow", "Paris", "Berlin"}
	for i := 0; i < 40; i++ {
		p, q := people[i%4], places[(i/4)%4]
		out = append(out, Align(Raw{
			Tokens: strings.Fields(p + " said in " + q + " ."),
			Tags:   strings.Fields("B-PER I-PER O O B-LOC O"),
		}))
	}
	return out
}

func TestWordsDeterministic(t *testing.T) {
	o := WordOptions{MinCount: 2, Coarse: 3, Fine: 5, Contexts: 10, Iterations: 4, Seed: 1}
	a := Words(tiny(), map[string]int{"british": 5}, o)
	b := Words(tiny(), map[string]int{"british": 5}, o)
	assert.Equal(t, a, b)
	require.Contains(t, a, "lavrov")
	assert.Equal(t, ner.CasingUpper, a["lavrov"].Casing())
	assert.Equal(t, ner.CasingLower, a["said"].Casing())
	assert.True(t, a["sergei"].FirstName())
	assert.False(t, a["lavrov"].FirstName())
}

func TestTrainLearnsToyCorpus(t *testing.T) {
	m, err := Train(tiny(), nil, Options{Bits: 12, Epochs: 5, Seed: 1, Prune: 1})
	require.NoError(t, err)
	got := ner.Mentions(m.Tag(strings.Fields("John Kerry said in Moscow ."), nil))
	assert.Equal(t, []ner.Mention{{Start: 0, End: 2, Kind: ner.PER}, {Start: 4, End: 5, Kind: ner.LOC}}, got)
	again, err := Train(tiny(), nil, Options{Bits: 12, Epochs: 5, Seed: 1, Prune: 1})
	require.NoError(t, err)
	assert.Equal(t, m, again, "training is deterministic")
}
