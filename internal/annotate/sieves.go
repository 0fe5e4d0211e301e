package annotate

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// The speaker sieves, most precise first. Each reads the words around a
// passage still without a speaker and, when it finds one, records its own
// name on the quote (Quote.Sieve), so errors can be traced to a rule.

// speechNouns name something said or written; before a colon or comma they
// introduce a quotation: "left this farewell:", "issued a statement:".
var speechNouns = wordSet(`farewell statement message remarks words letter note tweet post answer reply response warning advice quip joke plea promise pledge vow appeal comment comments explanation retort speech verdict email`)

// headAndTail runs the sieves that read the words right around each passage.
func (a *attributor) headAndTail() {
	for i := range a.passages {
		p := &a.passages[i]
		q := &a.quotes[i]
		q.Kind = a.kindOf(i)
		if p.Close >= 0 && a.tail(i, q) {
			continue
		}
		if a.head(i, q) || a.naming(i, q) || a.interviewLabel(i, q) {
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
	// the next passage's opening mark, unless it holds a name or term the
	// sentence goes on through: `"…," Bill Eastland, wearing "Ted Cruz"
	// campaign pins, said`
	for j := i + 1; j < len(a.passages) && a.passages[j].Open < last; j++ {
		if q := a.passages[j]; q.Close < 0 || q.Close >= last || !a.isTerm(q) {
			return q.Open
		}
	}
	return last
}

// pastVerb reports whether token u is a lower-case verb in the simple past:
// a word in -ed ("barked", "quipped").
func (a *attributor) pastVerb(u int) bool {
	if u >= len(a.d.Tokens) || a.d.Tokens[u].Kind != Word || a.has(u, capWord) {
		return false
	}
	w := a.lower(u)
	return len(w) > 4 && strings.HasSuffix(w, "ed")
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
	if prev == "," && a.startsLower(p) && (a.asideBefore(p.Open-1, first) || a.namingIn(first, p.Open) || p.Close >= 0 && a.tok(p.Close+1) == ".") {
		// "She was also, as one bandleader put it, “the only person …”":
		// the narrator's sentence goes on; "Halvorsen called a sloppy third
		// quarter, in which …, "a wake-up call we probably needed."": what
		// the thing named was called; "…, followed by Stage 2 during the
		// day, "until further notice".": a fragment the sentence ends on
		return Partial
	}
	switch prev {
	case ":", ",", "—", "–", "-", "(", "--":
		return Direct
	}
	if c, ok := cueAt(prev); ok && c.speech && !a.startsLower(p) {
		return Direct
	}
	if a.d.Tokens[p.Open-1].Kind == Mark && !a.pluralPossessive(p.Open-1) {
		return Direct
	}
	return Partial
}

// namingIn reports whether a verb that names ("called", "dubbed") stands
// in tokens [from, to), outside quotation marks.
func (a *attributor) namingIn(from, to int) bool {
	for u := from; u < to; u++ {
		if namingVerbs[a.lower(u)] && !a.inPassage[u] {
			return true
		}
	}
	return false
}

// asideBefore reports whether the comma at token c closes an attribution
// set off by a comma of its own in the narrator's sentence: ", as one
// bandleader put it,", "That comparison was, she admits,".
func (a *attributor) asideBefore(c, first int) bool {
	for u := c - 1; u > first && u > c-10; u-- {
		if a.tok(u) == "," {
			return a.lower(u+1) == "as" || c-u <= 3 && a.has(u+1, inSpeakerPronouns) && a.isCueToken(c-1) && a.hasWords(first, u)
		}
	}
	return false
}

// pluralPossessive reports whether the mark at token u is the apostrophe of
// a plural possessive, glued to a word in -s: "his players' "unbelievable
// spirit"".
func (a *attributor) pluralPossessive(u int) bool {
	t := a.d.Tokens
	r, _ := utf8.DecodeRuneInString(a.tok(u))
	return u > 0 && isApostrophe(r) && t[u-1].Kind == Word && t[u-1].End == t[u].Start &&
		strings.HasSuffix(a.lower(u-1), "s")
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

// headlineQuote reports whether passage i opens a headline: the first
// paragraph of the text, short and without a final full stop.
func (a *attributor) headlineQuote(i int) bool {
	if len(a.d.Paragraphs) < 2 {
		return false
	}
	head := a.d.Paragraphs[0]
	open := a.d.Tokens[a.passages[i].Open]
	if open.Start != head.Start {
		return false
	}
	line := strings.TrimSpace(head.Of(a.d.Text))
	return len(line) < 160 && !strings.HasSuffix(line, ".")
}

// personNamed reports whether tokens [t, u) are a person's name, whole:
// "Nadia Hussain" in `'I never planned to be a chef': Nadia Hussain on her
// first restaurant`.
func (a *attributor) personNamed(t, u int) bool {
	e := a.entAt[t]
	return e >= 0 && a.d.Entities[e].Kind == Person && a.d.Entities[e].Start == a.d.Tokens[t].Start && a.d.Entities[e].End == a.d.Tokens[u-1].End
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
	k = a.skipBrackets(k, end, 24) // a translation: `"Salamat sa Diyos," (Thank God) she said`
	if k >= end {
		return false
	}
	if q.Kind == Partial && !comma && !a.endsSentence(p) { // endsSentence: a comma inside counts
		return false // a fragment running on into the sentence: `"unmistakably" suggests that …`
	}
	if isDash(a.tok(k)) {
		return a.dash(i, q, k+1)
	}
	if !comma && a.tok(k) == ":" && a.headlineQuote(i) {
		// `'We cannot build our way out of this': housing minister on the rent crisis`
		u := k + 1
		for u < end && a.d.Tokens[u].Kind == Word && !headlineJoiners[a.lower(u)] && u < k+6 {
			u++
		}
		if e := a.entAt[k+1]; u > k+1 && e >= 0 && a.d.Entities[e].Kind == Person && a.d.Entities[e].Start == a.d.Tokens[k+1].Start && a.d.Entities[e].End < a.d.Tokens[u-1].End {
			u = a.tokenAfter(a.d.Entities[e].End) // "…': Nandini Choudhary Attacks Rajasthan Government": the name, not its verb
		}
		if u > k+1 && (u == end || headlineJoiners[a.lower(u)] || a.entAt[k+1] >= 0) && (personNoun(a.d.Text[a.d.Tokens[k+1].Start:a.d.Tokens[u-1].End]) || a.personNamed(k+1, u)) {
			// a person described or named, not a clause: not "residents demand answers"
			q.Speaker = Span{a.d.Tokens[k+1].Start, a.d.Tokens[u-1].End}
			q.Sieve = "headline-colon"
			return true
		}
	}
	// "…," said Lavrov / "…," according to Lavrov
	if cue, after, ok := a.cueAt(k, end); ok {
		if m, mEnd, ok := a.speakerForward(after, end); ok && !(mEnd < end && auxiliaries[a.lower(mEnd)]) && a.lower(after) != "that" {
			// (not `"…," said the increase would benefit …`, nor `"…",
			// insisting that the government’s door …`: a clause, the cue's content)
			q.Cue, q.Speaker = cue, m
			q.Sieve = "trailing-inverted"
			if strings.HasPrefix(lower(cue.Of(a.d.Text)), "according") {
				q.Sieve = "according-to"
			}
			return true
		}
		return false
	}
	handsOver := comma || a.tok(p.Close-1) == "," || a.tok(p.Close-1) == "?" || a.tok(p.Close-1) == "!"
	// `"…," barked Trump`: after a quotation that hands over with a comma, a
	// verb in the past and a name report it, whatever the verb
	if handsOver && q.Kind == Direct && !a.titleCase(p) && a.pastVerb(k) {
		if m, _, ok := a.speakerForward(k+1, end); ok && a.isNameOrPronoun(m) {
			q.Cue, q.Speaker = a.d.Tokens[k].Span, m
			q.Sieve = "trailing-verb"
			return true
		}
	}
	// "…," Lavrov said / "…," Hugh Hill, a doctor at the clinic, said
	m, after, ok := a.speakerForward(k, end)
	if !ok {
		return false
	}
	if ap := a.skipAppositive(after, end); ap > after {
		if p, ok := a.nameInApposition(after, ap); ok && !a.endsInName(m) {
			m = p // `"…", the minister, Olivier Dussopt, told`: the name
		}
		after = ap
		// after a quotation, a second phrase before the cue: "Scott Pruitt, the attorney
		// general of Oklahoma, one of the states suing, said", "Tom Ashdown,
		// a fund manager at Redmere Capital, which holds about 3% of Calder,
		// told Reuters"
		if _, _, ok := a.cueAt(after, end); !ok && q.Kind == Direct {
			if second := a.skipAppositive(after-1, end); second > after {
				if _, _, ok := a.cueAt(second, end); ok {
					after = second
				}
			}
		}
	}
	for after < end && a.has(after, inAdverbials) && a.lower(after) != "told" {
		after++
	}
	if after+1 < end && habitWords[a.lower(after)] && a.lower(after+1) == "to" {
		after += 2 // `"…," he used to say`
	}
	if cue, cueEnd, ok := a.cueAt(after, end); ok {
		if (a.sentOf[k] != a.sentOf[p.Close] || q.Kind == Partial && (!a.endsSentence(p) || a.titleCase(p))) && !a.closesSentence(cueEnd) {
			// the next sentence reports speech of its own; or the passage is
			// a fragment of an opening phrase ("On Fox's "Sunday Show," Pence said …")
			return false
		}
		if q.Kind == Partial && a.tok(p.Close-1) == "." {
			return false // a fragment that ends its sentence: `had "walked away." Its head said …`
		}
		q.Cue, q.Speaker = cue, m
		q.Sieve = "trailing-cue"
		return true
	}
	if handsOver && q.Kind == Direct && !a.titleCase(p) && after == a.skipAppositive(after, end) && a.pastVerb(after) && a.isNameOrPronoun(m) && a.sentOf[k] == a.sentOf[p.Close] {
		q.Cue, q.Speaker = a.d.Tokens[after].Span, m // `"Go back to Univision," Trump barked`
		q.Sieve = "trailing-verb"
		return true
	}
	return false
}

// postedSource reports whether the cue at token c tells what was done to a
// paper just named: "said in a statement posted on Facebook that …", "said
// in a video posted on the company's website", where the statement was
// posted and the speaker said.
func (a *attributor) postedSource(c, first int) bool {
	if !sourceParticiples[a.lower(c)] || c-1 <= first || a.d.Tokens[c-1].Kind != Word || a.has(c-1, capWord|inSpeakerPronouns) {
		return false
	}
	// a noun, just named after a preposition: "in a statement posted", "in a video posted"
	return a.has(c-1, inSpeakerNouns) || cuePrepositions[a.lower(c-2)] || c-3 > first && cuePrepositions[a.lower(c-3)]
}

// nameInApposition returns the person named by the appositive in tokens
// [from, to), a comma and the name, titles before it allowed: ", Olivier
// Dussopt,", ", Cllr John Taylor,".
func (a *attributor) nameInApposition(from, to int) (Span, bool) {
	if from >= to || a.tok(from) != "," {
		return Span{}, false
	}
	v := a.skipTitles(from+1, to, inTitleWords)
	if e := a.entAt[v]; v < to && e >= 0 && a.d.Entities[e].Kind == Person && a.d.Entities[e].Start == a.d.Tokens[v].Start {
		return a.d.Entities[e].Span, true
	}
	return Span{}, false
}

func isDash(s string) bool { return s == "—" || s == "–" || s == "-" || s == "--" || s == "―" }

// dash attributes `"…" — Commissioner Jane Doe` at the end of a paragraph,
// also with where it was written after a comma (", on X", ", in a post on
// Facebook").
func (a *attributor) dash(i int, q *Quote, k int) bool {
	pend := a.paragraphEnd(a.passages[i].Close)
	m, after, ok := a.speakerForward(k, pend)
	if !ok {
		return false
	}
	after = a.skipAppositive(after, pend)
	if after+1 < pend && a.tok(after) == "," && (a.lower(after+1) == "on" || a.lower(after+1) == "in" || a.lower(after+1) == "via") && pend-after <= 7 {
		after = pend // where it was written, to the paragraph's end: "— Dr Sarah Lindqvist, on X"
	}
	if after < pend && after+1 < pend {
		return false // more follows: not a byline-style attribution
	}
	q.Speaker = m
	q.Sieve = "dash"
	return true
}

// skipAppositive skips ", a doctor at the clinic," after a name: it
// returns where what follows starts (t when no such phrase is there).
func (a *attributor) skipAppositive(t, end int) int {
	if t >= end || a.tok(t) != "," {
		return t
	}
	for u := t + 1; u < end && u < t+24; u++ {
		if a.d.Tokens[u].Kind == Mark && a.inPassage[u] {
			// a quotation; a mark outside every passage is an apostrophe
			// ("Sanders’ campaign"), and a name or term of a few words in
			// marks stays inside the phrase ("whose command of the books
			// has earned him the nickname "the Auditor" around the house,")
			if p, ok := a.passageOpening(u); ok && p.Close < end && a.isTerm(p) {
				u = p.Close
				continue
			}
			return t
		}
		if a.tok(u) == "," {
			return u + 1
		}
	}
	return t
}

// passageFrom returns the index of the first passage that opens at or
// after token u (len(a.passages) when none does).
func (a *attributor) passageFrom(u int) int {
	return sort.Search(len(a.passages), func(i int) bool { return a.passages[i].Open >= u })
}

// passageOpening returns the passage whose opening mark is token u.
func (a *attributor) passageOpening(u int) (passage, bool) {
	i := a.passageFrom(u)
	if i < len(a.passages) && a.passages[i].Open == u {
		return a.passages[i], true
	}
	return passage{}, false
}

// termAt reports whether token u closes a passage that isTerm, and
// returns its opening mark's index.
func (a *attributor) termAt(u int) (int, bool) {
	if a.d.Tokens[u].Kind != Mark {
		return 0, false // (most tokens: no search)
	}
	i := a.passageFrom(u) - 1 // the last passage opening before its closing mark
	if i < 0 || a.passages[i].Close != u || !a.isTerm(a.passages[i]) {
		return 0, false
	}
	return a.passages[i].Open, true
}

// isTerm reports whether passage p, closed, holds four words at most set
// in running words, a word before its opening mark and after its closing
// one (`earned him the nickname "the Auditor" around the house`): a name
// or term the sentence goes on through.
func (a *attributor) isTerm(p passage) bool {
	return p.Close > p.Open && p.Close-p.Open <= 5 && p.Open > 0 && p.Close+1 < len(a.d.Tokens) &&
		a.d.Tokens[p.Open-1].Kind == Word && a.d.Tokens[p.Close+1].Kind == Word
}

// head tries the sieves that read before the opening mark:
// `Lavrov said: "…"`, `He added, "…"`, `Lavrov: "…"`.
func (a *attributor) head(i int, q *Quote) bool {
	p := a.passages[i]
	if _, last := a.sentenceBounds(p.Open); q.Kind == Partial && a.sayingTail(p, last, q) {
		return true // a fragment in a sentence that closes on who said it
	}
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
			if a.postedSource(c, first) {
				continue
			}
			if m, ok := a.subjectOf(c, first); ok {
				if w, ok := a.writerRead(c, p.Open); ok {
					// "Janet Pruitt read aloud an email from Carol Espinoza: "…"":
					// the words are the writer's, not the reader's
					q.Cue, q.Speaker = cue, w
					q.Sieve = "leading-cue"
					return true
				}
				if c == j && namingVerbs[a.lower(c)] && !a.personalSubject(m) {
					return false // `a play called "Los Hijos"`: a participle after a noun names
				}
				if p, whole := a.subjectPhrase(first, c); whole && a.afterPreposition(m) {
					m = p // "The family of a British aid worker held hostage … in Mali said": not Mali
				}
				q.Cue, q.Speaker = a.outerSpeaker(cue, m, first)
				q.Sieve = "leading-cue"
				return true
			}
		}
	}
	// `Jobs left this farewell, "…"`: a noun of speech, its sentence's subject the speaker
	if (punct == ":" || punct == ",") && speechNouns[a.lower(j)] {
		if m, ok := a.sentenceSubject(first, j); ok {
			q.Speaker = m
			q.Sieve = "speech-noun"
			return true
		}
	}
	// `Said Ellis: "…"`: an inverted cue opening the sentence
	if (punct == ":" || punct == ",") && j > first {
		if cue, after, ok := a.cueAt(first, j+1); ok {
			// `Said Dorothy Poynter, who grew up with Ali, "…"`: an appositive may follow
			if m, end, ok := a.speakerForward(after, j+1); ok && (end == j+1 || punct == "," && a.skipAppositive(end, j+2) == j+2) {
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
		// `… - Jeffrey M. Jones: "…"`, `More from Jones: "…"`: a name after a
		// dash or "from" introduces the words after its colon
		if m, ok := a.speakerBackward(j, first); ok && a.isNameOrPronoun(m) {
			if b := a.tokenAfter(m.Start) - 1; b >= first && (isDash(a.tok(b)) || a.lower(b) == "from") {
				q.Speaker = m
				q.Sieve = "colon"
				return true
			}
		}
		// `He returned to his familiar lines: "…"`: the sentence's subject
		// announces the words after its colon
		if p.Close >= 0 && a.endsSentence(p) {
			from := first
			if subjectOpeners[a.lower(first)] && a.lower(first) != "as" { // not "As for Ban, he …"
				// "When the Prime Minister did not give a figure, he shot
				// back:": the subject after the opening clause
				for u := first + 2; u < j && u < first+reach; u++ {
					if a.tok(u) == "," {
						from = u + 1
						break
					}
				}
			}
			if o, ok := a.speechOwner(first, j); ok {
				q.Speaker = o
				q.Sieve = "colon-sentence"
				return true
			}
			for c := first; c < j; c++ {
				if w, ok := a.writerRead(c, j+1); ok {
					q.Cue, q.Speaker = a.d.Tokens[c].Span, w // "… read aloud an email from Carol Espinoza, who …:"
					q.Sieve = "colon-sentence"
					return true
				}
			}
			for u := from + 2; u < j && u < from+reach; u++ {
				if a.tok(u) == "," && (a.lower(u+1) == "was" || a.lower(u+1) == "is") {
					// "One of the organisers, Priya Dunmore, whose …, was blunt:":
					// the subject before the verb, past its asides
					if m, ok := a.clauseSubject(u, from); ok && a.endsInName(m) {
						q.Speaker = m
						q.Sieve = "colon-sentence"
						return true
					}
					break
				}
			}
			if m, ok := a.sentenceSubject(from, j); ok && (a.tokenAfter(m.Start) < from+4 || (a.tok(a.tokenAfter(m.Start)-1) == "," || a.has(a.tokenAfter(m.Start)-1, inTitleWords)) && a.isNameOrPronoun(m)) {
				// (also after an opening phrase: "On the pitch, which had
				// yielded 713 runs, he was blunt:", and after a body and a
				// title: "Kenya Red Cross Society Secretary-General Dr Lucy
				// Wambui Kariuki put it bluntly:")
				q.Speaker = m
				q.Sieve = "colon-sentence"
				return true
			}
		}
	}
	return false
}

// writerRead returns the writer named after a "read" at token c, before
// token end: "read aloud an email from Carol Espinoza", "read a statement
// by the family".
func (a *attributor) writerRead(c, end int) (Span, bool) {
	if info, _ := cueAt(a.tok(c)); info.lemma != "read" {
		return Span{}, false
	}
	for u := c + 1; u+2 < end && u < c+5; u++ {
		if !speechNouns[a.lower(u)] || a.lower(u+1) != "from" && a.lower(u+1) != "by" {
			continue
		}
		v := u + 2
		if a.lower(v) == "the" && v+1 < end {
			v++
		}
		if e := a.entAt[v]; e >= 0 && a.d.Entities[e].Start == a.d.Tokens[v].Start {
			return a.d.Entities[e].Span, true
		}
		stop := u + 2
		for stop < end && stop < u+10 && a.d.Tokens[stop].Kind != Punct && !a.inPassage[stop] {
			stop++
		}
		if stop == u+2 {
			return Span{}, false
		}
		return Span{a.d.Tokens[u+2].Start, a.d.Tokens[stop-1].End}, true // "the family", "the victim's family"
	}
	return Span{}, false
}

// speechOwner finds "Her message to residents was blunt" before the colon
// at j, in a clause that opens the sentence at first or follows its opening
// phrase ("At a press conference later in the day, her message …"): the
// words after the colon are the owner's, the possessive pronoun's span.
func (a *attributor) speechOwner(first, j int) (Span, bool) {
	from := first
	for u := first; u < j && u < first+reach; u++ {
		if a.tok(u) == "," {
			if _, ok := possessivePronouns[a.lower(first)]; !ok {
				from = u + 1
			}
			break
		}
	}
	if _, ok := possessivePronouns[a.lower(from)]; ok && from+1 < j && speechNouns[a.lower(from+1)] {
		return a.d.Tokens[from].Span, true
	}
	// "went to the TMO, Brent Marwick, whose verdict was clearly audible:":
	// the one whose words they are
	for u := first + 2; u+1 < j && u < first+reach; u++ {
		if a.lower(u) == "whose" && a.tok(u-1) == "," && speechNouns[a.lower(u+1)] {
			if e := a.entAt[u-2]; e >= 0 && a.d.Entities[e].Kind == Person && a.d.Entities[e].End == a.d.Tokens[u-2].End {
				return a.d.Entities[e].Span, true
			}
		}
	}
	return Span{}, false
}

// outerSpeaker returns the cue and speaker a quotation rests on when the
// speaker m found for it is a pronoun inside what someone else is reported
// to say: in `She says it underscores that Trump is "unfit"` the words are
// hers, not "it"'s; in `Clinton says she appreciated what she calls a
// "war of words"`, the attribution rests on "Clinton says". Otherwise it
// returns cue and m.
func (a *attributor) outerSpeaker(cue, m Span, first int) (Span, Span) {
	t := a.tokenAfter(m.Start)
	_, pronoun := speakerPronouns[a.lower(t)]
	pronoun = pronoun && a.d.Tokens[t].End == m.End
	if !pronoun && !a.thingNotSpeaker(m) {
		return cue, m
	}
	for c := t - 1; c >= first && c > t-reach; c-- {
		if a.inPassage[c] || !a.has(c, inCueWords) || !a.isSpeechCue(c) {
			continue
		}
		outer, _, ok := a.cueAt(c, t)
		if !ok {
			continue
		}
		if m2, ok := a.subjectOf(c, first); ok && m2.End <= outer.Start {
			if o, i := lower(m2.Of(a.d.Text)), a.lower(t); o == "he" && i == "she" || o == "she" && i == "he" {
				break // `She said he called her "a liar"`: someone else's words
			}
			return outer, m2
		}
		break
	}
	return cue, m
}

// thingNotSpeaker reports whether mention m names neither a person nor a
// body: no name, and no noun of people or bodies at its head ("the recent
// spate of shootings and protests").
func (a *attributor) thingNotSpeaker(m Span) bool {
	for u := a.tokenAfter(m.Start); u < len(a.d.Tokens) && a.d.Tokens[u].Start < m.End; u++ {
		if a.entAt[u] >= 0 || a.has(u, capWord) {
			return false
		}
	}
	head := a.tokenAfter(m.End) - 1
	return head >= 0 && !a.has(head, inSpeakerNouns) && !a.pluralSubject(head)
}

// sentenceCue attributes a passage to the nearest reporting verb earlier in
// its sentence (`Lavrov has urged … the conference "without preconditions"`),
// or to a `, he said` closing the sentence after it.
func (a *attributor) sentenceCue(i int, q *Quote) {
	p := a.passages[i]
	first, last := a.sentenceBounds(p.Open)
	if a.sayingTail(p, last, q) {
		// `The data Lindqvist observed consisted of "…" used only …, a
		// spokesperson for the company told The Verge.`: the sentence
		// closes on who said it, over a verb inside its subject
		return
	}
	for _, speech := range []bool{true, false} {
		for c := p.Open - 1; c >= first && c >= p.Open-reach; c-- {
			if a.inPassage[c] {
				continue
			}
			cue, after, ok := a.cueAt(c, p.Open)
			if !ok || a.isSpeechCue(c) != speech || a.postedSource(c, first) {
				continue
			}
			if a.lower(c) == "according" {
				// "According to Trump, he is now "the worst thing …""
				if m, _, ok := a.speakerForward(after, p.Open); ok {
					q.Cue, q.Speaker = cue, m
					q.Sieve = "according-to"
					return
				}
				continue
			}
			if m, ok := a.subjectOf(c, first); ok {
				q.Cue, q.Speaker = a.outerSpeaker(cue, m, first)
				if w, ok := a.writerRead(c, p.Open); ok {
					q.Cue, q.Speaker = cue, w // the writer of what was read out
				}
				q.Sieve = "sentence-cue"
				return
			}
		}
	}
	a.tailOf(p, last, q, false)
}

// sayingTail attributes passage p to a ", X said." or ", X told Y." that
// closes its sentence, a verb of saying itself (sayForms, "told").
func (a *attributor) sayingTail(p passage, last int, q *Quote) bool {
	return a.tailOf(p, last, q, true)
}

// tailOf attributes passage p to the `, he said.` that closes its
// sentence after it (`… "lack of understanding" of the terms, he said.`),
// only to a verb of saying itself when saying is set.
func (a *attributor) tailOf(p passage, last int, q *Quote, saying bool) bool {
	if p.Close < 0 {
		return false
	}
	for c := p.Close + 1; c < last && c < p.Close+reach; c++ {
		if a.inPassage[c] {
			break
		}
		if a.tok(c) != "," {
			continue
		}
		if a.lower(c+1) == "according" {
			// `… ‘running the show’ from a rented flat, according to Miss
			// Okonedo, sending …`: the source the sentence names
			if cue, after, ok := a.cueAt(c+1, last); ok {
				if m, _, ok := a.accordingSource(after, last); ok {
					q.Cue, q.Speaker = cue, m
					q.Sieve = "according-to"
					return true
				}
			}
			return false
		}
		m, after, ok := a.speakerForward(c+1, last)
		if !ok {
			continue
		}
		if cue, end, ok := a.cueAt(after, last); ok && a.onlyAdverbialsUntil(end, last) {
			if saying && !sayForms[a.lower(after)] && a.lower(after) != "told" {
				return false
			}
			q.Cue, q.Speaker = cue, m
			q.Sieve = "sentence-tail"
			return true
		}
	}
	return false
}

// closesSentence reports whether at most a short adverbial ("on Monday")
// follows token t to the end of its sentence, and no quotation mark.
func (a *attributor) closesSentence(t int) bool {
	if t >= len(a.d.Tokens) {
		return true
	}
	_, last := a.sentenceBounds(t - 1)
	if t < last && (a.has(t, inSpeakerPronouns) && a.lower(t) != "it" || a.lower(t) == "that") {
		return false // "said she felt relief": a clause follows, with its own subject
	}
	return a.fewWordsTo(t, last, nil) || a.wherePhraseTo(t, last)
}

// wherePhraseTo reports whether tokens [t, last) are a phrase of at most
// seven words that says where or when words were said and holds no clause
// ("said at a news conference", "said in an interview with CNN on
// Sunday"), up to a clause on the statement ("said on Thursday,
// confounding forecasts", "said, adding that …").
func (a *attributor) wherePhraseTo(t, last int) bool {
	if t+1 < last && a.tok(t) == "," && a.ingForm(t+1) && a.isCueToken(t+1) {
		return true // "…, the spokesman said, adding that …" (but "…, he said, replacing Clinton would be …" goes on)
	}
	if t < last && a.isDateAt(t) {
		t = a.afterDate(t, last) // "warned Thursday in a major study published in The Lancet"
	}
	if t >= last || !cuePrepositions[a.lower(t)] || last-t > 12 || a.ingForm(t+1) {
		return false // not "will insist on being Donald Trump": a verb's complement
	}
	words := 0
	for u := t; u < last; u++ {
		if a.tok(u) == "," && u+1 < last && a.ingForm(u+1) {
			return true // "said on Thursday, confounding forecasts": a clause on the statement
		}
		switch a.d.Tokens[u].Kind {
		case Mark:
			return false
		case Word, Number:
			if a.lower(u) == "the" && u+1 < last && a.entAt[u+1] >= 0 && a.d.Entities[a.entAt[u+1]].Start == a.d.Tokens[u+1].Start {
				continue // "The Lancet": one word with its name
			}
			if words++; words > 7 || a.lower(u) == "that" || a.has(u, inSpeakerPronouns) || a.cueVerb(u) && a.lower(u-1) == "to" {
				return false // a clause or an infinitive; "in a blog post" holds a noun
			}
			if e := a.entAt[u]; e >= 0 && a.d.Entities[e].Start == a.d.Tokens[u].Start {
				// a name counts as one word: "in a filing with the
				// Securities and Exchange Commission"
				for u+1 < last && a.entAt[u+1] == e {
					u++
				}
			}
		}
	}
	return true
}

// ingForm reports whether token u is a word ending in "-ing".
func (a *attributor) ingForm(u int) bool { return strings.HasSuffix(a.lower(u), "ing") }

// participle reports whether token u looks like an "-ing" participle, a
// word of six letters or more: "Writing", "strengthening"; not "king".
func (a *attributor) participle(u int) bool {
	w := a.lower(u)
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// fewWordsTo reports whether tokens from t on reach end, or a token where
// stop holds (when stop is not nil), past at most three words and no
// quotation mark.
func (a *attributor) fewWordsTo(t, end int, stop func(u int) bool) bool {
	words := 0
	for u := t; u < end; u++ {
		if stop != nil && stop(u) {
			return true
		}
		switch a.d.Tokens[u].Kind {
		case Word, Number:
			if words++; words > 3 {
				return false
			}
		case Mark:
			return false
		}
	}
	return stop == nil
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
// A cue joined to an earlier verb ("Scott beamed and asked") shares that
// verb's subject, the clause's.
func (a *attributor) subjectOf(c, first int) (Span, bool) {
	if c-3 >= first && a.lower(c-1) == "to" && pastParticiple(a.lower(c-2)) && a.ingForm(c) {
		// "some neighbors have taken to calling": the subject of "taken"
		if m, ok := a.speakerBackward(c-3, first); ok {
			return m, true
		}
	}
	if info, ok := cueAt(a.tok(c)); ok && info.participle {
		if m, ok := a.speakerBackward(c-1, first); ok {
			if u := a.tokenAfter(m.Start); u > first && a.lower(u-1) == "with" && (a.namesSpeaker(m) || a.d.Tokens[u].Kind == Number) {
				// "…, with researchers warning that …", "with 30 percent
				// saying …": the participle's own subject
				return m, true
			}
		}
		return a.sentenceSubject(first, c)
	}
	if c-2 > first {
		if _, ok := a.termAt(c - 1); ok && a.tok(c-2) == "," {
			// `Häberlein, whom supporters like to call “the wage hammer,”
			// said`: the comma inside the marks closes the aside
			return a.clauseSubject(c-1, first)
		}
	}
	p, back := c-1, c-1
	for p > first && a.has(p, inAdverbials) {
		p--
	}
	if p > first && dayParts[a.lower(p)] && a.dateEndingAt(p-1) >= 0 {
		p-- // "on Thursday evening"
	}
	if d := a.dateEndingAt(p); d > first {
		// "RNC spokesman Sean Spicer on Thursday evening said"
		p = d - 1
		if p > first && (a.lower(p) == "on" || a.lower(p) == "in" || a.lower(p) == "at") {
			p--
		}
		if a.verbLike(p, first) && p-1 > first {
			p-- // "A Des Moines Register poll released Saturday found"
		} else if a.inPhrase(p) && !a.has(p, capWord) {
			return Span{}, false // "the deal signed in May said": no speaker before the date
		}
		back = p
	}
	if m, ok := a.quantitySubject(p, first); ok {
		return m, true
	}
	if p == a.afterDateline(first, p+1) && indefiniteSpeakers[a.lower(p)] {
		return a.d.Tokens[p].Span, true // `One wrote: "…"`: one of those just named
	}
	if p > first && (a.lower(p) == "and" || a.lower(p) == "but" || a.tok(p) == "," && a.lower(p+1) == "then") {
		// "Carson admitted …, but said …", "…, then says …"; after an
		// opening phrase a described subject counts: "Accepting the honour,
		// the 78-year-old thanked her late husband, director Paul Hale, and joked"
		if m, ok := a.describedAfterOpening(a.afterDateline(first, p), p); ok {
			return m, true
		}
		if s, _ := a.sentenceBounds(p); s < first && a.d.Tokens[first-1].Kind == Mark && a.tok(p-1) == "," {
			// `… she expected a “tough fight” in talks with EU governments,
			// but insisted …`: the sentence's subject, before the quotation
			if m, ok := a.sentenceSubject(s, p); ok {
				return m, true
			}
		}
		return a.sentenceSubject(first, p)
	}
	if r := a.relativeBefore(p, first); r > first {
		// "Experts who were not involved in the research cautioned": the
		// people before the relative clause, not "the research" (but "Allan
		// Lichtman, a professor at American University who …, said" is the
		// name's: other sieves read the comma)
		if m, ok := a.speakerBackward(r-1, first); ok && !a.commaIn(first, r) {
			return m, true
		}
	}
	m, ok := a.speakerBackward(back, first)
	if u := a.tokenAfter(m.Start); ok && u-2 > first && a.lower(u-1) == "by" && pastParticiple(a.lower(u-2)) {
		// "Economists polled by Reuters had forecast": the economists
		if g, ok := a.speakerBackward(u-3, first); ok {
			return g, true
		}
	}
	if ok && p > first && a.tok(p) == "," && m.End == a.d.Tokens[p-1].End && !a.commaIn(first, p) {
		// "The plan, first proposed in 2019, will …": a participle set off
		// after its noun ("A lawyer, David Schulz, said" closes an aside)
		return Span{}, false
	}
	return m, ok
}

// pastParticiple reports whether w, lower-cased, reads as a past
// participle: "polled", "surveyed", "quoted", "hired", "chosen".
func pastParticiple(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en"))
}

// relativeBefore returns the index of the "who" that opens a relative
// clause ending at token p, a verb's subject before it and no comma
// between ("Experts who were not involved in the research"), or -1.
func (a *attributor) relativeBefore(p, first int) int {
	for r := p - 1; r > first && r > p-12; r-- {
		if a.tok(r) == "," || a.inPassage[r] || a.isCueToken(r) {
			return -1
		}
		if a.lower(r) == "who" && !a.acronymName(r) {
			if a.d.Tokens[r-1].Kind != Word || !auxiliaries[a.lower(r+1)] {
				return -1 // "who were …", "who have …": a clause of its own
			}
			return r
		}
	}
	return -1
}

// commaIn reports whether tokens [from, to) hold a comma outside quotations.
func (a *attributor) commaIn(from, to int) bool {
	for t := from; t < to; t++ {
		if a.tok(t) == "," && !a.inPassage[t] {
			return true
		}
	}
	return false
}

// dateEndingAt returns the first token of the date expression whose last
// token is t, or -1.
func (a *attributor) dateEndingAt(t int) int {
	if t < 0 || t >= len(a.d.Tokens) {
		return -1
	}
	end := a.d.Tokens[t].End
	dates := a.d.Dates
	i := sort.Search(len(dates), func(i int) bool { return dates[i].End >= end })
	if i == len(dates) || dates[i].End != end {
		return -1
	}
	u := t
	for u > 0 && a.d.Tokens[u-1].Start >= dates[i].Start {
		u--
	}
	return u
}

// quantitySubject returns a share of a group that stands as the subject of
// a cue whose subject phrase ends at token t: "Two in three", "Some 56
// percent of Cuban-Americans polled", "all but two".
func (a *attributor) quantitySubject(t, first int) (Span, bool) {
	hasQuantity := false
	lo := t
scan:
	for u := t; u >= first && u > t-8; u-- {
		w := a.lower(u)
		switch {
		case a.d.Tokens[u].Kind == Number || quantityWords[w]:
			hasQuantity = true
		case quantityJoiners[w]:
		case a.d.Tokens[u].Kind == Word && !a.has(u, inPhraseStops) && !a.isCueToken(u) && !hasQuantity && u > t-3:
			// the group after "of": "of Cuban-Americans polled"
		default:
			break scan
		}
		lo = u
	}
	if !hasQuantity {
		return Span{}, false
	}
	if lo > first {
		switch a.tok(lo - 1) {
		case ",", "and", "but", "while", "And", "But", "While", ";":
		default:
			return Span{}, false // a quantity inside a longer phrase
		}
	}
	if w := a.lower(lo); a.d.Tokens[lo].Kind != Number && !quantityWords[w] && !a.has(lo, inDeterminers) && !approximators[w] {
		return Span{}, false
	}
	return Span{a.d.Tokens[lo].Start, a.d.Tokens[t].End}, true
}

// staffAfter finds a person named after an organization by a role of one to
// three words ("Brightwave spokesperson Kelly Moore", "Acme chief executive
// Jane Doe", "Senate Majority Leader Maria Delgado"), at the byte offset
// after, before token end.
func (a *attributor) staffAfter(after, end int) (Span, bool) {
	t := a.tokenAfter(after)
	k := t
	for k < end && k < t+3 && a.d.Tokens[k].Kind == Word && (a.has(k, inTitleWords) || !a.has(k, capWord) && (a.has(k, inSpeakerNouns) || a.roleLike(k) || a.has(k+1, inTitleWords))) { // "Sinn Féin housing spokeswoman Aoife Ní Riain"
		k++
	}
	if k == t || k >= end || a.entAt[k] < 0 {
		return Span{}, false
	}
	if p := a.d.Entities[a.entAt[k]]; p.Kind == Person && p.Start == a.d.Tokens[k].Start {
		return p.Span, true
	}
	return Span{}, false
}

// roleLike reports whether token k, a lower-case word, reads as a word for
// someone's job that the lists lack: "meteorologist", "reporter", "engineer".
func (a *attributor) roleLike(k int) bool {
	return !a.isCueToken(k) && roleWord(a.lower(k))
}

// roleWord reports whether w, lower-cased, is a word of six letters or more
// that ends as words for what people do end: "meteorologist", "reporter".
func roleWord(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suffix := range roleSuffixes {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// roleSuffixes end words for what people do.
var roleSuffixes = []string{"ist", "er", "or", "ian", "ant", "ent"}

// describedAfterOpening finds the subject a sentence describes after an
// opening participle phrase, before its verb: "Accepting the honour, the
// 78-year-old thanked …", "Speaking in Harlem, the senator said …".
func (a *attributor) describedAfterOpening(first, end int) (Span, bool) {
	w := a.lower(first)
	if first >= end || a.entAt[first] >= 0 || len(w) < 5 || !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return Span{}, false
	}
	for c := first + 1; c < end && c < first+8; c++ {
		if a.tok(c) != "," {
			continue
		}
		s := c + 1
		if s >= end || !a.has(s, inDeterminers) || a.entAt[s] >= 0 {
			return Span{}, false
		}
		// the phrase runs to its verb: "the 78-year-old thanked"
		hi := s + 1
		for hi < end && hi < s+8 && a.tok(hi) != "," && a.entAt[hi] < 0 && !a.verbLike(hi, s) && !a.has(hi, inCueWords) {
			hi++
		}
		if hi == s+1 || hi >= end || a.tok(hi) == "," || a.entAt[hi] >= 0 ||
			!(a.has(hi-1, inSpeakerNouns) || byAge(a.lower(hi-1))) {
			return Span{}, false
		}
		return Span{a.d.Tokens[s].Start, a.d.Tokens[hi-1].End}, true
	}
	return Span{}, false
}

// describedSubject returns the phrase that opens tokens [first, end), or
// the clause after "When" and the like, when a determiner opens it and a
// word for people or a body ends it before its verb or a comma: "When the
// chancellor stood up … and promised", "A group of 14 authors, including
// …, sued …, accusing". Names inside the sentence come after it.
func (a *attributor) describedSubject(first, end int) (Span, bool) {
	s := first
	if s < end && subjectOpeners[a.lower(s)] {
		s++
	}
	if s >= end || !a.has(s, inDeterminers) || a.entAt[s] >= 0 {
		return Span{}, false
	}
	for u := s + 1; u+1 < end && u < s+8; u++ {
		if a.tok(u) == "," || a.entAt[u] >= 0 || a.inPassage[u] || a.has(u, inCueWords|inSpeakerPronouns) || a.verbLike(u, s) ||
			auxiliaries[a.lower(u)] || pastVerbs[a.lower(u)] || a.lower(u) == "of" && !groupWords[a.lower(u-1)] {
			break // a verb, or a phrase after the head: "The notice of a certified letter"
		}
		n := u + 1
		if !a.has(u, inSpeakerNouns) && !(a.pluralSubject(u) && a.tok(n) == "," && a.lower(s+2) == "of" && groupWords[a.lower(s+1)]) {
			continue // "A group of 14 authors, including …"
		}
		// the head, then its verb or a comma: "the chancellor stood up",
		// "A federal judge on Wednesday temporarily blocked"
		if n+1 < end && cuePrepositions[a.lower(n)] && a.isDateAt(n+1) {
			n = a.afterDate(n+1, end)
		}
		for n < end && a.isAdverb(n) {
			n++
		}
		if n >= end || !(a.tok(n) == "," || a.verbLike(n, s) || auxiliaries[a.lower(n)] || pastVerbs[a.lower(n)]) {
			continue
		}
		if m, ok := a.nameInApposition(n, end); ok {
			// "A top strategist, John Weaver, tells", "One early supporter,
			// Representative Lee Zeldin, …": the name in apposition
			return m, true
		}
		for v := n; v+1 < end; v++ {
			if subordinators[a.lower(v)] && (a.has(v+1, inSpeakerPronouns) || a.entAt[v+1] >= 0 || v+2 < end && a.entAt[v+2] >= 0) {
				return Span{}, false // "The former president spoke hours after Mr. Trump … held …, mocking": a nearer subject
			}
		}
		return Span{a.d.Tokens[s].Start, a.d.Tokens[u].End}, true
	}
	return Span{}, false
}

// byAge reports whether w describes someone by age: "78-year-old".
func byAge(w string) bool { return strings.HasSuffix(w, "year-old") }

// describesBefore reports whether token t opens a phrase that describes
// what comes before its comma: a participle ("published by …", "first
// shown on …") or a relative clause ("which …").
func (a *attributor) describesBefore(t int) bool {
	if w := a.lower(t); w == "first" || w == "later" || w == "originally" || w == "recently" {
		t++
	}
	return pastParticiple(a.lower(t)) || relativeOpeners[a.lower(t)]
}

// sentenceSubject returns the first speaker-like phrase of tokens [first, end).
func (a *attributor) sentenceSubject(first, end int) (Span, bool) {
	first = a.afterDateline(first, end)
	if a.participle(first) && a.entAt[first] < 0 {
		// "Writing in The Guardian, Alexis Petridis … called": the subject
		// follows the opening phrase
		for u := first + 1; u < end && u < first+8; u++ {
			if a.tok(u) == "," {
				first = u + 1
				break
			}
		}
	}
	if (openingPrepositions[a.lower(first)] || placeAdverbs[a.lower(first)]) && a.entAt[first] < 0 {
		// "In the recording, first published by the Ellis Gazette on
		// Tuesday, Mayor Dennis Whitlock can be heard saying": the subject
		// follows the opening phrase, whatever it names
		for u := first + 2; u < end && u < first+reach; u++ {
			if a.tok(u) != "," || a.inPassage[u] || a.describesBefore(u+1) || a.entAt[u+1] >= 0 && a.d.Entities[a.entAt[u+1]].Kind == Place {
				// "…, first published by the Ellis Gazette on Tuesday, …" goes
				// on describing; "After his rally in San Jose, California the
				// GOP candidate …": a place's state
				continue
			}
			if m, ok := a.sentenceSubject(u+1, end); ok {
				return m, true
			}
			break
		}
	}
	if m, ok := a.describedSubject(first, end); ok {
		return m, true
	}
	for t := first; t < end && t < first+reach; t++ {
		if a.inPassage[t] {
			continue
		}
		if a.entAt[t] >= 0 {
			e := a.d.Entities[a.entAt[t]]
			if e.Kind == Organization && a.staffAt(t, first) && (t-2 == first || !a.has(t-3, capWord)) {
				// "Analysts at Morgan Stanley said … but warned": the analysts
				return Span{a.d.Tokens[t-2].Start, e.End}, true
			}
			if e.Kind == Organization {
				if a.holderOf(first, e.Start) {
					return Span{a.d.Tokens[first].Start, e.End}, true // "The head of the Defence Department …, telling"
				}
				if p, ok := a.staffAfter(e.End, end); ok {
					return p, true // "Brightwave spokesperson Kelly Moore": the person speaks
				}
				if n := a.tokenAfter(e.End); n+1 < end && (a.lower(n) == "'s" || a.lower(n) == "’s") && a.has(n+1, inSpeakerNouns) && !a.has(n+1, capWord) {
					// "OpenAI's board of directors said …, saying": the board
					last := n + 1
					if last+2 < end && a.lower(last+1) == "of" && a.d.Tokens[last+2].Kind == Word && !a.has(last+2, capWord) {
						last += 2
					}
					return Span{e.Start, a.d.Tokens[last].End}, true
				}
				if n := a.tokenAfter(e.End); n < end && !a.has(n, capWord) && speakerNouns[a.lower(n)] == SpeakerPerson && a.has(n, inSpeakerNouns) {
					if m, ok := a.nameInApposition(n+1, end); ok {
						return m, true // "The party's chairman, Greg Benning, …"
					}
					if m, ok := a.speakerBackward(n, first); ok {
						return m, true // "A Department for Transport spokesperson": the spokesperson speaks
					}
				}
			}
			if n := a.tokenAfter(e.End); t == first && n < end && isPossessive(a.lower(n)) {
				// "Okafor's Republican counterpart, Sen. Wade Thornbury
				// (R-Idaho), struck …": the one the owner's phrase names
				for c := n + 2; c < end && c <= n+5 && a.d.Tokens[c-1].Kind == Word; c++ {
					if a.tok(c) == "," {
						if m, ok := a.nameInApposition(c, end); ok {
							return m, true
						}
						break
					}
				}
			}
			if n := a.tokenAfter(e.End); e.Kind == Place && n < end && a.has(n, inSpeakerNouns) && !a.has(n, capWord) && speakerNouns[a.lower(n)] == SpeakerOther {
				return Span{e.Start, a.d.Tokens[n].End}, true // "Pacific leaders have opened …": the group, not the place
			}
			if e.Kind != Place || a.isSpeakerPlace(t) {
				return e.Span, true
			}
		}
		if a.has(t, inSpeakerPronouns) && a.lower(t) != "it" && a.lower(t) != "i" && a.lower(t) != "we" {
			return a.d.Tokens[t].Span, true
		}
	}
	// no name found: the noun phrase opening the sentence, when a verb follows it
	if crowdWords[a.lower(first)] {
		// "Tens of thousands of people marched …, chanting"
		hi := first + 1
		for hi < end && hi < first+8 && (a.inPhrase(hi) || a.joinsNames(hi)) && !a.verbLike(hi, first) {
			hi++
		}
		if hi > first+2 {
			return a.mention(first, hi, true)
		}
	}
	hi := first
	for hi < end && (a.inPhrase(hi) || a.joinsNames(hi)) && (hi == first || a.has(hi, capWord)) {
		hi++
	}
	if hi > first && hi < end && a.d.Tokens[hi].Kind == Word && !a.has(hi, capWord) && a.has(first, capWord) && !a.has(first, inNotNames) {
		return a.mention(first, hi, true)
	}
	if a.has(first, inDeterminers) {
		// "The departments declined …, saying": a common noun phrase, then its verb
		hi = first + 1
		for hi < end && hi < first+6 && a.inPhrase(hi) {
			hi++
		}
		if hi > first+1 && hi < end && a.d.Tokens[hi].Kind == Word && !a.has(hi, capWord) &&
			(a.has(hi-1, inSpeakerNouns) || a.pluralSubject(hi-1) || isNationality(strings.TrimSuffix(a.tok(hi-1), "s"))) {
			return a.mention(first, hi, true)
		}
	}
	return Span{}, false
}

// afterDateline returns the first token after the dateline that opens a
// sentence ("WASHINGTON, June 10 (UPI) — Clinton told …"): a dash within
// a dozen tokens with no lower-case word before it. Without one it returns
// first.
func (a *attributor) afterDateline(first, end int) int {
	for t := first; t < end && t < first+12; t++ {
		if isDash(a.tok(t)) && !a.hyphen(t) {
			if t > first {
				return t + 1
			}
			return first
		}
		if a.tok(t) == ":" && t > first && t <= first+3 && t+1 < end && a.has(t+1, capWord) && (a.placeAt(first, t) || a.has(first, allCaps) && a.has(t-1, allCaps)) {
			return t + 1 // "Mumbai: The 6.8-km extension …", "LAHORE: The Lahore High Court …"
		}
		if a.d.Tokens[t].Kind == Word && !a.has(t, capWord) || a.inPassage[t] {
			return first
		}
	}
	return first
}

// placeAt reports whether tokens [first, end) are a place's name, whole.
func (a *attributor) placeAt(first, end int) bool {
	e := a.entAt[first]
	return e >= 0 && a.d.Entities[e].Kind == Place && a.d.Entities[e].Start == a.d.Tokens[first].Start && a.d.Entities[e].End == a.d.Tokens[end-1].End
}

// hyphen reports whether the dash at token t joins the words on either
// side of it: "The 13-track record", not "LONDON - …".
func (a *attributor) hyphen(t int) bool {
	toks := a.d.Tokens
	return t > 0 && t+1 < len(toks) && toks[t-1].End == toks[t].Start && toks[t+1].Start == toks[t].End
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

// documentSubject returns the subject of the sentence of token t when a
// document's noun heads it ("the consultation document", "The report")
// and no reporting verb stands in the sentence outside quotation marks.
func (a *attributor) documentSubject(t int) (Span, bool) {
	si := a.sentOf[t]
	if si < 0 {
		return Span{}, false
	}
	s := a.d.Sentences[si]
	first := s.First
	for first < s.Last && clauseOpeners[a.lower(first)] {
		first++ // "But the consultation document …"
	}
	if first >= s.Last || !a.has(first, inDeterminers) {
		return Span{}, false
	}
	hi := first + 1
	for hi < s.Last && hi < first+5 && a.d.Tokens[hi].Kind == Word && !a.inPassage[hi] && !a.has(hi, capWord) && !a.isCueToken(hi) {
		if documentNouns[a.lower(hi)] {
			for u := s.First; u < s.Last; u++ {
				if !a.inPassage[u] && a.isCueToken(u) {
					return Span{}, false
				}
			}
			return Span{a.d.Tokens[first].Start, a.d.Tokens[hi].End}, true
		}
		hi++
	}
	return Span{}, false
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
			if m, ok := a.documentSubject(p.Open); ok && q.Kind == Partial && a.sentOf[a.passages[j].Open] != a.sentOf[p.Open] {
				// `But the consultation document lists the library among
				// "assets under review"`: the document's words
				q.Speaker, q.Sieve = m, "document"
				continue
			}
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
			if m, ok := a.statementReadBefore(p); ok {
				q.Speaker = m
				q.Sieve = "statement-read"
				continue
			}
		}
		if m, ok := a.reportedJustBefore(p, indirect); ok {
			q.Speaker = m
			q.Sieve = "previous-sentence"
			continue
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
				continue
			}
		}
		if m, ok := a.headlineSpeaker(p); ok {
			q.Speaker = m
			q.Sieve = "headline"
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
	// a headline often repeats words quoted in the story: they are the
	// speaker's there too ("'We were told it was safe': residents …").
	// A headline holds a few quotations: past maxHeadlineQuotes the
	// passages of the opening paragraphs are no headline's, and looking
	// each up in the story would make the work grow with the square of
	// the text.
	var joined []string // by passage: its words, joined once when first asked for
	asked := 0
	for i, p := range a.passages {
		if p.Paragraph > 1 || asked >= maxHeadlineQuotes {
			break
		}
		if !a.quotes[i].Speaker.IsZero() || p.Close < 0 {
			continue
		}
		asked++
		if j := a.repeatedLater(i, &joined); j >= 0 {
			a.quotes[i].Speaker, a.quotes[i].Cue = a.quotes[j].Speaker, Span{}
			a.quotes[i].Sieve = "repeated-later"
		}
	}
}

// maxHeadlineQuotes is how many unattributed passages of the opening
// paragraphs are looked up in the story (see carry).
const maxHeadlineQuotes = 8

// repeatedLater returns the first attributed passage after passage i, in a
// later paragraph, whose words hold all of passage i's (at least three of
// them), or -1. joined keeps each passage's words, joined, across calls.
func (a *attributor) repeatedLater(i int, joined *[]string) int {
	words := a.passageWords(a.passages[i])
	if len(words) < 3 {
		return -1
	}
	if *joined == nil {
		*joined = make([]string, len(a.passages))
	}
	want := " " + strings.Join(words, " ") + " "
	for j := i + 1; j < len(a.passages); j++ {
		if a.passages[j].Paragraph == a.passages[i].Paragraph || a.quotes[j].Speaker.IsZero() {
			continue
		}
		if (*joined)[j] == "" {
			(*joined)[j] = " " + strings.Join(a.passageWords(a.passages[j]), " ") + " "
		}
		if strings.Contains((*joined)[j], want) {
			return j
		}
	}
	return -1
}

// passageWords returns the lower-case words and numbers inside passage p.
func (a *attributor) passageWords(p passage) []string {
	var out []string
	for t := p.Open + 1; t < len(a.d.Tokens) && a.d.Tokens[t].End <= p.Inner.End; t++ {
		if k := a.d.Tokens[t].Kind; k == Word || k == Number {
			out = append(out, a.lower(t))
		}
	}
	return out
}

// headlineSpeaker returns who a headline quotes: the name before its colon
// ("Pence: … Trump Was 'Mocking' Clinton Camp"), else the person or
// organization it opens with, a title aside ("Obama Sees 'Personal Insult'
// if …").
func (a *attributor) headlineSpeaker(p passage) (Span, bool) {
	if p.Close < 0 || !a.inHeadline(p.Open) {
		return Span{}, false
	}
	first, _ := a.sentenceBounds(p.Open)
	if first >= p.Open {
		return Span{}, false
	}
	for c := first + 1; c < p.Open; c++ {
		if a.tok(c) == ":" {
			// "OK Gov Fallin: Trump Is 'Trying To Campaign …'": the name before the colon
			if e := a.entAt[c-1]; e >= 0 && a.d.Entities[e].Kind != Place {
				return a.d.Entities[e].Span, true
			}
			break
		}
	}
	for t := first; t < p.Open && t < first+3; t++ {
		// "Dr. Ben Carson …": the first name, after a title
		if e := a.entAt[t]; e >= 0 {
			if a.d.Entities[e].Kind == Place {
				return Span{}, false
			}
			return a.d.Entities[e].Span, true
		}
	}
	return Span{}, false
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

// statementReadBefore finds, closing the paragraph before passage p, that
// someone's statement was read out by another: "Ms Brennan’s victim
// impact statement was read to the court by Ms Kiely." The words that
// follow are the statement's owner's, the name before the possessive.
func (a *attributor) statementReadBefore(p passage) (Span, bool) {
	if p.Open == 0 {
		return Span{}, false
	}
	first, last := a.sentenceBounds(p.Open - 1)
	for u := first + 1; u < last; u++ {
		if !isPossessive(a.tok(u)) {
			continue
		}
		for k := u + 1; k < u+5 && k+2 < last; k++ {
			if speechNouns[a.lower(k)] && (a.lower(k+1) == "was" || a.lower(k+1) == "were") && a.lower(k+2) == "read" {
				if e := a.entAt[u-1]; e >= 0 && a.d.Entities[e].Kind == Person {
					return a.d.Entities[e].Span, true
				}
				return Span{}, false
			}
		}
	}
	return Span{}, false
}

// subjectAtStart returns the name or pronoun opening the sentence of a
// partial quote, when a lower-case word (its verb) follows it: `Japan
// branded North Korea an "outlaw nation"`.
func (a *attributor) subjectAtStart(p passage) (Span, bool) {
	first, _ := a.sentenceBounds(p.Open)
	if first >= p.Open {
		return Span{}, false
	}
	if a.has(first, inSpeakerPronouns) && a.lower(first) != "it" {
		if first+1 < p.Open && a.d.Tokens[first+1].Kind == Word && !a.has(first+1, capWord) {
			return a.d.Tokens[first].Span, true
		}
		return Span{}, false
	}
	e := a.entAt[first]
	if e < 0 || a.d.Entities[e].Kind == Place && !a.isSpeakerPlace(first) {
		return Span{}, false
	}
	next := a.tokenAfter(a.d.Entities[e].End)
	if next < p.Open && a.d.Tokens[next].Kind == Word && !a.has(next, capWord) && !a.has(next, inPhraseStops) {
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
		if a.quotes[j].Sieve == "naming" {
			continue // a label is its giver's alone: `call this the "expectations game" so you can do "better"`
		}
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
		if !ok || cue == q.Cue || a.postedSource(t, from+1) {
			continue // "… said in a video posted on the company's website": no one new
		}
		if m, ok := a.speakerBackward(t-1, from+1); ok && !m.Overlaps(q.Speaker) && lower(m.Of(a.d.Text)) != "who" {
			return true // ("who" stands for a name before it, in an appositive of the speaker's)
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

// reportedJustBefore returns the speaker of the reported speech in the
// sentence just before passage p, in its paragraph, when p opens a sentence
// of its own: `Perez says too many women feel guilt. "They feel like a bad
// employee and a bad mom."`
func (a *attributor) reportedJustBefore(p passage, indirect []Quote) (Span, bool) {
	first, _ := a.sentenceBounds(p.Open)
	if first != p.Open || a.opensParagraph(p) || p.Open == 0 {
		return Span{}, false
	}
	prevFirst, _ := a.sentenceBounds(p.Open - 1)
	para := a.d.Paragraphs[p.Paragraph]
	start := a.d.Tokens[prevFirst].Start
	if start < para.Start {
		return Span{}, false
	}
	k := sort.Search(len(indirect), func(k int) bool { return indirect[k].Start >= start })
	var m Span
	asked := -1
	for ; k < len(indirect) && indirect[k].End <= a.d.Tokens[p.Open].Start; k++ {
		if indirect[k].Sieve == "asked" {
			asked = indirect[k].End // whoever asked, the one asked answers
		} else if !indirect[k].Speaker.IsZero() {
			m = indirect[k].Speaker
		}
	}
	if m.IsZero() && asked >= 0 {
		// `Asked whether she would retire, Rosa laughed. "Retire to do what?"`:
		// the one asked answers
		t := sort.Search(p.Open, func(t int) bool { return a.d.Tokens[t].Start >= asked })
		if t < p.Open && a.tok(t) == "," {
			if s, _, ok := a.speakerForward(t+1, p.Open); ok && a.isNameOrPronoun(s) {
				return s, true
			}
		}
	}
	return m, !m.IsZero()
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

// The word lists of this file's rules, each built at start-up from its
// entry in sievesLists (see wordSets).
var (
	headlineJoiners, dayParts, quantityWords, quantityJoiners, approximators, groupWords map[string]bool
	subordinators, indefiniteSpeakers, pastVerbs, subjectOpeners, openingPrepositions    map[string]bool
	documentNouns                                                                        map[string]bool
)

var sievesLists = wordSets{
	// headlineJoiners end the speaker after a headline's quotation and colon:
	// "housing minister on the rent crisis", "union chief says …".
	{&headlineJoiners, `on over as after says say warns tells admits insists in at about`},
	// dayParts follow a day's name: "Thursday evening".
	{&dayParts, `morning afternoon evening night`},
	// quantityWords are the heads of the share of a group that says something
	// in a poll: "Two in three said", "56 percent of voters polled say".
	{&quantityWords, `percent per cent half third thirds quarter quarters fifth fifths majority minority most
		many some all two three four five six seven eight nine ten`},
	// quantityJoiners stand between the words of a share of a group: "two in
	// three", "some 56 percent of voters polled", "all but two".
	{&quantityJoiners, `in of but a about nearly almost just over than more those polled surveyed`},
	// approximators may open a share: "about half", "nearly 60 percent".
	{&approximators, `about nearly almost just`},
	// groupWords head a noun phrase whose people follow "of": "A group of 14
	// authors".
	{&groupWords, `group coalition number handful dozen couple pair majority team delegation`},
	// subordinators open a clause with a subject of its own inside a sentence.
	{&subordinators, `after when as while because before since although though if until whereas once`},
	// indefiniteSpeakers open a sentence as its speaker: "One wrote:", "Another
	// said".
	{&indefiniteSpeakers, `one another someone somebody`},
	// pastVerbs are irregular past tenses that end a subject's noun phrase.
	{&pastVerbs, `stood rose fell said told made took went came gave left held won lost met sent spoke wrote ran
		saw found got kept began brought bought sued beat missed topped hit cut led paid grew spent sold built`},
	// subjectOpeners open a clause before its subject: "When the chancellor …".
	{&subjectOpeners, `when after as while before once`},
	// openingPrepositions open a phrase that may stand before a sentence's
	// subject: "In the recording, …", "After the vote, …".
	{&openingPrepositions, `in at on during after before since despite under amid following`},
	// documentNouns name writings whose words a text may quote.
	{&documentNouns, `document report letter memo statement filing study survey review plan proposal bill`},
}
