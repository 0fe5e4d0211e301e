package annotate

import "strings"

// This file parses the noun phrase that names a speaker, around a cue:
// "Russian Foreign Minister Sergei Lavrov said", "said Hugh Hill, a doctor at
// the clinic", "according to the top British medical journal". The mention a
// quote rests on is the name inside the phrase when there is one, else the
// phrase itself.

// inPhrase reports whether token u can be part of a speaker's noun phrase.
func (a *attributor) inPhrase(u int) bool {
	tok := a.d.Tokens[u]
	if a.inPassage[u] {
		return false
	}
	switch tok.Kind {
	case Word:
		w := a.lower(u)
		if a.has(u, inPhraseStops) && !(w == "this" || w == "that") && !a.acronymName(u) {
			return false
		}
		if a.has(u, inCueWords) {
			if c := cueWords[w]; c.verb && c.share >= 0.2 && !a.has(u, capWord) && a.cueVerb(u) {
				return false // a reporting verb ends the phrase; "report" and "statement" are nouns more often
			}
		}
		return !a.has(u, inSpeakerPronouns)
	case Number:
		return true
	case Mark:
		// "Parents' groups": the apostrophe of a plural's possessive
		s := tok.Of(a.d.Text)
		return (s == "'" || s == "’") && u > 0 && u+1 < len(a.d.Tokens) && a.d.Tokens[u-1].End == tok.Start &&
			strings.HasSuffix(a.lower(u-1), "s") && a.d.Tokens[u+1].Start > tok.End && a.d.Tokens[u+1].Kind == Word
	case Punct:
		s := tok.Of(a.d.Text)
		if s == "-" {
			// "co-founder" joins; a hyphen set off by spaces is a dash,
			// as after a dateline: "LEEDS - The city council said"
			return a.hyphen(u)
		}
		if s == "+" {
			return u > 0 && a.d.Tokens[u-1].End == tok.Start && a.has(u-1, allCaps) // "three OPEC+ sources"
		}
		return s == "&" || s == "." || s == "/" // "AT&T", "Reuters/Ipsos"
	}
	return false
}

// everyoneWords are pronouns for people that a place may follow: "everyone
// on the block", "nobody in town".
var everyoneWords = wordSet(`everyone everybody anyone anybody nobody someone somebody`)

// acronymName reports whether token u is a name in capitals that reads as
// a small word in lower case: "WHO", "US".
func (a *attributor) acronymName(u int) bool {
	return a.entAt[u] >= 0 && a.has(u, allCaps)
}

// speakerBackward parses the speaker phrase that ends at token t (skipping
// adverbs and auxiliaries such as "also has") and returns its mention: a
// name, a pronoun, or a noun phrase ("the company", "all the experts").
// A phrase closed by a comma ("Hugh Hill, a doctor at the clinic, said")
// stands for the noun phrase opening the clause.
func (a *attributor) speakerBackward(t, first int) (Span, bool) {
	for t >= first && (a.has(t, inAdverbials) && a.lower(t) != "told" || a.isAdverb(t)) {
		t--
	}
	if t < first || a.inPassage[t] {
		return Span{}, false
	}
	if e := a.entAt[t]; e >= 0 && a.d.Tokens[t].Kind == Punct && a.d.Entities[e].End == a.d.Tokens[t].End {
		return a.d.Entities[e].Span, true // "Which?", "Yahoo!": a name that ends in its mark
	}
	w := a.lower(t)
	if _, ok := speakerPronouns[w]; ok {
		return a.d.Tokens[t].Span, true
	}
	if w == "named" || w == "identified" || w == "anonymity" {
		// "A company spokesman who declined to be named said": the one the
		// clause describes, with the clause
		for u := t - 1; u > first && u > t-8 && a.d.Tokens[u].Kind == Word; u-- {
			if a.lower(u) == "who" {
				if g, ok := a.speakerBackward(u-1, first); ok {
					return Span{g.Start, a.d.Tokens[t].End}, true
				}
				break
			}
		}
	}
	if w == "--" || w == "—" || w == "–" {
		// "Kall -- co-editor of a book on the debates -- said": step over the aside
		for u := t - 1; u > first && u > t-reach/2; u-- {
			if x := a.tok(u); x == w {
				return a.speakerBackward(u-1, first)
			}
		}
		return Span{}, false
	}
	if w == ")" {
		// "Rep. John Mica (R-Fla.) said": step over the parenthesis
		for u := t - 1; u > first && u > t-10; u-- {
			if a.tok(u) == "(" {
				return a.speakerBackward(u-1, first)
			}
		}
		return Span{}, false
	}
	if w == "," {
		if t-3 >= first && a.d.Tokens[t-1].Kind == Number && a.tok(t-2) == "," {
			// "Dafydd Evans, 52, said": an age set off
			m, ok := a.speakerBackward(t-3, first)
			if !ok {
				return m, ok
			}
			if u := a.tokenAfter(m.Start); u-2 >= first && (a.lower(u-1) == "for" || a.lower(u-1) == "to") && a.speaksFor(u-2) {
				// "Lawyers for Daniel Voss, 52, argued": the lawyers speak
				if g, ok := a.speakerBackward(u-2, first); ok {
					return Span{g.Start, m.End}, true
				}
			}
			return m, true
		}
		return a.clauseSubject(t, first)
	}
	if (w == "who" || w == "which") && t > first && !a.acronymName(t) {
		// "Charles O'Reilly, a management expert at Stanford, who stated",
		// "SUC, Spain’s largest telecoms union, which had warned": the
		// mention is "who" or "which", which the speaker links to the name before
		kind := Person
		if w == "which" {
			// only before a verb of saying or a "that": "which had warned
			// that", "which reported"; not "which issued a rare red warning
			// on Friday, said"
			says := false
			for u := t + 1; u < t+4 && u < len(a.d.Tokens); u++ {
				says = says || a.lower(u) == "that" || a.has(u, speechCue)
			}
			// nor after a title in quotation marks, which names no body:
			// a plan dubbed "Kizuna Forward 2027," which promised …
			if !says || a.d.Tokens[t-1].Kind == Mark || a.tok(t-1) == "," && t >= 2 && a.d.Tokens[t-2].Kind == Mark {
				return Span{}, false
			}
			kind = Organization
		}
		for u := t - 1; u >= first && u > t-reach; u-- {
			if e := a.entAt[u]; e >= 0 && a.d.Entities[e].Kind == kind {
				return a.d.Tokens[t].Span, true
			}
		}
		if w == "which" {
			return Span{}, false
		}
		// "business leaders who say …": the people before "who" are the mention
		u := t - 1
		if u > first && a.tok(u) == "," {
			u--
		}
		if u >= first && a.d.Tokens[u].Kind == Word && !a.has(u, inSpeakerPronouns) {
			if m, ok := a.speakerBackward(u, first); ok {
				return Span{m.Start, a.d.Tokens[t].End}, true // the antecedent with its relative pronoun
			}
		}
		return Span{}, false
	}
	lo := t + 1
	for lo-1 >= first && lo-1 > t-12 && (a.inPhrase(lo-1) || a.joinsNames(lo-1)) && !a.verbLike(lo-1, first) {
		lo--
	}
	if lo > t {
		return Span{}, false
	}
	for u := t; u > lo; u-- {
		if a.has(u, inDeterminers) && a.entAt[u] < 0 && a.d.Tokens[u-1].Kind == Word && !a.has(u-1, inDeterminers|capWord) &&
			!prepositions[a.lower(u-1)] && !phraseJoiners[a.lower(u-1)] && a.lower(u-1) != "and" && a.lower(u-1) != "or" {
			lo = u // "a project some neighbors have taken to calling": a second phrase opens, the clause's subject
			if a.lower(u) == "that" && u < t {
				lo++ // "a vote that one councillor described as": the relative pronoun opens the clause, its subject follows
			}
			break
		}
	}
	for lo > first && a.entAt[lo] >= 0 && a.entAt[lo-1] == a.entAt[lo] && a.d.Entities[a.entAt[lo]].Kind == Organization {
		lo-- // a body's name the phrase would cut: "No 10 sources"
	}
	if a.staffAt(lo, first) && a.entAt[lo] >= 0 {
		lo -= 2 // "which analysts at Jefferies have said": the analysts
	}
	if lo > first && lo < t && (a.lower(lo) == "itself" || a.lower(lo) == "themselves") && namingVerbs[a.lower(lo-1)] {
		// "A group of employees calling itself the Lumenware Workers
		// Alliance said": the name it gives itself
		if m, ok := a.mention(lo+1, t+1, false); ok {
			return m, true
		}
	}
	m, ok := a.mention(lo, t+1, false)
	if !ok && lo-2 >= first && a.lower(lo-1) == "for" && a.speaksFor(lo-2) && a.cueFollows(t+1) {
		// "Lawyers for the state argued": the lawyers speak, for whatever
		// the phrase after "for" names
		return Span{a.d.Tokens[lo-2].Start, a.d.Tokens[t].End}, true
	}
	if ok && lo-2 >= first && !a.endsInName(m) && (a.lower(lo-1) == "on" || a.lower(lo-1) == "in" || a.lower(lo-1) == "at") && a.peopleWord(lo-2) {
		// "Staffers on both sides have taken to calling it …", "officials
		// in both parties": the people the phrase places speak
		if g, ok := a.speakerBackward(lo-2, first); ok {
			return Span{g.Start, a.d.Tokens[t].End}, true
		}
	}
	if p := lo - 1; ok && p-1 >= first {
		if prepositions[a.lower(p)] {
			p-- // "living near"
		}
		// "Diplomats attending the talks said", "Residents living near the
		// plant said": the people the participle describes speak
		if p-1 >= first && strings.HasSuffix(a.lower(p), "ing") && a.peopleWord(p-1) {
			if g, ok := a.speakerBackward(p-1, first); ok {
				return Span{g.Start, a.d.Tokens[t].End}, true
			}
		}
	}
	if ok && lo-2 >= first && a.lower(lo-1) == "for" && a.writesFor(lo-2) && a.cueFollows(t+1) {
		// "A columnist for Rhythm Monthly dismissed her as …": one who
		// writes for a paper speaks for himself, as "A columnist for
		// Rhythm Monthly said" has it (a spokesperson for a body speaks
		// for the body)
		if g, ok := a.speakerBackward(lo-2, first); ok {
			return Span{g.Start, a.d.Tokens[t].End}, true
		}
	}
	if ok && lo-3 >= first && complementAdjectives[a.lower(lo-2)] && prepositions[a.lower(lo-1)] && a.cueFollows(t+1) {
		// "as a senior official briefed on the talks said", "people
		// familiar with the matter said": those the phrase describes speak
		if g, ok := a.speakerBackward(lo-3, first); ok {
			return Span{g.Start, a.d.Tokens[t].End}, true
		}
	}
	if ok && lo-2 >= first && a.lower(lo) == "knowledge" && a.lower(lo-1) == "with" && a.cueFollows(t+1) {
		// "people with knowledge of the discussions said": those who have it speak
		if g, ok := a.speakerBackward(lo-2, first); ok {
			return Span{g.Start, a.d.Tokens[t].End}, true
		}
	}
	if ok && a.entAt[lo] < 0 && lo-3 >= first && (prepositions[a.lower(lo-1)] || adjunctStarts[a.lower(lo-1)]) && sourceParticiples[a.lower(lo-2)] && a.cueFollows(t+1) {
		// "A joint statement issued after the talks said": the paper the
		// participle describes speaks, with the phrase, as "A study
		// published in Nature" does
		if g, ok := a.speakerBackward(lo-3, first); ok {
			return Span{g.Start, a.d.Tokens[t].End}, true
		}
	}
	if u := a.tokenAfter(m.Start); ok && u-2 >= first && prepositions[a.lower(u-1)] && everyoneWords[a.lower(u-2)] {
		return Span{a.d.Tokens[u-2].Start, m.End}, true // "everyone on the block calls": not the block
	}
	if u := a.relativeWhoBefore(lo, first); ok && u > first && a.cueFollows(t+1) {
		// "A hillwalker who spent a night … in the Lake District has
		// described": the phrase before the cue ends a relative clause,
		// and what the clause describes speaks
		if g, ok := a.speakerBackward(u-1, first); ok {
			if a.lower(u) == "whose" {
				// "A man whose mother died from sepsis … has said": the
				// clause is what the text tells of him
				return Span{g.Start, a.d.Tokens[t].End}, true
			}
			return g, true
		}
	}
	return m, ok
}

// speaksFor reports whether token u is a noun for people who speak for
// someone named after "for" or "to": "Lawyers for …", "aides to …".
func (a *attributor) speaksFor(u int) bool {
	w := a.lower(u)
	return a.has(u, inSpeakerNouns|inPeoplePlurals) || w == "lawyers" || w == "attorneys"
}

// peopleWord reports whether token u is a plural noun of people who
// speak: "staffers", "officials", "people".
func (a *attributor) peopleWord(u int) bool {
	w := a.lower(u)
	return w == "people" || len(w) > 3 && strings.HasSuffix(w, "s") && speakerNouns[w[:len(w)-1]] == SpeakerPerson && speakerNouns[w] == SpeakerOther
}

// writesFor reports whether token u is one who writes for a paper:
// "columnist", "reporter", "critic".
func (a *attributor) writesFor(u int) bool {
	w := a.lower(u)
	return interviewerWords[w] && w != "by" || w == "critic"
}

// cueFollows reports whether a cue stands at token t, after adverbs and
// auxiliaries at most: "has described", "also said".
func (a *attributor) cueFollows(t int) bool {
	for t < len(a.d.Tokens) && !a.isCueToken(t) && (a.has(t, inAdverbials) || a.isAdverb(t)) {
		t++
	}
	return t < len(a.d.Tokens) && a.isCueToken(t)
}

// relativeWhoBefore returns the "who" that opens the relative clause token
// lo stands in, within the same stretch of words (no punctuation between),
// or -1.
func (a *attributor) relativeWhoBefore(lo, first int) int {
	for u := lo - 1; u >= first && u > lo-reach; u-- {
		if a.d.Tokens[u].Kind != Word || a.inPassage[u] || a.isCueToken(u) {
			return -1
		}
		if (a.lower(u) == "who" || a.lower(u) == "whose") && !a.acronymName(u) {
			return u
		}
	}
	return -1
}

// clauseSubject finds the subject of a cue whose phrase ends in a comma: the
// noun phrase that opens the clause, ended by its own comma.
func (a *attributor) clauseSubject(t, first int) (Span, bool) {
	start := max(first, t-reach)
	u0 := t - 1
	if o, ok := a.termAt(t); ok {
		u0 = o - 1 // the comma inside a term's marks closes the clause: `whom supporters call “the wage hammer,” said`
	}
	for u := u0; u >= start; u-- {
		if o, ok := a.termAt(u); ok {
			u = o // `the nickname "the Auditor" around the house`: words of the clause
			continue
		}
		if a.inPassage[u] || a.tok(u) == ";" {
			start = u + 1
			break
		}
	}
	start = a.afterDateline(start, t)
	if start+2 < t && clauseOpeners[a.lower(start)] && a.tok(start+1) == "," {
		start += 2 // "Meanwhile, the union, which represents …, said": an adverb, no introductory phrase
	}
	// the subject opens the clause or follows an introductory phrase:
	// "With 50 days to go, Minyon Moore, a senior adviser, called …"
	var described Span // a subject that names no one by name, kept while a name may follow
	found := false
	for s := start; s < t; s++ {
		if s > start && a.tok(s-1) != "," {
			continue
		}
		if clauseOpeners[a.lower(s)] && s+1 < t {
			s++ // "Even China, Pyongyang's only ally, said"
		} else if s == start {
			// "(It came up) after Mr. Trump, asked about …, had said": a
			// person named after the word that opens a clause is its subject
			for u := s; u+1 < t && a.tok(u) != ","; u++ {
				if !subjectOpeners[a.lower(u)] {
					continue
				}
				if v := a.skipTitles(u+1, t, inTitleWords); a.entAt[v] >= 0 && a.d.Entities[a.entAt[v]].Kind == Person {
					s = u + 1
				}
				break
			}
		}
		if s == start && a.entAt[s] < 0 && (openingPrepositions[a.lower(s)] || placeAdverbs[a.lower(s)]) {
			continue // "Outside court, Dlamuka's younger brother, Themba Dlamuka, said": a phrase of place or time opens
		}
		hi := s
		for hi < t && (a.inPhrase(hi) || (a.joinsNames(hi) || a.postModifier(hi)) && hi > s) {
			hi++
		}
		if found && a.entAt[s] < 0 {
			// "The charity, Homes For All, said": a name in apposition whose
			// every word is capitalised, small words too
			if u := a.capitalRun(s, t); u > s+1 && u <= t && a.tok(u) == "," {
				return Span{a.d.Tokens[s].Start, a.d.Tokens[u-1].End}, true
			}
		}
		if hi < t && a.tok(hi) == "(" {
			// "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said"
			if after := a.skipParenthesis(hi, t); after <= t && a.tok(after) == "," {
				if m, ok := a.mention(s, hi, true); ok {
					if (!a.endsInName(m) || a.titleOf(s, m)) && after+1 < t && !found {
						// "counsel for the Director of Public Prosecutions
						// (DPP), Gráinne Kiely SC, told": the name in apposition
						found, described = true, m
						continue
					}
					if n, ok := a.nameInApposition(after, t); ok && a.tokenAfter(n.End) == t {
						// "the National Publicity Secretary of the senator's
						// party, the National Democratic Alliance (NDA),
						// Kelechi Nwabueze, said": the body is the role's, the
						// person named last speaks
						continue
					}
					return m, true
				}
			}
		}
		if hi == s || hi > t || a.tok(hi) != "," {
			continue
		}
		if a.has(s, inSpeakerPronouns) && hi == s+1 {
			return a.d.Tokens[s].Span, true
		}
		v := a.skipTitles(s, hi, inTitleWords) // "The jury president, actress Juliette Binoche, said"
		if found {
			for k := v; k < v+2 && k+1 < hi && a.d.Tokens[k].Kind == Word && !a.has(k, capWord|inFunctionWords); k++ {
				if e := a.entAt[k+1]; e >= 0 && a.d.Entities[e].Kind == Person {
					v = k + 1 // "Another survivor, truck driver Bishnu Shrestha, said": an occupation before the name
				}
			}
		}
		if found && a.lower(v) == "the" && a.entAt[v+1] >= 0 && a.d.Entities[a.entAt[v+1]].End == a.d.Tokens[hi-1].End {
			v++ // "A local citizens' group, the Biwako Mirai Network, said": the body's name in apposition
		}
		if u := a.skipTitles(s, hi, inTitleWords|inDeterminers); u > v && a.entAt[u] < 0 && isNationality(a.tok(u)) {
			// "…, the Danish actor Henrik Vestergaard, said": a name ending the phrase
			if w := a.skipTitles(u+1, hi, inTitleWords); a.entAt[w] >= 0 && a.d.Entities[a.entAt[w]].End == a.d.Tokens[hi-1].End {
				v = w
			}
		}
		if s > start && a.entAt[v] < 0 && !(hi+1 < t && a.participle(hi+1)) {
			// after an introductory phrase, only a name will do, or one
			// described before a participle's phrase ("In Washington, a US
			// official, speaking on condition of anonymity, said")
			continue
		}
		if m, ok := a.mention(s, hi, true); ok {
			if !a.endsInName(m) && hi+1 < t && !found {
				// "A lawyer for the paper, David Schulz, said", "Hungary's prime
				// minister, Viktor Orban, had threatened": a name in apposition
				// is the better mention
				found, described = true, m
				continue
			}
			return m, true
		}
	}
	return described, found
}

// titleOf reports whether the phrase from token s to mention m, a body's
// name, is a title held in that body: "The Group Chief Executive Officer of
// the Nigerian National Petroleum Company Limited" (then the holder's name
// in apposition speaks).
func (a *attributor) titleOf(s int, m Span) bool {
	e, ok := a.nameEnding(m)
	if !ok || e.Kind != Organization || a.d.Tokens[s].Start == e.Start {
		return false
	}
	for u := s; u < len(a.d.Tokens) && a.d.Tokens[u].Start < e.Start; u++ {
		if a.has(u, inTitleWords) && !a.has(u, inDeterminers) {
			return true
		}
	}
	return false
}

// endsInName reports whether mention m is a person's or a body's name,
// with at most a title before it: "Sergei Lavrov", "Foreign Minister
// Sergei Lavrov", "the Kremlin"; not "Hungary's prime minister", "One
// pastor supporting Mr. Cruz" nor "Speaking in Harlem".
func (a *attributor) endsInName(m Span) bool {
	e, ok := a.nameEnding(m)
	return ok && a.onlyTitlesBefore(a.tokenAfter(m.Start), e.Start)
}

// nameEnding returns the name of a person or a body that ends mention m.
func (a *attributor) nameEnding(m Span) (Entity, bool) {
	last := a.tokenAfter(m.End) - 1
	if last < 0 || last >= len(a.entAt) || a.entAt[last] < 0 {
		return Entity{}, false
	}
	e := a.d.Entities[a.entAt[last]]
	return e, e.End == m.End && e.Kind != Place
}

// capitalRun returns the token after the capitalised words from t, at most
// six, before end.
func (a *attributor) capitalRun(t, end int) int {
	u := t
	for u < end && u < t+6 && a.d.Tokens[u].Kind == Word && a.has(u, capWord) {
		u++
	}
	return u
}

// joinsNames reports whether token u is "and" or "'s" inside a phrase:
// "Lavrov and Kerry", "Hollande's office", or any word inside a name.
func (a *attributor) joinsNames(u int) bool {
	if e := a.entAt[u]; e >= 0 && a.d.Entities[e].Start < a.d.Tokens[u].Start && a.d.Tokens[u].End < a.d.Entities[e].End {
		return true // inside a name: "Department for Transport", "Fire and Rescue Service"
	}
	switch a.lower(u) {
	case "'s", "’s", "of":
		return true
	case "and", "&":
		return u > 0 && u+1 < len(a.d.Tokens) && a.has(u-1, capWord) && a.has(u+1, capWord)
	}
	return false
}

// joinsSpeakers reports whether token u is "and" between two speakers
// read forward: "the company and the Food and Drug Administration said".
func (a *attributor) joinsSpeakers(u, end int) bool {
	return a.lower(u) == "and" && u > 0 && u+1 < end && a.has(u-1, inSpeakerNouns) && (a.lower(u+1) == "the" || a.has(u+1, capWord))
}

// postModifier reports whether token u opens a short phrase after a speaker's
// noun: "attorneys for the family", "a narrator in the Clinton ad".
func (a *attributor) postModifier(u int) bool {
	switch a.lower(u) {
	case "for", "at", "from", "with", "in":
		if u+1 >= len(a.d.Tokens) {
			return false
		}
		// "people with knowledge of the discussions", "people familiar
		// with plant operations"
		return a.has(u+1, inDeterminers|capWord) || a.lower(u+1) == "knowledge" || complementAdjectives[a.lower(u-1)]
	case "to":
		// "A former aide to the city's mayor", "an adviser to Ukraine's
		// president", "a source close to him"
		return u > 0 && u+1 < len(a.d.Tokens) && (rolesTo[a.lower(u-1)] && a.has(u+1, inDeterminers|capWord) || complementAdjectives[a.lower(u-1)])
	case "on":
		return u > 0 && complementAdjectives[a.lower(u-1)] // "a person briefed on the discussions"
	}
	return false
}

// speakerForward parses a speaker phrase starting at token t and returns
// its mention and the token after the phrase.
func (a *attributor) speakerForward(t, end int) (Span, int, bool) {
	if t >= end || a.inPassage[t] {
		return Span{}, t, false
	}
	if a.has(t, inSpeakerPronouns) || indefiniteSpeakers[a.lower(t)] && t+1 < end && a.isCueToken(t+1) {
		return a.d.Tokens[t].Span, t + 1, true // "he said"; `"…," one wrote on X`
	}
	hi := t
	for hi < end && hi < t+12 && (a.inPhrase(hi) || (a.joinsNames(hi) || a.postModifier(hi) && !a.personEndsAt(hi-1) || a.joinsSpeakers(hi, end)) && hi > t) && !(hi > t && (a.verbLike(hi, t) || sourceParticiples[a.lower(hi)])) {
		if hi+1 == end && hi > t && a.has(hi, inCueWords) && a.pluralSubject(hi-1) {
			break // "…, the authors report.": the last word, after people, is their verb
		}
		hi++ // a verb ends the phrase: "said the Khan family deserved better" names no speaker
		if n := a.skipParenthesis(hi, end); n > hi && n-hi == 3 && a.entAt[hi-1] >= 0 && a.has(hi+1, allCaps) && n < end && a.inPhrase(n) {
			hi = n // "Brihanmumbai Municipal Corporation (BMC) commissioner Vandana Iyer": the body's initials, then its role
		}
	}
	if hi-2 > t && a.lower(hi-2) == "of" && (a.lower(hi-1) == "more" || a.lower(hi-1) == "fewer" || a.lower(hi-1) == "less") {
		hi -= 2 // "a study of more than 700 adults": the phrase is the study's
	}
	if hi == t {
		return Span{}, t, false
	}
	if a.cityStateBased(hi, end) {
		// "the Beaverton, Oregon-based company": the comma is the place's
		for hi += 2; hi < end && hi < t+12 && a.inPhrase(hi) && !a.verbLike(hi, t); hi++ {
		}
		return Span{a.d.Tokens[t].Start, a.d.Tokens[hi-1].End}, hi, true
	}
	m, ok := a.mention(t, hi, true)
	return m, a.skipParenthesis(hi, end), ok
}

// personEndsAt reports whether a person's name ends with token u: what
// follows it tells where or when, not who ("said NLC president Yusuf
// Danjuma at a news conference in Abuja").
func (a *attributor) personEndsAt(u int) bool {
	e := a.entAt[u]
	return e >= 0 && a.d.Entities[e].Kind == Person && a.d.Entities[e].End == a.d.Tokens[u].End
}

// staffAt reports whether the two tokens before t, from first on, are a
// firm's staff and "at" (orgStaff): "analysts at" before "Jefferies".
func (a *attributor) staffAt(t, first int) bool {
	return t-2 >= first && a.lower(t-1) == "at" && orgStaff[a.lower(t-2)]
}

// roleBetween reports whether tokens [t, u) are words of a role between a
// body and a person, with no word that joins two names ("of", "and"): "Chiefs
// tight end", "press secretary".
func (a *attributor) roleBetween(t, u int) bool {
	if t >= u {
		return false
	}
	for k := t; k < u; k++ {
		if a.d.Tokens[k].Kind != Word || phraseJoiners[a.lower(k)] || a.lower(k) == "and" || a.entAt[k] >= 0 && a.d.Entities[a.entAt[k]].Kind == Person {
			return false
		}
	}
	return true
}

// cityStateBased reports whether the comma at token c parts a city from its
// state in "<place>-based" after it: "the Beaverton, Oregon-based company".
func (a *attributor) cityStateBased(c, end int) bool {
	return c+1 < end && c > 0 && a.tok(c) == "," && a.has(c-1, capWord) && strings.HasSuffix(a.lower(c+1), "-based")
}

// skipParenthesis steps over a short bracketed aside at token t, such as a
// party label "(R-Fla.)", returning the token after it.
func (a *attributor) skipParenthesis(t, end int) int {
	return a.skipBrackets(t, end, 10)
}

// skipBrackets returns the token after the closing bracket of the aside
// that opens at token t, within that many tokens, or t when there is none.
func (a *attributor) skipBrackets(t, end, within int) int {
	if t >= end || a.tok(t) != "(" {
		return t
	}
	for u := t + 1; u < end && u < t+within; u++ {
		if a.tok(u) == ")" {
			return u + 1
		}
	}
	return t
}

// mention picks the mention inside the noun phrase of tokens [lo, hi): a
// name standing at its head (or, reading forward, at its start after a
// title: "Russian Foreign Minister Sergei Lavrov"), else the phrase itself
// when it ends in a noun. It fails for phrases that name nobody.
func (a *attributor) mention(lo, hi int, forward bool) (Span, bool) {
	toks := a.d.Tokens
	for lo < hi && toks[lo].Kind == Punct {
		lo++
	}
	for hi > lo && (toks[hi-1].Kind == Punct || a.lower(hi-1) == "of" || a.lower(hi-1) == "and") {
		hi--
	}
	if lo >= hi {
		return Span{}, false
	}
	if crowdWords[a.lower(lo)] && lo+2 < hi && a.lower(lo+1) == "of" {
		// "Tens of thousands of people": the crowd, whole
		return Span{toks[lo].Start, toks[hi-1].End}, true
	}
	// "Del. Stacey Plaskett of the Virgin Islands", "Maya Chen of research
	// firm Counterpoint": the person before "of"
	for k := lo + 1; k < hi; k++ {
		if a.lower(k) != "of" {
			continue
		}
		if e := a.entAt[k-1]; e >= 0 {
			en := a.d.Entities[e]
			if en.Kind == Person && en.End == toks[k-1].End && en.Start >= toks[lo].Start && a.onlyTitlesBefore(lo, en.Start) {
				return en.Span, true
			}
		}
		break
	}
	// a name at the head: the last token of the phrase ends an entity
	if e := a.entAt[hi-1]; e >= 0 && a.d.Entities[e].End == toks[hi-1].End && a.d.Entities[e].Start >= toks[lo].Start {
		if a.d.Entities[e].Kind == Organization && a.holderOf(lo, a.d.Entities[e].Start) {
			return Span{toks[lo].Start, toks[hi-1].End}, true // "The head of the Defence Department": its head speaks
		}
		if a.onlyTitlesBefore(lo, a.d.Entities[e].Start) {
			return a.d.Entities[e].Span, true
		}
		if u := a.tokenAfter(a.d.Entities[e].Start); a.d.Entities[e].Kind == Person {
			if o := a.ownerStart(u); o < u && o >= lo && a.onlyTitlesBefore(lo, a.d.Tokens[o].Start) {
				return a.d.Entities[e].Span, true // "CNN's Jake Tapper": the person, whoever she works for
			}
		}
		// "Met Office meteorologist Tom Hadley", "Former Chelsea striker
		// Didier Drogba": a body, a role, the person
		u := a.skipTitles(lo, hi, inTitleWords|inDeterminers)
		if o := a.entAt[u]; u < hi && o >= 0 && a.d.Entities[o].Kind == Organization && a.d.Entities[o].Start == toks[u].Start {
			if p, ok := a.staffAfter(a.d.Entities[o].End, hi); ok && p == a.d.Entities[e].Span {
				return p, true
			}
		}
	}
	if forward {
		// "Brian Baker, a longtime political adviser": the name opens the phrase
		for u := lo; u < hi; u++ {
			if e := a.entAt[u]; e >= 0 {
				en := a.d.Entities[e]
				if en.Start == toks[u].Start && en.Kind == Organization && a.holderOf(lo, en.Start) {
					return Span{toks[lo].Start, en.End}, true // "The head of the Defence Department"
				}
				if en.Start == toks[u].Start && a.onlyTitlesBefore(lo, en.Start) {
					if p := a.entAt[hi-1]; en.Kind != Person && p >= 0 && p != e && a.d.Entities[p].Kind == Person && a.d.Entities[p].End == toks[hi-1].End &&
						a.roleBetween(a.tokenAfter(en.End), a.tokenAfter(a.d.Entities[p].Start)) {
						// "Kansas City Chiefs tight end Travis Kelce": a team or a
						// body, a role, then the person
						return a.d.Entities[p].Span, true
					}
					if v := a.tokenAfter(en.End); v >= hi || !a.continuesNoun(v, hi) {
						return en.Span, true
					}
				}
				break
			}
		}
	}
	if hi-lo == 1 && !a.has(lo, capWord|inSpeakerNouns) && !a.pluralSubject(lo) {
		return Span{}, false // one lower-case word that names no one: "personal", "together", "long"
	}
	// a possessive of a name then a speaker noun: "Hollande's office"
	if a.has(hi-1, inSpeakerNouns) || a.looksNoun(hi-1) {
		return Span{toks[lo].Start, toks[hi-1].End}, true
	}
	// a head noun before "of": "the 34-year-old mother of three"
	for u := hi - 2; u > lo; u-- {
		if a.lower(u) == "of" {
			if a.looksNoun(u - 1) {
				return Span{toks[lo].Start, toks[u-1].End}, true
			}
			break
		}
	}
	return Span{}, false
}

// holderOf reports whether the phrase before byte offset off, a body's
// name, ends in a person's title and "of": "The head of the", "Chief
// Executive of".
func (a *attributor) holderOf(lo, off int) bool {
	u := a.tokenAfter(off) - 1
	if u > lo && a.lower(u) == "the" {
		u--
	}
	return u > lo && a.lower(u) == "of" && a.has(u-1, inTitleWords) && speakerNouns[a.lower(u-1)] == SpeakerPerson
}

// onlyTitlesBefore reports whether the tokens of the phrase before byte
// offset off are a title or a determiner: "Russian Foreign Minister", "the";
// not a group's noun, even capitalised to open a sentence ("Residents of
// Obunga" speak, not Obunga).
func (a *attributor) onlyTitlesBefore(lo, off int) bool {
	for u := lo; u < len(a.d.Tokens) && a.d.Tokens[u].Start < off; u++ {
		if !(a.has(u, inTitleWords|inDeterminers) || isNationality(a.tok(u)) || a.lower(u) == "of" || a.has(u, capWord) || a.d.Tokens[u].Kind == Punct) ||
			speakerNouns[a.lower(u)] == SpeakerOther && !a.has(u, inTitleWords) {
			return false
		}
	}
	return true
}

// skipTitles returns the first token from u, before end, that is in a
// name or has none of the facts b: it steps over the title words before a
// name ("actress Juliette Binoche").
func (a *attributor) skipTitles(u, end int, b fact) int {
	for u < end && a.entAt[u] < 0 && a.has(u, b) {
		u++
	}
	return u
}

// tokenAfter returns the index of the first token starting at or after off.
func (a *attributor) tokenAfter(off int) int {
	toks := a.d.Tokens
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// continuesNoun reports whether token v goes on with the noun phrase after
// a name, so the name only modifies it: "Clinton campaign", "Clinton's
// office", "the Liberal Democrats' campaigns director".
func (a *attributor) continuesNoun(v, hi int) bool {
	if v >= hi {
		return false
	}
	w := a.lower(v)
	if w == "'s" || w == "’s" || (w == "'" || w == "’") && v > 0 && a.d.Tokens[v].Start == a.d.Tokens[v-1].End && strings.HasSuffix(a.lower(v-1), "s") {
		return true
	}
	if a.has(v, inSpeakerNouns|inTitleWords) {
		return true // "Labour MP", "Democratic senator"
	}
	// "the EU statistics office": lower-case words up to a speaker noun
	for u := v; u < hi; u++ {
		if a.d.Tokens[u].Kind != Word || a.has(u, capWord|inPhraseStops|inDeterminers) || phraseJoiners[a.lower(u)] {
			return false // not "Paul Ryan in a statement"
		}
	}
	return a.has(hi-1, inSpeakerNouns)
}

// looksNoun reports whether token u can head a noun phrase: a word that is
// neither a closed-class word nor a verb form the cue table knows.
func (a *attributor) looksNoun(u int) bool {
	tok := a.d.Tokens[u]
	if tok.Kind != Word {
		return false
	}
	if a.has(u, inPhraseStops|inDeterminers|inAdverbials) || a.cueVerb(u) {
		return false
	}
	if a.isAdverb(u) || a.lower(u) == "last" || a.lower(u) == "next" {
		return false
	}
	return len(a.lower(u)) > 1
}

// cueVerb reports whether token u is a cue word read as a verb: any but
// one after a determiner, which makes it a noun ("the reports", "a show").
func (a *attributor) cueVerb(u int) bool {
	return a.has(u, inCueWords) && (u == 0 || !a.has(u-1, inDeterminers))
}

// isAdverb reports whether token u is a lower-case word in -ly of some
// length: "typically", "increasingly" (not "ally", "only" is a phrase stop).
func (a *attributor) isAdverb(u int) bool {
	if a.d.Tokens[u].Kind != Word || a.has(u, capWord|inSpeakerNouns|inOrgHeads) {
		return false // "family", "assembly": nouns in -ly
	}
	w := a.lower(u)
	return len(w) > 5 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ally") || strings.HasSuffix(w, "ically")
}

// verbLike reports whether token u, met while reading a phrase backwards,
// is more likely a verb than a modifier: a lower-case word in -ed or -ing
// that no determiner precedes ("spotted Stein", but "a retired general").
func (a *attributor) verbLike(u, first int) bool {
	if a.d.Tokens[u].Kind != Word || a.has(u, capWord) {
		return false
	}
	w := a.lower(u)
	if !(len(w) > 4 && (w[len(w)-2:] == "ed" || w[len(w)-3:] == "ing")) || complementAdjectives[w] {
		return false // (nor "a person briefed on the talks": a participle as an adjective)
	}
	if u-1 >= first && strings.HasSuffix(w, "ing") && isPossessive(a.lower(u-1)) {
		return false // "the party's housing spokesman": a noun someone owns
	}
	if u-2 >= first && strings.HasSuffix(w, "ing") && a.has(u-2, inDeterminers) && (adjectiveLike(a.lower(u-1)) || a.has(u, inSpeakerNouns)) {
		return false // a noun in -ing after a determiner and a modifier: "a regulatory filing", "A court filing"
	}
	return u == first || !a.has(u-1, inDeterminers)
}

// adjectiveLike reports whether a lower-case word looks like an adjective
// by its ending ("regulatory", "annual", "public") or is "new" or "recent".
func adjectiveLike(w string) bool {
	n := len(w)
	return n > 4 && (strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ory") ||
		strings.HasSuffix(w, "ary") || strings.HasSuffix(w, "ive") || strings.HasSuffix(w, "ent")) || w == "new" || w == "recent"
}

// The word lists of this file's rules, each built at start-up from its
// entry in phraseLists (see wordSets).
var phraseStops, clauseOpeners, rolesTo, crowdWords, placeAdverbs map[string]bool

var phraseLists = wordSets{
	// phraseStops are closed-class words that never sit inside a speaker's noun
	// phrase: auxiliaries, prepositions, conjunctions and relative pronouns.
	{&phraseStops, `is was are were be been being has have had do does did will would can could may might should
		must shall in on at for with to from by about into over after before during since than as like
		under without against between through that which who whom whose when where while because if but
		or and so though although whether not n't isn't wasn't aren't weren't hasn't haven't hadn't don't doesn't didn't
		won't wouldn't can't couldn't shouldn't also then there here it this these those what how why
		said says say told according yes no just even only still now today yesterday later earlier
		nobody everyone everybody someone somebody anyone anybody none nothing something everything
		anything out up off down back away`},
	// clauseOpeners are adverbs and conjunctions that may stand before a clause's subject.
	{&clauseOpeners, `even but and also still yet so now then meanwhile however only indeed as`},
	// placeAdverbs open a phrase of place before a clause: "Outside court, …".
	{&placeAdverbs, `outside inside near across behind beyond along`},
	// rolesTo are the nouns of people who serve someone named after "to".
	{&rolesTo, `aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson ambassador envoy
		counsel assistant deputy consultant successor heir`},
	// crowdWords open a phrase naming a crowd: "Tens of thousands of people",
	// "Hundreds of protesters".
	{&crowdWords, `tens hundreds thousands millions dozens scores`},
}
