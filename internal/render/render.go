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
	"strings"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
)

// Options choose what the markup carries.
type Options struct {
	// Titles adds title attributes (the speaker of a quote, the value of a
	// date) for pages without a script, such as the HTML export.
	Titles bool
	// Speakers, when set, tints each quote in its speaker's colour and
	// numbers it as the speakers panel does.
	Speakers *page.Speakers
}

// Article appends the annotated text of d to b. Quotes become <mark>
// elements holding the inner layers as spans; everything else is text. Line
// breaks stay as text: the container shows them with white-space: pre-wrap.
//
// Markup, every attribute value a number unless said otherwise:
//
//	<mark class="quote direct|partial|indirect [unattributed]" data-q="Q" data-s="S" data-k="K" data-n="N|?" tabindex="0">
//	  <span class="ent person|organization|place" data-e="E" data-c="C">…</span>
//	  <span class="date" data-d="D">…</span>
//	  <span class="cue" data-q="Q">…</span>  <span class="who" data-q="Q">…</span>
//	</mark>
//
// A quote interrupted by another (a partial quote inside reported speech)
// is several marks with the same data-q; only the first carries data-n (the
// speaker's number, "?" when none was found) and tabindex. data-k (the
// speaker's palette colour, absent for the neutral tint) and data-n come with
// Options.Speakers; title attributes, escaped text, with Options.Titles.
func Article(b []byte, d *annotate.Document, opts Options) []byte {
	b, _ = article(b, d, opts, 0, nil)
	return b
}

// ArticleParts writes the article as Article does and returns where the
// markup may be cut into pieces of about size bytes: offsets into the
// returned markup, each just after a line break outside every element, so
// that each piece is whole markup and the pieces together are the article.
func ArticleParts(b []byte, d *annotate.Document, opts Options, size int) ([]byte, []int) {
	return article(b, d, opts, max(size, 1), nil)
}

// article writes the markup, cut into pieces of about size bytes (0: not
// cut). After each cut it calls flush, when not nil, with the markup and
// cuts so far; flush returns them emptied once it has taken them.
func article(b []byte, d *annotate.Document, opts Options, size int, flush func([]byte, []int) ([]byte, []int)) ([]byte, []int) {
	var cuts []int
	last := len(b) // where the current piece began
	opened := make([]bool, len(d.Quotes))
	segs := d.Segments()
	for i := 0; i < len(segs); {
		outer := outerOf(segs[i])
		j := i + 1
		for j < len(segs) && outerOf(segs[j]) == outer {
			j++
		}
		if outer >= 0 {
			b = openQuote(b, d, outer, !opened[outer], opts)
			opened[outer] = true
			for _, s := range segs[i:j] {
				b = inner(b, d, s, opts)
			}
			b = AppendString(b, "</mark>")
			i = j
			continue
		}
		for _, s := range segs[i:j] {
			if size == 0 || s.Entity >= 0 || s.Date >= 0 || s.Cue >= 0 || s.Mention >= 0 {
				b = inner(b, d, s, opts)
				continue
			}
			// plain text: cut it after a line break once the piece is long enough
			text := s.Of(d.Text)
			for {
				due := max(size-(len(b)-last), 0)
				nl := -1
				if due < len(text) {
					nl = strings.IndexByte(text[due:], '\n')
				}
				if nl < 0 {
					b = Escape(b, text)
					break
				}
				n := due + nl + 1
				b = Escape(b, text[:n])
				text = text[n:]
				cuts = append(cuts, len(b))
				if flush != nil {
					b, cuts = flush(b, cuts)
				}
				last = len(b)
			}
		}
		i = j
	}
	return b, cuts
}

// outerOf returns the quote a segment belongs to, direct, partial or reported.
func outerOf(s annotate.Segment) int {
	if s.Quote >= 0 {
		return s.Quote
	}
	return s.Report
}

func openQuote(b []byte, d *annotate.Document, qi int, first bool, opts Options) []byte {
	q := d.Quotes[qi]
	b = AppendString(b, `<mark class="quote `)
	b = AppendString(b, q.Kind.String())
	var row *page.SpeakerRow
	if opts.Speakers != nil {
		row = opts.Speakers.Row(d, qi)
	}
	if q.Source < 0 {
		b = AppendString(b, " unattributed")
	}
	b = AppendString(b, `" data-q="`)
	b = strconv.AppendInt(b, int64(qi), 10)
	if q.Source >= 0 {
		b = AppendString(b, `" data-s="`)
		b = strconv.AppendInt(b, int64(q.Source), 10)
	}
	b = append(b, '"')
	if row != nil {
		b = ColourAttr(b, row.Colour)
	}
	if first {
		if opts.Speakers != nil {
			b = AppendString(b, ` data-n="`)
			if row == nil {
				b = append(b, '?')
			} else {
				b = strconv.AppendInt(b, int64(row.Number), 10)
			}
			b = append(b, '"')
		}
		b = AppendString(b, ` tabindex="0"`)
	}
	if opts.Titles {
		b = AppendString(b, ` title="`)
		b = Escape(b, QuoteLabel(d, qi))
		b = append(b, '"')
	}
	return append(b, '>')
}

// ColourAttr appends the attribute naming palette colour c, data-k="0" …
// data-k="7"; nothing for the neutral tint (c < 0).
func ColourAttr(b []byte, c int) []byte {
	if c < 0 || c >= page.Palette {
		return b
	}
	return append(b, ' ', 'd', 'a', 't', 'a', '-', 'k', '=', '"', byte('0'+c), '"')
}

// inner writes one segment with its entity, date, cue and mention wrappers.
func inner(b []byte, d *annotate.Document, s annotate.Segment, opts Options) []byte {
	closes := 0
	if s.Entity >= 0 {
		e := d.Entities[s.Entity]
		b = AppendString(b, `<span class="ent `)
		b = AppendString(b, e.Kind.String())
		b = AppendString(b, `" data-e="`)
		b = strconv.AppendInt(b, int64(s.Entity), 10)
		b = AppendString(b, `" data-c="`)
		b = strconv.AppendInt(b, int64(e.Cluster), 10)
		b = AppendString(b, `">`)
		closes++
	}
	if s.Date >= 0 {
		b = AppendString(b, `<span class="date" data-d="`)
		b = strconv.AppendInt(b, int64(s.Date), 10)
		b = append(b, '"')
		if opts.Titles {
			b = AppendString(b, ` title="`)
			b = Escape(b, DateLabel(d, s.Date))
			b = append(b, '"')
		}
		b = append(b, '>')
		closes++
	}
	if s.Cue >= 0 {
		b = AppendString(b, `<span class="cue" data-q="`)
		b = strconv.AppendInt(b, int64(s.Cue), 10)
		b = AppendString(b, `">`)
		closes++
	}
	if s.Mention >= 0 {
		b = AppendString(b, `<span class="who" data-q="`)
		b = strconv.AppendInt(b, int64(s.Mention), 10)
		b = AppendString(b, `">`)
		closes++
	}
	b = Escape(b, s.Of(d.Text))
	for ; closes > 0; closes-- {
		b = AppendString(b, "</span>")
	}
	return b
}

// QuoteLabel describes quote qi for a tooltip: its kind, its speaker with
// title, and its cue.
//
//	Direct quote · Sergei Lavrov, Russian Foreign Minister · “said”
//	Partial quote · speaker not found
func QuoteLabel(d *annotate.Document, qi int) string {
	q := d.Quotes[qi]
	kind := QuoteKindLabel(q.Kind)
	label := string(kind[0]-'a'+'A') + kind[1:] + " · "
	if q.Source < 0 {
		return label + "speaker not found"
	}
	label += page.SpeakerLabel(d, q.Source)
	if !q.Cue.IsZero() {
		label += " · “" + q.Cue.Of(d.Text) + "”"
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
		b = AppendString(b, rep)
		i += size
		start = i
	}
	return append(b, s[start:]...)
}

// AppendString appends s to b. The page's markup and the exports are
// written by many small appends; in WebAssembly each append of a string
// written out in place costs some 20 bytes of download more than this call.
func AppendString(b []byte, s string) []byte { return append(b, s...) }
