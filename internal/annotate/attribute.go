package annotate

import (
	"sort"
	"strings"
)

// This file finds quotations and who said them. Passages in quotation marks
// come from pairMarks; reported speech without marks from indirect.go. Each
// passage then goes through the speaker sieves below, most precise first; a
// sieve only looks at passages still without a speaker, and records its name
// on the quote it decides.

// pronouns that can stand for a speaker, with whether they are singular persons.
var speakerPronouns = map[string]SpeakerKind{
	"he": SpeakerPerson, "she": SpeakerPerson, "i": SpeakerPerson,
	"they": SpeakerOther, "we": SpeakerOther, "it": SpeakerOrganization,
}

// speakerNouns head a common-noun speaker: "the company said", "a source said".
// The value is the kind of speaker it names.
var speakerNouns = map[string]SpeakerKind{
	"spokesman": SpeakerPerson, "spokeswoman": SpeakerPerson, "spokesperson": SpeakerPerson,
	"official": SpeakerPerson, "minister": SpeakerPerson, "president": SpeakerPerson,
	"secretary": SpeakerPerson, "analyst": SpeakerPerson, "expert": SpeakerPerson,
	"lawyer": SpeakerPerson, "attorney": SpeakerPerson, "prosecutor": SpeakerPerson,
	"aide": SpeakerPerson, "adviser": SpeakerPerson, "advisor": SpeakerPerson, "source": SpeakerPerson,
	"officer": SpeakerPerson, "diplomat": SpeakerPerson, "leader": SpeakerPerson,
	"witness": SpeakerPerson, "resident": SpeakerPerson, "critic": SpeakerPerson,
	"observer": SpeakerPerson, "executive": SpeakerPerson, "director": SpeakerPerson,
	"chief": SpeakerPerson, "head": SpeakerPerson, "manager": SpeakerPerson, "ceo": SpeakerPerson,
	"founder": SpeakerPerson, "chairman": SpeakerPerson, "chairwoman": SpeakerPerson,
	"senator": SpeakerPerson, "governor": SpeakerPerson, "mayor": SpeakerPerson,
	"candidate": SpeakerPerson, "nominee": SpeakerPerson, "doctor": SpeakerPerson,
	"operative": SpeakerPerson, "strategist": SpeakerPerson, "economist": SpeakerPerson,
	"researcher": SpeakerPerson, "scientist": SpeakerPerson, "professor": SpeakerPerson,
	"man": SpeakerPerson, "woman": SpeakerPerson, "father": SpeakerPerson, "mother": SpeakerPerson,
	"lawmaker": SpeakerPerson, "congressman": SpeakerPerson, "congresswoman": SpeakerPerson,
	"representative": SpeakerPerson, "commander": SpeakerPerson, "general": SpeakerPerson,
	"judge": SpeakerPerson, "ambassador": SpeakerPerson, "envoy": SpeakerPerson, "pollster": SpeakerPerson,
	"insider": SpeakerPerson, "staffer": SpeakerPerson, "supporter": SpeakerPerson, "voter": SpeakerPerson,
	"sources": SpeakerOther, "officials": SpeakerOther, "analysts": SpeakerOther, "experts": SpeakerOther,
	"aides": SpeakerOther, "advisers": SpeakerOther, "diplomats": SpeakerOther, "witnesses": SpeakerOther,
	"residents": SpeakerOther, "critics": SpeakerOther, "observers": SpeakerOther, "people": SpeakerOther,
	"authorities": SpeakerOther, "investigators": SpeakerOther, "researchers": SpeakerOther,
	"scientists": SpeakerOther, "leaders": SpeakerOther, "democrats": SpeakerOther,
	"republicans": SpeakerOther, "activists": SpeakerOther, "protesters": SpeakerOther,
	"members": SpeakerOther, "lawmakers": SpeakerOther, "supporters": SpeakerOther, "voters": SpeakerOther,
	"company": SpeakerOrganization, "firm": SpeakerOrganization, "ministry": SpeakerOrganization,
	"government": SpeakerOrganization, "statement": SpeakerOrganization, "report": SpeakerOrganization,
	"agency": SpeakerOrganization, "police": SpeakerOrganization, "office": SpeakerOrganization,
	"campaign": SpeakerOrganization, "department": SpeakerOrganization,
	"administration": SpeakerOrganization, "group": SpeakerOrganization, "union": SpeakerOrganization,
	"party": SpeakerOrganization, "court": SpeakerOrganization, "military": SpeakerOrganization,
	"army": SpeakerOrganization, "commission": SpeakerOrganization, "committee": SpeakerOrganization,
	"council": SpeakerOrganization, "board": SpeakerOrganization, "team": SpeakerOrganization,
	"study": SpeakerOrganization, "survey": SpeakerOrganization, "poll": SpeakerOrganization,
	"newspaper": SpeakerOrganization, "website": SpeakerOrganization, "letter": SpeakerOrganization,
	"memo": SpeakerOrganization, "document": SpeakerOrganization, "bank": SpeakerOrganization,
	"kremlin": SpeakerOrganization, "pentagon": SpeakerOrganization, "organization": SpeakerOrganization,
	"organisation": SpeakerOrganization, "network": SpeakerOrganization, "spokesmen": SpeakerOther,
}

// determiners open a common-noun speaker phrase.
var determiners = setOf("the", "a", "an", "another", "one", "two", "three", "several", "some", "many",
	"most", "other", "his", "her", "its", "their", "our", "both", "all", "these", "those", "this", "that",
	"each", "every", "no", "senior", "top", "u.s.", "federal", "local", "state")

// adverbials sit between a speaker and its verb: "Lavrov also said", "he has repeatedly urged".
var adverbials = setOf("also", "has", "had", "have", "was", "is", "were", "are", "would", "will",
	"did", "does", "do", "later", "then", "repeatedly", "again", "further", "once", "earlier",
	"previously", "recently", "often", "frequently", "already", "reportedly", "publicly",
	"privately", "simply", "just", "even", "still", "never", "always", "quickly", "flatly",
	"bluntly", "angrily", "calmly", "firmly", "clearly", "openly", "has also", "had also", "could",
	"might", "may", "should", "can", "not", "n't", "been", "being", "allegedly", "separately",
	"subsequently", "finally", "first", "initially", "told", "explicitly")

// notSpeechBefore are words that make the quoted words after them a name or a term, not speech.
var notSpeechBefore = setOf("so-called", "titled", "entitled", "nicknamed", "dubbed", "named",
	"slogan", "hashtag", "film", "movie", "book", "song", "album",
	"show", "series", "novel", "play", "programme", "program", "operation", "magazine", "column",
	"headline", "article", "essay", "poem", "painting", "exhibition", "game", "app", "brand", "label",
	"mantra", "motto", "catchphrase", "banner", "sign", "signs", "read",
	"reading", "reads", "marked", "stamped")

// reach is how many tokens a sieve looks across, before or after a passage
// or a cue: far enough for any attribution news prose writes, near enough
// that a text of any shape is annotated in time proportional to its size.
const reach = 80

// attributor holds per-token look-ups shared by the sieves.
type attributor struct {
	d         *Document
	sentOf    []int32 // sentence index of each token, or -1 between sentences
	entAt     []int32 // entity index covering each token, or -1
	inPassage []bool  // the token lies inside a quotation passage, marks included
	passages  []passage
	quotes    []Quote // one per passage, in order
	keep      []bool  // passage i becomes a quote
	dropped   []bool  // passage i is a title, an aside or a term: not speech
}

// findQuotes fills the quote layer and the speakers it links to.
func findQuotes(d *Document) {
	a := newAttributor(d)
	interview := a.interviewQuotes()
	a.markQuotes()
	a.dropInside(interview)
	a.headAndTail()
	a.dropNonSpeech()
	indirect := a.indirect()
	a.carry(indirect)
	a.decide()
	d.Quotes = append(d.Quotes, indirect...)
	d.Quotes = append(d.Quotes, interview...)
	for i, q := range a.quotes {
		if a.keep[i] {
			d.Quotes = append(d.Quotes, q)
		}
	}
	sort.SliceStable(d.Quotes, func(i, j int) bool { return d.Quotes[i].Start < d.Quotes[j].Start })
	linkSpeakers(d)
}

func newAttributor(d *Document) *attributor {
	n := len(d.Tokens)
	a := &attributor{d: d, sentOf: make([]int32, n), entAt: make([]int32, n), inPassage: make([]bool, n)}
	for i := range a.sentOf {
		a.sentOf[i] = -1
		a.entAt[i] = -1
	}
	for si, s := range d.Sentences {
		for t := s.First; t < s.Last; t++ {
			a.sentOf[t] = int32(si)
		}
	}
	t := 0
	for ei, e := range d.Entities {
		for t < n && d.Tokens[t].End <= e.Start {
			t++
		}
		for u := t; u < n && d.Tokens[u].Start < e.End; u++ {
			a.entAt[u] = int32(ei)
		}
	}
	return a
}

func (a *attributor) tok(i int) string   { return a.d.Tokens[i].Of(a.d.Text) }
func (a *attributor) lower(i int) string { return lower(a.tok(i)) }

// markQuotes pairs the quotation marks and starts one quote per passage.
func (a *attributor) markQuotes() {
	a.passages = pairMarks(a.d.Text, a.d.Tokens, a.d.Paragraphs)
	a.quotes = make([]Quote, len(a.passages))
	a.keep = make([]bool, len(a.passages))
	a.dropped = make([]bool, len(a.passages))
	for i, p := range a.passages {
		end := p.Close
		if end < 0 {
			end = a.lastTokenBefore(p.End)
		}
		for t := p.Open; t <= end && t < len(a.inPassage); t++ {
			a.inPassage[t] = true
		}
		a.quotes[i] = Quote{Span: p.Span, Kind: Direct, Source: -1, Continues: p.Continues}
	}
}

// lastTokenBefore returns the index of the last token ending at or before off.
func (a *attributor) lastTokenBefore(off int) int {
	toks := a.d.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	return i - 1
}

// sentenceBounds returns the token range of the sentence holding token t,
// or of t alone when it lies outside every sentence.
func (a *attributor) sentenceBounds(t int) (first, last int) {
	if t < 0 || t >= len(a.sentOf) || a.sentOf[t] < 0 {
		return t, t + 1
	}
	s := a.d.Sentences[a.sentOf[t]]
	return s.First, s.Last
}

// paragraphEnd returns the token index just after the paragraph holding token t.
func (a *attributor) paragraphEnd(t int) int {
	if a.sentOf[t] < 0 {
		return t + 1
	}
	pi := a.d.Sentences[a.sentOf[t]].Paragraph
	end := a.d.Paragraphs[pi].End
	for t < len(a.d.Tokens) && a.d.Tokens[t].End <= end {
		t++
	}
	return t
}

// headAndTail runs the sieves that read the words right around each passage.
func (a *attributor) headAndTail() {
	for i := range a.passages {
		p := &a.passages[i]
		q := &a.quotes[i]
		q.Kind = a.kindOf(i)
		if p.Close >= 0 && a.tail(i, q) {
			continue
		}
		if a.head(i, q) || a.interviewLabel(i, q) {
			continue
		}
		a.sentenceCue(i, q)
	}
}

// interviewLabel attributes a passage that opens with a speaker's label, as
// transcripts are quoted: `"PENCE: Well, look …"`.
func (a *attributor) interviewLabel(i int, q *Quote) bool {
	p := a.passages[i]
	t := p.Open + 1
	end := min(t+4, len(a.d.Tokens))
	for u := t; u < end && a.d.Tokens[u].End <= p.End; u++ {
		if a.tok(u) == ":" {
			if u == t || !a.allCapsOrNames(t, u) {
				return false
			}
			q.Speaker = Span{a.d.Tokens[t].Start, a.d.Tokens[u-1].End}
			q.Sieve = "interview"
			return true
		}
		if a.d.Tokens[u].Kind != Word {
			return false
		}
	}
	return false
}

// allCapsOrNames reports whether tokens [lo, hi) are a speaker's label: all
// capitals ("PENCE", "MR. TRUMP"), or a name the entity layer found.
func (a *attributor) allCapsOrNames(lo, hi int) bool {
	if e := a.entAt[lo]; e >= 0 && a.d.Entities[e].End == a.d.Tokens[hi-1].End {
		return true
	}
	for u := lo; u < hi; u++ {
		if !isAcronym(a.tok(u)) && !(len(a.tok(u)) > 1 && strings.ToUpper(a.tok(u)) == a.tok(u)) {
			return false
		}
	}
	return true
}

// headStart is the first token of passage i's sentence that is not part of an
// earlier passage in the same paragraph.
func (a *attributor) headStart(i int) int {
	p := a.passages[i]
	first, _ := a.sentenceBounds(p.Open)
	if i > 0 {
		prev := a.passages[i-1]
		if prev.Paragraph == p.Paragraph && prev.Close >= 0 && prev.Close+1 > first {
			first = prev.Close + 1
		}
	}
	return first
}

// tailEnd is the token after the last one that may hold passage i's trailing
// attribution: its sentence's end, or the next passage's opening mark.
func (a *attributor) tailEnd(i int) int {
	p := a.passages[i]
	_, last := a.sentenceBounds(p.Close)
	if last <= p.Close+1 {
		// the closing mark ended the sentence: the attribution may follow in the next one ("…." he said.)
		last = a.paragraphEnd(p.Close)
		if _, l2 := a.sentenceBounds(p.Close + 1); p.Close+1 < len(a.d.Tokens) && l2 < last {
			last = l2
		}
	}
	if i+1 < len(a.passages) && a.passages[i+1].Open < last {
		last = a.passages[i+1].Open
	}
	return last
}

// kindOf tells a direct quote (set off whole) from a partial one (a fragment
// inside the narrator's sentence).
func (a *attributor) kindOf(i int) QuoteKind {
	p := a.passages[i]
	first := a.headStart(i)
	if p.Open <= first || !a.hasWords(first, p.Open) {
		return Direct
	}
	prev := a.tok(p.Open - 1)
	switch prev {
	case ":", ",", "—", "–", "-", "(", "--":
		return Direct
	}
	if c, ok := cueAt(prev); ok && c.speech && !a.startsLower(p) {
		return Direct
	}
	if a.d.Tokens[p.Open-1].Kind == Mark {
		return Direct
	}
	return Partial
}

// hasWords reports whether tokens [from, to) hold a word or a number.
func (a *attributor) hasWords(from, to int) bool {
	for t := max(from, to-reach); t < to; t++ {
		if k := a.d.Tokens[t].Kind; k == Word || k == Number {
			return true
		}
	}
	return false
}

// startsLower reports whether the passage's words start in lower case.
func (a *attributor) startsLower(p passage) bool {
	for t := p.Open + 1; t < len(a.d.Tokens) && a.d.Tokens[t].Start < p.End; t++ {
		if a.d.Tokens[t].Kind == Word {
			c := a.tok(t)[0]
			return 'a' <= c && c <= 'z'
		}
	}
	return false
}

// tail tries the sieves that read after the closing mark:
// `"…," Lavrov said`, `"…," said Lavrov`, `"…," according to X`, `"…" — X`.
func (a *attributor) tail(i int, q *Quote) bool {
	p := a.passages[i]
	k := p.Close + 1
	end := a.tailEnd(i)
	comma := k < end && a.tok(k) == ","
	if comma {
		k++
	}
	if k >= end {
		return false
	}
	if q.Kind == Partial && !comma && !a.endsSentence(p) {
		return false // a fragment running on into the sentence: `"unmistakably" suggests that …`
	}
	if isDash(a.tok(k)) {
		return a.dash(i, q, k+1)
	}
	// "…," said Lavrov / "…," according to Lavrov
	if cue, after, ok := a.cueAt(k, end); ok {
		if m, _, ok := a.speakerForward(after, end); ok {
			q.Cue, q.Speaker = cue, m
			q.Sieve = "trailing-inverted"
			if strings.HasPrefix(lower(cue.Of(a.d.Text)), "according") {
				q.Sieve = "according-to"
			}
			return true
		}
		return false
	}
	// "…," Lavrov said / "…," Hugh Hill, a doctor at the clinic, said
	m, after, ok := a.speakerForward(k, end)
	if !ok {
		return false
	}
	after = a.skipAppositive(after, end)
	for after < end && adverbials[a.lower(after)] && a.lower(after) != "told" {
		after++
	}
	if cue, cueEnd, ok := a.cueAt(after, end); ok {
		if (a.sentOf[k] != a.sentOf[p.Close] || q.Kind == Partial) && !a.closesSentence(cueEnd) {
			// the next sentence reports speech of its own; or the passage is
			// a fragment of an opening phrase ("On Fox's "Sunday Show," Pence said …")
			return false
		}
		q.Cue, q.Speaker = cue, m
		q.Sieve = "trailing-cue"
		return true
	}
	return false
}

func isDash(s string) bool { return s == "—" || s == "–" || s == "-" || s == "--" || s == "―" }

// dash attributes `"…" — Commissioner Jane Doe` at the end of a paragraph.
func (a *attributor) dash(i int, q *Quote, k int) bool {
	pend := a.paragraphEnd(a.passages[i].Close)
	m, after, ok := a.speakerForward(k, pend)
	if !ok {
		return false
	}
	after = a.skipAppositive(after, pend)
	if after < pend && after+1 < pend {
		return false // more follows: not a byline-style attribution
	}
	q.Speaker = m
	q.Sieve = "dash"
	return true
}

// skipAppositive skips ", a doctor at the clinic," after a name.
func (a *attributor) skipAppositive(t, end int) int {
	if t >= end || a.tok(t) != "," {
		return t
	}
	for u := t + 1; u < end && u < t+14; u++ {
		if a.d.Tokens[u].Kind == Mark {
			return t
		}
		if a.tok(u) == "," {
			return u + 1
		}
	}
	return t
}

// head tries the sieves that read before the opening mark:
// `Lavrov said: "…"`, `He added, "…"`, `Lavrov: "…"`.
func (a *attributor) head(i int, q *Quote) bool {
	p := a.passages[i]
	first := a.headStart(i)
	j := p.Open - 1
	if j < first {
		return false
	}
	punct := a.tok(j)
	if punct == ":" || punct == "," {
		j--
	}
	if j < first {
		return false
	}
	// a cue within a few words before the mark: `told reporters on Monday: "`;
	// verbs of saying first, then verbs that only report ("showed")
	for _, speech := range []bool{true, false} {
		for c := j; c >= first && c >= j-7; c-- {
			if a.inPassage[c] || a.d.Tokens[c].Kind == Mark {
				break
			}
			cue, _, ok := a.cueAt(c, p.Open)
			if !ok || a.isSpeechCue(c) != speech {
				continue
			}
			if m, ok := a.subjectOf(c, first); ok {
				q.Cue, q.Speaker = cue, m
				q.Sieve = "leading-cue"
				return true
			}
		}
	}
	// `Said Ellis: "…"`: an inverted cue opening the sentence
	if punct == ":" && j > first {
		if cue, after, ok := a.cueAt(first, j+1); ok {
			if m, end, ok := a.speakerForward(after, j+1); ok && end == j+1 {
				q.Cue, q.Speaker = cue, m
				q.Sieve = "leading-inverted"
				return true
			}
		}
	}
	// `Lavrov: "…"`, a name then a colon opening the sentence
	if punct == ":" {
		if m, ok := a.speakerBackward(j, first); ok && m.Start == a.d.Tokens[first].Start {
			q.Speaker = m
			q.Sieve = "colon"
			return true
		}
	}
	return false
}

// sentenceCue attributes a passage to the nearest reporting verb earlier in
// its sentence (`Lavrov has urged … the conference "without preconditions"`),
// or to a `, he said` closing the sentence after it.
func (a *attributor) sentenceCue(i int, q *Quote) {
	p := a.passages[i]
	first, last := a.sentenceBounds(p.Open)
	for _, speech := range []bool{true, false} {
		for c := p.Open - 1; c >= first && c >= p.Open-reach; c-- {
			if a.inPassage[c] {
				continue
			}
			cue, _, ok := a.cueAt(c, p.Open)
			if !ok || a.isSpeechCue(c) != speech {
				continue
			}
			if m, ok := a.subjectOf(c, first); ok {
				q.Cue, q.Speaker = cue, m
				q.Sieve = "sentence-cue"
				return
			}
		}
	}
	if p.Close < 0 {
		return
	}
	// `… "lack of understanding" of the terms, he said.`
	for c := p.Close + 1; c < last && c < p.Close+reach; c++ {
		if a.inPassage[c] {
			break
		}
		if a.tok(c) != "," {
			continue
		}
		m, after, ok := a.speakerForward(c+1, last)
		if !ok {
			continue
		}
		if cue, end, ok := a.cueAt(after, last); ok && a.onlyAdverbialsUntil(end, last) {
			q.Cue, q.Speaker = cue, m
			q.Sieve = "sentence-tail"
			return
		}
	}
}

// closesSentence reports whether at most a short adverbial ("on Monday")
// follows token t to the end of its sentence, and no quotation mark.
func (a *attributor) closesSentence(t int) bool {
	if t >= len(a.d.Tokens) {
		return true
	}
	_, last := a.sentenceBounds(t - 1)
	words := 0
	for u := t; u < last; u++ {
		if words > 3 {
			return false
		}
		switch a.d.Tokens[u].Kind {
		case Word, Number:
			words++
		case Mark:
			return false
		}
	}
	return words <= 3
}

// onlyAdverbialsUntil reports whether tokens [t, end) hold nothing but a
// short adverbial and closing punctuation: the clause ended with its cue.
func (a *attributor) onlyAdverbialsUntil(t, end int) bool {
	words := 0
	for ; t < end; t++ {
		if a.d.Tokens[t].Kind == Word || a.d.Tokens[t].Kind == Number {
			words++
		}
	}
	return words <= 6
}

// subjectOf finds who speaks through the cue at token c: the phrase just
// before it, or for a participle ("…, saying") the sentence's subject.
func (a *attributor) subjectOf(c, first int) (Span, bool) {
	if info, ok := cueAt(a.tok(c)); ok && info.participle {
		return a.sentenceSubject(first, c)
	}
	return a.speakerBackward(c-1, first)
}

// sentenceSubject returns the first speaker-like phrase of tokens [first, end).
func (a *attributor) sentenceSubject(first, end int) (Span, bool) {
	for t := first; t < end && t < first+reach; t++ {
		if a.inPassage[t] {
			continue
		}
		if a.entAt[t] >= 0 {
			e := a.d.Entities[a.entAt[t]]
			if e.Kind != Place || a.isSpeakerPlace(t) {
				return e.Span, true
			}
		}
		if _, ok := speakerPronouns[a.lower(t)]; ok && a.lower(t) != "it" && a.lower(t) != "i" && a.lower(t) != "we" {
			return a.d.Tokens[t].Span, true
		}
	}
	// no name found: the noun phrase opening the sentence, when a verb follows it
	hi := first
	for hi < end && (a.inPhrase(hi) || a.joinsNames(hi)) && (hi == first || isCapWord(a.d.Text, a.d.Tokens[hi])) {
		hi++
	}
	if hi > first && hi < end && a.d.Tokens[hi].Kind == Word && !isCapWord(a.d.Text, a.d.Tokens[hi]) && isCapWord(a.d.Text, a.d.Tokens[first]) && !notNames[a.lower(first)] {
		return a.mention(first, hi, true)
	}
	return Span{}, false
}

// isSpeakerPlace reports whether the place entity at token t acts as a
// speaker: a reporting verb follows it ("Moscow says").
func (a *attributor) isSpeakerPlace(t int) bool {
	e := a.d.Entities[a.entAt[t]]
	u := t
	for u < len(a.d.Tokens) && a.d.Tokens[u].Start < e.End {
		u++
	}
	_, _, ok := a.cueAt(u, min(u+2, len(a.d.Tokens)))
	return ok
}

// cueAt reports whether a reporting verb or phrase starts at token t, and
// where it ends. Passive and infinitive uses ("is said to", "was told") are no cue.
func (a *attributor) cueAt(t, end int) (Span, int, bool) {
	if t >= end || t >= len(a.d.Tokens) || a.d.Tokens[t].Kind != Word {
		return Span{}, t, false
	}
	w := a.lower(t)
	for _, phrase := range cuePhrases[w] {
		words := strings.Fields(phrase)
		if t+len(words) > end {
			continue
		}
		match := true
		for k, pw := range words {
			if a.lower(t+k) != pw {
				match = false
				break
			}
		}
		if match {
			if words[0] == "according" || words[0] == "quoted" || cueWords[words[0]].verb {
				return Span{a.d.Tokens[t].Start, a.d.Tokens[t+len(words)-1].End}, t + len(words), true
			}
		}
	}
	info, ok := cueWords[w]
	if !ok || w != a.tok(t) && !a.sentenceInitial(t) {
		return Span{}, t, false // "States" in "United States" is a name, not a verb
	}
	if info.share < 0.3 && !a.strongCueContext(t, end, info.share) && !a.intentContext(t, end, info) {
		return Span{}, t, false // "rules", "attack": mostly nouns, cues only in clear contexts
	}
	if t > 0 {
		switch a.lower(t - 1) {
		case "is", "are", "was", "were", "be", "been", "being", "to":
			if !info.participle {
				return Span{}, t, false
			}
		}
	}
	return a.d.Tokens[t].Span, t + 1, true
}

// intentContext reports whether token t is a verb of intent followed by an
// infinitive, with a name or a pronoun before it: "Clinton wants to …".
func (a *attributor) intentContext(t, end int, info cueInfo) bool {
	if !intentLemmas[info.lemma] || t+2 >= end || a.lower(t+1) != "to" || t == 0 {
		return false
	}
	p := t - 1
	for p > 0 && adverbials[a.lower(p)] {
		p--
	}
	if _, ok := speakerPronouns[a.lower(p)]; ok && a.lower(p) != "it" {
		return true
	}
	return a.entAt[p] >= 0 && a.d.Entities[a.entAt[p]].End == a.d.Tokens[p].End && a.d.Entities[a.entAt[p]].Kind != Place
}

// isSpeechCue reports whether the cue at token t is a verb of saying
// ("said", "urged") rather than one that only reports ("showed", "believes").
func (a *attributor) isSpeechCue(t int) bool {
	if _, ok := cuePhrases[a.lower(t)]; ok {
		return true
	}
	return cueWords[a.lower(t)].speech
}

// strongCueContext reports whether a word that is rarely a cue acts as one
// at token t: "that", a colon or a quotation mark follows, or (for words that
// are cues often enough) a pronoun or a name precedes it.
func (a *attributor) strongCueContext(t, end int, share float64) bool {
	if t+1 < end {
		switch n := a.lower(t + 1); {
		case n == "that" || n == ":":
			return true
		case a.d.Tokens[t+1].Kind == Mark, n == "," && t+2 < end && a.d.Tokens[t+2].Kind == Mark:
			return share >= 0.05
		}
	}
	if share < 0.12 || t == 0 {
		return false
	}
	p := t - 1
	for p > 0 && adverbials[a.lower(p)] {
		p--
	}
	if _, ok := speakerPronouns[a.lower(p)]; ok {
		return true
	}
	return a.entAt[p] >= 0 && a.d.Entities[a.entAt[p]].End == a.d.Tokens[p].End
}

// sentenceInitial reports whether token t opens its sentence.
func (a *attributor) sentenceInitial(t int) bool {
	first, _ := a.sentenceBounds(t)
	return t == first
}

// cueJustBefore reports whether a reporting verb stands among the four
// tokens before token t: `called the winner "Miss Piggy"` names, in speech.
func (a *attributor) cueJustBefore(t int) bool {
	for u := t - 1; u >= 0 && u >= t-4; u-- {
		switch a.lower(u) {
		case "on", "in", "at", "of", "during", "from", "for", "with", "about", "'s", "’s", ".":
			return false // `said on CNN's "State of the Union"`: a title inside a phrase
		}
		if a.d.Tokens[u].Kind == Mark {
			return false
		}
		if c, ok := cueWords[a.lower(u)]; ok && c.verb && c.share >= 0.3 {
			return true
		}
	}
	return false
}

// workNouns name works whose titles are quoted: "his 2002 book, "Make Your Kid a Millionaire"".
var workNouns = setOf("book", "film", "movie", "show", "song", "album", "series", "novel", "play", "column",
	"op-ed", "article", "essay", "poem", "memoir", "documentary", "episode", "program", "programme",
	"podcast", "report", "study", "paper", "speech", "ad", "advertisement", "headline", "titled", "entitled")

// afterWorkNoun reports whether one of the three tokens before token t names a work.
func (a *attributor) afterWorkNoun(t int) bool {
	for u := t - 1; u >= 0 && u >= t-3; u-- {
		if workNouns[a.lower(u)] {
			return true
		}
	}
	return false
}

// knownAs reports whether token t ends "known as", "referred to as" or
// "billed as": what follows is a name.
func (a *attributor) knownAs(t int) bool {
	if a.lower(t) != "as" || t == 0 {
		return false
	}
	switch a.lower(t - 1) {
	case "known", "billed", "marketed", "branded", "styled", "titled":
		return true
	case "to":
		return t >= 2 && a.lower(t-2) == "referred"
	}
	return false
}

// dropInside sets aside the passages inside interview answers: they are
// part of the answer, which is quoted whole.
func (a *attributor) dropInside(quotes []Quote) {
	for _, q := range quotes {
		for t := a.tokenAfter(q.Start); t < len(a.d.Tokens) && a.d.Tokens[t].End <= q.End; t++ {
			a.inPassage[t] = true // the later sieves read no cue inside an answer
		}
	}
	k := 0 // both are sorted: walk them together
	for i, p := range a.passages {
		for k < len(quotes) && quotes[k].End <= p.Start {
			k++
		}
		if k < len(quotes) && quotes[k].Overlaps(p.Span) {
			a.dropped[i] = true
		}
	}
}

// dropNonSpeech sets aside the passages that name or label rather than
// quote: a title ("Face the Nation"), a term after "so-called", a bracketed
// aside. Their words no longer count as quoted for the later sieves.
func (a *attributor) dropNonSpeech() {
	for i, p := range a.passages {
		q := a.quotes[i]
		words := a.wordsIn(p)
		title := words <= 7 && a.titleCase(p) && (q.Kind == Partial && !strongSieves[q.Sieve] && !a.cueJustBefore(p.Open) || a.afterWorkNoun(p.Open))
		term := words <= 4 && p.Open > 0 && (notSpeechBefore[a.lower(p.Open-1)] || a.knownAs(p.Open-1))
		if words == 0 || title || term || a.parenthetical(p) {
			a.dropped[i] = true
			for t := p.Open; t < len(a.inPassage) && a.d.Tokens[t].End <= p.End; t++ {
				a.inPassage[t] = false
			}
		}
	}
}

// decide keeps the passages that are speech: every passage with a speaker,
// and unattributed ones long enough to be speech rather than a scare quote
// or a nickname.
func (a *attributor) decide() {
	for i, p := range a.passages {
		if a.dropped[i] {
			continue
		}
		if !a.quotes[i].Speaker.IsZero() {
			a.keep[i] = true
			continue
		}
		words := a.wordsIn(p)
		a.keep[i] = words > 4 || a.endsSentence(p) && words >= 3
	}
}

// strongSieves read a cue right beside the passage: what they attribute is speech.
var strongSieves = setOf("trailing-cue", "trailing-inverted", "according-to", "dash", "interview")

// titleWords of small words stay lower case inside a title: "Face the Nation".
var titleSmallWords = setOf("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "is", "from")

// titleCase reports whether every word of the passage starts with a capital
// (small words aside), as the titles of shows, books and songs do.
func (a *attributor) titleCase(p passage) bool {
	caps := 0
	for t := p.Open + 1; t < len(a.d.Tokens) && a.d.Tokens[t].End <= p.End; t++ {
		tok := a.d.Tokens[t]
		if tok.Kind == Number {
			continue
		}
		if tok.Kind != Word {
			continue
		}
		if isCapWord(a.d.Text, tok) {
			caps++
			continue
		}
		if !titleSmallWords[a.lower(t)] {
			return false
		}
	}
	return caps > 0
}

// parenthetical reports whether the passage holds only a bracketed aside: "(CROSSTALK.)".
func (a *attributor) parenthetical(p passage) bool {
	inner := trimSpan(a.d.Text, p.Inner)
	s := inner.Of(a.d.Text)
	return len(s) > 2 && (s[0] == '(' && (s[len(s)-1] == ')' || strings.HasSuffix(s, ").")) || s[0] == '[' && s[len(s)-1] == ']')
}

// wordsIn counts the words of a passage.
func (a *attributor) wordsIn(p passage) int {
	n := 0
	for t := p.Open + 1; t < len(a.d.Tokens) && a.d.Tokens[t].End <= p.End; t++ {
		if k := a.d.Tokens[t].Kind; k == Word || k == Number {
			n++
		}
	}
	return n
}

// endsSentence reports whether the passage's words end with terminal punctuation inside the marks.
func (a *attributor) endsSentence(p passage) bool {
	if p.Close <= p.Open+1 {
		return false
	}
	switch a.tok(p.Close - 1) {
	case ".", "!", "?", ",", "...", "…":
		return true
	}
	return false
}

// carry gives passages still without a speaker the speaker of a neighbour:
// the other half of an interrupted quote, an earlier passage of the same
// paragraph, or, for a paragraph that opens with a quotation, the last
// attributed quotation of the paragraph before (as newsrooms write follow-on
// quote paragraphs).
func (a *attributor) carry(indirect []Quote) {
	for i := range a.passages {
		p := a.passages[i]
		q := &a.quotes[i]
		if !q.Speaker.IsZero() {
			continue
		}
		// the other half of `"A," he said, "B."`, or an earlier passage of the paragraph
		if j := a.neighbourWithSpeaker(i); j >= 0 {
			q.Speaker, q.Cue = a.quotes[j].Speaker, a.quotes[j].Cue
			q.Sieve = "same-sentence"
			if a.sentOf[a.passages[j].Open] != a.sentOf[p.Open] {
				q.Sieve = "same-paragraph"
				q.Cue = Span{}
			}
			continue
		}
		if a.opensParagraph(p) && !p.Continued {
			if m, cue, ok := a.colonBefore(p); ok {
				q.Speaker, q.Cue = m, cue
				q.Sieve = "colon-paragraph"
				continue
			}
		}
		if p.Continued || a.opensParagraph(p) {
			if m, ok := a.lastSpeakerBefore(i, indirect); ok {
				q.Speaker = m
				q.Sieve = "carry-paragraph"
				continue
			}
		}
		if q.Kind == Partial && a.wordsIn(p) >= 2 {
			if m, ok := a.subjectAtStart(p); ok {
				q.Speaker = m
				q.Sieve = "sentence-subject"
			}
		}
	}
	// a quotation over several paragraphs often names its speaker only at
	// its end: the earlier paragraphs take it from there
	for i := len(a.passages) - 2; i >= 0; i-- {
		if a.passages[i].Continues && a.quotes[i].Speaker.IsZero() && a.passages[i+1].Continued && !a.quotes[i+1].Speaker.IsZero() {
			a.quotes[i].Speaker = a.quotes[i+1].Speaker
			a.quotes[i].Sieve = "continued-quote"
		}
	}
}

// colonBefore finds the speaker announced by a paragraph that ends in a
// colon before a quotation: `Sanders made the following comment:`,
// `The New York Times reports:`.
func (a *attributor) colonBefore(p passage) (Span, Span, bool) {
	if p.Paragraph == 0 || p.Open == 0 || a.tok(p.Open-1) != ":" {
		return Span{}, Span{}, false
	}
	colon := p.Open - 1
	first, _ := a.sentenceBounds(colon)
	for c := colon - 1; c >= first && c >= colon-reach; c-- {
		if cue, _, ok := a.cueAt(c, colon); ok {
			if m, ok := a.subjectOf(c, first); ok {
				return m, cue, true
			}
		}
	}
	m, ok := a.sentenceSubject(first, colon)
	return m, Span{}, ok
}

// subjectAtStart returns the name or pronoun opening the sentence of a
// partial quote, when a lower-case word (its verb) follows it: `Japan
// branded North Korea an "outlaw nation"`.
func (a *attributor) subjectAtStart(p passage) (Span, bool) {
	first, _ := a.sentenceBounds(p.Open)
	if first >= p.Open {
		return Span{}, false
	}
	if _, ok := speakerPronouns[a.lower(first)]; ok && a.lower(first) != "it" {
		if first+1 < p.Open && a.d.Tokens[first+1].Kind == Word && !isCapWord(a.d.Text, a.d.Tokens[first+1]) {
			return a.d.Tokens[first].Span, true
		}
		return Span{}, false
	}
	e := a.entAt[first]
	if e < 0 || a.d.Entities[e].Kind == Place && !a.isSpeakerPlace(first) {
		return Span{}, false
	}
	next := a.tokenAfter(a.d.Entities[e].End)
	if next < p.Open && a.d.Tokens[next].Kind == Word && !isCapWord(a.d.Text, a.d.Tokens[next]) && !phraseStops[a.lower(next)] {
		return a.d.Entities[e].Span, true
	}
	return Span{}, false
}

// neighbourWithSpeaker returns a passage of the same paragraph that has a
// speaker and may lend it to passage i: the nearest earlier one, or a later
// one in the same sentence. It returns -1 when there is none.
func (a *attributor) neighbourWithSpeaker(i int) int {
	p := a.passages[i]
	for j := i - 1; j >= 0 && j >= i-20 && a.passages[j].Paragraph == p.Paragraph; j-- {
		if !a.quotes[j].Speaker.IsZero() {
			if a.namesOtherSpeaker(a.passages[j].Close, p.Open, a.quotes[j]) {
				return -1
			}
			return j
		}
	}
	for j := i + 1; j < len(a.passages) && j <= i+20 && a.passages[j].Paragraph == p.Paragraph; j++ {
		if !a.quotes[j].Speaker.IsZero() && a.onlyMarksBetween(p.Close, a.passages[j].Open) {
			return j
		}
		if a.sentOf[a.passages[j].Open] != a.sentOf[p.Open] {
			break
		}
	}
	return -1
}

// namesOtherSpeaker reports whether tokens between two passages hold a
// reporting verb with a subject of its own, other than the cue and speaker
// of the earlier passage q: a new speaker comes in.
func (a *attributor) namesOtherSpeaker(from, to int, q Quote) bool {
	if from < 0 {
		return false
	}
	for t := max(from+1, to-reach); t < to; t++ {
		cue, _, ok := a.cueAt(t, to)
		if !ok || cue == q.Cue {
			continue
		}
		if m, ok := a.speakerBackward(t-1, from+1); ok && !m.Overlaps(q.Speaker) {
			return true
		}
	}
	return false
}

// onlyMarksBetween reports whether tokens between two passages are only
// punctuation: `"A." "B," he said.`
func (a *attributor) onlyMarksBetween(from, to int) bool {
	if from < 0 {
		return false
	}
	for t := from + 1; t < to; t++ {
		if k := a.d.Tokens[t].Kind; k == Word || k == Number {
			return false
		}
	}
	return true
}

// opensParagraph reports whether the passage is the first thing in its paragraph.
func (a *attributor) opensParagraph(p passage) bool {
	return a.d.Tokens[p.Open].Start == a.d.Paragraphs[p.Paragraph].Start
}

// lastSpeakerBefore returns the speaker mention of the last attributed
// quotation, direct or reported, in the paragraph before passage i's.
func (a *attributor) lastSpeakerBefore(i int, indirect []Quote) (Span, bool) {
	p := a.passages[i]
	if p.Paragraph == 0 {
		return Span{}, false
	}
	prev := a.d.Paragraphs[p.Paragraph-1]
	best := Quote{Source: -1}
	for j := i - 1; j >= 0 && j >= i-40 && a.passages[j].Paragraph >= p.Paragraph-1; j-- {
		if a.passages[j].Paragraph == p.Paragraph-1 && !a.quotes[j].Speaker.IsZero() {
			best = a.quotes[j]
			break
		}
	}
	// the indirect quotes are sorted: look only at those inside the paragraph
	k := sort.Search(len(indirect), func(k int) bool { return indirect[k].Start >= prev.Start })
	for ; k < len(indirect) && indirect[k].Start < prev.End; k++ {
		if q := indirect[k]; prev.Contains(q.Span) && !q.Speaker.IsZero() && q.Start > best.Start {
			best = q
		}
	}
	return best.Speaker, !best.Speaker.IsZero()
}
