package eval

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/dataset"
	"github.com/newsroom-tools/annotator/internal/ner"
	"github.com/newsroom-tools/annotator/internal/train"
)

// Entity goals on CoNLL-2003 dev, F1 per type.
var entityGoals = [3]float64{ner.PER: 0.92, ner.ORG: 0.80, ner.LOC: 0.88}

// Entities scores people, organizations and places on CoNLL-2003 dev, UNER
// PUD news and the held-out wikigold fold, running the whole annotator over
// each document: the tokens of a sentence joined by spaces, one sentence a
// line. Scoring is conlleval's: exact span and type, per type; MISC unscored.
func Entities() (Section, error) {
	s := Section{Title: "Entities"}
	dir, err := dataset.Dir()
	if err != nil {
		return s, err
	}
	conll, err := train.ReadCoNLL(filepath.Join(dir, "ner", "conll2003", "valid.txt"))
	if err != nil {
		return s, err
	}
	data, err := train.Load(dir)
	if err != nil {
		return s, err
	}
	sets := []struct {
		name  string
		sents []train.Raw
		goal  bool
	}{
		{"CoNLL-2003 dev", conll, true},
		{"UNER PUD news (held out)", data.PUDNews, false},
		{"wikigold, held-out fold", data.WikigoldHeld, false},
	}
	for _, set := range sets {
		if EntityErrors != nil {
			fmt.Fprintf(EntityErrors, "# %s\n", set.name)
		}
		start := time.Now()
		r := ScoreEntities(set.sents)
		el := time.Since(start)
		var all PRF
		for k := ner.Kind(0); k < 3; k++ {
			all.Add(r.Scores[k])
			goal := ""
			if set.goal {
				goal = fmt.Sprintf("F1 ≥ %.2f", entityGoals[k])
			}
			s.Rows = append(s.Rows, Row{Figure: fmt.Sprintf("%s: %s", set.name, k), Value: r.Scores[k].String(), Goal: goal})
		}
		s.Rows = append(s.Rows, Row{Figure: set.name + ": PER+ORG+LOC", Value: all.String()})
		s.Notes = append(s.Notes, fmt.Sprintf("%s (%d sentences, %v): %s", set.name, len(set.sents), el.Round(time.Millisecond), r.Confusion))
	}
	return s, nil
}

// EntityResult is the outcome of scoring one set.
type EntityResult struct {
	Scores    [3]PRF // by ner.Kind
	Confusion Confusion
}

// Confusion sorts the errors: a gold name found with the right span but
// the wrong type, found with the wrong span, or not found at all, and a
// predicted name that matches no gold name at all.
type Confusion struct {
	Type     map[[2]ner.Kind]int // [gold, predicted] → count, span right
	Boundary int                 // gold names overlapped by a prediction with other bounds
	Missed   int                 // gold names no prediction touches
	Spurious int                 // predictions touching no gold name
}

func (c Confusion) String() string {
	keys := make([][2]ner.Kind, 0, len(c.Type))
	for k := range c.Type {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return c.Type[keys[i]] > c.Type[keys[j]] })
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s→%s %d", k[0], k[1], c.Type[k]))
	}
	return fmt.Sprintf("type errors (gold→predicted, span right): %s; wrong bounds %d; missed %d; spurious %d",
		strings.Join(parts, ", "), c.Boundary, c.Missed, c.Spurious)
}

// ScoreEntities runs the annotator over the documents of sents and scores its names.
func ScoreEntities(sents []train.Raw) EntityResult {
	res := EntityResult{Confusion: Confusion{Type: map[[2]ner.Kind]int{}}}
	for start := 0; start < len(sents); {
		end := start + 1
		for end < len(sents) && sents[end].Doc == sents[start].Doc {
			end++
		}
		gold, pred := annotateDoc(sents[start:end])
		gold = scored(gold)
		res.add(gold, pred)
		if EntityErrors != nil {
			writeEntityErrors(sents[start:end], gold, pred)
		}
		start = end
	}
	return res
}

// ScoreTagger scores the tagger alone on sentences, without rules or
// document consistency, in the annotator's tokens. It is quick, for tuning.
func ScoreTagger(m *ner.Model, sents []train.Raw) [3]PRF {
	res := EntityResult{Confusion: Confusion{Type: map[[2]ner.Kind]int{}}}
	var s ner.Scratch
	for _, r := range sents {
		a := train.Align(r)
		gold := train.Mentions(a.Labels)
		pred := train.Mentions(m.Tag(a.Words, &s))
		res.add(scored(fromNER(gold)), scored(fromNER(pred)))
	}
	return res.Scores
}

// EntityErrors, when set, receives every entity error the scoring meets,
// one line each: its kind (type, bounds, missed, spurious), a tab, gold and
// predicted name, a tab, and the sentence, the name in brackets.
var EntityErrors io.Writer

// writeEntityErrors writes the errors of one document to EntityErrors.
func writeEntityErrors(sents []train.Raw, gold, pred []mention) {
	var words []string
	var sentOf []int // token → its sentence's first token
	var sentEnd []int
	for _, s := range sents {
		base := len(words)
		words = append(words, s.Tokens...)
		for range s.Tokens {
			sentOf = append(sentOf, base)
			sentEnd = append(sentEnd, len(words))
		}
	}
	text := func(m mention) string {
		if m.start >= m.end {
			return "-"
		}
		return m.kind.String() + " " + strings.Join(words[m.start:m.end], " ")
	}
	context := func(m mention) string {
		a, z := sentOf[m.start], sentEnd[m.start]
		ws := append([]string(nil), words[a:z]...)
		ws[m.start-a] = "[" + ws[m.start-a]
		e := min(m.end, z) - 1 - a
		ws[e] += "]"
		return strings.Join(ws, " ")
	}
	overlap := func(a, b mention) bool { return a.start < b.end && b.start < a.end }
	for _, g := range gold {
		var hit *mention
		for i := range pred {
			if overlap(g, pred[i]) {
				hit = &pred[i]
				if pred[i].start == g.start && pred[i].end == g.end {
					break
				}
			}
		}
		switch {
		case hit == nil:
			fmt.Fprintf(EntityErrors, "missed\t%s | -\t%s\n", text(g), context(g))
		case hit.start == g.start && hit.end == g.end && !hit.inexact:
			if hit.kind != g.kind {
				fmt.Fprintf(EntityErrors, "type\t%s | %s\t%s\n", text(g), text(*hit), context(g))
			}
		default:
			fmt.Fprintf(EntityErrors, "bounds\t%s | %s\t%s\n", text(g), text(*hit), context(g))
		}
	}
	for _, p := range pred {
		found := false
		for _, g := range gold {
			if overlap(g, p) {
				found = true
				break
			}
		}
		if !found {
			fmt.Fprintf(EntityErrors, "spurious\t- | %s\t%s\n", text(p), context(p))
		}
	}
}

// A mention is a name as a range of corpus tokens [start, end). exact is
// false for a prediction whose bounds fall inside tokens.
type mention struct {
	start, end int
	kind       ner.Kind
	inexact    bool
}

// annotateDoc joins a document's sentences into a text, annotates it and
// returns gold and predicted names as word ranges of the whole document.
func annotateDoc(sents []train.Raw) (gold, pred []mention) {
	var b strings.Builder
	var starts, ends []int // byte range of each corpus token in the text
	for _, s := range sents {
		base := len(starts)
		for _, m := range s.Spans() {
			gold = append(gold, mention{start: base + m.Start, end: base + m.End, kind: m.Kind})
		}
		for i, t := range s.Tokens {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts = append(starts, b.Len())
			b.WriteString(t)
			ends = append(ends, b.Len())
		}
		b.WriteByte('\n')
	}
	text := b.String()
	doc := annotate.Annotate(text, annotate.Options{Published: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
	for _, e := range doc.Entities {
		// the tokens holding the first and last byte
		a := sort.SearchInts(starts, e.Start+1) - 1
		z := sort.SearchInts(ends, e.End)
		if a < 0 || z >= len(ends) {
			continue // outside the corpus tokens: cannot happen, the text is only tokens
		}
		exact := starts[a] == e.Start && ends[z] == e.End
		pred = append(pred, mention{start: a, end: z + 1, kind: kindOf(e.Kind), inexact: !exact})
	}
	return gold, pred
}

func kindOf(k annotate.EntityKind) ner.Kind {
	switch k {
	case annotate.Organization:
		return ner.ORG
	case annotate.Place:
		return ner.LOC
	}
	return ner.PER
}

// add scores one document's (or sentence's) predictions against the gold names.
func (r *EntityResult) add(g, p []mention) {
	type key struct{ start, end int }
	goldAt := map[key]ner.Kind{}
	for _, m := range g {
		goldAt[key{m.start, m.end}] = m.kind
	}
	predAt := map[key]ner.Kind{}
	for _, m := range p {
		if m.inexact {
			r.Scores[m.kind].FP++
			continue
		}
		predAt[key{m.start, m.end}] = m.kind
		if k, ok := goldAt[key{m.start, m.end}]; ok && k == m.kind {
			r.Scores[m.kind].TP++
		} else {
			r.Scores[m.kind].FP++
		}
	}
	overlaps := func(a mention, set []mention) bool {
		for _, b := range set {
			if a.start < b.end && b.start < a.end {
				return true
			}
		}
		return false
	}
	for _, m := range g {
		k, ok := predAt[key{m.start, m.end}]
		switch {
		case ok && k == m.kind:
		case ok:
			r.Scores[m.kind].FN++
			r.Confusion.Type[[2]ner.Kind{m.kind, k}]++
		case overlaps(m, p):
			r.Scores[m.kind].FN++
			r.Confusion.Boundary++
		default:
			r.Scores[m.kind].FN++
			r.Confusion.Missed++
		}
	}
	for _, m := range p {
		if _, ok := goldAt[key{m.start, m.end}]; (!ok || m.inexact) && !overlaps(m, g) {
			r.Confusion.Spurious++
		}
	}
}

// scored drops the MISC names, which are not scored.
func scored(ms []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		if m.kind != ner.MISC {
			out = append(out, m)
		}
	}
	return out
}

func fromNER(ms []ner.Mention) []mention {
	out := make([]mention, len(ms))
	for i, m := range ms {
		out[i] = mention{start: m.Start, end: m.End, kind: m.Kind}
	}
	return out
}
