package ner

import (
	"unicode"
	"unicode/utf8"
)

// Feature templates. Every token has exactly numTemplates features; each is
// a template number mixed with the hashes of the strings it looks at, cut to
// the model's table size. Changing this list changes every model: bump
// formatVersion in model.go and retrain.
const (
	tBias      = iota
	tWord      // the word as written
	tLow       // lower-cased
	tShape     // character classes, runs collapsed: "Xx", "X.X.", "d-d"
	tPre1      // prefixes of the lower-cased word, 1 to 4 runes
	tPre2      //
	tPre3      //
	tPre4      //
	tSuf1      // suffixes, 1 to 4 runes
	tSuf2      //
	tSuf3      //
	tSuf4      //
	tLowM1     // neighbouring words, lower-cased
	tLowP1     //
	tLowM2     //
	tLowP2     //
	tWordM1    // the previous and next word as written
	tWordP1    //
	tShapeM1   // neighbouring shapes
	tShapeP1   //
	tShape3    // shapes of the previous, this and the next word
	tBigramL   // previous word + this word
	tBigramR   // this word + next word
	tCaps3     // capitalisation classes of the previous, this and the next word
	tPosCap    // sentence position (first, after an opening mark, else) + capitalisation
	tHeadline  // the sentence is in capitals (a headline) + the lower-cased word
	tCluster   // the word's coarse cluster, learnt from the training text
	tClusterM1 // the previous word's coarse cluster
	tClusterP1 // the next word's coarse cluster
	tClusterLR // the coarse clusters of the previous and next words
	tFine      // the word's fine cluster
	tCasing    // how the training text capitalises the word + how it is written here + sentence position
	tCasingP1  // the same for the next word
	tNation    // a nationality, a first name + capitalisation
	tFirstM1   // the previous word is a first name + this word's capitalisation
	tSuf3M1    // the previous word's last three letters + this word's shape
	tLowP1P2   // the next two words
	tPlace     // position in a phrase of the list of places (lexicon/places.txt)
	tPlaceCaps // that + capitalisation
	tPlace3    // the previous, this and the next word's positions in places
	tOrg       // position in a phrase of the list of organizations (lexicon/orgs.txt)
	numTemplates
)

// capitalisation classes
const (
	capLower = iota + 1
	capTitle
	capUpper
	capMixed
	capDigit
	capOther
)

// token holds the hashes of one token's strings, computed once per token.
type token struct {
	_                [0]func() // not comparable (see wordEntry)
	word, low, shape uint64
	pre, suf         [4]uint64
	cls, fine        uint64 // the clusters, or hNone
	casing, nation   uint64
	caps             uint64
	suf3             uint64
	gaz              uint64   // position in a listed place name and its class, or 0
	org              uint64   // position in a listed organization's name, or 0
	listed           uint8    // whether the word starts listed names (firstOfPlace, firstOfOrg)
	listedWords      [2]uint8 // the most words of the listed places, organizations it starts (listedFirst)
}

// boundary hashes for the words before the first and after the last token
const (
	hStart   = 0x9e3779b97f4a7c15
	hEnd     = 0xc2b2ae3d27d4eb4f
	hNone    = 0x165667b19e3779f9
	hUnknown = 0x85ebca77c2b2ae63
)

// A Featurizer turns a sentence's words into feature ids. It is part of a
// model: the table size and the word clusters it was trained with.
type Featurizer struct {
	Bits  uint8               // the feature table has 1<<Bits rows
	Words map[string]WordInfo // lower-cased word → what training taught of it
}

// Scratch holds the buffers one tagging or training step reuses, so that
// tagging a sentence allocates nothing once they have grown.
type Scratch struct {
	toks   []token
	lowBuf []byte
	ids    []uint32
	entry  []int32   // by token of toks: its word's entry in cache
	cache  wordCache // what Tag has worked out of the words it met
	score  []int32
	back   []uint8
	labels []Label
}

// Features returns the feature ids of words: numTemplates per token, token
// after token. The slice belongs to s and is overwritten by the next call.
func (f *Featurizer) Features(words []string, s *Scratch) []uint32 {
	return f.features(words, s, false)
}

// UnknownFeatures is Features as if every word were one never seen in
// training: the templates in WordTemplates look at a stand-in instead. The
// trainer swaps them in at random ("word dropout") so that the model learns
// to read names it has never met from their shape and context.
func (f *Featurizer) UnknownFeatures(words []string, s *Scratch) []uint32 {
	return f.features(words, s, true)
}

// WordTemplates has a bit set for each template that looks at the word
// itself rather than its shape or its neighbours.
const WordTemplates = 1<<tWord | 1<<tLow | 1<<tBigramL | 1<<tBigramR | 1<<tHeadline | 1<<tCluster | 1<<tFine | 1<<tCasing | 1<<tNation | 1<<tFirstM1

// NumTemplates is the number of features per token.
const NumTemplates = numTemplates

func (f *Featurizer) features(words []string, s *Scratch, unknown bool) []uint32 {
	n := len(words)
	if cap(s.toks) < n+4 {
		s.toks = make([]token, n+4)
	}
	// two stand-ins for the words before the sentence and two after, so
	// that neighbours need no bounds checks
	all := s.toks[:n+4]
	all[0], all[1] = edgeToken(hStart), edgeToken(hStart)
	all[n+2], all[n+3] = edgeToken(hEnd), edgeToken(hEnd)
	toks := all[2 : n+2]
	upper, letters := 0, 0
	for i, w := range words {
		f.hashToken(w, &toks[i], s)
		if unknown {
			t := &toks[i]
			t.word, t.low, t.cls, t.fine, t.casing, t.nation = hUnknown, hUnknown, hNone, hNone, 0, 0
		}
		toks[i].listed, toks[i].listedWords = listedFirst(toks[i].low)
		toks[i].gaz, toks[i].org = 0, 0 // match sets those in listed names
		if toks[i].caps == capUpper {
			upper++
		}
		if toks[i].caps != capDigit && toks[i].caps != capOther {
			letters++
		}
	}
	places.match(toks, 0, func(t *token, v uint64) { t.gaz = v })
	orgs.match(toks, 1, func(t *token, v uint64) { t.org = v })
	headline := uint64(0)
	if letters >= 2 && upper*10 >= letters*7 {
		headline = 1
	}
	if cap(s.ids) < n*numTemplates {
		s.ids = make([]uint32, n*numTemplates)
	}
	ids := s.ids[:n*numTemplates]
	shift := f.shift()
	for i := range toks {
		t := &all[i+2]
		prev, next := &all[i+1], &all[i+3]
		prev2, next2 := &all[i], &all[i+4]
		pos := uint64(2)
		if i == 0 {
			pos = 0
		} else if isOpening(words[i-1]) {
			pos = 1
		}
		casingP1 := uint64(hEnd)
		if i+1 < n {
			casingP1 = next.casing<<8 | next.caps
		}
		v := [numTemplates]uint64{
			tBias:      0,
			tWord:      t.word,
			tLow:       t.low,
			tShape:     t.shape,
			tPre1:      t.pre[0],
			tPre2:      t.pre[1],
			tPre3:      t.pre[2],
			tPre4:      t.pre[3],
			tSuf1:      t.suf[0],
			tSuf2:      t.suf[1],
			tSuf3:      t.suf[2],
			tSuf4:      t.suf[3],
			tLowM1:     prev.low,
			tLowP1:     next.low,
			tLowM2:     prev2.low,
			tLowP2:     next2.low,
			tWordM1:    prev.word,
			tWordP1:    next.word,
			tShapeM1:   prev.shape,
			tShapeP1:   next.shape,
			tShape3:    mix(mix(prev.shape, t.shape), next.shape),
			tBigramL:   mix(prev.low, t.low),
			tBigramR:   mix(t.low, next.low),
			tCaps3:     mix(mix(prev.caps, t.caps), next.caps),
			tPosCap:    pos<<8 | t.caps,
			tHeadline:  mix(headline, t.low),
			tFine:      t.fine,
			tCasing:    t.casing<<16 | pos<<8 | t.caps,
			tCasingP1:  casingP1,
			tNation:    t.nation<<8 | t.caps,
			tFirstM1:   prev.nation<<8 | t.caps,
			tCluster:   t.cls,
			tClusterM1: prev.cls,
			tClusterP1: next.cls,
			tClusterLR: mix(prev.cls, next.cls),
			tSuf3M1:    mix(prev.suf3, t.shape),
			tLowP1P2:   mix(next.low, next2.low),
			tPlace:     t.gaz,
			tPlaceCaps: t.gaz<<8 | t.caps,
			tPlace3:    prev.gaz<<16 | t.gaz<<8 | next.gaz,
			tOrg:       t.org<<8 | t.caps,
		}
		row := ids[i*numTemplates : (i+1)*numTemplates]
		for k, h := range v {
			row[k] = featureID(k, h, shift)
		}
	}
	return ids
}

// featureID returns the id of the feature of template k with value h: a
// row of the table, which has 1<<(64-shift) of them.
func featureID(k int, h uint64, shift uint) uint32 {
	return uint32(mix(uint64(k+1)*0x9e3779b97f4a7c15, h) >> shift)
}

// shift is the right shift that cuts a 64-bit hash to the table's size.
func (f *Featurizer) shift() uint { return 64 - uint(f.Bits) }

// edgeToken is the stand-in for a word beyond the sentence's edge: every
// hash is h, and it is in no listed place (position gazEdge).
func edgeToken(h uint64) token {
	return token{word: h, low: h, shape: h, cls: h, caps: h, nation: h, suf3: h, gaz: gazEdge}
}

// hashToken fills t with the hashes of word's strings.
func (f *Featurizer) hashToken(w string, t *token, s *Scratch) {
	t.word = hashString(w)
	b := s.lowBuf[:0]
	var sh uint64 = 14695981039346656037
	var last byte
	upper, lowerN, digits, other := 0, 0, 0, 0
	first := byte(0)
	for i, r := range w {
		var c byte
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			c = 'x'
			lowerN++
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			c = 'X'
			upper++
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			c = 'd'
			digits++
		case unicode.IsUpper(r):
			c = 'X'
			upper++
		case unicode.IsLetter(r):
			c = 'x'
			lowerN++
		case r < utf8.RuneSelf:
			c = byte(r)
			other++
		default:
			c = '*'
			other++
		}
		if i == 0 {
			first = c
		}
		if c != last {
			sh = (sh ^ uint64(c)) * 1099511628211
			last = c
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	s.lowBuf = b
	t.low = hashBytes(b)
	t.shape = sh
	switch {
	case first == 'd':
		t.caps = capDigit
	case first == 'x':
		t.caps = capLower
	case first == 'X' && lowerN == 0 && upper > 1:
		t.caps = capUpper
	case first == 'X' && upper == 1 || first == 'X' && lowerN > 0 && upper == 1:
		t.caps = capTitle
	case first == 'X':
		t.caps = capMixed
	case upper+lowerN > 0:
		t.caps = capMixed
	default:
		t.caps = capOther
	}
	// prefixes and suffixes of the lower-cased word, by runes
	ascii := true
	for _, c := range b {
		ascii = ascii && c < utf8.RuneSelf
	}
	nr := len(b)
	if !ascii {
		nr = utf8.RuneCount(b)
	}
	// the prefix hashes grow one rune at a time, as FNV-1a allows
	h, off := uint64(14695981039346656037), 0
	for k := 1; k <= 4; k++ {
		if k > nr {
			t.pre[k-1], t.suf[k-1] = hNone+uint64(k), hNone-uint64(k)
			continue
		}
		next := k
		if !ascii {
			next = runeOffset(b, k)
		}
		for ; off < next; off++ {
			h = (h ^ uint64(b[off])) * 1099511628211
		}
		t.pre[k-1] = h ^ 0x5bd1e995
		from := nr - k
		if !ascii {
			from = runeOffset(b, nr-k)
		}
		t.suf[k-1] = hashBytes(b[from:]) ^ 0x1b873593
	}
	t.suf3 = t.suf[2]
	t.cls, t.fine, t.casing, t.nation = hNone, hNone, 0, 0
	if w, ok := f.Words[string(b)]; ok {
		if c := w.Cluster(); c > 0 {
			t.cls = uint64(c) * 0xff51afd7ed558ccd
		}
		if c := w.Fine(); c > 0 {
			t.fine = uint64(c) * 0xc4ceb9fe1a85ec53
		}
		t.casing = uint64(w.Casing())
		if w.Nationality() {
			t.nation = 1
		}
		if w.FirstName() {
			t.nation |= 2
		}
	}
}

// runeOffset returns the byte offset of the k-th rune of b.
func runeOffset(b []byte, k int) int {
	off := 0
	for ; k > 0 && off < len(b); k-- {
		_, w := utf8.DecodeRune(b[off:])
		off += w
	}
	return off
}

// isOpening reports whether w opens a quotation or bracket, after which a
// capital does not mark a name.
func isOpening(w string) bool {
	switch w {
	case "\"", "“", "‘", "'", "(", "[", "``", "`", ":", "-", "--", "—", "–":
		return true
	}
	return false
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// mix combines two hashes into one (the splitmix64 finalizer over a ⊕ b·k).
func mix(a, b uint64) uint64 {
	x := a ^ (b * 0xbf58476d1ce4e5b9)
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
