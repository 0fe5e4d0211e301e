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
