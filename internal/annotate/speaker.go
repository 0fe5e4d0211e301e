package annotate

import (
	"sort"
	"strings"

	"github.com/newsroom-tools/annotator/internal/ner"
	"github.com/newsroom-tools/annotator/internal/order"
)

// linkSpeakers resolves the speaker mention of every quote to a Speaker:
// a name to its entity cluster, a pronoun to the person it stands for, a
// common noun ("the minister", "the company") to the cluster it describes
// or to a speaker of its own ("sources"). words holds what is known of d's
// tokens.
func linkSpeakers(d *Document, words *docWords) {
	l := speakerLinker{d: d, byCluster: map[int]int{}, byName: map[string]int{}, gender: clusterGenders(d, words), saidAt: map[int]int{},
		groupSpoke: spoke{speaker: -1}, firmSpoke: -1, bodySpoke: -1, servedBy: map[string]spoke{}}
	stated, statedAt := -1, 0 // the last speaker who spoke "in a statement", and where
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker.IsZero() {
			continue
		}
		if w := lower(q.Speaker.Of(d.Text)); stated >= 0 && q.Start-statedAt < 600 && (w == "the statement" || w == "its statement") {
			// `X said in a statement that … "…," the statement said`: the statement is X's
			q.Source = l.mentioned(stated, q.Speaker)
			continue
		}
		q.Source = l.resolve(q.Speaker)
		l.linkedTo(q.Speaker, q.Source, q.Cue)
		if s := q.Source; s >= 0 && d.Speakers[s].Cluster >= 0 {
			if c := d.Clusters[d.Speakers[s].Cluster]; c.Kind == Organization {
				l.bodySpoke = d.Speakers[s].Cluster
				if !publicBody(c.Name) {
					l.firmSpoke, l.firmSpokeAt = d.Speakers[s].Cluster, q.Speaker
				}
			}
		}
		if s := q.Source; s >= 0 && d.Speakers[s].Cluster < 0 && (plural(d.Speakers[s].Name) || plural(q.Speaker.Of(d.Text))) { // "the people" of "people familiar with the matter"
			l.groupSpoke = spoke{q.Speaker, s}
		}
		if noun := l.serviceNoun(q.Speaker); noun != "" && q.Source >= 0 {
			l.servedBy[noun] = spoke{q.Speaker, q.Source}
		}
		if s := q.Source; s >= 0 && d.Speakers[s].Cluster < 0 && d.Speakers[s].Kind == SpeakerPerson && !plural(d.Speakers[s].Name) &&
			(sayForms[lower(q.Cue.Of(d.Text))] || !q.Cue.IsZero() && !questionCues[lower(q.Cue.Of(d.Text))] && personNoun(d.Speakers[s].Name)) {
			// a form of "say", or another cue that does not ask ("A reporter
			// asked Sanders … He replied" leaves the answer to the one asked)
			// after a description a person's noun ends: "The Prime Minister
			// replied", but not "A video of the episode showed"
			l.saidAt[q.Speaker.Start] = s
		}
		if q.Source >= 0 && !q.Cue.IsZero() && (inAStatement(d.Text[q.Cue.End:min(len(d.Text), q.Cue.End+40)]) || opensInAStatement(d, q.Speaker.Start) ||
			q.Speaker.End < q.Cue.Start && inAStatement(strings.TrimPrefix(d.Text[q.Speaker.End:q.Cue.Start], ","))) { // "The White House, in a statement …, called"
			stated, statedAt = q.Source, q.End
		}
	}
	for i := range d.Speakers {
		s := &d.Speakers[i]
		mentions := make([]Span, len(s.Mentions))
		for k, i := range order.Stable(len(mentions), func(a, b int) int { return s.Mentions[a].Start - s.Mentions[b].Start }) {
			mentions[k] = s.Mentions[i]
		}
		s.Mentions = dedupSpans(mentions)
	}
}

// personNoun reports whether a description's noun, before any phrase that
// follows it, names one person: "The Prime Minister", "the Platte River
// employee", "a woman", but not "Social media" or "Some staunch defenders
// of globalization".
func personNoun(desc string) bool {
	words := strings.Fields(lower(desc))
	head := ""
	for i, w := range words {
		if i > 0 && phraseJoiners[w] {
			break
		}
		head = w
	}
	if kind, ok := speakerNouns[head]; ok && kind == SpeakerPerson {
		return !plural(head)
	}
	return !plural(head) && roleWord(head)
}

// entityFrom returns the index of the first of ents (in text order) that
// starts at or after byte offset off: len(ents) when none does.
func entityFrom(ents []Entity, off int) int {
	return sort.Search(len(ents), func(i int) bool { return ents[i].Start >= off })
}

// A spoke is a speaker mention and the speaker it was linked to.
type spoke struct {
	at      Span
	speaker int
}

// sentenceBefore reports whether span at lies in the sentence before the
// one mention m opens, in the same paragraph.
func (l *speakerLinker) sentenceBefore(at, m Span) bool {
	prev, opens, ok := l.previousSentence(m)
	return ok && opens && prev.Start <= at.Start && at.End <= prev.End
}

// previousSentence returns the sentence before mention m's in the same
// paragraph, and whether m opens its own sentence, or its clause after an
// opening phrase ("In the paper, …, they describe"); ok is false when m's
// sentence is the first of its paragraph.
func (l *speakerLinker) previousSentence(m Span) (prev Sentence, opens, ok bool) {
	d := l.d
	si := sentenceIndex(d, m.Start)
	if si <= 0 || si >= len(d.Sentences) || d.Sentences[si-1].Paragraph != d.Sentences[si].Paragraph {
		return Sentence{}, false, false
	}
	s := d.Sentences[si]
	opens = s.Start == m.Start
	if t := tokenAt(d.Tokens, m.Start); !opens && t > s.First+2 && d.Tokens[t-1].Of(d.Text) == "," && openingPrepositions[lower(d.Tokens[s.First].Of(d.Text))] {
		opens = true
	}
	return d.Sentences[si-1], opens, true
}

// trailsSentenceAfter reports whether mention m comes after its sentence's
// content ("…, they said") and span at lies in the sentence before, in
// the same paragraph.
func (l *speakerLinker) trailsSentenceAfter(at, m Span) bool {
	prev, opens, ok := l.previousSentence(m)
	t := tokenAt(l.d.Tokens, m.Start)
	return ok && !opens && t > 0 && l.d.Tokens[t-1].Of(l.d.Text) == "," && prev.Start <= at.Start && at.End <= prev.End
}

// bodyOpening returns the cluster of the body whose name opens sentence
// s as its subject, or -1.
func (l *speakerLinker) bodyOpening(s Sentence) int {
	e := entityFrom(l.d.Entities, s.Start)
	if e >= len(l.d.Entities) || l.d.Entities[e].Kind != Organization || tokenAt(l.d.Tokens, l.d.Entities[e].Start) > s.First+1 {
		return -1
	}
	return l.d.Entities[e].Cluster
}

// sameOrLastSentence reports whether span at lies in mention m's sentence
// or in the one before it.
func (l *speakerLinker) sameOrLastSentence(at, m Span) bool {
	a, b := sentenceIndex(l.d, at.Start), sentenceIndex(l.d, m.Start)
	return a <= b && b-a <= 1
}

// endsParagraphBefore reports whether mention m opens its paragraph and
// at lies in the last sentence of the paragraph before.
func (l *speakerLinker) endsParagraphBefore(at, m Span) bool {
	d := l.d
	si := sentenceIndex(d, m.Start)
	if si <= 0 || si >= len(d.Sentences) || d.Paragraphs[d.Sentences[si].Paragraph].Start != m.Start ||
		d.Sentences[si-1].Paragraph+1 != d.Sentences[si].Paragraph {
		return false
	}
	prev := d.Sentences[si-1]
	return prev.Start <= at.Start && at.End <= prev.End
}

// bodyBefore returns the cluster of the organization that opens the
// sentence before mention m's, in the same paragraph, for whom "a
// spokesperson" in m's sentence speaks; -1 when there is none.
func (l *speakerLinker) bodyBefore(m Span) int {
	d := l.d
	prev, _, ok := l.previousSentence(m)
	if !ok {
		return -1
	}
	i := entityFrom(d.Entities, prev.Start)
	if i == len(d.Entities) || d.Entities[i].Start >= prev.End {
		return -1
	}
	e := d.Entities[i]
	if before := lower(strings.TrimSpace(d.Text[prev.Start:e.Start])); e.Kind != Organization || before != "" && before != "the" {
		return -1
	}
	return e.Cluster
}

// sentenceIndex returns the index of the sentence that holds byte offset
// off, or of the first that ends after it: len(d.Sentences) past the last.
func sentenceIndex(d *Document, off int) int {
	return sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
}

// inAStatement reports whether s, the text after a cue or a sentence,
// opens with "in a statement" or "in a written statement", after a space
// at most.
func inAStatement(s string) bool {
	s = strings.TrimPrefix(s, " ")
	return hasPrefixFold(s, "in a statement") || hasPrefixFold(s, "in a written statement")
}

// hasPrefixFold is strings.HasPrefix, upper and lower case alike, with no
// lower-cased copy of s made.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// opensInAStatement reports whether the sentence that holds byte offset
// off opens with "In a statement": "In a statement read outside court, his
// widow said …".
func opensInAStatement(d *Document, off int) bool {
	i := sentenceIndex(d, off)
	if i >= len(d.Sentences) {
		return false
	}
	start := d.Sentences[i].Start
	return inAStatement(d.Text[start:min(len(d.Text), start+30)])
}

type speakerLinker struct {
	d          *Document
	byCluster  map[int]int     // cluster index → speaker index
	byName     map[string]int  // lower-cased name of a speaker without a cluster → speaker index
	gender     []int           // per cluster: > 0 male, < 0 female, 0 unknown (see clusterGenders)
	direct     []Span          // the direct quotes, once quoted has asked
	linked     []linkedMention // the speaker mentions linked to a person so far, in the order linked
	groupSpoke spoke           // the last group the text describes that spoke ("the authors")
	// saidAt holds, by the byte offset of its mention, each person the text
	// describes without naming who said something ("A neighbour … said"),
	// for the pronouns after them (describedAntecedent)
	saidAt map[int]int
	// firmSpoke is the cluster of the last business that spoke, or -1:
	// "…, according to the Nationwide Building Society. …, the lender said."
	firmSpoke   int
	firmSpokeAt Span // the mention by which it spoke
	// bodySpoke is the cluster of the last organization of any kind that
	// spoke, public bodies too, or -1: "the watchdog" after "The OBR said"
	bodySpoke int
	// servedBy holds, by a noun for someone who speaks for others, the last
	// speaker described with it and "for" ("A spokesperson for Greaves":
	// "spokesperson" → Greaves), for "the spokesperson" after it
	servedBy map[string]spoke
}

// clusterGenders guesses each person cluster's grammatical gender from the
// titles before its names ("Mrs.", "Sir"), the given name that opens its
// fullest name ("Donald", "Melanie"; ner.GivenNameGender), and the
// pronouns that follow its names within a dozen words of the same
// sentence, or opening the next sentence when the name is the first person
// its sentence names (its subject, most often). Positive is male, negative
// female.
func clusterGenders(d *Document, words *docWords) []int {
	g := make([]int, len(d.Clusters))
	for i, c := range d.Clusters {
		// a given name of men or women opening the fullest name: "Donald
		// Trump"; a name of one word, which may be a surname ("Bradley"),
		// counts as much as one pronoun
		if first, rest, _ := strings.Cut(c.Name, " "); c.Kind == Person && first != "" {
			w := 1
			if rest != "" {
				w = 3
			}
			g[i] = w * ner.GivenNameGender(first)
		}
	}
	// where the person named after each entity starts
	nextPerson := make([]int, len(d.Entities))
	after := len(d.Text)
	for i := len(d.Entities) - 1; i >= 0; i-- {
		nextPerson[i] = after
		if d.Entities[i].Kind == Person {
			after = d.Entities[i].Start
		}
	}
	t := 0
	si, lastSentence := 0, -1 // the sentence of the entity, and of the last person seen
	for i, e := range d.Entities {
		if e.Kind != Person {
			continue
		}
		for si < len(d.Sentences)-1 && d.Sentences[si].End <= e.Start {
			si++
		}
		firstPerson := si != lastSentence
		lastSentence = si
		for t < len(d.Tokens) && d.Tokens[t].Start < e.Start {
			t++
		}
		if t > 0 {
			if words.has(t-1, inMaleTitles) {
				g[e.Cluster] += 3
			} else if words.has(t-1, inFemaleTitles) {
				g[e.Cluster] -= 3
			}
		}
		// a kinship word set before the name: "her late husband, director Paul Hale"
		for k := t - 1; k >= 0 && k >= t-4; k-- {
			w := words.lows[k]
			if maleKin[w] {
				g[e.Cluster] += 3
				break
			}
			if femaleKin[w] {
				g[e.Cluster] -= 3
				break
			}
			if w != "," && w != "late" && !titleWords[w] {
				break
			}
		}
		u := t
		for u < len(d.Tokens) && d.Tokens[u].Start < e.End {
			u++
		}
		next := nextPerson[i] // a pronoun after the next person named is more likely theirs
		for k := u; k < len(d.Tokens) && k < u+12; k++ {
			if w := d.Tokens[k].Of(d.Text); w == "." || w == "!" || w == "?" {
				// a pronoun opening the next sentence stands for the subject of
				// this one, the first person it names
				if firstPerson && k+1 < len(d.Tokens) {
					if words.has(k+1, inMalePronouns) {
						g[e.Cluster]++
					} else if words.has(k+1, inFemalePronouns) {
						g[e.Cluster]--
					}
				}
				break
			}
			if d.Tokens[k].Start >= next {
				continue // only the pronoun opening the next sentence still counts
			}
			if k > u && words.has(k, inMalePronouns|inFemalePronouns) && relativeObjects[words.lows[k-1]] {
				break // `Rubio, who he dubbed`: the name is the object, the pronoun someone else
			}
			if words.has(k, inMalePronouns) {
				g[e.Cluster]++
				break
			}
			if words.has(k, inFemalePronouns) {
				g[e.Cluster]--
				break
			}
		}
	}
	return g
}

// resolve returns the speaker index for mention m, adding a speaker when needed, or -1.
func (l *speakerLinker) resolve(m Span) int {
	d := l.d
	text := m.Of(d.Text)
	w := lower(text)
	if c := l.titleInitials(m); c >= 0 {
		return l.forCluster(c, m) // "The CS warned" after "Health Cabinet Secretary Halima Noor"; "the PM", "the AG"
	}
	if e := l.entityAt(m); e >= 0 {
		return l.forCluster(d.Entities[e].Cluster, m)
	}
	if e := l.nameEndingAt(m); e >= 0 {
		return l.forCluster(d.Entities[e].Cluster, m) // "café owner Dafydd Evans": the person at its head
	}
	if e := l.orgAround(m); e >= 0 {
		return l.forCluster(d.Entities[e].Cluster, m) // "Food and Rural Affairs", the end of a department's name
	}
	if w == "who" || w == "which" {
		// "Thomas Perez, the labor secretary, who said": the name before
		if c := l.relativeAntecedent(m, w == "which"); c >= 0 {
			return l.forCluster(c, m)
		}
		return -1
	}
	if w == "they" {
		// `The researchers analysed the data. They estimated …`: a group that
		// opens the sentence before, named by a plural noun
		if g, ok := l.groupBefore(m); ok {
			return l.forName(g.Of(d.Text), SpeakerOther, m)
		}
		if g, ok := l.groupOpening(m); ok {
			return l.forName(g.Of(d.Text), SpeakerOther, m) // "Traders have for years leaned on what they call …"
		}
		// `…, the authors cautioned. They wrote that …`: a group that spoke
		// in the sentence before, in the paragraph before too when "They"
		// opens its own
		// ("…, said the people. No final decision has been made, they said.")
		if s := l.groupSpoke; s.speaker >= 0 && (l.sentenceBefore(s.at, m) || l.endsParagraphBefore(s.at, m) || l.trailsSentenceAfter(s.at, m)) {
			return l.mentioned(s.speaker, m)
		}
	}
	if w == "i" {
		// outside quotation marks "I" is the one writing: "Last week I
		// asked the librarian …", never the person named before
		return l.forName("the writer", SpeakerPerson, m)
	}
	if subject, ok := possessivePronouns[w]; ok {
		w = subject // "her message": the one "she" stands for
	}
	if kind, ok := speakerPronouns[w]; ok {
		if w == "he" || w == "she" {
			if s := l.describedAntecedent(m); s >= 0 {
				return l.mentioned(s, m)
			}
			if s := l.spokespersonBefore(m, w); s >= 0 {
				return l.mentioned(s, m)
			}
		}
		c := l.antecedent(m, kind)
		if c < 0 {
			return -1
		}
		return l.forCluster(c, m)
	}
	words := strings.Fields(w)
	if len(words) > 1 && words[len(words)-1] == "who" && !strings.HasSuffix(text, "WHO") {
		// "business leaders who say": the speaker is named by its antecedent
		words = words[:len(words)-1]
		text = strings.TrimSpace(text[:len(text)-len("who")])
	}
	head := words[len(words)-1]
	if len(words) == 2 && words[0] == "the" && (byAge(head) || nationalPeople[head]) ||
		len(words) >= 3 && words[0] == "the" && (byAge(words[1]) || len(words) == 3 && words[1] == "new" && titleWords[head]) {
		// "the 78-year-old", "the Dutchman", "the 23-year-old Italian", "the
		// 34-year-old rice farmer" (an age is a person's), "the new MP": the
		// person the text has been about, as a pronoun would be
		if c := l.antecedent(m, SpeakerPerson); c >= 0 {
			return l.forCluster(c, m)
		}
	}
	if c := l.namedAfter(m, words); c >= 0 {
		return l.forCluster(c, m) // "said the charity’s chief executive, Nuala Ní Bhriain.": the person named in apposition
	}
	if c := l.anaphoric(m, words); c >= 0 {
		return l.forCluster(c, m) // "the Florida senator", "the Republican nominee"
	}
	if c := l.textFrom(m, words); c >= 0 {
		return l.forCluster(c, m) // "read a statement from the Student Council. …, the statement said": the council's
	}
	if c := l.bodyEndingIn(m, words); c >= 0 {
		return l.forCluster(c, m) // "the sheriff's office" after "Hall County Sheriff's Office"
	}
	if c := l.headlineDescribed(m, words); c >= 0 {
		return l.forCluster(c, m) // "…': housing minister on …" then "Housing Minister Claire Donnelly"
	}
	if c := l.ledeDescribed(m, words); c >= 0 {
		return l.forCluster(c, m) // "France's labour minister defended …", then "the minister, Olivier Dussopt"
	}
	if len(words) == 5 && determined(w) && spokesNouns[words[1]] && words[2] == "for" && words[3] == "the" && speakerNouns[words[4]] == SpeakerPerson {
		// "a spokeswoman for the Minister": the minister named before, for
		// whom she speaks
		if c, _ := l.describedCluster(m, words[4], SpeakerPerson, false); c >= 0 {
			return l.forCluster(c, m)
		}
	}
	if len(words) == 2 && (words[0] == "a" || words[0] == "an") && spokesNouns[head] {
		if c := l.bodyBefore(m); c >= 0 {
			return l.forCluster(c, m) // "The Rail Delivery Group … welcomed the agreement. "…," a spokesperson said."
		}
	}
	cased := strings.Fields(text)
	for i := 1; i < len(words)-1; i++ {
		inName := len(cased) == len(words) && isUpperStart(cased[i-1]) && !isUpperStart(cased[len(cased)-1])
		if phraseJoiners[words[i]] && !inName { // not in a name before the head: "A Department for Transport spokesperson"
			head = words[i-1] // "analysts at Nordic Equity Partners", "a spokesman for the firm"
			break
		}
	}
	if len(words) == 3 && words[0] == "the" && speakerNouns[head] == SpeakerPerson && ownedBy(words[1]) {
		words = []string{"the", head} // "the department’s secretary": the secretary the text has named
	}
	if kind, ok := speakerNouns[head]; ok {
		// "Hollande's office", "the company", "the minister"
		c, at, s, sAt := -1, -1, -1, -1
		anyFirm := head == "company" || head == "firm" || head == "brokerage" // the last firm of any name will do
		switch {
		case len(words) == 2 && (words[0] == "the" || words[0] == "this") || len(words) == 1 && kind == SpeakerOrganization:
			// "the council"; "Police", as a sentence may open for "the police";
			// a possessive ("Hollande's office") names a new speaker
			c, at = l.describedCluster(m, head, kind, anyFirm)
			s, sAt = l.describedSpeaker(m, head)
			if justSpoke := l.firmSpoke >= 0 && l.sameOrLastSentence(l.firmSpokeAt, m); anyFirm && c >= 0 && l.firmSpoke >= 0 && c != l.firmSpoke && (justSpoke || l.modifiesNoun(at)) {
				// "… six new Airbus jets …. The company said": the firm that
				// has spoken, not a maker named in passing; "Halcyon Networks,
				// which makes the messenger Murmur, said in a statement …. "…,"
				// the company said": the firm that spoke just before
				c = l.firmSpoke
			} else if head == "company" && c >= 0 && !justSpoke {
				if f, named := l.mainFirm(c, m.Start); f >= 0 && f != c && named == 1 {
					// "… after Infineon Technologies AG and STMicroelectronics
					// NV …. the company said": the firm the story is about,
					// not one named in passing
					c = f
				}
			}
		case len(words) >= 3 && len(words) <= 5 && words[0] == "the" && firmNouns[head]:
			if strings.HasSuffix(words[len(words)-2], "-based") {
				// "the Beaverton, Oregon-based company": placed, as "the company" is
				c, at = l.describedCluster(m, head, kind, anyFirm)
			} else if lowerWords(cased[1 : len(cased)-1]) {
				// "the consumer goods group", "the budget airline": a firm described
				c, at = l.describedCluster(m, head, kind, false)
			}
		}
		// "the UN agency", "the EU regulator": a body described by a listed one it belongs to (not "the RMT union")
		under := len(words) == 3 && len(cased) == 3 && isAcronym(cased[1]) && ner.IsOrganization(cased[1]) && kind == SpeakerOrganization
		if c < 0 && s < 0 && (len(words) == 2 || under) && words[0] == "the" && (head == "watchdog" || head == "regulator" || head == "team" || head == "club" || head == "agency" || head == "group" || under) {
			// "The OBR said … In its report, the watchdog said", "The Reds
			// said … according to the team", "The WHO said … the UN agency
			// said": the body that has spoken, or the one the sentence
			// before opens with ("The RSF, led by …, did not send a
			// delegation. …, the group said")
			if prev, _, ok := l.previousSentence(m); ok {
				c = l.bodyOpening(prev)
			}
			if c < 0 {
				c = l.bodySpoke
			}
			if c < 0 && len(l.d.Paragraphs) > 1 {
				c = l.bodyOpening(l.d.Sentences[sentenceIndex(l.d, l.d.Paragraphs[1].Start)]) // the story's subject: "Wolverhampton Wanderers have sacked …"
			}
		}
		if c < 0 && s < 0 && (tradeNouns[head] || (firmNouns[head] || w == "the bank") && l.sameOrLastSentence(l.firmSpokeAt, m)) && len(words) <= 5 && words[0] == "the" && l.firmSpoke >= 0 {
			// "…, according to the Nationwide Building Society. …, the lender
			// said."; "NNPC Ltd, for its part, said …. "…," the national oil
			// company said": the firm that spoke just before
			c = l.firmSpoke
		}
		if s >= 0 && (c < 0 || sAt > at || l.speakerCovers(s, at)) {
			// "The city council said …; the council said": the nearer one;
			// "Qatar’s Ministry of Foreign Affairs said …; the ministry
			// said": the phrase, over the name inside it
			return l.mentioned(s, m)
		}
		if c < 0 && kind == SpeakerOrganization && len(words) <= 2 {
			c = l.headlineBody(m, head) // "…, palace says" over a story on Buckingham Palace
		}
		if c >= 0 {
			return l.forCluster(c, m)
		}
		return l.forName(text, kind, m)
	}
	if len(words) == 2 && words[0] == "the" && plural(head) {
		if s, _ := l.describedSpeaker(m, head); s >= 0 {
			return l.mentioned(s, m) // "UN agencies said …; the agencies said"
		}
	}
	if commonPlural(cased) {
		return l.forName(text, SpeakerOther, m) // "Operators warned …": a group
	}
	return l.forName(text, SpeakerPerson, m)
}

// titleInitials returns the cluster of the person named before mention m,
// a title's initials after "the", whose title ends in the words they stand
// for: "the CS" for "Health Cabinet Secretary Halima Noor", "the PM" for
// "Prime Minister …"; or -1.
func (l *speakerLinker) titleInitials(m Span) int {
	d := l.d
	want := strings.TrimPrefix(strings.TrimPrefix(m.Of(d.Text), "the "), "The ")
	if len(want) < 2 || len(want) > 3 || !isAcronym(want) || !strings.HasSuffix(lower(d.Text[max(0, m.Start-4):m.Start+len(m.Of(d.Text))-len(want)]), "the ") {
		return -1
	}
	from := entityFrom(d.Entities, m.Start)
	for k := from - 1; k >= 0 && k >= from-100; k-- {
		c := d.Clusters[d.Entities[k].Cluster]
		if c.Kind != Person || c.Title == "" {
			continue
		}
		initials := ""
		for _, w := range strings.Fields(c.Title) {
			if isUpperStart(w) {
				initials += w[:1]
			}
		}
		if strings.HasSuffix(initials, want) {
			return d.Entities[k].Cluster
		}
	}
	return -1
}

// namedAfter returns the cluster of the person a description of one
// (words, lower-cased, ending in a person's noun) is set beside, named
// after a comma and closed by a comma or the sentence's end: "the charity’s
// chief executive, Nuala Ní Bhriain."; or -1.
func (l *speakerLinker) namedAfter(m Span, words []string) int {
	d := l.d
	if len(words) < 2 || speakerNouns[words[len(words)-1]] != SpeakerPerson || !strings.HasPrefix(d.Text[m.End:], ", ") {
		return -1
	}
	k := entityFrom(d.Entities, m.End)
	if k == len(d.Entities) || d.Entities[k].Start != m.End+2 || d.Entities[k].Kind != Person {
		return -1
	}
	rest := d.Text[d.Entities[k].End:]
	if rest == "" || rest[0] == ',' || rest[0] == '.' || rest[0] == ';' {
		return d.Entities[k].Cluster
	}
	return -1
}

// textFrom returns the cluster of the one a text the mention names ("the
// statement", "the letter") came from, named with it shortly before: "read
// a statement from the Harlan Falls High School Student Council", "a letter
// signed by …"; or -1.
func (l *speakerLinker) textFrom(m Span, words []string) int {
	if len(words) != 2 || words[0] != "the" || !writtenTexts[words[1]] {
		return -1
	}
	d := l.d
	for k := entityFrom(d.Entities, m.Start) - 1; k >= 0; k-- {
		e := d.Entities[k]
		if m.Start-e.End > 400 {
			break
		}
		before := lower(strings.TrimRight(d.Text[max(0, e.Start-len(words[1])-16):e.Start], " "))
		before = strings.TrimSuffix(before, " the")
		for _, link := range []string{" from", " by", " signed by", " issued by"} {
			if strings.HasSuffix(before, words[1]+link) {
				return e.Cluster
			}
		}
	}
	return -1
}

// writtenTexts are the texts whose words a body or a person issues:
// "a statement from", "a letter signed by".
var writtenTexts = wordSet(`statement letter email memo note`)

// nameHolds reports whether an organization's name holds the noun that
// describes it: "council" in "Leeds City Council", "airline" or "carrier"
// in "Singapore Airlines".
func nameHolds(name, head string) bool {
	name = lower(name)
	if head == "airline" || head == "carrier" {
		return strings.Contains(name, "airline") || strings.Contains(name, "airways") || strings.HasSuffix(name, "air")
	}
	if head == "department" || head == "ministry" {
		return strings.Contains(name, "department") || strings.Contains(name, "ministry") // a ministry is a government department
	}
	if head == "thinktank" {
		return strings.Contains(name, "centre") || strings.Contains(name, "center") || strings.Contains(name, "institute") || strings.Contains(name, "foundation")
	}
	if head == "army" || head == "military" {
		return strings.Contains(name, "army") || strings.Contains(name, "armed forces") || strings.Contains(name, "defence forces") || strings.Contains(name, "defense forces")
	}
	if head == "force" {
		return strings.Contains(name, "police") || strings.Contains(name, "constabulary") || strings.Contains(name, "force") // "the force": a police force
	}
	if head == "municipality" {
		return strings.HasPrefix(name, "city of ") || strings.HasPrefix(name, "town of ") || strings.Contains(name, "municipality")
	}
	return strings.Contains(name, head)
}

// endsInDateline reports whether the text before a sentence's first name
// is a dateline: "LONDON, Nov 18 — ", "BANGKOK (Reuters) - ". (The
// attributor's afterDateline finds the same by tokens.)
func endsInDateline(before string) bool {
	before = strings.TrimSpace(before)
	return before != "" && strings.IndexByte(before, ' ') > 0 &&
		(strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, " -"))
}

// lowerWords reports whether every word starts with a lower-case letter.
func lowerWords(words []string) bool {
	for _, w := range words {
		if isUpperStart(w) {
			return false
		}
	}
	return true
}

// commonPlural reports whether the words of a speaker phrase are common
// nouns (capitalised at most the first) ending in a plural: "Operators",
// "rescue workers", "Some residents".
func commonPlural(words []string) bool {
	if len(words) == 0 || singulars[lower(words[0])] {
		return false // "an analysis", "a publishing executive"
	}
	for i, w := range words {
		if i > 0 && isUpperStart(w) || notHeadWords[lower(w)] {
			return false // a name, or words after the head: "leaders of the party"
		}
	}
	head := lower(words[len(words)-1])
	return len(head) > 3 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !strings.HasSuffix(head, "is") &&
		!strings.HasSuffix(head, "us") && !strings.HasSuffix(head, "'s") && !strings.HasSuffix(head, "’s") && head != "news"
}

// entityAt returns the entity whose span is exactly m, or -1.
func (l *speakerLinker) entityAt(m Span) int {
	ents := l.d.Entities
	i := entityFrom(ents, m.Start)
	if i < len(ents) && ents[i].Span == m {
		return i
	}
	return -1
}

// nameEndingAt returns the person entity that ends mention m and starts
// inside it, after the words that describe the person, or the organization
// after a word that says what it is; or -1.
func (l *speakerLinker) nameEndingAt(m Span) int {
	ents := l.d.Entities
	i := entityEndingAt(ents, m.End)
	if i < 0 || ents[i].Start <= m.Start {
		return -1
	}
	switch before := l.d.Text[m.Start:ents[i].Start]; ents[i].Kind {
	case Person:
		if (!strings.Contains(before, " and ") || titlesAfterAnd(before)) && !strings.ContainsAny(before, ",&") && !servesNamed(before) {
			return i // not "Kemp and Lee", two people, nor "a longtime adviser to Donald Trump"
		}
	case Organization:
		if words := strings.Fields(before); len(words) > 0 && orgBefore[lower(words[len(words)-1])] {
			return i // "Turkey's disaster agency AFAD", "the regulator Ofcom": the body at its head
		} else if len(words) == 1 && lower(words[0]) == "the" {
			return i // "according to the WHO"
		} else if len(words) == 2 && lower(words[0]) == "the" && (lower(words[1]) == "official" || lower(words[1]) == "semi-official") {
			return i // "The official Korean Central News Agency (KCNA) said"
		} else if o := entityFrom(ents, m.Start); len(words) == 2 && lower(words[0]) == "the" && o < i && ents[o].Kind == Organization {
			return i // "the UN’s Office for the Coordination of Humanitarian Affairs": a body's office (but "The UK's Civil Aviation Authority")
		}
	}
	return -1
}

// ownedBy reports whether w is a body's common noun with the possessive
// ending: "department’s", "company's".
func ownedBy(w string) bool {
	for _, end := range []string{"'s", "’s"} {
		if base, ok := strings.CutSuffix(w, end); ok {
			return speakerNouns[base] == SpeakerOrganization
		}
	}
	return false
}

// titlesAfterAnd reports whether the words after the last "and" of a
// description before a name are a title, capitalised words that end in a
// role: "Managing Director and CEO", "Economy, Trade and Industry Minister"
// are one person's titles.
func titlesAfterAnd(before string) bool {
	rest := before[strings.LastIndex(before, " and ")+len(" and "):]
	words := strings.Fields(rest)
	for _, w := range words {
		if !titleWords[lower(w)] && !isUpperStart(w) {
			return false
		}
	}
	// (a remit in capitals counts: "Trade and Industry Minister")
	return len(words) > 0 && personHeads[lower(words[len(words)-1])]
}

// servesNamed reports whether a description before a name ends in one who
// serves someone, written in lower case, then "to": "a longtime adviser to
// both", but not "Ambassador to France".
func servesNamed(before string) bool {
	i := strings.LastIndex(before, " to ")
	if i < 0 {
		return false
	}
	words := strings.Fields(before[:i])
	return len(words) > 0 && rolesTo[words[len(words)-1]]
}

// orgAround returns the organization entity that ends with mention m and
// starts before it, or -1: a name with a comma inside ("Department for
// Environment, Food and Rural Affairs"), cut at its comma.
func (l *speakerLinker) orgAround(m Span) int {
	ents := l.d.Entities
	if i := entityEndingAt(ents, m.End); i >= 0 && ents[i].Start < m.Start && ents[i].Kind == Organization {
		return i
	}
	return -1
}

// entityEndingAt returns the index of the entity that ends at byte offset
// end, or -1.
func entityEndingAt(ents []Entity, end int) int {
	i := sort.Search(len(ents), func(i int) bool { return ents[i].End >= end })
	if i < len(ents) && ents[i].End == end {
		return i
	}
	return -1
}

// mentioned adds mention m to speaker s and returns s.
func (l *speakerLinker) mentioned(s int, m Span) int {
	l.d.Speakers[s].Mentions = append(l.d.Speakers[s].Mentions, m)
	return s
}

// forCluster returns the speaker of entity cluster c, adding mention m.
func (l *speakerLinker) forCluster(c int, m Span) int {
	d := l.d
	if s, ok := l.byCluster[c]; ok {
		return l.mentioned(s, m)
	}
	cl := d.Clusters[c]
	kind := SpeakerPerson
	if cl.Kind != Person {
		kind = SpeakerOrganization // a body, or a place standing for its government
	}
	sp := Speaker{Name: cl.Name, Kind: kind, Title: cl.Title, Cluster: c}
	for _, e := range cl.Members {
		sp.Mentions = append(sp.Mentions, d.Entities[e].Span)
	}
	sp.Mentions = append(sp.Mentions, m)
	d.Speakers = append(d.Speakers, sp)
	l.byCluster[c] = len(d.Speakers) - 1
	return len(d.Speakers) - 1
}

// forName returns the speaker named name (any case), adding it when new.
func (l *speakerLinker) forName(name string, kind SpeakerKind, m Span) int {
	d := l.d
	key := lower(name)
	if s, ok := l.byName[key]; ok {
		return l.mentioned(s, m)
	}
	d.Speakers = append(d.Speakers, Speaker{Name: name, Kind: kind, Mentions: []Span{m}, Cluster: -1})
	l.byName[key] = len(d.Speakers) - 1
	return len(d.Speakers) - 1
}

// bodyEndingIn returns the cluster of the nearest organization named
// before m whose name ends in the words after "the" of a mention of three
// words or more ("the sheriff's office" for "Hall County Sheriff's
// Office"), or -1.
func (l *speakerLinker) bodyEndingIn(m Span, words []string) int {
	if len(words) < 3 || words[0] != "the" {
		return -1
	}
	ending := strings.Join(words[1:], " ")
	d := l.d
	i := entityFrom(d.Entities, m.Start)
	for k := i - 1; k >= 0 && k >= i-300; k-- {
		c := d.Clusters[d.Entities[k].Cluster]
		if c.Kind == Organization && hasWordSuffix(c.Name, ending) {
			return d.Entities[k].Cluster
		}
	}
	return -1
}

// describedSpeaker finds the speaker named by a longer description with the
// same head before mention m ("The city council" for "the council"), or
// by the head and "for" ("A spokesman for Acme Corp", "A spokesperson for
// Greaves", whose speaker is Greaves, for "the spokesperson"), and where
// its latest mention before m starts; -1 when there is none.
func (l *speakerLinker) describedSpeaker(m Span, head string) (int, int) {
	best, bestAt := -1, -1
	if s, ok := l.servedBy[head]; ok && s.at.Start < m.Start {
		// "A spokesperson for Greaves said …; the spokesperson said": the
		// one the mention served, or the one it named
		best, bestAt = s.speaker, s.at.Start
	}
	ending := " " + head
	for i, s := range l.d.Speakers {
		if s.Cluster >= 0 {
			continue // a named speaker: describedCluster looks at names
		}
		name := lower(s.Name)
		if strings.HasPrefix(name, "one of ") {
			continue // "One of the sources" is one of them, not "the sources"
		}
		if i := strings.Index(name, " of "); i > 0 && !strings.HasSuffix(name, ending) {
			name = name[:i] // "A team of researchers" before "the team"
		}
		if i := strings.Index(name, " for "); i > 0 && speakerNouns[lastWord(name[:i])] == SpeakerPerson {
			name = name[:i] // "a spokesperson for the company" is no company
		}
		for _, after := range describedBy {
			if i := strings.Index(name, after); i > 0 && (name[:i] == head || strings.HasSuffix(name[:i], ending)) {
				name = name[:i] // "A diplomat from one large EU country", "people familiar with the matter"
				break
			}
		}
		// a description with an article, or a group by a plural ("UN
		// agencies", "people"), before "the agencies", "the people"
		group := plural(name) && strings.Count(name, " ") <= 1 && (name == head || strings.HasSuffix(name, ending))
		if !group && (!determined(name) || !strings.HasSuffix(name, ending) || strings.Count(name, " ") > 4) {
			continue // "The city council" or "a study" before "the council", "the study"
		}
		for _, x := range s.Mentions {
			if x.Start < m.Start && x.Start > bestAt {
				best, bestAt = i, x.Start
			}
		}
	}
	return best, bestAt
}

// describedBy open what describes a speaker's noun after it: "A diplomat
// from one large EU country", "people familiar with the matter".
var describedBy = []string{" from ", " familiar ", " close to ", " attending ", " at ", " with ", " in "}

// serviceNoun returns the noun of a speaker's mention that describes one
// speaking for someone with "for" ("A spokesman for Acme Corp"), or the
// noun before "for" just before the mention ("A spokesperson for Greaves",
// whose mention is "Greaves"); "" when there is none.
func (l *speakerLinker) serviceNoun(m Span) string {
	text := l.d.Text
	if i := strings.Index(m.Of(text), " for "); i > 0 && determined(lower(m.Of(text))) {
		return lastWord(lower(text[m.Start : m.Start+i]))
	}
	cased := strings.TrimRight(text[max(0, m.Start-60):m.Start], " ")
	// past the title after the first "for" a title follows: "A spokeswoman
	// for Local Government Minister Rachel Tremaine", "A spokeswoman for
	// Minister for Government Services Daniel Fraine"
	for i := 0; ; {
		j := strings.Index(cased[i:], " for ")
		if j < 0 {
			break
		}
		i += j + len(" for ")
		if titleRunOnly(cased[i:]) {
			cased = cased[:i-1]
			break
		}
	}
	before := lower(cased)
	before = strings.TrimSuffix(before, " the") // "A spokesperson for the Department of Health"
	if rest, ok := strings.CutSuffix(before, " for"); ok {
		return lastWord(strings.TrimRight(rest, " "))
	}
	return ""
}

// titleRunOnly reports whether s is a title of capitalised words, one of
// them a title word, "for" or "of" inside: "Local Government Minister",
// "Minister for Government Services".
func titleRunOnly(s string) bool {
	words := strings.Fields(s)
	title := false
	for i, w := range words {
		if !isUpperStart(w) && (i == 0 || i == len(words)-1 || w != "for" && w != "of") {
			return false
		}
		title = title || titleWords[lower(w)]
	}
	return title && len(words) <= 5
}

// speakerCovers reports whether a mention of speaker s spans offset at.
func (l *speakerLinker) speakerCovers(s, at int) bool {
	for _, x := range l.d.Speakers[s].Mentions {
		if x.Start <= at && at < x.End {
			return true
		}
	}
	return false
}

// determined reports whether a lower-cased phrase opens with an article
// or "one" ("One senior European diplomat").
func determined(phrase string) bool {
	if first, _, ok := strings.Cut(phrase, " "); ok && (strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s")) {
		return true // "qatar’s ministry": its owner determines it
	}
	return strings.HasPrefix(phrase, "the ") || strings.HasPrefix(phrase, "a ") || strings.HasPrefix(phrase, "an ") || strings.HasPrefix(phrase, "one ")
}

// describedCluster finds the cluster a mention "the <head>" stands for:
// "the minister" → the last person titled minister, "the airline" → the
// firm that opens the sentence or the last one whose name holds the word
// ("Singapore Airlines"), and where that name stands; -1 when there is
// none. With anyFirm, as for "the company", the last firm of any name will
// do.
func (l *speakerLinker) describedCluster(m Span, head string, kind SpeakerKind, anyFirm bool) (int, int) {
	d := l.d
	i := entityFrom(d.Entities, m.Start)
	firm := kind == SpeakerOrganization && (firmNouns[head] || head == "team" || head == "club")
	if firm {
		// "Meta Platforms will let Facebook and Instagram users …, the
		// company said": the firm that opens the sentence, not one it names
		// ("Nuggets reserve guard Tobias Renner left …, the team said")
		from := l.sentenceStart(m.Start)
		for k := entityFrom(d.Entities, from); k < i; k++ {
			e := d.Entities[k]
			if c := d.Clusters[e.Cluster]; c.Kind == Organization && !publicBody(c.Name) {
				if e.Start == from || endsInDateline(d.Text[from:e.Start]) {
					return e.Cluster, e.Start
				}
				break
			}
		}
	}
	// the nearest fitting name before the mention, looking back a bounded
	// way, outside the quotes: `"… including the Transport Ministry," the
	// ministry said` is the ministry named before
	public := -1 // the nearest public body, for "the agency" when no agency is named
	for k := i - 1; k >= 0 && k >= i-300; k-- {
		e := d.Entities[k]
		c := d.Clusters[e.Cluster]
		if l.quoted(e.Span) {
			continue
		}
		switch kind {
		case SpeakerPerson:
			if c.Kind == Person && titled(c.Title, head) {
				return e.Cluster, e.Start
			}
		case SpeakerOrganization:
			if c.Kind == Organization && (anyFirm && !publicBody(c.Name) && !l.credit(e) || nameHolds(c.Name, head) || introducedAs(d.Text, e, head)) {
				return e.Cluster, e.Start
			}
			if public < 0 && c.Kind == Organization && head == "agency" && publicBody(c.Name) {
				if e.Start >= l.sentenceStart(m.Start) {
					return e.Cluster, e.Start // the body the sentence names: "The National Transportation Safety Board is sending a team …, the agency said"
				}
				public = k
			}
		}
	}
	if public >= 0 {
		// a public body named before, when no agency is (but "the agency"
		// after "The Federal Emergency Management Agency said …, if
		// Congress …" is the agency named)
		return d.Entities[public].Cluster, d.Entities[public].Start
	}
	return -1, -1
}

// introducedAs reports whether entity e follows its noun head in text,
// as a body is introduced: "The charity Lung Health Alliance", for "the
// charity" after it, or "a group calling itself Concerned Parents of Cedar
// Valley", for "the group".
func introducedAs(text string, e Entity, head string) bool {
	start := e.Start
	for _, self := range []string{" calling itself ", " calls itself "} {
		// "a group calling itself Concerned Parents of Cedar Valley"
		if strings.HasSuffix(text[:start], self) {
			start -= len(self) - 1
			break
		}
	}
	before := strings.TrimRight(text[max(0, start-len(head)-2):start], " ")
	return len(before) >= len(head) && lower(before[len(before)-len(head):]) == head &&
		(len(before) == len(head) || before[len(before)-len(head)-1] == ' ')
}

// mainFirm returns the business named most often before offset off (at
// least three times, and more often than any other), or -1, and how many
// mentions cluster c has there: one pass over the names for both.
func (l *speakerLinker) mainFirm(c, off int) (main, named int) {
	counts := map[int]int{}
	for _, e := range l.d.Entities {
		if e.Start >= off {
			break
		}
		if e.Cluster == c {
			named++
		}
		if k := l.d.Clusters[e.Cluster]; k.Kind == Organization && !publicBody(k.Name) && !l.credit(e) {
			counts[e.Cluster]++
		}
	}
	main, most, tie := -1, 2, false
	for f, k := range counts {
		if k > most {
			main, most, tie = f, k, false
		} else if k == most {
			tie = true
		}
	}
	if tie {
		return -1, named
	}
	return main, named
}

// modifiesNoun reports whether the name that starts at byte offset at
// stands before a lower-case noun it describes: "Airbus jets".
func (l *speakerLinker) modifiesNoun(at int) bool {
	d := l.d
	i := entityFrom(d.Entities, at)
	if i == len(d.Entities) || d.Entities[i].Start != at {
		return false
	}
	t := tokenAt(d.Tokens, d.Entities[i].End+1)
	if t < 0 || t >= len(d.Tokens) || d.Tokens[t].Start != d.Entities[i].End+1 || d.Tokens[t].Kind != Word {
		return false
	}
	w := d.Tokens[t].Of(d.Text)
	_, cue := cueWords[w]
	return w == lower(w) && !functionWords[w] && !auxiliaries[w] && !cue && !strings.HasSuffix(w, "ed")
}

// credit reports whether entity e is a news agency credited in brackets,
// as in a dateline ("CUPERTINO, Calif. (AP) —"), or a body someone told
// something ("told Bloomberg News"): not the company the story reports on.
func (l *speakerLinker) credit(e Entity) bool {
	t := tokenAt(l.d.Tokens, e.Start)
	if t > 1 && lower(l.d.Tokens[t-1].Of(l.d.Text)) == "the" {
		t-- // "told The Verge"
	}
	if t <= 0 {
		return false
	}
	switch lower(l.d.Tokens[t-1].Of(l.d.Text)) {
	case "(":
		return newsAgencies[lower(e.Of(l.d.Text))]
	case "told", "tells", "telling":
		return true // "told Bloomberg News in an interview": the one told
	case "on", "via":
		return platforms[lower(e.Of(l.d.Text))] // "wrote in a post on X": where it was written
	case "by":
		// "analysts polled by LSEG": the one who gathered the figures
		return t >= 2 && pollParticiples[lower(l.d.Tokens[t-2].Of(l.d.Text))]
	}
	return false
}

// pollParticiples say, before "by", who gathered figures: "analysts
// polled by LSEG", "estimates compiled by Bloomberg".
var pollParticiples = wordSet(`polled surveyed compiled gathered tracked`)

// platforms are the social networks words are posted on.
var platforms = setOf(splitList(`x,twitter,facebook,instagram,tiktok,youtube,linkedin,threads,bluesky,weibo,telegram,truth social`)...)

// sentenceStart returns the byte offset where the sentence holding byte
// offset off starts.
func (l *speakerLinker) sentenceStart(off int) int {
	if si := sentenceIndex(l.d, off); si < len(l.d.Sentences) && l.d.Sentences[si].Start <= off {
		return l.d.Sentences[si].Start
	}
	return off
}

// anaphoric returns the cluster of the person that a description of up to
// five words opening with "the" (words, lower-cased) stands for: the
// nearest person titled with its noun and each of its modifiers ("the
// pope" after "Pope Francis", "the former president" after "former
// President Bill Clinton"), or else, for the nouns in anaphoricHeads, the
// person a pronoun would stand for (subjectBefore: "the Florida senator"
// after "Marco Rubio said"). It returns -1 otherwise. ("The" and a speaker
// noun alone, "the senator", are resolve's case.)
func (l *speakerLinker) anaphoric(m Span, words []string) int {
	if len(words) < 2 || len(words) > 5 || words[0] != "the" {
		return -1
	}
	head := words[len(words)-1]
	if _, noun := speakerNouns[head]; noun && len(words) == 2 && !anaphoricHeads[head] {
		return -1 // "the minister": its title tells (but "the senator", "the lawmaker" may be the one just spoken of)
	}
	for _, w := range words[1 : len(words)-1] {
		if phraseJoiners[w] || w == "and" {
			return -1 // "the head of the agency", "the mother and father"
		}
	}
	if c, _ := l.describedCluster(m, head, SpeakerPerson, false); c >= 0 && describes(l.d.Clusters[c].Title, words[1:len(words)-1], head) {
		return c // also "the pope" after "Pope Francis"
	}
	if !anaphoricHeads[head] {
		return -1 // "the former president" needs the title: too many are "the president"
	}
	return l.subjectBefore(m, head)
}

// ledeDescribed returns the cluster of the person that a description in
// the text's first paragraphs (words, lower-cased: "france's labour
// minister", "the defence secretary", "its chief executive", "a police
// officer") introduces before naming them: the
// first person named within the next three paragraphs whose title holds
// the description's noun, when no one so titled was named before it; or
// -1. News writes the role in the opening sentence and the name below.
func (l *speakerLinker) ledeDescribed(m Span, words []string) int {
	d := l.d
	if len(words) < 2 || len(words) > 5 || !(ledeOpeners[words[0]] || strings.HasSuffix(words[0], "'s") || strings.HasSuffix(words[0], "’s")) {
		return -1
	}
	head := words[len(words)-1]
	if kind, ok := speakerNouns[head]; !ok || kind != SpeakerPerson {
		return -1
	}
	p := sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].End > m.Start })
	if p >= 3 || p >= len(d.Paragraphs) {
		return -1
	}
	last := d.Paragraphs[min(p+3, len(d.Paragraphs)-1)].End
	for _, e := range d.Entities {
		if e.Kind != Person {
			continue
		}
		if e.End <= m.Start {
			if titled(d.Clusters[e.Cluster].Title, head) {
				return -1 // named before: the description looks back, if anywhere
			}
			continue
		}
		if e.Start >= last {
			break
		}
		if titled(d.Clusters[e.Cluster].Title, head) {
			return e.Cluster
		}
	}
	return -1
}

// headlineBody returns the cluster of the organization that a body's noun
// in the headline ("palace says", "council admits") stands for: the first
// one named in the next three paragraphs whose name holds the noun
// ("Buckingham Palace"); or -1.
func (l *speakerLinker) headlineBody(m Span, head string) int {
	d := l.d
	if len(d.Paragraphs) < 2 || m.End > d.Paragraphs[0].End {
		return -1
	}
	last := d.Paragraphs[min(3, len(d.Paragraphs)-1)].End
	for i := entityFrom(d.Entities, m.End); i < len(d.Entities) && d.Entities[i].Start < last; i++ {
		if c := d.Clusters[d.Entities[i].Cluster]; c.Kind == Organization && nameHolds(c.Name, head) {
			return d.Entities[i].Cluster
		}
	}
	return -1
}

// headlineDescribed returns the cluster of the person that a description
// in the text's first paragraph (words, lower-cased) introduces later, by
// the same words set right before the name ("housing minister" and
// "Housing Minister Claire Donnelly"), or -1.
func (l *speakerLinker) headlineDescribed(m Span, words []string) int {
	d := l.d
	if len(d.Paragraphs) < 2 || m.End > d.Paragraphs[0].End || len(words) > 4 {
		return -1
	}
	for _, e := range d.Entities {
		if e.Kind != Person || e.Start < d.Paragraphs[1].Start {
			continue
		}
		t := tokenAt(d.Tokens, e.Start)
		if t < len(words) {
			continue
		}
		same := true
		for k, w := range words {
			if lower(d.Tokens[t-len(words)+k].Of(d.Text)) != w {
				same = false
				break
			}
		}
		if same {
			return e.Cluster
		}
	}
	return -1
}

// subjectBefore returns the cluster of the person a pronoun would stand
// for, looking back from the sentence before m's own, when that person may
// be what head names (a man or a woman), or -1. In its own sentence a
// description names someone other than the subject: "Mr. Trump took on
// Hillary Clinton after the Democratic front-runner had said".
func (l *speakerLinker) subjectBefore(m Span, head string) int {
	si := sentenceIndex(l.d, m.Start)
	if si <= 0 || si >= len(l.d.Sentences) {
		return -1
	}
	// as a pronoun of no gender would, set at the last character of the
	// sentence before
	prev := l.d.Sentences[si-1]
	if c := l.subjectFrom(si-1, prev.End-1, Person, "", 0); c >= 0 && l.gender[c]*headGender(head) >= 0 {
		return c
	}
	return -1
}

// publicBody reports whether an organization's name is a public body's,
// which "the company" does not stand for: "European Union", "EU", "Data
// Protection Commission", "Ministry of Defence".
func publicBody(name string) bool {
	w := lower(name)
	if bodyInitials[w] {
		return true
	}
	if i := strings.IndexByte(w, ' '); i > 0 && (w[:i] == "ministry" || w[:i] == "department") {
		return true
	}
	return publicHeads[lastWord(w)]
}

// describes reports whether a title holds each of a description's
// modifiers (lower-cased): "the Florida senator" is not "Sen. Ted Cruz",
// nor "the Democratic presidential nominee" "Republican presidential
// nominee Donald Trump". Words that tell of time only ("presumptive")
// need not be there, nor "former" before one of anaphoricHeads ("the
// former governor", "Gov. Rick Perry"); before another noun it tells who
// ("the former president" is not "President Obama").
func describes(title string, modifiers []string, head string) bool {
	t := lower(title)
	for _, w := range modifiers {
		if timeModifiers[w] || w == "former" && anaphoricHeads[head] {
			continue
		}
		if !strings.Contains(t, w) {
			return false
		}
	}
	return true
}

// headGender is 1 for a head that names a man ("congressman"), -1 for one
// that names a woman ("actress"), 0 otherwise.
func headGender(head string) int {
	switch head {
	case "congressman", "businessman", "actor":
		return 1
	case "congresswoman", "businesswoman", "actress":
		return -1
	}
	return 0
}

// titleAbbreviations are the short forms of titles, without their period,
// and a title another noun stands for: "Justice Ellery" is "the judge".
var titleAbbreviations = map[string]string{
	"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
	"adm": "admiral", "amb": "ambassador", "pres": "president", "dr": "doctor", "prof": "professor",
	"justice": "judge",
}

// titled reports whether title ("Sen.", "Russian Foreign Minister") holds
// head ("senator", "minister"), written out or short.
func titled(title, head string) bool {
	t := lower(title)
	if strings.Contains(t, head) {
		return true
	}
	if head == "prosecutor" && strings.Contains(t, "attorney") && (strings.Contains(t, "county") || strings.Contains(t, "district") || strings.Contains(t, "state")) {
		return true // "the prosecutor" after "Deputy County Attorney Simone Achterberg": the office prosecutes
	}
	for _, w := range strings.Fields(t) {
		if titleAbbreviations[strings.TrimSuffix(w, ".")] == head {
			return true
		}
	}
	return false
}

// relativeObjects open a relative clause whose subject may follow them.
var relativeObjects = wordSet(`who whom that`)

// antecedent finds the cluster a pronoun mention stands for: the subject of
// the nearest sentence before it (within two paragraphs) that names one of
// the right kind, else the nearest such name.
func (l *speakerLinker) antecedent(m Span, kind SpeakerKind) int {
	d := l.d
	want := Person
	switch kind {
	case SpeakerOrganization:
		want = Organization
	case SpeakerOther:
		return -1 // "they": too often a group the text never names
	}
	si := sentenceIndex(d, m.Start)
	if si >= len(d.Sentences) {
		si = len(d.Sentences) - 1
	}
	if si < 0 {
		return -1
	}
	w := lower(m.Of(d.Text))
	sex := 0 // the gender the pronoun asks for
	switch w {
	case "he":
		sex = 1
	case "she":
		sex = -1
	}
	return l.subjectFrom(si, m.Start, want, w, sex)
}

// subjectFrom finds the cluster of kind want that a mention reads as its
// antecedent, looking back from sentence si (within two paragraphs) at
// what lies before byte offset end: the subject of the nearest sentence
// that names one fitting sex, or who spoke there (see antecedent). word is
// the mention, lower-cased.
func (l *speakerLinker) subjectFrom(si, end int, want EntityKind, word string, sex int) int {
	d := l.d
	para := d.Sentences[si].Paragraph
	for s := si; s >= 0 && s >= si-8 && d.Sentences[s].Paragraph >= para-2; s-- {
		sent := d.Sentences[s].Span
		// who spoke in this sentence, if anyone did: the same pronoun, linked
		// before (`"…," she said, and a reason was the rise of Donald
		// Trump` keeps "she" for the next "she" of the text, ahead of the
		// names after it), or a person named as a speaker, ahead of the
		// names before it ("Despite the deaths of Ambassador Chris Stevens
		// and others, Groberg says"; "Trump's misinformation may be
		// 'strategic,' said Jeffery Hemsley")
		p := -1
		if want == Person {
			p = l.speakerIn(sent, word, sex, end)
		}
		for _, e := range l.entitiesIn(sent) {
			en := d.Entities[e]
			if en.Start >= end || en.Kind != want || sex*l.gender[en.Cluster] < 0 || l.quoted(en.Span) || want == Organization && l.credit(en) {
				continue
			}
			if p >= 0 && (l.linked[p].word == "" || l.linked[p].at.Start < en.Start) {
				break
			}
			return en.Cluster // the first fitting name of the sentence: its subject, most often
		}
		if p >= 0 {
			return l.linked[p].cluster
		}
	}
	return -1
}

// quoted reports whether span lies inside a direct quote: a name there is
// what was said, not who said it (`"I think she's Obama's third term," he
// said`). This holds for a quote that is a paragraph of its own too: on
// PolNeAR train, the names in such quotes misled the pronouns after them
// ("The establishment … [that a Cruz nominee] …" / "…," he notes) more
// often than they named an excerpt's subject.
func (l *speakerLinker) quoted(span Span) bool {
	if l.direct == nil {
		l.direct = []Span{} // direct quotes do not overlap: in order, their ends are too
		for _, q := range l.d.Quotes {
			if q.Kind == Direct {
				l.direct = append(l.direct, q.Span)
			}
		}
	}
	i := sort.Search(len(l.direct), func(i int) bool { return l.direct[i].End > span.Start })
	return i < len(l.direct) && l.direct[i].Start <= span.Start && span.End <= l.direct[i].End
}

// A linkedMention is a quote's speaker mention linked to a person's cluster.
type linkedMention struct {
	at      Span
	word    string // "he" or "she"; "" for a name or a description
	cluster int
}

// linkedTo records that the speaker mention m of a quote with cue cue was
// linked to speaker s, when s is a person of the text's names, m is not a
// pronoun other than "he" or "she", and the cue does not ask.
func (l *speakerLinker) linkedTo(m Span, s int, cue Span) {
	if s < 0 || questionCues[lower(cue.Of(l.d.Text))] {
		return
	}
	c := l.d.Speakers[s].Cluster
	if c < 0 || l.d.Clusters[c].Kind != Person {
		return
	}
	w := lower(m.Of(l.d.Text))
	if _, pronoun := speakerPronouns[w]; pronoun && w != "he" && w != "she" {
		return
	}
	if w != "he" && w != "she" {
		w = ""
	}
	l.linked = append(l.linked, linkedMention{m, w, c})
}

// speakerIn returns the index in l.linked of the first speaker mention
// within span that ends before offset end and may stand for pronoun word
// (whose gender is sex): the same pronoun, or a name of a person of that
// gender or of none known. It returns -1 when there is none.
func (l *speakerLinker) speakerIn(span Span, word string, sex, end int) int {
	found := -1
	for i := len(l.linked) - 1; i >= 0; i-- {
		p := l.linked[i]
		if p.at.End < span.Start-1000 {
			break // linked in about text order: the rest lie well before the span
		}
		if p.at.Start < span.Start || p.at.End > min(span.End, end) {
			continue
		}
		if p.word == word || p.word == "" && sex*l.gender[p.cluster] >= 0 {
			if found < 0 || p.at.Start <= l.linked[found].at.Start {
				found = i
			}
		}
	}
	return found
}

// describedAntecedent finds the speaker a "he" or "she" stands for when the
// sentence before it (or its own) opens with a person the text describes
// but does not name, who has said something, and names nobody before the
// pronoun first: `A neighbour, who did not want to be named, said she had
// heard shouting. "It's normally such a quiet street," she said.` It
// returns the speaker's index, or -1.
func (l *speakerLinker) describedAntecedent(m Span) int {
	d := l.d
	si := sentenceIndex(d, m.Start)
	for s := min(si, len(d.Sentences)-1); s >= 0 && s >= si-1; s-- {
		sent := d.Sentences[s]
		if sp, ok := l.saidAt[sent.Start]; ok && sent.Start < m.Start {
			return sp
		}
		for _, e := range l.entitiesIn(sent.Span) {
			if d.Entities[e].Start < m.Start && d.Entities[e].Kind == Person {
				return -1 // a person named nearer: the usual antecedent
			}
		}
	}
	return -1
}

// spokespersonBefore returns the speaker a spokesman or a spokeswoman
// spoke for, in mention m's sentence or the one before, when m is the
// pronoun that fits ("he" or "she") and no person is named between:
// "According to a spokeswoman for the Minister, …. The first orders could
// be issued before the end of the year, she said."; or -1.
func (l *speakerLinker) spokespersonBefore(m Span, pronoun string) int {
	noun := "spokesman"
	if pronoun == "she" {
		noun = "spokeswoman"
	}
	s, ok := l.servedBy[noun]
	if !ok || s.at.Start >= m.Start || sentenceIndex(l.d, s.at.Start) < sentenceIndex(l.d, m.Start)-1 {
		return -1
	}
	for _, e := range l.d.Entities[entityFrom(l.d.Entities, s.at.End):] {
		if e.Start >= m.Start {
			break
		}
		if e.Kind == Person {
			return -1
		}
	}
	return s.speaker
}

// spokesNouns name one who speaks for someone.
var spokesNouns = wordSet(`spokesman spokeswoman spokesperson`)

// plural reports whether a described speaker's last word reads as a plural
// noun: "Allies", "The Vermont senators".
func plural(name string) bool {
	w := lastWord(lower(name))
	return irregularPlurals[w] || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// groupBefore returns the phrase that opens the sentence before the one
// that mention m opens, in its paragraph, when it is "the" and a plural
// noun of speakers: "The researchers", "The investigators".
func (l *speakerLinker) groupBefore(m Span) (Span, bool) {
	d := l.d
	prev, opens, ok := l.previousSentence(m)
	if !ok || !opens || prev.Last-prev.First < 3 {
		return Span{}, false
	}
	the, noun := d.Tokens[prev.First], d.Tokens[prev.First+1]
	if lower(the.Of(d.Text)) != "the" || speakerNouns[lower(noun.Of(d.Text))] != SpeakerOther {
		return Span{}, false
	}
	return Span{the.Start, noun.End}, true
}

// groupOpening returns the group, a plural noun, that opens the sentence
// of mention m ("they") as its subject, before it: "Traders have for
// years leaned on what they call the "OPEC+ put"".
func (l *speakerLinker) groupOpening(m Span) (Span, bool) {
	d := l.d
	si := sentenceIndex(d, m.Start)
	if si >= len(d.Sentences) || d.Sentences[si].Start > m.Start {
		return Span{}, false
	}
	t := tokenAt(d.Tokens, d.Sentences[si].Start)
	if t < 0 || t+1 >= len(d.Tokens) {
		return Span{}, false
	}
	if lower(d.Tokens[t].Of(d.Text)) == "the" {
		t++
	}
	w := d.Tokens[t].Of(d.Text)
	lw := lower(w)
	if d.Tokens[t].End > m.Start || entityFrom(d.Entities, d.Tokens[t].Start) < len(d.Entities) && d.Entities[entityFrom(d.Entities, d.Tokens[t].Start)].Start == d.Tokens[t].Start {
		return Span{}, false // a name opens it
	}
	if speakerNouns[lw] != SpeakerOther && !(len(lw) > 4 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss")) {
		return Span{}, false
	}
	if n := tokenAt(d.Tokens, d.Tokens[t].End+1); n < 0 || n >= len(d.Tokens) || !auxiliaries[lower(d.Tokens[n].Of(d.Text))] {
		return Span{}, false // its verb follows at once: "Traders have …"
	}
	return Span{d.Tokens[tokenAt(d.Tokens, d.Sentences[si].Start)].Start, d.Tokens[t].End}, true
}

// relativeAntecedent returns the cluster of the person named last before
// the relative pronoun m in its sentence ("who"), or of the body when body
// is set ("which"), or -1.
func (l *speakerLinker) relativeAntecedent(m Span, body bool) int {
	d := l.d
	si := sentenceIndex(d, m.Start)
	if si >= len(d.Sentences) {
		return -1
	}
	want := Person
	if body {
		want = Organization
	}
	c := -1
	near := Span{max(d.Sentences[si].Start, m.Start-400), m.Start} // a few dozen words back
	for _, e := range l.entitiesIn(near) {
		if en := d.Entities[e]; en.End <= m.Start && en.Kind == want {
			c = en.Cluster
		}
	}
	return c
}

// entitiesIn returns the indices of the entities inside s.
func (l *speakerLinker) entitiesIn(s Span) []int {
	ents := l.d.Entities
	i := entityFrom(ents, s.Start)
	var out []int
	for ; i < len(ents) && ents[i].End <= s.End; i++ {
		out = append(out, i)
	}
	return out
}

// dedupSpans removes repeated spans from a sorted slice.
func dedupSpans(s []Span) []Span {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// The word lists of this file's rules, each built at start-up from its
// entry in speakerLists (see wordSets).
var (
	malePronouns, femalePronouns, maleTitles, femaleTitles, maleKin, femaleKin, tradeNouns map[string]bool
	nationalPeople, singulars, notHeadWords, phraseJoiners, anaphoricHeads, ledeOpeners    map[string]bool
	publicHeads, bodyInitials, timeModifiers, questionCues, irregularPlurals               map[string]bool
)

var speakerLists = wordSets{
	// Pronouns by gender, for linking "he" and "she" to a person.
	{&malePronouns, `he him his himself`},
	{&femalePronouns, `she her hers herself`},
	{&maleTitles, `mr. mr sir lord king prince father brother congressman chairman spokesman`},
	{&femaleTitles, `mrs. mrs ms. ms miss lady dame queen princess sister congresswoman chairwoman spokeswoman`},
	{&maleKin, `husband father son brother grandfather uncle nephew widower boyfriend`},
	{&femaleKin, `wife mother daughter sister grandmother aunt niece widow girlfriend`},
	// tradeNouns name a business by its trade, which stands for the last
	// business that spoke when no other is at hand: "the lender said". (An
	// airline is found by its name; a broadcaster or a publisher that spoke
	// is more often a news outlet reporting.)
	{&tradeNouns, `lender retailer insurer carmaker automaker maker manufacturer supermarket`},
	// nationalPeople are nouns for a person of a nation, as sports reports name
	// the one they are about: "the Dutchman", "the Spaniard" (not of a party or
	// a state: "the Republican", "The Tennessean" may be a paper).
	{&nationalPeople, `dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman
		welshman welshwoman scotsman scotswoman spaniard briton finn dane swede pole scot serb croat swiss american
		australian canadian german italian belgian austrian portuguese brazilian argentine argentinian mexican colombian
		chilean uruguayan japanese korean indian pakistani kenyan ethiopian nigerian ghanaian russian ukrainian norwegian
		czech hungarian greek turk egyptian moroccan kiwi`},
	// singulars open a noun phrase that names one: "a", "each".
	{&singulars, `a an one another each every this that`},
	// notHeadWords come after the head of a noun phrase: "familiar with the
	// talks", "leaders of the party", "people who".
	{&notHeadWords, `of with for from at in on by who that which whose familiar close briefed`},
	// phraseJoiners join a speaker noun to what follows it: "analysts at …".
	{&phraseJoiners, `at of for from with in to`},
	// anaphoricHeads end descriptions that stand for a person the story has
	// named, when "the" opens them: "the Florida senator", "the Republican
	// presidential nominee", "the billionaire". Heads that name a new person
	// as often ("the spokesman", "the official", "the president") are not
	// among them; those find their person by its title only (describedCluster).
	{&anaphoricHeads, `counsel senator governor mayor candidate nominee frontrunner front-runner congressman congresswoman lawmaker legislator billionaire businessman businesswoman mogul tycoon actor actress singer incumbent challenger admiral ambassador
		captain skipper striker midfielder defender goalkeeper goalie winger quarterback pitcher veteran rookie`},
	// ledeOpeners open a description that the opening paragraphs name later,
	// besides a possessive: "the defence secretary", "its chief executive",
	// "a police officer".
	{&ledeOpeners, `the its a an`},
	// publicHeads end the names of public bodies and bodyInitials are the
	// initials of some (publicBody): "Data Protection Commission", "EU".
	{&publicHeads, `union council commission ministry department government parliament party court agency police army navy assembly senate congress committee office authority nations administration regulator tribunal service board bureau`},
	{&bodyInitials, `eu un nato who imf wto fbi cia nhs ons fda sec ftc ecb`},
	// timeModifiers tell when a description held, not who it is.
	{&timeModifiers, `presumptive current`},
	// questionCues ask rather than say: the one asked speaks next ("Ryan did
	// not exude confidence when Tapper asked whether …").
	{&questionCues, `ask asks asked asking wonder wonders wondered inquire inquires inquired enquired question questions questioned query queried`},
	// irregularPlurals are plural nouns of people without an "s": "the people,
	// who asked not to be identified".
	{&irregularPlurals, `people men women children`},
}
