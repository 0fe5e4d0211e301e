package annotate

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/ner"
)

// findEntities fills the entity layer and groups its mentions into clusters.
//
// Names are found in three passes. The statistical tagger (package ner)
// labels each sentence; rules then settle what they know better: news
// agencies, organization heads ("Security Council", "Acme Inc."), titles
// before names, datelines, sports results (entityrules.go). Last, the
// document is made consistent: a name found once is found everywhere, and
// one name keeps one type (consistency.go). Mentions are then grouped into
// clusters ("Sergei Lavrov" = "Lavrov", "U.N." = "United Nations").
func findEntities(d *Document) {
	f := newNameFinder(d)
	for si := range d.Sentences {
		f.sentence(si)
	}
	f.makeConsistent()
	d.Entities = f.entities()
	clusterEntities(d)
}

// A mention is a candidate name: tokens [first, last) of the document.
type mention struct {
	first, last int
	kind        EntityKind
	rule        string // the rule that made or retyped it; "" for the tagger
}

// nameFinder holds the state of the entity stage.
type nameFinder struct {
	d          *Document
	model      *ner.Model // nil when the build has no model: rules only
	scratch    ner.Scratch
	words      []string
	ms         []mention       // sorted by first token, non-overlapping
	pending    []mention       // the tagger's mentions in the sentence being worked on
	caps       []bool          // by sentence: written in capitals (a headline)
	lowerWords map[string]bool // words the text writes in lower case, made on first use
}

func newNameFinder(d *Document) *nameFinder {
	f := &nameFinder{d: d, caps: make([]bool, len(d.Sentences))}
	if m, err := ner.Default(); err == nil {
		f.model = m
	}
	for si, s := range d.Sentences {
		f.caps[si] = f.isHeadline(s)
	}
	return f
}

func (f *nameFinder) tok(i int) string   { return f.d.Tokens[i].Of(f.d.Text) }
func (f *nameFinder) lower(i int) string { return lower(f.tok(i)) }

// sentence tags sentence si with the model, then applies the rules to it.
func (f *nameFinder) sentence(si int) {
	s := f.d.Sentences[si]
	var ms []mention
	if f.model != nil && s.Last > s.First {
		f.words = f.words[:0]
		for i := s.First; i < s.Last; i++ {
			f.words = append(f.words, f.tok(i))
		}
		for _, m := range ner.Mentions(f.model.Tag(f.words, &f.scratch)) {
			ms = append(ms, f.tidy(mention{s.First + m.Start, s.First + m.End, entityKind(m.Kind), ""})...)
		}
	}
	f.pending = append(f.pending[:0], ms...)
	for _, rule := range sentenceRules {
		for _, m := range rule.find(f, si) {
			m.rule = rule.name
			ms = place(ms, m, rule.override)
		}
	}
	f.ms = append(f.ms, ms...)
}

// place adds m to the sorted mentions ms. An overriding m replaces the
// mentions it overlaps; otherwise m is added only where ms has nothing.
func place(ms []mention, m mention, override bool) []mention {
	out := ms[:0:0]
	for _, o := range ms {
		if o.first < m.last && m.first < o.last {
			if !override {
				return ms
			}
			continue
		}
		out = append(out, o)
	}
	out = append(out, m)
	sort.Slice(out, func(a, b int) bool { return out[a].first < out[b].first })
	return out
}

// tidy trims a tagged mention to its words: no numbers or punctuation at
// its edges, no title before a person's name ("President Obama" → "Obama"),
// and a person's name cut where a lower-case word that is no name particle
// runs it into another ("Bevan allowed Van der Westhuizen").
func (f *nameFinder) tidy(m mention) []mention {
	toks := f.d.Tokens
	for m.first < m.last && (toks[m.first].Kind != Word || m.kind == Person && (titleWords[f.lower(m.first)] || isNationality(f.tok(m.first)))) {
		m.first++
	}
	for m.last > m.first && toks[m.last-1].Kind != Word {
		m.last--
	}
	if m.first >= m.last {
		return nil
	}
	if m.kind != Person {
		return []mention{m}
	}
	var out []mention
	start := m.first
	for i := m.first; i < m.last; i++ {
		w := f.tok(i)
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !nameParticles[w] {
			if i > start {
				out = append(out, mention{start, i, m.kind, m.rule})
			}
			start = i + 1
		}
	}
	if start < m.last {
		out = append(out, mention{start, m.last, m.kind, m.rule})
	}
	return out
}

// nameParticles are lower-case words inside people's names.
var nameParticles = setOf("van", "von", "der", "den", "de", "du", "da", "das", "dos", "del", "della", "di",
	"la", "le", "bin", "ibn", "bint", "al", "el", "ben", "y", "ter", "ten", "'s")

// entities returns the mentions as the document's entity layer.
func (f *nameFinder) entities() []Entity {
	out := make([]Entity, 0, len(f.ms))
	for _, m := range f.ms {
		span := Span{f.d.Tokens[m.first].Start, f.d.Tokens[m.last-1].End}
		out = append(out, Entity{Span: span, Kind: m.kind, Cluster: -1})
	}
	return out
}

// isHeadline reports whether a sentence is written in capitals: most of its
// words of two letters or more have no lower-case letter.
func (f *nameFinder) isHeadline(s Sentence) bool {
	upper, words := 0, 0
	for i := s.First; i < s.Last; i++ {
		w := f.tok(i)
		if f.d.Tokens[i].Kind != Word || utf8.RuneCountInString(w) < 2 {
			continue
		}
		words++
		if isAllCaps(w) {
			upper++
		}
	}
	return words >= 2 && upper*10 >= words*7
}

// isAllCaps reports whether w has letters and none of them lower-case.
func isAllCaps(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// entityKind maps the tagger's kinds to the document's.
func entityKind(k ner.Kind) EntityKind {
	switch k {
	case ner.ORG:
		return Organization
	case ner.LOC:
		return Place
	}
	return Person
}

// isCapWord reports whether tok is a word starting with a capital letter.
func isCapWord(text string, tok Token) bool {
	if tok.Kind != Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tok.Of(text))
	return unicode.IsUpper(r)
}

// isAcronym reports whether w is all capitals, possibly dotted: "AP", "U.N.", "NATO".
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}
