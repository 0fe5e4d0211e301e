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
	var v View
	StreamView(d, partSize, 0, func(parts []string) {
		v.Parts = append(v.Parts, parts...)
	}, func(speakers, names, dates string) {
		v.Speakers, v.Names, v.Dates = speakers, names, dates
	})
	return v
}

// StreamView renders d as NewView does, for a page that parses the markup
// while the rest is rendered: it hands parts the article's pieces in
// batches, each batch once its pieces hold batch bytes or more (0: all in
// one batch), the last batch with whatever is left; then it hands panels
// the panels. The pieces handed over make NewView's Parts, at least one
// piece, none of them empty unless the article is.
func StreamView(d *annotate.Document, partSize, batch int, parts func([]string), panels func(speakers, names, dates string)) {
	sp := page.SpeakersOf(d)
	sent := 0 // pieces handed over
	pieces := func(markup []byte, cuts []int) []string {
		var out []string
		prev := 0
		for _, c := range append(cuts, len(markup)) {
			if c > prev {
				out = append(out, string(markup[prev:c]))
			}
			prev = c
		}
		return out
	}
	var flush func([]byte, []int) ([]byte, []int)
	if batch > 0 {
		flush = func(markup []byte, cuts []int) ([]byte, []int) {
			if len(markup) < batch {
				return markup, cuts
			}
			out := pieces(markup, cuts)
			sent += len(out)
			parts(out)
			return markup[:0], cuts[:0]
		}
	}
	// the markup of news text is about two and a half times as long as
	// the text: room for that from the start spares growing it piecemeal
	room := len(d.Text) * 5 / 2
	if batch > 0 {
		room = min(room, batch+partSize+partSize/2)
	}
	markup, cuts := article(make([]byte, 0, room), d, Options{Speakers: &sp}, max(partSize, 1), flush)
	last := pieces(markup, cuts)
	if sent+len(last) == 0 {
		last = []string{""}
	}
	parts(last)
	names := page.NamesOf(d)
	panels(string(SpeakerList(nil, &sp)), string(NameLists(nil, &names)), string(Timeline(nil, page.TimelineOf(d))))
}
