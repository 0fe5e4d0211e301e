package export

import (
	"strconv"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
	"github.com/newsroom-tools/annotator/internal/render"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// HTML appends a self-contained annotated page to b: the article with its
// highlights, each quote numbered and tinted for its speaker as on the web
// page (a tooltip on each quote and date), then who said what, the names
// and the dates in calendar order. It loads nothing and runs no script.
func HTML(b []byte, d *annotate.Document) []byte {
	sp := page.SpeakersOf(d)
	b = render.AppendString(b, `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="color-scheme" content="light dark">
<title>`)
	b = render.Escape(b, title(d))
	b = render.AppendString(b, ` — who said what</title>
<style>`)
	b = render.AppendString(b, pageCSS)
	b = render.AppendString(b, `</style></head><body><main>
<p class="meta">Annotated by the news annotator · `)
	switch d.PublishedSource {
	case annotate.PublishedGiven:
		b = render.AppendString(b, "published ")
		b = render.AppendString(b, timex.LongDay(d.Published))
	case annotate.PublishedInferred:
		b = render.AppendString(b, "published ")
		b = render.AppendString(b, timex.LongDay(d.Published))
		b = render.AppendString(b, " (inferred from the text)")
	default:
		b = render.AppendString(b, "publication date unknown")
	}
	b = render.AppendString(b, `</p>
<p class="meta legend">Quotes: solid underline direct, dotted partial, dashed reported speech; the number before a quote is its speaker’s below, ? when none was found. Names: people solid, organizations double, places wavy. Dates boxed. Hover a quote or a date for details.</p>
<article class="article">`)
	b = render.Article(b, d, render.Options{Titles: true, Speakers: &sp})
	b = render.AppendString(b, "</article>\n<h2>Who said what</h2>\n<ol class=\"speakers\">")
	for _, r := range sp.Rows {
		b = render.AppendString(b, `<li><span class="badge"`)
		b = render.ColourAttr(b, r.Colour)
		b = append(b, '>')
		b = appendInt(b, r.Number)
		b = render.AppendString(b, "</span> <b>")
		b = render.Escape(b, r.Name)
		b = render.AppendString(b, "</b>")
		if r.Title != "" {
			b = render.AppendString(b, ", ")
			b = render.Escape(b, r.Title)
		}
		b = render.AppendString(b, " — ")
		b = append(b, page.Plural(len(r.Quotes), "quote", "quotes")...)
		b = render.AppendString(b, ", ")
		b = render.AppendString(b, page.Percent(r.Share))
		b = render.AppendString(b, " of quoted words</li>\n")
	}
	if len(sp.Unattributed) > 0 {
		b = render.AppendString(b, `<li><span class="badge none">?</span> <b>Speaker not found</b> — `)
		b = append(b, page.Plural(len(sp.Unattributed), "quote", "quotes")...)
		b = render.AppendString(b, "</li>\n")
	}
	b = render.AppendString(b, "</ol>\n")
	names := page.NamesOf(d)
	for k, kind := range page.Kinds {
		if len(names[k]) == 0 {
			continue
		}
		b = render.AppendString(b, "<h2>")
		b = render.AppendString(b, page.KindHeading(kind))
		b = render.AppendString(b, "</h2>\n<p>")
		for i, n := range names[k] {
			if i > 0 {
				b = render.AppendString(b, " · ")
			}
			b = render.Escape(b, n.Name)
			b = render.AppendString(b, " (")
			b = appendInt(b, n.Mentions)
			b = append(b, ')')
		}
		b = render.AppendString(b, "</p>\n")
	}
	if len(d.Dates) > 0 {
		b = render.AppendString(b, "<h2>Dates</h2>\n<ul class=\"dates\">")
		for _, e := range page.TimelineOf(d) {
			b = render.AppendString(b, "<li><b>")
			b = render.Escape(b, e.Label)
			b = render.AppendString(b, "</b>: ")
			b = render.Escape(b, e.Before)
			b = render.AppendString(b, "<u>")
			b = render.Escape(b, e.Text)
			b = render.AppendString(b, "</u>")
			b = render.Escape(b, e.After)
			b = render.AppendString(b, "</li>\n")
		}
		b = render.AppendString(b, "</ul>\n")
	}
	b = render.AppendString(b, `<p class="meta">Annotations are made by a program and can be wrong: check a quote against the article before you rely on it.</p>
</main></body></html>
`)
	return b
}

// title is the first line of the text, shortened, or "Annotated article".
func title(d *annotate.Document) string {
	if len(d.Paragraphs) == 0 {
		return "Annotated article"
	}
	t := d.Paragraphs[0].Of(d.Text)
	for i, c := range t {
		if c == '\n' {
			t = t[:i]
			break
		}
	}
	return oneLine(t, 90)
}

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

// pageCSS styles the exported page with the web page's colours (the test
// holds the two to the same values), light and dark.
const pageCSS = `
:root{--fg:#1b1b1b;--bg:#fff;--muted:#595959;--error:#b00020;--badge-fg:#fff;--person:#6a2fa8;--org:#00695c;--place:#8a4b00;--date-bg:#e3f4e8;--date-line:#2e7d32;
--c0:#1f5fbf;--c0-bg:#dde9fd;--c1:#a34a00;--c1-bg:#ffe6cc;--c2:#1d6e3a;--c2-bg:#d9f2e0;--c3:#6b3fb3;--c3-bg:#ece0ff;--c4:#b3261e;--c4-bg:#ffe0dc;--c5:#0b6b6b;--c5-bg:#d5f0f0;--c6:#735c00;--c6-bg:#fbf0b5;--c7:#a3266b;--c7-bg:#fde0ef;--cx:#5c5c5c;--cx-bg:#ececec}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#121212;--muted:#b0b0b0;--error:#ff8a80;--badge-fg:#121212;--person:#d0a6ff;--org:#5fe0c0;--place:#f0c36d;--date-bg:#173a22;--date-line:#7ed99a;
--c0:#8ab4f8;--c0-bg:#1d3353;--c1:#ffb870;--c1-bg:#472a0c;--c2:#7fd69a;--c2-bg:#173d25;--c3:#c9a8ff;--c3-bg:#33245a;--c4:#ff9d94;--c4-bg:#4d1f1c;--c5:#6fd6d6;--c5-bg:#0f3b3b;--c6:#e6c84a;--c6-bg:#3d340a;--c7:#ff9fcf;--c7-bg:#481a35;--cx:#bdbdbd;--cx-bg:#333333}}
body{font:17px/1.65 Georgia,serif;margin:0;color:var(--fg);background:var(--bg)}
main{max-width:46rem;margin:2rem auto;padding:0 1rem}
h2{font:600 1.15rem system-ui,sans-serif;margin:1.5rem 0 .5rem}
.meta{color:var(--muted);font:14px/1.5 system-ui,sans-serif}
.article{white-space:pre-wrap;overflow-wrap:anywhere}
[data-k="0"]{--c:var(--c0);--c-bg:var(--c0-bg)}[data-k="1"]{--c:var(--c1);--c-bg:var(--c1-bg)}[data-k="2"]{--c:var(--c2);--c-bg:var(--c2-bg)}[data-k="3"]{--c:var(--c3);--c-bg:var(--c3-bg)}
[data-k="4"]{--c:var(--c4);--c-bg:var(--c4-bg)}[data-k="5"]{--c:var(--c5);--c-bg:var(--c5-bg)}[data-k="6"]{--c:var(--c6);--c-bg:var(--c6-bg)}[data-k="7"]{--c:var(--c7);--c-bg:var(--c7-bg)}
mark.quote{color:inherit;background:var(--c-bg,var(--cx-bg));border-bottom:2px solid var(--c,var(--cx));-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.quote.partial{border-bottom-style:dotted;border-bottom-width:3px}
mark.quote.indirect{border-bottom-style:dashed}
mark.quote.unattributed{border-bottom-color:var(--error)}
mark.quote[data-n]::before,.badge{content:attr(data-n);display:inline-block;min-width:1.3em;margin-right:.2em;padding:0 .25em;border-radius:.65em;font:700 .7rem/1.35 system-ui,sans-serif;vertical-align:.2em;text-align:center;background:var(--c,var(--cx));color:var(--badge-fg)}
mark.quote.unattributed[data-n]::before,.badge.none{background:var(--error)}
.ent{text-decoration-line:underline;text-underline-offset:.22em;text-decoration-thickness:2px;text-decoration-skip-ink:none}
.ent.person{text-decoration-color:var(--person)}
.ent.organization{text-decoration-color:var(--org);text-decoration-style:double}
.ent.place{text-decoration-color:var(--place);text-decoration-style:wavy;text-decoration-thickness:1px}
.date{background:var(--date-bg);box-shadow:inset 0 0 0 1px var(--date-line);border-radius:3px}
.cue{font-weight:bold}
.who{font-style:italic}
ol.speakers{list-style:none;padding:0}
`
