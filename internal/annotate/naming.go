package annotate

import "strings"

// This file reads the labels people give: a short quotation that is the
// name someone calls another by is that someone's words.

// labelWords is how many words a label may have; longer quotations are
// speech of their own and go through the other sieves.
const labelWords = 8

// naming attributes a short partial quote that is the label a naming verb
// gives, to the verb's subject: `Reid called Trump a "con artist"`. A
// passive or a noun before the verb leaves it a name ("a film called",
// "was dubbed"), and so does a verb with no speaker for subject. A label
// joined by "and" or "or" to one so attributed shares its speaker: `as a
// "human leech" and a "spoiled brat"`.
func (a *attributor) naming(i int, q *Quote) bool {
	p := a.passages[i]
	if q.Kind != Partial || a.wordsIn(p) > labelWords {
		return false
	}
	first := a.headStart(i)
	j := p.Open - 1
	if j > first && labelArticles[a.lower(j)] {
		j--
	}
	if j >= first && (a.lower(j) == "and" || a.lower(j) == "or") && i > 0 {
		prev := a.passages[i-1]
		if prev.Close == j-1 && a.quotes[i-1].Sieve == "naming" {
			pq := a.quotes[i-1]
			q.Speaker, q.Cue, q.Sieve = pq.Speaker, pq.Cue, "naming"
			return true
		}
		return false
	}
	as := j > first && a.lower(j) == "as"
	if as {
		j--
	}
	for v := j; v >= first && v >= j-5; v-- {
		if a.inPassage[v] || a.d.Tokens[v].Kind != Word {
			return false // the label's object ends at punctuation
		}
		w := a.lower(v)
		verb := v
		switch {
		case as && w == "after" && v > first && goForms[a.lower(v-1)]:
			verb = v - 1
		case as && asVerbs[w], !as && namingVerbs[w]:
		default:
			continue
		}
		if verb > first && passiveMarks[a.lower(verb-1)] && !isIng(w) {
			return false
		}
		if verb >= first+2 && a.has(verb-2, inDeterminers) && a.d.Tokens[verb-1].Kind == Word && !a.has(verb-1, capWord) &&
			!strings.HasSuffix(a.lower(verb-1), "s") && !strings.HasSuffix(w, "ed") {
			return false // "on a conference call that …": a singular noun before a base form makes a compound
		}
		m, ok := a.subjectOf(verb, first)
		if g, found := a.whomSubject(verb, first); found {
			m, ok = g, true // "whom supporters in his home state of Lower Saxony like to call"
		}
		if ok && verb == j && strings.HasSuffix(w, "ed") {
			// "the program, officially known as …, but nicknamed “Ghost
			// Tide”": a participle far from its subject names (but "who he
			// dubbed "the little senator"" gives a label)
			u := a.tokenAfter(m.End)
			for u < verb && a.has(u, inAdverbials) {
				u++
			}
			if u != verb {
				return false
			}
		}
		// "Villalobos, whom teammates call "Tanque,"": the teammates give the label
		whom := ok && a.lower(a.tokenAfter(m.Start)-1) == "whom"
		if !whom && (!ok || verb == j && !a.personalSubject(m)) {
			return false // `email chains recently labeled "top secret"`: a participle after a noun is passive
		}
		q.Speaker, q.Cue, q.Sieve = m, a.d.Tokens[v].Span, "naming"
		if verb != v {
			q.Cue = Span{a.d.Tokens[verb].Start, a.d.Tokens[v].End}
		}
		return true
	}
	return false
}

// whomSubject returns the subject of the relative clause "whom … call"
// that ends at the naming verb at token verb: the words between "whom"
// and the verb, past "like to", "have taken to" ("whom supporters in his
// home state like to call").
func (a *attributor) whomSubject(verb, first int) (Span, bool) {
	end := verb
	if end-2 > first && a.lower(end-1) == "to" {
		end -= 2 // "like to", "taken to"
		if end-1 > first && auxiliaries[a.lower(end-1)] {
			end-- // "have taken to"
		}
	}
	for u := end - 1; u > first && u >= end-10; u-- {
		if a.d.Tokens[u].Kind != Word || a.inPassage[u] {
			return Span{}, false
		}
		if a.lower(u) == "whom" {
			if u+1 < end {
				return Span{a.d.Tokens[u+1].Start, a.d.Tokens[end-1].End}, true
			}
			return Span{}, false
		}
	}
	return Span{}, false
}

// personalSubject reports whether mention m is a pronoun or a name, the
// subjects that may give a label with no object between verb and label
// (`who he dubbed "the little senator"`).
func (a *attributor) personalSubject(m Span) bool {
	t := a.tokenAfter(m.Start)
	return t < len(a.d.Tokens) && (a.has(t, inSpeakerPronouns) || a.entAt[t] >= 0)
}

func isIng(w string) bool { return len(w) > 4 && w[len(w)-3:] == "ing" }

// The word lists of this file's rules, each built at start-up from its
// entry in namingLists (see wordSets).
var namingVerbs, asVerbs, goForms, passiveMarks, labelArticles map[string]bool

var namingLists = wordSets{
	// namingVerbs give a name or a label: `Reid called Trump a "con artist"`,
	// `Rubio, who he dubbed "the little senator"`.
	{&namingVerbs, `call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling
		labelling brand brands branded branding nickname nicknames nicknamed`},
	// asVerbs give their label after "as": `referring to the US as the "Great
	// Satan"`, `has been pounding Trump as a "con artist"`.
	{&asVerbs, `describe describes described describing refer refers referred referring portray portrays
		portrayed portraying characterize characterizes characterized characterizing characterise characterises
		characterised depict depicts depicted dismiss dismisses dismissed dismissing deride derides derided
		deriding denounce denounces denounced denouncing mock mocks mocked mocking attack attacks attacked
		attacking slam slams slammed slamming blast blasts blasted blasting pound pounds pounded pounding hail
		hails hailed hailing tout touts touted touting praise praises praised praising rate rates rated rating
		criticize criticizes criticized criticizing criticise criticised paint paints painted painting cast
		casts casting label labels labeled labelled brand brands branded`},
	// goForms take "after" as a verb of attack: "has gone after Trump as a ...".
	{&goForms, `go goes going gone went`},
	// passiveMarks before a verb make it passive or a name's: "was dubbed",
	// "so-called".
	{&passiveMarks, `is was were are be been being 's ’s get gets got getting so`},
	// labelArticles may stand between a naming verb's object and the label.
	{&labelArticles, `a an the`},
}
