package page

import (
	"encoding/binary"
	"errors"
	"time"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// The page annotates in a Web Worker, so that a long text never freezes it,
// and the worker hands the Document back in this compact form. The text
// itself does not travel back (the page sent it) nor do the tokens (the page
// never reads them). DecodeDocument checks every index and span it reads,
// so a document from the wire is as safe to render as one from Annotate.
// It does not insist on each layer being sorted and free of overlaps: the
// renderer copes when one is not (Document.Segments keeps the first of two
// overlapping spans), and a page that refused such a document would show
// nothing where it can show nearly everything.

const wireMagic = "AD2\n"

// EncodeDocument appends d, without its text and tokens, to b.
func EncodeDocument(b []byte, d *annotate.Document) []byte {
	w := wireWriter{b: append(b, wireMagic...)}
	if d.Published.IsZero() {
		w.uint(0)
	} else {
		p := d.Published
		w.uint(1)
		w.int(int64(p.Year()))
		w.uint(uint64(p.Month()))
		w.uint(uint64(p.Day()))
		w.uint(uint64(p.Hour()*3600 + p.Minute()*60 + p.Second()))
	}
	w.uint(uint64(d.PublishedSource))
	w.span(d.PublishedSpan)
	w.uint(uint64(len(d.Paragraphs)))
	for _, p := range d.Paragraphs {
		w.span(p)
	}
	w.uint(uint64(len(d.Sentences)))
	for _, s := range d.Sentences {
		w.span(s.Span)
		w.int(int64(s.First))
		w.int(int64(s.Last))
		w.int(int64(s.Paragraph))
	}
	w.uint(uint64(len(d.Quotes)))
	for _, q := range d.Quotes {
		w.span(q.Span)
		w.uint(uint64(q.Kind))
		w.span(q.Cue)
		w.span(q.Speaker)
		w.int(int64(q.Source))
		w.str(q.Sieve)
		w.bool(q.Continues)
	}
	w.uint(uint64(len(d.Speakers)))
	for _, s := range d.Speakers {
		w.str(s.Name)
		w.uint(uint64(s.Kind))
		w.str(s.Title)
		w.uint(uint64(len(s.Mentions)))
		for _, m := range s.Mentions {
			w.span(m)
		}
		w.int(int64(s.Cluster))
	}
	w.uint(uint64(len(d.Entities)))
	for _, e := range d.Entities {
		w.span(e.Span)
		w.uint(uint64(e.Kind))
		w.int(int64(e.Cluster))
	}
	w.uint(uint64(len(d.Clusters)))
	for _, c := range d.Clusters {
		w.str(c.Name)
		w.uint(uint64(c.Kind))
		w.str(c.Title)
		w.uint(uint64(len(c.Members)))
		for _, m := range c.Members {
			w.int(int64(m))
		}
	}
	w.uint(uint64(len(d.Dates)))
	for _, t := range d.Dates {
		w.span(t.Span)
		w.uint(uint64(t.Type))
		w.str(t.Value)
	}
	return w.b
}

// ErrWire is returned for bytes that are not a document of text.
var ErrWire = errors.New("the annotation arrived damaged")

// DecodeDocument reads a document encoded by EncodeDocument for text. It
// returns ErrWire when the bytes are cut, when an index or a kind is out of
// range, or when a span is not inside the text.
func DecodeDocument(text string, b []byte) (*annotate.Document, error) {
	return DecodeDocumentPausing(text, b, nil)
}

// DecodeDocumentPausing is DecodeDocument calling pause (when not nil)
// between the layers of a long document, where the page lets the browser
// handle events.
func DecodeDocumentPausing(text string, b []byte, pause func()) (*annotate.Document, error) {
	step := func() {
		if pause != nil && len(b) > 64<<10 {
			pause()
		}
	}
	if len(b) < len(wireMagic) || string(b[:len(wireMagic)]) != wireMagic {
		return nil, ErrWire
	}
	r := wireReader{b: b[len(wireMagic):], n: len(text)}
	d := &annotate.Document{Text: text}
	if r.uint() == 1 {
		y, mo, day, sec := r.int(), r.uint(), r.uint(), r.uint()
		if mo < 1 || mo > 12 || day < 1 || day > 31 || sec >= 86400 || y < -9999 || y > 99999 {
			return nil, ErrWire
		}
		d.Published = time.Date(int(y), time.Month(mo), int(day), 0, 0, int(sec), 0, time.UTC)
	}
	d.PublishedSource = annotate.PublishedSource(r.enum(uint64(annotate.PublishedInferred)))
	d.PublishedSpan = r.optSpan()
	d.Paragraphs = make([]annotate.Span, r.count(2))
	for i := range d.Paragraphs {
		d.Paragraphs[i] = r.span()
	}
	d.Sentences = make([]annotate.Sentence, r.count(5))
	for i := range d.Sentences {
		d.Sentences[i] = annotate.Sentence{Span: r.span(), First: int(r.int()), Last: int(r.int()), Paragraph: int(r.int())}
	}
	step()
	d.Quotes = make([]annotate.Quote, r.count(8))
	for i := range d.Quotes {
		d.Quotes[i] = annotate.Quote{Span: r.span(), Kind: annotate.QuoteKind(r.enum(uint64(annotate.Indirect))),
			Cue: r.optSpan(), Speaker: r.optSpan(), Source: int(r.int()), Sieve: r.str(), Continues: r.bool()}
	}
	step()
	d.Speakers = make([]annotate.Speaker, r.count(5))
	for i := range d.Speakers {
		s := &d.Speakers[i]
		s.Name = r.str()
		s.Kind = annotate.SpeakerKind(r.enum(uint64(annotate.SpeakerOther)))
		s.Title = r.str()
		s.Mentions = make([]annotate.Span, r.count(2))
		for j := range s.Mentions {
			s.Mentions[j] = r.span()
		}
		s.Cluster = int(r.int())
	}
	step()
	d.Entities = make([]annotate.Entity, r.count(4))
	for i := range d.Entities {
		d.Entities[i] = annotate.Entity{Span: r.span(), Kind: annotate.EntityKind(r.enum(uint64(annotate.Place))), Cluster: int(r.int())}
	}
	d.Clusters = make([]annotate.Cluster, r.count(4))
	for i := range d.Clusters {
		c := &d.Clusters[i]
		c.Name = r.str()
		c.Kind = annotate.EntityKind(r.enum(uint64(annotate.Place)))
		c.Title = r.str()
		c.Members = make([]int, r.count(1))
		for j := range c.Members {
			c.Members[j] = int(r.int())
		}
	}
	step()
	d.Dates = make([]annotate.Date, r.count(4))
	for i := range d.Dates {
		d.Dates[i] = annotate.Date{Span: r.span(), Type: timex.Type(r.enum(uint64(timex.Set))), Value: r.str()}
	}
	if r.err || len(r.b) != 0 || !indicesInRange(d) {
		return nil, ErrWire
	}
	return d, nil
}

// indicesInRange checks the references between layers.
func indicesInRange(d *annotate.Document) bool {
	in := func(i, n int) bool { return i >= -1 && i < n }
	for _, s := range d.Sentences {
		if s.Paragraph < 0 || s.Paragraph >= max(len(d.Paragraphs), 1) || s.First < 0 || s.First > s.Last {
			return false
		}
	}
	for _, q := range d.Quotes {
		if !in(q.Source, len(d.Speakers)) {
			return false
		}
	}
	for _, s := range d.Speakers {
		if !in(s.Cluster, len(d.Clusters)) {
			return false
		}
	}
	for _, e := range d.Entities {
		if e.Cluster < 0 || e.Cluster >= len(d.Clusters) {
			return false
		}
	}
	for _, c := range d.Clusters {
		for _, m := range c.Members {
			if m < 0 || m >= len(d.Entities) {
				return false
			}
		}
	}
	return true
}

// wireWriter appends the wire format. Its methods are not inlined: inlined,
// they would add tens of kilobytes to the page's WebAssembly.
type wireWriter struct{ b []byte }

//go:noinline
func (w *wireWriter) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }

//go:noinline
func (w *wireWriter) int(v int64) { w.b = binary.AppendVarint(w.b, v) }

//go:noinline
func (w *wireWriter) str(s string) {
	w.uint(uint64(len(s)))
	w.b = append(w.b, s...)
}

//go:noinline
func (w *wireWriter) span(s annotate.Span) {
	w.uint(uint64(s.Start))
	w.uint(uint64(s.End - s.Start))
}

//go:noinline
func (w *wireWriter) bool(v bool) {
	if v {
		w.uint(1)
	} else {
		w.uint(0)
	}
}

// wireReader reads what wireWriter wrote; after the first error every read
// returns zero and err stays set.
type wireReader struct {
	b   []byte
	n   int // the length of the text spans must lie in
	err bool
}

func (r *wireReader) uint() uint64 {
	if r.err {
		return 0
	}
	v, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.err = true
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *wireReader) int() int64 {
	if r.err {
		return 0
	}
	v, k := binary.Varint(r.b)
	if k <= 0 || v < -1<<40 || v > 1<<40 {
		r.err = true
		return 0
	}
	r.b = r.b[k:]
	return v
}

// count reads a slice length, each element taking at least minBytes.
func (r *wireReader) count(minBytes int) int {
	v := r.uint()
	if v > uint64(len(r.b)/minBytes) {
		r.err = true
		return 0
	}
	return int(v)
}

func (r *wireReader) enum(maxValue uint64) uint64 {
	v := r.uint()
	if v > maxValue {
		r.err = true
		return 0
	}
	return v
}

func (r *wireReader) bool() bool { return r.enum(1) == 1 }

func (r *wireReader) str() string {
	n := r.uint()
	if r.err || n > uint64(len(r.b)) {
		r.err = true
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// span reads a non-empty span inside the text.
func (r *wireReader) span() annotate.Span {
	s := r.optSpan()
	if s.Len() <= 0 {
		r.err = true
	}
	return s
}

// optSpan reads a span inside the text, or the zero span.
func (r *wireReader) optSpan() annotate.Span {
	start, n := r.uint(), r.uint()
	if start > uint64(r.n) || n > uint64(r.n)-start {
		r.err = true
		return annotate.Span{}
	}
	return annotate.Span{Start: int(start), End: int(start + n)}
}
