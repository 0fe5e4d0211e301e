package annotate

import (
	"github.com/newsroom-tools/annotator/internal/ner"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// findEntities fills the entity layer and groups its mentions into clusters.
func findEntities(d *Document) {
	m, err := ner.Default()
	if err != nil {
		return // no model in this build: no names
	}
	var s ner.Scratch
	var words []string
	for _, sent := range d.Sentences {
		words = words[:0]
		for _, t := range d.Tokens[sent.First:sent.Last] {
			words = append(words, t.Of(d.Text))
		}
		labels := m.Tag(words, &s)
		for _, mn := range ner.Mentions(labels) {
			span := Span{d.Tokens[sent.First+mn.Start].Start, d.Tokens[sent.First+mn.End-1].End}
			d.Entities = append(d.Entities, Entity{Span: span, Kind: entityKind(mn.Kind), Cluster: -1})
		}
	}
	propagateNames(d)
	clusterEntities(d)
}

// entityKind maps the tagger's kinds to the document's.
func entityKind(k ner.Kind) EntityKind {
	switch k {
	case ner.ORG:
		return Organization
	case ner.LOC:
		return Place
	}
	return Person
}

// orgHeads end organization names: "Security Council", "Apple Inc.".
var orgHeads = setOf("council", "ministry", "party", "inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.",
	"llc", "plc", "university", "agency", "bank", "company", "group", "association", "commission",
	"committee", "union", "organization", "organisation", "department", "institute", "court", "army",
	"navy", "police", "times", "post", "news", "journal", "service", "office", "foundation", "fund",
	"federation", "board", "authority", "network", "airlines", "motors", "press", "reserve", "nations",
	"forces", "front", "brigade", "church", "club", "league", "parliament", "congress", "senate",
	"assembly", "administration", "government", "center", "centre", "corporation", "industries",
	"systems", "technologies", "holdings", "partners", "guard", "bureau", "museum", "hospital",
	"school", "college", "academy", "society", "coalition", "alliance", "movement", "tribunal")

// newsAgencies are organizations that appear as credits: "(Reuters)", "(AP Photo/...)".
var newsAgencies = setOf("reuters", "ap", "afp", "upi", "bloomberg", "xinhua", "tass", "itar-tass",
	"ria", "interfax", "dpa", "efe", "ansa", "kyodo", "yonhap", "pti", "cnn", "bbc", "nbc", "abc", "cbs",
	"npr", "pbs")

// notNames are capitalised words that start sentences or headings but name nothing.
var notNames = setOf("the", "a", "an", "in", "on", "at", "by", "for", "and", "but", "or", "if", "when",
	"while", "after", "before", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
	"you", "his", "her", "their", "our", "its", "my", "your", "there", "here", "as", "so", "yet", "also",
	"with", "from", "to", "of", "use", "close", "popular", "what", "what's", "hot", "says", "said",
	"accuses", "read", "more", "related", "share", "comment", "comments", "advertisement", "photo",
	"video", "updated", "published", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.",
	"sep.", "oct.", "nov.", "dec.", "sept", "no", "yes", "not", "all", "some", "many", "most", "one",
	"two", "three", "new", "after", "despite", "however", "meanwhile", "today", "yesterday", "tomorrow",
	"western", "eastern", "northern", "southern", "force", "of", "russia's", "analyst", "secretary")

// places is a small list of countries and capitals that name places on their own.
var places = setOf("russia", "syria", "geneva", "switzerland", "moscow", "paris", "london", "washington",
	"france", "britain", "china", "europe", "egypt", "iran", "iraq", "israel", "germany", "berlin",
	"japan", "tokyo", "beijing", "india", "afghanistan", "pakistan", "ukraine", "kiev", "kyiv", "turkey",
	"america", "canada", "mexico", "brazil", "italy", "rome", "spain", "madrid", "damascus", "cairo",
	"new york", "united states", "u.s.", "u.k.", "united kingdom", "california", "texas", "florida",
	"africa", "asia", "lebanon", "jordan", "saudi arabia", "libya", "korea", "north korea",
	"south korea", "australia", "ground zero", "hong kong", "singapore", "philippines", "indonesia")

// appendSentenceEntities tags one sentence with a capitalisation chunker:
// runs of capitalised words, with connectors inside ("Bank of America"),
// typed by organization heads, acronyms, agencies, known places and titles.
func appendSentenceEntities(ents []Entity, d *Document, s Sentence) []Entity {
	text, toks := d.Text, d.Tokens
	for i := s.First; i < s.Last; i++ {
		if !isCapWord(text, toks[i]) || notNames[lower(toks[i].Of(text))] || titleWords[lower(toks[i].Of(text))] {
			continue
		}
		j := i + 1
		for j < s.Last {
			w := lower(toks[j].Of(text))
			if isCapWord(text, toks[j]) && !notNames[w] {
				j++
				continue
			}
			if (w == "of" || w == "de" || w == "for" || w == "and") && j+1 < s.Last && isCapWord(text, toks[j+1]) && isOrgLike(text, toks[j+1:s.Last]) {
				j++
				continue
			}
			break
		}
		kind, ok := classifyName(text, toks, i, j, s)
		if ok && kind == Person {
			// titles stay outside the name: "Foreign Minister Sergei Lavrov"
			for i < j-1 && (titleWords[lower(toks[i].Of(text))] || isNationality(toks[i].Of(text))) {
				i++
			}
		}
		span := Span{toks[i].Start, toks[j-1].End}
		if ok {
			ents = append(ents, Entity{Span: span, Kind: kind, Cluster: -1})
		}
		i = j - 1
	}
	return ents
}

// propagateNames marks every other mention of a name already found: a
// capitalised word equal to the last word of a person's name ("Lavrov" after
// "Sergei Lavrov") or to a whole one-word name.
func propagateNames(d *Document) {
	known := map[string]EntityKind{}
	for _, e := range d.Entities {
		name := e.Of(d.Text)
		if e.Kind == Person {
			f := strings.Fields(name)
			known[f[len(f)-1]] = Person
		}
		if !strings.Contains(name, " ") {
			if _, ok := known[name]; !ok {
				known[name] = e.Kind
			}
		}
	}
	var add []Entity
	j := 0
	for _, t := range d.Tokens {
		if t.Kind != Word {
			continue
		}
		k, ok := known[t.Of(d.Text)]
		if !ok {
			continue
		}
		for j < len(d.Entities) && d.Entities[j].End <= t.Start {
			j++
		}
		if j < len(d.Entities) && d.Entities[j].Start < t.End {
			continue // inside a name already found
		}
		add = append(add, Entity{Span: t.Span, Kind: k, Cluster: -1})
	}
	if len(add) == 0 {
		return
	}
	d.Entities = append(d.Entities, add...)
	sort.Slice(d.Entities, func(a, b int) bool { return d.Entities[a].Start < d.Entities[b].Start })
}

// isOrgLike reports whether the capitalised run at the start of toks ends in an organization head.
func isOrgLike(text string, toks []Token) bool {
	for _, t := range toks {
		if !isCapWord(text, t) {
			return false
		}
		if orgHeads[lower(t.Of(text))] {
			return true
		}
	}
	return false
}

func classifyName(text string, toks []Token, i, j int, s Sentence) (EntityKind, bool) {
	name := toks[i].Span
	name.End = toks[j-1].End
	full := lower(name.Of(text))
	last := lower(toks[j-1].Of(text))
	switch {
	case newsAgencies[full]:
		return Organization, true
	case orgHeads[last]:
		return Organization, true
	case places[full]:
		return Place, true
	case isAcronym(toks[i].Of(text)) && j == i+1:
		return Organization, true
	}
	if i > s.First && titleWords[lower(toks[i-1].Of(text))] {
		return Person, true
	}
	if j < s.Last {
		if c, ok := cueAt(toks[j].Of(text)); ok && c.speech {
			return Person, true
		}
	}
	if j-i >= 2 && j-i <= 4 && !isAcronym(toks[i].Of(text)) {
		return Person, true
	}
	return 0, false
}

// isCapWord reports whether tok is a word starting with a capital letter.
func isCapWord(text string, tok Token) bool {
	if tok.Kind != Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tok.Of(text))
	return unicode.IsUpper(r)
}

// isAcronym reports whether w is all capitals, possibly dotted: "AP", "U.N.", "NATO".
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// clusterEntities finds single-word mentions of names met in full elsewhere,
// then groups the mentions of each name: "Lavrov" joins "Sergei Lavrov", and
// "Sergey Lavrov" (a variant spelling) joins it too.
func clusterEntities(d *Document) {
	text := d.Text
	for i := range d.Entities {
		e := &d.Entities[i]
		name := e.Of(text)
		best := -1
		for c := range d.Clusters {
			if sameName(d, &d.Clusters[c], e.Kind, name) {
				best = c
			}
		}
		if best < 0 {
			d.Clusters = append(d.Clusters, Cluster{Name: name, Kind: e.Kind})
			best = len(d.Clusters) - 1
		}
		c := &d.Clusters[best]
		if len(strings.Fields(name)) > len(strings.Fields(c.Name)) {
			c.Name = name
		}
		e.Cluster = best
		c.Members = append(c.Members, i)
	}
	for ci := range d.Clusters {
		c := &d.Clusters[ci]
		if c.Kind != Person {
			continue
		}
		for _, m := range c.Members {
			if t := titleBefore(d, d.Entities[m].Span); len(t) > len(c.Title) {
				c.Title = t
			}
		}
	}
}

// sameName reports whether name (a mention of kind k) refers to cluster c.
func sameName(d *Document, c *Cluster, k EntityKind, name string) bool {
	if name == c.Name {
		return true
	}
	if k != c.Kind && !(k == Organization && c.Kind == Organization) {
		return false
	}
	cw, nw := strings.Fields(c.Name), strings.Fields(name)
	switch k {
	case Person:
		if cw[len(cw)-1] != nw[len(nw)-1] {
			return false
		}
		if len(nw) == 1 || len(cw) == 1 {
			return true
		}
		return similarFirstNames(cw[0], nw[0])
	case Organization:
		return strings.HasSuffix(c.Name, " "+name) || strings.HasSuffix(name, " "+c.Name) ||
			isAcronym(name) && initials(c.Name) == strings.ReplaceAll(name, ".", "")
	}
	return false
}

// similarFirstNames tells spelling variants ("Sergei", "Sergey") from different names.
func similarFirstNames(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 3 || len(rb) < 3 || ra[0] != rb[0] {
		return false
	}
	return editDistance(ra, rb) <= 2 && editDistance(ra, rb) < min(len(ra), len(rb))/2+1
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// initials returns the capital initials of a name's words: "United Nations" → "UN".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titleBefore returns the title written just before a person mention:
// "Russian Foreign Minister" before "Sergei Lavrov". A title is a run of title
// words, with nationality adjectives and "of" inside, holding a role noun.
func titleBefore(d *Document, name Span) string {
	i := tokenAt(d.Tokens, name.Start)
	if i <= 0 {
		return ""
	}
	j := i
	head := false
	for j > 0 {
		t := d.Tokens[j-1]
		w := t.Of(d.Text)
		lw := lower(w)
		if t.End != name.Start && strings.ContainsRune(d.Text[t.End:d.Tokens[j].Start], '\n') {
			break
		}
		switch {
		case titleWords[lw]:
			head = head || personHeads[lw]
		case lw == "of" && j < i && titleWords[lower(d.Tokens[j].Of(d.Text))]:
		case isNationality(w):
		default:
			goto done
		}
		j--
	}
done:
	for j < i && lower(d.Tokens[j].Of(d.Text)) == "of" {
		j++
	}
	if !head || j == i {
		return ""
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

// nationalitiesInI are nationality adjectives ending in -i, which first names share too.
var nationalitiesInI = setOf("Israeli", "Iraqi", "Pakistani", "Saudi", "Kuwaiti", "Qatari", "Yemeni",
	"Bangladeshi", "Omani", "Emirati", "Somali", "Thai", "Nepali", "Azerbaijani", "Afghani", "Bahraini")
