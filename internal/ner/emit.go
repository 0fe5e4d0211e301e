package ner

// Emission scores, the way Tag computes them.
//
// A token's score for a label is the sum, over its numTemplates features,
// of the weight rows the features select (features.go). Most templates look
// at one word only: the token's own word ("tWord", "tSuf3"), or the word one
// or two places before or after it ("tLowM1", "tWordP1"). The rows those
// templates select depend on that word and the place it stands in, and on
// nothing else, so their sum is worked out once per distinct word and kept
// in a wordCache: a word's self sum, and its sums as the previous word, the
// next word, and the words two before and two after. A token then adds five
// cached sums and the rows of the templates that look at two or three words,
// at the sentence or at the lists of places and organizations, which are
// computed token by token as Features computes them. Integer sums do not
// depend on the order of their terms, so the scores are exactly those of
// the features Features returns (TestEmissionsMatchFeatures).

// The places a word's cached sums are for.
const (
	roleSelf  = iota // the token's own word
	rolePrev         // the word before the token
	roleNext         // the word after it
	rolePrev2        // two before
	roleNext2        // two after
	numRoles
)

// roleTemplates lists, for each role, the templates whose value is a hash
// of that one word's token: the value roleValue gives.
var roleTemplates = [numRoles][]int{
	roleSelf:  {tBias, tWord, tLow, tShape, tPre1, tPre2, tPre3, tPre4, tSuf1, tSuf2, tSuf3, tSuf4, tFine, tNation, tCluster},
	rolePrev:  {tLowM1, tWordM1, tShapeM1, tClusterM1},
	roleNext:  {tLowP1, tWordP1, tShapeP1, tClusterP1, tCasingP1},
	rolePrev2: {tLowM2},
	roleNext2: {tLowP2},
}

// roleValue returns the value template k hashes for token t, when k is one
// of roleTemplates: the same expression as in Featurizer.features.
func roleValue(k int, t *token) uint64 {
	switch k {
	case tBias:
		return 0
	case tWord, tWordM1, tWordP1:
		return t.word
	case tLow, tLowM1, tLowP1, tLowM2, tLowP2:
		return t.low
	case tShape, tShapeM1, tShapeP1:
		return t.shape
	case tPre1, tPre2, tPre3, tPre4:
		return t.pre[k-tPre1]
	case tSuf1, tSuf2, tSuf3, tSuf4:
		return t.suf[k-tSuf1]
	case tFine:
		return t.fine
	case tNation:
		return t.nation<<8 | t.caps
	case tCluster, tClusterM1, tClusterP1:
		return t.cls
	case tCasingP1:
		// features uses hEnd after the last word; the stand-in there has
		// casing 0 and caps hEnd, which gives hEnd too
		return t.casing<<8 | t.caps
	}
	panic("ner: template not looking at one word")
}

// A rowSum is the sum of some packed weight rows (see Model.pack) and how
// many rows it holds: each row adds 128 to every lane.
type rowSum struct {
	v [packedWords]uint64
	n int32
}

func (s *rowSum) add(row *[packedWords]uint64) {
	for w := range s.v {
		s.v[w] += row[w]
	}
	s.n++
}

func (s *rowSum) addSum(o *rowSum) {
	for w := range s.v {
		s.v[w] += o.v[w]
	}
	s.n += o.n
}

// A wordEntry is what Tag keeps of one distinct word.
type wordEntry struct {
	tok      token
	sums     [numRoles]rowSum
	headline [2]uint32 // the feature id of tHeadline outside and inside a headline
}

// A wordCache maps words to their entries. It is an open-addressing hash
// table keyed by the word's FNV hash (which hashToken needs anyway), the
// words kept in one byte buffer so that adding one allocates nothing once
// the buffers have grown. Entries 0 and 1 are the stand-ins before and
// after a sentence.
type wordCache struct {
	model   *Model // the model the sums are of
	slots   []slot // a power of two of them, at most half full
	entries []wordEntry
	spans   [][2]int32 // each entry's word in text, [start, end)
	text    []byte
}

type slot struct {
	hash  uint64
	entry int32 // index into entries, or -1 when free
}

const (
	entryStart = 0 // the stand-in before a sentence
	entryEnd   = 1 // the stand-in after it
	// maxCachedWords bounds the cache: a Scratch about to hold more
	// distinct words than this starts afresh (between sentences), so that
	// its memory stays bounded (about 400 bytes a word) however much text
	// it tags. A news article has a few hundred distinct words.
	maxCachedWords = 1 << 15
)

// reset empties the cache and makes it one of m's.
func (c *wordCache) reset(m *Model) {
	c.model = m
	if len(c.slots) == 0 {
		c.slots = make([]slot, 1024)
	}
	for i := range c.slots {
		c.slots[i] = slot{entry: -1}
	}
	c.entries = c.entries[:0]
	c.spans = c.spans[:0]
	c.text = c.text[:0]
	for _, h := range []uint64{hStart, hEnd} {
		c.entries = append(c.entries, wordEntry{tok: edgeToken(h)})
		c.spans = append(c.spans, [2]int32{})
		m.fillEntry(&c.entries[len(c.entries)-1])
	}
}

// lookup returns the index of w's entry, adding it when w is new.
func (c *wordCache) lookup(w string, s *Scratch) int32 {
	h := hashString(w)
	mask := uint64(len(c.slots) - 1)
	for i := h * 0x9e3779b97f4a7c15 >> 32 & mask; ; i = (i + 1) & mask {
		sl := c.slots[i]
		if sl.entry < 0 {
			break
		}
		if sl.hash == h {
			sp := c.spans[sl.entry]
			if string(c.text[sp[0]:sp[1]]) == w {
				return sl.entry
			}
		}
	}
	if 2*(len(c.entries)+1) > len(c.slots) {
		c.grow()
	}
	e := int32(len(c.entries))
	c.entries = append(c.entries, wordEntry{})
	c.spans = append(c.spans, [2]int32{int32(len(c.text)), int32(len(c.text) + len(w))})
	c.text = append(c.text, w...)
	c.insert(h, e)
	en := &c.entries[e]
	c.model.hashToken(w, &en.tok, s)
	en.tok.listed = listedFirst(en.tok.low)
	c.model.fillEntry(en)
	return e
}

func (c *wordCache) insert(h uint64, e int32) {
	mask := uint64(len(c.slots) - 1)
	i := h * 0x9e3779b97f4a7c15 >> 32 & mask
	for c.slots[i].entry >= 0 {
		i = (i + 1) & mask
	}
	c.slots[i] = slot{h, e}
}

// grow doubles the table.
func (c *wordCache) grow() {
	old := c.slots
	c.slots = make([]slot, 2*len(old))
	for i := range c.slots {
		c.slots[i].entry = -1
	}
	for _, sl := range old {
		if sl.entry >= 0 {
			c.insert(sl.hash, sl.entry)
		}
	}
}

// fillEntry works out the sums of e's word, whose token is filled.
func (m *Model) fillEntry(e *wordEntry) {
	shift := m.shift()
	for r, ks := range roleTemplates {
		e.sums[r] = rowSum{}
		for _, k := range ks {
			if row := m.row(featureID(k, roleValue(k, &e.tok), shift)); row != nil {
				e.sums[r].add(row)
			}
		}
	}
	e.headline[0] = featureID(tHeadline, mix(0, e.tok.low), shift)
	e.headline[1] = featureID(tHeadline, mix(1, e.tok.low), shift)
}

// emissions returns the emission scores of words, NumLabels per token,
// in a buffer of s.
func (m *Model) emissions(words []string, s *Scratch) []int32 {
	n := len(words)
	c := &s.cache
	if c.model != m || len(c.entries)+n > maxCachedWords {
		c.reset(m) // before the sentence: its entries must stay put while it is scored
	}
	if cap(s.toks) < n+4 {
		s.toks = make([]token, n+4)
	}
	if cap(s.entry) < n+4 {
		s.entry = make([]int32, n+4)
	}
	all, ent := s.toks[:n+4], s.entry[:n+4]
	ent[0], ent[1], ent[n+2], ent[n+3] = entryStart, entryStart, entryEnd, entryEnd
	upper, letters := 0, 0
	for i, w := range words {
		e := c.lookup(w, s)
		ent[i+2] = e
		all[i+2] = c.entries[e].tok
		if caps := all[i+2].caps; caps == capUpper {
			upper++
		}
		if caps := all[i+2].caps; caps != capDigit && caps != capOther {
			letters++
		}
	}
	for _, i := range [4]int{0, 1, n + 2, n + 3} {
		all[i] = c.entries[ent[i]].tok
	}
	toks := all[2 : n+2]
	places.match(toks, firstOfPlace, func(t *token, v uint64) { t.gaz = v })
	orgs.match(toks, firstOfOrg, func(t *token, v uint64) { t.org = v })
	headline := 0
	if letters >= 2 && upper*10 >= letters*7 {
		headline = 1
	}

	if cap(s.score) < n*NumLabels {
		s.score = make([]int32, n*NumLabels)
	}
	emit := s.score[:n*NumLabels]
	shift := m.shift()
	for i := range toks {
		t := &all[i+2]
		prev, next := &all[i+1], &all[i+3]
		var sum rowSum
		sum = c.entries[ent[i+2]].sums[roleSelf]
		sum.addSum(&c.entries[ent[i+1]].sums[rolePrev])
		sum.addSum(&c.entries[ent[i+3]].sums[roleNext])
		sum.addSum(&c.entries[ent[i]].sums[rolePrev2])
		sum.addSum(&c.entries[ent[i+4]].sums[roleNext2])

		pos := uint64(2)
		if i == 0 {
			pos = 0
		} else if isOpening(words[i-1]) {
			pos = 1
		}
		// the templates that look at more than one word, or at the
		// sentence: the same values as in Featurizer.features
		ids := [...]uint32{
			c.entries[ent[i+2]].headline[headline],
			featureID(tShape3, mix(mix(prev.shape, t.shape), next.shape), shift),
			featureID(tBigramL, mix(prev.low, t.low), shift),
			featureID(tBigramR, mix(t.low, next.low), shift),
			featureID(tCaps3, mix(mix(prev.caps, t.caps), next.caps), shift),
			featureID(tPosCap, pos<<8|t.caps, shift),
			featureID(tCasing, t.casing<<16|pos<<8|t.caps, shift),
			featureID(tFirstM1, prev.nation<<8|t.caps, shift),
			featureID(tClusterLR, mix(prev.cls, next.cls), shift),
			featureID(tSuf3M1, mix(prev.suf3, t.shape), shift),
			featureID(tLowP1P2, mix(next.low, all[i+4].low), shift),
			featureID(tPlace, t.gaz, shift),
			featureID(tPlaceCaps, t.gaz<<8|t.caps, shift),
			featureID(tPlace3, prev.gaz<<16|t.gaz<<8|next.gaz, shift),
			featureID(tOrg, t.org<<8|t.caps, shift),
		}
		for _, id := range ids {
			if row := m.row(id); row != nil {
				sum.add(row)
			}
		}
		var lanes [4 * packedWords]int32
		for w, v := range sum.v {
			lanes[4*w] = int32(v & 0xffff)
			lanes[4*w+1] = int32(v >> 16 & 0xffff)
			lanes[4*w+2] = int32(v >> 32 & 0xffff)
			lanes[4*w+3] = int32(v >> 48)
		}
		out := (*[NumLabels]int32)(emit[i*NumLabels : (i+1)*NumLabels])
		for l := range out {
			out[l] = lanes[l] - 128*sum.n
		}
	}
	return emit
}
