package render

import (
	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
)

// A View is what the page shows for a document, as markup: the article in
// pieces the page can attach one at a time, and the three panels.
type View struct {
	Parts    []string // the article; more than one for long texts, cut by ArticleParts
	Speakers string   // SpeakerList
	Names    string   // NameLists
	Dates    string   // Timeline
}

// PartSize is about how many bytes of markup each piece of a long article
// holds. Attaching a piece takes the browser a few milliseconds, so the
// page can stay responsive between pieces.
const PartSize = 64 << 10

// NewView renders d for the page, speakers numbered and coloured as the
// speakers panel lists them.
func NewView(d *annotate.Document, partSize int) View {
	sp := page.SpeakersOf(d)
	// the markup of news text is about two and a half times as long as
	// the text: room for that from the start spares growing it piecemeal
	markup, cuts := ArticleParts(make([]byte, 0, len(d.Text)*5/2), d, Options{Speakers: &sp}, partSize)
	v := View{Parts: make([]string, 0, len(cuts)+1)}
	prev := 0
	for _, c := range append(cuts, len(markup)) {
		if c > prev || len(v.Parts) == 0 {
			v.Parts = append(v.Parts, string(markup[prev:c]))
		}
		prev = c
	}
	names := page.NamesOf(d)
	v.Speakers = string(SpeakerList(nil, &sp))
	v.Names = string(NameLists(nil, &names))
	v.Dates = string(Timeline(nil, page.TimelineOf(d)))
	return v
}
