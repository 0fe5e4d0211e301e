package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/ner"
)

// findEntities fills the entity layer and groups its mentions into clusters.
//
// Names are found in three passes. The statistical tagger (package ner)
// labels each sentence; rules then settle what they know better: news
// agencies, organization heads ("Security Council", "Acme Inc."), titles
// before names, datelines, sports results, words around a name that show an
// organization, events ("U.S. Open", "Treaty of Baden", "Storm Darragh"),
// which are no organization (entityrules.go), and what news pasted by users
// has that the training data lacks: local councils, bodies named after a
// country ("Energy UK"), streets and rivers (entitynews.go); the names of a list separated by commas
// take the type most of them have, and of two names joined by "and" one
// that shows its type may lend it to the other ("IBM and Compaq"). Last, the
// document is made consistent: a name found once is found everywhere, and
// one name keeps one type (consistency.go). Mentions are then grouped into
// clusters ("Sergei Lavrov" = "Lavrov", "U.N." = "United Nations").
//
// words holds what is known of d's tokens; the tagger's buffers are in
// scratch, and arrays the stage fills anew for each document in arrays.
func findEntities(d *Document, words *docWords, scratch *ner.Scratch, arrays *nameArrays) {
	f := newNameFinder(d, words, arrays)
	f.scratch = scratch
	for si := range d.Sentences {
		start := len(f.tagBuf)
		f.tagBuf = f.tag(f.tagBuf, si)
		// capped at its own last mention: the rules append to a sentence's
		// mentions, which must not overwrite the next sentence's
		f.tagged[si] = f.tagBuf[start:len(f.tagBuf):len(f.tagBuf)]
	}
	f.learnDocument()
	for si := range d.Sentences {
		f.applyRules(si)
	}
	f.alignLists()
	f.makeConsistent()
	d.Entities = f.entities()
	clusterEntities(d, words.lows)
	arrays.tagBuf, arrays.ms = f.tagBuf[:0], f.ms[:0] // for the next document
}

// A mention is a candidate name: tokens [first, last) of the document.
type mention struct {
	first, last int
	kind        EntityKind
	rule        string // the rule that made or retyped it; "" for the tagger
}

// nameFinder holds the state of the entity stage.
type nameFinder struct {
	d       *Document
	model   *ner.Model // nil when the build has no model: rules only
	scratch *ner.Scratch
	words   []string
	*docWords
	ms      []mention   // sorted by first token, non-overlapping
	pending []mention   // the tagger's mentions in the sentence being worked on
	sofar   []mention   // its mentions as the rules run so far left them, for the rule running
	tagged  [][]mention // the tagger's mentions, by sentence
	// buffers reused from sentence to sentence
	tagBuf []mention     // the tagger's mentions of all sentences, which tagged cuts
	nerBuf []ner.Mention // one sentence's names as the tagger gives them
	placed []mention     // place's result, before it is copied back
	found  []mention     // the mentions a rule found, until place has taken them
	keyBuf []byte        // a name's key (key), to look it up
	runs   []scoreRun    // scoreLines' runs
	// known of the whole document before the rules run
	surnames   map[string]bool // last words of people named in full, lower-cased
	stormNames map[string]bool // names of storms met so far ("Delia" of "Hurricane Delia"), lower-cased
	sport      bool            // the text reports sport
	caps       []bool          // by sentence: written in capitals (a headline)
	lowerWords []bool          // by word number: the text writes the word in lower case; made on first use
	namedAfter []bool          // by word number: the text writes the word after a name word; made on first use (bodyNamed)
	lexFacts   []lexFact       // by word number: what the model and the lists know of it (lexicon)
	cased      []string        // by word number: its commonest form outside headlines, or ""; made on first use
}

func newNameFinder(d *Document, words *docWords, arrays *nameArrays) *nameFinder {
	f := &nameFinder{d: d, caps: make([]bool, len(d.Sentences)), docWords: words, lexFacts: make([]lexFact, words.numWords()),
		tagged: make([][]mention, len(d.Sentences)), tagBuf: arrays.tagBuf, ms: arrays.ms}
	if m, err := ner.Default(); err == nil {
		f.model = m
	}
	for si, s := range d.Sentences {
		f.caps[si] = f.isHeadline(s)
	}
	return f
}

// nameArrays are the arrays of the entity stage's mentions, which grow
// with each document. A workspace keeps them, so that the next document
// reuses them rather than growing its own again.
type nameArrays struct {
	tagBuf, ms []mention
}

// tok gives token i's text; past either end of the text it gives "" (see
// docWords.lower).
func (f *nameFinder) tok(i int) string {
	if uint(i) >= uint(len(f.d.Tokens)) {
		return ""
	}
	return f.d.Tokens[i].Of(f.d.Text)
}

// text returns the text of tokens [first, last).
func (f *nameFinder) text(first, last int) string {
	return f.d.Text[f.d.Tokens[first].Start:f.d.Tokens[last-1].End]
}

// tag appends the tagger's mentions in sentence si, tidied, to ms.
func (f *nameFinder) tag(ms []mention, si int) []mention {
	s := f.d.Sentences[si]
	if f.model != nil && s.Last > s.First && (f.caps[si] || tagEverySentence || f.mayName(s)) {
		f.words = f.words[:0]
		for i := s.First; i < s.Last; i++ {
			w := f.tok(i)
			if f.caps[si] {
				w = f.trueCase(i)
			}
			f.words = append(f.words, straight(w))
		}
		f.nerBuf = ner.AppendMentions(f.nerBuf[:0], f.model.Tag(f.words, f.scratch))
		for i := s.First; i < s.Last; i++ {
			f.lexFacts[f.wordID[i]] = lexKnown | lexFact(f.scratch.WordFacts(i-s.First))
		}
		for _, m := range f.nerBuf {
			ms = f.tidy(ms, mention{s.First + m.Start, s.First + m.End, entityKind(m.Kind), ""})
		}
	}
	return ms
}

// tagEverySentence makes the tagger and the rules read every sentence, as
// they did before mayName; TestUntaggedSentencesHoldNoNames compares the two.
var tagEverySentence = false

// mayName reports whether sentence s holds a word that may start a name: a
// capitalised word that is no function word, weekday or month ("the",
// "He", "Monday"). The tagger finds no name in a sentence without one, and
// in news a fifth or so of the sentences have none; not tagging them saves
// a tenth of the entity stage.
func (f *nameFinder) mayName(s Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		if f.has(i, capWord) && (!f.has(i, inNotNames|inFunctionWords) || i+1 < s.Last && f.d.Tokens[i+1].Kind == Number) {
			return true // (a capital before a number may start one too: "No 10")
		}
	}
	return false
}

// straight returns word w with its curly apostrophes straight, as the
// tagger learnt words: "’s" is "'s" to it, "O’Brien" "O'Brien".
func straight(w string) string {
	i := strings.Index(w, "’")
	if i < 0 || w == "’" {
		return w // a mark alone may close a quotation
	}
	return w[:i] + "'" + straight(w[i+len("’"):])
}

// learnDocument gathers what the rules need to know of the whole text:
// the surnames of the people named in full, and whether it reports sport.
func (f *nameFinder) learnDocument() {
	f.surnames = map[string]bool{}
	cues := map[string]bool{}
	for si, ms := range f.tagged {
		for _, m := range ms {
			if m.kind == Person && m.last-m.first >= 2 {
				f.surnames[f.lower(m.last-1)] = true
			}
		}
		s := f.d.Sentences[si]
		for i := s.First; i < s.Last; i++ {
			if f.has(i, inSportWords) {
				cues[f.lower(i)] = true
			}
		}
	}
	f.sport = len(cues) >= 3
}

// maxRuleTokens bounds the sentences the rules read: a "sentence" longer
// than this is a table or a list run together, and the rules, which
// compare mentions pairwise, would take time quadratic in it.
const maxRuleTokens = 300

// applyRules applies the rules to sentence si, over the tagger's mentions.
func (f *nameFinder) applyRules(si int) {
	ms := f.tagged[si]
	if s := f.d.Sentences[si]; s.Last-s.First > maxRuleTokens || len(ms) == 0 && !f.caps[si] && !tagEverySentence && !f.mayName(s) {
		// (nor does a sentence with no word that may start a name hold
		// one the rules find)
		f.ms = append(f.ms, ms...)
		return
	}
	f.pending = append(f.pending[:0], ms...)
	for _, rule := range sentenceRules {
		f.sofar = ms
		for _, m := range rule.find(f, si) {
			m.rule = rule.name
			ms = place(ms, m, rule.mode, f)
		}
	}
	f.ms = append(f.ms, ms...)
}

// A placeMode says how a rule's mention goes among those found before it.
type placeMode uint8

const (
	override placeMode = iota // it replaces the mentions it overlaps
	fill                      // it is added only where there is nothing
	retype                    // a mention holding it takes its type; else it replaces those it overlaps
	settle                    // an organization with its bounds takes its type; where there is nothing it is added
)

// place adds m to the sorted mentions ms as mode says. A mention that m
// overrides in part keeps its words outside m, less the title words at
// its edge ("U.N. Ambassador Albright" → "U.N." when m is "Albright") and
// the function words ("Acme Ltd of Toronto" → "Toronto", a listed place,
// when m is "Acme Ltd").
func place(ms []mention, m mention, mode placeMode, f *nameFinder) []mention {
	if cap(f.placed) < len(ms)+2 {
		f.placed = make([]mention, 0, 2*len(ms)+8)
	}
	out := f.placed[:0]
	for i, o := range ms {
		if o.first < m.last && m.first < o.last {
			switch {
			case mode == fill:
				return ms
			case mode == retype && o.first <= m.first && m.last <= o.last:
				ms[i].kind, ms[i].rule = m.kind, m.rule
				return ms
			case mode == settle:
				if o.first == m.first && o.last == m.last && o.kind == Organization {
					ms[i].kind, ms[i].rule = m.kind, m.rule
				}
				return ms
			}
			if o.first < m.first {
				left := o
				left.last = m.first
				owner := left.last-1 > left.first && isPossessive(f.lower(left.last-1)) // "Qatar’s Ministry of Foreign Affairs"
				for left.last > left.first && (f.has(left.last-1, inTitleWords|inFunctionWords) || f.d.Tokens[left.last-1].Kind != Word || isBased(f.lower(left.last-1)) || isPossessive(f.lower(left.last-1))) {
					left.last--
				}
				if owner && left.last > left.first && f.lookupPlace(left.first, left.last) != ner.NotPlace {
					left.kind = Place // the country that owns the body m names
				}
				if left.last > left.first && left.last < m.first && m.kind == Person {
					// a name cut before a title and a person's name is no
					// person's, but a place's or a body's: "Texas Gov. Greg
					// Abbott", "Labour MP Diane Abbott", "Former England
					// captain Will Carling", "U.S. District Judge Ana Ruiz"
					for left.first < left.last && f.has(left.first, inTitleWords) {
						left.first++
					}
					switch {
					case left.last == left.first:
					case f.lookupPlace(left.first, left.last) != ner.NotPlace:
						left.kind = Place
					case memberTitles[f.lower(left.last)] && left.last-left.first <= 3 && !f.isParty(left.first, left.last):
						left.kind = Place // a constituency: "Norfolk MP Chloe Smith"
					case left.kind == Person:
						left.kind = Organization
					}
				}
				if left.last > left.first {
					out = append(out, left)
				}
			}
			if o.last > m.last {
				right := o
				right.first = m.last
				of := false // "of" cut off: what is left may be where m is ("Acme Ltd of Toronto")
				owned := right.first < right.last && isPossessive(f.lower(right.first))
				for right.first < right.last && (f.d.Tokens[right.first].Kind != Word || f.has(right.first, inFunctionWords) || isPossessive(f.lower(right.first))) {
					of = of || f.lower(right.first) == "of"
					right.first++
				}
				if owned && right.kind == m.kind {
					right.first = right.last // "Al Jazeera’s Osman" read as one body: what the body owns is no part of it, nor of its kind
				}
				if right.first < right.last {
					if of && f.lookupPlace(right.first, right.last) != ner.NotPlace {
						right.kind = Place
					}
					out = append(out, right)
				}
			}
			continue
		}
		out = append(out, o)
	}
	// out is in order and its mentions do not overlap m, so no two start
	// at the same token: m goes before the first that starts after it
	out = append(out, m)
	for at := len(out) - 1; at > 0 && out[at-1].first > m.first; at-- {
		out[at-1], out[at] = out[at], out[at-1]
	}
	f.placed = out
	// ms is not read again: its array takes the result
	return append(ms[:0], out...)
}

// tidy trims a tagged mention to its words: no numbers or punctuation at
// its edges, no title before a person's name ("President Obama" → "Obama"),
// and a name cut where quotation marks or punctuation run it into another
// ("TENNIS - TARANGO"), or, for a person, where a lower-case word that is
// no name particle does ("Bevan allowed Van der Westhuizen"). It appends
// the pieces to out.
func (f *nameFinder) tidy(out []mention, m mention) []mention {
	toks := f.d.Tokens
	for m.first < m.last && (toks[m.first].Kind != Word || isPossessive(f.lower(m.first)) || f.has(m.first, inFunctionWords) || isBased(f.lower(m.first)) ||
		m.kind == Person && (f.has(m.first, inTitleWords) || f.isNationality(m.first)) ||
		m.first+1 < m.last && f.has(m.first, inRoleStarts) && (m.first == 0 || f.d.Tokens[m.first-1].Kind != Word)) {
		m.first++
	}
	for m.kind == Person && m.last-1 > m.first && f.postNominalAt(m.last-1) {
		m.last-- // "Nicholas Wade KC": the letters after a name are not the name
	}

	start := m.first
	for i := m.first; i <= m.last; i++ {
		if i < m.last && !f.breaksName(i, m.kind) {
			continue
		}
		end := i
		for end > start && (toks[end-1].Kind != Word || isPossessive(f.lower(end-1))) {
			end--
		}
		if end > start && !(end == start+1 && (f.isNationality(start) || f.has(start, inFaithsAndPeoples))) &&
			!(end == start+2 && f.has(start, inCompass) && f.isNationality(start+1)) { // "South African"
			out = append(out, mention{start, end, m.kind, m.rule})
		}
		start = i + 1
	}
	return out
}

// isParty reports whether tokens [first, last) name a party: "Labour", "Lib Dem".
func (f *nameFinder) isParty(first, last int) bool {
	for i := first; i < last; i++ {
		if !parties[f.lower(i)] {
			return false
		}
	}
	return true
}

// isBased reports whether the lower-cased word w says where something is
// based ("london-based"): it comes before a name but is not part of it.
func isBased(w string) bool { return strings.HasSuffix(w, "-based") }

// isNationality reports whether token i is a nationality the model knows
// ("British", "Iraqis"): not a name here (CoNLL calls them MISC).
func (f *nameFinder) isNationality(i int) bool {
	return f.lexicon(i)&ner.Nationality != 0
}

// breaksName reports whether token i cannot be inside a name of kind k.
func (f *nameFinder) breaksName(i int, k EntityKind) bool {
	t := f.d.Tokens[i]
	switch t.Kind {
	case Mark:
		return true
	case Punct:
		w := f.tok(i)
		return w != "&" && w != "." && w != "/"
	}
	w := f.tok(i)
	if f.has(i, inPeoplePlurals) {
		return true // "MPs", "Conservative MSs": people, no name
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	if k == Person {
		return !nameParticles[w] && !isParticleName(w)
	}
	// "Braves and Cubs", "S. Jayasuriya c Healy"; but "Bank of England",
	// "Trinidad and Tobago" (mended by the place list)
	return w == "and" || !nameParticles[w] && !orgConnectors[w] && w != "the" && w != "in"
}

// trueCase returns token i, a word of a headline, as the document writes
// it elsewhere ("SOCCER" → "soccer", "TARANGO" → "Tarango"), or as it is
// when the document has it nowhere else, but for a verb of winning or
// saying, which is written in lower case ("DEFEATS"), lest the names on
// either side run into one. The tagger reads a headline better so.
func (f *nameFinder) trueCase(i int) string {
	if f.cased == nil {
		f.learnCasing()
	}
	if c := f.cased[f.wordID[i]]; c != "" {
		return c
	}
	if f.has(i, inTeamVerbs|speechCue) && utf8.RuneCountInString(f.tok(i)) >= 4 {
		return f.lower(i) // a verb of winning or saying: "MITCHELL DEFEATS BAILEY"
	}
	return f.tok(i)
}

// learnCasing fills f.cased: for each word of the headlines, lower-cased,
// its commonest form outside them (the first to reach the highest count),
// not counting the first word of a sentence, which says nothing of its case.
// Only the headlines' words are counted: the others are never asked for.
func (f *nameFinder) learnCasing() {
	f.cased = make([]string, f.numWords())
	asked := make([]bool, f.numWords())
	for si, s := range f.d.Sentences {
		if f.caps[si] {
			for i := s.First; i < s.Last; i++ {
				asked[f.wordID[i]] = true
			}
		}
	}
	count := map[string]int{}
	for si, s := range f.d.Sentences {
		if f.caps[si] {
			continue
		}
		for i := s.First + 1; i < s.Last; i++ {
			if f.d.Tokens[i].Kind != Word || !asked[f.wordID[i]] {
				continue
			}
			t, l := f.tok(i), f.wordID[i]
			count[t]++
			if c := f.cased[l]; c == "" || count[t] > count[c] {
				f.cased[l] = t
			}
		}
	}
}

// isParticleName reports whether w is a name behind a particle: "al-Assad", "bin-Laden".
func isParticleName(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || !nameParticles[w[:i]] {
		return false
	}
	return isUpperStart(w[i+1:])
}

// entities returns the mentions as the document's entity layer. A
// "name" made only of title words is a title, not an organization ("U.S.
// Secretary of State" before "John Kerry"); one word that names nothing
// (notNames: a month, a weekday) is no name ("JULY 96 JUNE 96").
func (f *nameFinder) entities() []Entity {
	out := make([]Entity, 0, len(f.ms))
	for i, m := range f.ms {
		if m.kind != Person && f.has(m.last-1, inPersonHeads) && i+1 < len(f.ms) && f.ms[i+1].first == m.last && f.ms[i+1].kind == Person {
			// a title before a name ("U.S. District Judge Robert Pitman"), but
			// a listed body or place that starts it stays ("Senate Majority Leader")
			last := m.last
			for last > m.first && f.has(last-1, inTitleWords) {
				last--
			}
			for last < m.last && f.isInstitution(m.first, last+1) {
				last++
			}

			if last == m.first || !f.isInstitution(m.first, last) && f.lookupPlace(m.first, last) == ner.NotPlace {
				continue
			}
			if f.lookupPlace(m.first, last) != ner.NotPlace {
				m.kind = Place
			} else {
				m.kind = Organization
			}
			m.last = last
		}
		for m.last-m.first > 1 && m.kind == Organization && (f.lower(m.first) == "former" || f.lower(m.first) == "acting") {
			m.first++ // "Former Senate leader Harold Brooks": the Senate
		}
		if m.kind == otherName || m.kind == Organization && f.onlyTitle(m) && !f.isInstitution(m.first, m.last) ||
			m.last-m.first == 1 && (f.has(m.first, inNotNames) || commonAcronyms[f.lower(m.first)] || f.postNominalAt(m.first) || isPossessive(f.tok(m.first)) || f.amount(m.first)) || f.insideTitle(m) || f.hashtag(m.first) {
			continue
		}
		if m.kind == Organization && m.first > 0 && f.has(m.first-1, inCompass) && f.has(m.first-1, capWord) && !strings.HasSuffix(f.tok(m.first-1), ".") &&
			(i == 0 || f.ms[i-1].last < m.first || f.ms[i-1].first == m.first-1) && f.d.Tokens[m.first].Start == f.d.Tokens[m.first-1].End+1 {
			m.first-- // "Eastern Bays Ratepayers’ Association": the point of the compass opens the name
		}
		if m.kind == Organization && f.titleBeforeRole(m) {
			continue // "Saudi Energy" of "Saudi Energy Minister Khalid al-Mansour": a title's words, no body
		}
		if m.last-m.first >= 3 && f.postNominalAt(m.last-1) {
			m.last-- // "Gráinne Kiely SC": the letters after a name are no part of it, and a person's
			m.kind = Person
		}
		if m.kind == Organization && m.last < len(f.d.Tokens) && f.tok(m.last) == "+" && f.d.Tokens[m.last].Start == f.d.Tokens[m.last-1].End {
			m.last++ // "OPEC+": the group with its allies
		}
		span := Span{f.d.Tokens[m.first].Start, f.d.Tokens[m.last-1].End}
		if m.last-m.first == 1 && m.kind == Place {
			span.Start += partyState(f.tok(m.first)) // "(R-Iowa)": Iowa
		}
		if w := f.lower(m.last - 1); isBased(w) && len(w) > len("-based") {
			span.End -= len("-based") // "the San Francisco-based company": the place is San Francisco
		}
		out = append(out, Entity{Span: span, Kind: m.kind, Cluster: -1})
	}
	return out
}

// titleBeforeRole reports whether mention m is words of a title alone, a
// nationality among them, right before the word of a role: "Saudi Energy"
// in "Saudi Energy Minister", "Deputy Energy" in "Deputy Energy Minister".
func (f *nameFinder) titleBeforeRole(m mention) bool {
	if m.last-m.first < 2 || m.last >= len(f.d.Tokens) || !f.has(m.last, inPersonHeads) || publicHeads[f.lower(m.last-1)] || f.isOrganization(m.first, m.last) {
		return false // (but "Republican Party Chairman": the party; "Labour MP": the party)
	}
	for i := m.first; i < m.last; i++ {
		if !f.has(i, inTitleWords) && !isNationality(f.tok(i)) || f.lookupPlace(i, i+1) != ner.NotPlace || f.has(i, inBodies) {
			return false // (nor "U.S. Assistant Secretary": the country)
		}
	}
	return true
}

// isPossessive reports whether w is the possessive ending, straight or
// curly: "'s", "’s".
func isPossessive(w string) bool { return w == "'s" || w == "’s" }

// hashtag reports whether token i follows a "#" it is glued to:
// "#NairobiFloods" tags posts and names nothing.
func (f *nameFinder) hashtag(i int) bool {
	return i > 0 && f.tok(i-1) == "#" && f.d.Tokens[i-1].End == f.d.Tokens[i].Start
}

// amount reports whether token i is a sum written with letters for its
// currency, not after "the": "rose to N1,200 from N950" (naira), "Sh2.4
// billion" (shillings), "Rs2.5 crore", where "the N1" or "the A1" would be
// a road.
func (f *nameFinder) amount(i int) bool {
	w := f.tok(i)
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || i > 0 && f.lower(i-1) == "the" {
		return false
	}
	k := 1
	for k < len(w) && ('a' <= w[k] && w[k] <= 'z' || 'A' <= w[k] && w[k] <= 'Z') {
		k++
	}
	if k == len(w) || k > 1 && !currencyLetters[strings.ToLower(w[:k])] {
		return false
	}
	for ; k < len(w); k++ {
		if (w[k] < '0' || w[k] > '9') && (w[k] != ',' && w[k] != '.' || w[k-1] < '0' || w[k-1] > '9') {
			return false
		}
	}
	return true
}

// currencyLetters are the currencies of more than one letter written
// before a sum: "Sh2.4 billion", "Rs450 crore".
var currencyLetters = wordSet(`sh ksh rs rp rm tk`)

// postNominalAt reports whether token i holds the letters written after the
// name before it: "KC" in "Tom Reeves KC", which names no one alone.
func (f *nameFinder) postNominalAt(i int) bool {
	return i > 0 && f.has(i, allCaps) && postNominals[f.lower(i)] && f.has(i-1, capWord)
}

// insideTitle reports whether m, one word, stands inside "Chief …
// Officer": "Technology" in "Chief Technology Officer Mira Murati", "Petty"
// in "Chief Petty Officer Lyle White" (but "Former Reagan chief of staff"
// names Reagan).
func (f *nameFinder) insideTitle(m mention) bool {
	return m.kind == Person && m.last-m.first == 1 && m.first > 0 && m.last < len(f.d.Tokens) &&
		f.lower(m.first-1) == "chief" && (f.lower(m.last) == "officer" || f.lower(m.last) == "executive")
}

// isHeadline reports whether a sentence is written as a headline: in
// capitals (most of its words of two letters or more have no lower-case
// letter), or in title case (a paragraph of its own, every word capitalised,
// no full stop: "Russia Pushes Syria Peace Talks").
func (f *nameFinder) isHeadline(s Sentence) bool {
	upper, capital, words := 0, 0, 0
	for i := s.First; i < s.Last; i++ {
		if f.d.Tokens[i].Kind != Word || isOneRune(f.tok(i)) {
			continue
		}
		words++
		if f.has(i, allCaps) {
			upper++
		}
		if f.has(i, capWord) {
			capital++
		}
	}
	if words >= 2 && upper*10 >= words*7 {
		return true
	}
	// a headline in title case: a paragraph of its own, no full stop, every word capitalised
	p := f.d.Paragraphs[s.Paragraph]
	last := f.tok(s.Last - 1)
	return words >= 3 && capital == words && f.d.Tokens[s.First].Start == p.Start && f.d.Tokens[s.Last-1].End == p.End &&
		last != "." && last != "!" && last != "?"
}

// isOneRune reports whether w has fewer than two runes, as
// utf8.RuneCountInString counts them: two bytes or more starting with an
// ASCII one are two runes or more, and need no counting.
func isOneRune(w string) bool {
	return len(w) < 2 || w[0] >= utf8.RuneSelf && utf8.RuneCountInString(w) < 2
}

// entityKind maps the tagger's kinds to the document's.
func entityKind(k ner.Kind) EntityKind {
	switch k {
	case ner.ORG:
		return Organization
	case ner.LOC:
		return Place
	case ner.MISC:
		return otherName
	}
	return Person
}

// otherName is the kind of a name that is neither a person, an organization
// nor a place ("World Cup", "British"): kept while the entity stage runs,
// so that no rule takes its words for another name, and then dropped.
const otherName EntityKind = Place + 1

// isCapWord reports whether tok is a word starting with a capital letter.
func isCapWord(text string, tok Token) bool {
	return tok.Kind == Word && isUpperStart(tok.Of(text))
}

// isUpperStart reports whether word w opens with a capital letter.
func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isMixedAcronym reports whether w is a short form in mixed case: a
// capital first, two capitals at least, eight letters at most ("MeitY",
// "DfE", "BaFin").
func isMixedAcronym(w string) bool {
	if len(w) > 8 || w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	caps := 0
	for _, r := range w {
		switch {
		case 'A' <= r && r <= 'Z':
			caps++
		case 'a' <= r && r <= 'z':
		default:
			return false
		}
	}
	return caps >= 2
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

// isInstitution reports whether tokens [first, last) name a listed body
// ("Senate", "Congress") or, after "the", a house or a treasury ("the
// House"): made of title words, they are no title.
func (f *nameFinder) isInstitution(first, last int) bool {
	if f.isOrganization(first, last) {
		return true
	}
	return last-first == 1 && institutions[f.lower(first)] && first > 0 && f.lower(first-1) == "the" &&
		(last == len(f.d.Tokens) || !f.has(last, capWord))
}

// onlyTitle reports whether m holds nothing but title words, "of", and
// nationalities with at least one role noun: "Secretary of State".
func (f *nameFinder) onlyTitle(m mention) bool {
	role := false
	for i := m.first; i < m.last; i++ {
		switch {
		case f.has(i, inPersonHeads):
			role = true
		case f.has(i, inTitleWords), f.lower(i) == "of", isNationality(f.tok(i)):
		default:
			return false
		}
	}
	return role || m.last-m.first == 1 && f.has(m.first, inTitleWords) && !bodies[f.lower(m.first)] // "Labour"
}

// The word lists of this file's rules, each built at start-up from its
// entry in entityLists (see wordSets).
var (
	postNominals, memberTitles, parties, peoplePlurals, roleStarts, compass      map[string]bool
	faithsAndPeoples, functionWords, nameParticles, commonAcronyms, institutions map[string]bool
)

var entityLists = wordSets{
	// postNominals are the letters written after a person's name: counsel's
	// rank, honours and degrees.
	{&postNominals, `kc qc sc obe cbe mbe dbe kbe frs phd`},
	// memberTitles are the titles of elected members, after the place they
	// stand for or their party: "Norfolk MP", "Labour MSP".
	{&memberTitles, `mp msp mep mla mk`},
	// parties are words that name a party before a member's title ("Labour MP"):
	// the parties of the UK and the US, as their members are called.
	{&parties, `labour conservative tory lib dem liberal democrat snp plaid green reform independent
		democratic republican unionist dup alliance`},
	// peoplePlurals are plural nouns of people written in capitals, which
	// the tagger may take for names: "MPs", "MEPs", "GPs".
	{&peoplePlurals, `mps meps msps mss mlas ams tds gps ceos vips`},
	// roleStarts are nouns for what a company is that a sentence may open
	// with before its name, capitalised, and that start no name:
	// "Chipmaker Nvalon Technologies said…".
	{&roleStarts, `chipmaker carmaker automaker drugmaker regulator watchdog retailer lender insurer brokerage developer
		housebuilder broadcaster supermarket conglomerate`},
	// compass words make a nationality of a nationality: "South Korean", "S. African".
	{&compass, `north south east west n. s. northern southern eastern western`},
	// faithsAndPeoples name groups of people by faith or descent, or are the
	// adjectives of them: never one person, organization or place ("among
	// American Catholics", "Arabs and Jews", "Moslem rebels", "a Hutu
	// president"). ("Christian" is a given name too.)
	{&faithsAndPeoples, `catholics protestants christians evangelicals muslims moslems jews hindus buddhists sikhs
		mormons arabs kurds shiites sunnis hutus tutsis catholic protestant evangelical muslim moslem islamic jewish
		hindu buddhist sikh mormon shiite shi'ite sunni hutu tutsi`},
	// functionWords never start a name, even capitalised at the start of a
	// sentence: "For Wall Street, ..." ("New", "North" may: not here).
	{&functionWords, `the a an for in on at by and but or of to with from as if when while after before since then so
		yet`},
	// nameParticles are lower-case words inside people's names.
	{&nameParticles, `van von zu der den de du da das dos del della di la le bin ibn bint al el ben abu y ter ten 's`},
	// commonAcronyms are initials of things, not of a body, that name nothing
	// alone ("the AI push", "an IPO next year", "Q&A: …"), though a name may hold them
	// ("Stability AI").
	{&commonAcronyms, `ai ipo ipos gdp ev evs cpi vat q&a pc pcs ebitda eps`},
	// institutions are title words that name a body on their own after
	// "the": "the House", "the Treasury".
	{&institutions, `house senate treasury`},
}
