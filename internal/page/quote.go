package page

import (
	"strings"

	"github.com/newsroom-tools/annotator/internal/annotate"
)

// Attribution is quote qi with who said it, on one line, for the clipboard:
//
//	“It is necessary …” — Sergei Lavrov, Russian Foreign Minister
//	Reported: it may be time to … — Sergei Lavrov, Russian Foreign Minister
//	“lack of understanding” — speaker not identified
func Attribution(d *annotate.Document, qi int) string {
	q := d.Quotes[qi]
	text := strings.TrimSpace(oneLine(q.Of(d.Text)))
	if q.Kind == annotate.Indirect {
		text = "Reported: " + text
	}
	return text + " — " + SpeakerLabel(d, q.Source)
}

// SpeakerLabel names speaker s with its title, "Sergei Lavrov, Russian
// Foreign Minister", or says that no speaker was found (s < 0).
func SpeakerLabel(d *annotate.Document, s int) string {
	if s < 0 || s >= len(d.Speakers) {
		return "speaker not identified"
	}
	sp := d.Speakers[s]
	if sp.Title != "" {
		return sp.Name + ", " + sp.Title
	}
	return sp.Name
}

// ParagraphOf returns the 1-based number of the paragraph holding byte
// offset pos: the last paragraph starting at or before it (1 when none does).
func ParagraphOf(d *annotate.Document, pos int) int {
	lo, hi := 0, len(d.Paragraphs)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Paragraphs[m].Start <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return max(lo, 1)
}

// FileName names an export of d after its first words: up to six words of
// the first paragraph, ASCII letters and digits in lower case joined by
// hyphens, then ext: "apple-executive-steve-jobs-resigns.csv". It is
// "article.ext" when the text has no such words.
func FileName(d *annotate.Document, ext string) string {
	first := d.Text
	if len(d.Paragraphs) > 0 {
		first = d.Paragraphs[0].Of(d.Text)
	}
	var words []string
	word := []byte{}
	flush := func() {
		if len(word) > 0 {
			words = append(words, string(word))
			word = word[:0]
		}
	}
	for i := 0; i < len(first) && len(words) < 6; i++ {
		c := first[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			word = append(word, c)
		case c >= 'A' && c <= 'Z':
			word = append(word, c+'a'-'A')
		case c == '\'' || c >= 0x80 && len(word) > 0:
			// an apostrophe or a letter outside ASCII: the word goes on without it
		default:
			flush()
		}
	}
	flush()
	name := strings.Join(words, "-")
	if len(name) > 60 {
		name = strings.TrimRight(name[:60], "-")
	}
	if name == "" {
		name = "article"
	}
	return name + "." + ext
}
