package train

import "strings"

// Augment returns the sentences followed by copies of every nth one in
// capitals, as headlines are written, so the model learns to read names
// without their capitalisation cue.
func Augment(sents []Sentence, n int) []Sentence {
	out := append([]Sentence(nil), sents...)
	if n <= 0 {
		return out
	}
	for i := 0; i < len(sents); i += n {
		s := sents[i]
		up := Sentence{Words: make([]string, len(s.Words)), Labels: s.Labels, Doc: s.Doc}
		for j, w := range s.Words {
			up.Words[j] = strings.ToUpper(w)
		}
		out = append(out, up)
	}
	return out
}
