package annotate

import (
	"unicode"
	"unicode/utf8"
)

// This file finds speech set out as an interview or a transcript, without
// quotation marks: "Q: … / A: …" pairs, and lines led by a speaker's label in
// capitals ("PENCE: Well, look …"). Each answer or labelled line is a direct
// quote of its paragraph.

// interviewQuotes returns the direct quotes of interview answers and
// transcript lines, in order, and marks their paragraphs.
func (a *attributor) interviewQuotes() []Quote {
	type line struct {
		para  int
		label Span // the label before the colon
		body  Span // the speech after it
		kind  int  // 1 question, 2 answer, 3 a speaker's label, 4 an answer under its speaker's name
	}
	var lines []line
	questions, answers := 0, 0
	labels := map[string]bool{}
	named := map[string]int{} // the one-word names that lead paragraphs, and how often
	asker := false            // one of them is an organization's
	people := map[int]int{}   // the people whose names, whole, lead paragraphs, by cluster, and how often
	toks := a.d.Tokens
	t := 0
	for pi, p := range a.d.Paragraphs {
		for t < len(toks) && toks[t].Start < p.Start {
			t++
		}
		if t+2 >= len(toks) || toks[t].Start != p.Start {
			continue
		}
		colon := -1
		for u := t; u < len(toks) && u < t+5 && toks[u].End <= p.End; u++ {
			if u == t+1 && a.tok(u) == "." && honorifics[a.lower(t)] {
				continue // "Mr. Fenwick:"
			}
			if s := a.tok(u); s == ":" || s == "." && u == t+1 {
				colon = u
				break
			}
			if toks[u].Kind != Word {
				break
			}
		}
		if colon <= t || colon+1 >= len(toks) || toks[colon+1].Start >= p.End {
			continue
		}
		if toks[colon+1].Kind == Mark && a.wordsAfterQuote(colon+1, p.End) {
			continue // `A: "No," Moore said.`: a quotation with its own attribution
		}
		label := Span{toks[t].Start, toks[colon-1].End}
		body := Span{toks[colon+1].Start, p.End}
		w := lower(label.Of(a.d.Text))
		switch {
		case questionLabels[w]:
			lines = append(lines, line{pi, label, body, 1})
			questions++
		case answerLabels[w] && a.tok(colon) == ":" || w == "a" && a.tok(colon) == ".":
			lines = append(lines, line{pi, label, body, 2})
			answers++
		case a.tok(colon) == ":" && (a.allCapsOrNames(t, colon) && isAllCaps(label.Of(a.d.Text)) || a.titledName(t, colon)):
			lines = append(lines, line{pi, label, body, 3})
			labels[label.Of(a.d.Text)] = true
		case a.tok(colon) == ":" && a.entAt[t] >= 0 && a.d.Entities[a.entAt[t]].Kind == Person && colon > t+1 && a.d.Entities[a.entAt[t]].Span == Span{toks[t].Start, toks[colon-1].End}:
			// "Nadia Ferrante: You raised the outlook …" / "Ashcroft: Both.":
			// a TV interview's exchange, each line under its speaker's name
			lines = append(lines, line{pi, label, body, 4})
			people[a.d.Entities[a.entAt[t]].Cluster]++
		case a.tok(colon) == ":" && colon == t+1 && a.has(t, capWord) && a.entAt[t] >= 0 && a.d.Entities[a.entAt[t]].Span == toks[t].Span:
			// "Vox: Walk me back …" / "Trevane: Because …": a magazine's
			// interview labels the asking outlet and the one answering by name
			kind := 4 // the one who answers, a person
			if a.d.Entities[a.entAt[t]].Kind == Organization {
				kind, asker = 1, true // the outlet or the paper that asks
			}
			lines = append(lines, line{pi, label, body, kind})
			named[label.Of(a.d.Text)]++
			if kind == 4 && toks[colon+1].Kind == Word {
				people[a.d.Entities[a.entAt[t]].Cluster]++
			}
		}
	}
	interview := questions > 0 && answers > 0
	transcript := len(labels) >= 2
	// two names, each leading paragraphs: the outlet that asks and the
	// person who answers (a tally, "Clinton: 1,547.", has no asker)
	byName := len(named) >= 2 && asker
	for _, n := range named {
		byName = byName && n >= 2
	}
	// or two people or more, each leading two lines or more
	talk := len(people) >= 2
	for _, n := range people {
		talk = talk && n >= 2
	}
	byName = byName || talk
	if !interview && !transcript && !byName {
		return nil
	}
	var out []Quote
	var who Span // the interviewee, found at the first question
	for i, l := range lines {
		switch {
		case l.kind == 1 && interview && who.IsZero():
			who = a.interviewee(l.para)
		case l.kind == 2 && interview:
			out = append(out, Quote{Span: l.body, Kind: Direct, Speaker: who, Source: -1, Sieve: "interview"})
		case l.kind == 3 && transcript:
			out = append(out, Quote{Span: l.body, Kind: Direct, Speaker: l.label, Source: -1, Sieve: "transcript"})
		case l.kind == 4 && byName:
			out = append(out, Quote{Span: l.body, Kind: Direct, Speaker: l.label, Source: -1, Sieve: "interview"})
			// the answer goes on over the paragraphs without a label before
			// the next question ("I also had our own wellness survey …")
			if i+1 < len(lines) && lines[i+1].kind == 1 {
				for pi := l.para + 1; pi < lines[i+1].para; pi++ {
					if p := a.d.Paragraphs[pi]; !a.quotedParagraph(p) {
						out = append(out, Quote{Span: p, Kind: Direct, Speaker: l.label, Source: -1, Sieve: "interview"})
					}
				}
			}
		}
	}
	return out
}

// quotedParagraph reports whether paragraph p opens with a quotation mark:
// a quotation of its own, which the sieves attribute.
func (a *attributor) quotedParagraph(p Span) bool {
	t := a.tokenAfter(p.Start)
	return t < len(a.d.Tokens) && a.d.Tokens[t].Kind == Mark
}

// titledName reports whether tokens t up to colon are an honorific and a
// name of one or two capitalised words, as a hearing's transcript labels
// its speakers: "Mr Fenwick:", "Ms. Marchbank:".
func (a *attributor) titledName(t, colon int) bool {
	if !honorifics[a.lower(t)] {
		return false
	}
	u := t + 1
	if a.tok(u) == "." {
		u++
	}
	if colon-u < 1 || colon-u > 2 {
		return false
	}
	for ; u < colon; u++ {
		if !a.has(u, capWord) {
			return false
		}
	}
	return true
}

// wordsAfterQuote reports whether words follow the quotation passage that
// opens at token open, before byte offset end (the end of its paragraph).
func (a *attributor) wordsAfterQuote(open, end int) bool {
	toks := a.d.Tokens
	p, ok := a.passageOpening(open)
	if !ok || p.Close < 0 {
		return false
	}
	for u := p.Close + 1; u < len(toks) && toks[u].End <= end; u++ {
		if toks[u].Kind == Word {
			return true
		}
	}
	return false
}

// interviewee is the person answering an interview: the last person named
// before the paragraph of its first question who is not the one asking
// (interviewer), or the zero Span.
func (a *attributor) interviewee(para int) Span {
	end := a.d.Paragraphs[para].Start
	ents := a.d.Entities
	for i := entityFrom(ents, end) - 1; i >= 0; i-- {
		if ents[i].Kind == Person && !a.interviewer(ents[i].Span) {
			return ents[i].Span
		}
	}
	return Span{}
}

// interviewer reports whether the name at span is introduced as the one
// who asks: one of interviewerWords within the three words before it.
func (a *attributor) interviewer(span Span) bool {
	t := a.tokenAfter(span.Start)
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if a.d.Tokens[k].Kind == Word && interviewerWords[a.lower(k)] {
			return true
		}
	}
	return false
}

// isAllCaps reports whether s has letters and all of them are capitals.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if isLetter(r) {
			letters++
			// a capital is a letter that upper-casing leaves as it is
			if r < utf8.RuneSelf && 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.ToUpper(r) != r {
				return false
			}
		}
	}
	return letters >= 2
}

// The word lists of this file's rules, each built at start-up from its
// entry in interviewLists (see wordSets).
var questionLabels, answerLabels, interviewerWords map[string]bool

var interviewLists = wordSets{
	// interviewLabels are the labels of questions and answers.
	{&questionLabels, `q question`},
	{&answerLabels, `a answer`},
	// interviewerWords name, before a name, the one who asks: "our political
	// correspondent, James Okoro", "interviewed by". (Not "to" or "with": "We
	// spoke to", "an interview with" name the one who answers.)
	{&interviewerWords, `correspondent reporter editor interviewer journalist presenter host anchor columnist writer by`},
}
