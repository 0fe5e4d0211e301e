package annotate

import (
	"sort"
	"strings"

	"github.com/newsroom-tools/annotator/internal/order"
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

// possessivePronouns stand for their owner as a speaker ("Her message
// was blunt:"), named by the pronoun of the subject.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// speakerNouns head a common-noun speaker: "the company said", "a source said".
// The value is the kind of speaker it names.
var speakerNouns = func() map[string]SpeakerKind {
	m := map[string]SpeakerKind{}
	for kind, words := range map[SpeakerKind]string{
		SpeakerPerson: `spokesman spokeswoman spokesperson official minister president secretary chancellor analyst expert
		lawyer attorney prosecutor aide adviser advisor source officer diplomat leader witness resident
		critic observer executive director chief head manager ceo founder chairman chairwoman senator
		governor mayor candidate nominee doctor operative strategist economist researcher scientist
		professor man woman father mother lawmaker congressman congresswoman representative commander
		general judge magistrate ambassador envoy pollster insider staffer supporter voter counsel delegate`,
		SpeakerOther: `sources officials analysts experts aides advisers diplomats witnesses residents critics observers
		people authorities investigators researchers scientists leaders democrats republicans activists
		protesters members lawmakers supporters voters spokesmen documents records reports filings papers
		studies surveys polls figures data family relatives staffers delegates agencies groups governments companies firms banks unions charities`,
		SpeakerOrganization: `company firm ministry government statement report agency police office campaign department
		administration group union party court military army commission committee council board team study
		survey poll newspaper website letter memo document bank draft filing transcript kremlin pentagon
		organization organisation network affidavit complaint indictment lawsuit airline carrier retailer
		lender insurer carmaker automaker maker manufacturer broadcaster publisher supermarket regulator
		watchdog charity palace embassy authority association foundation institute service district brokerage consultancy
		trust hospital municipality thinktank bureau alliance coalition university college brigade railroad railway forum force utility division`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] = kind
		}
	}
	return m
}()

// adverbials sit between a speaker and its verb: "Lavrov also said", "he has repeatedly urged",
// "Mr. Brill has long maintained".
var adverbials = setOf(splitList(`also,has,had,have,was,is,were,are,would,will,did,does,do,later,then,repeatedly,again,further,once,
	earlier,previously,recently,often,frequently,already,reportedly,publicly,privately,simply,just,even,
	still,never,always,quickly,flatly,bluntly,angrily,calmly,firmly,clearly,openly,has also,had also,
	could,might,may,should,can,not,n't,been,being,allegedly,separately,subsequently,finally,first,
	initially,told,explicitly,long`)...)

// reach is how many tokens a sieve looks across, before or after a passage
// or a cue: far enough for any attribution news prose writes, near enough
// that a text of any shape is annotated in time proportional to its size.
const reach = 80

// attributor holds per-token look-ups shared by the sieves.
type attributor struct {
	d *Document
	*docWords
	sentOf    []int32 // sentence index of each token, or -1 between sentences
	entAt     []int32 // entity index covering each token, or -1
	inPassage []bool  // the token lies inside a quotation passage, marks included
	passages  []passage
	quotes    []Quote // one per passage, in order
	keep      []bool  // passage i becomes a quote
	dropped   []bool  // passage i is a title, an aside or a term: not speech
	denied    []int   // byte offsets of cues denied ("did not say"), whose quotes are dropped once speakers are linked
}

// findQuotes fills the quote layer and the speakers it links to.
// words holds what is known of d's tokens.
func findQuotes(d *Document, words *docWords, arrays *tokenArrays) {
	a := newAttributor(d, words, arrays)
	a.markQuotes()
	interview := a.interviewQuotes()
	a.dropInside(interview)
	a.headAndTail()
	a.dropNonSpeech()
	indirect := a.indirect()
	a.carry(indirect)
	a.decide(indirect)
	d.Quotes = append(d.Quotes, indirect...)
	d.Quotes = append(d.Quotes, interview...)
	for i, q := range a.quotes {
		if a.keep[i] {
			d.Quotes = append(d.Quotes, q)
		}
	}
	quotes := make([]Quote, len(d.Quotes))
	for k, i := range order.Stable(len(quotes), func(i, j int) int { return d.Quotes[i].Start - d.Quotes[j].Start }) {
		quotes[k] = d.Quotes[i]
	}
	d.Quotes = quotes
	linkSpeakers(d, words)
	dropDenied(d, a.denied)
}

// dropDenied removes the reported speech whose cue is denied ("Police have
// not said the victim was armed": nothing was said), and the speakers and
// mentions only it gave. It runs once speakers are linked, so that "he"
// after "Though he did not mention Rubio by name, …" still finds who "he"
// is through it.
func dropDenied(d *Document, denied []int) {
	if len(denied) == 0 {
		return
	}
	var gone []Span
	kept := d.Quotes[:0]
quotes:
	for _, q := range d.Quotes {
		for _, at := range denied {
			if q.Kind == Indirect && q.Cue.Start == at {
				gone = append(gone, q.Speaker)
				continue quotes
			}
		}
		kept = append(kept, q)
	}
	d.Quotes = kept
	// renumber the speakers that still have a quote
	index := make([]int, len(d.Speakers))
	for i := range index {
		index[i] = -1
	}
	for _, q := range d.Quotes {
		if q.Source >= 0 {
			index[q.Source] = 0
		}
	}
	n := 0
	for i, s := range d.Speakers {
		if index[i] < 0 {
			continue
		}
		index[i] = n
		d.Speakers[n] = s
		n++
	}
	d.Speakers = d.Speakers[:n]
	for i := range d.Quotes {
		if s := d.Quotes[i].Source; s >= 0 {
			d.Quotes[i].Source = index[s]
		}
	}
	for _, m := range gone {
		if e := entityEndingAt(d.Entities, m.End); e >= 0 && d.Entities[e].Span == m || saidBy(d.Quotes, m) {
			continue // a name, which its speaker keeps, or another quote's mention
		}
		for i := range d.Speakers {
			ms := d.Speakers[i].Mentions[:0]
			for _, x := range d.Speakers[i].Mentions {
				if x != m {
					ms = append(ms, x)
				}
			}
			d.Speakers[i].Mentions = ms
		}
	}
}

// saidBy reports whether one of quotes has mention m for its speaker.
func saidBy(quotes []Quote, m Span) bool {
	for _, q := range quotes {
		if q.Speaker == m {
			return true
		}
	}
	return false
}

// tokenArrays are the attributor's arrays by token. A workspace keeps them,
// so that the next document reuses them.
type tokenArrays struct {
	sentOf, entAt []int32
	inPassage     []bool
}

func newAttributor(d *Document, words *docWords, arrays *tokenArrays) *attributor {
	n := len(d.Tokens)
	arrays.sentOf, arrays.entAt = resized(arrays.sentOf, n), resized(arrays.entAt, n)
	arrays.inPassage = resized(arrays.inPassage, n)
	a := &attributor{d: d, docWords: words, sentOf: arrays.sentOf, entAt: arrays.entAt, inPassage: arrays.inPassage}
	for i := range a.sentOf {
		a.sentOf[i] = -1
		a.entAt[i] = -1
		a.inPassage[i] = false
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

// tok gives token i's text; past either end of the text it gives "" (see
// docWords.lower).
func (a *attributor) tok(i int) string {
	if uint(i) >= uint(len(a.d.Tokens)) {
		return ""
	}
	return a.d.Tokens[i].Of(a.d.Text)
}

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

// cueAt reports whether a reporting verb or phrase starts at token t, and
// where it ends. Passive and infinitive uses ("is said to", "was told") are no cue.
func (a *attributor) cueAt(t, end int) (Span, int, bool) {
	if t >= end || t >= len(a.d.Tokens) || a.d.Tokens[t].Kind != Word || !a.has(t, inCueWords|inCuePhrases) {
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
		if match && (words[0] == "put" || words[0] == "puts") && !a.announcesQuote(t+len(words), end) {
			continue // "put it on the table"
		}
		if after := t + len(words); match && (words[0] == "went" || words[0] == "goes") && after < end && notGoingOn[a.lower(after)] {
			continue // "when it goes on sale", "went on a spending spree"
		}
		if match {
			if phraseOnlyHeads[words[0]] || cueWords[words[0]].verb {
				return Span{a.d.Tokens[t].Start, a.d.Tokens[t+len(words)-1].End}, t + len(words), true
			}
		}
	}
	info, ok := cueWords[w]
	if !ok || w != a.tok(t) && !a.sentenceInitial(t) && !a.inHeadline(t) {
		return Span{}, t, false // "States" in "United States" is a name, not a verb
	}
	if info.share < 0.3 && !a.strongCueContext(t, end, info.share) && !a.intentContext(t, end, info) {
		return Span{}, t, false // "rules", "attack": mostly nouns, cues only in clear contexts
	}
	if t > 0 {
		switch a.lower(t - 1) {
		case "is", "are", "was", "were", "be", "been", "being", "to":
			if !info.participle && !(a.lower(t-1) == "to" && t >= 2 && habitWords[a.lower(t-2)]) {
				return Span{}, t, false // (but "he used to say", "as she likes to put it": words said often)
			}
		}
	}
	if a.namingParticiple(t) {
		return Span{}, t, false
	}
	if t > 0 && a.lower(t-1) == "of" {
		// "on a note of caution:", "words of warning", "three hours of
		// questioning in Canberra": a noun after "of"
		if ing := strings.HasSuffix(w, "ing"); !ing && !strings.HasSuffix(w, "ed") || ing && t+1 < end && prepositions[a.lower(t+1)] {
			return Span{}, t, false
		}
	}
	if strings.HasSuffix(w, "ing") && a.ownedBefore(t) && (t+1 >= end || a.lower(t+1) != "that") {
		return Span{}, t, false // "whose knotty, classically inflected writing made her …": a noun someone owns
	}
	if a.determinedNoun(t) && (t+1 >= end || a.lower(t+1) != "that") {
		return Span{}, t, false // "struck a more cautious note:": a noun (but "a warning that …" brings words on)
	}
	if w == "told" && t > 0 && a.lower(t-1) == "all" && (t == 1 || a.d.Tokens[t-2].Kind != Word) {
		return Span{}, t, false // "All told, up to 5 million people …": in all
	}
	if t > 1 && (isPossessive(a.lower(t-1)) || a.pluralPossessive(t-1)) && !info.participle && !pastParticiple(w) && w != "said" && w != "told" && w != "thought" &&
		(t+1 >= end || a.lower(t+1) != "that" && a.d.Tokens[t+1].Kind != Mark) {
		// "analysts' estimates", "the company's claims": a noun someone owns
		// (but "he's said", "Trump's predicted": "has" and a participle;
		// and "Trump's claim that …", "Trump's claim “…”" bring his words)
		return Span{}, t, false
	}
	if t >= 2 && strings.HasSuffix(w, "s") && (a.lower(t-2) == "a" || a.lower(t-2) == "an") && a.has(t-1, capWord) && !a.sentenceInitial(t-1) {
		return Span{}, t, false // "a Senate estimates hearing": a noun after a name used as a modifier
	}
	if info.participle && info.lemma == w && a.modifiedNounBefore(t) {
		// a learned form in -ing (a learned form is its own lemma) right
		// after a common noun modifies it:
		// "Judge blocks state law restricting social media" (but "O'Malley
		// calling Trump …", "by citing …", "a letter calling …")
		return Span{}, t, false
	}
	if t > 0 && t+1 < end && strings.HasSuffix(w, "ed") && attributiveBefore[a.lower(t-1)] &&
		a.d.Tokens[t+1].Kind == Word && !a.has(t+1, capWord|inFunctionWords) && a.lower(t+1) != "that" {
		return Span{}, t, false // "the number of confirmed measles cases": an adjective
	}
	if sourceParticiples[w] && t > 0 && t+1 < end && (sourceNouns[a.lower(t-1)] || documentNouns[a.lower(t-1)] || speechNouns[a.lower(t-1)]) &&
		(prepositions[a.lower(t+1)] || adjunctStarts[a.lower(t+1)]) {
		return Span{}, t, false // "A joint statement issued after the talks said": what was done to a paper
	}
	if info.lemma == "declare" && a.declaresState(t+1, end) {
		return Span{}, t, false // "declared a 60-day state of emergency": an act
	}
	if t+1 < end && actPairs[[2]string{info.lemma, a.lower(t + 1)}] {
		return Span{}, t, false // "called off", "conceded defeat", "pleaded not guilty", "adds a pinch": acts
	}
	if info.lemma == "find" && !info.participle && a.verdictAfter(t+1, end) {
		return Span{}, t, false // "Jury finds former charity boss guilty": a verdict, not a report
	}
	if info.lemma == "continue" && t+2 < end && a.lower(t+1) == "to" && !a.has(t+2, inCueWords) {
		// "the United States continued to support …": it went on doing, not
		// saying (but "he continued to complain that …")
		return Span{}, t, false
	}
	return a.d.Tokens[t].Span, t + 1, true
}

// determinedNoun reports whether token t follows "a" or "an", perhaps with
// an intensified adjective between: "a note", "a more cautious note". A
// verb never does (but "his warning that …" is a cue of its own in
// PolNeAR, so possessives are left alone).
func (a *attributor) determinedNoun(t int) bool {
	u := t - 1
	if u >= 2 && intensifiers[a.lower(u-1)] && a.d.Tokens[u].Kind == Word && !a.has(u, capWord|inFunctionWords) {
		u -= 2 // "a more cautious"
	}
	if u < 0 {
		return false
	}
	return a.lower(u) == "a" || a.lower(u) == "an"
}

// ownedBefore reports whether the word at token t follows a possessive
// ("whose", "her") across the words that describe it, so is a noun:
// "whose knotty, classically inflected writing", "her writing" (but not
// "asked her, saying": the possessive before a comma is an object).
func (a *attributor) ownedBefore(t int) bool {
	if t == 0 || a.tok(t-1) == "," {
		return false // "…, its constituency, citing her work": a participle after its comma
	}
	for u := t - 1; u >= 0 && u >= t-6; u-- {
		switch w := a.lower(u); {
		case w == "whose" || w == "his" || w == "her" || w == "their" || w == "its" || w == "my" || w == "our" || w == "your":
			return a.tok(u+1) != ","
		case w == "," || a.d.Tokens[u].Kind == Word && !a.has(u, capWord|inFunctionWords|inCueWords) && !auxiliaries[w] &&
			(a.isAdverb(u) || adjectiveLike(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "y")):
			// the words that describe it: "knotty", "classically", "inflected"
			// (but "her speech warning that …": a noun, then the verb)
		default:
			return false
		}
	}
	return false
}

// intensifiers grade the adjective after them: "a more cautious note".
var intensifiers = wordSet(`more most less least very`)

// modifiedNounBefore reports whether token t follows a lower-case noun that
// a participle at t would modify: a word that is no function word,
// auxiliary, adverb, possessive or name, nor a text that may report
// ("a letter calling …", "softer language calling for …").
func (a *attributor) modifiedNounBefore(t int) bool {
	if t == 0 || a.d.Tokens[t-1].Kind != Word || a.has(t-1, capWord|inFunctionWords) {
		return false
	}
	w := a.lower(t - 1)
	return !auxiliaries[w] && !phraseStops[w] && !a.has(t-1, inAdverbials) && !a.isAdverb(t-1) && w != "'s" && w != "’s" && w != "perhaps" && w != "often" &&
		!sourceNouns[w] && !claimNouns[w] && !workNouns[w] && !textNouns[w] && !a.has(t-1, inCueWords)
}

// actPairs are a cue's lemma and the word after it that make it an act
// rather than a report: "Rail strike called off after last-minute deal",
// "conceded defeat", "Holloway pleaded not guilty", "She adds a pinch of
// ground uziza seed", "posted net income of $1.12 billion". Each learned
// form of "call" is its own lemma.
var actPairs = pairSet(`post net,post record,post profit,post profits,post revenue,post losses,post loss,post earnings,post sales,post gains,called off,calls off,calling off,concede defeat,plead guilty,plead not,plead innocent,plead no,add a,add an,add some,lays off,laid off,lay off,laying off`)

// declaresState reports whether what "declare" declares from token t on
// is a state of things rather than words: "a 60-day state of emergency",
// "bankruptcy", "independence", "a national disaster" ("declared war" is
// left a report: PolNeAR counts it one).
func (a *attributor) declaresState(t, end int) bool {
	for u := t; u < end && u < t+8; u++ {
		switch a.lower(u) {
		case "emergency", "bankruptcy", "independence", "disaster", "martial":
			return true
		case "that", ",", ":":
			return false
		}
	}
	return false
}

// verdictAfter reports whether a short object from token t on is followed
// by a verdict or by the state someone was found in: "former charity boss
// guilty", "the company liable", "shot", "Brianna Tate, 29, dead".
func (a *attributor) verdictAfter(t, end int) bool {
	for u := t; u < end && u < t+8; u++ {
		switch w := a.lower(u); {
		case foundStates[w]:
			// a verdict needs whom it judges before it; a state does not:
			// "woman found shot in her home", "Deputies found Brianna Tate, 29, dead"
			return u > t || w != "guilty" && w != "liable" && w != "innocent"
		case w == "that" || w == ";" || w == ":":
			return false
		}
	}
	return false
}

// namingParticiple reports whether token t is a naming verb in -ed after a
// singular common noun and before a quotation or a name: in `an account
// called "Hypo-Cruz"`, `a play called Los Hijos` and `the glasses, called
// Lumora Lens,` it names, and nobody speaks.
func (a *attributor) namingParticiple(t int) bool {
	w := a.lower(t)
	if !namingVerbs[w] || !strings.HasSuffix(w, "ed") || t == 0 || t+1 >= len(a.d.Tokens) {
		return false
	}
	n := t - 1 // the noun named
	if a.tok(n) == "," && n > 0 {
		n--
		for u := n - 1; u > 0 && u > n-16 && a.d.Tokens[u].Kind != Mark; u-- {
			if a.tok(u) == "," && prepositions[a.lower(u+1)] {
				return false // "The White House, in a statement released during a break in the hearing, called": an aside closes
			}
		}
	}
	p := a.lower(n)
	if a.d.Tokens[n].Kind != Word || a.has(n, capWord|inSpeakerPronouns|inAdverbials) || auxiliaries[p] || strings.HasSuffix(p, "s") && n == t-1 {
		return false
	}
	if _, speaks := speakerNouns[p]; speaks {
		return false // `the band leader called "It's Our Time"`
	}
	return a.d.Tokens[t+1].Kind == Mark || a.has(t+1, capWord)
}

// announcesQuote reports whether a comma, a colon or a quotation mark
// follows within a few words after token t, before end: "put it, "…"",
// "put it in a statement: "…"".
func (a *attributor) announcesQuote(t, end int) bool {
	for u := t; u < end && u < t+6; u++ {
		if w := a.tok(u); w == "," || w == ":" || a.d.Tokens[u].Kind == Mark {
			return true
		}
	}
	return t >= end
}

// intentContext reports whether token t is a verb of intent followed by an
// infinitive, with a name or a pronoun before it: "Clinton wants to …".
func (a *attributor) intentContext(t, end int, info cueInfo) bool {
	if !intentLemmas[info.lemma] || t+2 >= end || a.lower(t+1) != "to" || t == 0 {
		return false
	}
	p := t - 1
	for p > 0 && a.has(p, inAdverbials) {
		p--
	}
	if a.has(p, inSpeakerPronouns) && a.lower(p) != "it" {
		return true
	}
	return a.entAt[p] >= 0 && a.d.Entities[a.entAt[p]].End == a.d.Tokens[p].End && a.d.Entities[a.entAt[p]].Kind != Place
}

// isSpeechCue reports whether the cue at token t is a verb of saying
// ("said", "urged") rather than one that only reports ("showed", "believes").
func (a *attributor) isSpeechCue(t int) bool {
	return a.has(t, inCuePhrases|speechCue)
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
		// "testified Tuesday that", "testified on Monday that": the day
		// the words were said stands between the verb and its "that"
		u := t + 1
		if a.lower(u) == "on" && u+1 < end {
			u++
		}
		if a.isDateAt(u) {
			if v := a.afterDate(u, end); v < end && a.lower(v) == "that" {
				return true
			}
		}
	}
	if t == 0 {
		return false
	}
	p := t - 1
	for p > 0 && a.has(p, inAdverbials) {
		p--
	}
	if k, ok := speakerPronouns[a.lower(p)]; ok && k != SpeakerOrganization {
		return true // "He states": after a personal pronoun, a verb
	}
	if share >= 0.05 && a.tok(p) == "," {
		// "Meg Whitman, who runs a company, labeled": a name, then its appositive
		if m, ok := a.clauseSubject(p, max(0, p-reach)); ok && a.entAt[a.tokenAfter(m.Start)] >= 0 {
			return true
		}
	}
	if share >= 0.05 && a.pluralSubject(p) && t+1 < end && a.opensClause(t+1) {
		return true // "Economists believe this provides …", "officials think Beijing has …"
	}
	if share >= 0.05 && (t+1 >= end || a.tok(t+1) == ".") && a.paperBefore(p) {
		return true // "…, figures obtained by this newspaper show."
	}
	if (t+1 >= end || a.tok(t+1) == ".") && p >= 2 && (a.tok(p-2) == "," || a.d.Tokens[p-2].Kind == Mark && a.lower(p-1) == "one") && trailingDeterminers[a.lower(p-1)] && a.lower(t) != "read" && a.lower(t) != "reads" &&
		(a.pluralSubject(p) || a.has(p, inSpeakerNouns)) {
		// "…, the authors report.", "“Drop the knife!” one officer shouts.":
		// a speaker, then the verb that ends the sentence (after a quotation
		// "one" only: "“…,” the statement read." is the body's that issued
		// it, as the sieves after this one find, and "the" there cost
		// PolNeAR train speakers)
		return true
	}
	if share < 0.12 {
		return false
	}
	return a.entAt[p] >= 0 && a.d.Entities[a.entAt[p]].End == a.d.Tokens[p].End
}

// habitWords say, before "to" and a verb of saying, that the words were said
// often: "“A street is only alive …,” he used to say".
var habitWords = wordSet(`used liked likes loved loves`)

// trailingDeterminers open a speaker's noun set after a quotation or a
// comma, before the verb that ends the sentence (strongCueContext).
var trailingDeterminers = wordSet(`the one a an`)

// paperBefore reports whether token p ends a phrase naming papers that can
// show something: "figures", "documents seen by Reuters", "figures obtained
// by this newspaper".
func (a *attributor) paperBefore(p int) bool {
	for u := p; u >= 0 && u > p-7; u-- {
		if papers[a.lower(u)] {
			return u == p || sourceParticiples[a.lower(u+1)]
		}
		if a.d.Tokens[u].Kind != Word {
			return false
		}
	}
	return false
}

// pluralSubject reports whether token p is a plural common noun that can
// be the subject of a verb of belief: "economists", "officials", "polls";
// "Police" opening a sentence too.
func (a *attributor) pluralSubject(p int) bool {
	if a.d.Tokens[p].Kind != Word || a.has(p, inPhraseStops) || a.has(p, capWord) && !a.sentenceInitial(p) {
		return false
	}
	if a.cueVerb(p) {
		return false // "reports" is a verb unless a determiner makes it a noun: "the reports"
	}
	w := a.lower(p)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i' || w == "police" && a.sentenceInitial(p)
}

// opensClause reports whether token u can open a clause's subject: a
// determiner, a subject pronoun, a name or a number.
func (a *attributor) opensClause(u int) bool {
	switch a.d.Tokens[u].Kind {
	case Number:
		return true
	case Word:
		if _, ok := speakerPronouns[a.lower(u)]; ok {
			return true
		}
		return a.has(u, inDeterminers|capWord)
	}
	return false
}

// inHeadline reports whether token t lies in a headline: a sentence most of
// whose words start with a capital ("Obama Says Museum Will Tell …").
func (a *attributor) inHeadline(t int) bool {
	first, last := a.sentenceBounds(t)
	words, caps := 0, 0
	for u := first; u < last && u < first+reach; u++ {
		if a.d.Tokens[u].Kind != Word || a.has(u, inTitleSmallWords) {
			continue
		}
		words++
		if a.has(u, capWord) {
			caps++
		}
	}
	return words >= 3 && caps*5 >= words*4
}

// sentenceInitial reports whether token t opens its sentence.
func (a *attributor) sentenceInitial(t int) bool {
	first, _ := a.sentenceBounds(t)
	return t == first
}

// The word lists of this file's rules, each built at start-up from its
// entry in attributeLists (see wordSets).
var firmNouns, determiners, attributiveBefore, phraseOnlyHeads, papers, textNouns map[string]bool

var attributeLists = wordSets{
	// textNouns are written texts that may say something, as a participle
	// after them tells: "a resolution calling for a ceasefire".
	{&textNouns, `language wording text resolution motion petition platform proposal plan`},
	// firmNouns name a business: "the carrier said", "the consumer goods group
	// announced". Like "the company", they stand for the firm the sentence
	// opens with or, else, the last firm named. "group" does so only with a
	// word that says what kind ("the consumer goods group"): alone it may be a
	// group of people.
	{&firmNouns, `company firm airline carrier retailer lender insurer carmaker automaker maker manufacturer
		broadcaster publisher supermarket group brokerage consultancy utility`},
	// determiners open a common-noun speaker phrase.
	{&determiners, `the a an another one two three several some many most other his her its their our my your
		both all these those this that each every no senior top u.s. federal local state`},
	// attributiveBefore stand before a participle in -ed that describes the
	// noun after it: "the number of confirmed measles cases".
	{&attributiveBefore, `the a an of his her its their our my your`},
	// phraseOnlyHeads open cue phrases but are no reporting verbs alone:
	// "according to", "quoted as saying", "put it", "went on".
	{&phraseOnlyHeads, `according quoted put puts went goes gave gives accepted accepts submitted submits directed`},
	// papers are what a text says shows something: "figures show", "data show".
	{&papers, `figures data documents records polls studies surveys statistics numbers`},
}
