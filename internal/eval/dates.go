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
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/dataset"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// Dates scores temporal expressions on TimeBank, AQUAINT, MEANTIME and the peer suites.
func Dates() (Section, error) {
	s := Section{Title: "Dates"}
	r, err := DateFigures()
	if err != nil {
		return s, err
	}
	te := r.TempEval
	s.Rows = append(s.Rows,
		Row{"TimeBank + AQUAINT: strict span " + te.Strict.String(), F3(te.Strict.F1()), "≥ 0.85"},
		Row{"TimeBank + AQUAINT: relaxed span " + te.Relaxed.String(), F3(te.Relaxed.F1()), "≥ 0.93"},
		Row{"TimeBank + AQUAINT: value accuracy on relaxed matches", Pct(te.ValueOK, te.Relaxed.TP), "≥ 0.88"},
		Row{"  the same, values compared as strings", Pct(te.ValueExact, te.Relaxed.TP), ""},
		Row{"TimeBank + AQUAINT: value F1 (accuracy × relaxed F1)", F3(te.ValueF1()), ""},
		Row{"TimeBank + AQUAINT: type accuracy on relaxed matches", Pct(te.TypeOK, te.Relaxed.TP), ""},
	)
	for _, part := range r.Parts {
		s.Rows = append(s.Rows, Row{"  " + part.Name + ": strict F1 / relaxed F1 / value accuracy",
			fmt.Sprintf("%s / %s / %s", F3(part.Strict.F1()), F3(part.Relaxed.F1()), F3(ratio(part.ValueOK, part.Relaxed.TP))), ""})
	}
	mt := r.Meantime
	s.Rows = append(s.Rows,
		Row{"MEANTIME: strict span " + mt.Strict.String(), F3(mt.Strict.F1()), "report"},
		Row{"MEANTIME: relaxed span " + mt.Relaxed.String(), F3(mt.Relaxed.F1()), "report (aim ≥ 0.93)"},
		Row{"MEANTIME: value accuracy on relaxed matches", Pct(mt.ValueOK, mt.Relaxed.TP), "report (aim ≥ 0.88)"},
		Row{"  the same, values compared as strings", Pct(mt.ValueExact, mt.Relaxed.TP), ""},
		Row{"chrono English cases (single + negative), run with the settings each asks for: text and start agree", Pct(r.Chrono.OK, r.Chrono.N), "≥ 95%"},
		Row{"  chrono single", Pct(r.ChronoSingle.OK, r.ChronoSingle.N), ""},
		Row{"  chrono negative (nothing found)", Pct(r.ChronoNegative.OK, r.ChronoNegative.N), ""},
		Row{"  chrono cases that ask for no setting (casual parser, no option)", Pct(r.ChronoPlain.OK, r.ChronoPlain.N), ""},
		Row{"  chrono disagreements that are convention conflicts (listed below)", fmt.Sprintf("%d of %d", r.ChronoConflicts, r.Chrono.N-r.Chrono.OK), ""},
		Row{"Duckling English examples: value agrees at its grain", Pct(r.Duckling.OK, r.Duckling.N), "≥ 90%"},
		Row{"  Duckling without holidays", Pct(r.DucklingPlain.OK, r.DucklingPlain.N), ""},
	)
	s.Notes = append(s.Notes, "Most frequent errors on TimeBank + AQUAINT, by kind (count, examples as gold → ours):")
	s.Notes = append(s.Notes, te.Errors.lines(4)...)
	s.Notes = append(s.Notes, "", "Most frequent errors on MEANTIME:")
	s.Notes = append(s.Notes, mt.Errors.lines(3)...)
	s.Notes = append(s.Notes, "", "chrono convention conflicts, by reason (counted as failures above):")
	s.Notes = append(s.Notes, r.ChronoConflictNotes...)
	s.Notes = append(s.Notes, "", "chrono failures:")
	s.Notes = append(s.Notes, r.ChronoFails...)
	if len(r.ChronoFails) == 0 {
		s.Notes = append(s.Notes, "- none beyond the conflicts above")
	}
	s.Notes = append(s.Notes, "", "Duckling failures (sample):")
	s.Notes = append(s.Notes, r.DucklingFails...)
	s.Notes = append(s.Notes, "", "Conventions:")
	s.Notes = append(s.Notes, dateConventions...)
	return s, nil
}

// dateConventions states how the figures above compare our TIMEX3 values
// with each corpus; each is documented where it is applied.
var dateConventions = []string{
	"- All: offsets are converted from bytes to code points; matches are one-to-one, in text order.",
	"- Peer suites: ranges found as two TIMEX3 joined by a connector are joined; a span may lack a leading signal " +
		"(in, for, within, on, at, after, from) that the suite keeps, or a modifier TimeML keeps and records as mod " +
		"(\"the end of\", \"early\"); the start agrees when the expected moment lies in our value's period, at our grain.",
	"- Peer suites: a duration is read as the reference moved by it (back after last, past, ago, -) and names the unit of " +
		"its finest grain holding that moment; Duckling places \"the next three days\" at the first of the whole days " +
		"after today, chrono three days on, and each is read its own way.",
	"- Peer suites: a weekend (-WE) runs from Friday 18:00 to Monday 00:00, as Duckling defines it.",
	"- chrono negative cases: nothing found that is a point in time; a duration, a set or a vague reference " +
		"(PAST_REF, PRESENT_REF, FUTURE_REF) that TimeML marks (\"ten days\", \"every month\", \"soon\") names none.",
	"- Duckling: a time written with a zone carries its UTC offset (Z, +01:00) and is compared with the expected " +
		"local time moved from the reference's offset into that zone; chrono: such a time is compared as written with the " +
		"components chrono asserts, and moved to UTC when compared with chrono's start date, an instant at UTC.",
	"- chrono: a case whose expected reading conflicts with TimeML or news conventions, or that tests a chrono setting " +
		"the annotator has no counterpart for, is listed with its reason as a convention conflict, and still counted as a failure.",
	"- TimeML corpora: a time's UTC offset other than Z is dropped before comparing (they give the wall time alone).",
	"- TimeML corpora: values are compared as read, not as spelled: ISO week numbers have two digits (2000-W7 = " +
		"2000-W07), and a trailing part left wholly unknown adds nothing (199X = 199, 19XX = 19, 1949-XX = 1949, " +
		"1998-XX-XX = 1998, 1989-WXX = 1989); the exact-string figure is given beside it.",
}

// Score counts one corpus.
type Score struct {
	Name             string
	Strict, Relaxed  PRF
	ValueOK, TypeOK  int
	ValueExact       int // values equal as strings, before spellings are normalized
	Errors           errorTable
	Docs, GoldTimexs int
	log              bool // write each error to DateErrors
}

// ValueF1 is value accuracy times relaxed F1, the TempEval-3 value figure.
func (s Score) ValueF1() float64 { return ratio(s.ValueOK, s.Relaxed.TP) * s.Relaxed.F1() }

// Suite counts agreement on a peer suite.
type Suite struct{ OK, N int }

// DateResults holds every figure of the date evaluation.
type DateResults struct {
	TempEval                   Score
	Parts                      []Score
	Meantime                   Score
	Chrono, ChronoSingle       Suite
	ChronoNegative             Suite
	ChronoPlain                Suite // the cases run with chrono's own settings: the casual parser, no option
	ChronoConflicts            int   // disagreements listed as convention conflicts
	ChronoConflictNotes        []string
	Duckling, DucklingPlain    Suite
	ChronoFails, DucklingFails []string
}

// DateFigures runs the whole date evaluation.
func DateFigures() (DateResults, error) {
	var r DateResults
	r.TempEval.Name = "TimeBank + AQUAINT"
	for _, name := range []string{"timebank", "aquaint"} {
		docs, err := loadTimeML("dates", "tempeval3", name+".jsonl")
		if err != nil {
			return r, err
		}
		part := Score{Name: name, log: true}
		for _, d := range docs {
			scoreDoc(&part, d)
			scoreDoc(&r.TempEval, d)
		}
		r.Parts = append(r.Parts, part)
	}
	mt, err := loadTimeML("dates", "meantime_en", "meantime_en.jsonl")
	if err != nil {
		return r, err
	}
	r.Meantime.Name = "MEANTIME"
	r.Meantime.log = true
	for _, d := range mt {
		// MEANTIME marks the title, the date line and the first sentences
		// only: score the first six lines, where all its timexes lie.
		cut := 0
		for k := 0; k < 6 && cut < len(d.Text); k++ {
			if e := strings.IndexByte(d.Text[cut:], '\n'); e >= 0 {
				cut += e + 1
			} else {
				cut = len(d.Text)
			}
		}
		d.Text = d.Text[:cut]
		scoreDoc(&r.Meantime, d)
	}
	if err := chrono(&r); err != nil {
		return r, err
	}
	if err := duckling(&r); err != nil {
		return r, err
	}
	return r, nil
}

// DateErrors, when set, receives every error met on the TimeML corpora,
// one line each, tab-separated: the corpus, the kind (wrong value, missed,
// spurious, span differs), the document, its date, the text as the gold
// marks it (ours for a spurious one), the gold value, ours as "text =
// value", and the text around it.
var DateErrors io.Writer

// ---- TimeML corpora ----

type timemlDoc struct {
	Doc string `json:"doc"`
	DCT struct {
		Value string `json:"value"`
	} `json:"dct"`
	Text    string       `json:"text"`
	Timexes []goldTimex3 `json:"timexes"`
}

type goldTimex3 struct {
	Type  string  `json:"type"`
	Value string  `json:"value"`
	Mod   string  `json:"mod"`
	Text  *string `json:"text"`
	Start int     `json:"start"`
	End   int     `json:"end"`
}

func loadTimeML(elem ...string) ([]timemlDoc, error) {
	path, err := dataset.Path(elem...)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []timemlDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d timemlDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// runeOffsets maps byte offsets of s to code-point offsets.
func runeOffsets(s string) []int {
	m := make([]int, len(s)+1)
	n := 0
	for i := range s {
		m[i] = n
		n++
	}
	// fill continuation bytes and the end
	last := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && utf8.RuneStart(s[i]) {
			last = m[i]
		} else if i == len(s) {
			m[i] = n
			continue
		}
		m[i] = last
	}
	return m
}

type span struct{ s, e int }

// docDate reads a document date: ISO (1998-01-08, 1998-01-08T14:35),
// day first (03-02-2009, as some MEANTIME files write it), or, when the
// document gives none, the date inferred from its text as the page would.
func docDate(v, text string) time.Time {
	if t, err := time.Parse("2006-01-02", firstN(v, 10)); err == nil {
		return t
	}
	if t, err := time.Parse("02-01-2006", firstN(v, 10)); err == nil {
		return t
	}
	if t, _, _, ok := timex.InferPublished(text, timex.OrderAuto); ok {
		return t
	}
	return time.Time{}
}

func scoreDoc(sc *Score, d timemlDoc) {
	ref := docDate(d.DCT.Value, d.Text)
	found := timex.Find(d.Text, ref)
	off := runeOffsets(d.Text)
	var gold []goldTimex3
	for _, g := range d.Timexes {
		if g.Text != nil && g.End > g.Start {
			gold = append(gold, g)
		}
	}
	sc.Docs++
	sc.GoldTimexs += len(gold)
	sys := make([]span, len(found))
	for i, x := range found {
		sys[i] = span{off[x.Start], off[x.End]}
	}
	runes := []rune(d.Text)
	text := func(a, b int) string {
		if a < 0 || b > len(runes) || a > b {
			return ""
		}
		return strings.ReplaceAll(string(runes[a:b]), "\n", " ")
	}
	fail := func(kind, gt, gv, ours string, a, b int) {
		sc.Errors.add(kind, gt, gv, ours)
		if DateErrors != nil && sc.log {
			ctx := text(max(a-60, 0), min(b+60, len(runes)))
			fmt.Fprintf(DateErrors, "%s\t%s\t%s\t%s\t%q\t%s\t%s\t%s\n", sc.Name, kind, d.Doc, ref.Format("2006-01-02"),
				gt, gv, ours, strings.Join(strings.Fields(ctx), " "))
		}
	}
	usedS := make([]bool, len(sys))
	usedR := make([]bool, len(sys))
	for _, g := range gold {
		// strict
		strict := -1
		for i, s := range sys {
			if !usedS[i] && s.s == g.Start && s.e == g.End {
				strict = i
				break
			}
		}
		if strict >= 0 {
			usedS[strict] = true
			sc.Strict.TP++
		} else {
			sc.Strict.FN++
		}
		// relaxed: the strict match if any, else the first overlapping unused
		rel := -1
		if strict >= 0 && !usedR[strict] {
			rel = strict
		} else {
			for i, s := range sys {
				if !usedR[i] && s.s < g.End && g.Start < s.e {
					rel = i
					break
				}
			}
		}
		gt := text(g.Start, g.End)
		if rel < 0 {
			sc.Relaxed.FN++
			fail("missed", gt, g.Value, "", g.Start, g.End)
			continue
		}
		usedR[rel] = true
		sc.Relaxed.TP++
		x := found[rel]
		if wallTime(x.Value) == g.Value {
			sc.ValueExact++
		}
		if sameValue(wallTime(x.Value), g.Value) {
			sc.ValueOK++
		} else {
			fail("wrong value", gt, g.Value, text(sys[rel].s, sys[rel].e)+" = "+x.Value, g.Start, g.End)
		}
		if strings.EqualFold(x.Type.String(), g.Type) {
			sc.TypeOK++
		}
		if strict < 0 {
			fail("span differs", gt, "", text(sys[rel].s, sys[rel].e), g.Start, g.End)
		}
	}
	for i := range sys {
		if !usedS[i] {
			sc.Strict.FP++
		}
		if !usedR[i] {
			sc.Relaxed.FP++
			fail("spurious", text(sys[i].s, sys[i].e), "", found[i].Value, sys[i].s, sys[i].e)
		}
	}
}

// sameValue compares two TIMEX3 values as they are read, not as they are
// spelled: ISO week numbers have two digits (2000-W7 is 2000-W07), and a
// trailing part left wholly unknown adds nothing (199X is the decade 199,
// 1949-XX and 1998-XX-XX the years 1949 and 1998, 1989-WXX the year).
func sameValue(a, b string) bool {
	return a == b || spelled(a) == spelled(b)
}

// spelled writes a value in the one spelling sameValue compares.
func spelled(v string) string {
	if v == "" || v[0] == 'P' || strings.HasSuffix(v, "_REF") || strings.Contains(v, "T") {
		return v
	}
	parts := strings.Split(v, "-")
	for i, p := range parts {
		if len(p) == 2 && p[0] == 'W' && p[1] >= '0' && p[1] <= '9' {
			parts[i] = "W0" + p[1:]
		}
	}
	unknown := func(p string) bool { return strings.Trim(p, "WX") == "" && strings.Contains(p, "X") }
	for len(parts) > 1 && unknown(parts[len(parts)-1]) {
		parts = parts[:len(parts)-1]
	}
	if len(parts) == 1 && parts[0] != "" && !unknown(parts[0]) {
		parts[0] = strings.TrimRight(parts[0], "X")
	}
	return strings.Join(parts, "-")
}

// wallTime drops the UTC offset of a time written with a zone ("3 p.m.
// EST" is 15:00-05:00): the TimeML corpora give the wall time alone. A
// time in UTC keeps its Z, as MEANTIME writes it.
func wallTime(v string) string {
	if s, tz, ok := splitZone(v); ok && !strings.HasSuffix(v, "Z") && tz != 0 {
		return s
	}
	return v
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// errorTable counts errors by kind and example.
type errorTable map[string]map[string]int

func (t *errorTable) add(kind, text, gold, ours string) {
	if *t == nil {
		*t = errorTable{}
	}
	if (*t)[kind] == nil {
		(*t)[kind] = map[string]int{}
	}
	key := fmt.Sprintf("%q", strings.ToLower(text))
	if gold != "" || ours != "" {
		key += " " + gold + " → " + ours
	}
	(*t)[kind][key]++
}

func (t errorTable) lines(per int) []string {
	type kc struct {
		k string
		n int
	}
	var kinds []kc
	for k, m := range t {
		n := 0
		for _, c := range m {
			n += c
		}
		kinds = append(kinds, kc{k, n})
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i].n > kinds[j].n })
	var out []string
	for _, k := range kinds {
		var ex []kc
		for e, c := range t[k.k] {
			ex = append(ex, kc{e, c})
		}
		sort.Slice(ex, func(i, j int) bool { return ex[i].n > ex[j].n || ex[i].n == ex[j].n && ex[i].k < ex[j].k })
		if len(ex) > per {
			ex = ex[:per]
		}
		var parts []string
		for _, e := range ex {
			parts = append(parts, fmt.Sprintf("%s ×%d", e.k, e.n))
		}
		out = append(out, fmt.Sprintf("- %s: %d — %s", k.k, k.n, strings.Join(parts, "; ")))
	}
	return out
}
