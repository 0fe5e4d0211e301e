package page

import (
	"unicode"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/order"
)

// Palette is how many speaker colours the page has. The most quoted
// speakers get one each, in panel order; the others share a neutral tint.
// Every speaker also has a number, so no one is told apart by colour alone.
const Palette = 8

// A SpeakerRow is one line of the "who said what" panel.
type SpeakerRow struct {
	Speaker int    // index into Document.Speakers
	Name    string // "Sergei Lavrov"
	Title   string // "Russian Foreign Minister", or ""
	Kind    string // "person", "organization", "other"
	Quotes  []int  // indices into Document.Quotes, in text order: direct, partial and reported
	Words   int    // words inside those quotes
	Share   float64
	Number  int // 1, 2, …: the row's place in the panel, shown beside each of the speaker's quotes
	Colour  int // 0 … Palette-1, or -1 for the neutral tint
}

// A Speakers value is the panel: the speakers who have quotes, most quoted
// words first, and the quotes no speaker was found for.
type Speakers struct {
	Rows         []SpeakerRow
	Unattributed []int // indices into Document.Quotes, in text order
	ByIndex      []int // Document.Speakers index → row index, or -1 for a speaker without quotes
}

// SpeakersOf lists the speakers of d who have quotes, most quoted words
// first (ties: more quotes, then first quoted), numbers them and gives the
// first Palette of them a colour each.
func SpeakersOf(d *annotate.Document) Speakers {
	rows := make([]SpeakerRow, len(d.Speakers))
	for i, s := range d.Speakers {
		rows[i] = SpeakerRow{Speaker: i, Name: s.Name, Title: s.Title, Kind: s.Kind.String()}
	}
	var sp Speakers
	total := 0
	for qi, q := range d.Quotes {
		n := countWords(q.Of(d.Text))
		total += n
		if q.Source < 0 || q.Source >= len(rows) {
			sp.Unattributed = append(sp.Unattributed, qi)
			continue
		}
		rows[q.Source].Quotes = append(rows[q.Source].Quotes, qi)
		rows[q.Source].Words += n
	}
	kept := rows[:0]
	for _, r := range rows {
		if len(r.Quotes) > 0 {
			if total > 0 {
				r.Share = float64(r.Words) / float64(total)
			}
			kept = append(kept, r)
		}
	}
	sorted := make([]SpeakerRow, len(kept))
	for k, i := range order.Stable(len(kept), func(i, j int) int {
		a, b := &kept[i], &kept[j]
		if a.Words != b.Words {
			return b.Words - a.Words
		}
		if len(a.Quotes) != len(b.Quotes) {
			return len(b.Quotes) - len(a.Quotes)
		}
		return a.Quotes[0] - b.Quotes[0]
	}) {
		sorted[k] = kept[i]
	}
	kept = sorted
	sp.ByIndex = make([]int, len(d.Speakers))
	for i := range sp.ByIndex {
		sp.ByIndex[i] = -1
	}
	for i := range kept {
		kept[i].Number = i + 1
		kept[i].Colour = -1
		if i < Palette {
			kept[i].Colour = i
		}
		sp.ByIndex[kept[i].Speaker] = i
	}
	sp.Rows = kept
	return sp
}

// Row returns the panel row of quote qi's speaker, or nil when the quote is unattributed.
func (sp Speakers) Row(d *annotate.Document, qi int) *SpeakerRow {
	s := d.Quotes[qi].Source
	if s < 0 || s >= len(sp.ByIndex) || sp.ByIndex[s] < 0 {
		return nil
	}
	return &sp.Rows[sp.ByIndex[s]]
}

// countWords counts the runs of non-space characters in s, as
// strings.Fields would, without building them.
func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
