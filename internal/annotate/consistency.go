package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/ner"
)

// makeConsistent makes the names of a document agree with one another:
//
//   - a word read alone as a person's name joins the word after it when
//     the text names a person by that word alone elsewhere (joinSurnames);
//   - one name, one type: the mentions of a name take the type most of its
//     mentions have (rules count more than the tagger), and a single word
//     that ends a person's full name elsewhere is that person ("Lavrov");
//     in a sports report a single word only the tagger took for a person,
//     written twice or more and never named in full, is a team ("Kent");
//     but a dateline, or a place after "in" or "at", stays a place (placeHere);
//   - a name found once is found everywhere: every capitalised occurrence
//     of a name or a person's surname that nothing covers becomes a
//     mention, in headlines too ("KENT" after "Kent");
//   - rows of results, a name and a country in brackets, have one kind of
//     name, and a name the tagger missed there is found (alignRows).
func (f *nameFinder) makeConsistent() {
	f.joinSurnames()
	f.dropOpeningWords()
	// the votes for each name, by kind (otherName last), in tallies;
	// voted holds each name's place there
	voted := make(map[string]int, len(f.ms)) // a name or two a mention, at most
	var tallies [][4]int
	// firstWord marks, by word number, the words that start a name voted
	// for: only there can a name be found again
	firstWord := make([]bool, f.numWords())
	vote := func(key string, k EntityKind, n int) (t int) {
		t, ok := voted[key]
		if !ok {
			t = len(tallies)
			voted[key] = t
			tallies = append(tallies, [4]int{})
		}
		tallies[t][k] += n
		return t
	}
	rowKind, rows := f.alignRows()
	surnames := map[string]bool{}
	givenNames := map[string]string{} // the first words of the people named in full, and their surnames
	maxWords := 0
	keys := make([]string, len(f.ms)) // each mention's name
	tally := make([]int, len(f.ms))   // and the place of its votes in tallies
	for i, m := range f.ms {
		keys[i] = f.key(m.first, m.last)
		firstWord[f.wordID[m.first]] = true
		tally[i] = vote(keys[i], m.kind, ruleVote(m.rule)) // the tagger's vote is 1, a rule's more
		maxWords = min(max(maxWords, m.last-m.first), maxNameWords)
		if m.kind == Person && m.last-m.first >= 2 && f.d.Tokens[m.last-1].Kind == Word {
			last := f.lower(m.last - 1)
			surnames[last] = true
			givenNames[f.key(m.first, m.first+1)] = last
			if isParticleName(f.tok(m.last - 1)) {
				surnames[last[strings.IndexByte(last, '-')+1:]] = true // "Assad" of "Bashar al-Assad"
			}
			if m.last-m.first >= 3 && f.has(m.last-2, inNameParticles) {
				surnames[f.key(m.last-2, m.last)] = true // "De Guzman" of "Jose Miguel De Guzman"
			}
			if m.last-m.first == 2 && familyNameFirst(f.tok(m.last-1)) {
				surnames[f.lower(m.first)] = true // "Park" of "Park Jin-woo": a Korean name gives the family name first
			}
		}
		if m.kind == Organization && m.last-m.first >= 2 && f.has(m.last-1, inOrgSuffixes) {
			short := m.last - 1 // "Acme" of "Acme Inc."
			if short-m.first >= 1 && f.tok(short-1) == "," {
				short--
			}
			vote(f.key(m.first, short), Organization, 3)
			for ; short-m.first >= 2 && tradeWord(f.lower(short-1)); short-- {
				// "Sahyadri Auto" of "Sahyadri Auto Components Ltd",
				// "Noordlicht" of "Noordlicht Semiconductors NV",
				// "Kizuna" of "Kizuna Financial Group Inc."
				vote(f.key(m.first, short-1), Organization, surnameVote)
			}
		}
		if f.sport && m.kind == Organization && m.last-m.first >= 2 && clubShortForms[f.lower(m.last-1)] {
			// "City" of "Manchester City", "Villa" of "Aston Villa", in a sports report
			vote(f.key(m.last-1, m.last), Organization, 3)
			firstWord[f.wordID[m.last-1]] = true
		}
		if m.kind == Organization && m.last-m.first >= 2 && (companyHeads[f.lower(m.last-1)] || f.sport && clubSuffixes[f.lower(m.last-1)]) {
			// "Quarrel" of "Quarrel Systems", "Hallbrook" of "Hallbrook
			// Rovers" in a sports report, but not "Singapore" of
			// "Singapore Airlines" nor "American" of "American Airlines"
			short := m.last - 1
			if !(short-m.first == 1 && f.isNationality(m.first)) && f.lookupPlace(m.first, short) == ner.NotPlace {
				// as strong as a surname's vote: the tagger may read the short
				// form as a place each time ("Meta" of "Meta Platforms")
				vote(f.key(m.first, short), Organization, surnameVote)
			}
		}
	}
	if f.sport {
		// in a sports report a lone word the tagger alone took for a
		// person, which the report writes twice or more and never names in
		// full, is a team: not a surname of a person named in full, nor the
		// given name of one whose surname the text also gives alone as a
		// person's ("Luca" of "Luca Brennan" … "Brennan", but not "Rotor"
		// of a club the tagger read as a person, "Rotor Volgograd")
		person := func(key string) bool {
			t, ok := voted[key]
			return ok && tallies[t][Person] > tallies[t][Organization] && tallies[t][Person] > tallies[t][Place]
		}
		lone := map[int32]int{} // word number → the tagger's votes for a person
		for i, m := range f.ms {
			surname, given := givenNames[keys[i]]
			if m.kind == Person && m.rule == "" && m.last-m.first == 1 && !surnames[keys[i]] && !(given && person(surname)) && !f.isFullName(m.first, m.first+2) {
				lone[f.wordID[m.first]]++
			}
		}
		if len(lone) > 0 {
			seen := map[int32]int{} // how often the text writes each capitalised
			for t := range f.d.Tokens {
				if !f.has(t, capWord) {
					continue
				}
				if _, ok := lone[f.wordID[t]]; ok {
					seen[f.wordID[t]]++
				}
			}
			for i, m := range f.ms {
				id := f.wordID[m.first]
				if n := lone[id]; n > 0 && m.rule == "" && m.kind == Person && m.last-m.first == 1 && seen[id] >= 2 {
					vote(keys[i], Person, -1)
					vote(keys[i], Organization, 1)
				}
			}
		}
	}
	// a name of two words that only the tagger typed, and not as a
	// person's, whose last word alone the text gives a person twice or more
	// ("Bukayo Saka" … "Saka's cross", "of Saka"), is that person; once is
	// enough for a known first name, or for a place no list of places holds
	// whose first word starts no place's name ("Lando Norris" … "Norris, who
	// started from second", but not "Cape Breton" … "Breton")
	for i, m := range f.ms {
		if m.rule != "" || m.kind == Person || m.last-m.first != 2 {
			continue
		}
		least := 2
		if f.lexicon(m.first)&ner.FirstName != 0 || m.kind == Place && !f.has(m.first, inPlaceStarts|inCompass|inTitleWords) && !placeFirstWords[f.lower(m.first)] &&
			f.lookupPlace(m.first, m.last) == ner.NotPlace {
			least = 1
		}
		if t, ok := voted[f.key(m.last-1, m.last)]; ok {
			if v := tallies[t]; v[Person] >= least && v[Person] > v[Organization] && v[Person] > v[Place] {
				vote(keys[i], Person, 2)
			}
		}
	}
	// a given name alone that only the tagger typed, and not as a
	// person's, of someone the text names in full, is that person: "Tavion
	// Greer" … "Tavion's death" (but not a listed place or body, "Jordan";
	// the vote is one for the name, whose other mentions may outvote it:
	// "Punjab" of a title the tagger took for a name, "Advocate General
	// Punjab Ijaz Ahmad Lodhi", in a text that names the province often;
	// nor a word that opens the name of a body or a place)
	settled := map[string]bool{} // voted for once already, or opening a body's or a place's name ("Punjab Assembly")
	for _, m := range f.ms {
		if m.kind != Person && m.last-m.first >= 2 {
			settled[f.key(m.first, m.first+1)] = true
		}
	}
	for i, m := range f.ms {
		if _, given := givenNames[keys[i]]; given && !settled[keys[i]] && m.rule == "" && m.kind != Person && m.last-m.first == 1 &&
			f.lookupPlace(m.first, m.last) == ner.NotPlace && !f.isOrganization(m.first, m.last) {
			vote(keys[i], Person, 3)
			settled[keys[i]] = true
		}
	}
	for s := range surnames {
		vote(s, Person, surnameVote)
		if id, ok := f.numbers.lookup(s); ok {
			firstWord[id] = true
		}
	}
	// bestOf is the kind most voted for at tallies[t], where ok says
	// whether the name was voted for at all
	bestOf := func(t int, ok bool) (EntityKind, bool) {
		if !ok {
			return 0, false
		}
		v := &tallies[t]
		k := EntityKind(0)
		for i := range v {
			if v[i] > v[k] {
				k = EntityKind(i)
			}
		}
		return k, v[k] > 0
	}
	for i := range f.ms {
		m := &f.ms[i]
		if f.placeHere(*m) && !surnames[keys[i]] {
			continue
		}
		t := tally[i]
		if k, ok := bestOf(t, true); ok && k != m.kind && tallies[t][k] > tallies[t][m.kind] {
			m.kind = k
		}
	}

	// find the other occurrences
	covered := make([]bool, len(f.d.Tokens))
	for _, m := range f.ms {
		for t := m.first; t < m.last; t++ {
			covered[t] = true
		}
	}
	var add []mention
	initials := f.orgInitials()
	for si, s := range f.d.Sentences {
		for i := s.First; i < s.Last; i++ {
			if !covered[i] && f.has(i, allCaps) && initials[f.tok(i)] && !f.caps[si] {
				// "The RCN's Scotland director" after "the Royal College of Nursing"
				add = append(add, mention{first: i, last: i + 1, kind: Organization, rule: "consistency"})
				continue
			}
			if rows && !covered[i] && f.isNameWord(i) && !(i == s.First && f.lowerElsewhere(i)) {
				// a name the tagger missed in a row of results: "Guy Forget (France) beat …"
				j := i + 1
				for j < s.Last && j < i+4 && f.isNameWord(j) && !covered[j] {
					j++
				}
				if f.countryAfter(j) {
					add = append(add, mention{first: i, last: j, kind: rowKind, rule: "row"})
					i = j - 1
					continue
				}
			}
			if !covered[i] && !f.has(i, capWord) && isParticleName(f.tok(i)) && surnames[f.lower(i)] {
				// "al-Kuwari" after "Faisal bin Jassim al-Kuwari": the surname
				// alone, which opens in lower case
				add = append(add, mention{first: i, last: i + 1, kind: Person, rule: "consistency"})
				continue
			}
			if covered[i] || !f.has(i, capWord) || f.has(i, inFunctionWords|inTitleWords) || !firstWord[f.wordID[i]] {
				continue
			}
			for n := min(maxWords, s.Last-i); n >= 1; n-- {
				if covered[i+n-1] || !f.has(i+n-1, capWord) {
					continue
				}
				f.keyBuf = f.appendKey(f.keyBuf[:0], i, i+n)
				t, found := voted[string(f.keyBuf)] // no string made
				k, ok := bestOf(t, found)
				if !ok {
					continue
				}
				if n == 1 && i == s.First && !f.caps[si] && f.lowerElsewhere(i) {
					break // a sentence's first word that the text also writes in lower case
				}
				if n == 1 && i > s.First && clubShortForms[f.lower(i)] && f.has(i-1, capWord) {
					break // the end of another name: "Kansas City"
				}
				add = append(add, mention{first: i, last: i + n, kind: k, rule: "consistency"})
				i += n - 1
				break
			}
		}
	}
	if len(add) > 0 {
		// both lists are in order and no two mentions start at the same
		// token (they do not overlap): merge them
		merged := make([]mention, 0, len(f.ms)+len(add))
		i, j := 0, 0
		for i < len(f.ms) || j < len(add) {
			if j == len(add) || i < len(f.ms) && f.ms[i].first < add[j].first {
				merged = append(merged, f.ms[i])
				i++
			} else {
				merged = append(merged, add[j])
				j++
			}
		}
		f.ms = merged
	}
}

// orgInitials returns the initials of the organizations named in words
// of three or more ("Royal College of Nursing" → "RCN"), which stand for
// them alone.
func (f *nameFinder) orgInitials() map[string]bool {
	var out map[string]bool
	for _, m := range f.ms {
		if m.kind != Organization || m.last-m.first < 3 {
			continue
		}
		var b []byte
		for t := m.first; t < m.last; t++ {
			w := f.tok(t)
			if f.has(t, inFunctionWords) || orgConnectors[f.lower(t)] || w == "" {
				continue
			}
			if w[0] < 'A' || w[0] > 'Z' {
				b = nil
				break
			}
			b = append(b, w[0])
		}
		if len(b) >= 3 {
			if out == nil {
				out = map[string]bool{}
			}
			out[string(b)] = true
		}
	}
	return out
}

// alignRows gives the rows of results, where a name is followed by a
// country in brackets ("Goran Ivanisevic (Croatia) beat Scott Draper
// (Australia) 6-7 6-3"), one kind of name: the kind two thirds of them
// have, if three or more do. Names only the tagger typed take it, and
// makeConsistent adds the names it missed there. It reports the kind and
// whether there is one.
func (f *nameFinder) alignRows() (EntityKind, bool) {
	var n [otherName + 1]int
	for _, m := range f.ms {
		if f.countryAfter(m.last) {
			n[m.kind]++
		}
	}
	for k := Person; k <= Place; k++ {
		if n[k] >= 3 && 3*n[k] >= 2*(n[Person]+n[Organization]+n[Place]) {
			for i := range f.ms {
				if m := &f.ms[i]; m.rule == "" && m.kind != k && m.kind != otherName && f.countryAfter(m.last) {
					m.kind, m.rule = k, "row"
				}
			}
			return k, true
		}
	}
	return 0, false
}

// countryAfter reports whether a listed country in brackets starts at token i: "(Croatia)".
func (f *nameFinder) countryAfter(i int) bool {
	return i+2 < len(f.d.Tokens) && f.tok(i) == "(" && f.tok(i+2) == ")" && f.lookupPlace(i+1, i+2) == ner.Country
}

// placeHere reports whether m is a place whatever the name is elsewhere
// in the document (but the surname of a person named in full): a
// dateline's ("NEW YORK 1996-08-30" in a report where "New York" is a
// team), or a place after "in" or "at" ("In Montreal, Sanders allowed one
// hit", "At Chesterfield: Derbyshire beat Worcestershire").
func (f *nameFinder) placeHere(m mention) bool {
	return m.kind == Place && (m.rule == "dateline" || m.first > 0 && (f.lower(m.first-1) == "in" || f.lower(m.first-1) == "at"))
}

// familyNameFirst reports whether w, the last word of a person's name of
// two words, is a Korean given name as news romanizes it, two syllables
// joined by a hyphen, the second in lower case ("Jin-woo", "Tae-sung"):
// the family name comes first ("Park Jin-woo" … "Park said").
func familyNameFirst(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 1 || i+1 >= len(w) || strings.Count(w, "-") != 1 || !isUpperStart(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r) && len(w) <= 12
}

// surnameVote is the weight of a surname's vote for a person: the last
// word of a person named in full outvotes what the tagger and the list of
// places make of it alone ("MaliVai Washington" … "Washington said").
const surnameVote = 10

// maxNameWords is the longest name, in words, found again elsewhere.
const maxNameWords = 8

// key returns the lower-cased words of tokens [first, last), joined by spaces.
func (f *nameFinder) key(first, last int) string {
	if last-first == 1 {
		return f.lower(first)
	}
	return string(f.appendKey(nil, first, last))
}

// appendKey appends the key of tokens [first, last) to b.
func (f *nameFinder) appendKey(b []byte, first, last int) []byte {
	for i := first; i < last; i++ {
		if i > first {
			b = append(b, ' ')
		}
		b = append(b, f.lower(i)...)
	}
	return b
}

// lowerElsewhere reports whether the document writes token i's word in
// lower case somewhere: a word token, not capitalised, written as its
// lower-cased form.
func (f *nameFinder) lowerElsewhere(i int) bool {
	if f.lowerWords == nil {
		f.lowerWords = make([]bool, f.numWords())
		for j, t := range f.d.Tokens {
			if t.Kind == Word && !f.has(j, capWord) && f.tok(j) == f.lower(j) {
				f.lowerWords[f.wordID[j]] = true
			}
		}
	}
	return f.lowerWords[f.wordID[i]]
}

// alignLists gives the names of a list one type: in a run of three names
// or more with only a comma, "and" or "or" between each and the next
// ("Mark Calcavecchia, Payne Stewart, Billy Mayfair"), the names the
// tagger alone typed take the type more than half of the run has. Names a
// rule typed keep theirs.
func (f *nameFinder) alignLists() {
	for start := 0; start < len(f.ms); {
		end := start + 1
		for end < len(f.ms) && f.listed(f.ms[end-1], f.ms[end]) {
			end++
		}
		if end-start == 2 {
			f.alignPair(&f.ms[start], &f.ms[start+1])
		}
		if end-start >= 3 {
			var n [otherName + 1]int
			for _, m := range f.ms[start:end] {
				n[m.kind]++
			}
			if first := f.ms[start].first; first > 0 && wherePrepositions[f.lower(first-1)] && f.lower(first-1) != "between" {
				// "evacuation centers in Albay, Camarines Sur, Camarines
				// Norte, Sorsogon and Catanduanes": a list after a word that
				// says where names places, but people named in full and
				// given names or surnames of people the text names
				for i := start; i < end; i++ {
					if m := &f.ms[i]; m.rule == "" && m.kind == Person && !f.isFullName(m.first, m.last) && !f.surnames[f.lower(m.first)] && f.lexicon(m.first)&ner.FirstName == 0 {
						m.kind, m.rule = Place, "list"
						n[Person]--
						n[Place]++
					}
				}
			}
			for k := Person; k <= Place; k++ {
				if 2*n[k] <= end-start {
					continue
				}
				for i := start; i < end; i++ {
					if m := &f.ms[i]; m.rule == "" && m.kind != k && m.kind != otherName {
						m.kind, m.rule = k, "list"
					}
				}
			}
		}
		start = end
	}
}

// alignPair gives two names joined by "and" or "or" one type where one
// of them shows its type and the tagger alone typed the other, against
// the evidence of its form: "IBM and Compaq" (an acronym the tagger took
// for an organization, so Compaq is one too, not a person), "MaliVai
// Washington and Marcelo Rios" (a person named in full, so the other name
// of two words, no listed place, is a person's too), "between Cardiff and
// Merthyr Tydfil", "into Manchester and Leeds" (a listed place or one a
// rule found after "between", or after a word that says where beside one
// word, so the other, no person named in full nor a first name or surname
// alone, is a place; beside one word after such a word other than
// "between", a place the tagger found will do: "members in Kano and
// Kaduna", where "talks between Putin and Xi" needs more). Only these
// mistakes are mended: a person and an organization may well be named
// together ("Bill Gates and Microsoft"), and so may a place and anything
// else ("Israel and Hamas").
func (f *nameFinder) alignPair(a, b *mention) {
	if f.lower(a.last) == "," {
		return // "Kent, and Essex": a comma and a conjunction join clauses as often
	}
	for _, p := range [2][2]*mention{{a, b}, {b, a}} {
		sure, other := p[0], p[1]
		// sure shows its type if a rule found it; other, the tagger's alone, is
		// a lone word (no surname of a person named in full nor a given name)
		// beside an acronym, or two words or three naming no listed place
		// beside a person named in full
		byRule := sure.rule != "" && sure.rule != "list"
		if n := other.last - other.first; other.rule != "" || n > 3 {
			continue
		} else if sure.kind == Organization && other.kind == Person && n == 1 &&
			(byRule || sure.last-sure.first == 1 && isAcronym(f.tok(sure.first))) &&
			!f.surnames[f.lower(other.first)] && !f.isFullName(other.first, other.first+2) {
			other.kind, other.rule = Organization, "pair"
		} else if sure.kind == Place && other.kind == Person && a.first > 0 && (f.lower(a.first-1) == "between" || n == 1 && wherePrepositions[f.lower(a.first-1)]) &&
			(f.lookupPlace(sure.first, sure.last) != ner.NotPlace || byRule || n == 1 && f.lower(a.first-1) != "between") &&
			!f.isFullName(other.first, other.last) && !(n == 1 && (f.surnames[f.lower(other.first)] || f.lexicon(other.first)&ner.FirstName != 0)) {
			// "between Cardiff and Merthyr Tydfil", "between Fort Myers and
			// Cedar Key", "routes into Manchester and Leeds"
			other.kind, other.rule = Place, "pair"
		} else if sure.kind == Organization && other.kind == Place && byRule && n >= 2 && f.lookupPlace(other.first, other.last) == ner.NotPlace {
			other.kind, other.rule = Organization, "pair" // "JPMorgan Chase and Wells Fargo"
		} else if sure.kind == Person && other.kind == Place && n >= 2 && (byRule || sure.last-sure.first >= 2) &&
			!f.has(other.first, inTitleWords) && f.lookupPlace(other.first, other.last) == ner.NotPlace {
			other.kind, other.rule = Person, "pair"
		}
	}
}

// listed reports whether mention b follows a with only a comma, "and" or
// "or" (or a comma and one of those) between them, in one sentence.
func (f *nameFinder) listed(a, b mention) bool {
	gap := b.first - a.last
	if gap < 1 || gap > 2 {
		return false
	}
	for i := a.last; i < b.first; i++ {
		switch w := f.lower(i); {
		case w == ",":
			if i != a.last {
				return false
			}
		case w == "and" || w == "or":
			if i != b.first-1 {
				return false
			}
		default:
			return false
		}
	}
	return gap == 1 || f.lower(a.last) == ","
}

// dropOpeningWords drops a lone word the tagger alone took for a
// person's name at the start of a sentence, before a word in lower case
// that does not read as its verb, when the text writes it in lower case
// elsewhere and it is no first name nor the surname of anyone named in
// full: "Jazz pianist Marcus Hale dies at 81" over "the jazz pianist".
func (f *nameFinder) dropOpeningWords() {
	si := 0 // the sentences and the mentions are both in text order
	for i := range f.ms {
		m := &f.ms[i]
		for si < len(f.d.Sentences) && f.d.Sentences[si].First < m.first {
			si++
		}
		if si == len(f.d.Sentences) || f.d.Sentences[si].First != m.first ||
			m.rule != "" || m.kind != Person || m.last-m.first != 1 || m.last >= len(f.d.Tokens) {
			continue
		}
		next := m.last
		if f.has(next, capWord) || f.d.Tokens[next].Kind != Word || verbLikeWord(f.lower(next)) || f.has(next, inCueWords|inFunctionWords) {
			continue // "Brown said", "Brown wins": the word after is its verb
		}
		if f.lowerElsewhere(m.first) && !f.surnames[f.lower(m.first)] && f.lexicon(m.first)&ner.FirstName == 0 {
			m.kind = otherName
		}
	}
}

// verbLikeWord reports whether a lower-cased word reads as a verb after a
// subject: an auxiliary, or a form in "-s" or "-ed" ("Brown wins",
// "Brown played").
func verbLikeWord(w string) bool {
	return auxiliaries[w] || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")
}

// joinSurnames extends a word the tagger took alone for a person over the
// capitalised word after it, when the text names a person by that second
// word alone elsewhere, and by the first only ever before the second:
// "Taylor Swift thanked fans …" with "Swift wrote" later is one person,
// not "Taylor" and "Swift".
func (f *nameFinder) joinSurnames() {
	// alone[i]: f.ms[i] names a person by one word with no name after it
	alone := make([]bool, len(f.ms))
	lone := map[string]int{} // how often a word names a person so
	for i, m := range f.ms {
		if m.kind == Person && m.last-m.first == 1 && !f.surnameAfter(i) {
			alone[i] = true
			lone[f.lower(m.first)]++
		}
	}
	for i := range f.ms {
		m := &f.ms[i]
		if m.kind == Person && m.last-m.first == 1 && !alone[i] && lone[f.lower(m.first)] == 0 && lone[f.lower(m.last)] > 0 {
			m.last++
		}
	}
}

// surnameAfter reports whether the capitalised word right after f.ms[i],
// with one space between, could end a person's name, and no mention holds
// it.
func (f *nameFinder) surnameAfter(i int) bool {
	j := f.ms[i].last
	return j < len(f.d.Tokens) && (i+1 == len(f.ms) || f.ms[i+1].first > j) && f.isNameWord(j) && !f.has(j, allCaps|inTitleWords) &&
		f.d.Text[f.d.Tokens[j-1].End:f.d.Tokens[j].Start] == " "
}

// The word lists of this file's rules, each built at start-up from its
// entry in consistencyLists (see wordSets).
var clubShortForms, wherePrepositions, placeFirstWords map[string]bool

var consistencyLists = wordSets{
	// clubShortForms end the names of football clubs and stand for them alone
	// in a sports report: "Arsenal stun City", "United's defence".
	{&clubShortForms, `city united town county villa palace forest`},
	// wherePrepositions before two names joined by "and" or "or" say where:
	// "between Cardiff and Merthyr Tydfil", "into Manchester and Leeds".
	{&wherePrepositions, `between in into across near around throughout outside`},
	// placeFirstWords start places' names as often as people's: "Cape
	// Breton", "San Antonio", "Port Talbot".
	{&placeFirstWords, `cape port fort isle san santa saint st. st`},
}
