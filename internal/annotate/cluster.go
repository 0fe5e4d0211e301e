package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/ner"
)

// clusterEntities finds single-word mentions of names met in full elsewhere,
// then groups the mentions of each name: "Lavrov" joins "Sergei Lavrov", and
// "Sergey Lavrov" (a variant spelling) joins it too. lows holds each
// token's text in lower case.
func clusterEntities(d *Document, lows []string) {
	text := d.Text
	// the clusters a name may join, by the keys sameName can match on
	// (the whole name, its last word, its initials), so that each mention
	// is compared with a few clusters and not with all: each key leads to
	// the last cluster added under it, which leads to the one before
	var idx clusterIndex
	idx.last = make(map[nameKey]int32, 2*len(d.Entities))
	var buf [32]byte
	addKeys := func(c int) {
		name := d.Clusters[c].Name
		idx.add(nameKey{byName, name}, c)
		last := lastWord(name)
		idx.add(nameKey{byLastWord, last}, c)
		if r, n := utf8.DecodeRuneInString(last); d.Clusters[c].Kind == Organization && unicode.IsLower(r) && len(last) < len(name) {
			// "Council" (opening "Council leader Mark Fenwick") finds "Eastbridge council"
			idx.add(nameKey{byLastWord, string(unicode.ToUpper(r)) + last[n:]}, c)
		}
		if in := appendInitials(buf[:0], name); len(in) > 0 {
			idx.add(nameKey{byInitials, string(in)}, c)
		}
		if first, _, n := fields(name); n > 1 && d.Clusters[c].Kind == Person {
			idx.add(nameKey{byFirstName, first}, c)
			if n == 3 {
				// "Mok" of "Andrew Mok Tsz-hin" (a Hong Kong name: an English
				// given name, the family name, the Chinese given name),
				// "Ferrer" of "Lucía Ferrer Ibáñez" (a Spanish name: the
				// father's surname, then the mother's)
				idx.add(nameKey{byFirstName, strings.Fields(name)[1]}, c)
			}
		}
		if base, ok := withoutOrgSuffix(name); ok && d.Clusters[c].Kind == Organization {
			idx.add(nameKey{byName, base}, c) // "Brightwave" finds "Brightwave Inc."
			for short, ok := withoutOrgSuffix(base); ok && orgSuffixes[lower(lastWord(name))]; short, ok = withoutOrgSuffix(short) {
				// "Sahyadri Auto" finds "Sahyadri Auto Components Ltd",
				// "Kizuna" "Kizuna Financial Group Inc."
				idx.add(nameKey{byName, short}, c)
			}
		}
	}
	// each cluster's mentions so far, and the number of words of its name
	seen := make([]struct{ mentions, words int }, 0, len(d.Entities))
	var aliases map[string]int // acronyms defined in brackets → the cluster of the name before
	for i := range d.Entities {
		e := &d.Entities[i]
		name := e.Of(text)
		_, _, nameWords := fields(name)
		best := -1
		keys := [4]nameKey{{byName, name}, {byLastWord, lastWord(name)}}
		n := 2
		if isAcronym(name) {
			keys[n] = nameKey{byInitials, withoutDots(name)}
			n++
		}
		if base, ok := withoutOrgSuffix(name); ok && e.Kind == Organization {
			keys[n] = nameKey{byName, base} // "Brightwave Inc." finds "Brightwave"
			n++
		}
		sex, bestAgrees := 0, false // the gender a title before a surname asks for: "Mrs Holloway"
		if e.Kind == Person && nameWords == 1 {
			if t := tokenAt(d.Tokens, e.Start); t > 0 && maleTitles[lows[t-1]] {
				sex = 1
			} else if t > 0 && femaleTitles[lows[t-1]] {
				sex = -1
			}
		}
		for _, k := range keys[:n] {
			for at := idx.first(k); at >= 0; at = idx.nodes[at].next {
				// a surname two people share stands for the one named more
				// often so far, the story's subject; or else the last named;
				// never for one whose given name the title before it denies
				// ("Mrs Holloway" is not Gareth Holloway)
				c := int(idx.nodes[at].cluster)
				agrees := false
				if first, _, words := fields(d.Clusters[c].Name); sex != 0 && words > 1 {
					g := sex * ner.GivenNameGender(first)
					if g < 0 || bestAgrees && g == 0 {
						continue
					}
					agrees = g > 0
				}
				if agrees && !bestAgrees {
					best, bestAgrees = -1, true // "Mrs Holloway" is Margaret Holloway before any Holloway
				}
				if (best < 0 || seen[c].mentions > seen[best].mentions || seen[c].mentions == seen[best].mentions && c > best) && sameName(d, &d.Clusters[c], e.Kind, name) {
					best = c
				}
			}
		}
		if best < 0 && e.Kind == Person && nameWords == 1 {
			// "Steve will continue to serve Apple" after "Steve Jobs": a first
			// name alone stands for the one person named in full with it
			if at := idx.first(nameKey{byFirstName, name}); at >= 0 && idx.nodes[at].next < 0 {
				best = int(idx.nodes[at].cluster)
			}
		}
		if best < 0 && e.Kind == Organization && (isAcronym(name) || isMixedAcronym(name)) {
			if c, ok := aliases[name]; ok {
				best = c
			} else if i > 0 && d.Entities[i-1].Kind == Organization && text[d.Entities[i-1].End:e.Start] == " (" && strings.HasPrefix(text[e.End:], ")") {
				// "the National Disaster Mitigation Agency (BNPB)": an acronym
				// in brackets after a body's name stands for it, whatever its letters
				best = d.Entities[i-1].Cluster
				if aliases == nil {
					aliases = map[string]int{}
				}
				aliases[name] = best
			}
		}
		if best < 0 {
			d.Clusters = append(d.Clusters, Cluster{Name: name, Kind: e.Kind})
			best = len(d.Clusters) - 1
			addKeys(best)
			seen = append(seen, struct{ mentions, words int }{0, nameWords})
		}
		seen[best].mentions++
		if nameWords > seen[best].words {
			d.Clusters[best].Name, seen[best].words = name, nameWords
			addKeys(best)
		}
		e.Cluster = best
	}
	// each cluster's members, in order, in one array
	counts := make([]int, len(d.Clusters)+1)
	for _, e := range d.Entities {
		counts[e.Cluster+1]++
	}
	for c := range d.Clusters {
		counts[c+1] += counts[c]
	}
	members := make([]int, len(d.Entities))
	for c := range d.Clusters {
		d.Clusters[c].Members = members[counts[c]:counts[c]:counts[c+1]]
	}
	for i, e := range d.Entities {
		c := &d.Clusters[e.Cluster]
		c.Members = append(c.Members, i)
	}
	for ci := range d.Clusters {
		c := &d.Clusters[ci]
		if c.Kind != Person {
			continue
		}
		for _, m := range c.Members {
			if t := titleBefore(d, lows, d.Entities[m].Span); len(t) > len(c.Title) {
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
	switch k {
	case Person:
		cFirst, cLast, cn := fields(c.Name)
		nFirst, nLast, nn := fields(name)
		if surname(cLast) != surname(nLast) {
			return false
		}
		if nn == 1 || cn == 1 {
			return true
		}
		if nn < cn && hasWordSuffix(c.Name, name) {
			return true // two surnames, as Spanish names have: "Montes Villaseñor" of "Aurelia Montes Villaseñor"; "Van der Merwe" of "Annelie van der Merwe"
		}
		return similarFirstNames(cFirst, nFirst)
	case Organization:
		if base, ok := withoutOrgSuffix(c.Name); ok && (base == name || orgSuffixes[lower(lastWord(c.Name))] && withoutOrgSuffixIs(base, name)) {
			return true // "Brightwave" of "Brightwave Inc.", "Sahyadri Auto" of "Sahyadri Auto Components Ltd"
		}
		if base, ok := withoutOrgSuffix(name); ok && base == c.Name {
			return true
		}
		return hasWordSuffix(c.Name, name) || hasWordSuffix(name, c.Name) ||
			isAcronym(name) && string(appendInitials(make([]byte, 0, 32), c.Name)) == withoutDots(name)
	}
	return false
}

// hasWordSuffix reports whether name ends in the words of short, in any
// case: "Eastbridge council" ends in "Council".
func hasWordSuffix(name, short string) bool {
	return len(name) > len(short) && name[len(name)-len(short)-1] == ' ' && lower(name[len(name)-len(short):]) == lower(short)
}

// withoutOrgSuffix returns a company's name without the suffix or the
// word for its trade that ends it, and a club's without the word that
// ends it ("Brightwave Inc.", "Acme, Ltd.", "Norvik Industries",
// "Hallbrook Rovers" → "Brightwave", "Acme", "Norvik", "Hallbrook").
func withoutOrgSuffix(name string) (string, bool) {
	last := lastWord(name)
	l := lower(last)
	if base := strings.TrimSuffix(name, " "+last); policeForces[l] && lower(lastWord(base)) == "police" {
		return base, true // "Spokane Police" of "Spokane Police Department"
	}
	if len(last) == len(name) || !orgSuffixes[l] && !tradeWord(l) && !clubSuffixes[l] {
		return "", false
	}
	return strings.TrimRight(name[:len(name)-len(last)], " ,"), true
}

// tradeWord reports whether w, lower-cased, is a word for a company's
// trade that ends its name and that news leaves out for the short form:
// the companyHeads, and "financial" ("Kizuna" of "Kizuna Financial"),
// which the name rules may not take for a head ("Hong Kong Financial
// Secretary").
func tradeWord(w string) bool { return companyHeads[w] || w == "financial" }

// policeForces end a police force's name after "Police", which the text
// may leave out: "Spokane Police Department", "Police Service".
var policeForces = wordSet(`department service force`)

// withoutOrgSuffixIs reports whether name without the words that end it
// (withoutOrgSuffix, once or more) is short: "Sahyadri Auto Components",
// "Sahyadri Auto"; "Kizuna Financial Group", "Kizuna".
func withoutOrgSuffixIs(name, short string) bool {
	for base, ok := withoutOrgSuffix(name); ok; base, ok = withoutOrgSuffix(base) {
		if base == short {
			return true
		}
	}
	return false
}

// A clusterIndex lists the clusters under each nameKey, as linked lists
// in one slice, so that a key costs no slice of its own.
type clusterIndex struct {
	last  map[nameKey]int32 // the last node added under each key
	nodes []clusterNode
}

type clusterNode struct {
	cluster, next int32 // next is the node added before it under its key, or -1
}

// first returns the node added last under k, or -1.
func (x *clusterIndex) first(k nameKey) int32 {
	if at, ok := x.last[k]; ok {
		return at
	}
	return -1
}

// add lists cluster c under k, unless it is the last listed there.
func (x *clusterIndex) add(k nameKey, c int) {
	if k.text == "" {
		return
	}
	at := x.first(k)
	if at >= 0 && x.nodes[at].cluster == int32(c) {
		return
	}
	x.nodes = append(x.nodes, clusterNode{int32(c), at})
	x.last[k] = int32(len(x.nodes) - 1)
}

// A nameKey is a key of the index of clusters: a name, a last word or
// initials, by what it is.
type nameKey struct {
	by   uint8
	text string
}

const (
	byName = iota
	byLastWord
	byInitials
	byFirstName // a person's first name, for a person named in full
)

// fields returns the first and the last of the fields strings.Fields cuts s
// into, and how many there are, without allocating.
func fields(s string) (first, last string, n int) {
	start := -1
	for i, r := range s {
		if !isSpaceRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if n == 0 {
				first = s[start:i]
			}
			last, n, start = s[start:i], n+1, -1
		}
	}
	if start >= 0 {
		if n == 0 {
			first = s[start:]
		}
		last, n = s[start:], n+1
	}
	return first, last, n
}

// isSpaceRune is unicode.IsSpace, with ASCII first: the spaces fields cuts at.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
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

// appendInitials appends the capital initials of a name's words to b:
// "United Nations" → "UN".
func appendInitials(b []byte, name string) []byte {
	start := true // at the start of a word
	for _, r := range name {
		if unicode.IsSpace(r) {
			start = true
			continue
		}
		if start && unicode.IsUpper(r) {
			b = utf8.AppendRune(b, r)
		}
		start = false
	}
	return b
}

// withoutDots is name without its full stops: "U.N." → "UN".
func withoutDots(name string) string {
	if strings.IndexByte(name, '.') < 0 {
		return name
	}
	b := make([]byte, 0, len(name))
	for i := 0; i < len(name); i++ {
		if name[i] != '.' {
			b = append(b, name[i])
		}
	}
	return string(b)
}

// lastWord returns the last space-separated word of name, without a
// particle: "Assad" for "Bashar al-Assad".
func lastWord(name string) string {
	return surname(name[strings.LastIndexByte(name, ' ')+1:])
}

// surname returns w without a particle before a hyphen: "al-Assad" → "Assad".
func surname(w string) string {
	if isParticleName(w) {
		return w[strings.IndexByte(w, '-')+1:]
	}
	return w
}
