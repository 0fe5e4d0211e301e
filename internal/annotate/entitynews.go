package annotate

import (
	"github.com/newsroom-tools/annotator/internal/ner"
	"unicode/utf8"
)

// The rules of this file mend what the tagger, trained on wire stories and
// encyclopaedia text, gets wrong in the news users paste: local councils,
// named storms, bodies named after a country ("Energy UK"), streets and
// stadiums, and a name written with its question mark ("Which?").

// councils marks a local council written in lower case after its place,
// "Tower Hamlets council", "the Portland city council", or before it, "the
// council of West Berkshire", as an organization, the word "council" with
// it: it is the council, not the place, that acts.
func (f *nameFinder) councils(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	var out []mention
	for j := s.First; j+2 < s.Last; j++ {
		// "The City of Ekurhuleni said", "a former City of Cape Town
		// official": a municipality by its name, the body that governs it
		if f.has(j, capWord) && f.lower(j+1) == "of" && municipalities[f.lower(j)] && f.isNameWord(j+2) && (j == s.First || !f.isNameWord(j-1)) {
			last := j + 3
			for last < s.Last && last < j+6 && f.isNameWord(last) && !f.has(last, inTitleWords) {
				last++
			}
			out = withMention(out, j, last, Organization)
		}
	}
	for j := s.First + 1; j < s.Last; j++ {
		if f.lower(j) != "council" || f.has(j, capWord) {
			continue
		}
		k := j // "city" in "Portland city council"
		if k-1 > s.First && councilKinds[f.lower(k-1)] && !f.has(k-1, capWord) {
			k--
		}
		if f.isNameWord(k-1) && !f.has(k-1, inTitleWords) {
			first := k - 1
			for first > s.First && first > k-4 && f.isNameWord(first-1) && !f.has(first-1, inTitleWords) {
				first--
			}
			// "City council approves…": a sentence's first word that is a
			// kind of council, or that the text writes in lower case too
			lone := first == k-1 && first == s.First && (councilKinds[f.lower(first)] || f.lowerElsewhere(first))
			if !f.isNationality(first) && !lone {
				out = withMention(out, first, j+1, Organization)
			}
			continue
		}
		// "the council of West Berkshire"
		if j+2 < s.Last && f.lower(j+1) == "of" && f.isNameWord(j+2) && (f.lower(k-1) == "the" || f.lower(k-1) == "a") {
			last := j + 3
			for last < s.Last && last < j+6 && f.isNameWord(last) {
				last++
			}
			out = withMention(out, k, last, Organization)
		}
	}
	return dedupMentions(out)
}

// countryOrgs marks a run of capitalised words ending in a country, but
// no place itself, as an organization: "Energy UK", "Water UK", "Sport
// England", "Cancer Research UK". The words before the country must name
// no place, person, role or people ("Nelson Mandela", "British"); a word
// of a title may be one of them ("Energy UK").
func (f *nameFinder) countryOrgs(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	var out []mention
	for j := s.First + 1; j < s.Last; j++ {
		// (or a continent after initials: "CCIA Europe")
		continent := f.has(j-1, allCaps) && (f.lower(j) == "europe" || f.lower(j) == "asia" || f.lower(j) == "africa")
		if !f.has(j, capWord) || !f.has(j, inCountryBodies) && !continent || !f.isNameWord(j-1) {
			continue
		}
		first := j
		if j+1 < s.Last && !f.has(j+1, capWord) && f.has(j+1, inTitleWords|inOrgFollowers) {
			continue // "Former England captain Will Carling": the country's side
		}
		for first > s.First && first > j-3 && f.isNameWord(first-1) && !f.has(first-1, inPersonHeads|inTitleModifiers|inCompass) &&
			!f.isNationality(first-1) && f.lexicon(first-1)&ner.FirstName == 0 && f.lookupPlace(first-1, first) == ner.NotPlace {
			first--
		}
		if first == j || first > s.First && f.isNameWord(first-1) || f.lookupPlace(first, j+1) != ner.NotPlace {
			continue
		}
		if k, ok := f.taggedAt(first); ok && k == Person {
			continue
		}
		out = withMention(out, first, j+1, Organization)
	}
	return out
}

// orgStarts marks a sentence's first word, when it is one of
// orgAdjectives, and the names after it as one organization ("National
// Grid said"), or a place if the list has it ("United Kingdom").
func (f *nameFinder) orgStarts(si int) []mention {
	s := f.d.Sentences[si]
	i := s.First
	if f.caps[si] || i+1 >= s.Last || !f.has(i, inOrgAdjectives) || !f.has(i, capWord) {
		return nil
	}
	j := i + 1
	for j < s.Last && j < i+5 && f.isNameWord(j) && !f.has(j, inTitleWords) {
		j++
	}
	if j == i+1 {
		return nil
	}
	kind := Organization
	if f.lookupPlace(i, j) != ner.NotPlace {
		kind = Place
	}
	return withMention(nil, i, j, kind)
}

// storms marks a named storm as an event, neither person, organization
// nor place: "Storm Darragh", "Tropical Storm Alberto", and the storm's
// name alone further on ("Delia could make landfall"). A name before the
// word makes it something else: a team ("Seattle Storm"), an operation
// ("Desert Storm").
func (f *nameFinder) storms(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First; i+1 < s.Last; i++ {
		if !f.has(i, inStormWords) || !f.has(i, capWord) || !f.isNameWord(i+1) || f.has(i+1, allCaps) && !f.has(i, allCaps) {
			continue
		}
		first := i
		if first > s.First && (f.lower(first-1) == "tropical" || f.lower(first-1) == "super") && f.has(first-1, capWord) {
			first--
		}
		if first > s.First && f.isNameWord(first-1) && first-1 != s.First {
			continue
		}
		if i+2 < s.Last && f.isNameWord(i+2) && f.has(i+2, inOrgHeads) {
			continue // "the Storm Prediction Center": a body's name goes on
		}
		out = withMention(out, first, i+2, otherName)
		if f.stormNames == nil {
			f.stormNames = map[string]bool{}
		}
		f.stormNames[f.lower(i+1)] = true
		i++
	}
	// the storm's name alone after it: "Forecasters said Delia could make landfall"
	for i := s.First; i < s.Last && len(f.stormNames) > 0; i++ {
		if f.stormNames[f.lower(i)] && f.has(i, capWord) && (i == s.First || !f.has(i-1, inStormWords)) && (i+1 >= s.Last || !f.isNameWord(i+1)) {
			out = withMention(out, i, i+1, otherName)
		}
	}
	return out
}

// facilities marks streets, stadiums, airports, rivers and mountains as
// places: "Federal Boulevard", "Gtech Community Stadium", "River Taff". A
// run that goes on into an organization's head is left to it ("Mount
// Sinai Hospital"), and so, in a sports report, is a river's name (the
// club "River Plate"). Buildings whose last word also ends bodies' names
// follow (venues).
func (f *nameFinder) facilities(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	var out []mention
	for i := s.First; i < s.Last; i++ {
		if !f.isNameWord(i) || f.has(i, inTitleWords) {
			continue
		}
		j := i + 1
		for j < s.Last && f.isNameWord(j) && !f.has(j, inTitleWords) {
			j++
		}
		first, last := i, j
		i = j - 1
		if first == s.First && (placeAdverbs[f.lower(first)] || openingPrepositions[f.lower(first)]) {
			first++ // "Along Pecan Street, …": the preposition that opens the sentence
		}
		if last-first < 2 || last-first > 5 || f.has(last-1, inOrgHeads|inOrgSuffixes) {
			continue
		}
		if k, ok := f.taggedAt(first); ok && k == Person && f.isFullName(first, last) {
			continue // a person: "Jo Street"
		}
		switch {
		case surnameEnds[f.lower(last-1)] && !f.placeBefore(first):
			continue // "Jo Lane", but "on Rye Lane", "the Royal Albert Hall"
		case f.has(last-1, inPlaceEnds) && last-first >= 2 && !f.has(last-1, allCaps): // not "Project SEA 4150"
		case f.has(first, inPlaceStarts) && !f.sport:
		default:
			continue
		}
		if f.isOrganization(first, last) || f.bodyGoesOn(first, last) {
			continue
		}
		out = withMention(out, first, last, Place)
	}
	return append(out, f.venues(si)...)
}

// bodyGoesOn reports whether a body's name found before holds tokens
// [first, last) and goes on after them: "Cascade Falls Education
// Association", where a title word ("Education") stopped the run.
func (f *nameFinder) bodyGoesOn(first, last int) bool {
	for _, m := range f.sofar {
		if m.kind == Organization && m.first <= first && m.last > last {
			return true
		}
	}
	return false
}

// placeBefore reports whether the word before token i puts what follows at
// a place or makes it a thing: "the", "on", "outside".
func (f *nameFinder) placeBefore(i int) bool {
	if i == 0 {
		return false
	}
	return f.lower(i-1) == "the" || f.has(i-1, inPlacePrepositions)
}

// venues marks as places the buildings and grounds a sentence puts
// something at, in or beside whose names end in a word that also ends the
// names of bodies and firms: "at Worthy Farm", "at St Joseph’s Church",
// "recorded at Spurn Point" (but "brokers including Harbor Point").
func (f *nameFinder) venues(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First + 1; i+1 < s.Last; i++ {
		if !f.has(i, inPlacePrepositions) {
			continue
		}
		first := i + 1
		if f.lower(first) == "the" {
			first++
		}
		last := first
		for last < s.Last && last < first+5 && (f.isNameWord(last) && !f.has(last, inTitleWords) ||
			last > first && isPossessive(f.lower(last)) && f.d.Tokens[last].Start == f.d.Tokens[last-1].End && last+1 < s.Last && f.isNameWord(last+1)) {
			last++ // "St Joseph’s Church"
		}
		if last-first < 2 || last < s.Last && f.isNameWord(last) || !venueHeads[f.lower(last-1)] {
			continue
		}
		if k, ok := f.taggedAt(first); ok && k == Person && f.isFullName(first, last) {
			continue
		}
		out = withMention(out, first, last, Place)
		i = last - 1
	}
	return out
}

// platformX marks "X", the social network, where a post is written on it:
// "wrote on X:", "a post on X that", "blunter on X on Wednesday". (The
// tagger knows the older networks' names; marking them here too made
// "on Twitter" a speaker for quotes near it on PolNeAR.)
func (f *nameFinder) platformX(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First + 1; i < s.Last; i++ {
		if f.tok(i) != "X" || f.lower(i-1) != "on" && f.lower(i-1) != "to" && f.lower(i-1) != "via" {
			continue
		}
		if i+1 < s.Last && f.d.Tokens[i+1].Kind == Word && f.has(i+1, capWord) {
			continue // "on X Street", "on X Factor": a name goes on
		}
		out = withMention(out, i, i+1, Organization)
	}
	return out
}

// selfNamed marks the name a group gives itself as an organization's: "a
// group calling itself Concerned Parents of Cedar Valley".
func (f *nameFinder) selfNamed(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First + 1; i+2 < s.Last; i++ {
		if w := f.lower(i); w != "itself" && w != "themselves" || !namingVerbs[f.lower(i-1)] {
			continue
		}
		j := i + 1
		if f.lower(j) == "the" {
			j++
		}
		k := j
		for k < s.Last && k < j+8 && (f.isNameWord(k) || orgConnectors[f.lower(k)] && k+1 < s.Last && f.isNameWord(k+1)) {
			k++
		}
		if k > j {
			out = withMention(out, j, k, Organization)
		}
	}
	return out
}

// crafts marks the names of ships, spacecraft and missions, which are
// neither people nor places: the name after a vessel's noun ("the research
// vessel Margit Solheim", "the MV Loch Sheallag") or before an apposition that says what it is
// ("Freya-1, a Norwegian Space Agency mission").
func (f *nameFinder) crafts(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First + 1; i < s.Last; i++ {
		if !f.isNameWord(i) || f.isNameWord(i-1) {
			continue
		}
		j := i + 1
		for j < s.Last && j < i+4 && f.isNameWord(j) {
			j++
		}
		named := vesselNouns[f.lower(i-1)] && f.d.Tokens[i-1].Kind == Word && !f.has(i-1, capWord) || j > i+1 && shipPrefixes[f.tok(i)] // "the MV Loch Sheallag"
		if !named && j+2 < s.Last && f.tok(j) == "," && f.has(j+1, inDeterminers) {
			for u := j + 2; u < s.Last && u < j+7 && (f.d.Tokens[u].Kind == Word || f.tok(u) == "’s" || f.tok(u) == "'s"); u++ {
				if craftNouns[f.lower(u)] && !f.has(u, capWord) {
					named = u+1 >= s.Last || f.d.Tokens[u+1].Kind != Word || !f.isNameWord(u+1)
					break
				}
			}
		}
		if named {
			out = withMention(out, i, j, otherName)
		}
		i = j - 1
	}
	return out
}

// shipPrefixes open ships' names: "MV Loch Sheallag", "HMS Victory".
var shipPrefixes = wordSet(`MV RMS HMS USS HMAS HMCS`)

// bills marks "Bill" after a determiner as a parliament's bill, no person:
// "the Bill now goes to committee", "A Bill that does nothing"; and a
// bill's number with the chamber before it: "Senate Bill 1184".
func (f *nameFinder) bills(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First + 1; i < s.Last; i++ {
		if !f.has(i, capWord) || f.tok(i) != "Bill" {
			continue
		}
		if f.has(i-1, inDeterminers) && !f.isNameWord(i+1) {
			out = withMention(out, i, i+1, otherName)
		} else if i+1 < s.Last && f.d.Tokens[i+1].Kind == Number && f.isNameWord(i-1) {
			out = withMention(out, i-1, i+2, otherName)
		}
	}
	return out
}

// bodiesOfInitials joins the initials of a body the lists know to the
// name of one of its own bodies found right after them, which opens with
// a body's head: "UN Office for the Coordination of Humanitarian
// Affairs", "EU Agency for Asylum". It runs after the rule for acronyms,
// which may have drawn the name's bounds.
func (f *nameFinder) bodiesOfInitials(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First; i+1 < s.Last; i++ {
		if !f.has(i, allCaps) || !f.has(i+1, inOrgHeads) || !bodyInitials[f.lower(i)] {
			continue
		}
		for _, m := range f.sofar {
			if m.first == i+1 && m.kind == Organization && m.last-m.first >= 3 {
				out = withMention(out, i, m.last, Organization)
				i = m.last - 1
				break
			}
		}
	}
	return out
}

// journals marks the journal a study is published in as a body:
// "published on Wednesday in Nature", "published in The Lancet", "in the
// journal Science Advances" (a place the lists hold stays one: "published in
// London").
func (f *nameFinder) journals(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First + 1; i < s.Last; i++ {
		if !f.isNameWord(i) || f.has(i, inTitleWords) {
			continue
		}
		j := i - 1
		if f.lower(j) == "the" && j > s.First {
			j--
		}
		journal := f.lower(j) == "journal" && !f.has(j, capWord)
		if !journal && f.lower(j) == "in" {
			for k := j - 1; k >= s.First && k >= j-4; k-- {
				if w := f.lower(k); w == "published" || w == "publishes" {
					journal = true
					break
				}
			}
		}
		if !journal {
			continue
		}
		last := f.nameEnd(i, 3, s.Last)
		for _, m := range f.sofar {
			if m.first == i && m.last > last {
				last = m.last // "the journal Neurology Today": the bounds found before
			}
		}
		if f.lookupPlace(i, last) != ner.NotPlace {
			continue
		}
		out = withMention(out, i, last, Organization)
		i = last - 1
	}
	return out
}

// partyStates marks the state of a lawmaker's party label in brackets,
// "(R-Iowa)", "(D-Ohio)", as a place; entities names the state alone,
// past its party's letter (partyState).
func (f *nameFinder) partyStates(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First + 1; i+1 < s.Last; i++ {
		if f.has(i, capWord) && f.tok(i-1) == "(" && partyState(f.tok(i)) > 0 && f.tok(i+1) == ")" {
			out = withMention(out, i, i+1, Place)
		}
	}
	return out
}

// partyState returns the length of the party's letter and hyphen that
// open w when w is a party label's "R-Iowa", "D-Ohio", "I-Maine", else 0.
func partyState(w string) int {
	if len(w) < 4 || w[1] != '-' || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') || w[2] < 'A' || w[2] > 'Z' {
		return 0
	}
	return 2
}

// stateInitials marks the initials of a state that no list of places
// holds, standing alone, as a place: "western NSW", "Western NSW graziers"
// (in "NSW Department of Primary Industries" the body's name holds them).
func (f *nameFinder) stateInitials(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First; i < s.Last; i++ {
		if !f.has(i, capWord) || len(f.tok(i)) != 3 || !stateAbbreviations[f.tok(i)] || i+1 < s.Last && f.has(i+1, capWord) {
			continue
		}
		first := i
		if i > s.First && f.has(i-1, inCompass) && f.has(i-1, capWord) {
			first = i - 1 // "Western NSW"
		}
		out = withMention(out, first, i+1, Place)
	}
	return out
}

// stateAbbreviations are Australian states' initials that read as no word.
var stateAbbreviations = wordSet(`NSW Qld`)

// placeParts marks the part of a place a name stands before: "the Inwood
// section of Manhattan", "the Kibera neighbourhood of Nairobi" (the place
// after "of" is one the tagger found).
func (f *nameFinder) placeParts(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First + 2; i+2 < s.Last; i++ {
		if !f.has(i, inPartNouns) || f.lower(i+1) != "of" || f.has(i, capWord) {
			continue
		}
		if k, ok := f.taggedAt(i + 2); !ok || k != Place {
			continue
		}
		first := i
		for first > s.First && first > i-4 && f.isNameWord(first-1) {
			first--
		}
		if first == i || first <= s.First || f.lower(first-1) != "the" {
			continue
		}
		out = withMention(out, first, i, Place)
	}
	return out
}

// streetsAbroad marks the streets, squares and stations that French,
// Spanish, Italian and Portuguese name with their noun first and a
// particle after it: "Place de la République", "Gare du Nord", "Boulevard
// de Sébastopol", "Plaza de Mayo", "Rue Montorgueil".
func (f *nameFinder) streetsAbroad(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First; i+1 < s.Last; i++ {
		if !f.has(i, inStreetStarts) || !f.has(i, capWord) {
			continue
		}
		w := f.lower(i)
		j, particle := i+1, false
		for j < s.Last && j < i+4 && f.d.Tokens[j].Kind == Word && !f.has(j, capWord) && streetParticles[f.lower(j)] {
			j, particle = j+1, true
		}
		if !particle && !streetStartsAlone[w] {
			continue // "Place your bets", "Avenue Q": the noun alone is English too
		}
		k := j
		for k < s.Last && k < j+3 && f.isNameWord(k) {
			k++
		}
		if k == j {
			continue
		}
		out = withMention(out, i, k, Place)
		i = k - 1
	}
	return out
}

// bodiesAbroad marks the bodies that French, Spanish, Italian, Portuguese
// and German name with their noun first: "Institut Bastide", "Banque de
// France", "Fundación Pública", "Istituto Superiore di Sanità".
func (f *nameFinder) bodiesAbroad(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First; i+1 < s.Last; i++ {
		if !f.has(i, inBodyStarts) || !f.has(i, capWord) {
			continue
		}
		k := i + 1
		for k+1 < s.Last && k < i+8 && (f.isNameWord(k) || (streetParticles[f.lower(k)] || f.lower(k) == "y" || f.lower(k) == "e" || f.lower(k) == "et") &&
			(f.isNameWord(k+1) || streetParticles[f.lower(k+1)] && f.isNameWord(k+2))) {
			k++ // "Instituto Nacional de Estadística y Censos", "Banco Central de la República Argentina"
		}
		if k == s.Last-1 && f.isNameWord(k) {
			k++
		}
		if k == i+1 {
			continue
		}
		out = withMention(out, i, k, Organization)
		i = k - 1
	}
	return out
}

// namingWords put a nickname or a slogan in quotation marks after them:
// nicknamed “Ghost Tide”, the slogan “Silent, Unseen, Sovereign”.
var namingWords = wordSet(`nicknamed dubbed slogan motto codenamed code-named`)

// shortWord reports whether token i is a word of three letters at most,
// as small words in titles in other languages are: "Hali ya Hewa Leo".
func (f *nameFinder) shortWord(i int) bool {
	return f.d.Tokens[i].Kind == Word && len(f.tok(i)) <= 3
}

// gluedMarks writes a question or exclamation mark into the name it ends,
// when the sentence goes on after it: "Which? described the rise", "Yahoo!
// said". The mark is part of the name.
func (f *nameFinder) gluedMarks(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for _, m := range f.sofar {
		k := m.last
		if m.kind == Person || m.kind == otherName || k+1 >= s.Last {
			continue
		}
		mark := f.tok(k)
		if mark != "?" && mark != "!" || f.d.Tokens[k].Start != f.d.Tokens[k-1].End || f.d.Tokens[k+1].Kind != Word || f.has(k+1, capWord) {
			continue
		}
		out = withMention(out, m.first, k+1, m.kind)
	}
	return out
}

// workTitles marks the capitalised words that fill a pair of quotation
// marks after a noun for a work as another name: a title, neither an
// organization nor a place ("Haddad's novel, "The Lemon House", is
// published …", "the film "Northern Lights"").
func (f *nameFinder) workTitles(si int) []mention {
	s := f.d.Sentences[si]
	out := f.found[:0]
	for j := s.First + 1; j+2 < s.Last; j++ {
		if f.d.Tokens[j].Kind != Mark || !isMarkToken(f.tok(j)) {
			continue
		}
		named := false // "dubbed the “Land of …”", "has dubbed the gathering the “Aaeen Bachao Jalsa”"
		for u := j - 1; u >= s.First && u >= j-5 && f.d.Tokens[u].Kind == Word && !f.has(u, capWord); u-- {
			if namingWords[f.lower(u)] {
				named = true
				break
			}
		}
		before := workNouns[f.lower(j-1)] || named || f.tok(j-1) == "," && j-2 >= s.First && workNouns[f.lower(j-2)]
		if !before && !f.has(j+1, capWord) {
			continue
		}
		k := j + 1
		for k < s.Last && k < j+10 && (f.isNameWord(k) || (f.has(k, inTitleSmallWords) || f.shortWord(k)) && (k > j+1 || f.has(k, capWord)) ||
			f.tok(k) == "," && k > j+1 && k+1 < s.Last && f.isNameWord(k+1)) {
			k++ // (a slogan's commas: “Silent, Unseen, Sovereign”)
		}
		last := k
		if k+1 < s.Last && (f.tok(k) == "," || f.tok(k) == ".") && isMarkToken(f.tok(k+1)) {
			k++ // a comma or a full stop inside the marks: “Land of the Howling Winds,”
		}
		if last == j+1 || k >= s.Last || !isMarkToken(f.tok(k)) || !before && !f.workAfter(k+1, s.Last) {
			continue
		}
		out = withMention(out, j+1, last, otherName)
		j = k
	}
	f.found = out // its array serves the next rule
	return out
}

// workAfter reports whether the tokens from k, after a closing quotation
// mark, say what work the quoted title names: "the bill's “Harvest Bridge”
// program", "“Desert Vanishings,” a true-crime podcast".
func (f *nameFinder) workAfter(k, end int) bool {
	if k >= end {
		return false
	}
	if workNouns[f.lower(k)] {
		return true
	}
	if f.tok(k) == "," {
		k++
	} else if f.tok(k-2) != "," {
		return false // an apposition needs its comma, inside the marks or after them
	}
	if k >= end || !f.has(k, inDeterminers) {
		return false
	}
	for u := k + 1; u < end && u < k+6 && (f.d.Tokens[u].Kind == Word || f.tok(u) == "-"); u++ {
		if workNouns[f.lower(u)] {
			return true
		}
	}
	return false
}

// isMarkToken reports whether a token is one quotation mark.
func isMarkToken(tok string) bool {
	r, size := utf8.DecodeRuneInString(tok)
	return size == len(tok) && isQuoteMark(r)
}

// orgAppositioned reports whether the tokens from i, after a name and its
// comma, say what the name is: a determiner, up to four lower-case words
// (a possessive among them: "the country's largest"), and a noun of
// orgAppositions that ends the phrase.
func (f *nameFinder) orgAppositioned(i, end int) bool {
	if i >= end || f.lower(i) != "the" && f.lower(i) != "a" && f.lower(i) != "an" {
		return false
	}
	for j := i + 1; j < end && j < i+6; j++ {
		w := f.lower(j)
		if f.has(j, capWord) && j == i+1 {
			k := j
			for k < end && k < j+3 && f.has(k, capWord) {
				k++
			}
			if f.lookupPlace(j, k) != ner.NotPlace && k < end && !isPossessive(f.lower(k)) {
				j = k - 1 // "the San Francisco startup": where it is
				continue
			}
		}
		if w != "'s" && (f.d.Tokens[j].Kind != Word || f.has(j, capWord|inFunctionWords)) {
			return false // "the chairman of the Organisation…"
		}
		if orgAppositions[w] {
			return j+1 == end || appositionEnds[f.lower(j+1)]
		}
	}
	return false
}

// bodyAcronyms are bodies news names by an acronym, matched as written:
// "MIT", "the NHS", "the SEC". (The tagger's list, lexicon/orgs.txt, has the
// international ones; changing it would change the model's training.)
var bodyAcronyms = wordSet(`MIT NHS ITV MI5 MI6 GCHQ SEC FTC FAA CDC NIH NOAA IRS ONS UEFA NFL NBA MLB NHL ECB`)

// bodyPairs are the bodies of two words: "Plaid Cymru", "Lib Dems",
// banks named after their founders, whose words alone are surnames
// ("Goldman Sachs", "Morgan Stanley"), and newspapers named with an
// article of their language ("Le Monde"), and German firms named "Deutsche …".
var bodyPairs = pairSet(`plaid cymru,lib dems,sinn fein,goldman sachs,morgan stanley,wells fargo,credit suisse,berkshire hathaway,lehman brothers,merrill lynch,le monde,le figaro,der spiegel,el país,al jazeera,al arabiya,sinn féin,fine gael,fianna fáil,fianna fail,deutsche bahn,deutsche welle`)

// knownCompanies marks the companies of the list, capitalised, alone: a
// capitalised word after one makes a longer name ("Samsung Electronics"),
// which other rules read.
func (f *nameFinder) knownCompanies(si int) []mention {
	s := f.d.Sentences[si]
	var out []mention
	for i := s.First; i < s.Last; i++ {
		if !f.has(i, capWord) || !f.has(i, inCompanies) || i+1 < s.Last && f.has(i+1, capWord) && !f.caps[si] {
			continue
		}
		out = withMention(out, i, i+1, Organization)
	}
	return out
}

// knownBodies marks the bodies of the lists, capitalised: "accused Labour
// of", "on the Nasdaq", "Plaid Cymru said", "scientists from MIT", and
// "No 10" (Downing Street) outside sport. At the start of a sentence
// only a verb of saying or a member's title after the word makes it one
// ("Labour said", "Labour MP", not "Labour costs rose"); a body of two
// words is one there too ("Fine Gael’s Cllr Orla Hegarty").
func (f *nameFinder) knownBodies(si int) []mention {
	s := f.d.Sentences[si]
	if f.caps[si] {
		return nil
	}
	var out []mention
	for i := s.First; i < s.Last; i++ {
		if w := f.lower(i); (w == "no" || w == "no." || w == "number") && f.has(i, capWord) && i+1 < s.Last && f.tok(i+1) == "10" &&
			!f.sport && (i+2 >= s.Last || f.d.Tokens[i+2].Kind != Number) {
			// "No 10 sources said", "Number 10 denied it": Downing Street
			out = withMention(out, i, i+2, Organization)
			i++
			continue
		}
		if !f.has(i, capWord) || !f.has(i, inBodies) {
			continue
		}
		n := 0
		switch {
		case i+1 < s.Last && f.has(i+1, capWord) && bodyPairs[[2]string{f.lower(i), f.lower(i + 1)}]:
			n = 2
		case bodies[f.lower(i)]:
			n = 1
		case bodyAcronyms[f.tok(i)]:
			n = -1 // an acronym: at the start of a sentence too
		default:
			continue
		}
		if n < 0 {
			n = 1
		} else if n == 1 && i == s.First && (i+n >= s.Last || !f.has(i+n, speechCue) && !memberTitles[f.lower(i+n)]) {
			continue
		}
		if i+n < s.Last && (indexWords[f.lower(i+n)] || f.isNameWord(i+n) && !memberTitles[f.lower(i+n)]) || i-2 >= s.First && f.lower(i-1) == "of" && f.isNameWord(i-2) {
			continue // "the Nasdaq composite index", "Labour Day", "House of Commons": no body, or a longer one
		}
		out = withMention(out, i, i+n, Organization)
		i += n - 1
	}
	return out
}

// The word lists of this file's rules, each built at start-up from its
// entry in entitynewsLists (see wordSets).
var (
	councilKinds, municipalities, countryBodies, titleModifiers, orgAdjectives, stormWords, placeEnds map[string]bool
	placeStarts, orgAppositions, appositionEnds, bodies, companies, indexWords                        map[string]bool
	venueHeads, placePrepositions, surnameEnds, streetStarts, streetStartsAlone, streetParticles      map[string]bool
	bodyStartsAbroad, partNouns, vesselNouns, craftNouns                                              map[string]bool
)

var entitynewsLists = wordSets{
	// councilKinds are the words between a place and "council": "Portland city council".
	{&councilKinds, `city county borough district town parish regional metropolitan state`},
	// municipalities name a town's government before "of" and its name: "the City of Ekurhuleni".
	{&municipalities, `city town municipality`},
	// countryBodies are the countries a body's name may end in: "Energy UK",
	// "Sport England", "Shelter Cymru".
	{&countryBodies, `uk britain england scotland wales cymru ireland america usa canada australia`},
	// titleModifiers qualify a title: "Former", "Acting".
	{&titleModifiers, `former acting deputy vice senior assistant associate special top interim`},
	// orgAdjectives start organizations' names ("National Grid", "Royal Mail",
	// "Federal Reserve", "United Airlines"); at the start of a sentence the
	// tagger, which cannot tell them from any capitalised first word, leaves
	// them out.
	{&orgAdjectives, `national royal federal international united global`},
	// stormWords name a storm before its name: "Storm Darragh", "Hurricane Milton".
	{&stormWords, `storm hurricane typhoon cyclone`},
	// placeEnds end the names of streets, grounds, buildings, crossings and
	// seas ("Federal Boulevard", "Coldwell Quarry", "West Philippine Sea";
	// "Goodison Park" is left to the tagger); placeStarts begin those of
	// rivers, lakes, mountains and villages ("River Taff", "Mount Kenya",
	// "Barangay Talisoy").
	{&placeEnds, `street road avenue boulevard stadium arena airport bridge gate lane hall tower ground quarry peak stage plaza grove square bay sea fairgrounds fairground showground showgrounds
		prefecture province glacier way falls`},
	{&placeStarts, `river lake mount mt. loch barangay`},
	// streetStarts open a street's or a square's name in another language
	// when a particle follows them ("Place de la République", "Gare du
	// Nord"); streetStartsAlone also without one ("Rue Montorgueil"); see
	// streetsAbroad.
	{&streetStarts, `place boulevard avenue via`},
	{&streetStartsAlone, `rue gare quai pont porte plaza calle paseo piazza praça rua largo`},
	{&streetParticles, `de du des la le del della di da do dos das`},
	// vesselNouns name a ship before its name; craftNouns say in an
	// apposition that a name is a craft or a mission (crafts).
	{&vesselNouns, `vessel ship tanker freighter frigate destroyer carrier yacht ferry trawler liner cruiser submarine icebreaker`},
	{&craftNouns, `mission satellite spacecraft probe telescope rover rocket lander orbiter vessel ship`},
	// partNouns are the parts of a place a name may stand before (see
	// placeParts).
	{&partNouns, `section neighborhood neighbourhood district quarter suburb area borough`},
	// bodyStartsAbroad open a body's name in another language (bodiesAbroad).
	{&bodyStartsAbroad, `institut instituto istituto fondation fundación fundação fondazione stiftung banque banco
		compagnie société sociedad agence agencia agenzia université universidad università universidade ministerio
		ministère ministero ministério secretaría partido confederación federación petróleos`},
	// surnameEnds are the placeEnds that are surnames too ("Jo Lane"): a
	// place after "the" or a preposition of place (placeBefore).
	{&surnameEnds, `lane hall bay`},
	// venueHeads end the names of buildings and grounds that also end those
	// of bodies and firms ("State Farm", "Chatham House"): a place after a
	// placePreposition (venues).
	{&venueHeads, `farm point library church chapel cathedral village house saloon pub tavern bar inn offices`},
	// placePrepositions put what follows at a place: "at Worthy Farm",
	// "outside the Clock Tower".
	{&placePrepositions, `at on in to from into outside inside near beside behind opposite towards toward around off`},
	// orgAppositions are the nouns that say, after a name and a comma, what
	// the name is: "Unison, the union that represents…", "NetChoice, a trade
	// group whose…", "Thames Water, the country's largest supplier".
	{&orgAppositions, `company firm group union regulator watchdog charity agency broadcaster publisher
		supplier retailer lender insurer bank airline carrier operator manufacturer maker chipmaker carmaker
		automaker drugmaker brewer brokerage consultancy conglomerate nonprofit non-profit association
		organisation organization trust body party club newspaper network chain startup start-up utility site website
		platform app`},
	// appositionEnds may follow the noun of an apposition: "…, the union that
	// represents", "…, a trade group whose members", "…, the regulator, said",
	// "Tmall, the shopping site run by Alibaba".
	{&appositionEnds, `that which whose who , . ; based for in with ) : run owned operated backed founded best known`},
	// bodies are organizations that UK and US news names by a bare word, not
	// in the tagger's list because the word has other uses ("labour costs"):
	// parties, stock exchanges and the houses of Parliament ("told the Commons"). Lower-cased, words separated by spaces.
	{&bodies, `labour tories snp nasdaq nyse commons lords eurostat news24`},
	// companies are companies known the world over whose names have no other
	// common use, which the tagger, trained on older news, reads as people or
	// places ("Samsung's cheapest model", "Huawei declined to comment"):
	// lower-cased. Names that are also words, surnames or places ("Amazon",
	// "Shell", "Tesla", "Philips") are left out ("Apple" is in: capitalised in
	// news it is the company), and so are Facebook, Twitter and YouTube: named,
	// they took the place of the people who posted on them as speakers ("On
	// Twitter, she responded … by saying"). The apps the tagger reads as
	// places (Instagram, Snapchat) are in.
	{&companies, `samsung huawei xiaomi alibaba tencent baidu bytedance lenovo foxconn tsmc nvidia
		qualcomm intel microsoft google ibm cisco siemens bosch toyota honda nissan hyundai volkswagen renault
		peugeot stellantis nestle nestlé unilever pfizer moderna astrazeneca novartis sanofi glaxosmithkline
		bayer basf boeing airbus lockheed raytheon netflix spotify uber lyft airbnb paypal ebay walmart costco
		starbucks nike adidas sony panasonic nintendo aramco gazprom rosneft exxonmobil exxon chevron glencore
		hsbc barclays citigroup jpmorgan ubs vodafone ericsson nokia heineken carlsberg ikea volvo openai anthropic
		instagram tiktok snapchat kroger ticketmaster apple`},
	// indexWords follow an exchange's name when it names a share index.
	{&indexWords, `composite index 100`},
}
