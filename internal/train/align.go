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
	toks := splitGluedSums(text, annotate.Tokenize(text))
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

// splitGluedSums cuts a sum glued to its currency ("Sh2.4", "N45,000"),
// which the lexer reads as one word since e9d7e2e, where the lexer cut it
// when ner.bin was trained: "Sh2" and then ".4" as the lexer reads it. The
// model so stays what make model builds from the train sets; the next model
// trained for other reasons may drop this and learn the words as the
// annotator now cuts them (it scored lower on the hand-checked lists when
// tried, 2026-11-29).
func splitGluedSums(text string, toks []annotate.Token) []annotate.Token {
	var out []annotate.Token
	for i, t := range toks {
		w := t.Of(text)
		k := gluedSumAt(w)
		if t.Kind != annotate.Word || k < 0 {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]annotate.Token, 0, len(toks)+2), toks[:i]...)
		}
		head := t
		head.End = t.Start + k
		out = append(out, head)
		for _, r := range annotate.Tokenize(w[k:]) {
			r.Start += t.Start + k
			r.End += t.Start + k
			out = append(out, r)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// gluedSumAt returns where a word that opens with a letter first has a
// "." or "," between digits ("Sh2.4": 3), or -1.
func gluedSumAt(w string) int {
	if w == "" || w[0] < 'A' || w[0] > 'z' {
		return -1
	}
	for k := 1; k+1 < len(w); k++ {
		if (w[k] == '.' || w[k] == ',') && w[k-1] >= '0' && w[k-1] <= '9' && w[k+1] >= '0' && w[k+1] <= '9' {
			return k
		}
	}
	return -1
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
