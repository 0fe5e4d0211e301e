package annotate

import "strings"

// This file holds the forms of reported speech that do not read "X said
// (that) …": a headline's "Speaker: claim", content introduced by "In a
// poll …," and a question put to someone, "Asked whether …".

// colonHeadline finds the headline form "Speaker: what they said", a name
// or a short phrase opening its paragraph, a colon, and a clause: "Lynch: No
// outside influence on FBI probe". A label in capitals (a dateline, a
// speaker in a transcript) is no headline.
func (a *attributor) colonHeadline(first, last int) (Quote, bool) {
	para := a.d.Paragraphs[a.d.Sentences[a.sentOf[first]].Paragraph]
	if a.d.Tokens[first].Start != para.Start || a.sentOf[a.paragraphEnd(first)-1] != a.sentOf[first] {
		return Quote{}, false // a headline is a paragraph of one sentence ("Suns: Ransom has scored … . Guard Kyle Brennan missed …" is a note)
	}
	if pe := a.paragraphEnd(first); para.Start != 0 && a.tok(pe-1) == "." || a.tok(pe-1) == "?" {
		// a note in the body ("Reds: RHP Colby Ashworth starts Monday."),
		// not the headline; a question asks ("Vox: Why pouches, and why
		// all day?"), it reports nothing
		return Quote{}, false
	}
	c := first + 1
	for c < last && c <= first+5 && a.tok(c) != ":" {
		c++
	}
	if c >= last || a.tok(c) != ":" || last-c < 4 || a.anyQuoted(first, last) {
		return Quote{}, false
	}
	lower := false
	for u := first; u < c; u++ {
		if a.d.Tokens[u].Kind == Word && strings.ToUpper(a.tok(u)) != a.tok(u) {
			lower = true
		}
	}
	if !lower || !a.has(c+1, capWord) && a.d.Tokens[c+1].Kind != Number {
		return Quote{}, false
	}
	m, ok := a.speakerBackward(c-1, first)
	if !ok || m.Start != a.d.Tokens[first].Start || !a.colonSpeaker(first, c) {
		return Quote{}, false
	}
	return a.indirectQuote(c+1, last, a.d.Tokens[c].Span, m, "colon-headline")
}

// colonSpeaker reports whether tokens [first, c) before a headline's
// colon can name who speaks: a name ("Lynch", "Sen. Reid") or a phrase
// whose head says who ("Trump aide"), not a label of the page ("Election
// night", "Analysis", "Live updates") nor a storm ("Storm Darragh").
func (a *attributor) colonSpeaker(first, c int) bool {
	if pageLabels[a.lower(first)] || a.has(first, inStormWords) {
		return false // "Storm Darragh: Millions told to stay indoors": what the page is about
	}
	for u := first; u < c; u++ {
		if a.d.Tokens[u].Kind == Number {
			return false // "Kingsbridge City 1-0 Northwood Athletic: …": a score
		}
	}
	if _, ok := speakerNouns[a.lower(c-1)]; ok || a.lower(c-1) == "camp" {
		return true // "Trump aide:", "Clinton camp:"
	}
	for u := first; u < c; u++ {
		if a.d.Tokens[u].Kind == Word && !a.has(u, capWord) && a.entAt[u] < 0 {
			return false
		}
	}
	return true
}

// inSource finds content introduced by "In" and its source: "In an NBC
// News poll released Monday, 50 percent chose Clinton". The source is the
// phrase up to its noun; what follows it up to the comma (a participle, a
// date) belongs to neither.
func (a *attributor) inSource(first, last int) (Quote, bool) {
	if a.lower(first) != "in" || first+2 >= last || !a.has(first+1, inDeterminers) {
		return Quote{}, false
	}
	head := -1
	for u := first + 2; u < last && u < first+14; u++ {
		switch {
		case sourceNouns[a.lower(u)] && head < 0:
			head = u
		case a.tok(u) == ",":
			if head < 0 {
				return Quote{}, false
			}
			if a.hasCue(u+1, min(last, u+1+reach)) {
				return Quote{}, false // "In a statement, the company said …": the cue names the speaker
			}
			m := Span{a.d.Tokens[first+1].Start, a.d.Tokens[head].End}
			return a.indirectQuote(u+1, last, a.d.Tokens[first].Span, m, "in-source")
		case a.d.Tokens[u].Kind == Mark || a.isCueToken(u) && head < 0:
			return Quote{}, false
		}
	}
	return Quote{}, false
}

// askedQuestion finds a question put to someone and reported in the
// narrator's words: "Asked whether he would run, Lavrov said …", "…, when
// asked which candidate she would back.", "Pressed on whether …". The
// content is the question, up to the next comma; the asker, usually the
// reporter, goes unnamed unless named after "by" ("Asked by reporters
// whether …").
func (a *attributor) askedQuestion(s Sentence) (Quote, bool) {
	for t := s.First; t < s.Last && t < s.First+reach; t++ {
		if w := a.lower(t); w != "asked" && w != "pressed" || a.inPassage[t] {
			continue // "Asked whether …", "Pressed on whether …"
		}
		if t > s.First && a.lower(t-1) != "when" && a.lower(t-1) != "," && a.lower(t-1) != "after" && a.lower(t-1) != "once" {
			continue // "he asked whether …" is a cue with a speaker of its own
		}
		u := t + 1
		var asker Span
		if u+1 < s.Last && a.lower(u) == "by" {
			// "Asked by reporters whether …", "Asked by the committee's
			// chair, Rhodri Fenwick, whether …": the one asking
			if m, next, ok := a.askedBy(u+1, s.Last); ok {
				asker, u = m, next
			}
		}
		for u < s.Last && u < t+6 && !questionWords[a.lower(u)] && a.d.Tokens[u].Kind == Word && !a.has(u, inPhraseStops) || u < s.Last && u < t+6 && (a.lower(u) == "on" || a.lower(u) == "during" || a.lower(u) == "in") {
			u++ // "Asked on Monday whether …", "asked during a debate why …"
		}
		if u >= s.Last || !questionWords[a.lower(u)] {
			continue
		}
		end := u + 1
		for end < s.Last && end < u+reach && a.tok(end) != "," && a.d.Tokens[end].Kind != Mark && a.tok(end) != ";" {
			end++
		}
		if end-u < 3 || a.anyQuoted(u, end) {
			continue
		}
		for end > u && a.d.Tokens[end-1].Kind == Punct {
			end--
		}
		cue := a.d.Tokens[t].Span
		return Quote{Span: Span{a.d.Tokens[u].Start, a.d.Tokens[end-1].End}, Kind: Indirect, Cue: cue, Speaker: asker, Source: -1, Sieve: "asked"}, true
	}
	return Quote{}, false
}

// askedBy reads the one asking a question after "asked by", from token t:
// a phrase up to a question word, with a name set off by commas standing
// for it ("the committee's chair, Rhodri Fenwick,"). It returns the
// mention and the token after the phrase and its comma.
func (a *attributor) askedBy(t, end int) (Span, int, bool) {
	u := t
	for u < end && u < t+reach && !questionWords[a.lower(u)] {
		if a.inPassage[u] || a.d.Tokens[u].Kind == Mark || a.isCueToken(u) {
			return Span{}, 0, false
		}
		u++
	}
	if u >= end || u == t || !questionWords[a.lower(u)] {
		return Span{}, 0, false
	}
	last := u
	if a.tok(last-1) == "," {
		last--
	}
	// an appositive name: "the committee's chair, Rhodri Fenwick"
	if c := a.commaBefore(t, last); c > t {
		if m, ok := a.mention(c+1, last, true); ok {
			return m, u, true
		}
	}
	m, ok := a.mention(t, last, true)
	return m, u, ok
}

// commaBefore returns the last comma among tokens [t, end), or -1.
func (a *attributor) commaBefore(t, end int) int {
	for u := end - 1; u >= t; u-- {
		if a.tok(u) == "," {
			return u
		}
	}
	return -1
}

// overlapsAny reports whether s overlaps a quote of qs.
func overlapsAny(s Span, qs []Quote) bool {
	for _, q := range qs {
		if q.Overlaps(s) {
			return true
		}
	}
	return false
}

// The word lists of this file's rules, each built at start-up from its
// entry in indirectformsLists (see wordSets).
var pageLabels, sourceNouns, questionWords map[string]bool

var indirectformsLists = wordSets{
	// pageLabels open a headline that names a kind of article, not a speaker.
	{&pageLabels, `analysis explainer opinion live update updates breaking exclusive watch video factbox
		timeline editorial review comment photos podcast newsletter recap preview`},
	// sourceNouns head a phrase that stands for where reported content comes
	// from: "In a Des Moines Register poll last month, Mr. Cruz had a lead".
	{&sourceNouns, `poll polls survey surveys study report statement interview letter memo filing ruling
		analysis review op-ed column editorial`},
	// questionWords open the question reported after "asked".
	{&questionWords, `if whether what why how who whom which when where`},
}
