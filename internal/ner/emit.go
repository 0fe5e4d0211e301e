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
// next word, and the words two before and two after. The cache lives in the
// Scratch, so it also serves the next sentences and documents. A token then
// adds five cached sums and the rows of the templates that look at two or
// three words, at the sentence or at the lists of places and organizations:
// those whose values are made of a few small numbers come from tables the
// model makes once (smallRows), the others are hashed token by token as
// Features hashes them. Integer sums do not depend on the order of their
// terms, so the scores are exactly those of the features Features returns
// (TestEmissionsMatchFeatures, FuzzEmissions).

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
	_ [0]func() // not comparable (see wordEntry)
	v [packedWords]uint64
	n int32
}

// add and addSum are written out: the compiler does not unroll loops, and
// these run a dozen times a token.
func (s *rowSum) add(row *[packedWords]uint64) {
	s.v[0] += row[0]
	s.v[1] += row[1]
	s.v[2] += row[2]
	s.v[3] += row[3]
	s.v[4] += row[4]
	s.n++
}

func (s *rowSum) addSum(o *rowSum) {
	s.v[0] += o.v[0]
	s.v[1] += o.v[1]
	s.v[2] += o.v[2]
	s.v[3] += o.v[3]
	s.v[4] += o.v[4]
	s.n += o.n
}

// addRow adds row r of m, unless r is -1 (a row of zeros).
func (s *rowSum) addRow(m *Model, r int32) {
	if r >= 0 {
		s.add(m.packedRow(r))
	}
}

// scores writes the scores the sum holds to out: lane l%4 of word l/4, less
// the 128 each row added.
func (s *rowSum) scores(out *[NumLabels]int32) {
	bias := 128 * s.n
	for w, v := range s.v[:4] {
		out[4*w] = int32(v&0xffff) - bias
		out[4*w+1] = int32(v>>16&0xffff) - bias
		out[4*w+2] = int32(v>>32&0xffff) - bias
		out[4*w+3] = int32(v>>48) - bias
	}
	out[16] = int32(s.v[4]&0xffff) - bias
}

// The written-out code above is for 17 labels in 5 words.
var _ = [1]struct{}{}[NumLabels-17+packedWords-5]

// A wordEntry is what Tag keeps of one distinct word. It is kept small:
// a text has thousands of distinct words, and a token reads five entries.
type wordEntry struct {
	// A field of a type that cannot be compared makes the struct one that
	// cannot be: the compiler then writes no equality function for it,
	// code the page would download for nothing. Tag's types that are never
	// compared have one.
	_        [0]func()
	ctx      tokenContext
	headline [2]int32 // the row (Model.rowNumber) of tHeadline outside and inside a headline
	sums     [numRoles]rowSum
	// plain is sums[roleSelf] and the rows addWordRows adds for the
	// commonest place of a word: inside a sentence (not first, not after
	// an opening mark), in no listed name, outside a headline
	plain rowSum
}

// A tokenContext holds the fields of a word's token that the templates
// looking at more than one word read.
type tokenContext struct {
	_                                           [0]func() // not comparable (see wordEntry)
	low, shape, cls, suf3, caps, casing, nation uint64
	listed                                      uint8
	listedWords                                 [2]uint8
}

func (t *token) context() tokenContext {
	return tokenContext{low: t.low, shape: t.shape, cls: t.cls, suf3: t.suf3, caps: t.caps, casing: t.casing, nation: t.nation, listed: t.listed, listedWords: t.listedWords}
}

// setContext sets t's fields from c and clears its places in listed names
// (match sets them). Its other fields, which only the entry's sums read,
// are left as they were.
func (t *token) setContext(c *tokenContext) {
	t.low, t.shape, t.cls, t.suf3, t.caps, t.casing, t.nation, t.listed, t.listedWords = c.low, c.shape, c.cls, c.suf3, c.caps, c.casing, c.nation, c.listed, c.listedWords
	t.gaz, t.org = 0, 0
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
		edge := edgeToken(h)
		c.entries = append(c.entries, m.entry(&edge))
		c.spans = append(c.spans, [2]int32{})
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
	var t token
	c.model.hashToken(w, &t, s)
	t.listed, t.listedWords = listedFirst(t.low)
	if givenNames[string(s.lowBuf)] { // the word lower-cased, as hashToken left it
		t.listed |= givenName
	}
	c.entries[e] = c.model.entry(&t)
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

// entry works out the entry of the word whose token is t.
func (m *Model) entry(t *token) wordEntry {
	e := wordEntry{ctx: t.context()}
	for r, ks := range roleTemplates {
		for _, k := range ks {
			e.sums[r].addRow(m, m.rowOf(k, roleValue(k, t)))
		}
	}
	e.headline[0] = m.rowOf(tHeadline, mix(0, t.low))
	e.headline[1] = m.rowOf(tHeadline, mix(1, t.low))
	e.plain = e.sums[roleSelf]
	e.plain.addWordRows(m, t.casing, posInside, capIndex(t.caps), 0, 0, e.headline[0])
	return e
}

// addWordRows adds the rows of the templates that read a word, its place
// in the sentence (pos, a sentence position of tPosCap), in listed names
// (gaz and org, as token.gaz and token.org) and the sentence (the
// headline row): tPosCap, tCasing, tPlace, tPlaceCaps, tOrg and tHeadline.
// casing and ci are the word's (token.casing and capIndex of token.caps).
func (s *rowSum) addWordRows(m *Model, casing uint64, pos, ci int, gaz, org uint64, headline int32) {
	small := m.small
	// a loop, not six calls written out: it runs for few tokens (see
	// wordEntry.plain), and the page downloads one copy of addRow
	for _, r := range [...]int32{small.posCap[pos][ci], small.casing[casing][pos][ci], small.place[gaz],
		small.placeCaps[gaz][ci], small.org[org][ci], headline} {
		s.addRow(m, r)
	}
}

// rowOf returns the row (rowNumber) of the feature of template k and value
// h. It fills tables and cache entries, once each, and is kept out of line:
// inlined where it is called it would only make the page's code larger.
//
//go:noinline
func (m *Model) rowOf(k int, h uint64) int32 { return m.rowNumber(featureID(k, h, m.shift())) }

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
	all[0], all[1], all[n+2], all[n+3] = edgeToken(hStart), edgeToken(hStart), edgeToken(hEnd), edgeToken(hEnd)
	upper, letters := 0, 0
	for i, w := range words {
		e := c.lookup(w, s)
		ent[i+2] = e
		all[i+2].setContext(&c.entries[e].ctx)
		if caps := all[i+2].caps; caps == capUpper {
			upper++
		}
		if caps := all[i+2].caps; caps != capDigit && caps != capOther {
			letters++
		}
	}
	toks := all[2 : n+2]
	places.match(toks, 0, func(t *token, v uint64) { t.gaz = v })
	orgs.match(toks, 1, func(t *token, v uint64) { t.org = v })
	headline := 0
	if letters >= 2 && upper*10 >= letters*7 {
		headline = 1
	}

	if cap(s.score) < n*NumLabels {
		s.score = make([]int32, n*NumLabels)
	}
	emit := s.score[:n*NumLabels]
	shift := m.shift()
	small := m.small
	// bigram(j) hashes the lower-cased words j and j+1 of all: three
	// templates read it (tBigramL, tBigramR, tLowP1P2), each once per pair
	bigram := func(j int) uint64 { return mix(all[j].low, all[j+1].low) }
	before, this := bigram(1), bigram(2)
	for i := range toks {
		t := &all[i+2]
		prev, next := &all[i+1], &all[i+3]
		after := bigram(i + 3)
		pos := posInside
		if i == 0 {
			pos = posFirst
		} else if isOpening(words[i-1]) {
			pos = posAfterOpening
		}
		// the templates of small values, from the tables; the values are
		// those of Featurizer.features. Those that read the word, its place
		// in the sentence and the sentence only are in the entry's plain
		// sum for the commonest place.
		ci := capIndex(t.caps)
		var sum rowSum
		if e := &c.entries[ent[i+2]]; pos == posInside && t.gaz == 0 && t.org == 0 && headline == 0 {
			sum = e.plain
		} else {
			sum = e.sums[roleSelf]
			sum.addWordRows(m, t.casing, pos, ci, t.gaz, t.org, e.headline[headline])
		}
		sum.addSum(&c.entries[ent[i+1]].sums[rolePrev])
		sum.addSum(&c.entries[ent[i+3]].sums[roleNext])
		sum.addSum(&c.entries[ent[i]].sums[rolePrev2])
		sum.addSum(&c.entries[ent[i+4]].sums[roleNext2])
		place3 := small.place3[edgeIndex(prev.gaz)][edgeIndex(next.gaz)]
		if t.gaz != 0 || prev.gaz != 0 && prev.gaz != gazEdge || next.gaz != 0 && next.gaz != gazEdge {
			place3 = m.rowNumber(featureID(tPlace3, prev.gaz<<16|t.gaz<<8|next.gaz, shift))
		}
		sum.addRow(m, small.caps3[capIndex(prev.caps)][ci][capIndex(next.caps)])
		sum.addRow(m, small.firstM1[nationIndex(prev.nation)][ci])
		sum.addRow(m, place3)
		// the other templates that look at more than one word, hashed
		sum.addRow(m, m.rowNumber(featureID(tShape3, mix(mix(prev.shape, t.shape), next.shape), shift)))
		sum.addRow(m, m.rowNumber(featureID(tBigramL, before, shift)))
		sum.addRow(m, m.rowNumber(featureID(tBigramR, this, shift)))
		sum.addRow(m, m.rowNumber(featureID(tClusterLR, mix(prev.cls, next.cls), shift)))
		sum.addRow(m, m.rowNumber(featureID(tSuf3M1, mix(prev.suf3, t.shape), shift)))
		sum.addRow(m, m.rowNumber(featureID(tLowP1P2, after, shift)))
		before, this = this, after

		sum.scores((*[NumLabels]int32)(emit[i*NumLabels : (i+1)*NumLabels]))
	}
	return emit
}

// Some templates' values are made of a few small numbers: a capitalisation
// class, a sentence position, a place in a listed name. smallRows holds
// their rows for every value they can take, so that Tag looks them up
// without hashing. A row is a number for Model.packedRow, or -1 for zeros.
type smallRows struct {
	posCap    [numPositions][numCapIndex]int32
	casing    [numCasings][numPositions][numCapIndex]int32
	caps3     [numCapIndex][numCapIndex][numCapIndex]int32 // the previous, this and the next word's
	firstM1   [numNationIndex][numCapIndex]int32
	place     [numGaz]int32
	placeCaps [numGaz][numCapIndex]int32
	org       [numGaz][numCapIndex]int32
	// tPlace3 where this word is in no listed name and its neighbours are
	// in none or beyond the sentence's edge (gazEdge), by whether they are
	place3 [2][2]int32
}

// the sentence positions of tPosCap and tCasing
const (
	posFirst        = 0 // the sentence's first word
	posAfterOpening = 1 // after an opening mark (isOpening)
	posInside       = 2 // elsewhere
)

const (
	numPositions   = 3                    // the first word, after an opening mark, elsewhere
	numCapIndex    = capOther + 1         // capIndex: the classes, and 0 for a stand-in
	numNationIndex = 5                    // nationIndex: the nationality and first-name bits, and 4 for a stand-in
	numCasings     = 8                    // Casing takes 3 bits
	numGaz         = numPlaceClasses << 4 // token.gaz and token.org are below
	gazEdge        = 7                    // the gaz of a stand-in (edgeToken)
)

// capIndex returns the index of a capitalisation class in smallRows: the
// class, or 0 for a stand-in's caps (hStart before a sentence, hEnd after).
func capIndex(caps uint64) int {
	if caps < numCapIndex {
		return int(caps)
	}
	return 0
}

// edgeIndex is 1 for the gaz of a stand-in, else 0.
func edgeIndex(gaz uint64) int {
	if gaz == gazEdge {
		return 1
	}
	return 0
}

// nationIndex returns the index of token.nation in smallRows: the bits, or
// 4 for a stand-in's (hStart).
func nationIndex(nation uint64) int {
	if nation < 4 {
		return int(nation)
	}
	return 4
}

// smallRows fills the tables, computing each value as Featurizer.features
// does. A stand-in's class is hStart in the previous word's place and hEnd
// in the next word's, the only places it takes.
func (m *Model) smallRows() *smallRows {
	capsAt := func(ci int, edge uint64) uint64 {
		if ci == 0 {
			return edge
		}
		return uint64(ci)
	}
	t := new(smallRows)
	for ci := range numCapIndex {
		caps := uint64(ci) // this word's class, never a stand-in's
		for pos := range numPositions {
			t.posCap[pos][ci] = m.rowOf(tPosCap, uint64(pos)<<8|caps)
			for casing := range numCasings {
				t.casing[casing][pos][ci] = m.rowOf(tCasing, uint64(casing)<<16|uint64(pos)<<8|caps)
			}
		}
		for pi := range numCapIndex {
			for ni := range numCapIndex {
				t.caps3[pi][ci][ni] = m.rowOf(tCaps3, mix(mix(capsAt(pi, hStart), caps), capsAt(ni, hEnd)))
			}
		}
		for n := range numNationIndex {
			nation := uint64(n)
			if n == 4 {
				nation = hStart
			}
			t.firstM1[n][ci] = m.rowOf(tFirstM1, nation<<8|caps)
		}
		for g := range numGaz {
			t.placeCaps[g][ci] = m.rowOf(tPlaceCaps, uint64(g)<<8|caps)
			t.org[g][ci] = m.rowOf(tOrg, uint64(g)<<8|caps)
		}
	}
	for g := range numGaz {
		t.place[g] = m.rowOf(tPlace, uint64(g))
	}
	for pe, prev := range [2]uint64{0, gazEdge} {
		for ne, next := range [2]uint64{0, gazEdge} {
			t.place3[pe][ne] = m.rowOf(tPlace3, prev<<16|next)
		}
	}
	return t
}
