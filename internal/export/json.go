// Package export writes an annotated document in the forms people take away:
// JSON (the command line's schema), a readable text summary, CSV of quotes
// and a self-contained HTML page.
package export

import (
	"strconv"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/render"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// JSON appends the document in the command line's JSON schema to b, as one
// line. Offsets are code points into the text, half-open.
//
//	{"published": "YYYY-MM-DD"|null,
//	 "quotes":   [{"start","end","text","kind","cue":{…}|null,"speaker":{…}|null,"speaker_id"}],
//	 "speakers": [{"id","name","kind","title","mentions":[{"start","end","text"}]}],
//	 "entities": [{"start","end","text","kind"}],
//	 "dates":    [{"start","end","text","type","value"}]}
func JSON(b []byte, d *annotate.Document) []byte {
	w := jsonWriter{b: b, d: d, ix: newRuneIndex(d.Text)}
	w.document()
	return w.b
}

// SpeakerID is the identifier of speaker i in the exports: "s1", "s2", ….
func SpeakerID(i int) string { return "s" + strconv.Itoa(i+1) }

type jsonWriter struct {
	b  []byte
	d  *annotate.Document
	ix *runeIndex
}

// JSONFields appends the document's fields without the enclosing braces,
// for the batch output that puts "id" first.
func JSONFields(b []byte, d *annotate.Document) []byte {
	w := jsonWriter{b: b, d: d, ix: newRuneIndex(d.Text)}
	w.fields()
	return w.b
}

func (w *jsonWriter) document() {
	w.b = append(w.b, '{')
	w.fields()
	w.b = append(w.b, '}')
}

func (w *jsonWriter) fields() {
	d := w.d
	w.b = append(w.b, `"published":`...)
	if d.Published.IsZero() {
		w.b = append(w.b, "null"...)
	} else {
		w.str(timex.ISODay(d.Published))
	}
	w.b = append(w.b, `,"quotes":[`...)
	for i, q := range d.Quotes {
		w.comma(i)
		w.b = append(w.b, '{')
		w.spanFields(q.Span)
		w.b = append(w.b, `,"kind":`...)
		w.str(q.Kind.String())
		w.b = append(w.b, `,"cue":`...)
		w.optSpan(q.Cue)
		w.b = append(w.b, `,"speaker":`...)
		w.optSpan(q.Speaker)
		w.b = append(w.b, `,"speaker_id":`...)
		if q.Source >= 0 {
			w.str(SpeakerID(q.Source))
		} else {
			w.b = append(w.b, "null"...)
		}
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, `],"speakers":[`...)
	for i, s := range d.Speakers {
		w.comma(i)
		w.b = append(w.b, `{"id":`...)
		w.str(SpeakerID(i))
		w.b = append(w.b, `,"name":`...)
		w.str(s.Name)
		w.b = append(w.b, `,"kind":`...)
		w.str(s.Kind.String())
		w.b = append(w.b, `,"title":`...)
		if s.Title == "" {
			w.b = append(w.b, "null"...)
		} else {
			w.str(s.Title)
		}
		w.b = append(w.b, `,"mentions":[`...)
		for j, m := range s.Mentions {
			w.comma(j)
			w.span(m)
		}
		w.b = append(w.b, "]}"...)
	}
	w.b = append(w.b, `],"entities":[`...)
	for i, e := range d.Entities {
		w.comma(i)
		w.b = append(w.b, '{')
		w.spanFields(e.Span)
		w.b = append(w.b, `,"kind":`...)
		w.str(e.Kind.String())
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, `],"dates":[`...)
	for i, t := range d.Dates {
		w.comma(i)
		w.b = append(w.b, '{')
		w.spanFields(t.Span)
		w.b = append(w.b, `,"type":`...)
		w.str(t.Type.String())
		w.b = append(w.b, `,"value":`...)
		if t.Value == "" {
			w.b = append(w.b, "null"...)
		} else {
			w.str(t.Value)
		}
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) comma(i int) {
	if i > 0 {
		w.b = append(w.b, ',')
	}
}

func (w *jsonWriter) optSpan(s annotate.Span) {
	if s.IsZero() {
		w.b = append(w.b, "null"...)
		return
	}
	w.span(s)
}

func (w *jsonWriter) span(s annotate.Span) {
	w.b = append(w.b, '{')
	w.spanFields(s)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) spanFields(s annotate.Span) {
	w.b = append(w.b, `"start":`...)
	w.b = strconv.AppendInt(w.b, int64(w.ix.at(s.Start)), 10)
	w.b = append(w.b, `,"end":`...)
	w.b = strconv.AppendInt(w.b, int64(w.ix.at(s.End)), 10)
	w.b = append(w.b, `,"text":`...)
	w.str(s.Of(w.d.Text))
}

// str appends s as a JSON string. Invalid UTF-8 becomes U+FFFD; the
// characters JSON requires, and <, >, & and the line separators, are escaped.
func (w *jsonWriter) str(s string) {
	w.b = AppendJSONString(w.b, s)
}

// AppendJSONString appends s to b as a quoted JSON string.
func AppendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = render.AppendString(b, `\ufffd`)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
