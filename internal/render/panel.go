package render

import (
	"strconv"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
)

// The panel beside the article: who said what, the names and the dates.
// Every piece of text goes through Escape; classes come from the closed set
// below; attribute values are numbers, "true"/"false" or a TIMEX3 value
// checked by page.TimelineOf (digits, '-', 'W', 'T', ':'). data-k is a
// speaker's palette colour, as in the article.
//
//	speaker speakers unattributed badge name title meta more
//	names name person organization place count vh
//	timeline undated day mentions when context at

// Shown is how many rows a list shows before the rest fold away under "All N …".
const Shown = 12

// Listed is the most rows a list holds; the fold then says how many more
// there are. A list of thousands (a book-length paste) helps no one and
// costs the page its speed.
const Listed = 200

// SpeakerList appends the "who said what" list: a button per speaker with
// its number, colour, name, title, quote count and share of quoted words,
// then one for the quotes without a speaker.
//
//	<ol class="speakers"><li><button type="button" class="speaker" data-s="S" data-k="0" aria-pressed="false">
//	  <span class="badge" aria-hidden="true">1</span><span class="name">…</span>
//	  <span class="title">…</span><span class="meta">2 quotes · 40% of quoted words</span></button></li>…</ol>
func SpeakerList(b []byte, sp *page.Speakers) []byte {
	n := len(sp.Rows)
	if len(sp.Unattributed) > 0 {
		n++
	}
	row := func(b []byte, i int) []byte {
		if i == len(sp.Rows) {
			b = AppendString(b, `<li><button type="button" class="speaker unattributed" data-s="-1" aria-pressed="false"><span class="badge" aria-hidden="true">?</span><span class="name">Speaker not found</span><span class="meta">`)
			b = plural(b, len(sp.Unattributed), "quote", "quotes")
			return AppendString(b, " with no speaker identified</span></button></li>")
		}
		r := sp.Rows[i]
		b = AppendString(b, `<li><button type="button" class="speaker" data-s="`)
		b = strconv.AppendInt(b, int64(r.Speaker), 10)
		b = append(b, '"')
		b = ColourAttr(b, r.Colour)
		b = AppendString(b, ` aria-pressed="false"><span class="badge" aria-hidden="true">`)
		b = strconv.AppendInt(b, int64(r.Number), 10)
		b = AppendString(b, `</span><span class="name">`)
		b = Escape(b, r.Name)
		b = AppendString(b, "</span>")
		if r.Title != "" {
			b = AppendString(b, `<span class="title">`)
			b = Escape(b, r.Title)
			b = AppendString(b, "</span>")
		}
		b = AppendString(b, `<span class="meta">`)
		b = plural(b, len(r.Quotes), "quote", "quotes")
		b = AppendString(b, " · ")
		b = AppendString(b, page.Percent(r.Share))
		return AppendString(b, " of quoted words</span></button></li>")
	}
	return folded(b, "speakers", n, "speakers", row)
}

// folded writes an ordered list of n rows, the rows past Shown inside a
// <details> element that says how many there are in all.
func folded(b []byte, class string, n int, noun string, row func([]byte, int) []byte) []byte {
	if n == 0 {
		return b
	}
	tag := "ol"
	if class == "names" {
		tag = "ul"
	}
	open := func(b []byte, start int) []byte {
		b = append(b, '<')
		b = AppendString(b, tag)
		b = AppendString(b, ` class="`)
		b = AppendString(b, class)
		b = append(b, '"')
		if start > 1 && tag == "ol" {
			b = AppendString(b, ` start="`)
			b = strconv.AppendInt(b, int64(start), 10)
			b = append(b, '"')
		}
		return append(b, '>')
	}
	closeList := func(b []byte) []byte {
		b = AppendString(b, "</")
		b = AppendString(b, tag)
		return append(b, '>')
	}
	b = open(b, 1)
	for i := 0; i < min(n, Shown); i++ {
		b = row(b, i)
	}
	b = closeList(b)
	if n > Shown {
		b = AppendString(b, `<details class="more"><summary>All `)
		b = appendThousands(b, n)
		b = append(b, ' ')
		b = AppendString(b, noun)
		b = AppendString(b, "</summary>")
		b = open(b, Shown+1)
		for i := Shown; i < min(n, Listed); i++ {
			b = row(b, i)
		}
		b = closeList(b)
		if n > Listed {
			b = AppendString(b, `<p class="meta">… and `)
			b = appendThousands(b, n-Listed)
			b = AppendString(b, " more, not listed</p>")
		}
		b = AppendString(b, "</details>")
	}
	return b
}

// NameLists appends the names panel: for each kind with names, a heading
// and a button per named thing with its mention count.
//
//	<section class="names person"><h3>People <span class="count">(2)</span></h3>
//	<ul class="names"><li><button type="button" class="name person" data-c="C" aria-pressed="false">
//	  Sergei Lavrov <span class="count">3<span class="vh"> mentions</span></span></button></li>…</ul></section>
func NameLists(b []byte, names *[len(page.Kinds)][]page.Name) []byte {
	for k, kind := range page.Kinds {
		list := names[k]
		if len(list) == 0 {
			continue
		}
		b = AppendString(b, `<section class="names `)
		b = AppendString(b, kind.String())
		b = AppendString(b, `"><h3>`)
		b = AppendString(b, page.KindHeading(kind))
		b = AppendString(b, ` <span class="count">(`)
		b = appendThousands(b, len(list))
		b = AppendString(b, ")</span></h3>")
		b = folded(b, "names", len(list), page.KindHeading(kind), func(b []byte, i int) []byte {
			n := list[i]
			b = AppendString(b, `<li><button type="button" class="name `)
			b = AppendString(b, kind.String())
			b = AppendString(b, `" data-c="`)
			b = strconv.AppendInt(b, int64(n.Cluster), 10)
			b = AppendString(b, `" aria-pressed="false">`)
			b = Escape(b, n.Name)
			b = AppendString(b, ` <span class="count">`)
			b = appendThousands(b, n.Mentions)
			b = AppendString(b, `<span class="vh"> `)
			if n.Mentions == 1 {
				b = AppendString(b, "mention")
			} else {
				b = AppendString(b, "mentions")
			}
			return AppendString(b, "</span></span></button></li>")
		})
		b = AppendString(b, "</section>")
	}
	return b
}

// Timeline appends the dates panel: the calendar values in order, each with
// the expressions that name it (a button each, to find it in the article)
// and the sentence it is in; then the values off the calendar.
//
//	<ol class="timeline"><li><time class="day" datetime="2013-09-16">Mon 16 Sep 2013</time><ul class="mentions">
//	  <li><button type="button" class="when" data-d="D" aria-pressed="false">“Monday”</button>
//	  <p class="context">On <b class="at">Monday</b>, talks began.</p></li>…</ul></li>…</ol>
//	<h3>Not on the calendar</h3><ol class="timeline undated"><li><span class="day">3 days</span><ul class="mentions">…</ul></li></ol>
func Timeline(b []byte, entries []page.TimelineEntry) []byte {
	dated := 0
	for dated < len(entries) && entries[dated].Dated {
		dated++
	}
	if dated > 0 {
		b = timelineGroups(b, "timeline", entries[:dated])
	}
	if rest := entries[dated:]; len(rest) > 0 {
		b = AppendString(b, "<h3>Not on the calendar</h3>")
		b = timelineGroups(b, "timeline undated", rest)
	}
	return b
}

// timelineGroups writes entries, those with the same value together.
func timelineGroups(b []byte, class string, entries []page.TimelineEntry) []byte {
	var groups [][]page.TimelineEntry
	for i, e := range entries {
		if i > 0 && e.Label == entries[i-1].Label && e.ISO == entries[i-1].ISO {
			groups[len(groups)-1] = append(groups[len(groups)-1], e)
			continue
		}
		groups = append(groups, []page.TimelineEntry{e})
	}
	return folded(b, class, len(groups), "dates", func(b []byte, i int) []byte {
		g := groups[i]
		b = AppendString(b, "<li>")
		if g[0].Dated {
			b = AppendString(b, `<time class="day" datetime="`)
			b = Escape(b, g[0].ISO)
			b = AppendString(b, `">`)
			b = Escape(b, g[0].Label)
			b = AppendString(b, "</time>")
		} else {
			b = AppendString(b, `<span class="day">`)
			b = Escape(b, g[0].Label)
			b = AppendString(b, "</span>")
		}
		b = AppendString(b, `<ul class="mentions">`)
		for _, e := range g {
			b = AppendString(b, `<li><button type="button" class="when" data-d="`)
			b = strconv.AppendInt(b, int64(e.Date), 10)
			b = AppendString(b, `" aria-pressed="false">“`)
			b = Escape(b, e.Text)
			b = AppendString(b, `”</button><p class="context">`)
			b = Escape(b, e.Before)
			b = AppendString(b, `<b class="at">`)
			b = Escape(b, e.Text)
			b = AppendString(b, "</b>")
			b = Escape(b, e.After)
			b = AppendString(b, "</p></li>")
		}
		return AppendString(b, "</ul></li>")
	})
}

func plural(b []byte, n int, one, many string) []byte {
	b = appendThousands(b, n)
	b = append(b, ' ')
	if n == 1 {
		return AppendString(b, one)
	}
	return AppendString(b, many)
}

// appendThousands appends n with comma separators: 12,345.
func appendThousands(b []byte, n int) []byte {
	s := strconv.Itoa(n)
	for i, c := range []byte(s) {
		if i > 0 && c != '-' && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return b
}

// QuoteKindLabel names a quote kind for readers: "direct quote", "partial quote", "reported speech".
func QuoteKindLabel(k annotate.QuoteKind) string {
	switch k {
	case annotate.Direct:
		return "direct quote"
	case annotate.Partial:
		return "partial quote"
	}
	return "reported speech"
}
