// Package render writes an annotated document as HTML markup for the page
// and the HTML export.
//
// Article text reaches the markup only through Escape, the one escaping
// function (fuzzed in render_test.go). Class names come from a closed set and
// every attribute value is a number or escaped text, so no text of any shape
// can add markup.
package render

import (
	"strconv"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/annotate"
)

// Options choose what the markup carries.
type Options struct {
	// Titles adds title attributes (the speaker of a quote, the value of a
	// date) for pages without a script, such as the HTML export.
	Titles bool
}

// Article appends the annotated text of d to b. Quotes become <q-> wrappers
// ("mark" elements with a quote class) holding the inner layers as spans;
// everything else is text. Line breaks stay as text: the container shows
// them with white-space: pre-wrap.
//
// Markup, all attributes numeric unless Titles is set:
//
//	<mark class="quote direct|partial|indirect [unattributed]" data-q="Q" data-s="S" tabindex="0">
//	  <span class="ent person|organization|place" data-e="E">…</span>
//	  <span class="date" data-d="D">…</span>
//	  <span class="cue" data-q="Q">…</span>  <span class="who" data-q="Q">…</span>
//	</mark>
func Article(b []byte, d *annotate.Document, opts Options) []byte {
	segs := d.Segments()
	for i := 0; i < len(segs); {
		outer := outerOf(segs[i])
		j := i + 1
		for j < len(segs) && outerOf(segs[j]) == outer {
			j++
		}
		if outer >= 0 {
			b = openQuote(b, d, outer, opts)
		}
		for _, s := range segs[i:j] {
			b = inner(b, d, s, opts)
		}
		if outer >= 0 {
			b = append(b, "</mark>"...)
		}
		i = j
	}
	return b
}

// outerOf returns the quote a segment belongs to, direct, partial or reported.
func outerOf(s annotate.Segment) int {
	if s.Quote >= 0 {
		return s.Quote
	}
	return s.Report
}

func openQuote(b []byte, d *annotate.Document, qi int, opts Options) []byte {
	q := d.Quotes[qi]
	b = append(b, `<mark class="quote `...)
	b = append(b, q.Kind.String()...)
	if q.Source < 0 {
		b = append(b, " unattributed"...)
	}
	b = append(b, `" data-q="`...)
	b = strconv.AppendInt(b, int64(qi), 10)
	if q.Source >= 0 {
		b = append(b, `" data-s="`...)
		b = strconv.AppendInt(b, int64(q.Source), 10)
	}
	b = append(b, `" tabindex="0"`...)
	if opts.Titles {
		b = append(b, ` title="`...)
		b = Escape(b, QuoteLabel(d, qi))
		b = append(b, '"')
	}
	return append(b, '>')
}

// inner writes one segment with its entity, date, cue and mention wrappers.
func inner(b []byte, d *annotate.Document, s annotate.Segment, opts Options) []byte {
	closes := 0
	if s.Entity >= 0 {
		b = append(b, `<span class="ent `...)
		b = append(b, d.Entities[s.Entity].Kind.String()...)
		b = append(b, `" data-e="`...)
		b = strconv.AppendInt(b, int64(s.Entity), 10)
		b = append(b, `">`...)
		closes++
	}
	if s.Date >= 0 {
		b = append(b, `<span class="date" data-d="`...)
		b = strconv.AppendInt(b, int64(s.Date), 10)
		b = append(b, '"')
		if opts.Titles {
			b = append(b, ` title="`...)
			b = Escape(b, DateLabel(d, s.Date))
			b = append(b, '"')
		}
		b = append(b, '>')
		closes++
	}
	if s.Cue >= 0 {
		b = append(b, `<span class="cue" data-q="`...)
		b = strconv.AppendInt(b, int64(s.Cue), 10)
		b = append(b, `">`...)
		closes++
	}
	if s.Mention >= 0 {
		b = append(b, `<span class="who" data-q="`...)
		b = strconv.AppendInt(b, int64(s.Mention), 10)
		b = append(b, `">`...)
		closes++
	}
	b = Escape(b, s.Of(d.Text))
	for ; closes > 0; closes-- {
		b = append(b, "</span>"...)
	}
	return b
}

// QuoteLabel describes quote qi for a tooltip: its speaker, title and cue.
func QuoteLabel(d *annotate.Document, qi int) string {
	q := d.Quotes[qi]
	label := q.Kind.String() + " quote"
	if q.Source < 0 {
		return label + ", speaker not found"
	}
	sp := d.Speakers[q.Source]
	label = sp.Name
	if sp.Title != "" {
		label += " (" + sp.Title + ")"
	}
	if !q.Cue.IsZero() {
		label += ` · "` + q.Cue.Of(d.Text) + `"`
	}
	return label
}

// DateLabel describes date di for a tooltip: its value and type.
func DateLabel(d *annotate.Document, di int) string {
	t := d.Dates[di]
	if t.Value == "" {
		return t.Type.String() + ", value unknown"
	}
	return t.Value + " (" + t.Type.String() + ")"
}

// Escape appends s to b as HTML text safe in element content and in quoted
// attribute values. Invalid UTF-8 and NUL become U+FFFD.
func Escape(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		var rep string
		size := 1
		switch {
		case c == '&':
			rep = "&amp;"
		case c == '<':
			rep = "&lt;"
		case c == '>':
			rep = "&gt;"
		case c == '"':
			rep = "&#34;"
		case c == '\'':
			rep = "&#39;"
		case c == 0:
			rep = "\uFFFD"
		case c >= utf8.RuneSelf:
			r, w := utf8.DecodeRuneInString(s[i:])
			size = w
			if r == utf8.RuneError && w == 1 {
				rep = "\uFFFD"
			}
		}
		if rep == "" {
			i += size
			continue
		}
		b = append(b, s[start:i]...)
		b = append(b, rep...)
		i += size
		start = i
	}
	return append(b, s[start:]...)
}
