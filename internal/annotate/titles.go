package annotate

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// occupationWords are lower-case words for what people do that stand as a
// title before the name: "actor Miriam Hale", "cinematographer Lena
// Petrova" (occupations).
const occupationWords = `actor actress singer rapper novelist cinematographer comedian keeper substitute critic sculptor architect`

// newsTitles are the title words of newsTitleWords, which titleWords holds too.
const newsTitles = `mp mep msp mla district circuit det det. sgt boss insp insp. supt supt. dci dsi democrat cllr cllr. cr coun coun.
	marshal sheriff fire director-general garda alhaji alhaja taoiseach tánaiste td miss engr engr. atty atty. cpl cpl. corporal barrister cabinet magistrate mk datuk dato datin madam ` + occupationWords

// IsTitleWord reports whether w (any case) is a word of a person's title,
// such as "President", "Mr." or "Minister". Training uses it to move titles
// out of the person names in its data.
func IsTitleWord(w string) bool { l := lower(w); return titleWords[l] && !newsTitleWords[l] }

// titleBefore returns the title written just before a person mention:
// "Russian Foreign Minister" before "Sergei Lavrov". A title is a run of title
// words, with nationality adjectives and "of" inside, holding a role noun.
// lows holds each token's text in lower case.
func titleBefore(d *Document, lows []string, name Span) string {
	i := tokenAt(d.Tokens, name.Start)
	if i <= 0 {
		return ""
	}
	if t := titleRun(d, lows, name, i); t != "" {
		return t
	}
	// an appositive, closed after the name: "Castleford's coach, Anna
	// Berg, said", "its medical director, Sarah Quinn, told", "they met the
	// minister, Ann Lee." (in "When she met the coach, Ann Lee smiled" the
	// name opens a clause of its own)
	if i < 3 || lows[i-1] != "," {
		return ""
	}
	after := sort.Search(len(d.Tokens), func(t int) bool { return d.Tokens[t].Start >= name.End })
	if after < len(lows) && !appositiveClosers[lows[after]] {
		return ""
	}
	k, head := i-1, false
	if j := k; j > 3 {
		// the remit after the title: "the Minister for Housing, Ciarán Mac
		// Lochlainn", "the Secretary of State for Health, …"
		for j > k-3 && j > 2 && isUpperStart(d.Tokens[j-1].Of(d.Text)) && !titleWords[lows[j-1]] {
			j--
		}
		if j < k && (lows[j-1] == "for" || lows[j-1] == "of") && titleWords[lows[j-2]] {
			k = j - 1
		}
	}
	for k > 0 && (titleWords[lows[k-1]] || isNationality(d.Tokens[k-1].Of(d.Text))) {
		head = head || personHeads[lows[k-1]]
		k--
	}
	opens := func(t int) bool {
		return t >= 0 && (appositiveOpeners[lows[t]] || strings.HasSuffix(lows[t], "'s") || strings.HasSuffix(lows[t], "’s"))
	}
	switch {
	case !head:
		return ""
	case opens(k - 1):
	case k >= 2 && opens(k-2) && isLowerWord(d.Tokens[k-1].Of(d.Text)):
		k-- // "its medical director"
	default:
		return ""
	}
	return d.Text[d.Tokens[k].Start:d.Tokens[i-2].End]
}

// openingWord reports whether span is one word, not in capitals, that opens
// its sentence: "Political analyst David Bositis" names no body, where
// "FBI Director James Comey" does.
func openingWord(d *Document, span Span) bool {
	w := span.Of(d.Text)
	if strings.ContainsAny(w, " -") || isAcronym(w) {
		return false
	}
	i := sentenceIndex(d, span.Start)
	return i < len(d.Sentences) && d.Sentences[i].Start == span.Start
}

// isLowerWord reports whether w is a word in lower-case letters.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// titleRun is titleBefore's run of title words ending at token i, where
// name starts.
func titleRun(d *Document, lows []string, name Span, i int) string {
	j := i
	head := false
	for j > 0 {
		t := d.Tokens[j-1]
		w, lw := t.Of(d.Text), lows[j-1]
		if t.End != name.Start && strings.ContainsRune(d.Text[t.End:d.Tokens[j].Start], '\n') {
			break
		}
		switch {
		case titleWords[lw]:
			head = head || personHeads[lw]
		case lw == "of" && j < i && titleWords[lows[j]]:
		case lw == "county" && j < i && titleWords[lows[j]] && j >= 2 && titleWords[lows[j-2]]:
			// "Deputy County Attorney Simone Achterberg" (but "Tillery County
			// Fairgrounds" holds no title)
		case isNationality(w):
		default:
			goto done
		}
		j--
	}
done:
	for j < i && lows[j] == "of" {
		j++
	}
	if !head || j == i {
		return ""
	}
	if j > 0 && d.Tokens[j-1].End == d.Tokens[j].Start-1 {
		// the body the title is of, named before it: "European Council
		// President", "Tucson Police Department spokesman"
		if k := entityEndingAt(d.Entities, d.Tokens[j-1].End); k >= 0 && d.Entities[k].Kind == Organization &&
			!strings.Contains(d.Entities[k].Of(d.Text), "\n") && !openingWord(d, d.Entities[k].Span) {
			return d.Text[d.Entities[k].Start:d.Tokens[i-1].End]
		}
	}
	return d.Text[d.Tokens[j].Start:d.Tokens[i-1].End]
}

// isNationality reports whether w looks like a nationality or country
// adjective: "Russian", "U.S.", "French", "Syrian", "British".
func isNationality(w string) bool {
	if isAcronym(w) && strings.Contains(w, ".") {
		return true // U.S., U.K., U.N.
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if nationalitiesInI[w] {
		return true
	}
	for _, suf := range []string{"an", "ese", "ish", "ch"} {
		if strings.HasSuffix(w, suf) && len(w) > 3 {
			return true
		}
	}
	return false
}

// The word lists of this file's rules, each built at start-up from its
// entry in titlesLists (see wordSets).
var titleWords, newsTitleWords, personHeads, honorifics, appositiveClosers, appositiveOpeners, nationalitiesInI map[string]bool

var titlesLists = wordSets{
	// titleWords are words that make up a person's title before the name:
	// "Russian Foreign Minister Sergei Lavrov", "U.S. Secretary of State John Kerry".
	// Lower-case keys; a title is a run of these, nationality adjectives and
	// "of"/"the" inside, ending just before the name.
	{&titleWords, `president minister secretary chancellor senator sen. rep. representative gov. governor mayor
		king queen prince princess pope general gen. colonel col. lt. lieutenant major maj. captain
		capt. sergeant sgt. admiral adm. commander judge justice chairman chairwoman chair director
		commissioner ambassador envoy spokesman spokeswoman spokesperson premier ceo cfo coo chief
		officer executive mr. mrs. ms. dr. prof. professor foreign prime defense defence interior
		finance deputy vice former acting state attorney operating financial leader speaker sheikh
		ayatollah cardinal archbishop bishop rev. reverend father rabbi imam lord lady sir dame emperor
		sultan emir crown opposition party house senate majority minority whip trade economy economic
		health education energy justice labor labour home affairs treasury homeland security national
		adviser advisor coach manager founder co-founder analyst economist head superintendent inspector
		detective officer constable agent minister-president vice-president secretary-general
		undersecretary under-secretary assistant associate special senior top spokesperson congressman
		congresswoman councilman councilwoman councillor alderman lawmaker legislator candidate nominee
		presidential democratic republican gop sen rep gov dr mr mrs ms prof rev ` + newsTitles},
	// newsTitleWords are title words the rules know that the tagger's training
	// did not move out of the names in its data: "Norfolk MP Chloe Smith",
	// "U.S. District Judge Ana Ruiz", "Det Sgt Sarah Khan", "Det Garda Ciarán Moloney", "Tesco boss Ken Murphy", "actor Miriam
	// Hale", "Democrat Elena Alvarez", "WHO Director-General Tedros Adhanom
	// Ghebreyesus". IsTitleWord leaves them out, so that the
	// model stays what make model builds.
	{&newsTitleWords, newsTitles},
	// personHeads are title words that name a role on their own and so end a
	// title: "Minister" in "Foreign Minister", not "Foreign" or "Deputy".
	{&personHeads, `president minister secretary chancellor senator sen. representative rep. governor gov. mayor
		king queen prince princess pope general gen. colonel col. lieutenant lt. major maj. captain
		capt. sergeant sgt. admiral adm. commander judge justice magistrate chairman chairwoman chair director
		commissioner ambassador envoy spokesman spokeswoman spokesperson premier ceo cfo coo chief
		officer mr. mrs. ms. dr. prof. professor leader speaker sheikh ayatollah cardinal archbishop
		bishop rev. reverend rabbi imam lord lady sir dame emperor sultan emir adviser advisor coach
		manager founder co-founder analyst economist head superintendent inspector detective constable
		agent secretary-general undersecretary congressman congresswoman councilman councilwoman
		councillor alderman lawmaker legislator candidate nominee attorney mr mrs ms dr prof rev mp mep msp mla mk sgt insp insp. garda alhaji alhaja engr engr. atty atty. cpl cpl. corporal
		supt supt. dci dsi director-general sheriff taoiseach tánaiste td miss cr cllr cllr. coun coun. ` + occupationWords},
	// honorifics are titles that never form part of the name after them.
	{&honorifics, `mr. mrs. ms. dr. prof. mr mrs ms miss dr prof sir dame lord lady alhaji alhaja cr cllr cllr. coun coun. datuk dato datin madam`},
	// appositiveClosers may follow a name set off by a comma after its title.
	{&appositiveClosers, `, . ; : ) —`},
	// appositiveOpeners open a title set off before a name by a comma.
	{&appositiveOpeners, `the a an its his her their our 's ’s`},
	// nationalitiesInI are nationality adjectives ending in -i, which first names share too.
	{&nationalitiesInI, `Israeli Iraqi Pakistani Saudi Kuwaiti Qatari Yemeni Bangladeshi Omani Emirati Somali Thai Nepali
		Azerbaijani Afghani Bahraini`},
}
