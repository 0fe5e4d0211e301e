package train

import (
	"sort"
	"strings"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/ner"
)

// CleanGMB turns GMB's silver tags (geo, gpe, org, per, tim, art, eve, nat)
// into PER/ORG/LOC names as CoNLL guidelines draw them:
//
//   - per → PER, with titles and honorifics moved out of the name
//     ("President Bush" → "Bush", "Mr. Annan" → "Annan");
//   - org → ORG, geo → LOC;
//   - gpe → LOC only for a proper noun that GMB also tags geo elsewhere
//     ("Nepal"); nationalities ("British", "Iraqis") are not names;
//   - art, eve, nat → MISC, and so are the nationalities (gpe adjectives
//     and plural nouns), as CoNLL has them; tim → O;
//   - GMB's organization/place confusions ("U.N." as geo) are settled by
//     the list of organizations, else by majority: a name tagged both ways
//     takes the type it has most often;
//   - a name of several words that GMB tags whole at least three times is
//     made whole where it is tagged in pieces ("Sri"/per "Lanka"/gpe →
//     "Sri Lanka"/LOC), when no longer name holds it.
//
// Tags arrive in GMB's raw form and leave as IOB2 over PER, ORG, LOC.
func CleanGMB(sents []Raw) []Raw {
	geoWords := map[string]bool{}
	for _, s := range sents {
		for i, t := range s.Tags {
			if strings.HasSuffix(t, "-geo") {
				geoWords[s.Tokens[i]] = true
			}
		}
	}
	names := make([][]gmbName, len(sents))
	counts := map[string]*[3]int{} // name → ORG, LOC counts (index by kind)
	for si, s := range sents {
		for _, m := range gmbSpans(s.Tags) {
			start, end, typ := m.start, m.end, m.typ
			kind := ""
			switch typ {
			case "per":
				for start < end && (annotate.IsTitleWord(s.Tokens[start]) || startsLower(s.Tokens[start])) {
					start++
				}
				kind = "PER"
			case "org":
				kind = "ORG"
			case "geo":
				kind = "LOC"
			case "gpe":
				proper := true
				for i := start; i < end; i++ {
					if !strings.HasPrefix(s.POS[i], "NNP") || s.POS[i] == "NNPS" || !geoWords[s.Tokens[i]] {
						proper = false
					}
				}
				if proper {
					kind = "LOC"
				} else {
					kind = "MISC"
				}
			case "art", "eve", "nat":
				kind = "MISC"
			}
			if kind == "" || start >= end {
				continue
			}
			names[si] = append(names[si], gmbName{start, end, kind})
			if kind == "ORG" || kind == "LOC" {
				key := strings.Join(s.Tokens[start:end], " ")
				c := counts[key]
				if c == nil {
					c = new([3]int)
					counts[key] = c
				}
				if kind == "ORG" {
					c[0]++
				} else {
					c[1]++
				}
			}
		}
	}
	mendPieces(sents, names)
	out := make([]Raw, len(sents))
	for si, s := range sents {
		tags := make([]string, len(s.Tokens))
		for i := range tags {
			tags[i] = "O"
		}
		for _, n := range names[si] {
			kind := n.kind
			if kind == "ORG" || kind == "LOC" {
				name := strings.Join(s.Tokens[n.start:n.end], " ")
				c := counts[name]
				switch {
				case c == nil: // a name made whole by mendPieces
				case ner.IsOrganization(name):
					kind = "ORG"
				case c[0] > c[1]:
					kind = "ORG"
				case c[1] > c[0]:
					kind = "LOC"
				}
			}
			tags[n.start] = "B-" + kind
			for i := n.start + 1; i < n.end; i++ {
				tags[i] = "I-" + kind
			}
		}
		out[si] = Raw{Tokens: s.Tokens, Tags: tags, POS: s.POS, Doc: si}
	}
	return out
}

type gmbName struct {
	start, end int
	kind       string
}

type gmbSpan struct {
	start, end int
	typ        string
}

// gmbSpans reads IOB2 tags with GMB's lower-case types.
func gmbSpans(tags []string) []gmbSpan {
	var out []gmbSpan
	start, typ := -1, ""
	for i, t := range tags {
		inside := len(t) > 2 && t[1] == '-'
		begin := inside && t[0] == 'B'
		tt := ""
		if inside {
			tt = t[2:]
		}
		if start >= 0 && (!inside || begin || tt != typ) {
			out = append(out, gmbSpan{start, i, typ})
			start = -1
		}
		if inside && start < 0 {
			start, typ = i, tt
		}
	}
	if start >= 0 {
		out = append(out, gmbSpan{start, len(tags), typ})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

func startsLower(w string) bool { return w != "" && 'a' <= w[0] && w[0] <= 'z' }

// mendPieces makes whole the names of several words that are tagged in
// pieces, using the names tagged whole at least three times.
func mendPieces(sents []Raw, names [][]gmbName) {
	dict := map[string]map[string]int{} // words → kind → times tagged whole
	maxLen := 0
	for si, s := range sents {
		for _, n := range names[si] {
			if n.end-n.start < 2 {
				continue
			}
			key := strings.Join(s.Tokens[n.start:n.end], " ")
			if dict[key] == nil {
				dict[key] = map[string]int{}
			}
			dict[key][n.kind]++
			maxLen = max(maxLen, n.end-n.start)
		}
	}
	best := func(key string) (string, bool) {
		kinds := dict[key]
		bk, bn, total := "", 0, 0
		for _, k := range []string{"PER", "ORG", "LOC", "MISC"} {
			total += kinds[k]
			if kinds[k] > bn {
				bk, bn = k, kinds[k]
			}
		}
		return bk, total >= 3
	}
	for si, s := range sents {
		ns := names[si]
		for i := 0; i < len(s.Tokens); i++ {
			for n := min(maxLen, len(s.Tokens)-i); n >= 2; n-- {
				kind, ok := best(strings.Join(s.Tokens[i:i+n], " "))
				if !ok {
					continue
				}
				inside, exact, outside := false, false, false
				for _, m := range ns {
					switch {
					case m.start == i && m.end == i+n:
						exact = true
					case m.start >= i && m.end <= i+n:
						inside = true
					case m.start < i+n && i < m.end:
						outside = true
					}
				}
				if exact || !inside || outside {
					break
				}
				kept := ns[:0:0]
				for _, m := range ns {
					if m.end <= i || m.start >= i+n {
						kept = append(kept, m)
					}
				}
				ns = append(kept, gmbName{i, i + n, kind})
				i += n - 1
				break
			}
		}
		names[si] = ns
	}
}

// GMBNationalities counts, in raw GMB sentences, the words tagged gpe as
// adjectives or plural nouns: the nationalities and peoples ("Russian",
// "Iraqis"), lower-cased.
func GMBNationalities(sents []Raw) map[string]int {
	out := map[string]int{}
	for _, s := range sents {
		for i, t := range s.Tags {
			if strings.HasSuffix(t, "-gpe") && (s.POS[i] == "JJ" || s.POS[i] == "NNS" || s.POS[i] == "NNPS") {
				out[strings.ToLower(s.Tokens[i])]++
			}
		}
	}
	return out
}
