package annotate

import (
	"sort"
	"strings"
)

// This file finds reported speech without quotation marks:
// `Lavrov said on Monday it may be time to …`, `X accused Y of …`,
// `…, sources said.`, `According to X, …`.

// indirect returns the reported-speech quotes of the document, in order and
// without overlaps, each with its cue and speaker mention.
func (a *attributor) indirect() []Quote {
	used := make([]bool, len(a.d.Tokens)) // by token: a cue already tagging a quotation passage
	for i, q := range a.quotes {
		if !q.Cue.IsZero() && !a.dropped[i] {
			if t := tokenAt(a.d.Tokens, q.Cue.Start); t >= 0 {
				used[t] = true
			}
		}
	}
	var out []Quote
	for _, s := range a.d.Sentences {
		found := a.indirectIn(s, used)
		if q, ok := a.askedQuestion(s); ok && !overlapsAny(q.Span, found) {
			at := 0 // in order of start
			for at < len(found) && found[at].Start < q.Start {
				at++
			}
			found = append(found, Quote{})
			copy(found[at+1:], found[at:])
			found[at] = q
		}
		out = append(out, found...)
	}
	return out
}

func (a *attributor) indirectIn(s Sentence, used []bool) []Quote {
	first, last := s.First, s.Last
	for last > first && a.d.Tokens[last-1].Kind == Punct && !unitMarks[a.tok(last-1)] && !a.closesBracket(last-1, first) {
		last-- // final punctuation stays outside the content (but not "2.1%", nor "(ICPC)")
	}
	if last-first < 4 {
		return nil
	}
	// Lynch: No outside influence on FBI probe.
	if q, ok := a.colonHeadline(first, last); ok {
		return []Quote{q}
	}
	// In a CBS News poll released Monday, content.
	if q, ok := a.inSource(first, last); ok {
		return []Quote{q}
	}
	// According to X, content. (also "But according to …", "Now,
	// according to …")
	at := first
	if clauseOpeners[a.lower(at)] {
		at++
	}
	if a.tok(at) == "," {
		at++
	}
	if a.lower(at) == "according" && at+1 < last && a.lower(at+1) == "to" {
		if m, after, ok := a.accordingSource(at+2, last); ok {
			if a.postModifierRun(after, last) {
				// "According to a new report by Politico, …": the source's own words run to the comma
				for after < last && a.tok(after) != "," {
					after++
				}
			}
			if after+1 < last && a.tok(after) == "," && relativeOpeners[a.lower(after+1)] {
				// "According to the paper, which appears in Nature, …": the relative clause describes the source
				for u := after + 2; u < last && u < after+reach; u++ {
					if a.tok(u) == "," {
						after = u
						break
					}
				}
			}
			if ap := a.skipAppositive(after, last); ap > after && (a.has(after-1, inSpeakerNouns) || personHeads[a.lower(after-1)]) {
				if n, ok := a.nameInApposition(after, ap); ok && a.tokenAfter(n.End) == ap-1 {
					// "according to a statement signed by the spokesperson,
					// Mr Kelechi Eze, field officers …", "According to her
					// longtime manager, Ira Feld, she …": the role's name
					if !a.endsInName(m) && a.tokenAfter(m.End) == after {
						m = n // (but a statement signed by someone stays the statement)
					}
					after = ap - 1
				}
			}
			if after < last && a.tok(after) == "," && !a.appositiveAfter(after, last) {
				after++ // "According to a survey, 70% of adults …"
			} else {
				after = a.skipAppositive(after, last)
			}
			if after < last && a.tok(after) == "," {
				after++
			}
			if q, ok := a.indirectQuote(after, last, Span{a.d.Tokens[at].Start, a.d.Tokens[at+1].End}, m, "according-to"); ok {
				return []Quote{q}
			}
		}
	}
	// content, X said. / content, said X. / content, according to X.
	opening := a.openingCue(first, last)
	for c := last - 1; c > first+2; c-- {
		if a.tok(c) != "," || a.inPassage[c] || a.entAt[c] >= 0 {
			continue // (nor the comma inside "the Ministry of Economy, Trade and Industry")
		}
		if opening >= 0 && opening < c {
			break // "She said …, and when pressed, she declined.": the first attribution rules
		}
		if a.cityStateBased(c, last) {
			k := c - 1
			for k > first && k > c-5 && a.has(k, capWord) {
				k--
			}
			if k < c-1 && a.lower(k) == "the" {
				continue // "…, the Beaverton, Oregon-based company said", "the San Jose, California-based": the place's comma
			}
		}
		if c-3 >= first && a.d.Tokens[c-1].Kind == Number && a.tok(c-2) == "," {
			if _, ok := a.speakerBackward(c-3, first); ok {
				continue // "Passenger Dzafran Azmir, 28, said people …": the comma closes the speaker's age
			}
		}
		if e := a.entAt[c-1]; e >= 0 {
			if n := a.tokenAfter(a.d.Entities[e].Start) - 1; n > first && a.tok(n) == "," && (n <= first+4 && a.has(first, inDeterminers) || a.nounRun(first, n)) {
				// "Her neighbour, Teodoro Ccama, said two sisters …", "Mr.
				// Trump's former campaign manager, Corey Lewandowski, said
				// the staff member …": the comma closes the subject's name
				continue
			}
		}
		if cue, after, ok := a.cueAt(c+1, last); ok && !used[c+1] && !cueWords[a.lower(c+1)].audience {
			if a.lower(c+1) == "according" {
				// "…, according to a CNN tally." and "…, according to X, but …"
				if m, end, ok := a.accordingSource(after, last); ok {
					if more, ok := a.whichSaid(end, last, m); ok {
						// "…, according to the National Disaster Mitigation
						// Agency (BNPB), which said 19 people were still missing."
						return append(one(a.indirectQuote(a.skipConjunction(first, c), c, cue, m, "according-to")), more)
					}
					if a.skipAppositive(end, last) >= last || a.appositiveToEnd(end, last) ||
						a.postModifierRun(end, last) && !a.hasCue(a.pastSourceParticiple(end), last) || a.contrastAt(end, last) || a.andClauseAt(end, last) || end+1 < last && a.tok(end) == "," && timeOpeners[a.lower(end+1)] {
						// (the last: "…, according to the Nationwide, as higher mortgage rates …")
						if qs, ok := a.splitAtAside(a.skipConjunction(first, c), c, cue, m, used); ok {
							return qs
						}
						return one(a.indirectQuote(a.skipConjunction(first, c), c, cue, m, "according-to"))
					}
				}
				continue
			}
			// "…, said Lavrov." ("…, told reporters" puts the listener, not the speaker, after the cue);
			// past a verb other than "said" the phrase must read as someone
			// who speaks: "Vance, who led the town, admitted four counts"
			// has an object there
			if m, end, ok := a.speakerForward(after, last); ok && a.lower(after) != "that" && (a.skipAppositive(end, last) >= last || a.appositiveToEnd(end, last)) &&
				(sayForms[a.lower(c+1)] || a.namesSpeaker(m) && !objectVerbs[cueWords[a.lower(c+1)].lemma]) {
				return one(a.indirectQuote(a.skipConjunction(first, c), c, cue, m, "indirect-trailing"))
			}
			continue
		}
		if m, after, ok := a.speakerForward(c+1, last); ok {
			after = a.skipParenthesis(after, last) // "the Office for National Statistics (ONS) said"
			if ap := a.skipAppositive(after, last); ap > after {
				if p, ok := a.nameInApposition(after, ap); ok && !a.endsInName(m) {
					m = p // "…, the airport's general manager, Kittipong Kittikachorn, said": the name
				}
				after = ap
			}
			after = a.skipSourceParticiple(after, last)
			for after < last && a.has(after, inAdverbials) && a.lower(after) != "told" {
				after++
			}
			if cue, end, ok := a.cueAt(after, last); ok && !used[after] && !a.colonAt(end) && (a.closesSentence(end) || sayForms[a.lower(after)] && (a.closesBeforeContrast(end, last) || a.timeTail(end, last)) || a.participleTail(end, last) ||
				cueWords[a.lower(after)].audience && a.closesSentence(a.skipListener(end, last))) && (!a.objectAt(end, last) || cueWords[a.lower(after)].audience && (objectPronouns[a.lower(end)] || a.has(end+1, capWord) || a.listenerAt(end))) {
				// (the last: "…, a police source told the Evening Standard.",
				// "…, the president told her.": a listener is no object of
				// the words, but "Gary Johnson told a joke" tells one)
				if info, _ := cueAt(a.tok(after)); info.speech || info.verb {
					qs := one(a.indirectQuote(a.skipConjunction(first, c), c, cue, m, "indirect-trailing"))
					if more, ok := a.addingThat(end, last, m); ok && len(qs) == 1 {
						qs = append(qs, more) // "…, the official said, adding that smaller firms would be covered …"
					}
					return qs
				}
			}
		}
	}
	// content, X said, more content.: an attribution set in the middle
	for c := first + 1; c < last && c < first+reach; c++ {
		m, cue, end, ok := a.asideAt(c, last, used)
		if ok && !a.hasCue(first, c) {
			// the content runs on both sides of the attribution, which it holds
			start := a.skipConjunction(first, c)
			if last-start > 3*reach || last-end < 2 || a.anyQuoted(start, last) {
				continue
			}
			if aboutSpeaker[a.lower(end+1)] || narratorGoesOn[a.lower(end+1)] {
				// "…, the people said, speaking on condition of anonymity":
				// what follows tells of the speakers, and the content ends
				// before them (but "…, he said, replacing Clinton would be
				// …" goes on with the content); "…, officials said, as
				// rescuers searched …": the narrator goes on
				return []Quote{{Span: Span{a.d.Tokens[start].Start, a.d.Tokens[c-1].End}, Kind: Indirect, Cue: cue, Speaker: m, Source: -1, Sieve: "indirect-trailing"}}
			}
			return []Quote{{Span: Span{a.d.Tokens[start].Start, a.d.Tokens[last-1].End}, Kind: Indirect, Cue: cue, Speaker: m, Source: -1, Sieve: "indirect-parenthetical"}}
		}
	}
	// X said (that) content.
	return a.subjectCueQuotes(first, last, used)
}

// asideAt reports whether the comma at token c opens an attribution set
// between commas, before token last: ", the company said,", ", she
// announced on Friday,". It returns the speaker's mention, the cue and the
// closing comma. "Mr. Obama, officials said, has become …" takes any
// speaker; rarer cues than "said" a name or a pronoun.
func (a *attributor) asideAt(c, last int, used []bool) (m, cue Span, end int, ok bool) {
	if a.tok(c) != "," || a.inPassage[c] {
		return
	}
	m, after, found := a.speakerForward(c+1, last)
	if !found || after >= last {
		return
	}
	tells := cueWords[a.lower(after)].lemma == "tell"
	if !a.isNameOrPronoun(m) && !sayForms[a.lower(after)] && !tells {
		return
	}
	cue, end, found = a.cueAt(after, last)
	if found && tells {
		end = a.skipListener(end, last) // ", its chief executive told employees on Tuesday, …"
	}
	if found && end < last && cuePrepositions[a.lower(end)] {
		if e := a.skipAdjunct(end, last); e > end && e < last && a.tok(e) == "," {
			end = e // ", she announced on Friday, …"
		}
	}
	ok = found && !used[after] && a.isSpeechCue(after) && end < last && a.tok(end) == ","
	return m, cue, end, ok
}

// splitAtAside splits content [start, end) that "according to" ends when
// an attribution of its own stands between commas inside it: "Revenue rose
// 62% to $14.2 billion, the company said, against the $12.9 billion
// analysts had expected, according to LSEG data." The words before the
// aside are its speaker's; those after it, the source's the sentence ends
// with.
func (a *attributor) splitAtAside(start, end int, cue, source Span, used []bool) ([]Quote, bool) {
	for c := start + 3; c < end; c++ {
		m, asideCue, close, ok := a.asideAt(c, end, used)
		if !ok {
			continue
		}
		before, ok := a.indirectQuote(start, c, asideCue, m, "indirect-trailing")
		if !ok {
			return nil, false
		}
		rest, ok := a.indirectQuote(close+1, end, cue, source, "according-to")
		if !ok {
			return []Quote{before}, true
		}
		return []Quote{before, rest}, true
	}
	return nil, false
}

// cueNamesAct reports whether the cue at token c names a deal or an act,
// not words: "recall" taking goods back ("is recalling about 300,000
// cans"), "agree" settling a price or a deal ("have agreed a fee of £60m",
// "agrees to sell"), "add" scoring ("added 54"), "read" a thing ("read the
// paper"), "ask" not to be named, "call" an election or a strike.
func (a *attributor) cueNamesAct(c, end int) bool {
	info, _ := cueAt(a.tok(c))
	lemma := info.lemma
	switch a.lower(c) { // forms learned from data carry themselves as lemma
	case "call", "calls", "called", "calling":
		lemma = "call"
	case "issue", "issues", "issued", "issuing":
		lemma = "issue"
	case "list", "lists", "listed", "listing":
		lemma = "issue" // "listed the matter for further hearing": as a notice is issued
	case "know", "knows", "knew", "knowing":
		lemma = "know"
	case "dismiss", "dismisses", "dismissed", "dismissing":
		lemma = "dismiss"
	case "deny", "denies", "denied", "denying":
		lemma = "deny"
	}
	switch a.lower(c) {
	case "appear", "appears", "appeared", "appearing", "seem", "seems", "seemed", "seeming":
		// "appeared to back the plan", "seems that …" report a stance; "appeared
		// briefly in a film", "appeared on television" tell where one was
		u := c + 1
		for u < end && a.has(u, inAdverbials) {
			u++
		}
		return u < end && a.lower(u) != "to" && a.lower(u) != "that" && a.lower(u) != "as" && a.lower(u) != "like"
	}
	switch lemma {
	case "threaten":
		// "threatens nationwide strike", "threatened legal action": an act
		// threatened (not "threatened to strike", "threatened that …")
		return c+1 < end && a.lower(c+1) != "to" && a.lower(c+1) != "that" && a.d.Tokens[c+1].Kind == Word && !a.has(c+1, capWord)
	case "recall":
		if a.countAt(c+1, end) || countWords[a.lower(c+1)] || a.lower(c) == "recalling" && c > 0 && progressiveBe[a.lower(c-1)] {
			return true // "is recalling three of its own-brand chicken salads": goods taken back
		}
		// "voters recalled three members of the school board": removed from office
		for u := c + 1; u < end && u < c+5 && a.d.Tokens[u].Kind == Word; u++ {
			if officeHolders[a.lower(u)] {
				return true
			}
		}
		return false
	case "agree":
		// "have agreed a fee", "agreed on Thursday a €50 billion package",
		// "agrees to sell its tea business": a deal
		if c+2 < end && a.lower(c+1) == "on" && a.isDateAt(c+2) {
			c = a.afterDate(c+2, end) - 1
		}
		return c+1 < end && (a.lower(c+1) == "a" || a.lower(c+1) == "terms" || a.countAt(c+1, end) ||
			a.lower(c+1) == "to" && c+2 < end && a.d.Tokens[c+2].Kind == Word && !a.has(c+2, inDeterminers|capWord))
	case "add":
		// "Ben Stokes added 54", "added a late third": runs and goals, not words
		return a.countAt(c+1, end) || c+2 < end && (a.lower(c+1) == "a" || a.lower(c+1) == "another") && scoreWords[a.lower(c+2)]
	case "find":
		// "a man found dead", "found him guilty of murder": a state, not a finding
		for u := c + 1; u < end && u < c+4 && a.d.Tokens[u].Kind == Word && !a.isCueToken(u) && a.lower(u) != "that"; u++ {
			if foundStates[a.lower(u)] {
				return true
			}
		}
		// "Officers found five people with gunshot wounds on the sidewalk":
		// people or things come upon somewhere (but "found 60 percent of
		// voters back …" is a finding)
		if a.countAt(c+1, end) || c+1 < end && countWords[a.lower(c+1)] {
			for u := c + 1; u < end && u < c+6; u++ {
				switch a.lower(u) {
				case "with", "on", "in", "at", "inside", "outside", "near":
					return true
				case "that", "of", "percent", "per", "%":
					return false
				}
			}
		}
		// "found work accompanying singers", "found a job", "found refuge":
		// what one comes to have, not a finding
		u := c + 1
		if u < end && (a.lower(u) == "a" || a.lower(u) == "new") {
			u++
		}
		if u >= end || !foundThings[a.lower(u)] {
			return false
		}
		n := a.lower(u + 1) // the thing's phrase ends there: not "found a job market in decline"
		return u+1 >= end || a.d.Tokens[u+1].Kind != Word || strings.HasSuffix(n, "ing") || prepositions[n] || n == "as" || n == "and"
	case "post":
		// "posted a net profit of Rs 181.9 crore", "posted 31 points": a
		// result, not a post
		if a.countAt(c+1, end) {
			return true
		}
		return a.objectHolds(c, end, 4, resultWords) || a.objectHolds(c, end, 4, postedThings)
	case "seek", "issue":
		// "sought the Centre's response", "issued notice on pleas": a request
		// or a notice, no words (but "issued a warning that …")
		return a.objectHolds(c, end, 4, requestedThings)
	case "deny":
		// "denied bail", "was denied entry": a thing refused, not a denial
		return c+1 < end && deniedThings[a.lower(c+1)] || a.rulesOn(c+1, end)
	case "know":
		// "Friends knew the 6-foot-5 roofer as “Big Eli.”": a name one goes by
		for u := c + 1; u < end && u < c+9 && !a.inPassage[u]; u++ {
			if a.lower(u) == "as" {
				return u+1 < end && (a.d.Tokens[u+1].Kind == Mark || a.has(u+1, capWord))
			}
		}
		return false
	case "dismiss":
		// "dismissed a juror", "dismissed the lawsuit": a court's act
		return a.rulesOn(c+1, end)
	case "show":
		// "showed little emotion", "showed considerable restraint": a bearing, not a finding
		return a.objectHolds(c, end, 3, shownStates)
	case "write":
		// "who wrote the bill with her subcommittee chairs": a work
		// authored, no words reported (but "wrote that …")
		return a.has(c+1, inDeterminers) && a.objectHolds(c, end, 3, authoredWorks)
	case "read":
		return c+1 < end && a.lower(c+1) != "that" // "pensioners read the paper": reading, not words of their own
	case "ask", "request":
		// "who asked not to be named", "requested anonymity": a source's terms
		return c+3 < end && a.lower(c+1) == "not" && a.lower(c+2) == "to" && a.lower(c+3) == "be" ||
			c+1 < end && a.lower(c+1) == "anonymity"
	case "call":
		// "called a snap general election", "calls snap election": an act
		// (not "called her vote a mistake", "called balls and strikes")
		if c+1 >= end || !callOpeners[a.lower(c+1)] {
			return false
		}
		for u := c + 1; u < end && u < c+5; u++ {
			if calledEvents[a.lower(u)] {
				return true
			}
			if a.lower(u) == "for" || a.lower(u) == "on" || a.d.Tokens[u].Kind != Word {
				break
			}
		}
	}
	return false
}

// timeAfterThe reports whether "the" at token t opens a phrase of time,
// a span of time within three words: "the next day", "the following week".
func (a *attributor) timeAfterThe(t, end int) bool {
	for u := t + 1; u < end && u <= t+3 && a.d.Tokens[u].Kind == Word; u++ {
		if spansOfTime[a.lower(u)] {
			return true
		}
	}
	return false
}

// objectHolds reports whether one of the n words after the verb at token c,
// before "that" or anything not a word, is in set: "posted a net profit",
// "sought the Centre's response".
func (a *attributor) objectHolds(c, end, n int, set map[string]bool) bool {
	for u := c + 1; u < end && u <= c+n && a.d.Tokens[u].Kind == Word && a.lower(u) != "that"; u++ {
		if set[a.lower(u)] {
			return true
		}
	}
	return false
}

// authoredWorks are what one writes as a work, not as a report of one's
// words: "wrote the bill", "wrote a novel".
var authoredWorks = wordSet(`bill bills legislation law laws book books novel novels song songs script scripts screenplay code software music lyrics`)

// requestedThings are what one seeks or issues that holds no words of
// one's own: "sought the Centre's response", "issued notice".
var requestedThings = wordSet(`response reply comment comments clarification details notice notices summons warrant warrants matter hearing`)

// rulesOn reports whether tokens from t are the object of a ruling, a
// determiner and up to two words before it: "a defense motion for a
// mistrial", "the appeal", "a juror".
func (a *attributor) rulesOn(t, end int) bool {
	if t >= end || !a.has(t, inDeterminers) {
		return false
	}
	for u := t + 1; u < end && u < t+4 && a.d.Tokens[u].Kind == Word && !a.has(u, capWord); u++ {
		if ruledThings[a.lower(u)] {
			return true
		}
	}
	return false
}

// postedThings are what one posts that holds no words of its own:
// "posted a clip", "posted an update on Facebook" (PolNeAR reports a
// posted photo or picture: "posted a photo of herself and her son").
var postedThings = wordSet(`clip clips update video videos link`)

// wordingNouns name words someone used without giving them: "repeating
// language it used", "echoing rhetoric".
var wordingNouns = wordSet(`language rhetoric wording phrasing`)

// ruledThings are what a court rules on or sends away, not words it
// denies: "denied a defense motion", "dismissed a juror" (but PolNeAR
// reports "rejected a request": a request holds someone's words).
var ruledThings = wordSet(`motion motions petition petitions juror jurors case lawsuit suit`)

// deniedThings are what one is denied, not what one denies: "denied bail".
var deniedThings = wordSet(`bail entry access parole permission admission boarding visas treatment`)

// shownStates are a bearing one shows: "showed little emotion".
var shownStates = wordSet(`emotion emotions symptoms remorse restraint reaction`)

// resultWords are what a business or a player posts: "posted a net
// profit", "posts record revenue".
var resultWords = wordSet(`profit profits loss losses revenue revenues sales turnover earnings surplus deficit gain gains growth rise fall decline drop increase record win victory`)

// countAt reports whether tokens from t open with a count: "300,000 cans",
// "about 2 million cars".
func (a *attributor) countAt(t, end int) bool {
	if t < end && approximately[a.lower(t)] {
		t++
	}
	if t < end && (a.lower(t) == "than" || a.lower(t) == "to") {
		t++ // "more than", "up to"
	}
	return t < end && a.d.Tokens[t].Kind == Number
}

// appositiveToEnd reports whether tokens [t, last) describe the speaker up
// to the sentence's end: a comma and a noun phrase ("…, said Brian Baker, a
// political adviser to the family who oversees the campaign.") or a
// relative clause ("…, said Democrats who point to his record.").
func (a *attributor) appositiveToEnd(t, last int) bool {
	if t >= last || last-t > reach/2 {
		return false
	}
	switch a.lower(t) {
	case ",":
		if a.lower(t+1) == "known" && a.lower(t+2) == "as" {
			// "…, according to the California Department of Forestry and
			// Fire Protection, known as Cal Fire.": a short name to the end
			for u := t + 3; u < last; u++ {
				if !a.has(u, capWord) {
					return false
				}
			}
			return last-(t+3) >= 1 && last-(t+3) <= 4
		}
		if w := a.lower(t + 1); !a.has(t+1, inDeterminers|capWord) && w != "who" && !personRoles[w] && !rolesTo[w] {
			// but "…, said the people, who asked not to be identified …",
			// "…, said Jake Horowitz, director of polling at Mic.com."
			return false
		}
	case "who", "whose":
		// "…, said a handful of Democrats who point to his ties with labor."
	default:
		return false
	}
	for u := t + 1; u < last; u++ {
		if a.inPassage[u] || a.isCueToken(u) && !a.cueNamesAct(u, last) {
			return false
		}
	}
	return true
}

// objectAt reports whether the cue ending before token t has an object of
// its own ("…, Mr. Hall described his youth"), so it does not report the
// words before it.
func (a *attributor) objectAt(t, last int) bool {
	if t >= last || a.isDateAt(t) {
		return false
	}
	switch a.lower(t) {
	case "his", "her", "its", "their", "our", "my", "the", "a", "an":
		return true
	}
	return false
}

// postModifierRun reports whether tokens from t on are a short phrase
// that goes on naming a source ("by Politico", "of the Tax Foundation",
// "published in The Lancet on Tuesday", "seen by Reuters") and reaches a
// comma or the end before any verb or quotation.
func (a *attributor) postModifierRun(t, last int) bool {
	if t >= last || a.lower(t) != "by" && a.lower(t) != "of" && a.lower(t) != "from" && !a.describesSource(t) {
		return false
	}
	for u := t + 1; u < last && u < t+16; u++ {
		if a.tok(u) == "," {
			return true
		}
		if a.inPassage[u] || a.isCueToken(u) || auxiliaries[a.lower(u)] {
			return false
		}
	}
	return last-t < 16
}

// pastSourceParticiple returns the token after t when t is a participle
// that describes a source ("results announced overnight by …": not a cue
// of its own there), else t.
func (a *attributor) pastSourceParticiple(t int) int {
	if a.describesSource(t) {
		return t + 1
	}
	return t
}

// describesSource reports whether token t, after a source named after
// "according to", is a participle that goes on describing it: one of
// sourceParticiples, or "announced" ("according to provisional results
// announced overnight by …"; elsewhere "the council announced" reports).
func (a *attributor) describesSource(t int) bool {
	return sourceParticiples[a.lower(t)] || a.lower(t) == "announced"
}

// skipSourceParticiple steps over a phrase at token t that says what was
// done to a paper, when a cue follows it: "…, figures obtained by this
// newspaper show." It returns the token of the cue, or t.
func (a *attributor) skipSourceParticiple(t, last int) int {
	if t >= last || !sourceParticiples[a.lower(t)] {
		return t
	}
	for u := t + 1; u < last && u < t+8; u++ {
		if a.inPassage[u] || a.tok(u) == "," {
			return t
		}
		if _, end, ok := a.cueAt(u, last); ok && end > u && u > t+1 && a.closesSentence(end) {
			return u
		}
	}
	return t
}

// nounRun reports whether tokens [t, end) are a few words of a noun
// phrase, with no verb among them that the phrase rules know.
func (a *attributor) nounRun(t, end int) bool {
	if end-t > 8 {
		return false
	}
	for ; t < end; t++ {
		if !a.inPhrase(t) {
			return false
		}
	}
	return true
}

// appositiveAfter reports whether the comma at token t opens an appositive
// describing the phrase before it ("According to Ann Lee, a spokeswoman,
// …"): a determiner and a few words up to another comma, with no verb.
func (a *attributor) appositiveAfter(t, last int) bool {
	if t+1 >= last || !a.has(t+1, inDeterminers) {
		return false
	}
	for u := t + 2; u < last && u < t+10; u++ {
		if a.tok(u) == "," {
			return true
		}
		if !a.inPhrase(u) && !a.postModifier(u) && a.lower(u) != "of" {
			return false
		}
	}
	return false
}

// openingCue returns the reporting verb, with a speaker before it, that
// opens tokens [first, last) ("She said …", "Officials told …"), or -1.
func (a *attributor) openingCue(first, last int) int {
	for c := first + 1; c < last && c < first+6; c++ {
		if !a.isCueToken(c) || !a.isSpeechCue(c) || a.inPassage[c] || a.cueNamesAct(c, last) {
			continue
		}
		if _, _, ok := a.cueAt(c, last); !ok {
			continue // "Officers were called to the property …, police said": a passive is no cue
		}
		if _, ok := a.subjectOf(c, first); ok {
			return c
		}
		return -1
	}
	return -1
}

// clauseEnd returns where reported content starting at token start and
// running to end stops short, at the first boundary after which the
// narrator goes on: a relative clause set off by a comma ("…, which forced
// her to leave early"; not one that describes the content's subject before
// its verb, subjectRelativeEnd), a contrast (", but …", ", while …"), or a clause or
// a predicate of its own after ", and" (", and Moscow says", ", and has
// expressed"). It returns end when there is none.
func (a *attributor) clauseEnd(start, end int) int {
	for c := start + 3; c+2 < end && c < start+3*reach; c++ { // longer content is refused anyway
		if a.inPassage[c] || a.tok(c) != "," {
			continue
		}
		n := a.lower(c + 1)
		if n == "where" && a.entAt[c-1] >= 0 && a.d.Entities[a.entAt[c-1]].Kind == Place {
			continue // "…was concentrated in Germany and France, where automakers have cut …": the place's clause goes on
		}
		if relativeOpeners[n] {
			if k := a.subjectRelativeEnd(start, c, end); k > 0 {
				c = k // the clause describes the content's subject: the content goes on after it
				continue
			}
			if k := a.asideThenVerb(c, end); k > 0 {
				c = k // "…with two other men, who have never been identified, and demanded the money": the content's verb goes on
				continue
			}
			return c
		}
		switch {
		case n == "and" && a.sameModal(start, c):
			// "the company would open 22 stores …, and would close eight":
			// the content's own verb again
		case contrastOpeners[n],
			n == "and" && (a.opensNamedClause(c+2) || auxiliaries[a.lower(c+2)] || a.verbLike(c+2, start)),
			a.narratorComment(c+1, end):
			return c
		}
	}
	return end
}

// sameModal reports whether ", and" at token c goes on with a modal verb,
// not negated, that the content from token start has used already.
func (a *attributor) sameModal(start, c int) bool {
	w := a.lower(c + 2)
	if w != "would" && w != "could" && w != "will" && w != "had" || a.lower(c+3) == "not" {
		return false // (but "had never": "his client had grown up in foster care, …, and had never been offered treatment")
	}
	for u := start; u < c; u++ {
		if a.lower(u) == w {
			return true
		}
	}
	return false
}

// asideThenVerb returns the comma that closes a relative clause opening
// at the comma c, when "and" and a verb in the past follow it, going on
// with the content's own subject; or -1.
func (a *attributor) asideThenVerb(c, end int) int {
	for k := c + 2; k+2 < end && k < c+14; k++ {
		if a.inPassage[k] {
			return -1
		}
		if a.tok(k) == "," {
			w := a.lower(k + 2)
			if a.lower(k+1) == "and" && a.d.Tokens[k+2].Kind == Word && (pastVerbs[w] || strings.HasSuffix(w, "ed") && !a.has(k+2, capWord)) {
				return k
			}
			return -1
		}
	}
	return -1
}

// refusalAt reports whether token c, after "but" or "and", says that the
// speaker would not speak: "but declined to comment", "and refused to say
// more" (not "and refused to drop the gun", which may be reported).
func (a *attributor) refusalAt(c int) bool {
	if w := a.lower(c - 1); w != "but" && w != "and" {
		return false
	}
	switch a.lower(c) {
	case "declined", "declines":
		return true
	case "refused", "refuses":
		return c+2 < len(a.d.Tokens) && a.lower(c+1) == "to" && a.has(c+2, inCueWords)
	}
	return false
}

// subjectRelativeEnd returns the comma closing a relative clause that opens
// at the comma c, when the content from start to c is its subject alone and
// its verb follows the clause: "the services sector, which makes up about
// four-fifths of the economy, had performed strongly". It returns -1 else.
func (a *attributor) subjectRelativeEnd(start, c, end int) int {
	if c-start > 6 {
		return -1
	}
	for u := start; u < c; u++ {
		if auxiliaries[a.lower(u)] || a.verbLike(u, start) || a.isCueToken(u) {
			return -1 // "he supported the plan, which …": the content has its verb
		}
	}
	for k := c + 2; k+1 < end && k < c+reach; k++ {
		if a.inPassage[k] {
			return -1
		}
		if a.tok(k) == "," {
			if w := a.lower(k + 1); auxiliaries[w] || a.verbLike(k+1, start) && strings.HasSuffix(w, "ed") {
				return k // not a participle after the comma: "…, including one in September"
			}
			return -1
		}
	}
	return -1
}

// narratorComment reports whether tokens from t hold a noun phrase that
// sums up what came before, then "that" or "which": ", a decision that
// could reshape …", ", a move which …". The narrator speaks there, not the
// speaker.
func (a *attributor) narratorComment(t, end int) bool {
	if w := a.lower(t); w != "a" && w != "an" {
		return false
	}
	for u := t + 1; u < end && u <= t+3; u++ {
		if w := a.lower(u); w == "that" || w == "which" {
			return u > t+1
		}
		if a.d.Tokens[u].Kind != Word {
			return false
		}
		if u > t+1 && commentNouns[a.lower(t+1)] && pastParticiple(a.lower(u)) {
			return true // "…, a decision quickly criticized by the mothers"
		}
	}
	return false
}

// commentNouns name what the narrator calls the reported act in an
// apposition after it: "…, a decision quickly criticized by …".
var commentNouns = wordSet(`decision move step announcement measure shift change remark`)

// opensNamedClause reports whether token u opens a clause with a subject of
// its own: a subject pronoun or a name.
func (a *attributor) opensNamedClause(u int) bool {
	switch a.lower(u) {
	case "he", "she", "they", "we", "i", "it":
		return true
	}
	return a.entAt[u] >= 0 && a.d.Entities[a.entAt[u]].Start == a.d.Tokens[u].Start
}

// accordingSource parses the source after "according to" starting at token
// t: a speaker phrase, or else any short noun phrase, for "according to"
// makes whatever it names the source ("according to ouest-france.fr",
// "according to the RealClearPolitics polling average"). It returns the
// mention and the token after it.
func (a *attributor) accordingSource(t, end int) (Span, int, bool) {
	m, after, ok := a.speakerForward(t, end) // "a memo seen by Reuters": the phrase ends before "seen"
	if ok && after < end && a.has(after, inCueWords) && !a.has(after, capWord) && (after+1 >= end || a.tok(after+1) == ",") {
		// "according to LSEG estimates.": a noun, though it may be a verb
		m.End, after = a.d.Tokens[after].End, after+1
	}
	if ok && after+1 < end && (a.lower(after) == "in" || a.lower(after) == "at") {
		// "the Institute for Labor and Income Research (ILER) in Munich,": where the source is
		u := after + 1
		for u < end && u < after+5 && a.entAt[u] >= 0 && a.d.Entities[a.entAt[u]].Kind == Place {
			u++
		}
		if u > after+1 && u < end && a.tok(u) == "," {
			return m, u, true
		}
	}
	if ok && after < end {
		// the name after a description, set off ("According to the
		// liquidators, Hartley Walsh Advisory, about …") or after a
		// bracket ("additional municipal commissioner (projects) K
		// Sudhakar, …"): the name is the source
		n := after
		if a.tok(n) == "," {
			n++
		}
		if n < end && a.entAt[n] >= 0 && (n == after || a.entAt[a.tokenAfter(m.Start)] < 0) {
			if e := a.d.Entities[a.entAt[n]]; e.Start == a.d.Tokens[n].Start {
				if k := a.tokenAfter(e.End); k < end && a.tok(k) == "," {
					return e.Span, k, true
				}
			}
		}
	}
	if ok && (after >= end || a.tok(after) == ",") {
		return m, after, true
	}
	if ok && after+2 == end && a.tok(after) == "(" && isAcronym(a.tok(after+1)) {
		return m, end, true // "…, according to the Office for National Statistics (ONS).": its bracket closes the sentence
	}
	u := t
	for u < end && u < t+16 && !a.inPassage[u] && (a.d.Tokens[u].Kind == Word || a.d.Tokens[u].Kind == Number || a.joinsNames(u)) &&
		!a.isCueToken(u) && !auxiliaries[a.lower(u)] {
		u++
	}
	if u == t || u < end && a.tok(u) != "," {
		return m, after, ok // the phrase must run to a comma or the sentence's end
	}
	if !ok || complementAdjectives[a.lower(a.tokenAfter(m.End)-1)] {
		m = Span{a.d.Tokens[t].Start, a.d.Tokens[u-1].End} // "sources close to the negotiations"
	}
	return m, u, true // "the RealClearPolitics polling average": the name stays the mention
}

// participleTail reports whether tokens from t, after a trailing cue, are
// a short adjunct at most, then a comma and a participle that opens the
// narrator's comment: "…, Eurostat data showed on Friday, strengthening
// the case for a cut".
func (a *attributor) participleTail(t, last int) bool {
	t = a.pastCueAdjunct(t, last)
	if t+1 >= last || a.tok(t) != "," {
		return false
	}
	return a.participle(t+1) && !notParticiples[a.lower(t+1)]
}

// pastCueAdjunct returns where what follows a cue's phrase at token t goes
// on, past an adjunct of the cue ("in a statement", "on Tuesday").
func (a *attributor) pastCueAdjunct(t, last int) int {
	if t < last && (cuePrepositions[a.lower(t)] || a.isDateAt(t)) {
		return a.skipAdjunct(t, last)
	}
	return t
}

// colonAt reports whether token t is a colon: a cue just before one
// introduces the words after it ("In a statement, the union said:"), and
// what came before the cue is no content of its.
func (a *attributor) colonAt(t int) bool {
	return t < len(a.d.Tokens) && a.tok(t) == ":"
}

// addingThat reads a second report by the speaker m after the cue's
// phrase ending at token t: ", adding that content" (also "noting",
// "saying", any speech participle) to the sentence's end at last.
func (a *attributor) addingThat(t, last int, m Span) (Quote, bool) {
	t = a.pastCueAdjunct(t, last)
	if t+3 >= last || a.tok(t) != "," || a.lower(t+2) != "that" {
		return Quote{}, false
	}
	if info, ok := cueAt(a.tok(t + 1)); !ok || !info.participle || !info.speech {
		return Quote{}, false
	}
	return a.indirectQuote(t+3, last, a.d.Tokens[t+1].Span, m, "indirect-subject")
}

// closesBeforeContrast reports whether tokens from t on hold a short
// phrase opening with a preposition, then a contrast: "…, the company said
// in a filing, but volumes fell" ends the attribution at "filing". ("…,
// voters said yes, compared with …" and "…, they say, but …" do not: the
// content may run on past them.)
func (a *attributor) closesBeforeContrast(t, last int) bool {
	if t >= last || !cuePrepositions[a.lower(t)] {
		return false
	}
	return a.fewWordsTo(t, last, func(u int) bool { return a.contrastAt(u, last) })
}

// contrastAt reports whether token t is a comma opening a contrast: ", but …".
func (a *attributor) contrastAt(t, end int) bool {
	return t+1 < end && a.tok(t) == "," && contrastOpeners[a.lower(t+1)]
}

// andClauseAt reports whether ", and" at token t opens a clause of the
// narrator's own, a noun phrase and its verb: "…, according to the
// Congressional Budget Office, and the top 10 percent paid 69 percent".
func (a *attributor) andClauseAt(t, end int) bool {
	if t+3 >= end || a.tok(t) != "," || a.lower(t+1) != "and" || !a.has(t+2, inDeterminers|capWord) {
		return false
	}
	for u := t + 3; u < end && u < t+10; u++ {
		w := a.lower(u)
		if auxiliaries[w] || pastVerbs[w] || strings.HasSuffix(w, "ed") || a.isCueToken(u) {
			return true
		}
		if k := a.d.Tokens[u].Kind; k != Word && k != Number || prepositions[w] {
			return false
		}
	}
	return false
}

// subjectPhrase returns the noun phrase that opens a sentence and runs up
// to a form of "say" at token c, when the phrase is too long or too plain for
// a speaker phrase: "A person familiar with the planning for Thursday's
// meeting says …", "Majorities of Democrats in five states say …". The phrase
// opens with a determiner, a number or a capital, and holds no comma, verb
// of its own, relative pronoun or quotation.
func (a *attributor) subjectPhrase(first, c int) (Span, bool) {
	if m, ok := a.plainSubjectPhrase(first, c); ok {
		return m, true
	}
	return a.groupOfPhrase(first, c)
}

// plainSubjectPhrase is subjectPhrase's phrase with no relative clause.
func (a *attributor) plainSubjectPhrase(first, c int) (Span, bool) {
	if !sayForms[a.lower(c)] && !a.servesSomeone(first, c) && !a.groupIn(first, c) || c-first < 2 || c-first > 14 {
		return Span{}, false
	}
	if !a.has(first, inDeterminers|capWord) && a.d.Tokens[first].Kind != Number {
		return Span{}, false
	}
	for c-1 > first && a.has(c-1, inAdverbials) && !auxiliaries[a.lower(c-1)] {
		c-- // "A spokeswoman for the minister later said": the adverb is the verb's
	}
	for u := first; u < c; u++ {
		w := a.lower(u)
		if a.inPassage[u] || a.d.Tokens[u].Kind == Mark || a.d.Tokens[u].Kind == Punct && w != "-" && w != "'s" && w != "’s" ||
			a.isCueToken(u) || auxiliaries[w] || relativeOpeners[w] || w == "that" {
			return Span{}, false
		}
	}
	if m, ok := a.mention(first, c, true); ok {
		return m, true
	}
	return Span{a.d.Tokens[first].Start, a.d.Tokens[c-1].End}, true
}

// groupOfPhrase returns the plural noun of speakers that opens a sentence
// and a long phrase placing them, up to a form of "say" at token c:
// "Residents of a tower block that was evacuated on Tuesday say …". The
// phrase holds no comma, quotation or other cue.
func (a *attributor) groupOfPhrase(first, c int) (Span, bool) {
	if !sayForms[a.lower(c)] && !a.isSpeechCue(c) || c-first < 4 || c-first > 24 || first+1 >= c {
		return Span{}, false
	}
	// "Residents of a tower block …", "Protesters marching through the streets chanted"
	if speakerNouns[a.lower(first)] != SpeakerOther || !a.has(first, capWord) || !prepositions[a.lower(first+1)] && !a.ingForm(first+1) {
		return Span{}, false
	}
	for u := first + 1; u < c; u++ {
		if a.inPassage[u] || a.d.Tokens[u].Kind == Mark || a.tok(u) == "," || a.tok(u) == ";" || a.isCueToken(u) {
			return Span{}, false
		}
	}
	return a.d.Tokens[first].Span, true
}

// afterPreposition reports whether mention m follows a preposition.
func (a *attributor) afterPreposition(m Span) bool {
	t := a.tokenAfter(m.Start)
	return t > 0 && prepositions[a.lower(t-1)]
}

// whichSaid reads what the source m, whose phrase ends at token t, said in
// a relative clause to the end of the sentence at last: ", which said
// content" (also "says", "added").
func (a *attributor) whichSaid(t, last int, m Span) (Quote, bool) {
	if t+1 < last && a.tok(t) == "," && a.lower(t+1) != "which" && a.lower(t+1) != "who" {
		// "according to Petra Kovacova, Slovakia's deputy economy
		// minister, who said …": past the appositive
		for u := t + 2; u+1 < last && u < t+12; u++ {
			if a.tok(u) == "," && a.lower(u+1) == "who" {
				t = u
				break
			}
		}
	}
	if t+3 >= last || a.tok(t) != "," || a.lower(t+1) != "which" && a.lower(t+1) != "who" || !sayForms[a.lower(t+2)] && a.lower(t+2) != "added" {
		return Quote{}, false
	}
	start := t + 3
	if a.lower(start) == "that" {
		start++
	}
	return a.indirectQuote(start, last, a.d.Tokens[t+2].Span, m, "indirect-subject")
}

// one returns q alone when ok, else nothing.
func one(q Quote, ok bool) []Quote {
	if !ok {
		return nil
	}
	return []Quote{q}
}

// subjectCueQuotes finds reported speech of the form "X said (that)
// content" in tokens [first, last). A sentence may hold several, joined by
// "but" or "and": "Lavrov and Kerry announced that …, but Moscow says …".
func (a *attributor) subjectCueQuotes(first, last int, used []bool) []Quote {
	var out []Quote
	var shared Span // the subject of a cue coordinated with the last one: "said … and suggested …"
	for c := first; c < last; c++ {
		if a.inPassage[c] || used[c] {
			continue
		}
		cue, after, ok := a.cueAt(c, last)
		if !ok || lower(cue.Of(a.d.Text)) == "according to" || c > first && isPossessive(a.lower(c-1)) && strings.HasSuffix(a.lower(c), "ed") && a.has(c+1, capWord) {
			continue // (nor "the EU’s proposed Digital Fairness Act": a participle between an owner and a name describes)
		}
		denied := a.negated(c, first)
		if denied {
			if info, _ := cueAt(a.tok(c)); questionOpeners[a.lower(after)] || questionOpeners[a.lower(max(after, a.contentStart(after, last, info)))] {
				// "The palace did not say what type of cancer the King has":
				// nothing was said, and the question's own verbs report nothing
				end, _ := a.contentEnd(after, last, used)
				end = min(end, a.clauseEnd(after, end))
				c = max(c, end-1)
				continue
			}
		}
		m, ok := a.subjectOf(c, first)
		if p, whole := a.subjectPhrase(first, c); whole && (!ok || a.afterPreposition(m)) {
			m, ok = p, true // "A person familiar with the plans for the meeting says": not "the meeting"
		}
		if !ok && !shared.IsZero() && c == first {
			m, ok = shared, true
		}
		shared = Span{}
		if !ok || a.has(a.tokenAfter(m.Start), inStormWords) {
			continue // "Typhoon Gardo slams Catanduanes": a storm strikes, it does not speak
		}
		info, _ := cueAt(a.tok(c))
		start := a.contentStart(after, last, info)
		if start < 0 {
			continue
		}
		if a.cueNamesAct(c, last) {
			if _, next := a.contentEnd(start, last, used); next >= 0 && a.isCueToken(next) {
				// "showed considerable restraint and described his outburst
				// as …": the act's subject goes on to speak
				shared, first, c = m, next, next-1
			}
			continue
		}
		if p, ok := a.claimOwner(start, first); ok {
			m = p // "The judge rejected the company's claim that …": the company's words
		}
		end, next := a.contentEnd(start, last, used)
		if next >= 0 && next-1 == end && a.tok(end) == "," && a.isCueToken(next) && a.ingForm(next) && a.objectOnly(start, end) {
			// "defended the program during question period, saying …":
			// the verb's object is no report; the participle brings the words
			shared, first, c = m, next, next-1
			continue
		}
		if e := a.clauseEnd(start, end); e < end {
			end = e
			if next < 0 {
				next = e + 1 // "…, but said …": the clause after may report speech of its own
				if w := a.lower(next); (w == "but" || w == "and") && next+1 < last {
					next++
				}
			}
		}
		if o := a.afterDateline(first, c); subordinators[a.lower(o)] && a.lower(o) != "as" && a.tokenAfter(m.Start) <= a.skipTitles(o+1, c, inTitleWords) && next < 0 {
			// "When Ms. Friedan … recommended that she burn at the stake,
			// Mrs. Schlafly replied …": the clause the cue opens ends at
			// its comma, and the main clause goes on
			for u := start + 2; u < end; u++ {
				if a.tok(u) == "," && !a.inPassage[u] {
					end, next = u, u+1
					break
				}
			}
		}
		relative := false
		if lower(m.Of(a.d.Text)) == "who" && a.tok(a.tokenAfter(m.Start)-1) == "," {
			// "Perez, who said he expects a deal, flew home": the relative clause ends at its comma
			for u := start + 2; u < end && u < start+3*reach; u++ {
				if a.tok(u) == "," && !a.inPassage[u] {
					end, next, relative = u, u+1, true
					break
				}
			}
		}
		if q, ok := a.indirectQuote(start, end, cue, m, "indirect-subject"); ok {
			if denied && !a.reportsMore(start, end) {
				// "Swift has not announced new tour dates": nothing was said.
				// The quote is found as any other, for what it tells of who
				// is who, and dropped once speakers are linked (unless more
				// is reported after the denial: "Though he did not mention
				// Rubio by name, he made it clear that …")
				a.denied = append(a.denied, cue.Start)
			}
			out = append(out, q)
			if next < 0 {
				break
			}
			if relative {
				c = next - 1 // the main clause goes on, its subject before the relative one
				continue
			}
			if a.isCueToken(next) {
				shared = m // "…, arguing that …", "… and suggested that …": the same speaker goes on
			}
			first, c = next, next-1 // go on with the clause that reports speech of its own
		}
	}
	return out
}

// listenerAt reports whether token t opens a listener of the kind news
// tells things to: "the inquest", "a jury", "reporters".
func (a *attributor) listenerAt(t int) bool {
	if w := a.lower(t); (w == "the" || w == "a") && t+1 < len(a.d.Tokens) {
		t++
	}
	return listeners[a.lower(t)]
}

// foundAfterAnd reports whether the cue at token c is "found" after "and"
// and an object or an adjunct: in "she arrived at the scene at 8.52am and
// found paramedics treating him" the content's subject found them, and
// the content goes on.
func (a *attributor) foundAfterAnd(c int) bool {
	return a.lower(c-1) == "and" && (a.lower(c) == "found" || a.lower(c) == "finds") && c >= 2 && a.tok(c-2) != ","
}

// contentEnd returns where reported content starting at token start ends:
// the sentence's end, or the conjunction before a clause that has a speaker
// and a cue of its own ("…, but no date has been set and Moscow says …"),
// whose first token it also returns (-1 when there is none).
func (a *attributor) contentEnd(start, last int, used []bool) (end, next int) {
	for c := start + 3; c < last && c < start+3*reach; c++ {
		switch {
		case a.tok(c) == ";":
			return c, c + 1
		case a.tok(c) == "," && c+2 < last && (a.lower(c+1) == "and" || a.lower(c+1) == "but") && narrativeTurns[a.lower(c+2)]:
			// "…, and when pressed on why, she declined": the narrator goes on
			return c, -1
		case a.refusalAt(c):
			// "confirmed the cuts but declined to comment further": the
			// narrator goes on with what the speaker would not say
			b := c - 1
			if a.tok(b-1) == "," {
				b--
			}
			return b, -1
		case a.tok(c) == "," && c+2 < last && a.lower(c+1) == "in" && a.lower(c+2) == "what":
			// `…, in what it called a "terrorist attack"`: the narrator frames it
			return c, -1
		case a.isCueToken(c) && !a.inPassage[c] && (a.tok(c-1) == "," && cueWords[a.lower(c)].participle || (a.lower(c-1) == "and" || a.lower(c-1) == "but") && a.isSpeechCue(c) && !a.foundAfterAnd(c)):
			// "…, arguing that …", "… and suggested that …", "… but warned of …"; also when that
			// cue tags a quotation of its own ("…, telling him that “…”")
			b := c - 1
			if (a.lower(b) == "and" || a.lower(b) == "but") && a.tok(b-1) == "," {
				b--
			}
			return b, c
		}
		if used[c] || a.inPassage[c] || !a.isSpeechCue(c) || cueWords[a.lower(c)].share < 0.5 {
			continue
		}
		if _, _, ok := a.cueAt(c, last); !ok {
			continue
		}
		m, ok := a.speakerBackward(c-1, start+1)
		if !ok || a.d.Tokens[c-1].End != m.End && !a.has(c-1, inAdverbials) || a.lower(a.tokenAfter(m.Start)) == "that" {
			continue // (nor "… and that her youngest son still asks …": the report goes on)
		}
		s := a.ownerStart(a.tokenAfter(m.Start))
		b := s - 1
		switch a.lower(b) {
		case "and", "but", "while", "whereas", ";", ",":
		case "though", "although":
			if a.tok(b-1) != "," {
				continue // (not "even though he had acknowledged …")
			}
		default:
			continue
		}
		for b > start && (a.lower(b-1) == "," || a.lower(b) == "," && a.lower(b-1) == "and") {
			b--
		}
		return b, s
	}
	return last, -1
}

// objectOnly reports whether tokens [start, end) read as a verb's object
// and an adjunct, no clause: a determiner or a possessive first, six words
// at most, none a verb's auxiliary nor "that" ("the program during
// question period").
func (a *attributor) objectOnly(start, end int) bool {
	if end-start > 6 || end <= start || !a.has(start, inDeterminers) && !isPossessivePronoun(a.lower(start)) {
		return false
	}
	for u := start; u < end; u++ {
		if auxiliaries[a.lower(u)] || a.lower(u) == "that" || a.d.Tokens[u].Kind == Mark || pastParticiple(a.lower(u)) {
			return false
		}
	}
	return true
}

// isPossessivePronoun reports whether w is "his", "her", "their" or "its".
func isPossessivePronoun(w string) bool {
	_, ok := possessivePronouns[w]
	return ok
}

// closesBracket reports whether token u is a ")" whose "(" opens within
// the sentence from first: "the Commission (ICPC)".
func (a *attributor) closesBracket(u, first int) bool {
	if a.tok(u) != ")" || u == 0 || a.d.Tokens[u-1].Kind != Word {
		return false // not "(… guacamole is extra.)"
	}
	for k := u - 1; k >= first && k > u-12; k-- {
		if a.tok(k) == "(" {
			return true
		}
	}
	return false
}

// ownerStart returns where the name that owns the one at token u starts
// ("NBC’s Chuck Todd": NBC), or u when no possessive stands before it.
func (a *attributor) ownerStart(u int) int {
	if u-2 >= 0 && isPossessive(a.lower(u-1)) && a.entAt[u-2] >= 0 {
		return a.tokenAfter(a.d.Entities[a.entAt[u-2]].Start)
	}
	return u
}

// contentStart skips what stands between a cue and its content: a listener
// ("told reporters"), adjuncts ("on Monday", "in a statement") and "that".
func (a *attributor) contentStart(t, end int, info cueInfo) int {
	if t >= end {
		return -1 // the text ends at the cue: "… confirmed the cuts but declined"
	}
	if info.ofClause {
		return t // "accused European countries of trying …": the object is part of the content
	}
	if info.lemma == "ask" {
		// "asked the librarian, Ruth Okafor, what would happen": the one
		// asked, named or described, then the question
		for u := t + 1; u < end && u < t+10; u++ {
			w := a.lower(u)
			if questionOpeners[w] {
				return u
			}
			if a.d.Tokens[u].Kind == Punct && w != "," || a.isCueToken(u) || auxiliaries[w] || w == "to" || w == "who" {
				break
			}
		}
	}
	if l := info.lemma; (l == "declined" || l == "refused") && a.lower(t) == "to" && (a.isCueToken(t+1) || a.lower(t+1) == "comment") {
		// "declined to say whether the president had called": the question
		// left open (not "declined to do what every candidate has done")
		for u := t + 2; u < end && u < t+5; u++ {
			if questionOpeners[a.lower(u)] {
				return u
			}
		}
	}
	// "said on CNN's "State of the Union" that …": content after a nearby
	// "that", unless a verb comes first and the "that" is the content's own
	// ("said the coverage would resemble that of …")
	for u := t; u < end && u < t+12; u++ {
		if _, pronoun := speakerPronouns[a.lower(u)]; u == t && pronoun && a.lower(u) != "it" {
			break // "said he left that night": the content opens at once, with its subject
		}
		if u == t && info.lemma == "say" && (a.lower(u) == "a" || a.lower(u) == "an" || a.lower(u) == "the" && !a.timeAfterThe(u, end)) {
			// "said a bag of maize that sold for N45,000 now goes for …",
			// "said the nonstop demands that come with …": "that" opens a
			// relative clause (but "said the next day that …")
			break
		}
		if a.lower(u) == "that" && u+1 < end && spansOfTime[a.lower(u+1)] {
			continue // "that night", "that week": a time
		}
		if a.lower(u) == "that" && u > t && prepositions[a.lower(u-1)] {
			continue // "said orders from that group would …": a determiner
		}
		if a.lower(u) == "that" && u > t && u+1 < end && a.d.Tokens[u-1].Kind == Word && !a.isCueToken(u-1) && (pastVerbs[a.lower(u+1)] || strings.HasSuffix(a.lower(u+1), "ed") || u > t+1 && auxiliaries[a.lower(u+1)] && (info.lemma == "say" || info.lemma == "tell")) {
			// "forecast fiscal second-quarter sales that fell short", "said
			// the bill hurt communities that are still recovering": a
			// relative clause, no content after it (after "unveiled a
			// headset that will sell" the object is no content either)
			break
		}
		if a.lower(u) == "that" && u == t+1 && t > 0 && sayForms[a.lower(t-1)] && a.nounBeforeThat(t) {
			break // "says outage that hit Outlook is fixed": "that" opens a relative clause
		}
		if a.lower(u) == "that" && u <= t+2 && denials[info.lemma] && claimNouns[a.lower(u-1)] {
			break // "denies reports that the manager has resigned": what is denied is the reports
		}
		if a.lower(u) == "that" && u > t {
			return u + 1
		}
		if k := a.d.Tokens[u].Kind; k == Punct && a.tok(u) != "," || a.isCueToken(u) || a.lower(u) == "and" && !(a.has(u-1, capWord) && u+1 < end && a.has(u+1, capWord)) || auxiliaries[a.lower(u)] ||
			ownClauses[a.lower(u)] {
			break // not "read the paper, where children discover that …"
		}
		if n := a.lower(u + 1); u > t && (pastVerbs[a.lower(u)] || strings.HasSuffix(a.lower(u), "ed")) && a.d.Tokens[u-1].Kind == Word && (n == "a" || n == "an" || n == "the") {
			break // "told DW the row reflected a deeper problem that …": the content's verb and its object come first
		}
	}
	for round := 0; round < 4 && t < end; round++ {
		w := a.lower(t)
		switch {
		case w == "that" && t+1 < end && auxiliaries[a.lower(t+1)]:
			return t // "said that would permit …": "that" is the content's subject
		case (w == "while" || w == "whereas") && (a.tok(t-1) == "," || round > 0) && a.lower(t-1) != "that" && a.lower(t-2) != "that":
			// "had a £55m bid rejected in June, while …", "gave the warning on
			// Monday in Abuja while addressing journalists": the writer's clause
			return -1
		case contentOpeners[w]:
			t++
		case info.audience && round == 0 && !adjunctStarts[w]:
			t = a.skipListener(t, end)
		case adjunctStarts[w] && !a.opensSubject(t, end): // (not "said at least 11 Republicans are …")
			n := a.skipAdjunct(t, end)
			if n < end && (a.lower(n) == "'s" || a.lower(n) == "’s") && !prepositions[w] {
				return t // "said this year's edition had sold …": the possessive opens the content
			}
			t = n
		case a.isDateAt(t):
			after := a.afterDate(t, end)
			if after < end && (auxiliaries[a.lower(after)] || a.lower(t-1) == "that" && a.tok(after) != ",") {
				// "said 2016 has seen the worst start": the date is the
				// content's subject; "noted that January bookings were …":
				// after "that" the content opens with it
				return t
			}
			t = after
			if t < end && (a.lower(t) == "'s" || a.lower(t) == "’s") {
				return -1 // "condemned Friday's test": the date belongs to the object
			}
		default:
			return t
		}
	}
	return t
}

// timeTail reports whether tokens [t, last) are a clause that says when
// the words were said, after a trailing "said": "…, a White House official
// said after the two leaders met for four hours."
func (a *attributor) timeTail(t, last int) bool {
	if t >= last || !timeOpeners[a.lower(t)] {
		return false
	}
	return !a.hasCue(t+1, last)
}

// nounBeforeThat reports whether token t, right after a cue and before
// "that", is a common noun the clause opens with ("says outage that hit
// …"), not what stands between a cue and its "that": a listener, a day,
// an adverb ("told him that", "said Monday that", "said again that").
func (a *attributor) nounBeforeThat(t int) bool {
	w := a.lower(t)
	return a.d.Tokens[t].Kind == Word && !a.has(t, capWord|inAdverbials) && !a.isAdverb(t) && !adjunctStarts[w] &&
		!objectPronouns[w] && !listeners[w] && !contentOpeners[w] && !a.isDateAt(t)
}

// skipListener skips the listener after "told": a pronoun, or a short noun
// phrase up to "that".
func (a *attributor) skipListener(t, end int) int {
	u := t
	if w := a.lower(u); w == "the" || w == "a" {
		u++ // "told a jury on Wednesday"
	}
	if u+1 < end && (a.lower(u) == "news" || a.lower(u) == "press") && (a.lower(u+1) == "conference" || a.lower(u+1) == "briefing") {
		return u + 2 // "told a news conference"
	}
	if u < end && listeners[a.lower(u)] && (u == t && objectPronouns[a.lower(u)] || u+1 >= end || a.lower(u+1) != "of") { // not "told members of the panel"
		return u + 1
	}
	for u := t; u < end && u < t+6; u++ {
		if a.lower(u) == "that" {
			return u
		}
	}
	if u < end && a.entAt[u] >= 0 {
		// "told Reuters", "told the Evening Standard"
		e := a.d.Entities[a.entAt[u]]
		for u < end && a.d.Tokens[u].Start < e.End {
			u++
		}
		if e.Kind == Organization {
			for v := u; v < end && v < u+3 && a.d.Tokens[v].Kind == Word && !a.has(v, capWord|inFunctionWords); v++ {
				if listeners[a.lower(v)] && !objectPronouns[a.lower(v)] {
					return v + 1 // "told a Senate estimates committee"
				}
			}
			return a.roleAndPersonAfter(u, end) // "told Chiefs captain Sione Latu"
		}
		return u
	}
	if u == t && u+1 < end && a.has(u, allCaps) && len(a.tok(u)) >= 2 && len(a.tok(u)) <= 5 && a.d.Tokens[u+1].Kind == Word && !a.has(u+1, capWord) {
		return u + 1 // "told HT the compensation would …": a paper's initials
	}
	return t
}

// roleAndPersonAfter returns the token after a role and a person's name
// from token u ("captain Sione Latu" after "told Chiefs"), or u.
func (a *attributor) roleAndPersonAfter(u, end int) int {
	v := u
	for v < end && v < u+3 && a.has(v, inTitleWords) && a.entAt[v] < 0 {
		v++
	}
	if v == u || v >= end || a.entAt[v] < 0 {
		return u
	}
	e := a.d.Entities[a.entAt[v]]
	if e.Kind != Person || e.Start != a.d.Tokens[v].Start {
		return u
	}
	for v < end && a.d.Tokens[v].Start < e.End {
		v++
	}
	return v
}

// claimOwner returns who made the claim whose content starts at token
// start, when a possessive names them: "a lower court's finding that …",
// "rejected the company's claim that …".
func (a *attributor) claimOwner(start, first int) (Span, bool) {
	if start-4 < first || a.lower(start-1) != "that" || !claimNouns[a.lower(start-2)] {
		return Span{}, false
	}
	if w := a.lower(start - 3); w != "'s" && w != "’s" {
		return Span{}, false
	}
	t := start - 4
	if a.d.Tokens[t].Kind != Word || a.inPassage[t] {
		return Span{}, false
	}
	if e := a.entAt[t]; e >= 0 && a.d.Entities[e].End == a.d.Tokens[t].End {
		return a.d.Entities[e].Span, true // "Trump's assertion"
	}
	// a noun phrase opened by its article: "a lower court's finding"
	for u := t; u >= first && u > t-4 && a.d.Tokens[u].Kind == Word; u-- {
		if w := a.lower(u); w == "the" || w == "a" || w == "an" {
			return Span{a.d.Tokens[u].Start, a.d.Tokens[t].End}, true
		}
	}
	return Span{}, false
}

// reportsMore reports whether tokens [start, end) go on past what was
// denied: a reporting verb of any kind, or "but" ("did not mention his
// opponents by name but did note that …").
func (a *attributor) reportsMore(start, end int) bool {
	for u := start; u < end; u++ {
		if a.lower(u) == "but" || a.has(u, inCueWords) && cueWords[a.lower(u)].verb {
			return true
		}
	}
	return false
}

// groupIn reports whether tokens [first, c) are a plural noun of people
// placed by "in" or "from": "Critics in both parties argue".
func (a *attributor) groupIn(first, c int) bool {
	return first+2 < c && a.pluralSubject(first) && (a.lower(first+1) == "in" || a.lower(first+1) == "from")
}

// servesSomeone reports whether tokens [first, c) hold a noun of one who
// serves someone, then "to": "A former aide to the city's mayor told".
func (a *attributor) servesSomeone(first, c int) bool {
	for u := first + 1; u < c; u++ {
		if a.lower(u) == "to" && rolesTo[a.lower(u-1)] {
			return true
		}
	}
	return false
}

// negated reports whether the verb at token c is denied: "did not say",
// "wouldn't say", "has not disclosed".
func (a *attributor) negated(c, first int) bool {
	u := c - 1
	if u >= first && a.lower(u) == "yet" {
		u-- // "has not yet said"
	}
	if u <= first {
		return false
	}
	w := a.lower(u)
	return w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// unitMarks are punctuation that belongs to the number before it: "2.1%".
var unitMarks = wordSet(`% ‰ °`)

// skipAdjunct skips a short phrase such as "on Monday" or "in a statement".
func (a *attributor) skipAdjunct(t, end int) int {
	for u := t; u < end && u < t+6; u++ {
		w := a.lower(u)
		if a.isDateAt(u) {
			return a.afterDate(u, end)
		}
		if adjunctHeads[w] {
			return u + 1
		}
		if e := a.entAt[u]; u == t+1 && e >= 0 && a.d.Entities[e].Kind != Person && a.d.Entities[e].Start == a.d.Tokens[u].Start {
			if n := a.tokenAfter(a.d.Entities[e].End); !isPossessive(a.lower(n)) {
				return n // "at Parliament House", "in Canberra": where (not "on MSNBC’s “Morning Joe”")
			}
		}
		if a.d.Tokens[u].Kind != Word && !a.numberWord(u) {
			return u
		}
	}
	return t
}

// numberWord reports whether token u is part of a word made of a number, a
// hyphen and a word: "40-page".
func (a *attributor) numberWord(u int) bool {
	t := a.d.Tokens
	glued := func(i int) bool { return i >= 0 && i+1 < len(t) && t[i].End == t[i+1].Start }
	switch {
	case t[u].Kind == Number:
		return glued(u) && a.tok(u+1) == "-" && glued(u+1)
	case a.tok(u) == "-":
		return u > 0 && t[u-1].Kind == Number && glued(u-1) && glued(u)
	}
	return false
}

// dateAt returns the index of the date expression starting at token t, or -1.
func (a *attributor) dateAt(t int) int {
	start := a.d.Tokens[t].Start
	dates := a.d.Dates
	i := sort.Search(len(dates), func(i int) bool { return dates[i].Start >= start })
	if i < len(dates) && dates[i].Start == start {
		return i
	}
	return -1
}

// isDateAt reports whether a date expression starts at token t.
func (a *attributor) isDateAt(t int) bool { return a.dateAt(t) >= 0 }

// afterDate returns the token after the date expression starting at token t.
func (a *attributor) afterDate(t, end int) int {
	i := a.dateAt(t)
	if i < 0 {
		return t + 1
	}
	for t < end && a.d.Tokens[t].Start < a.d.Dates[i].End {
		t++
	}
	return t
}

// indirectQuote builds a reported-speech quote over tokens [start, end) when
// they look like content: long enough, opening like a clause, and holding no
// quotation passage (a fragment in marks makes it a partial quote instead).
func (a *attributor) indirectQuote(start, end int, cue, speaker Span, sieve string) (Quote, bool) {
	if end-start < 3 || start >= end || end-start > 3*reach {
		return Quote{}, false // no clause, or more than any sentence of news
	}
	before := a.d.Tokens[end-1].End <= cue.Start // "In 2014, …, according to the FBI.": the content comes first, whole
	if !before && contentNotStart[a.lower(start)] && !(a.lower(start) == "to" && start > 0 && intentLemmas[cueWords[a.lower(start-1)].lemma]) && !a.opensSubject(start, end) ||
		a.d.Tokens[start].Kind == Punct || a.d.Tokens[start].Kind == Mark {
		return Quote{}, false
	}
	for t := start; t < end; t++ {
		if a.inPassage[t] {
			return Quote{}, false
		}
	}
	if !before {
		end = a.trimWherePhrase(start, end)
	}
	content := Span{a.d.Tokens[start].Start, a.d.Tokens[end-1].End}
	if content.Overlaps(speaker) || content.Overlaps(cue) {
		return Quote{}, false
	}
	if !before && placeAdverbs[a.lower(start)] && a.entAt[start] < 0 {
		return Quote{}, false // "others chanted outside the gates as TDs arrived": where, no content
	}
	if !before && wordingNouns[a.lower(start)] {
		return Quote{}, false // "repeating language it used before …": the words are named, not given
	}
	if !before && a.isAdverb(start) && start+1 < end && a.lower(start+1) == "for" {
		return Quote{}, false // "She also wrote extensively for other ensembles": how and for whom, no content
	}
	if !before && sayForms[a.lower(start)] {
		return Quote{}, false // "which issued a warning on Friday, said …": the cue was a noun, the verb comes next
	}
	if a.dateEndingAt(end-1) == start {
		return Quote{}, false // "Several weeks ago, Trump stated …": a time, not what was said
	}
	return Quote{Span: content, Kind: Indirect, Cue: cue, Speaker: speaker, Source: -1, Sieve: sieve}, true
}

// trimWherePhrase returns the end of content [start, end) without a
// phrase that closes it to say where the words were given: "welcomed the
// cap on deposits in a statement" ends before "in a statement".
func (a *attributor) trimWherePhrase(start, end int) int {
	if !givenIn[a.lower(end-1)] || a.d.Tokens[end-1].Kind != Word {
		return end
	}
	for k := end - 2; k > start+1 && k >= end-4; k-- {
		if w := a.lower(k); w == "in" || w == "on" {
			if a.has(k+1, inDeterminers) || isPossessivePronoun(a.lower(k+1)) {
				return k
			}
			return end
		}
		if a.d.Tokens[k].Kind != Word || a.has(k, capWord) {
			return end
		}
	}
	return end
}

// givenIn are what words are given in, closing the content of a cue that
// names its object: "in a statement", "in an interview", "in a post".
var givenIn = wordSet(`statement interview letter email e-mail post tweet message video broadcast briefing`)

// opensSubject reports whether token t opens a noun phrase that is the
// content's subject though its word rarely does: "said no decision had been
// made", "said about 5,500 troops would remain".
func (a *attributor) opensSubject(t, end int) bool {
	if end-t < 4 {
		return false
	}
	switch a.lower(t) {
	case "no":
		return a.d.Tokens[t+1].Kind == Word && !contentNotStart[a.lower(t+1)] && (!a.has(t+1, capWord) || a.has(t+1, allCaps)) // "no DNA … had been recovered"
	case "about":
		return a.d.Tokens[t+1].Kind == Number || strings.ContainsAny(a.tok(t+1), "$£€¥") && a.d.Tokens[t+2].Kind == Number // "about $640,000 has been recovered"
	case "up":
		return a.lower(t+1) == "to" && a.d.Tokens[t+2].Kind == Number // "up to 140,000 jobs could be at risk"
	case "at":
		w := a.lower(t + 1)
		return w == "least" || w == "most" // "at least two senators are …"
	}
	return false
}

// isCueToken reports whether token u is a reporting verb form.
func (a *attributor) isCueToken(u int) bool {
	if !a.has(u, inCueWords) {
		return false
	}
	c := cueWords[a.lower(u)]
	return c.verb && c.share >= 0.3
}

// skipConjunction steps over a conjunction opening reported content: "But the new plan …".
func (a *attributor) skipConjunction(t, end int) int {
	t = a.afterDateline(t, end) // "SAN FRANCISCO, Nov 24 (Reuters) - Veltrix is exploring …, according to …"
	switch a.lower(t) {
	case "but", "and", "so", "yet", "still", "however":
		if t+1 < end && a.tok(t+1) == "," {
			return t + 2
		}
		return t + 1
	}
	return t
}

// isNameOrPronoun reports whether m is exactly a name the entity layer found, or a pronoun.
func (a *attributor) isNameOrPronoun(m Span) bool {
	t := a.tokenAfter(m.Start)
	if a.has(t, inSpeakerPronouns) && a.d.Tokens[t].End == m.End {
		return true
	}
	e := a.entAt[t]
	return e >= 0 && a.d.Entities[e].Span == m
}

// namesSpeaker reports whether mention m reads as someone who speaks: a
// name, a pronoun, or a phrase that ends in a name or a speaker's noun
// ("the company's spokesman", "officials").
func (a *attributor) namesSpeaker(m Span) bool {
	if a.isNameOrPronoun(m) {
		return true
	}
	if _, ok := a.nameEnding(m); ok {
		return true
	}
	t := a.tokenAfter(m.End) - 1 // the mention's last token
	if t < 0 {
		return false
	}
	w := a.lower(t)
	_, one := speakerNouns[w]
	_, many := speakerNouns[strings.TrimSuffix(w, "s")]
	return one || many
}

// anyQuoted reports whether a token of [from, to) lies in a quotation passage.
func (a *attributor) anyQuoted(from, to int) bool {
	for u := from; u < to; u++ {
		if a.inPassage[u] {
			return true
		}
	}
	return false
}

// hasCue reports whether tokens [from, to) hold a reporting verb.
func (a *attributor) hasCue(from, to int) bool {
	for u := from; u < to; u++ {
		if a.isCueToken(u) {
			return true
		}
	}
	return false
}

// The word lists of this file's rules, each built at start-up from its
// entry in indirectLists (see wordSets).
var (
	contentOpeners, adjunctStarts, adjunctHeads, sayForms, narrativeTurns, auxiliaries                 map[string]bool
	contentNotStart, calledEvents, callOpeners, countWords, progressiveBe, approximately               map[string]bool
	objectVerbs, sourceParticiples, relativeOpeners, contrastOpeners, complementAdjectives             map[string]bool
	notParticiples, cuePrepositions, prepositions, scoreWords, foundStates, foundThings, officeHolders map[string]bool
	timeOpeners, claimNouns, denials, ownClauses, questionOpeners, objectPronouns                      map[string]bool
	listeners, aboutSpeaker, narratorGoesOn, spansOfTime                                               map[string]bool
)

var indirectLists = wordSets{
	// contentOpeners are words after a cue that introduce the content and stay
	// outside it.
	{&contentOpeners, `that , :`},
	// adjunctStarts open a phrase between a cue and its content that belongs to
	// neither: "said on Monday", "told reporters in Geneva", "said in a statement".
	{&adjunctStarts, `on in at during late early earlier last this yesterday today tonight monday tuesday wednesday
		thursday friday saturday sunday afterward afterwards later recently privately publicly again
		repeatedly also then separately previously before after following`},
	// adjunctHeads end such a phrase.
	{&adjunctHeads, `statement interview conference briefing speech letter email e-mail post tweet twitter facebook
		television tv radio report hearing meeting session call address remarks message video broadcast
		ruling judgment opinion filing note memo
		week month year morning afternoon evening night day weekend time monday tuesday wednesday
		thursday friday saturday sunday today yesterday tonight earlier later recently privately
		publicly again repeatedly also then separately previously afterward afterwards`},
	// sayForms are the forms of "say", the one cue an attribution set inside
	// the content takes with any speaker: "Mr. Obama, officials said, has …".
	{&sayForms, `said say says`},
	// narrativeTurns open a clause after ", and" or ", but" in which the
	// narrator, not the speaker, goes on.
	{&narrativeTurns, `when while after asked pressed`},
	// auxiliaries are the verbs that mark a finite clause has begun (not "'s",
	// which is a possessive as often).
	{&auxiliaries, `is was are were be been has have had do does did will would can could may might should must
		shall 're 've 'll ’re ’ve ’ll isn't wasn't aren't weren't hasn't haven't hadn't don't doesn't didn't won't
		wouldn't can't couldn't shouldn't`},
	// contentNotStart are words that cannot open reported content: the cue was
	// not reporting a clause ("what he said were calls", "said nothing").
	{&contentNotStart, `were was is are had has have would will to nothing so yes no of about for with by and but or as
		it. . , ; in on at out up goodbye hello thanks sorry`},
	// calledEvents are what one calls into being, not words: "called an
	// election", "called a halt".
	{&calledEvents, `election elections vote referendum strike strikes halt ceasefire inquiry meeting summit`},
	// callOpeners open what is called into being after "call": "called a
	// snap election", "calls early vote".
	{&callOpeners, `a an snap early fresh general national`},
	// countWords are counts written in words: "recalled three of its salads".
	// progressiveBe stand before a verb's "-ing" form: "is recalling".
	{&countWords, `two three four five six seven eight nine ten dozens hundreds thousands millions`},
	{&progressiveBe, `is are was were`},
	// approximately stand before a count: "about 300,000".
	{&approximately, `about nearly almost around roughly some over more up`},
	// objectVerbs take the one they judge as their object, and so are not
	// inverted after what was said: in "The association, which had opposed
	// the measure, praised the governor" the governor is praised, not speaking.
	{&objectVerbs, `praise criticize criticise condemn slam welcome thank hail applaud attack denounce decry laud
		commend blame accuse mock ridicule deride brand label liken defend dismiss reject congratulate`},
	// sourceParticiples open a phrase that goes on describing a source: what
	// was done to a paper ("a study published in …", "a memo seen by Reuters",
	// "figures released on Wednesday").
	{&sourceParticiples, `published released seen obtained reviewed conducted carried commissioned compiled issued filed posted prepared`},
	// relativeOpeners open a clause that describes the word before the comma,
	// not what was said: "…, which forced her to leave early".
	{&relativeOpeners, `which who whose where`},
	// contrastOpeners open what the narrator sets against reported content
	// after a comma: "…, while 95 members favored Clinton", "…, but cautioned …".
	{&contrastOpeners, `but while whereas however compared`},
	// complementAdjectives end a source's phrase only with what follows them:
	// "sources close to the negotiations", "people familiar with the matter",
	// "a person briefed on the discussions".
	{&complementAdjectives, `close closest familiar near loyal allied linked briefed`},
	// notParticiples end in "-ing" but open no participle clause.
	{&notParticiples, `nothing something everything anything morning evening during including according`},
	// cuePrepositions open the phrase that says where or when words were said:
	// "said in a statement", "said on Twitter", "said during a visit".
	{&cuePrepositions, `in on at during after before via through from over`},
	// prepositions put the noun phrase after them out of a subject's place.
	{&prepositions, `for with in on at from by about into over under against between among to of through across outside near around along`},
	// scoreWords follow "added a" for a goal, not words: "added a late third".
	{&scoreWords, `late second third fourth fifth sixth goal try penalty header`},
	// foundStates follow "found" for a state or a verdict, not a finding:
	// "found dead", "found him guilty" (cueNamesAct, verdictAfter).
	{&foundStates, `dead alive unconscious injured guilty innocent safe unharmed hanged shot stabbed liable`},
	// foundThings are what one finds as one comes to have it, not as a
	// finding: "found work", "found a job", "found refuge".
	{&foundThings, `work job jobs employment refuge shelter success fame fortune love comfort solace home
		time way buyer buyers backer backers partner partners sponsor sponsors`},
	// officeHolders are those voters may recall.
	{&officeHolders, `member members mayor governor governors official officials councillor councillors
		councilman councilwoman senator senators trustee trustees legislator legislators lawmaker lawmakers`},
	// timeOpeners open a clause of time.
	{&timeOpeners, `after before when as while following`},
	// claimNouns name what someone said or found: "the company's claim that …".
	{&claimNouns, `claim claims finding findings assertion assertions argument contention allegation
		allegations accusation accusations insistence suggestion suggestions warning prediction conclusion testimony
		promise pledge statement statements view position report reports rumour rumours rumor rumors`},
	// denials are the lemmas of verbs that deny what follows them.
	{&denials, `deny reject dismiss dispute refute rebut`},
	// spansOfTime follow "that" as a time ("that week"), not as the
	// conjunction that opens reported content.
	{&spansOfTime, `day night morning afternoon evening week weekend month year season time`},
	// ownClauses open a clause of its own, whose "that" is not the cue's.
	{&ownClauses, `where which who whose while because although`},
	// questionOpeners open the question put to someone asked: "asked her whether …".
	{&questionOpeners, `what whether if why how where when`},
	// objectPronouns are the pronouns a listener may be.
	{&objectPronouns, `him her them us me you`},
	// listeners are those told, as a pronoun or a word for a group: "told
	// reporters", "tells jury", "told the committee".
	{&listeners, `him her them us me you reporters journalists lawmakers congress jury jurors court committee board
		inquiry inquest panel hearing tribunal mps peers senators councillors parliament commons audience crowd supporters delegates
		investors analysts shareholders staff employees colleagues members students viewers listeners readers`},
	// aboutSpeaker open a phrase after an attribution that tells of the
	// speakers, not of what they said.
	{&aboutSpeaker, `speaking requesting declining citing`},
	// narratorGoesOn open, after ", X said,", a clause or a phrase of the
	// narrator's that sets the scene: "…, officials said, as rescuers searched
	// …", "…, she announced on Friday, hours after releasing …".
	{&narratorGoesOn, `as amid while whereas although though after before hours days weeks minutes moments shortly`},
}
