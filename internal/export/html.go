package export

import (
	"strconv"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/render"
)

// HTML appends a self-contained annotated page to b: the article with its
// highlights (a tooltip on each quote and date), then who said what, names
// and dates. It loads nothing and runs no script.
func HTML(b []byte, d *annotate.Document) []byte {
	b = append(b, `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Annotated article</title>
<style>`...)
	b = append(b, pageCSS...)
	b = append(b, `</style></head><body><main>
<h1>Annotated article</h1>
<p class="meta">`...)
	switch d.PublishedSource {
	case annotate.PublishedGiven:
		b = append(b, "Published "...)
		b = append(b, d.Published.Format("2 January 2006")...)
	case annotate.PublishedInferred:
		b = append(b, "Published "...)
		b = append(b, d.Published.Format("2 January 2006")...)
		b = append(b, " (inferred from the text)"...)
	default:
		b = append(b, "Publication date unknown"...)
	}
	b = append(b, `</p>
<article class="article">`...)
	b = render.Article(b, d, render.Options{Titles: true})
	b = append(b, "</article>\n<h2>Who said what</h2>\n<ol class=\"speakers\">"...)
	counts := make([]int, len(d.Speakers))
	unattributed := 0
	for _, q := range d.Quotes {
		if q.Source >= 0 {
			counts[q.Source]++
		} else {
			unattributed++
		}
	}
	for i, s := range d.Speakers {
		b = append(b, "<li>"...)
		b = render.Escape(b, s.Name)
		if s.Title != "" {
			b = append(b, ", "...)
			b = render.Escape(b, s.Title)
		}
		b = append(b, " — "...)
		b = strconv.AppendInt(b, int64(counts[i]), 10)
		b = append(b, " quote"...)
		if counts[i] != 1 {
			b = append(b, 's')
		}
		b = append(b, "</li>\n"...)
	}
	b = append(b, "</ol>\n"...)
	if unattributed > 0 {
		b = append(b, "<p>Quotes without a speaker: "...)
		b = strconv.AppendInt(b, int64(unattributed), 10)
		b = append(b, "</p>\n"...)
	}
	b = append(b, "<h2>Dates</h2>\n<ul class=\"dates\">"...)
	for i, t := range d.Dates {
		b = append(b, "<li>"...)
		b = render.Escape(b, t.Of(d.Text))
		b = append(b, " → "...)
		b = render.Escape(b, render.DateLabel(d, i))
		b = append(b, "</li>\n"...)
	}
	b = append(b, `</ul>
<p class="meta">Made with the news annotator, which runs entirely in the browser.</p>
</main></body></html>
`...)
	return b
}

// pageCSS styles the exported page: the same colours and underlines as the
// web page, so a quote, a name and a date read alike in both.
const pageCSS = `
body{font:16px/1.6 Georgia,serif;margin:0;color:#1b1b1b;background:#fff}
main{max-width:46rem;margin:2rem auto;padding:0 1rem}
.meta{color:#555;font:14px system-ui,sans-serif}
.article{white-space:pre-wrap}
mark.quote{background:#fff1b8;color:inherit;border-bottom:2px solid #b38600}
mark.quote.partial{background:#ffe7c2;border-bottom-style:dotted}
mark.quote.indirect{background:#e9f1ff;border-bottom:2px dashed #3d6fb6}
mark.quote.unattributed{border-bottom-color:#b00020}
.ent.person{text-decoration:underline 2px #7a3db8}
.ent.organization{text-decoration:underline double 2px #00745e}
.ent.place{text-decoration:underline wavy 1px #8a5a00}
.date{background:#e6f4ea;outline:1px solid #2e7d32;border-radius:2px}
.cue{font-weight:bold}
.who{font-style:italic}
@media (prefers-color-scheme:dark){body{background:#121212;color:#e8e8e8}.meta{color:#b0b0b0}
mark.quote{background:#4a3b00}mark.quote.partial{background:#4a2e00}mark.quote.indirect{background:#16304f}
.date{background:#173a22}}
`
