package annotate

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/ner"
)

// A sentenceRule finds names in one sentence where rules beat the tagger.
// Rules run in this order; a later one wins.
// vote is the weight of the rule's word when the document settles the type
// of a name (consistency.go); the tagger's is 1.
type sentenceRule struct {
	name string
	mode placeMode
	vote int
	find func(f *nameFinder, si int) []mention
}

var sentenceRules = []sentenceRule{
	{"place-list", settle, 1, (*nameFinder).listedPlaces},
	{"shire", override, 3, (*nameFinder).shires},
	{"joined-town", override, 3, (*nameFinder).joinedTowns},
	{"org-list", retype, 5, (*nameFinder).listedOrgs},
	{"known-body", override, 5, (*nameFinder).knownBodies},
	{"company", override, 5, (*nameFinder).knownCompanies},
	{"agency", override, 5, (*nameFinder).agencies},
	{"org-head", override, 3, (*nameFinder).orgHeads},
	{"event", override, 3, (*nameFinder).events},
	{"storm", override, 3, (*nameFinder).storms},
	{"platform-x", override, 3, (*nameFinder).platformX},
	{"council", override, 5, (*nameFinder).councils},
	{"country-org", override, 3, (*nameFinder).countryOrgs},
	{"org-start", override, 3, (*nameFinder).orgStarts},
	{"title", override, 5, (*nameFinder).titledNames},
	{"initials", override, 3, (*nameFinder).initialedNames},
	{"nickname", override, 3, (*nameFinder).nicknamedNames},
	{"remit-title", override, 3, (*nameFinder).remitTitles},
	{"first-name", override, 2, (*nameFinder).firstNamed},
	{"family-first", override, 2, (*nameFinder).familyFirstNames},
	{"gaelic-name", override, 3, (*nameFinder).gaelicNames},
	{"arabic-name", override, 3, (*nameFinder).arabicNames},
	{"placed-person", override, 3, (*nameFinder).placeLikePersons},
	{"speaker", fill, 1, (*nameFinder).speakers},
	{"team", override, 3, (*nameFinder).teams},
	{"facility", override, 3, (*nameFinder).facilities},
	{"org-context", override, 5, (*nameFinder).orgContext},
	{"told-the", override, 3, (*nameFinder).toldThe},
	{"body-owns", override, 3, (*nameFinder).bodyOwns},
	{"scores", override, 5, (*nameFinder).scoreLines},
	{"rider-team", override, 3, (*nameFinder).riderTeams},
	{"place-context", override, 3, (*nameFinder).placeContext},
	{"particle", override, 2, (*nameFinder).particledNames},
	{"two-field-body", override, 3, (*nameFinder).twoFieldBodies},
	{"person-context", override, 3, (*nameFinder).personContext},
	{"dateline", override, 2, (*nameFinder).dateline},
	{"acronym", override, 3, (*nameFinder).acronyms},
	{"body-of-initials", override, 3, (*nameFinder).bodiesOfInitials},
	{"glued-mark", override, 3, (*nameFinder).gluedMarks},
	{"street-abroad", override, 3, (*nameFinder).streetsAbroad},
	{"numbered-road", override, 3, (*nameFinder).numberedRoads},
	{"speaking-body", override, 3, (*nameFinder).speakingBodies},
	{"place-part", fill, 2, (*nameFinder).placeParts},
	{"craft", override, 3, (*nameFinder).crafts},
	{"bill", override, 3, (*nameFinder).bills},
	{"state-initials", override, 3, (*nameFinder).stateInitials},
	{"party-state", override, 5, (*nameFinder).partyStates},
	{"journal", override, 3, (*nameFinder).journals},
	{"self-named", override, 3, (*nameFinder).selfNamed},
	{"body-abroad", override, 3, (*nameFinder).bodiesAbroad},
	{"work-title", override, 3, (*nameFinder).workTitles},
}

// toldThe marks the name after "told the" as the newspaper, broadcaster or
// body told: "told the Nation", "told the Irish Times", "told the Senate"
// (a person is told without "the"; a title after it is no name: "told the
// President"), and a paper's initials after "told": "told HT the …".
func (f *nameFinder) toldThe(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	var out []mention
	for i := s.First; i+2 < s.Last; i++ {
		if f.has(i, inTellForms) && f.has(i+1, allCaps) && len(f.tok(i+1)) >= 2 && len(f.tok(i+1)) <= 10 && (f.d.Tokens[i+2].Kind == Word && !f.has(i+2, capWord) || f.d.Tokens[i+2].Kind == Punct) &&
			f.lookupPlace(i+1, i+2) == ner.NotPlace && !f.has(i+1, inSpeakerPronouns) && f.lower(i+1) != "me" && f.lower(i+1) != "us" {
			// "told HT the compensation …", "told POLITICO on Thursday": a
			// paper's initials or its name in capitals
			out = withMention(out, i+1, i+2, Organization)
			continue
		}
		if !f.has(i, inTellForms) || f.lower(i+1) != "the" || !f.has(i+2, capWord) || f.has(i+2, inTitleWords) {
			continue
		}
		last := f.nameEnd(i+2, 4, s.Last)
		if last == i+2 || last-i-2 == 1 && f.isNationality(i+2) || f.lookupPlace(i+2, last) != ner.NotPlace {
			continue
		}
		out = withMention(out, i+2, last, Organization)
	}
	return out
}

// bodyOwns marks a name as a body's where what follows its possessive
// only a body has, or where it was founded: "Lumenware’s co-founder and
// CEO", "Lumenware’s stock", "founded Lumenware in 2013".
func (f *nameFinder) bodyOwns(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	var out []mention
	for i := s.First + 1; i+1 < s.Last; i++ {
		if isPossessive(f.tok(i)) && f.isNameWord(i-1) && (bodyHoldings[f.lower(i+1)] || f.briefSpokesperson(i+1, s.Last)) {
			first := f.nameStart(i, 4, s.First)
			if !f.isFullName(first, i) && f.lookupPlace(first, i) == ner.NotPlace && !f.has(first, inTitleWords) {
				out = withMention(out, first, i, Organization)
			}
		}
		if f.lower(i) == "founded" && f.isNameWord(i+1) && !f.has(i+1, inTitleWords) {
			last := f.nameEnd(i+1, 4, s.Last)
			if !f.isFullName(i+1, last) && f.lookupPlace(i+1, last) == ner.NotPlace {
				out = withMention(out, i+1, last, Organization)
			}
		}
	}
	return out
}

// briefSpokesperson reports whether tokens from i are a spokesperson on a
// brief, which a party or a body has, not a person: "housing spokeswoman",
// "foreign affairs spokesman" (but "Trump's press secretary").
func (f *nameFinder) briefSpokesperson(i, end int) bool {
	for j := i; j < end && j < i+3 && f.d.Tokens[j].Kind == Word && !f.has(j, capWord); j++ {
		w := f.lower(j)
		if j > i && spokesNouns[w] {
			return true
		}
		if notBriefs[w] {
			return false
		}
	}
	return false
}

// notBriefs stand before "spokesman" for a person's own: "his personal
// spokesman", "Trump's campaign spokeswoman".
var notBriefs = wordSet(`press campaign personal own longtime former chief deputy senior official new top`)

// bodyHoldings are what only a body has: its shares, its founders, its chief.
var bodyHoldings = wordSet(`co-founder cofounder founder ceo stock shares shareholders workforce headquarters board chairman`)

// tellForms are the forms of "tell" before a listener.
var tellForms = wordSet(`told tell tells telling`)

// ruleVote returns the vote weight of the rule named name.
func ruleVote(name string) int {
	for _, r := range sentenceRules {
		if r.name == name {
			return r.vote
		}
	}
	return 1
}

// listedOrgs marks the organizations of the list (ner.IsOrganization):
// "United Nations", "U.N.", "NATO". Inside a longer name ("U.N. Security
// Council") the name keeps its bounds and becomes an organization.
func (f *nameFinder) listedOrgs(si int) []mention {
	s := f.d.Sentences[si]
	out := f.found[:0]
	for i := s.First; i < s.Last; i++ {
		if !f.has(i, capWord) || f.lexicon(i)&ner.StartsOrganization == 0 && !ner.IsOrganizationAcronym(f.tok(i)) {
			continue
		}
		for n := min(ner.MaxPhrase, s.Last-i); n >= 1; n-- {
			name := f.text(i, i+n)
			if n == 1 && f.caps[si] && len(name) <= 4 {
				continue // "WHO" in a headline
			}
			if f.isOrganization(i, i+n) {
				out = withMention(out, i, i+n, Organization)
				i += n - 1
				break
			}
		}
	}
	f.found = out // its array serves the next rule
	return out
}

// listedPlaces marks the places of the list (ner.LookupPlace), whether
// the tagger missed them or read them as organizations: in news a country
// or city that acts ("Moscow says", "Italy's Dini") is still a place. A
// place inside a longer name ("Bank of England") is left to it, and so is
// one the tagger read as a person ("Jordan").
func (f *nameFinder) listedPlaces(si int) []mention {
	s := f.d.Sentences[si]
	out := f.found[:0]
	for i := s.First; i < s.Last; i++ {
		if !f.has(i, capWord) || f.lexicon(i)&ner.StartsPlace == 0 {
			continue
		}
		for n := min(ner.MaxPhrase, s.Last-i); n >= 1; n-- {
			if !f.has(i+n-1, capWord) {
				continue
			}
			name := f.text(i, i+n)
			if ner.LookupPlace(name) != ner.NotPlace && !(n == 1 && len(name) <= 3 && !isAcronym(name)) {
				out = withMention(out, i, i+n, Place)
				i += n - 1
				break
			}
		}
	}
	f.found = out // its array serves the next rule
	return out
}

// shires marks a capitalised word ending in "shire", alone, as a place: an
// English county ("Lincolnshire", "Hampshire"). Before another capitalised
// word it is left to the rules for bodies ("Lincolnshire Police"), and in
// a sports report to the tagger and the rules for teams: counties field
// cricket sides ("Leicestershire beat Somerset").
func (f *nameFinder) shires(si int) []mention {
	if f.sport {
		return nil
	}
	s := f.d.Sentences[si]
	out := f.found[:0]
	for i := s.First; i < s.Last; i++ {
		w := f.lower(i)
		if len(w) <= len("shire")+2 || !strings.HasSuffix(w, "shire") || !f.has(i, capWord) || f.caps[si] ||
			i+1 < s.Last && f.has(i+1, capWord) || i > s.First && f.has(i-1, capWord) && !f.has(i-1, inFunctionWords) ||
			i > s.First && versus[f.lower(i-1)] { // a fixture: "v Derbyshire"
			continue
		}
		out = withMention(out, i, i+1, Place)
	}
	f.found = out
	return out
}

// joinedTowns marks as places the words that join two capitalised names
// with a particle between hyphens: "Stoke-on-Trent", "Stratford-upon-Avon",
// "Clacton-on-Sea", "Bourton-on-the-Water", "Châlons-en-Champagne". No
// person's or body's name is written so.
func (f *nameFinder) joinedTowns(si int) []mention {
	s := f.d.Sentences[si]
	out := f.found[:0]
	for i := s.First; i < s.Last; i++ {
		if f.has(i, capWord) && !f.caps[si] && joinedTown(f.tok(i)) {
			out = withMention(out, i, i+1, Place)
		}
	}
	f.found = out
	return out
}

// joinedTown reports whether w reads Name-particle(-the)-Name.
func joinedTown(w string) bool {
	if strings.Count(w, "-") < 2 {
		return false // (most words: no split)
	}
	parts := strings.Split(w, "-")
	if len(parts) < 3 || len(parts) > 4 || !townParticles[parts[1]] || len(parts) == 4 && parts[2] != "the" {
		return false
	}
	first, last := parts[0], parts[len(parts)-1]
	return first != "" && last != "" && isUpperStart(first) && isUpperStart(last)
}

// townParticles join the two names of a town: "Stoke-on-Trent".
var townParticles = wordSet(`on upon under le la les sur en in by am an de`)

// namesListed returns the names, [first, last) each, that a kind noun at
// token i lists before end: "firms including Mobil, Shell and Caltex",
// "states such as Tamil Nadu and Uttar Pradesh", "cities like Leeds". Each
// name has at most maxWords words.
func (f *nameFinder) namesListed(i, end, maxWords int) [][2]int {
	j := end
	switch {
	case i+1 < end && (f.lower(i+1) == "including" || f.lower(i+1) == "like"):
		j = i + 2
	case i+2 < end && f.lower(i+1) == "such" && f.lower(i+2) == "as":
		j = i + 3
	}
	var out [][2]int
	for j < end && f.isNameWord(j) {
		k := j
		for k < end && k < j+maxWords && f.isNameWord(k) {
			k++
		}
		out = append(out, [2]int{j, k})
		j = k
		if j < end && f.tok(j) == "," {
			j++
		}
		if j < end && (f.lower(j) == "and" || f.lower(j) == "or") {
			j++
		}
	}
	return out
}

// remitTitles reads a title that gives its holder's remit after "for"
// before the name: "Minister for Housing Claire Donnelly", "Secretary of
// State for Health Wes Streeting", "Union Minister of State for
// Electronics and IT Rakesh Bhandari". The name is the last two or three
// capitalised words, from a known first name, a person the tagger found or
// a name it found apart from the remit; the title and its remit name
// nothing.
func (f *nameFinder) remitTitles(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	out := f.found[:0]
	for i := s.First; i+4 < s.Last; i++ {
		if !f.has(i, capWord) || !remitHolders[f.lower(i)] {
			continue
		}
		j := i + 1
		if f.lower(j) == "of" && f.lower(j+1) == "state" {
			j += 2
		}
		if j >= s.Last || f.lower(j) != "for" {
			continue
		}
		end := j + 1
		word := func(k int) bool { return f.isNameWord(k) || f.has(k, allCaps) } // "IT" too
		for end < s.Last && end < j+10 && (word(end) || (f.lower(end) == "and" || f.tok(end) == "&") && end+1 < s.Last && word(end+1)) {
			end++
		}
		n := -1
		for k := end - 2; k >= end-3 && k > j+1; k-- {
			if f.lexicon(k)&ner.FirstName != 0 || f.taggedFrom(k, Person) || f.taggedSpan(k, end) {
				n = k
				break
			}
		}
		if n < 0 || f.has(n-1, inFunctionWords) && !f.has(n-1, allCaps) && f.lower(n-1) != "and" {
			continue
		}
		out = withMention(withMention(out, i, n, otherName), n, end, Person)
		i = end - 1
	}
	f.found = out // its array serves the next rule
	return out
}

// taggedSpan reports whether the tagger found a name, of any kind, that
// is tokens [first, last) exactly.
func (f *nameFinder) taggedSpan(first, last int) bool {
	for _, m := range f.pending {
		if m.first == first && m.last == last {
			return true
		}
	}
	return false
}

// nicknamedNames marks a name with a nickname in quotation marks between
// its parts as one person: Thomas "Tommy" Hargrove, Jesús “Chuy” García.
func (f *nameFinder) nicknamedNames(si int) []mention {
	s := f.d.Sentences[si]
	out := f.found[:0]
	for i := s.First; i+4 < s.Last; i++ {
		if !f.isNameWord(i) || f.d.Tokens[i+1].Kind != Mark || !f.isNameWord(i+2) || f.d.Tokens[i+3].Kind != Mark || !f.isNameWord(i+4) ||
			f.has(i, inTitleWords) || f.has(i+4, inTitleWords) || f.lexicon(i)&ner.FirstName == 0 && !f.taggedFrom(i, Person) {
			continue
		}
		j := i + 5
		for j < s.Last && j < i+7 && f.isNameWord(j) && !f.has(j, inTitleWords) {
			j++
		}
		out = withMention(out, i, j, Person)
		i = j - 1
	}
	f.found = out // its array serves the next rule
	return out
}

// initialedNames marks a capital initial and the capitalised word after it
// as a person: "P. Simmons", "J. Adams".
func (f *nameFinder) initialedNames(si int) []mention {
	s := f.d.Sentences[si]
	out := f.found[:0]
	for i := s.First; i+1 < s.Last; i++ {
		w := f.tok(i)
		if len(w) != 2 || w[1] != '.' || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		j := i + 1
		for j < s.Last && isInitial(f.tok(j)) {
			j++
		}
		if j >= s.Last || !f.isNameWord(j) || f.has(j, allCaps|inTitleWords) || f.isNationality(j) {
			continue // "S. Korean" is no person
		}
		if k, ok := f.taggedAt(j); ok && k == Person && !f.taggedFrom(j, Person) {
			continue // inside a longer name the tagger found: "John F. Kennedy"
		}
		out = withMention(out, i, j+1, Person)
		i = j
	}
	f.found = out // its array serves the next rule
	return out
}

// firstNamed marks a known first name and the capitalised words after it
// as a person ("Harold Baines", "Monica Seles"), whatever the tagger made
// of them, unless they end in the head of an organization's, a place's or
// a prize's name or name a listed place or organization ("Georgia Tech",
// "Jordan Valley", "Beverly Hills", "Stanley Cup").
func (f *nameFinder) firstNamed(si int) []mention {
	if f.model == nil || f.caps[si] {
		return nil
	}
	s := f.d.Sentences[si]
	out := f.found[:0]
	for i := s.First; i+1 < s.Last; i++ {
		if !f.isNameWord(i) || f.has(i, allCaps) || f.lexicon(i)&ner.FirstName == 0 {
			continue
		}
		if i > s.First && f.isNameWord(i-1) && !f.has(i-1, inTitleWords) && !isNationality(f.tok(i-1)) {
			continue // inside a longer name: "Yas Marina Circuit"
		}
		j := i + 1
		for j < s.Last && j < i+4 && (f.isNameWord(j) && !f.has(j, allCaps|inTitleWords) || isInitial(f.tok(j))) {
			j++
		}
		if j == i+1 || isInitial(f.tok(j-1)) {
			continue
		}
		if f.has(j-1, inOrgHeads|inOrgSuffixes|inOtherHeads|inEventHeads) || f.lookupPlace(i, j) != ner.NotPlace || f.isOrganization(i, j) {
			continue
		}
		if k, ok := f.taggedAt(i); ok && k == Person {
			i = j - 1
			continue
		}
		out = withMention(out, i, j, Person)
		i = j - 1
	}
	f.found = out // its array serves the next rule
	return out
}

// familyFirstNames marks a short family name before a given name of two
// syllables joined by a hyphen, as Korean names are written: "Park
// Ji-hoon", "Kwon Tae-hoon" (the family name may be an English word).
func (f *nameFinder) familyFirstNames(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := f.nextWith(s.First, s.Last-1, capWord); i+1 < s.Last; i = f.nextWith(i+1, s.Last-1, capWord) {
		g := f.tok(i + 1)
		if h := strings.IndexByte(g, '-'); len(f.tok(i)) <= 5 && !f.has(i, allCaps|inFunctionWords|inTitleWords) && familyNameFirst(g) && h >= 2 && len(g)-h <= 5 && !f.isNameWord(i+2) && (i == s.First || !f.isNameWord(i-1)) {
			out = withMention(out, i, i+2, Person)
		}
	}
	return out
}

// gaelicNames marks an Irish or a Scottish Gaelic name as a person's: a
// given name, the particle of a surname ("Ó", "Ní", "Nic", "Uí", "Mhic",
// "Mac") and the surname, as in "Nuala Ní Bhriain" and "Éamon Mac
// Cárthaigh" (and "Mac Giolla Phádraig"), or the particle and the surname
// alone ("Ms Ní Dhonnchadha").
// "Mac" is a word of English too ("Apple Mac Pro"): it counts when a given
// name the model knows or a letter with an accent stands beside it.
func (f *nameFinder) gaelicNames(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	var out []mention
	for i := s.First; i+1 < s.Last; i++ {
		if !f.has(i, capWord) {
			continue
		}
		p := f.tok(i)
		if len(p) > len("Mhic") || !gaelicParticles[p] || !f.isNameWord(i+1) || f.has(i+1, allCaps|inTitleWords) {
			continue
		}
		first := i
		if i > s.First && f.isNameWord(i-1) && !f.has(i-1, allCaps|inTitleWords) {
			first = i - 1
		}
		if p == "Mac" && !(first < i && (f.lexicon(first)&ner.FirstName != 0 || !isASCII(f.tok(first))) || !isASCII(f.tok(i+1))) {
			continue
		}
		last := i + 2
		if f.tok(i+1) == "Giolla" && last < s.Last && f.isNameWord(last) && !f.has(last, allCaps|inTitleWords) {
			last++ // "Ciarán Mac Giolla Phádraig"
		}
		out = withMention(out, first, last, Person)
		i = last - 1
	}
	return out
}

// arabicNames marks as a person's a capitalised name word and a surname
// joined to its particle by a hyphen: "Osman el-Tayeb", "Amna al-Fadil",
// which the tagger reads into the name before them ("Al Jazeera’s Osman
// el-Tayeb") or misses. A place the lists hold is left alone.
func (f *nameFinder) arabicNames(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	var out []mention
	for i := s.First; i+1 < s.Last; i++ {
		if !f.isNameWord(i) || f.has(i, allCaps|inTitleWords) || !particledSurname(f.tok(i+1)) ||
			f.lookupPlace(i, i+1) != ner.NotPlace || f.isOrganization(i, i+1) {
			continue
		}
		if i > s.First && (f.isNameWord(i-1) && !f.has(i-1, inTitleWords) || f.has(i-1, inNameParticles) || f.d.Tokens[i-1].Kind == Mark) {
			continue // inside a longer name: "Abdel Fattah el-Sisi", "Faisal bin Jassim al-Kuwari" are the tagger's; or quoted
		}
		if i+2 < s.Last && f.isNameWord(i+2) {
			continue // the name goes on: "Zine al-Abidine Ben Ali", "the Burj al-Laqlaq Society"
		}
		out = withMention(out, i, i+2, Person)
		i++
	}
	return out
}

// particledSurname reports whether w is a surname joined to its Arabic
// particle by a hyphen, the particle in lower case: "el-Tayeb", "al-Fadil".
func particledSurname(w string) bool {
	if !strings.HasPrefix(w, "al-") && !strings.HasPrefix(w, "el-") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[len("al-"):])
	return unicode.IsUpper(r)
}

// placeLikePersons marks as a place a name the tagger found, not as a
// body's, that opens with a point of the compass or with "El": "North
// Darfur", "El Fasher", which it may read as a person's (nobody's given
// name is "North"; "El" opens a person's name only after the given name
// before it, "Mohamed El Baradei"). A sports report's clubs are left alone.
func (f *nameFinder) placeLikePersons(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First; i+1 < s.Last; i++ {
		if !(f.has(i, inCompass) && len(f.tok(i)) > 2 && !strings.HasSuffix(f.tok(i), ".") || f.tok(i) == "El") || !f.has(i, capWord) || !f.isNameWord(i+1) || i > s.First && f.isNameWord(i-1) {
			continue
		}
		if w := f.lower(i - 1); f.tok(i) == "El" && (i == s.First || !f.has(i-1, inPlacePrepositions) && w != "between" && w != "of") {
			continue // "in El Fasher", "between El Fasher and Tawila" (but "told El Mundo", "reopen El Al")
		}
		if k, ok := f.taggedAt(i); !ok || k == Organization || f.sport || f.ruledAt(i) || f.isNationality(i+1) {
			continue // (a club: "West Ham", "North Melbourne"; a rule's name: "the council of North Dunmore")
		}
		last := i + 1
		for last < s.Last && last < i+4 && f.isNameWord(last) && !f.has(last, inTitleWords|inOrgHeads) {
			last++ // (not "West Kelowna Mayor Brent Lindqvist", "North Dunmore Council")
		}
		if f.has(last, inOrgHeads|inTitleWords) && f.isNameWord(last) {
			continue // a body's name or a title follows: left to the rules for those
		}
		out = withMention(out, i, last, Place)
		i = last - 1
	}
	return out
}

// ruledAt reports whether a rule before this one put a mention over token i.
func (f *nameFinder) ruledAt(i int) bool {
	for _, m := range f.sofar {
		if m.first <= i && i < m.last && m.rule != "" {
			return true
		}
	}
	return false
}

// gaelicParticles open the surnames of Irish and Scottish Gaelic names.
var gaelicParticles = wordSet(`Ó Ní Nic Uí Mhic Mac`)

// isASCII reports whether w holds ASCII letters only, no accent.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// particledNames extends a surname the tagger read as a person's back over
// the particles before it, and the given names before those: "Joost van
// der Westhuizen", "Van der Westhuizen" at the start of a sentence,
// "Bowling: de Silva 4-0-25-0". A title word ("Minister de Villepin")
// or another name stops it. It runs after the rules for teams, which
// would take "Van" after "from" for one.
func (f *nameFinder) particledNames(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for _, m := range f.pending {
		first := m.first
		for first > s.First && f.has(first-1, inNameParticles) && f.lower(first-1) != "'s" {
			first--
		}
		if first == m.first || m.kind != Person && (m.last-m.first > 1 || !dutchOrGermanParticle(f.lower(first))) {
			continue
		}
		particles := first
		// the given names before the particles, whatever the tagger made
		// of them ("Pieter" read as a place), but no listed place
		for n := 0; n < 2 && first > s.First && f.isNameWord(first-1) && !f.has(first-1, inTitleWords) && !f.isNationality(first-1) &&
			f.lookupPlace(first-1, first) == ner.NotPlace; n++ {
			if first-1 == s.First && f.lowerElsewhere(first-1) {
				break // a sentence's first word, which the text writes in lower case too
			}
			first--
		}
		if first == particles && m.kind != Person {
			continue // "Rio de Janeiro"; but "Annelie van der Merwe", whatever the tagger made of "Merwe"
		}
		out = withMention(out, first, m.last, Person)
	}
	// a given name, Dutch or German particles and a surname the tagger
	// left alone: "Pieter van Aalst"
	for i := s.First; i+2 < s.Last; i++ {
		if !f.has(i+1, inNameParticles) || !dutchOrGermanParticle(f.tok(i+1)) || !f.isNameWord(i) || f.has(i, inTitleWords) || f.lookupPlace(i, i+1) != ner.NotPlace {
			continue
		}
		k := i + 2
		for k < s.Last && f.has(k, inNameParticles) && !f.isNameWord(k) {
			k++
		}
		if k < s.Last && f.isNameWord(k) && !f.ruledAt(i) && !f.ruledAt(k) {
			if _, tagged := f.taggedAt(k); !tagged {
				out = withMention(out, i, k+1, Person)
			}
		}
	}
	return out
}

// dutchOrGermanParticle reports whether w opens the particles of a Dutch,
// Afrikaans or German surname, which no place's or body's name holds in
// English text: "van der Merwe", "von Ahlen", "zu Wendelstein".
func dutchOrGermanParticle(w string) bool {
	return w == "van" || w == "von" || w == "zu" || w == "ter" || w == "ten"
}

// speakers marks a capitalised name between a closing quotation mark and a
// verb of saying as a person, where nothing else was found: `"…," Lavrov
// emphasised`. A listed place there ("Moscow says") was found before and
// stays a place.
func (f *nameFinder) speakers(si int) []mention {
	if f.caps[si] {
		return nil
	}
	s := f.d.Sentences[si]
	var out []mention
	for j := s.First + 1; j < s.Last; j++ {
		if !f.has(j, speechCue) {
			continue
		}
		i := j
		for i > s.First && i > j-3 && f.isNameWord(i-1) && !f.has(i-1, inTitleWords) && !isAcronym(f.tok(i-1)) {
			i--
		}
		if i == j || i == s.First || f.d.Tokens[i-1].Kind != Mark {
			continue
		}
		out = withMention(out, i, j, Person)
	}
	return out
}

// isFullName reports whether tokens [first, last) look like a person's
// full name: two words or more, the first a known first name.
func (f *nameFinder) isFullName(first, last int) bool {
	return last-first >= 2 && f.lexicon(first)&ner.FirstName != 0
}

// isInitial reports whether w is a capital initial: "J.".
func isInitial(w string) bool { return len(w) == 2 && w[1] == '.' && 'A' <= w[0] && w[0] <= 'Z' }

// industryHeads name an industry at the end of a company's name, which
// the text may shorten to the words before it: "Veltrix Semiconductor",
// "Harlow Capital", "Meta Platforms". They are in orgHeads and companyHeads.
const industryHeads = `semiconductor semiconductors capital ventures securities investments bancorp robotics aerospace
	dynamics solutions resources mining minerals steel energy petroleum communications telecom biosciences biotech
	platforms therapeutics pharmaceuticals pharma labs laboratories logistics electronics chemicals components`

// isNameWord reports whether token i can be part of a name: a capitalised
// word that is not a function word, or a name behind a particle ("al-Assad").
func (f *nameFinder) isNameWord(i int) bool {
	return f.has(i, nameWord)
}

// callSign reports whether w is the call sign of an American broadcaster:
// four capitals opening with K or W, no two alike in a row ("KXLY",
// "WNBC"; not "WWII").
func callSign(w string) bool {
	if len(w) != 4 || w[0] != 'K' && w[0] != 'W' {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < 'A' || w[i] > 'Z' || i > 0 && w[i] == w[i-1] {
			return false
		}
	}
	return true
}

// agencies marks news agencies, in credits too: "(Reuters)", "AP Photo/…".
func (f *nameFinder) agencies(si int) []mention {
	s := f.d.Sentences[si]
	out := f.found[:0]
	for i := s.First; i < s.Last; i++ {
		w := f.tok(i)
		if !f.caps[si] && callSign(w) && f.lookupPlace(i, i+1) == ner.NotPlace {
			out = withMention(out, i, i+1, Organization) // "told KXLY", "KXLY's Megan Corrigan"
			continue
		}
		if !f.has(i, inNewsAgencies) || !f.has(i, capWord) {
			continue
		}
		// short agency names only in capitals: "AP", not "Ap"; "Reuters" in any case
		if len(w) <= 4 && !f.has(i, allCaps) {
			continue
		}
		if f.caps[si] && len(w) <= 3 {
			continue // "ABC" in a headline is as likely a word
		}
		// a broadcaster's station or channel is one name with it: "ABC
		// Radio", "BBC Radio Humberside", "BBC News", "CNN International"
		last := i + 1
		if last < s.Last && f.has(last, capWord) && stations[f.lower(last)] {
			last++
			for last < s.Last && last < i+5 && (f.isNameWord(last) || f.d.Tokens[last].Kind == Number) && !f.has(last, inNewsAgencies) {
				last++
			}
		}
		out = withMention(out, i, last, Organization)
		i = last - 1
	}
	f.found = out // its array serves the next rule
	return out
}

// theNameAfter reports whether "of" or "for" at token c is followed by
// "the" and a capitalised name: "Bank of the West". (A head alone that
// opens a sentence is not taken past "of the": "News of the PGA's move".)
func (f *nameFinder) theNameAfter(c, end int) bool {
	w := f.lower(c)
	return (w == "of" || w == "for") && c+2 < end && f.lower(c+1) == "the" && !f.has(c+1, capWord) && f.isNameWord(c+2)
}

// bodyNamed reports whether the text names a body by the head at token j
// and a name before it elsewhere ("Eastbridge council"), which the head
// alone then stands for ("Council leader Mark Fenwick").
func (f *nameFinder) bodyNamed(j int) bool {
	if f.namedAfter == nil {
		// by word number: the words the text writes after a name word
		f.namedAfter = make([]bool, f.numWords())
		for t := 1; t < len(f.d.Tokens); t++ {
			if f.isNameWord(t-1) && !f.has(t-1, inFunctionWords) {
				f.namedAfter[f.wordID[t]] = true
			}
		}
	}
	return f.namedAfter[f.wordID[j]]
}

// possessiveBefore returns where a name starting at token first starts
// when a possessive that starts it stands before it (possessiveStartsName):
// the name words before "'s", from sentence start on. ok is false when
// there is none.
func (f *nameFinder) possessiveBefore(first, start int, suffix bool) (int, bool) {
	if first-2 < start || !isPossessive(f.lower(first-1)) || !f.isNameWord(first-2) || !f.possessiveStartsName(first-2, first, suffix) {
		return first, false
	}
	p := first - 2
	for p > start && f.isNameWord(p-1) {
		p--
	}
	return p, true
}

// saints are the words for a saint before a name: "St Mary's Hospital".
var saints = wordSet(`st st. saint`)

// possessiveStartsName reports whether the word i, before "'s" and the
// capitalised words from next, starts an organization's name with them:
// the tagger found no name there of its own ("St Mary's Hospital"), or
// took the possessive with what follows for one organization ("People's
// Bank of China"), or took the word for an organization before a
// company's suffix; or the word is "Children", "Women" or "Men".
// A place, a person or a body named on its own owns the name after it
// ("China's Foreign Ministry", "Trump's Justice Department", "Rutgers
// University's Eagleton Institute").
func (f *nameFinder) possessiveStartsName(i, next int, suffix bool) bool {
	switch f.lower(i) {
	case "children", "women", "men", "magistrate", "king", "queen":
		return true // "Lakeshore Children's Hospital", "Palm Ridge Magistrate's Court": whose it is, not who
	}
	if i > 0 && saints[f.lower(i-1)] {
		return true // "St Mary's Hospital": a saint's name names the building
	}
	if f.lookupPlace(i, i+1) != ner.NotPlace || f.has(i, inOrgHeads|inOrgSuffixes) || f.surnames[f.lower(i)] {
		return false // "Virginia's Center for Politics", "New York University's Brennan Center"
	}
	for _, m := range f.pending {
		if m.first <= i && i < m.last {
			return m.kind == Organization && (m.last > next || suffix)
		}
	}
	return true
}

// orgHeads marks capitalised runs that end in an organization head
// ("Security Council", "Russian Foreign Ministry") or a company suffix
// ("Acme Corp.", "Douglas & Lomason Co"), or that continue after the head with "of" ("Ministry of
// Defence", "Bank of England"). Listed places ("Soviet Union") are left alone.
func (f *nameFinder) orgHeads(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil // in a headline every word is capitalised
	}
	out := f.found[:0]
	for j := s.First; j < s.Last; j++ {
		suffix := f.has(j, inOrgSuffixes)
		if !f.has(j, inOrgHeads|inOrgSuffixes) || !f.has(j, capWord) {
			continue
		}
		first := j
		for first > s.First && (f.isNameWord(first-1) || isNationality(f.tok(first-1)) ||
			suffix && first-2 >= s.First && f.tok(first-1) == "&" && f.isNameWord(first-2)) { // "Douglas & Lomason Co"
			first--
		}
		for first-2 >= s.First && (f.tok(first-1) == "'" || f.tok(first-1) == "’") && f.d.Tokens[first-1].Start == f.d.Tokens[first-2].End &&
			strings.HasSuffix(f.tok(first-2), "s") && f.isNameWord(first-2) {
			first -= 2 // "Leicester Magistrates' Court", "British Airline Pilots’ Association"
			for first > s.First && f.isNameWord(first-1) {
				first--
			}
		}
		if p, ok := f.possessiveBefore(first, s.First, suffix); ok {
			if f.taggedOrgOver(first-2, j+2) {
				continue // the tagger read it whole, and on: "King's College London", "the People's Bank of China"
			}
			first = p // "St Mary's Hospital", "the Women's Institute"
		}
		if first < j && f.has(first, inRoleStarts) && (first == s.First || f.d.Tokens[first-1].Kind != Word) {
			first++ // "Chipmaker Nvalon Technologies"
		}
		first = f.taggedOrgStart(first, j+1) // "the New York Times"
		// "the Norfolk and Norwich University Hospitals NHS Foundation Trust",
		// "The National Corn and Soy Alliance": after "the", two names
		// joined by "and" before a head are one
		if first < j && first-3 >= s.First && f.lower(first-1) == "and" && f.isNameWord(first-2) {
			k := first - 2
			for k-1 > s.First && k > first-4 && f.isNameWord(k-1) {
				k--
			}
			if f.lower(k-1) == "the" || isPossessive(f.lower(k-1)) {
				first = k // (or after its owner: "The Catholic Church's Justice and Peace Commission")
			}
		}
		// two remits joined by "and" before a head are one name: "Humberside
		// Fire and Rescue Service", "the Police and Crime Commissioner"
		if first < j && first-2 >= s.First && f.lower(first-1) == "and" && f.isNameWord(first-2) && jointRemits[f.lower(first-2)] {
			first -= 2
			for first > s.First && f.isNameWord(first-1) {
				first--
			}
		}
		last := j + 1
		// a company's suffix ends its name: "Kia Motor Corp of South Korea"
		// a government department's "and" joins its remits: "Department
		// of Health and Social Care", "Ministry of Industry and Information
		// Technology"; another's joins two names ("Bank of America and Citigroup")
		of, and := false, false // one "and" only: "… and Social Care and Nato" are two names
		for !suffix && last+1 < s.Last && orgConnectors[f.lower(last)] && (f.isNameWord(last+1) && !f.sumAfter(last+2) || f.theNameAfter(last, s.Last) && !(first == j && j == s.First)) &&
			(f.lower(last) != "and" || of && !and && departments[f.lower(j)]) {
			of = of || f.lower(last) == "of" || f.lower(last) == "for"
			and = and || f.lower(last) == "and"
			if f.lower(last+1) == "the" {
				last++ // "Department of the Interior", "Museum of the Moving Image"
			}
			last += 2
			for last < s.Last && f.isNameWord(last) {
				last++
			}
			if of && departments[f.lower(j)] {
				last = f.remitList(last, s.Last) // "Department for Environment, Food and Rural Affairs"
			}
		}
		if last < s.Last && f.lower(last-1) == "school" && f.lower(last) == "district" && f.has(last, capWord) {
			last++ // "Cascade Falls School District"
		}
		if last == j+1 && first == j {
			// a head alone ("Council") names nothing; before a word for its
			// people it is a common noun, whatever the tagger made of it
			// ("Council member Rosa Delgado"), unless the text names the
			// body with it elsewhere
			if commonBodies[f.lower(j)] && last < s.Last && !f.has(last, capWord) && memberNouns[f.lower(last)] && !f.bodyNamed(j) {
				out = withMention(out, j, last, otherName)
			}
			continue
		}
		if suffix && first == j {
			continue
		}
		if f.lookupPlace(first, last) != ner.NotPlace {
			continue
		}
		out = withMention(out, first, last, Organization)
		j = last - 1
	}
	f.found = out // its array serves the next rule
	return out
}

// remitList returns the token after a department's remits listed with
// commas up to a last one joined by "and" (", Food and Rural Affairs"): the
// "and" itself, for the caller to take the last; or t when no such list
// follows.
func (f *nameFinder) remitList(t, end int) int {
	k := t
	for k+1 < end && f.tok(k) == "," && f.isNameWord(k+1) {
		k += 2
		for k < end && f.isNameWord(k) {
			k++
		}
	}
	if k > t && k+1 < end && f.lower(k) == "and" && f.isNameWord(k+1) {
		return k
	}
	return t
}

// titledNames marks the capitalised words after a person's title as a
// person: "Foreign Minister Sergei Lavrov", "Mr. Annan". The title stays
// outside the name; a title word may end it ("Prime Minister John Major").
// A title word that starts an organization or a place the tagger found is
// no title when it is "General" ("General Motors") or the name has two
// words or more after it ("Royal Dutch Shell"); "King Sihanouk" is a title
// and a person. A monarch's ordinal ends the name: "Queen Elizabeth II".
func (f *nameFinder) titledNames(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	out := f.found[:0]
	for i := s.First; i+1 < s.Last; i++ {
		if !f.has(i, inTitleWords) {
			continue
		}
		w := f.lower(i)
		if (w == "minister" || w == "secretary") && f.lower(i+1) == "for" && f.model != nil {
			// "Minister for National Development Lim Jun Hao": the remit,
			// words the training text writes in lower case, then the name
			k := i + 2
			for k < s.Last && k < i+6 && f.isNameWord(k) && (f.model.IsCommonWord(f.tok(k)) || f.has(k, inTitleWords)) {
				k++
			}
			j := k
			for j < s.Last && j < k+4 && f.isNameWord(j) && !f.has(j, inTitleWords) {
				j++
			}
			if k > i+2 && j > k {
				out = withMention(withMention(out, i+2, k, otherName), k, j, Person)
				i = j - 1
				continue
			}
		}
		if !f.has(i, capWord|inHonorifics) && !occupations[w] {
			continue
		}
		if !f.endsTitle(i, s.First) {
			continue
		}
		j := i + 1
		for j < s.Last && j < i+5 && (f.isNameWord(j) && !f.has(j, inTitleWords) || j > i+1 && nameParticles[f.tok(j)] ||
			j > i+1 && f.isNameWord(j) && (j+1 == s.Last || !f.isNameWord(j+1))) { // a title word ends "John Major"
			j++
		}
		for j > i+1 && nameParticles[f.tok(j-1)] {
			j--
		}
		if j == i+1 {
			continue
		}
		if j+1 < s.Last && f.has(j, capWord) && personHeads[f.lower(j)] && f.isNameWord(j+1) {
			continue // "Chief Cabinet Secretary Kenjiro Tamba": the title goes on, and the name follows it
		}
		if f.has(j-1, inOrgHeads|inOrgSuffixes) || f.lookupPlace(i+1, j) != ner.NotPlace {
			continue
		}
		if (f.taggedFrom(i, Organization) || f.taggedFrom(i, Place)) && (w == "general" || i+2 < j && !officeTitles[w]) && !f.chiefBefore(i, s.First) &&
			!(i > s.First && f.has(i-1, inHonorifics)) && !f.has(i, inHonorifics) { // but "Mr Justice Fergal Mannion", "Alhaji Musa Bello"
			continue // "General Motors", "Royal Dutch Shell": the title word starts a name
		}
		if monarchs[w] && j < s.Last && isRegnal(f.tok(j)) {
			j++ // "Queen Elizabeth II", "King Baudouin I"
		}
		out = withMention(out, i+1, j, Person)
		i = j - 1
	}
	f.found = out // its array serves the next rule
	return out
}

// officeTitles are titles of office no body's name opens with, so that
// a name of two words after one is a person's whatever the tagger read:
// "Chancellor Ulrike Dannhäuser" (but "Major League Baseball", "General
// Motors").
var officeTitles = wordSet(`chancellor president minister senator governor mayor premier justice father mp`)

// chiefBefore reports whether the capitalised title words before token i
// open with "Chief": "Chief Executive Priya Natarajan" is a title and a
// name, whatever the tagger read.
func (f *nameFinder) chiefBefore(i, first int) bool {
	for j := i - 1; j >= first && f.has(j, inTitleWords) && f.has(j, capWord); j-- {
		if f.lower(j) == "chief" {
			return true
		}
	}
	return false
}

// isRegnal reports whether w is an ordinal in Roman numerals as a
// monarch's name takes it: "I", "II", "XIV", up to eight letters.
func isRegnal(w string) bool {
	if len(w) == 0 || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	return true
}

// endsTitle reports whether token i ends a person's title: a run of title
// words, nationalities and "of" back from i holds a role noun
// ("Secretary of State", "Foreign Minister", "Mr.").
func (f *nameFinder) endsTitle(i, first int) bool {
	for j := i; j >= first; j-- {
		switch {
		case f.has(j, inPersonHeads):
			return true
		case f.has(j, inTitleWords), f.lower(j) == "of" && j < i, isNationality(f.tok(j)):
		default:
			return false
		}
	}
	return false
}

// taggedAt returns the kind of the mention the tagger found at token i in
// the sentence being worked on, if any. Only the current sentence's
// mentions are pending, so it looks at f.pending.
func (f *nameFinder) taggedAt(i int) (EntityKind, bool) {
	for _, m := range f.pending {
		if m.first <= i && i < m.last {
			return m.kind, true
		}
	}
	return 0, false
}

// taggedIn reports whether a mention the tagger found holds any of the
// tokens [first, last).
func (f *nameFinder) taggedIn(first, last int) bool {
	for _, m := range f.pending {
		if m.first < last && first < m.last {
			return true
		}
	}
	return false
}

// inTagged reports whether a mention the tagger found holds token i.
func (f *nameFinder) inTagged(i int) bool {
	_, ok := f.taggedAt(i)
	return ok
}

// taggedAs reports whether the tagger found tokens [first, last) as a name of kind k.
func (f *nameFinder) taggedAs(first, last int, k EntityKind) bool {
	for _, m := range f.pending {
		if m.first == first && m.last == last && m.kind == k {
			return true
		}
	}
	return false
}

// taggedFrom reports whether the tagger found a name of kind k starting at token i.
func (f *nameFinder) taggedFrom(i int, k EntityKind) bool {
	for _, m := range f.pending {
		if m.first == i && m.kind == k {
			return true
		}
	}
	return false
}

// scoreLines marks the teams of sports results, where a name is followed by
// its score: "Leeds 2 Chelsea 1", a standings row "Becej 4 2 1 1 5" or
// "BOSTON 69 66 .511 6 1/2", or a fixture "Birmingham v Barnsley". A team named after a country is a place (national sides are
// read as their country); any other team is an organization. A name the
// tagger read as a person's stays one (a golfer's card: "Ian Woosnam 70 76
// 71 70") unless it heads a league table's row (standings) or, not
// starting with a known first name, plays in a result a team the tagger
// did not read as a person ("Bristol Rovers 1 Stockport 1").
func (f *nameFinder) scoreLines(si int) []mention {
	s := f.d.Sentences[si]
	para := f.d.Paragraphs[s.Paragraph]
	versus := func(i int) bool {
		w := f.lower(i)
		return isVersus(w)
	}
	// every case below wants a score after a name, or "v" between two:
	// a sentence with neither has no results
	scored := false
	for i := s.First; i < s.Last && !scored; i++ {
		scored = isScore(f.tok(i)) || versus(i)
	}
	if !scored {
		return nil
	}
	runs := f.runs[:0]
	for i := s.First; i < s.Last; {
		if !f.isNameWord(i) && !(f.caps[si] && f.has(i, capWord)) || versus(i) {
			i++
			continue
		}
		j := i + 1
		for j < s.Last && (f.has(j, capWord) || f.tok(j) == "&") && !versus(j) {
			j++
		}
		n := 0
		for j+n < s.Last && isScore(f.tok(j+n)) {
			n++
		}
		nums := 0 // numbers in the row, which the sentence splitter may have cut at ".526"
		for k := j; k < len(f.d.Tokens) && f.d.Tokens[k].Start < para.End && k < j+8 && f.d.Tokens[k].Kind != Word; k++ {
			if f.d.Tokens[k].Kind == Number {
				nums++
			}
		}
		runs = f.splitPlaces(runs, i, j)
		runs[len(runs)-1].scores, runs[len(runs)-1].numbers = n, nums
		i = j + n
	}
	f.runs = runs
	var out []mention
	for k, r := range runs {
		after := r.last + r.scores
		against := r // the run r played in a result, else r
		switch {
		case r.numbers >= 3 && r.scores >= 1: // a standings row
		case r.scores == 1 && after+1 < s.Last && f.lower(after) == "and" && f.d.Tokens[after+1].Kind == Number:
			// an innings: "Glamorgan 259 and 207"
		case r.scores == 0 && r.last+1 < s.Last && f.lower(r.last) == "for" && isScore(f.tok(r.last+1)) && k > 0:
			// "dismiss Nottinghamshire for 214"
		case f.sport && r.scores == 1 && after < s.Last && f.tok(after) == "(",
			f.sport && r.scores == 0 && after+1 < s.Last && isWickets(f.tok(after)) && f.tok(after+1) == "(":
			// a scorecard's innings: "Sussex 363 (W. Athey 111)", "Surrey 429-7 (C. Lewis 80)"
		case r.scores >= 1 && k > 0 && runs[k-1].scores >= 1 && runs[k-1].scores <= 2 && runs[k-1].last+runs[k-1].scores == r.first:
			against = runs[k-1] // "Leeds 2 Chelsea 1"
		case r.scores >= 1 && k+1 < len(runs) && runs[k+1].scores >= 1 && r.last+r.scores == runs[k+1].first:
			against = runs[k+1]
		case k+1 < len(runs) && r.last+1 == runs[k+1].first && versus(r.last),
			k > 0 && runs[k-1].last+1 == r.first && versus(r.first-1):
			// "Birmingham v Barnsley"
		default:
			continue
		}
		// a name read as a person's stays one, but not opposite a team in
		// a result ("Bristol Rovers 1 Stockport 1")
		person := f.taggedPerson(r) && (against == r || f.taggedPerson(against))
		if (person || f.isFullName(r.first, r.last)) && !f.standings(r) {
			continue
		}
		kind := Organization
		if f.lookupPlace(r.first, r.last) == ner.Country {
			kind = Place
		}
		out = withMention(out, r.first, r.last, kind)
	}
	return dedupMentions(out)
}

// taggedPerson reports whether the tagger read the run r, of two words or
// more, as a person's name.
func (f *nameFinder) taggedPerson(r scoreRun) bool {
	k, ok := f.taggedAt(r.first)
	return ok && k == Person && r.last-r.first >= 2
}

// standings reports whether the numbers after r are a league table's: at
// least three of one digit among the first five ("Leyton Orient 4 1 1 2 3
// 3"), which a golfer's card ("Ian Woosnam 70 76 71 70") never has.
func (f *nameFinder) standings(r scoreRun) bool {
	small := 0
	for k := r.last; k < r.last+r.scores && k < r.last+5; k++ {
		if len(f.tok(k)) == 1 {
			small++
		}
	}
	return small >= 3
}

// A scoreRun is a capitalised run of tokens [first, last) and the scores
// and numbers after it.
type scoreRun struct{ first, last, scores, numbers int }

// splitPlaces appends to runs the capitalised run [first, last) cut into
// listed places when it is several of them written one after another
// ("CHICAGO FLORIDA" in a schedule), else whole.
func (f *nameFinder) splitPlaces(runs []scoreRun, first, last int) []scoreRun {
	whole := scoreRun{first, last, 0, 0}
	if f.lookupPlace(first, last) != ner.NotPlace {
		return append(runs, whole)
	}
	parts := runs
	for i := first; i < last; {
		n := min(ner.MaxPhrase, last-i)
		for ; n >= 1; n-- {
			if f.lookupPlace(i, i+n) != ner.NotPlace {
				break
			}
		}
		if n == 0 {
			return append(runs, whole)
		}
		parts = append(parts, scoreRun{i, i + n, 0, 0})
		i += n
	}
	return parts
}

// isScore reports whether w is a score: a number of one to three digits.
func isScore(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// isWickets reports whether w is an innings' runs and wickets: "429-7".
func isWickets(w string) bool {
	n := len(w)
	return n >= 3 && w[n-2] == '-' && '0' <= w[n-1] && w[n-1] <= '9' && isScore(w[:n-2])
}

func isVersus(w string) bool { return w == "v" || w == "vs" || w == "vs." || w == "v." }

// dedupMentions drops repeats from mentions sorted by first token.
func dedupMentions(ms []mention) []mention {
	out := ms[:0]
	for i, m := range ms {
		if i == 0 || m.first >= out[len(out)-1].last {
			out = append(out, m)
		}
	}
	return out
}

// riderTeams marks, in a race's results, the team after a rider and the
// rider's country in brackets: "Olaf Ludwig (Germany) Telekom 4 hours 48
// mins", "Alex Zanardi (Italy), Reynard Honda, 53.980". The team is
// followed by a time (or "same time"), or ends the line; after a comma
// only a time will do, as the next name of a list of athletes would
// follow so too ("Donovan Bailey (Canada), Michael Johnson (U.S.)").
func (f *nameFinder) riderTeams(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for _, m := range f.sofar {
		first := m.last + 3 // after "(", the country, ")"
		if m.kind != Person || first >= s.Last || !f.countryAfter(m.last) {
			continue
		}
		comma := f.tok(first) == ","
		if comma {
			first++
		}
		last := first
		for last < s.Last && last < first+3 && f.has(last, nameWord|allCaps) {
			last++
		}
		next := last // a time, or "same time", or the line's end
		if comma && (next+1 >= s.Last || f.tok(next) != ",") {
			continue
		} else if comma {
			next++
		}
		if last == first || next < s.Last && f.d.Tokens[next].Kind != Number && f.lower(next) != "same" && f.lower(next) != "all" ||
			f.isFullName(first, last) || f.lookupPlace(first, last) != ner.NotPlace {
			continue
		}
		out = withMention(out, first, last, Organization)
	}
	return out
}

// afterAge reports whether token i follows "from" or "of" after a
// person's age: "Ella, 15, from Brisbane", "Anna Lee, 34, of Harrogate".
func (f *nameFinder) afterAge(i int) bool {
	if i < 3 {
		return false
	}
	w := f.lower(i - 1)
	return (w == "from" || w == "of") && f.tok(i-2) == "," && f.d.Tokens[i-3].Kind == Number
}

// nameEnd returns the token after the words that can be part of a name
// from token first, at most n of them and before end.
func (f *nameFinder) nameEnd(first, n, end int) int {
	last := first
	for last < end && last < first+n && f.isNameWord(last) {
		last++
	}
	return last
}

// nameStart returns the first of the words that can be part of a name
// before token last, at most n of them and not before token floor.
func (f *nameFinder) nameStart(last, n, floor int) int {
	first := last
	for first > floor && first > last-n && f.isNameWord(first-1) {
		first--
	}
	return first
}

// placeNamed returns the place named by the capitalised words from token
// first, at most n of them and before end, unless they name a person in
// full or a listed organization.
func (f *nameFinder) placeNamed(first, n, end int) (mention, bool) {
	last := f.nameEnd(first, n, end)
	if last == first || f.isFullName(first, last) || f.isOrganization(first, last) {
		return mention{}, false
	}
	return mention{first: first, last: last, kind: Place}, true
}

// placeContext marks the names that a kind of place names (placeNouns), on
// the bounds the tagger gave them where it found them ("Northern Cape
// province"), and the seats that members hold ("MP for Hallam West"). A
// listed organization, a person named in full and a title are left alone.
func (f *nameFinder) placeContext(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	var out []mention
	out = append(out, f.sitesOwned(si)...)
	for i := s.First; i+2 < s.Last; i++ {
		if f.has(i, inResidentNouns) && f.lower(i+1) == "of" && f.isNameWord(i+2) {
			// where people live: "Residents of Obunga said"
			if m, ok := f.placeNamed(i+2, 3, s.Last); ok {
				out = append(out, m)
			}
		}
	}
	for i := s.First + 1; i+1 < s.Last; i++ {
		w := f.lower(i)
		if i+1 < s.Last && f.afterAge(i+1) && f.isNameWord(i+1) {
			// where a person named with an age comes from: "Ella, 15, from Brisbane"
			if m, ok := f.placeNamed(i+1, 3, s.Last); ok {
				out = append(out, m)
			}
			continue
		}
		if (w == "county" || w == "fort" || w == "co" || w == "co.") && f.has(i, capWord) && f.isNameWord(i+1) && !f.isNameWord(i-1) && (i+2 >= s.Last || !f.isNameWord(i+2)) {
			// "Schull, County Cork", "Naas, Co Kildare", "between Fort Myers
			// and Cedar Key" (not "the Test and County Cricket Board")
			if m, ok := f.placeNamed(i, 2, s.Last); ok {
				out = append(out, m)
			}
			continue
		}
		if f.has(i, inRepresentWords) && f.isNameWord(i+1) && !f.has(i+1, inTitleWords) && !f.isNameWord(i-1) {
			// a seat: "Cllr Jean Ormesby, who represents Harrowgate Hill",
			// "the senator representing Kano Central"
			if m, ok := f.placeNamed(i+1, 3, s.Last); ok && !(m.last < s.Last && isPossessive(f.tok(m.last))) {
				out = append(out, m) // (not "which represents Meridian Air’s pilots")
			}
			continue
		}
		if f.lower(i+1) == "for" && seatHolders[w] {
			// a seat: "the Labour MP for Hallam West"
			if m, ok := f.placeNamed(i+2, 4, s.Last); ok {
				out = append(out, m)
			}
			continue
		}
		if f.has(i, inPlaceKinds) && i+2 < s.Last {
			for _, n := range f.namesListed(i, s.Last, 4) {
				out = withMention(out, n[0], n[1], Place) // "states such as Tamil Nadu and Uttar Pradesh"
			}
			continue
		}
		if isBased(w) && len(w) > len("-based") && f.has(i, capWord) {
			// "a Pune-based company", "the San Jose-based chipmaker",
			// "Mumbai-based Kesar Securities": where a body is based, a listed
			// place or one before a body's noun or name (not "Android-based
			// phones"); the span leaves "-based" out (entities)
			first := i
			for first > s.First && first > i-2 && f.isNameWord(first-1) && !f.has(first-1, inTitleWords) {
				first--
			}
			prefix := f.d.Text[f.d.Tokens[first].Start : f.d.Tokens[i].End-len("-based")]
			if ner.LookupPlace(prefix) != ner.NotPlace || f.has(i+1, inOrgBefore) || companyHeads[f.lower(i+1)] || f.isNameWord(i+1) {
				out = withMention(out, first, i+1, Place)
			}
			continue
		}
		if f.has(i, inLandHeads) && f.has(i, capWord) && f.isNameWord(i-1) && !f.isNameWord(i+1) {
			// "the Herbert River", "the Great Barrier Reef": a name that
			// ends in a feature of the land (not "Lake" or "Bay", surnames too)
			first := i - 1
			for first > s.First && first > i-3 && f.isNameWord(first-1) {
				first--
			}
			if !f.has(first, inTitleWords) && !f.isOrganization(first, i+1) {
				out = withMention(out, first, i+1, Place)
			}
			continue
		}
		if !f.has(i, inPlaceNouns) || f.has(i, capWord) {
			continue
		}
		first, last := i+2, i+2 // the name: after "of", or before a head
		if f.lower(i+1) == "of" {
			for last < s.Last && last < i+6 && f.isNameWord(last) {
				last++
			}
			if last+1 < s.Last && f.tok(last) == "-" && f.isNameWord(last+1) {
				continue // a name spaced around its hyphen: "the mayor of Saint - Gaudens"
			}
		} else if placeHeads[w] {
			first, last = i, i
			for first > s.First && first > i-4 && f.isNameWord(first-1) {
				first--
			}
		}
		if first == last {
			continue
		}
		for _, m := range f.pending {
			if m.first <= first && first < m.last {
				first, last = m.first, m.last
			}
		}
		if last-first > 4 || f.has(first, inTitleWords) || f.isNationality(first) || f.isFullName(first, last) ||
			f.isOrganization(first, last) || f.has(last-1, inOrgHeads|inOrgSuffixes) {
			continue // (nor "mayor of Murrindal Shire Council": a body's head ends it)
		}
		out = withMention(out, first, last, Place)
	}
	return dedupMentions(out)
}

// sitesOwned marks the places a body's sites are named by, after its
// possessive: "its Chakan plant", "the company's Chakan and Ranjangaon
// plants", "their Teesside refinery".
func (f *nameFinder) sitesOwned(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First + 2; i < s.Last; i++ {
		if !f.has(i, inSiteNouns) || !f.isNameWord(i-1) {
			continue
		}
		var names [][2]int
		last := i
		for {
			first := f.nameStart(last, 3, s.First)
			if first == last {
				break
			}
			names = append(names, [2]int{first, last})
			if first-2 >= s.First && f.lower(first-1) == "and" && f.isNameWord(first-2) {
				last = first - 1
				continue
			}
			if first == s.First {
				break
			}
			if w := f.lower(first - 1); w == "its" || w == "their" || w == "our" || isPossessive(w) {
				for _, n := range names {
					if !f.isOrganization(n[0], n[1]) && !f.isFullName(n[0], n[1]) {
						out = withMention(out, n[0], n[1], Place)
					}
				}
			}
			break
		}
	}
	return out
}

// siteNouns are a business's sites, named by where they are.
var siteNouns = wordSet(`plant plants factory factories refinery refineries mill mills depot depots facility facilities site sites`)

// dateline marks the place a report was filed from, at the start of a
// paragraph: "BONN 1996-08-30", "MOSCOW (Reuters) -", "ARLINGTON, Texas
// 1996-08-31", "Moscow, Sept. 16 -".
func (f *nameFinder) dateline(si int) []mention {
	s := f.d.Sentences[si]
	p := f.d.Paragraphs[s.Paragraph]
	if f.d.Tokens[s.First].Start != p.Start {
		return nil
	}
	capsRun := func(i int) int { // end of a run of words in capitals from i, or i
		j := i
		for j < s.Last && j < i+4 && f.d.Tokens[j].Kind == Word && f.has(j, allCaps) {
			j++
		}
		return j
	}
	titleRun := func(i int) int {
		j := i
		for j < s.Last && j < i+4 && f.isNameWord(j) {
			j++
		}
		return j
	}
	first := s.First
	end := capsRun(first)
	if end == first {
		end = titleRun(first)
	}
	if end == s.Last && s.Paragraph == 1 && f.has(first, allCaps) && end-first <= 3 && f.d.Tokens[end-1].End == p.End && !notDatelines[lower(f.text(first, end))] {
		return withMention(nil, first, end, Place) // "HALIFAX" on a line of its own below the headline
	}
	if end == first || end >= s.Last {
		return nil
	}
	out := withMention(nil, first, end, Place)
	next := end
	if f.tok(next) == "," && next+2 < s.Last && monthWords[f.lower(next+1)] && isDayNumber(f.tok(next+2)) {
		next++ // "Pune, Nov 14 (PTI)": the date after a comma
	} else if f.tok(next) == "," {
		e2 := titleRun(next + 1)
		if e2 == next+1 {
			e2 = capsRun(next + 1)
		}
		if e2 == next+1 || e2 >= s.Last {
			return nil
		}
		out = withMention(out, next+1, e2, Place)
		next = e2
	}
	w := f.tok(next)
	switch {
	case isDateNumber(w):
	case w == "(" && next+1 < s.Last && f.has(next+1, inNewsAgencies):
	case w == "(" && next+3 < s.Last && f.has(next+1, allCaps) && f.tok(next+2) == ")" && isDash(f.tok(next+3)) && f.has(first, allCaps):
		// "SPOKANE, Wash. (KSPW) —": a station's call letters
	case next > end && (monthWords[lower(w)] || isDash(w)):
	case (w == "—" || w == "–") && !f.caps[si] && f.has(first, allCaps) && end-first <= 3:
		// "NORWICH — A hospital trust…"; "NOTE - …", "SOCCER - …" are no datelines
	case w == "-" && !f.caps[si] && f.has(first, allCaps) && end-first <= 3 && !notDatelines[lower(f.text(first, end))] &&
		next+1 < s.Last && articles[f.tok(next+1)]:
		// "LEEDS - The city council…": a hyphen for a dash, before a sentence
		// that opens with an article; "UPDATE - …", "EUROBONDS - Primary
		// market activity …" and "SOCCER - JAPAN …" are no datelines
	default:
		return nil
	}
	return out
}

// isDateNumber reports whether w is a written-out date: "1996-08-30", "9/16/2013".
// isDayNumber reports whether w is a day of the month: "14", "3".
func isDayNumber(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && len(w) <= 2 && 1 <= n && n <= 31
}

func isDateNumber(w string) bool {
	if len(w) < 6 || w[0] < '0' || w[0] > '9' {
		return false
	}
	return strings.Count(w, "-") == 2 || strings.Count(w, "/") == 2
}

// teams marks, in a text that reports sport, the teams around a verb of
// winning or losing: "Leicestershire beat Somerset", "lost to Nice". A team
// named after a country is a place, as a national side is read as its
// country; a club is an organization. People stay people: a name the
// tagger read as a person's, the surname of one named in full in the text,
// or a known given name ("when I spoke to Alan").
func (f *nameFinder) teams(si int) []mention {
	if !f.sport || f.caps[si] {
		return nil
	}
	s := f.d.Sentences[si]
	var out []mention
	add := func(first, last int) {
		if first >= last {
			return
		}
		if k, ok := f.taggedAt(first); ok && k == Person && (last-first >= 2 || f.surnames[f.lower(first)]) {
			return
		}
		if last+1 < s.Last && f.lower(last) == "'s" && playWords[f.lower(last+1)] {
			return // a player's: "a header from Mikkel Damsgaard's corner"
		}
		// a person named in full, or by a surname the text gives in full
		// or a given name alone ("when I spoke to Alan")
		if f.surnames[f.lower(last-1)] || f.isFullName(first, max(last, first+2)) {
			return
		}
		kind := Organization
		if f.lookupPlace(first, last) == ner.Country {
			kind = Place
		}
		out = withMention(out, first, last, kind)
	}
	for i := s.First; i < s.Last; i++ {
		if f.has(i, inTeamVerbs) && i > s.First && f.isNameWord(i-1) {
			j := i - 1
			for j > s.First && f.isNameWord(j-1) {
				j--
			}
			add(j, i)
		}
		if f.has(i, inTeamBefore) && i+1 < s.Last && f.isNameWord(i+1) && !f.has(i+1, inTitleWords) &&
			!(i > s.First && journeyWords[f.lower(i-1)] && !(i-2 >= s.First && f.isNameWord(i-2))) {
			// "to travel to London", "a midweek trip to Lisbon": the city
			// (but "Brentford travel to Newcastle": the club they play)
			j := f.nameRun(i+1, s.Last) // "according to ESPN Stats & Information"
			if j+1 < s.Last && sideWords[f.lower(j)] && f.isNameWord(j+1) {
				// "joined Rotterdam side Feyenoord": the place tells
				// where the club after it is from
				k := j + 1
				for k < s.Last && f.isNameWord(k) {
					k++
				}
				add(j+1, k)
				continue
			}
			add(i+1, j)
		}
	}
	return dedupMentions(out)
}

// positions and positionPairs are players' positions, which follow a
// team's name; after "a", "an" or "former" the words before them describe
// one player ("a former All-Star pitcher").
var positionPairs = map[[2]string]bool{{"tight", "end"}: true, {"wide", "receiver"}: true, {"running", "back"}: true}

// orgContext marks the names whose neighbours show them to be
// organizations: a word for its people, shares or players after the name
// ("Ericsson spokesman", "Surrey captain Chris Lewis", "Magna shares"), or
// a word for what it is, or where it is based, before it ("news agency
// Tanjug", "Ontario-based Magna", "firms including Mobil, Shell and
// Caltex"; in a sports report "rivals Essex", and
// "the" before a plural: "the Springboks", "the Mets"), or in a sports
// report "'s" and a player's name after it ("Baltimore's Eddie Murray"). A
// country stays a place ("England captain"); a person named in full stays
// a person, and so does, before a word that follows organizations, the
// surname of one.
func (f *nameFinder) orgContext(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	var out []mention
	// after is whether the word that shows an organization follows the name
	// atFirm is whether the name follows "analysts at" and the like, where
	// a name like a person's is a firm's: "a strategist at Charles Schwab"
	add := func(first, last int, after, atFirm bool) {
		if first >= last || last-first > 4 || f.has(first, inTitleWords) || f.isNationality(first) ||
			len(f.tok(last-1)) < 2 || isBased(f.lower(last-1)) || isHyphenedAdjective(f.tok(last-1)) {
			return
		}
		if k, ok := f.taggedAt(first); after && ok && k == Person && (last-first >= 2 || f.surnames[f.lower(first)]) {
			return
		}
		if after && f.surnames[f.lower(last-1)] || f.isFullName(first, last) && !f.taggedAs(first, last, Organization) && !atFirm {
			return
		}
		if f.lookupPlace(first, last) == ner.Country {
			return
		}
		out = withMention(out, first, last, Organization)
	}
	for i := s.First; i < s.Last; i++ {
		w := f.lower(i)
		based := isBased(w)
		if (w == "college" || w == "university") && f.has(i, capWord) && i > s.First && i+1 < s.Last && f.isNameWord(i+1) &&
			(i+2 == s.Last || !f.isNameWord(i+2)) && f.lookupPlace(i+1, i+2) != ner.NotPlace {
			// "Imperial College London", "University College London": the
			// city ends the college's name
			first := i
			for first > s.First && first > i-4 && (f.isNameWord(first-1) || isPossessive(f.tok(first-1))) {
				first--
			}
			out = withMention(out, first, i+2, Organization) // "King's" too, a title word
		}
		if f.has(i, capWord) && !based && !f.has(i, allCaps) && !(i == s.First && f.has(i, inOrgKinds)) { // "CEO" may follow; "Retailers including …" opens a sentence
			continue
		}
		if i+2 < s.Last && f.has(i+1, inLeadTitles) && f.has(i+1, capWord) && !f.has(i+1, allCaps) && f.has(i, allCaps) && isAcronym(f.tok(i)) && f.isNameWord(i+2) && f.lookupPlace(i, i+1) == ner.NotPlace {
			add(i, i+1, false, false) // "NDP Leader Sandra Whitcombe": the body its leader's title names
		}
		// the words after a name that show it an organization's (the name
		// checked first: most words follow none)
		if i > s.First && f.isNameWord(i-1) {
			stock := w == "stock" && (i+1 == s.Last || !stockPlaces[f.lower(i+1)])
			// "Baltimore's Eddie Murray": a team's player
			player := f.sport && w == "'s" && i+2 < s.Last && f.isNameWord(i+1) && f.isNameWord(i+2) && !f.has(i+1, inTitleWords)
			// "Ofgem chief executive", "Morningstar analyst": the head or the
			// staff of a body, but no listed place's ("Wall Street analysts")
			chief := w == "chief" && i+1 < s.Last && chiefRoles[f.lower(i+1)]
			// an analyst's name follows: "Morningstar analyst Ben Kaplan", not "Several analysts"
			staff := f.has(i, inStaffFollowers) && i+1 < s.Last && f.isNameWord(i+1)
			// in a sports report, a club's staff or player before a name:
			// "Ipswich Town manager Kieran McKenna", "Kingsmere boss Steve Langford"
			staff = staff || f.sport && teamStaff[w] && i+1 < s.Last && f.isNameWord(i+1)
			// "Red Bull team principal Christian Horner", and in a sports report
			// "the Ferrari team", but not "the Fed Cup team" nor "Dole team"
			team := w == "team" && (f.sport || i+1 < s.Last && teamRoles[f.lower(i+1)]) && i > s.First && !f.has(i-1, inEventHeads)
			// a player's position: "Kansas City Chiefs tight end Travis Kelce",
			// "Yankees pitcher Gerrit Cole"
			position := positions[w] || i+1 < s.Last && positionPairs[[2]string{w, f.lower(i + 1)}]
			if !f.sport && isPossessive(w) && f.ownsPerson(i) {
				// "Al Jazeera’s Salma Idris", "CNN's Jake Tapper": one named in
				// full who is someone's works for a body, whatever the tagger
				// read the owner as
				j := i - 1
				for j > s.First && f.isNameWord(j-1) {
					j--
				}
				if j < i-1 || !f.has(j, inTitleWords) {
					out = withMention(out, j, i, Organization)
				}
				continue
			}
			if f.has(i, inOrgFollowers) || stock || player || chief || staff || team || position {
				j := i - 1
				for j > s.First && f.isNameWord(j-1) {
					j--
				}
				if p, ok := f.possessiveBefore(j, s.First, false); ok {
					j = p // "the People's Daily newspaper"
				}
				for j < i-1 && f.has(j, inTitleWords) {
					j++ // "Former Chelsea striker": the title is not the club's
				}
				if j-2 >= s.First && f.lower(j-1) == "and" && f.isNameWord(j-2) {
					// "a Department of Health and Social Care spokesperson": a
					// department's two remits joined by "and"
					k := j - 2
					for k > s.First && f.isNameWord(k-1) {
						k--
					}
					if k-2 >= s.First && (f.lower(k-1) == "for" || f.lower(k-1) == "of") && departments[f.lower(k-2)] && f.has(k-2, capWord) {
						j = k
					}
				}
				if j-2 >= s.First && (f.lower(j-1) == "for" || f.lower(j-1) == "of") && f.has(j-2, inOrgHeads) && f.has(j-2, capWord) {
					j -= 2 // "a Department for Transport spokesperson"
				}
				j = f.taggedOrgStart(j, i) // "The Force Ouvrière union"
				if position && j > s.First && describesOne[f.lower(j-1)] {
					continue // "a former All-Star pitcher": no team
				}
				if !(chief || staff) || f.lookupPlace(j, i) == ner.NotPlace {
					add(j, i, true, false)
				}
			}
		}
		if w == "party" && i-4 >= s.First && f.lower(i-2) == "and" && f.isNameWord(i-3) && f.isNameWord(i-1) &&
			!f.has(i-3, inTitleWords) && !f.isNameWord(i-4) {
			add(i-3, i, false, false) // "the Law and Justice party": one name
		}
		if w == "at" && i > s.First && i+1 < s.Last && (orgStaff[f.lower(i-1)] || f.roleOfBefore(i, s.First)) {
			// "analysts at Goldman Sachs", "an analyst at the brokerage Bernstein",
			// "head of FX strategy at Harland Brothers"
			j := f.companyRun(i+1, s.Last)
			if j > i+1 && f.lookupPlace(i+1, j) == ner.NotPlace {
				add(i+1, j, false, true)
			}
		}
		if w == "," && i > s.First && f.isNameWord(i-1) && !f.has(i-1, inTitleWords) {
			// "Unison, the union that represents…", "Nvalon, based in Santa Clara",
			// "Quarrel, founded in Stockholm"
			j := i - 1
			for j > s.First && f.isNameWord(j-1) {
				j--
			}
			for j-2 >= s.First && orgConnectors[f.lower(j-1)] && f.isNameWord(j-2) && f.taggedOrgOver(j-2, j-1) {
				j -= 2 // "the Harlan Center for Rural Health Policy, a research group": the whole name the tagger found
				for j > s.First && f.isNameWord(j-1) {
					j--
				}
			}
			if f.orgAppositioned(i+1, s.Last) ||
				i+3 < s.Last && (f.lower(i+1) == "based" || f.lower(i+1) == "founded" || f.lower(i+1) == "headquartered") &&
					(f.lower(i+2) == "in" || f.lower(i+2) == "at") && f.isNameWord(i+3) { // not "Rome, founded in 753 BC"
				add(j, i, false, false)
			}
			if i+1 < s.Last && f.lower(i+1) == "which" && f.taggedAs(j, i, Person) && f.lookupPlace(j, i) == ner.NotPlace {
				add(j, i, false, false) // "Lockheed Martin, which built Orion": no one is a "which"
			}
		}
		if (w == "in" || w == "of") && i > s.First && i+1 < s.Last && f.lower(i-1) == "shares" && f.isNameWord(i+1) {
			add(i+1, f.companyRun(i+1, s.Last), false, true) // "Shares in Brightline fell"
		}
		if w == "of" && i > s.First && i+1 < s.Last && f.has(i-1, inOrgRoles) && f.isNameWord(i+1) {
			// "chairman of Genentech": a role in a company
			add(i+1, f.companyRun(i+1, s.Last), false, false)
		}
		if (f.has(i, inOrgBefore) || based || f.sport && f.has(i, inTeamTitles)) && i+1 < s.Last && f.isNameWord(i+1) {
			j := i + 1
			for j < s.Last && (f.isNameWord(j) || f.lower(j) == "'s" && j+1 < s.Last && f.isNameWord(j+1) && f.taggedFrom(i+1, Organization) && f.inTagged(j) ||
				f.tok(j) == "&" && j+1 < s.Last && f.isNameWord(j+1)) {
				j++ // "the nonprofit Colorado Children's Campaign", as the tagger found it; "the firm Ruiz & Colbert"
			}
			if j < s.Last && f.lower(j) == "today" && f.has(j, capWord) {
				j++ // "the journal Neurology Today", "the newspaper USA Today"
			}
			add(i+1, j, false, false)
		}
		if f.has(i, inOrgKinds) && i+2 < s.Last {
			for _, n := range f.namesListed(i, s.Last, s.Last) {
				add(n[0], n[1], false, false) // "firms including Mobil, Shell and Caltex"
			}
		}
		if f.sport && w == "the" && i+1 < s.Last && f.isNameWord(i+1) {
			j := i + 1
			for j < s.Last && j < i+4 && f.isNameWord(j) {
				j++
			}
			// not a people ("the Mexicans") nor islands
			if l := f.lower(j - 1); strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "'s") && !strings.HasSuffix(l, "ans") &&
				!f.has(j-1, inEventHeads) && l != "islands" &&
				f.lookupPlace(i+1, j) == ner.NotPlace {
				add(i+1, j, false, false) // "the Springboks", "the New York Mets"
			}
		}
	}
	return dedupMentions(out)
}

// nameRun returns the end of the run of name words from i, before end,
// with "&" between two of them: "A.G. Edwards & Sons", "ESPN Stats &
// Information".
func (f *nameFinder) nameRun(i, end int) int {
	j := i
	for j < end && (f.isNameWord(j) || j > i && f.tok(j) == "&" && j+1 < end && f.isNameWord(j+1)) {
		j++
	}
	return j
}

// companyRun returns the end of the name run from i, before end
// (nameRun), and on past "of": "Douglas & Lomason Co", "Bank of America".
func (f *nameFinder) companyRun(i, end int) int {
	j := f.nameRun(i, end)
	// "Friends of the Earth", "Bank of America"
	if k := j + 1; j > i && k < end && f.lower(j) == "of" {
		if f.lower(k) == "the" {
			k++
		}
		if k < end && f.isNameWord(k) {
			return f.companyRun(k, end)
		}
	}
	return j
}

// isHyphenedAdjective reports whether w is a name joined to a lower-case
// word, an adjective, not a name: "France-registered", "Texas-sized".
func isHyphenedAdjective(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && k+1 < len(w) && 'a' <= w[k+1] && w[k+1] <= 'z'
}

// acronyms marks a name and the acronym defined for it in brackets after
// it, when the acronym's letters are the initials of the name's
// capitalised words: "Organisation for Security and Cooperation in Europe
// (OSCE)", "Kurdistan Democratic Party (KDP)". Both are an organization
// unless the tagger found the long form, with these bounds, as a place;
// one it found as a person's name is left alone. An acronym in brackets
// after an organization is one too, whatever its letters ("National Bank
// of Romania (BNR)": it may stand for the name in another language), in
// mixed case too ("Ministry of Electronics and Information Technology
// (MeitY)").
func (f *nameFinder) acronyms(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	out := f.found[:0]
	for i := s.First + 1; i+2 < s.Last; i++ {
		if f.tok(i) != "(" || f.tok(i+2) != ")" || !isAcronym(f.tok(i+1)) && !isMixedAcronym(f.tok(i+1)) {
			continue
		}
		first := -1
		if isAcronym(f.tok(i + 1)) {
			first = f.initialsOf(f.tok(i+1), s.First, i)
		}
		if first < 0 {
			// an acronym in another language, after an organization:
			// "the National Bank of Romania (BNR)"
			found := false
			for _, m := range f.sofar {
				if m.last == i && m.kind == Organization {
					out = withMention(out, i+1, i+2, Organization)
					found = true
				}
			}
			// or after a run of capitalised words nothing named: "the
			// center-left Social Democrats (SPD)"
			if k := f.nameStart(i, 5, s.First); !found && i-k >= 2 && isAcronym(f.tok(i+1)) && (k == s.First || !f.isNameWord(k-1) && !orgConnectors[f.lower(k-1)]) && !f.taggedIn(k, i) &&
				f.lookupPlace(k, i) == ner.NotPlace && f.lookupPlace(i+1, i+2) == ner.NotPlace {
				out = withMention(withMention(out, k, i, Organization), i+1, i+2, Organization)
			}
			continue
		}
		kind := Organization
		for _, m := range f.pending {
			if m.first == first && m.last == i && m.kind != Organization {
				kind = m.kind
			}
		}
		if kind == Person {
			continue
		}
		out = withMention(withMention(out, first, i, kind), i+1, i+2, kind)
	}
	f.found = out // its array serves the next rule
	return out
}

// initialsOf returns the first token of the run of words ending before
// token end, from no earlier than from, whose capitalised words' initials
// spell acronym's letters ("Kurdistan Democratic Party" for "KDP"), with
// lower-case connectors ("of", "and") between them; -1 when there is none.
func (f *nameFinder) initialsOf(acronym string, from, end int) int {
	if j := f.initialsFrom(acronym, from, end, false); j >= 0 {
		return j
	}
	// "Economic Community of West African States (ECOWAS)": "of" gives its letter too
	return f.initialsFrom(acronym, from, end, true)
}

// initialsFrom is initialsOf, where the connectors give their letters or
// not (small).
func (f *nameFinder) initialsFrom(acronym string, from, end int, small bool) int {
	var letters []byte
	for i := 0; i < len(acronym); i++ {
		if c := acronym[i]; 'A' <= c && c <= 'Z' {
			letters = append(letters, c)
		}
	}
	k, j := len(letters)-1, end
	lowered := false // a word in lower case gave a letter
	foreign := false // a particle of another language joins the words: "des", "du", "del"
	for k >= 0 && j > from {
		w := f.tok(j - 1)
		switch {
		case f.has(j-1, capWord) && w[0] == letters[k]:
			k--
		case small && orgConnectors[w] && w[0] == letters[k]+'a'-'A' && j < end:
			k--
		case (orgConnectors[w] || w == "the" || w == "in" || w == "des" || f.has(j-1, inNameParticles) && f.d.Tokens[j-1].Kind == Word) && j < end:
			foreign = foreign || foreignParticles[w]
		case f.d.Tokens[j-1].Kind == Word && w[0] == letters[k]+'a'-'A' && k > 0:
			k-- // "Fédération autonome des cheminots (FAC)": a name in another language writes its words small (with a particle of its own)
			lowered = true
		default:
			return -1
		}
		j--
	}
	if k >= 0 || len(letters) < 2 || lowered && (!foreign || len(letters) < 3 || j == from || !f.has(j, capWord) || f.d.Tokens[j-1].Kind == Word && f.has(j-1, capWord)) {
		return -1
	}
	return j
}

// foreignParticles join the words of a name in another language:
// "Fédération autonome des cheminots".
var foreignParticles = wordSet(`des du la del della dos das do di`)

// roleOfBefore reports whether the words before token i, an "at", are a
// role and what it is of: "head of FX strategy", "director of research".
func (f *nameFinder) roleOfBefore(i, first int) bool {
	for k := i - 1; k-1 >= first && k >= i-4 && f.d.Tokens[k].Kind == Word; k-- {
		if f.lower(k) == "of" {
			return k < i-1 && personHeads[f.lower(k-1)] && !f.has(k-1, capWord)
		}
	}
	return false
}

// personContext marks as a person the name the tagger found next to words
// that only go with a person: an age ("Jeff Tarango, 27,"), a relative
// ("Yeltsin's wife", "his wife Naina"), and in a sports report a cricket
// scorecard's catches, bowlers and bowling figures ("c Healy b
// Muralitharan", "Vaas 7-0-29-0"). A verb of saying in an attribution
// after the sentence's content ("…, says Tarlo.", "…, Tarlo explains.")
// and ", who" ("Sydney Paris, who won") tell a person from a place, not
// from an organization: organizations speak, and teams and parties are
// "who" too. A listed organization or place is left alone ("…, says
// Moscow."; a national side is "who": "England, who beat Germany").
func (f *nameFinder) personContext(si int) []mention {
	s := f.d.Sentences[si]
	// no test for headlines: a scorecard's lines look like ones
	out := f.found[:0]
	for _, m := range f.pending {
		if m.kind == Person || m.kind == otherName {
			continue
		}
		a, b := "", ""
		if m.last+1 < s.Last {
			a, b = f.lower(m.last), f.lower(m.last+1)
		} else if m.last < s.Last {
			a = f.lower(m.last)
		}
		before := ""
		if m.first > s.First {
			before = f.lower(m.first - 1)
		}
		cue := false
		switch {
		case a == "," && isAge(b):
			// "Jeff Tarango, 27, said"; "… said Lotte de Vries, 29." at the sentence's end (a score in a sports report)
			cue = m.last+2 < s.Last && f.lower(m.last+2) == "," || (m.last+2 >= s.Last || f.tok(m.last+2) == ".") && !f.sport
		case a == "'s" && kinWords[b], kinWords[before]:
			cue = true
		case f.sport && a == "'s" && playWords[b]:
			cue = true // "from Mikkel Damsgaard's corner": a player's
		case m.kind == Place && (m.first > s.First && f.has(m.first-1, speechCue) && (a == "." || a == ",") ||
			m.last < s.Last && f.has(m.last, speechCue) && m.first > s.First && f.lower(m.first-1) == "," && (b == "." || b == ",")):
			cue = true // "…, says Tarlo.", "…, Tarlo explains.": a place that speaks is no place here
		case a == "," && b == "who" && m.kind == Place && !f.afterAge(m.first):
			// "Monica Seles, who became a U.S. citizen": a place is no "who"
			// (a team may be); but in "Ella, 15, from Brisbane, who asked" the "who" is Ella
			cue = true
		case f.sport && (before == "b" || before == "c" || isBowling(a)):
			cue = true // a cricket scorecard: "c Healy b Muralitharan 8", "Vaas 7-0-29-0"
		case m.kind == Place && m.last-m.first >= 2 && isPossessive(before) && f.speaksAfter(m):
			cue = true // "Al Jazeera’s Salma Idris said": someone's, and speaking
		case m.last-m.first == 2 && isPossessive(before) && m.first >= 2 && f.lookupPlace(m.first-2, m.first-1) == ner.Country &&
			f.lookupPlace(m.first, m.last) == ner.NotPlace && !f.has(m.first, inCompass) && !f.has(m.last-1, inOrgHeads|inOrgSuffixes|inPlaceEnds|inLandHeads):
			cue = true // "Spain’s Lucía Peñafiel", "Serbia’s Nikola Đurić": a country's own, a player or a politician
		case m.kind == Organization && a == "," && personRoles[b] && m.last-m.first >= 2 && m.last-m.first <= 4 && !f.has(m.last-1, inOrgHeads|inOrgSuffixes|inTitleWords) && !f.isOrganization(m.first, m.last):
			cue = true // "…, said Graciela Ibarra Cortés, founder of the collective": one a role describes
		case a == "administration" && before == "the":
			cue = true // "the Trump administration": a president's
		case before == "," && a == "," && m.first-2 >= s.First && personRoles[f.lower(m.first-2)]:
			cue = true // "Sudan's U.N. ambassador, Al-Harith Idriss, welcomed": a person's role before
		}
		if !cue {
			continue
		}
		if f.isOrganization(m.first, m.last) || f.lookupPlace(m.first, m.last) != ner.NotPlace {
			continue
		}
		out = withMention(out, m.first, m.last, Person)
	}
	f.found = out // its array serves the next rule
	return out
}

// isBowling reports whether w is a bowler's figures in cricket: overs,
// maidens, runs and wickets, "10-0-41-2".
func isBowling(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789.") != "" {
			return false
		}
	}
	return true
}

// isAge reports whether w is a grown person's age: a number from 16 to 99.
func isAge(w string) bool {
	return len(w) == 2 && ('1' < w[0] || w[0] == '1' && w[1] >= '6') && w[0] <= '9' && '0' <= w[1] && w[1] <= '9'
}

// events marks capitalised runs that end in an event's head ("Greater
// Milwaukee Open", "Venice Film Festival"), or that continue after it with
// "of" ("Treaty of Versailles", "World Series of Golf"), as other names:
// neither organizations nor places, and dropped at the end.
func (f *nameFinder) events(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	out := f.found[:0]
	for j := s.First; j < s.Last; j++ {
		if !f.has(j, capWord) || !f.has(j, inEventHeads) {
			continue
		}
		first := j
		for first > s.First && (f.isNameWord(first-1) || isNationality(f.tok(first-1))) {
			first--
		}
		last := j + 1
		if last < s.Last && f.isNameWord(last) {
			continue // inside a longer name: "Federal Open Market Committee"
		}
		if last+1 < s.Last && f.lower(last) == "of" && f.isNameWord(last+1) {
			last += 2
			for last < s.Last && f.isNameWord(last) {
				last++
			}
		}
		if last == j+1 && first == j {
			// a head alone ("Cup") names nothing, unless the text names
			// an event by it: "withdraws from Open" where it names the
			// "Australian Open"
			if j > s.First && f.bodyNamed(j) {
				out = withMention(out, j, last, otherName)
			}
			continue
		}
		out = withMention(out, first, last, otherName)
		j = last - 1
	}
	f.found = out // its array serves the next rule
	return out
}

// taggedOrgOver reports whether the tagger found an organization's name
// that holds tokens [first, last).
func (f *nameFinder) taggedOrgOver(first, last int) bool {
	for _, m := range f.pending {
		if m.kind == Organization && m.first <= first && last <= m.last {
			return true
		}
	}
	return false
}

// ownsPerson reports whether the possessive at token i stands between a
// name the tagger took for a person's and a person the tagger found named
// in full: "Al Jazeera’s Salma Idris" (a place's is a place's: "Ohio's
// Sherrod Brown").
func (f *nameFinder) ownsPerson(i int) bool {
	if i+2 >= len(f.d.Tokens) || !f.isNameWord(i-1) || f.lookupPlace(i-1, i) != ner.NotPlace {
		return false
	}
	owner, ok := f.taggedAt(i - 1)
	if !ok || owner != Person {
		return false
	}
	for _, m := range f.pending {
		if m.first == i+1 {
			return m.last-m.first >= 2 && (m.kind == Person || m.kind == Place && f.speaksAfter(m))
		}
	}
	return false
}

// speaksAfter reports whether a verb of saying follows mention m: a name
// of two words or more that speaks is no place ("… Salma Idris said").
func (f *nameFinder) speaksAfter(m mention) bool {
	return m.last < len(f.d.Tokens) && f.has(m.last, speechCue) && f.lookupPlace(m.first, m.last) == ner.NotPlace &&
		f.lower(m.last) != "state" // "Sudan’s North Darfur state": the place's kind
}

// sumAfter reports whether token i is a sum of money or a number: the
// word before it is a currency's ("for HK$1.6 billion"), no name.
func (f *nameFinder) sumAfter(i int) bool {
	return i < len(f.d.Tokens) && (f.d.Tokens[i].Kind == Number || strings.HasPrefix(f.tok(i), "$"))
}

// taggedOrgStart extends a name that starts at token first back to the
// start of an organization the tagger found ending at token last: "the New
// York Times", "The Force Ouvrière union".
func (f *nameFinder) taggedOrgStart(first, last int) int {
	for _, m := range f.pending {
		if m.kind == Organization && m.first < first && m.last == last && !f.ownedFrom(m.first, first) {
			first = m.first
		}
	}
	return first
}

// ownedFrom reports whether tokens [from, to) end in a possessive after a
// listed body or place, or a body's name by its head: "the European
// Union’s" before "Copernicus Climate Change Service", "the Legislative
// Council’s" before "Finance Committee", which the body owns and which
// is a name of its own.
func (f *nameFinder) ownedFrom(from, to int) bool {
	if to-2 < from || !isPossessive(f.lower(to-1)) {
		return false
	}
	return f.isOrganization(from, to-1) || f.lookupPlace(from, to-1) != ner.NotPlace || f.has(to-2, inOrgHeads) && f.has(to-2, capWord)
}

// The word lists of this file's rules, each built at start-up from its
// entry in entityrulesLists (see wordSets).
var (
	positions, teamStaff, describesOne, occupations, orgHeads, companyHeads, versus, otherHeads, newsAgencies, notNames, departments, orgSuffixes, jointRemits       map[string]bool
	orgConnectors, memberNouns, commonBodies, stations, monarchs, placeNouns, placeHeads                                                                             map[string]bool
	seatHolders, articles, notDatelines, monthWords, sportWords, teamVerbs, teamBefore                                                                               map[string]bool
	journeyWords, sideWords, orgFollowers, teamRoles, stockPlaces, orgBefore, orgStaff, clubSuffixes, landHeads, leadTitles, placeKinds, remitHolders, residentNouns map[string]bool
	representWords                                                                                                                                                   map[string]bool
	staffFollowers, chiefRoles, orgKinds, orgRoles, teamTitles, playWords, kinWords                                                                                  map[string]bool
	personRoles, eventHeads                                                                                                                                          map[string]bool
)

var entityrulesLists = wordSets{
	// positions and describesOne: see positionPairs.
	{&positions, `quarterback linebacker pitcher winger`},
	// teamStaff are a club's staff and players, whose club's name goes
	// before them in a sports report.
	{&teamStaff, `manager boss coach striker midfielder defender goalkeeper keeper forward captain`},
	{&describesOne, `a an former`},
	// occupations name the person after them even in lower case: "actor Miriam Hale".
	{&occupations, occupationWords},
	// orgHeads end organization names: "Security Council", "Apple Inc.",
	// "Northbridge Rovers".
	{&orgHeads, `council ministry party inc inc. corp corp. co. ltd ltd. llc plc university agency bank company
		group association commission committee union organization organisation department institute
		court army navy police times post news journal service office foundation fund federation board
		authority network airlines motor motors press reserve nations forces front brigade church club league
		parliament congress senate assembly legislature administration government center centre centers centres corporation
		industries systems technologies holdings partners guard bureau museum hospital infirmary clinic school elementary college
		academy society coalition alliance movement partnership tribunal newsroom newsdesk daily herald tribune gazette telegraph
		chronicle observer courier trust programme united rovers wanderers rangers athletic albion hotspur fc afc rail railways railway railroad railroads ` +
		industryHeads},
	// companyHeads end company names that the text may shorten to the words
	// before them: "Quarrel Systems" … "Quarrel".
	{&companyHeads, `technologies systems industries holdings group motor motors airlines corporation
		networks foods brands software ` + industryHeads},
	// clubSuffixes end a club's name that reports shorten to the words
	// before: "Hallbrook Rovers" is "Hallbrook".
	{&clubSuffixes, `rovers wanderers athletic albion united city town county fc afc`},
	// versus sets two sides against each other: "Yorkshire v Derbyshire".
	{&versus, `v v. vs vs. versus`},
	// otherHeads end names of places, buildings, prizes and events named after
	// people: "Beverly Hills", "Stanley Cup", "Kennedy Center".
	{&otherHeads, `hills hill city park street avenue road square bridge island islands beach bay valley
		springs falls heights county stadium airport hall house tower center centre cup trophy award awards
		prize memorial open classic`},
	// newsAgencies are organizations that appear as credits: "(Reuters)", "(AP Photo/...)".
	{&newsAgencies, `reuters ap afp upi bloomberg xinhua tass itar-tass ria interfax dpa efe ansa kyodo yonhap pti
		cnn bbc nbc abc cbs npr pbs cbc rnz rte sbs itv nhk`},
	// notNames are capitalised words that start sentences or headings but name nothing.
	{&notNames, `the a an in on at by for and but or if when while after before this that these those it he she
		they we i you his her their our its my your there here as so yet also with from to of use close
		somebody nobody anybody everybody someone anyone everyone
		popular what what's hot says said accuses read more related share comment comments advertisement
		photo video updated published monday tuesday wednesday thursday friday saturday sunday january
		february march april may june july august september october november december jan. feb. mar.
		apr. jun. jul. aug. sept. sep. oct. nov. dec. sept no yes not all some many most one two three
		new after despite however meanwhile today yesterday tomorrow western eastern northern southern
		force of russia's analyst secretary we're you're they're i'm it's he's she's we've they've i've we'll i'll you'll they'll that's there's let's
		we’re you’re they’re i’m it’s he’s she’s we’ve they’ve i’ve we’ll i’ll you’ll they’ll that’s there’s let’s i’d i'd
		christmas easter diwali deepavali eid ramadan hanukkah thanksgiving passover holi navratri halloween hogmanay`},
	// departments head the names of government departments, offices and
	// centres, whose remits "and" may join: "Department of Health and Social
	// Care", "Office of Rail and Road", "Centers for Disease Control and
	// Prevention".
	{&departments, `ministry department office bureau institute center centre centers centres`},
	// orgSuffixes end company names and make one of any capitalised run: "Acme Inc.".
	{&orgSuffixes, `inc inc. corp corp. co co. ltd ltd. limited llc plc ag sa nv gmbh spa bhd pty lp llp`},
	// jointRemits are the first of two remits that "and" joins in the name of a
	// public body: "Fire and Rescue Service", "Health and Safety Executive".
	{&jointRemits, `fire police health border revenue trade food culture housing education science
		transport`},
	// orgConnectors join the words of an organization's name: "Bank of America".
	{&orgConnectors, `of for and & de on`},
	// memberNouns name the people of a body: "Council member", "Committee
	// chairman". commonBodies are the heads that, alone, name a body of a
	// kind and no one body ("Congress members" names one).
	{&memberNouns, `member members chairman chairwoman chair leader leaders officials staff spokesman spokeswoman spokesperson`},
	{&commonBodies, `council committee board`},
	// stations follow a broadcaster's name in the name of one of its stations
	// or channels.
	{&stations, `radio news television tv world international online sport sports rural business`},
	// monarchs are the titles of those who reign, whose names take an ordinal
	// in Roman numerals: "Pope Benedict XVI".
	{&monarchs, `king queen pope emperor empress tsar czar kaiser`},
	// placeNouns are kinds of place, or of its people, named before "of" and
	// the place ("the town of Bou Haroun", "the mayor of Port Ellis"); those
	// of placeHeads follow its name too ("the Nagorno-Karabakh region"), where
	// "town" or "city" would belong to the name or to a team ("Kansas City",
	// "the Volgograd side").
	{&placeNouns, `town village city port island suburb region regions province provinces district districts
		enclave peninsula territory mayor residents state`},
	{&placeHeads, `region regions province provinces district districts enclave peninsula territory`},
	// remitHolders hold a title whose remit follows "for": "Minister for
	// Housing", "Secretary of State for Health".
	{&remitHolders, `minister secretary commissioner envoy ambassador spokesperson spokesman spokeswoman`},
	// representWords tell of the seat a member holds, named after them:
	// "who represents Harrowgate Hill".
	{&representWords, `represent represents represented representing`},
	// residentNouns are the people of a place: "residents of Obunga".
	{&residentNouns, `residents villagers inhabitants townspeople`},
	// placeKinds are kinds of place, which a list of them may follow:
	// "states such as Tamil Nadu and Uttar Pradesh".
	{&placeKinds, `states countries cities towns provinces regions nations capitals districts`},
	// landHeads end the names of features of the land: "the Herbert River".
	{&landHeads, `river creek reef island islands valley peninsula strait gulf ranges mountains desert shelf sheet`},
	// seatHolders hold a seat named after "for": "MP for Hallam West".
	{&seatHolders, `mp mps msp msps mla mlas mep meps ms td`},
	// articles open the sentence after a dateline's dash.
	{&articles, `The A An`},
	// notDatelines are words in capitals that open a paragraph before a dash
	// without naming a place: labels of a story's kind or state.
	{&notDatelines, `note update updated correction clarification exclusive analysis breaking watch video photos
		opinion editorial comment review factbox explainer live advisory`},
	// monthWords begin a date in a dateline: "Moscow, Sept. 16".
	{&monthWords, `jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. jan feb mar apr jun jul aug sep sept oct nov dec
		january february march april may
		june july august september october november december`},
	// sportWords show that a text reports sport: three different ones and it does.
	{&sportWords, `league goal goals striker midfielder defender goalkeeper innings wickets wicket batsman bowler
		inning innings pitcher homer homers semifinal semi-final quarter-final quarterfinal playoff
		playoffs fixtures soccer football cricket rugby baseball basketball hockey tennis golf standings
		scorers equaliser equalizer overs runs touchdown tries try halftime half-time referee stadium championship
		scored scorer penalty coach winger fullback full-back playmaker quarterback linebacker shortstop outfielder
		infielder stoppage-time first-half second-half hat-trick header opener offside kick-off kickoff substitute`},
	// teamVerbs put a team before and after them in a sports report: "Leeds beat
	// Chelsea", "Kent drew with Essex".
	{&teamVerbs, `beat beats defeated defeat defeats thrashed routed edged blanked downed trounced crushed
		hammered whipped outlasted overcame drew draw lost lose tied upset swept shut dismissed dismiss
		bowled v vs vs.`},
	// teamBefore are words after which a sports report names a team: "against
	// Surrey", "drew with Kent", "win over Atalanta", "homered for Cleveland",
	// "joined Milan from Torino".
	{&teamBefore, `against over with to v vs vs. beat beats defeated thrashed routed edged blanked downed trounced
		crushed hammered whipped dismissed dismiss for joined joins from host hosts hosted visit visits visited`},
	// journeyWords go before "to" or "from" a place, not a team.
	{&journeyWords, `travel travels travelled traveled traveling travelling trip trips flight flights fly flew move moved
		return returned returning head headed heading go going went come came arrive arrived back way`},
	// sideWords stand between a place and the name of a club from there:
	// "Rotterdam side Feyenoord", "Italian club Napoli".
	{&sideWords, `side club outfit`},
	// orgFollowers are words after an organization's name that tell what it
	// is: its people, its shares, its players and supporters ("Ericsson
	// spokesman", "Pirelli shares", "Surrey captain").
	{&orgFollowers, `spokesman spokeswoman spokesmen spokespeople spokesperson chairman chairwoman ceo shares
		shareholders subsidiary subsidiaries captain skipper striker midfielder defender goalkeeper keeper
		playmaker batsman bowler fans supporters players coach newspaper owner owners organisation
		organization union`},
	// teamRoles follow "team" in the title of a team's head: "Red Bull team
	// principal Christian Horner".
	{&teamRoles, `principal boss manager owner chief director`},
	// stockPlaces follow "stock" where the name before it is a place: "the
	// Warsaw stock exchange", "Tokyo stock prices".
	{&stockPlaces, `exchange exchanges market markets prices index indices trading`},
	// orgBefore are words before an organization's name that say what it is:
	// "news agency Tanjug", "tyre and cables giant Pirelli", "club Atalanta".
	{&orgBefore, `company firm group giant maker makers airline insurer retailer conglomerate
		newspaper daily weekly agency broadcaster publisher distributor consortium club team side state-run
		state-owned chain bank lender brewer carmaker automaker manufacturer supplier subsidiary unit
		magazine journal tabloid channel network regulator watchdog charity union party brokerage nonprofit non-profit
		operator chipmaker drugmaker supermarket consultancy think-tank thinktank platform streamer service start-up startup`},
	// orgStaff are people who work at an organization, before "at" and its
	// name: "analysts at Goldman Sachs", "a researcher at the University of
	// Montreal"; and, after its name, "Morningstar analyst Ben Kaplan".
	{&orgStaff, `analyst analysts economist economists strategist strategists researcher researchers
		scientist scientists trader traders banker bankers executive executives employee employees staff
		worker workers engineer engineers lawyer lawyers spokesman spokeswoman spokesperson director`},
	// leadTitles stand between the initials of a body and the name of the
	// one who leads or speaks for it: "NDP Leader Sandra Whitcombe".
	{&leadTitles, `leader chairman chairwoman chair president director spokesman spokeswoman spokesperson
		commissioner secretary-general chief`},
	// staffFollowers follow an organization's name and stand before a person's:
	// "Morningstar analyst Ben Kaplan".
	{&staffFollowers, `analyst analysts economist economists strategist strategists`},
	// chiefRoles follow "chief" in the title of an organization's head: "Ofgem
	// chief executive Jonathan Brearley".
	{&chiefRoles, `executive executives operating financial economist scientist`},
	// orgKinds are kinds of organization, which a list of them may follow:
	// "firms including Mobil, Shell and Caltex", "banks such as HSBC".
	{&orgKinds, `companies firms groups banks lenders insurers airlines carmakers automakers retailers chains
		brewers manufacturers suppliers conglomerates multinationals newspapers broadcasters publishers
		agencies clubs teams`},
	// orgRoles are roles held in a company, before "of" and its name:
	// "chairman of Genentech", "a subsidiary of Alphabet".
	{&orgRoles, `chairman chairwoman ceo founder co-founder cofounder shareholders employees subsidiary
		spokesman spokeswoman shares unit division`},
	// teamTitles come before a team's name in a sports report: "title rivals
	// Essex", "champions Ajax".
	{&teamTitles, `rivals champions holders hosts visitors leaders newcomers`},
	// playWords follow a player's name and "'s" in a sports report: "Damsgaard's corner".
	{&playWords, `corner cross pass shot header free-kick free-kicks through-ball assist volley penalty strike`},
	// kinWords follow a person's name and "'s": "Yeltsin's wife".
	{&kinWords, `wife husband son sons daughter daughters father mother brother brothers sister sisters widow
		widower parents grandson granddaughter fiancee fiance girlfriend boyfriend`},
	// personRoles are roles only a person holds, before a name set off by
	// commas: "Sudan's U.N. ambassador, Al-Harith Idriss,"; the quotes read
	// them opening what follows a name too ("…, said Jake Horowitz,
	// director of polling at Mic.com.", appositiveToEnd).
	{&personRoles, `ambassador envoy minister spokesman spokeswoman spokesperson president chairman chairwoman
		secretary director governor mayor senator lawyer attorney prosecutor judge adviser advisor aide wife husband
		son daughter mother father brother sister widow chief executive founder head professor analyst editor economist researcher`},
	// eventHeads end the names of events, contests, prizes, laws and wars:
	// "U.S. Open", "World Series of Golf", "Fed Cup", "PGA Tour", "Clean Air Act". Inside
	// a longer name they end nothing: "Federal Open Market Committee".
	{&eventHeads, `open cup cups championship championships tournament series games olympics festival
		prix classic trophy award awards prize marathon rally act treaty war tour amendment telescope`},
}

// twoFieldBodies joins a body's name the tagger cut at "and": a name
// ending in "of" and a field, and the field after "and" ("Highveld Chamber
// of Commerce and Industry", "National Union of Energy and Allied
// Workers"). The words after "and" must be ones the training text writes
// in lower case, so that "the Chamber of Commerce and Tesco" stays two
// bodies.
func (f *nameFinder) twoFieldBodies(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for _, m := range f.sofar {
		and := m.last
		if m.kind != Organization || m.last-m.first < 3 || and+1 >= s.Last || f.lower(and) != "and" || f.lower(and-2) != "of" && f.lower(and-3) != "of" || f.model == nil {
			continue
		}
		last := and + 1
		for last < s.Last && last < and+4 && f.isNameWord(last) && f.model.IsCommonWord(f.tok(last)) {
			last++
		}
		if last > and+1 && (last == s.Last || !f.isNameWord(last)) {
			out = withMention(out, m.first, last, Organization)
		}
	}
	return out
}

// numberedRoads marks a road named by its number as a place: "Highway
// 88", "Route 66", "Interstate 95", "State Route 9", "Avenue 57", "the 10
// Freeway".
func (f *nameFinder) numberedRoads(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First; i+1 < s.Last; i++ {
		if f.d.Tokens[i].Kind == Number && f.has(i+1, capWord) && (f.lower(i+1) == "freeway" || f.lower(i+1) == "highway") {
			out = withMention(out, i, i+2, Place) // "the 10 Freeway"
			continue
		}
		if f.d.Tokens[i+1].Kind != Number || !f.has(i, capWord) {
			continue
		}
		if w := f.lower(i); w == "highway" || w == "route" || w == "interstate" || w == "avenue" {
			first := i
			if i > s.First && f.tok(i-1) == "State" {
				first--
			}
			out = withMention(out, first, i+2, Place)
		}
	}
	return out
}

// withMention appends the mention of tokens [first, last) of kind k to out.
func withMention(out []mention, first, last int, k EntityKind) []mention {
	return append(out, mention{first: first, last: last, kind: k})
}

// speakingBodies marks as a body a listed place and the name words after
// it, none a place's, where the name speaks: before a verb of saying or
// after "according to" ("Kenya Power said", "according to Alberta
// Wildfire"), which the tagger reads as the place, or as a place.
func (f *nameFinder) speakingBodies(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for _, m := range f.sofar {
		if m.kind != Place || m.last-m.first > 3 {
			continue
		}
		k := m.first + 1 // the end of the listed place that opens the name
		for k < m.last && f.lookupPlace(m.first, k) == ner.NotPlace {
			k++
		}
		end := m.last
		for end < s.Last && end < m.last+2 && f.isNameWord(end) && !f.has(end, inTitleWords) {
			end++
		}
		if f.lookupPlace(m.first, k) == ner.NotPlace || end == k || f.lookupPlace(m.first, end) != ner.NotPlace {
			continue
		}
		for u := k; u < end; u++ {
			if f.has(u, inPlaceEnds|inLandHeads|inCompass|inPlaceKinds|inTitleWords) || placeWords[f.lower(u)] {
				end = k // a word that names a place: "Gaza City", "Los Angeles County"
				break
			}
		}
		speaks := end < s.Last && f.has(end, speechCue) || m.first-2 >= s.First && f.lower(m.first-2) == "according" && f.lower(m.first-1) == "to"
		if end > k && speaks {
			out = withMention(out, m.first, end, Organization)
		}
	}
	return out
}

// placeWords end places' names: "Gaza City", "Los Angeles County".
var placeWords = wordSet(`city county state province region district territory island town`)
