package train

import (
	"strings"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/ner"
)

// A Sentence is a training or test sentence as the annotator sees it: the
// words its lexer cuts from the corpus tokens joined by spaces, and their labels.
type Sentence struct {
	Words  []string
	Labels []ner.Label
	Doc    int
}

// Align re-tokenizes a corpus sentence with the annotator's lexer, so that
// the model is trained on the words it will meet, and carries the names
// over: a word starting inside a name belongs to it.
func Align(r Raw) Sentence {
	text, starts := Join(r.Tokens)
	toks := annotate.Tokenize(text)
	s := Sentence{Words: make([]string, len(toks)), Labels: make([]ner.Label, len(toks)), Doc: r.Doc}
	for i, t := range toks {
		s.Words[i] = t.Of(text)
	}
	var ms []ner.Mention
	for _, m := range r.Spans() {
		start, end := starts[m.Start], starts[m.End-1]+len(r.Tokens[m.End-1])
		a, b := -1, -1
		for i, t := range toks {
			if a < 0 && t.Start >= start && t.Start < end {
				a = i
			}
			if t.Start >= start && t.Start < end {
				b = i + 1
			}
		}
		for b > a && a >= 0 && (s.Words[b-1] == "'s" || s.Words[b-1] == "’s") {
			b-- // a possessive the corpus glued to the name is not part of it
		}
		if a >= 0 && b > a {
			ms = append(ms, ner.Mention{Start: a, End: b, Kind: m.Kind})
		}
	}
	ner.Encode(s.Labels, ms)
	return s
}

// Join joins tokens with single spaces and returns the text and each token's byte offset.
func Join(tokens []string) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(tokens))
	for i, t := range tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(t)
	}
	return b.String(), starts
}

// Mentions reads the names out of labels.
func Mentions(labels []ner.Label) []ner.Mention { return ner.Mentions(labels) }
