package annotate

import "strings"

// This file tells speech from quoted words that only name or label: titles
// of works, terms, asides.

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
		if a.has(u, inCueWords) {
			if c := cueWords[a.lower(u)]; c.verb && c.share >= 0.3 {
				return true
			}
		}
	}
	return false
}

// afterWorkNoun reports whether one of the three tokens before token t names a work.
func (a *attributor) afterWorkNoun(t int) bool {
	if t > 0 && a.tok(t-1) == ":" {
		return false // "WSJ editorial: 'Deport Nikki Haley.'": a colon brings on what the work says
	}
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
	t = a.beforeArticle(t) // "known as the “mañanera”"
	if a.lower(t) != "as" || t == 0 {
		return false
	}
	switch a.lower(t - 1) {
	case "known", "billed", "marketed", "branded", "styled", "titled":
		return true
	case "to":
		return t >= 2 && a.lower(t-2) == "referred"
	}
	// "known in Mexico as": a short phrase of place between; "knew the
	// 6-foot-5 roofer as": the one known between
	for k := t - 1; k > 0 && k >= t-8 && (a.d.Tokens[k].Kind != Punct || a.hyphen(k)) && !a.inPassage[k]; k-- {
		switch a.lower(k) {
		case "known":
			return k >= t-6 // "known collectively in currency markets as"
		case "knew", "know", "knows":
			return true
		}
	}
	return false
}

// beforeArticle returns the token before t when t is "the" or "a", else t:
// where "known as the “…”" or "billed itself as a “…”" ends.
func (a *attributor) beforeArticle(t int) int {
	if w := a.lower(t); (w == "the" || w == "a") && t > 0 {
		return t - 1
	}
	return t
}

// selfStyled reports whether token t ends "billed itself as" (or "as
// the", "as a"): what follows is a slogan a place or a body goes by, "a
// town that has long billed itself as “the friendliest little town in the
// west”".
func (a *attributor) selfStyled(t int) bool {
	t = a.beforeArticle(t)
	return t >= 2 && a.lower(t) == "as" && reflexives[a.lower(t-1)] && styleVerbs[a.lower(t-2)]
}

// reflexives and styleVerbs make "billed itself as" (selfStyled).
var (
	reflexives = wordSet(`itself himself herself themselves`)
	styleVerbs = wordSet(`bill bills billed billing brand brands branded branding style styles styled styling market markets marketed marketing tout touts touted touting pitch pitches pitched pitching`)
)

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
// quote: a title (see namesWork; and a partial quote in title case, "Face
// the Nation", unless a cue stands just before it or a sieve read a cue right
// beside it, other than an inverted one: in `starred in "Night Train," posted
// the clip` the verb after the title has a subject of its own), a term after
// "so-called", a bracketed aside, a headline with its byline, page furniture.
// Their words no longer count as quoted for the later sieves.
func (a *attributor) dropNonSpeech() {
	for i, p := range a.passages {
		q := a.quotes[i]
		words := a.wordsIn(p)
		// in a headline every word has a capital, so the title case of a
		// partial quote there tells nothing: `Graham: Trump's 'Hateful Rhetoric' …`
		title := words <= 7 && a.titleCase(p) && q.Kind == Partial && !a.inHeadline(p.Open) && (!strongSieves[q.Sieve] || q.Sieve == "trailing-inverted") && !a.cueJustBefore(p.Open) || a.namesWork(p, words) ||
			words <= 7 && a.titleCase(p) && q.Speaker.IsZero() && a.titlesListed(p) || // "the other two titles, “Paper Moons” and “What the River Keeps,” will"
			a.namedThing(p, words) && !a.inHeadline(p.Open) && !(p.Open >= 2 && a.isCueToken(p.Open-2)) // "when the “War On Drugs” was introduced" (not "called it the …")
		// a policy's or a slogan's name after "of": "the government's
		// policy of "peace through strength""
		namedOf := a.lower(p.Open-1) == "of" && policyNouns[a.lower(p.Open-2)]
		term := p.Open > 0 && q.Sieve != "naming" && (words <= 4 && (notSpeechBefore[a.lower(p.Open-1)] || namedOf || a.knownAs(p.Open-1)) ||
			words <= 10 && (signWords[a.lower(p.Open-1)] || a.selfStyled(p.Open-1) || p.Open >= 2 && signWords[a.lower(p.Open-2)] && (a.lower(p.Open-1) == "is" || a.lower(p.Open-1) == "was") ||
				p.Open >= 2 && policyNouns[a.lower(p.Open-2)] && a.tok(p.Open-1) == ",")) // `banners reading «Nos salaires, pas vos profits»`: what a sign says is longer; "whose tagline is “…”", "the campaign’s slogan, “…”"
		// a paragraph that is only a quotation in title case, with nobody
		// beside it to say it, is a heading: 'Legend in the Coal Fields.'
		heading := q.Speaker.IsZero() && words <= 12 && a.opensParagraph(p) && p.Close >= 0 && a.paragraphEnd(p.Close) == p.Close+1 && a.titleCase(p)
		// a gloss of a name just set aside: "Formally titled “Te Wai Ora”, or
		// “water of life”, the plan …"
		// (or a translation in brackets: `read "Keine Rente auf unsere
		// Kosten" ("No pensions at our expense")`)
		gloss := i > 0 && a.dropped[i-1] && (p.Open >= 3 && a.lower(p.Open-1) == "or" && a.tok(p.Open-2) == "," && a.passages[i-1].Close == p.Open-3 ||
			p.Open >= 2 && a.tok(p.Open-1) == "(" && a.passages[i-1].Close == p.Open-2)
		if words == 0 || title || term || heading || gloss || a.namedBefore(p, words) || a.parenthetical(p) || a.bylined(p) || a.furniture(p) {
			a.dropped[i] = true
			for t := p.Open; t < len(a.inPassage) && a.d.Tokens[t].End <= p.End; t++ {
				a.inPassage[t] = false
			}
		}
	}
}

// titlesListed reports whether passage p stands in a list joined by "and"
// or "or" with another quotation, after a plural noun for works: "the
// other two titles …, “Paper Moons” and “What the River Keeps,”" (titles,
// which nobody says).
func (a *attributor) titlesListed(p passage) bool {
	if p.Close < 0 || !a.worksBefore(p.Open) {
		return false // "calling her “Miss Piggy” and “Miss Housekeeping”": names he called her
	}
	if w := a.lower(p.Close + 1); (w == "and" || w == "or") && a.d.Tokens[min(p.Close+2, len(a.d.Tokens)-1)].Kind == Mark {
		return true
	}
	w := a.lower(p.Open - 1)
	return (w == "and" || w == "or") && p.Open >= 2 && a.d.Tokens[p.Open-2].Kind == Mark
}

// worksBefore reports whether a plural noun for works stands in the few
// words before token t: "the other two titles named in the petition,".
func (a *attributor) worksBefore(t int) bool {
	for u := t - 1; u >= 0 && u >= t-16; u-- {
		w := a.lower(u)
		if worksPlural[w] {
			return true
		}
	}
	return false
}

// decide keeps the passages that are speech: every passage with a speaker,
// unattributed ones long enough to be speech rather than a scare quote or a
// nickname, and any passage within the content of reported speech, whose
// words the speaker is quoted as using (see insideReport).
func (a *attributor) decide(reported []Quote) {
	k := 0 // reported is sorted by start, and so are the passages
	for i, p := range a.passages {
		for k < len(reported) && reported[k].End <= p.Start {
			k++
		}
		words := a.wordsIn(p)
		if words == 0 || a.parenthetical(p) {
			continue
		}
		if !a.dropped[i] && !a.quotes[i].Speaker.IsZero() {
			a.keep[i] = true
			continue
		}
		if r, ok := insideReport(p, reported[k:]); ok && !a.namedBefore(p, words) && !a.namesWork(p, words) && !a.inHeadline(p.Open) && !a.namedThing(p, words) &&
			!(words <= 7 && a.titleCase(p) && a.titlesListed(p)) {
			q := &a.quotes[i]
			q.Kind, q.Speaker, q.Cue, q.Sieve = Partial, r.Speaker, r.Cue, "inside-reported"
			a.keep[i] = true
			continue
		}
		a.keep[i] = !a.dropped[i] && (words > 4 || a.endsSentence(p) && words >= 3)
	}
}

// namedBefore reports whether a word or two before the passage make it a
// name or a term even inside reported speech: "the so-called", "marketed
// as" ("said the unit, marketed as "Veer", had orders"), a body's noun
// before a name in title case ("for the charity “Home Safe Tonight”");
// after "titled", namesWork tells. A nickname stays the speaker's words
// there ("says the Ohio native nicknamed "King James" is …"), as PolNeAR
// has it.
func (a *attributor) namedBefore(p passage, words int) bool {
	if p.Open == 0 {
		return false
	}
	w := a.lower(p.Open - 1)
	return w == "so-called" || words <= 4 && a.knownAs(p.Open-1) ||
		(w == "branded" || w == "name") && a.titleCase(p) || // "a plan the district has branded "Right-Sized for Tomorrow."", "the brand name “Veloria”"
		words <= 6 && speakerNouns[w] == SpeakerOrganization && a.titleCase(p) // "for the charity “Home Safe Tonight”"
}

// namedThing reports whether the passage is a short name in title case
// after an article, as events and programmes are named: a "Commander-in-Chief
// Forum" sponsored by NBC.
func (a *attributor) namedThing(p passage, words int) bool {
	if words < 2 || words > 6 || p.Open == 0 || !a.titleCase(p) || a.endsSentence(p) {
		return false
	}
	switch a.lower(p.Open - 1) {
	case "a", "an", "the", "its", "his", "her", "their":
		return true
	}
	return false
}

// namesWork reports whether the passage is a title or a name whatever
// surrounds it: any words after "titled" or "entitled"; up to twelve
// words in title case (a subtitle included) after
// a noun of works (his book "An American Son"), opening a sentence whose next
// word is in lower case and neither a cue nor a pronoun ("Daily Show" host),
// after its owner's possessive (CNN's "New Day") or as the listener of
// "told", or one word between the parts of a name (Jesús "Chuy" García).
func (a *attributor) namesWork(p passage, words int) bool {
	if p.Open > 0 && (a.lower(p.Open-1) == "titled" || a.lower(p.Open-1) == "entitled") {
		return true // `a report titled "…"`, `Titled "…", the paper …`: whatever its length and case
	}
	if words <= 20 && p.Open >= 2 && a.tok(p.Open-1) == "," && workNouns[a.lower(p.Open-2)] && p.Close > 0 {
		// set off after its noun before the verb, whatever its case: her
		// commentary, "Melania, tell your story," is …; a 2023 paper,
		// "Flood plumes and the recovery of …", which tracked …
		n := p.Close + 1 // the word after the comma that closes the title, inside its mark or after it
		if a.tok(p.Close-1) != "," {
			if n < len(a.d.Tokens) && a.tok(n) == "," {
				n++
			} else {
				n = len(a.d.Tokens) // no comma: not set off
			}
		}
		if n < len(a.d.Tokens) && (auxiliaries[a.lower(n)] || a.lower(n) == "which") {
			return true
		}
	}
	if words > 12 || p.Open == 0 || !a.titleCase(p) {
		return false
	}
	if a.afterWorkNoun(p.Open) {
		return true
	}
	if p.Close > 0 && p.Close+1 < len(a.d.Tokens) && a.sentenceInitial(p.Open) && a.d.Tokens[p.Close-1].Kind == Word {
		if next := a.d.Tokens[p.Close+1]; next.Kind == Word && !isCapWord(a.d.Text, next) && !a.has(p.Close+1, inCueWords|inSpeakerPronouns) {
			return true // the subject of its sentence: `"Daily Show" host Trevor Noah said`
		}
	}
	switch a.lower(p.Open - 1) {
	case "'s", "’s", "told", "tells", "telling":
		return true // CNN's "New Day"; told "Fox and Friends", a listener
	case "'", "’":
		return p.Open >= 2 && strings.HasSuffix(a.lower(p.Open-2), "s")
	}
	return words == 1 && p.Close > 0 && p.Close+1 < len(a.d.Tokens) &&
		a.has(p.Open-1, capWord) && a.has(p.Close+1, capWord) && a.d.Tokens[p.Close+1].Start == a.d.Tokens[p.Close].End+1 &&
		!a.inHeadline(p.Open) // in a headline every word has a capital: "Trump Was 'Mocking' Clinton Camp"
}

// insideReport returns the reported speech whose content holds the whole
// passage p: in `Trump said he would go on "Meet the Press" again` the title
// is part of what Trump is reported to have said, and quoted as his. reported
// starts with the first quote that ends after p starts.
func insideReport(p passage, reported []Quote) (Quote, bool) {
	for _, r := range reported {
		if r.Start > p.Start {
			break
		}
		if r.Kind == Indirect && p.End <= r.End {
			return r, true
		}
	}
	return Quote{}, false
}

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
		if w := a.lower(t); w == "'s" || w == "’s" {
			continue // "America's Unwritten Constitution"
		}
		if !a.has(t, inTitleSmallWords) {
			return false
		}
	}
	return caps > 0
}

// bylined reports whether the passage is a headline followed by its
// writer, as newsletters list articles: "Museum to close its doors," by
// the Post's Ann Lee.
func (a *attributor) bylined(p passage) bool {
	c := p.Close
	if c < 0 || c+2 >= len(a.d.Tokens) || a.tok(c-1) != "," || a.lower(c+1) != "by" {
		return false
	}
	if first := a.d.Tokens[p.Open+1]; first.Kind == Word && !isCapWord(a.d.Text, first) {
		return false // `the "ugliness of his remarks," by Trump`: a phrase of the sentence
	}
	n := c + 2
	if a.lower(n) == "the" && n+1 < len(a.d.Tokens) {
		n++
	}
	return a.has(n, capWord)
}

// furniture reports whether the passage is a paragraph of page furniture
// that a scraper left in marks: a "Related:" label, or "Follow Ann Lee on
// Twitter @annlee."
func (a *attributor) furniture(p passage) bool {
	para := a.d.Paragraphs[p.Paragraph]
	if !a.opensParagraph(p) || strings.TrimSpace(a.d.Text[p.End:para.End]) != "" || p.Open+2 >= len(a.d.Tokens) {
		return false
	}
	if p.Close == p.Open+3 && a.d.Tokens[p.Open+1].Kind == Word && a.tok(p.Open+2) == ":" {
		return true // "Related:"
	}
	if a.lower(p.Open+1) != "follow" {
		return false
	}
	for t := p.Open + 2; t < len(a.d.Tokens) && a.d.Tokens[t].End <= p.End; t++ {
		if socialNetworks[a.lower(t)] || a.tok(t) == "@" {
			return true
		}
	}
	return false
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

// The word lists of this file's rules, each built at start-up from its
// entry in speechLists (see wordSets).
var notSpeechBefore, signWords, policyNouns, worksPlural, workNouns, strongSieves, titleSmallWords, socialNetworks map[string]bool

var speechLists = wordSets{
	// notSpeechBefore are words that make the quoted words after them a name or a term, not speech.
	{&notSpeechBefore, `so-called titled entitled nicknamed dubbed named slogan hashtag film movie book song album show
		series novel play programme program operation magazine column headline article essay poem
		painting exhibition game app brand label mantra motto catchphrase banner sign signs read reading
		reads marked stamped tagline tag-line`},
	// policyNouns name, with "of" after them, a policy or a creed by its
	// words: "a policy of "peace through strength"".
	{&policyNouns, `policy policies doctrine strategy slogan motto mantra principle creed`},
	// worksPlural name works of art, several, before their titles in a
	// list (titlesListed): "the other two titles, “Paper Moons” and …".
	{&worksPlural, `titles books novels films movies songs albums plays poems shows series episodes programmes programs`},
	// signWords say that the words after them are written on something:
	// a sign's or a slogan's words, which run longer than a term's.
	{&signWords, `slogan motto mantra catchphrase banner banners sign signs placard placards read reading reads
		marked stamped tagline tag-line`},
	// workNouns name works whose titles are quoted, or their makers: "his 2002
	// book, "Make Your Kid a Millionaire"", "author of "The Art of the Deal"".
	{&workNouns, `book film movie show song album series novel play column op-ed commentary editorial article essay poem memoir
		documentary episode program programme podcast report study paper speech ad advertisement
		headline title titled entitled author co-author co-editor autobiography ballad suite symphony opera musical
		sonata concerto hymn anthem track painting sculpture exhibition commercial`},
	// strongSieves read a cue right beside the passage: what they attribute is speech.
	{&strongSieves, `trailing-cue trailing-inverted according-to dash interview naming`},
	// titleWords of small words stay lower case inside a title: "Face the Nation".
	{&titleSmallWords, `a an the of and or in on at to for with by is from`},
	// socialNetworks are where a promotional line asks readers to follow a writer.
	{&socialNetworks, `twitter facebook instagram`},
}
