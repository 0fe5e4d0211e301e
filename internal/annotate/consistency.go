package annotate

import (
	"sort"
	"strings"
)

// makeConsistent makes the names of a document agree with one another:
//
//   - one name, one type: the mentions of a name take the type most of its
//     mentions have (rules count more than the tagger), and a single word
//     that ends a person's full name elsewhere is that person ("Lavrov");
//   - a name found once is found everywhere: every capitalised occurrence
//     of a name or a person's surname that nothing covers becomes a
//     mention, in headlines too ("KENT" after "Kent").
func (f *nameFinder) makeConsistent() {
	votes := map[string]*[4]int{} // by kind, otherName last
	vote := func(key string, k EntityKind, n int) {
		v := votes[key]
		if v == nil {
			v = new([4]int)
			votes[key] = v
		}
		v[k] += n
	}
	surnames := map[string]bool{}
	maxWords := 0
	for _, m := range f.ms {
		vote(f.key(m.first, m.last), m.kind, ruleVote(m.rule)) // the tagger's vote is 1, a rule's more
		maxWords = min(max(maxWords, m.last-m.first), maxNameWords)
		if m.kind == Person && m.last-m.first >= 2 && f.d.Tokens[m.last-1].Kind == Word {
			last := f.lower(m.last - 1)
			surnames[last] = true
			if isParticleName(f.tok(m.last - 1)) {
				surnames[last[strings.IndexByte(last, '-')+1:]] = true // "Assad" of "Bashar al-Assad"
			}
		}
		if m.kind == Organization && m.last-m.first >= 2 && orgSuffixes[f.lower(m.last-1)] {
			short := m.last - 1 // "Acme" of "Acme Inc."
			if short-m.first >= 1 && f.tok(short-1) == "," {
				short--
			}
			vote(f.key(m.first, short), Organization, 3)
		}
	}
	for s := range surnames {
		vote(s, Person, 3)
	}
	best := func(key string) (EntityKind, bool) {
		v := votes[key]
		if v == nil {
			return 0, false
		}
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
		if k, ok := best(f.key(m.first, m.last)); ok && k != m.kind && votes[f.key(m.first, m.last)][k] > votes[f.key(m.first, m.last)][m.kind] {
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
	for si, s := range f.d.Sentences {
		for i := s.First; i < s.Last; i++ {
			if covered[i] || !isCapWord(f.d.Text, f.d.Tokens[i]) || functionWords[f.lower(i)] || titleWords[f.lower(i)] {
				continue
			}
			for n := min(maxWords, s.Last-i); n >= 1; n-- {
				if covered[i+n-1] || !isCapWord(f.d.Text, f.d.Tokens[i+n-1]) {
					continue
				}
				k, ok := best(f.key(i, i+n))
				if !ok {
					continue
				}
				if n == 1 && i == s.First && !f.caps[si] && f.lowerElsewhere(f.lower(i)) {
					break // a sentence's first word that the text also writes in lower case
				}
				add = append(add, mention{first: i, last: i + n, kind: k, rule: "consistency"})
				i += n - 1
				break
			}
		}
	}
	if len(add) > 0 {
		f.ms = append(f.ms, add...)
		sort.Slice(f.ms, func(a, b int) bool { return f.ms[a].first < f.ms[b].first })
	}
}

// maxNameWords is the longest name, in words, found again elsewhere.
const maxNameWords = 8

// key returns the lower-cased words of tokens [first, last), joined by spaces.
func (f *nameFinder) key(first, last int) string {
	if last-first == 1 {
		return f.lower(first)
	}
	var b strings.Builder
	for i := first; i < last; i++ {
		if i > first {
			b.WriteByte(' ')
		}
		b.WriteString(f.lower(i))
	}
	return b.String()
}

// lowerElsewhere reports whether the document writes w in lower case somewhere.
func (f *nameFinder) lowerElsewhere(w string) bool {
	if f.lowerWords == nil {
		f.lowerWords = map[string]bool{}
		for i, t := range f.d.Tokens {
			if t.Kind == Word && !isCapWord(f.d.Text, t) {
				f.lowerWords[f.tok(i)] = true
			}
		}
	}
	return f.lowerWords[w]
}
