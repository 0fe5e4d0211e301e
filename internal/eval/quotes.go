package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/dataset"
)

// This file scores quotations and speakers on PolNeAR, following the data
// README: the unit is the quoted passage, the text inside one pair of
// quotation marks within the content of a direct or mixed attribution.

type polnearSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type polnearAttribution struct {
	ID              string        `json:"id"`
	Source          []polnearSpan `json:"source"`
	Cue             []polnearSpan `json:"cue"`
	Content         []polnearSpan `json:"content"`
	QuoteType       string        `json:"quote_type"`
	SourceIsPronoun *bool         `json:"source_is_pronoun"`
}

type polnearDoc struct {
	DocID        string               `json:"doc_id"`
	Date         string               `json:"date"`
	Text         string               `json:"text"`
	Attributions []polnearAttribution `json:"attributions"`
}

// loadPolNeAR reads one split of PolNeAR ("train" or "dev").
func loadPolNeAR(split string) ([]polnearDoc, error) {
	path, err := dataset.Path("quotes", "polnear", split+".jsonl")
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []polnearDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d polnearDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// A goldPassage is a pair of quotation marks in the text (its inside) and
// the attribution whose content holds it, or -1 for scare quotes, titles
// and other quoted words that belong to no attribution.
type goldPassage struct {
	cpSpan
	attr int
}

// markPairs pairs the quotation marks of a text within each paragraph,
// independently of the annotator, and returns the insides. Double marks:
// “ opens, ” closes, " and ” (two apostrophes, as some newspaper systems
// write) toggle. Single marks, outside any double pair (a single pair inside
// a double one is part of its passage): ‘ opens, and so does ' before a
// letter after a space or an opening bracket, mark or dash; ’ or ' closes an
// open single pair where no letter or digit follows it, so that apostrophes
// (don’t, the ’90s, the U.N.'s) are passed over. A line break ends an open
// passage.
func markPairs(t *runeText) []cpSpan {
	var out []cpSpan
	open, single := -1, -1 // index of the first rune after the opening mark
	closeAt := func(from *int, i int) {
		if i > *from {
			out = append(out, cpSpan{*from, i})
		}
		*from = -1
	}
	rs := t.runes
	at := func(i int) rune {
		if i < 0 || i >= len(rs) {
			return ' '
		}
		return rs[i]
	}
	wordy := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\n':
			if open >= 0 {
				closeAt(&open, i)
			}
			if single >= 0 {
				closeAt(&single, i)
			}
		case r == '“':
			open = i + 1
		case r == '”':
			if open >= 0 {
				closeAt(&open, i)
			}
		case r == '"', r == '\'' && at(i+1) == '\'':
			w := 1
			if r == '\'' {
				w = 2
			}
			if open >= 0 {
				closeAt(&open, i)
			} else {
				open = i + w
			}
			i += w - 1
		case open >= 0 || DoubleMarksOnly:
			// single marks inside a double passage belong to it
		case r == '‘' || r == '\'' && single < 0 && (unicode.IsSpace(at(i-1)) || strings.ContainsRune("([{“\"—–-", at(i-1))) && unicode.IsLetter(at(i+1)):
			single = i + 1
		case (r == '’' || r == '\'') && single >= 0 && !wordy(at(i+1)) && !unicode.IsSpace(at(i-1)):
			closeAt(&single, i)
		}
	}
	if open >= 0 {
		closeAt(&open, len(rs))
	}
	if single >= 0 {
		closeAt(&single, len(rs))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// goldPassages assigns each mark pair to the attribution whose content
// holds most of its letters and digits (at least half). PolNeAR's
// quote_type was derived on conversion from “ ” and " only, so an
// attribution whose content holds ” pairs is typed "indirect" there; here
// every attribution holding a pair counts as direct or mixed.
func goldPassages(t *runeText, doc polnearDoc) (passages []goldPassage, quoted []bool) {
	quoted = make([]bool, len(doc.Attributions))
	for _, p := range markPairs(t) {
		total := t.alnum(p)
		if total == 0 {
			continue
		}
		best, bestN := -1, 0
		for ai, a := range doc.Attributions {
			n := 0
			for _, c := range a.Content {
				n += t.alnumIn(p, cpSpan{c.Start, c.End})
			}
			if n > bestN {
				best, bestN = ai, n
			}
		}
		if 2*bestN < total {
			best = -1
		} else {
			quoted[best] = true
		}
		passages = append(passages, goldPassage{p, best})
	}
	return passages, quoted
}

// quoteScores accumulates the figures over documents.
type quoteScores struct {
	passages80, passages30 PRF
	attributed             PRF // a passage counts when matched at 80% and its speaker is right
	speakerNamed           [2]int
	speakerPronoun         [2]int // [right, matched]
	nonSpeech              [2]int // [marked as quotes, all]
	indirect               PRF
	indirectSpeaker        [2]int
	errors                 map[string]*errorKind
}

type errorKind struct {
	count   int
	example string
}

func (s *quoteScores) fail(kind, example string) {
	if QuoteErrors != nil {
		fmt.Fprintf(QuoteErrors, "%s\t%s\n", kind, strings.Join(strings.Fields(example), " "))
	}
	if s.errors == nil {
		s.errors = map[string]*errorKind{}
	}
	e := s.errors[kind]
	if e == nil {
		e = &errorKind{example: example}
		s.errors[kind] = e
	}
	e.count++
}

// match pairs predictions with gold items one to one, best score first,
// among pairs scoring at least min. score(i, j) is in [0, 1].
func match(np, ng int, score func(i, j int) float64, min float64) (predOf []int, goldOf []int) {
	type cand struct {
		i, j int
		s    float64
	}
	var cands []cand
	for i := 0; i < np; i++ {
		for j := 0; j < ng; j++ {
			if s := score(i, j); s >= min {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].s > cands[b].s })
	predOf = fill(np, -1)
	goldOf = fill(ng, -1)
	for _, c := range cands {
		if predOf[c.i] < 0 && goldOf[c.j] < 0 {
			predOf[c.i], goldOf[c.j] = c.j, c.i
		}
	}
	return predOf, goldOf
}

func fill(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// scoreDoc annotates one PolNeAR article and adds its figures.
func (s *quoteScores) scoreDoc(doc polnearDoc) {
	var opts annotate.Options
	if t, err := time.Parse("2006-01-02", doc.Date); err == nil {
		opts.Published = t
	}
	d := annotate.Annotate(doc.Text, opts)
	t := newRuneText(doc.Text)

	var preds []annotate.Quote
	var indirect []annotate.Quote
	for _, q := range d.Quotes {
		if q.Kind == annotate.Indirect {
			indirect = append(indirect, q)
		} else {
			preds = append(preds, q)
		}
	}
	gold, hasMarks := goldPassages(t, doc)
	var speech []goldPassage
	for _, g := range gold {
		if g.attr >= 0 {
			speech = append(speech, g)
			continue
		}
		s.nonSpeech[1]++
		for _, q := range preds {
			if marksAlone(t, t.span(q.Span), g.cpSpan) {
				s.nonSpeech[0]++
				s.fail("spurious: quoted words that are not speech marked as a quote", t.snippet(cpSpan{g.Start - 40, g.End + 20}, 110)+"  ← "+q.Sieve+", speaker "+quoted(t, q.Speaker))
				break
			}
		}
	}
	coverage := func(i, j int) float64 { return cover(t, t.span(preds[i].Span), speech[j].cpSpan) }
	for _, min := range []float64{0.3, 0.8} {
		predOf, goldOf := match(len(preds), len(speech), coverage, min)
		prf := PRF{}
		for _, g := range goldOf {
			if g >= 0 {
				prf.TP++
			} else {
				prf.FN++
			}
		}
		for _, p := range predOf {
			if p < 0 {
				prf.FP++
			}
		}
		if min == 0.3 {
			s.passages30.Add(prf)
			continue
		}
		s.passages80.Add(prf)
		s.scoreSpeakers(t, doc, preds, speech, predOf, goldOf)
	}
	s.scoreIndirect(t, doc, indirect, hasMarks)
}

// cover is the share of g's letters and digits inside p.
// marksAlone reports whether a predicted quote p presents the quoted words
// g as a quotation of their own: p covers 80% of g's letters and digits,
// and g makes at least half of p's. Words in quotation marks inside a longer
// quotation (`"… It comes across as “too loud” or “too shrill.”"`) are
// the speaker's words, shown within the speaker's quote, not marked as a
// quote by themselves.
func marksAlone(t *runeText, p, g cpSpan) bool {
	return cover(t, p, g) >= 0.8 && cover(t, g, p) >= 0.5
}

func cover(t *runeText, p, g cpSpan) float64 {
	total := t.alnum(g)
	if total == 0 {
		return 0
	}
	return float64(t.alnumIn(p, g)) / float64(total)
}

// scoreSpeakers judges the speaker of each matched passage and records errors.
func (s *quoteScores) scoreSpeakers(t *runeText, doc polnearDoc, preds []annotate.Quote, speech []goldPassage, predOf, goldOf []int) {
	for j, g := range speech {
		a := doc.Attributions[g.attr]
		ctx := t.snippet(cpSpan{g.Start - 1, g.End + 1}, 90)
		i := goldOf[j]
		if i < 0 {
			s.attributed.FN++
			best := 0.0
			for _, q := range preds {
				best = max(best, cover(t, t.span(q.Span), g.cpSpan))
			}
			if best > 0 {
				s.fail("missed: a predicted quote covers under 80% of the passage", ctx)
			} else {
				s.fail("missed: no quote predicted over the passage", ctx)
			}
			continue
		}
		q := preds[i]
		right := speakerRight(t, q, a)
		pronoun := a.SourceIsPronoun != nil && *a.SourceIsPronoun
		if len(a.Source) > 0 {
			tally := &s.speakerNamed
			if pronoun {
				tally = &s.speakerPronoun
			}
			tally[1]++
			if right {
				tally[0]++
			}
		}
		if right || len(a.Source) == 0 {
			s.attributed.TP++
			continue
		}
		s.attributed.FN++
		s.attributed.FP++ // a wrongly attributed quote is a wrong prediction
		example := ctx + "  → predicted " + quoted(t, q.Speaker) + ", gold " + quoted(t, sourceSpan(a))
		switch {
		case q.Speaker.IsZero():
			s.fail("no speaker found", example)
		case pronoun:
			s.fail("wrong speaker ("+q.Sieve+"), gold a pronoun", example)
		default:
			s.fail("wrong speaker ("+q.Sieve+")", example)
		}
	}
	for i, q := range preds {
		if predOf[i] < 0 {
			s.attributed.FP++
			s.fail("spurious: predicted quote matches no speech passage ("+q.Kind.String()+")", t.snippet(t.span(q.Span), 90))
		}
	}
}

// speakerRight reports whether the quote's speaker mention overlaps the gold source.
func speakerRight(t *runeText, q annotate.Quote, a polnearAttribution) bool {
	if q.Speaker.IsZero() {
		return false
	}
	m := t.span(q.Speaker)
	for _, src := range a.Source {
		if m.overlaps(cpSpan{src.Start, src.End}) {
			return true
		}
	}
	return false
}

func sourceSpan(a polnearAttribution) annotate.Span {
	if len(a.Source) == 0 {
		return annotate.Span{}
	}
	return annotate.Span{Start: -a.Source[0].Start - 1, End: -a.Source[0].End - 1} // marked as code points, see quoted
}

// quoted shows a span's text in quotes; negative spans carry code points (see sourceSpan).
func quoted(t *runeText, s annotate.Span) string {
	if s.IsZero() {
		return "none"
	}
	cp := t.span(s)
	if s.Start < 0 {
		cp = cpSpan{-s.Start - 1, -s.End - 1}
	}
	return `"` + t.snippet(cp, 40) + `"`
}

// scoreIndirect matches reported speech at a Jaccard overlap of letters and digits of at least 0.5.
func (s *quoteScores) scoreIndirect(t *runeText, doc polnearDoc, preds []annotate.Quote, hasMarks []bool) {
	var gold []polnearAttribution
	for ai, a := range doc.Attributions {
		if a.QuoteType == "indirect" && !hasMarks[ai] && len(a.Content) > 0 {
			gold = append(gold, a)
		}
	}
	jaccard := func(i, j int) float64 {
		p := t.span(preds[i].Span)
		inter, union := 0, t.alnum(p)
		for _, c := range gold[j].Content {
			g := cpSpan{c.Start, c.End}
			n := t.alnumIn(p, g)
			inter += n
			union += t.alnum(g) - n
		}
		if union == 0 {
			return 0
		}
		return float64(inter) / float64(union)
	}
	predOf, goldOf := match(len(preds), len(gold), jaccard, 0.5)
	for j, i := range goldOf {
		if i < 0 {
			s.indirect.FN++
			c := gold[j].Content[0]
			cue := ""
			if len(gold[j].Cue) > 0 {
				cue = "  ← cue " + `"` + t.snippet(cpSpan{gold[j].Cue[0].Start, gold[j].Cue[0].End}, 30) + `"`
			}
			s.fail("indirect: reported speech missed", t.snippet(cpSpan{c.Start, c.End}, 90)+cue)
			continue
		}
		s.indirect.TP++
		if len(gold[j].Source) == 0 {
			continue
		}
		s.indirectSpeaker[1]++
		if speakerRight(t, preds[i], gold[j]) {
			s.indirectSpeaker[0]++
		} else {
			s.fail("indirect: wrong speaker ("+preds[i].Sieve+")", t.snippet(t.span(preds[i].Span), 60)+"  → predicted "+quoted(t, preds[i].Speaker)+", gold "+quoted(t, sourceSpan(gold[j])))
		}
	}
	for i, j := range predOf {
		if j < 0 {
			s.indirect.FP++
			s.fail("indirect: spurious reported speech ("+preds[i].Sieve+")", t.snippet(t.span(preds[i].Span), 90)+"  ← cue "+quoted(t, preds[i].Cue)+", speaker "+quoted(t, preds[i].Speaker))
		}
	}
}

// QuoteFigures are the headline quote figures on a PolNeAR split.
type QuoteFigures struct {
	Attributed      PRF // passages matched at 80% with the right speaker
	Passages80      PRF
	Passages30      PRF
	SpeakerAll      float64
	SpeakerNamed    float64
	SpeakerPronoun  float64
	NonSpeechMarked float64 // share of non-speech quoted passages marked as quotes of their own (marksAlone)
	Indirect        PRF
	IndirectSpeaker float64
}

// ScorePolNeAR scores a PolNeAR split and returns its figures and the
// report section with the most frequent error kinds.
func ScorePolNeAR(split string) (QuoteFigures, Section, error) {
	docs, err := loadPolNeAR(split)
	if err != nil {
		return QuoteFigures{}, Section{}, err
	}
	var s quoteScores
	for _, doc := range docs {
		s.scoreDoc(doc)
	}
	f := QuoteFigures{
		Attributed:      s.attributed,
		Passages80:      s.passages80,
		Passages30:      s.passages30,
		SpeakerAll:      ratio(s.speakerNamed[0]+s.speakerPronoun[0], s.speakerNamed[1]+s.speakerPronoun[1]),
		SpeakerNamed:    ratio(s.speakerNamed[0], s.speakerNamed[1]),
		SpeakerPronoun:  ratio(s.speakerPronoun[0], s.speakerPronoun[1]),
		NonSpeechMarked: ratio(s.nonSpeech[0], s.nonSpeech[1]),
		Indirect:        s.indirect,
		IndirectSpeaker: ratio(s.indirectSpeaker[0], s.indirectSpeaker[1]),
	}
	sec := Section{Title: fmt.Sprintf("Quotes and speakers: PolNeAR %s (%d articles)", split, len(docs))}
	sec.Rows = []Row{
		{"quoted passages found and attributed to the right speaker: F1", fmt.Sprintf("%.3f (P %.3f R %.3f)", f.Attributed.F1(), f.Attributed.Precision(), f.Attributed.Recall()), "≥ 0.88"},
		{"speaker accuracy on matched passages: all / named / pronoun", fmt.Sprintf("%.3f / %.3f (%d) / %.3f (%d)", f.SpeakerAll, f.SpeakerNamed, s.speakerNamed[1], f.SpeakerPronoun, s.speakerPronoun[1]), "≥ 0.90 overall, ≥ 0.85 pronoun"},
		{"quotation-mark passages at 80% coverage", f.Passages80.String(), "F1 ≥ 0.97"},
		{"quotation-mark passages at 30% coverage", f.Passages30.String(), ""},
		{"non-speech quoted words marked as quotes", Pct(s.nonSpeech[0], s.nonSpeech[1]), "≤ 10%"},
		{"indirect speech at Jaccard ≥ 0.5", f.Indirect.String(), "F1 ≥ 0.65"},
		{"indirect speech: speaker accuracy on matches", fmt.Sprintf("%.3f (%d)", f.IndirectSpeaker, s.indirectSpeaker[1]), "≥ 0.85"},
	}
	sec.Notes = append(sec.Notes, "Most frequent error kinds:")
	kinds := make([]string, 0, len(s.errors))
	for k := range s.errors {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		a, b := s.errors[kinds[i]], s.errors[kinds[j]]
		return a.count > b.count || a.count == b.count && kinds[i] < kinds[j]
	})
	for i, k := range kinds {
		if i == 10 {
			break
		}
		sec.Notes = append(sec.Notes, fmt.Sprintf("%2d. %-70s %5d   e.g. %s", i+1, k, s.errors[k].count, strings.TrimSpace(s.errors[k].example)))
	}
	return f, sec, nil
}

// QuoteErrors, when set, receives every quote error the scoring meets, one
// line each: its kind, a tab, and the text around it.
var QuoteErrors io.Writer

// DoubleMarksOnly, when set, pairs double quotation marks alone, as the
// scoring did until November 2026, when single marks were paired too: a
// headline's 'Disgusting Fraud' had counted as a spurious quote. It is
// there to compare figures across that change.
var DoubleMarksOnly bool

// QuotesSplit is the PolNeAR split Quotes scores: "dev" (the figures the
// issue names) or "train" (articles the rules were not tuned on; the cue
// shares in lexicon/cues.tsv were counted on it).
var QuotesSplit = "dev"

// Quotes scores quotation and speaker finding on PolNeAR and the seed article.
func Quotes() (Section, error) {
	_, sec, err := ScorePolNeAR(QuotesSplit)
	if err != nil {
		return sec, err
	}
	row, misses, err := seedRow()
	if err != nil {
		return sec, err
	}
	sec.Rows = append(sec.Rows, row)
	sec.Notes = append(misses, sec.Notes...)
	return sec, nil
}
