package annotate

import "github.com/newsroom-tools/annotator/internal/order"

// A Segment is a piece of the text over which the same annotations hold.
// Segments tile the text: in order, without gaps or overlaps, so a renderer
// that writes each segment once writes the text exactly once, and nested or
// crossing annotations of different layers never produce mis-nested markup.
type Segment struct {
	Span
	Quote   int // the direct or partial quote covering the segment, or -1
	Report  int // the indirect quote covering it, or -1
	Cue     int // a quote whose cue covers it, or -1
	Mention int // a quote whose speaker mention covers it, or -1
	Entity  int // index into Document.Entities, or -1
	Date    int // index into Document.Dates, or -1
}

// layer is one sorted, non-overlapping set of spans with the value each carries.
type layer struct {
	spans []Span
	ids   []int
}

func (l *layer) add(s Span, id int) {
	if s.Len() <= 0 {
		return
	}
	if n := len(l.spans); n > 0 && l.spans[n-1].End > s.Start {
		return // overlaps the previous span of this layer: keep the first
	}
	l.spans = append(l.spans, s)
	l.ids = append(l.ids, id)
}

// Segments cuts the document's layers into segments that tile the text.
func (d *Document) Segments() []Segment {
	var quote, report, cue, mention, entity, date layer
	for i, q := range d.Quotes {
		if q.Kind == Indirect {
			report.add(q.Span, i)
		} else {
			quote.add(q.Span, i)
		}
	}
	cues := make([]spanID, 0, len(d.Quotes))
	mentions := make([]spanID, 0, len(d.Quotes))
	for i, q := range d.Quotes {
		cues = append(cues, spanID{q.Cue, i})
		mentions = append(mentions, spanID{q.Speaker, i})
	}
	for _, s := range sortedSpans(cues) {
		cue.add(s.Span, s.id)
	}
	for _, s := range sortedSpans(mentions) {
		mention.add(s.Span, s.id)
	}
	for i, e := range d.Entities {
		entity.add(e.Span, i)
	}
	for i, t := range d.Dates {
		date.add(t.Span, i)
	}
	layers := []*layer{&quote, &report, &cue, &mention, &entity, &date}

	// every start and end is a cut
	cuts := []int{0, len(d.Text)}
	for _, l := range layers {
		for _, s := range l.spans {
			cuts = append(cuts, s.Start, s.End)
		}
	}
	order.Ints(cuts)
	pos := make([]int, len(layers))         // next span to look at in each layer
	segs := make([]Segment, 0, len(cuts)-1) // at most one a cut
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		var ids [6]int
		for li, l := range layers {
			for pos[li] < len(l.spans) && l.spans[pos[li]].End <= a {
				pos[li]++
			}
			ids[li] = -1
			if pos[li] < len(l.spans) && l.spans[pos[li]].Start <= a {
				ids[li] = l.ids[pos[li]]
			}
		}
		seg := Segment{Span{a, b}, ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]}
		if n := len(segs); n > 0 && sameLabels(segs[n-1], seg) {
			segs[n-1].End = b
			continue
		}
		segs = append(segs, seg)
	}
	return segs
}

type spanID struct {
	Span
	id int
}

// sortedSpans returns the non-empty spans sorted by start.
func sortedSpans(s []spanID) []spanID {
	out := s[:0]
	for _, x := range s {
		if x.Len() > 0 {
			out = append(out, x)
		}
	}
	sorted := make([]spanID, len(out))
	for k, i := range order.Stable(len(out), func(i, j int) int { return out[i].Start - out[j].Start }) {
		sorted[k] = out[i]
	}
	return sorted
}

func sameLabels(a, b Segment) bool {
	return a.Quote == b.Quote && a.Report == b.Report && a.Cue == b.Cue && a.Mention == b.Mention &&
		a.Entity == b.Entity && a.Date == b.Date
}
