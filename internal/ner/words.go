package ner

// A WordInfo is what a model knows of a lower-cased word from its training
// text: its word clusters, how the text capitalises it, and whether it is
// a nationality ("Russian", "Iraqis") or a first name ("Sergei"). Packed
// in 32 bits: coarse cluster (bits 0–9), fine cluster (10–19), casing
// (20–22), nationality (23), first name (24).
type WordInfo uint32

// A Casing says how often the training text capitalises a word inside a
// sentence (its first word aside).
type Casing uint8

const (
	CasingUnknown     Casing = iota // too rare to say
	CasingLower                     // capitalised under 5% of the time: "nickel", "bowling"
	CasingMostlyLower               // 5–35%
	CasingEither                    // 35–65%
	CasingMostlyUpper               // 65–95%
	CasingUpper                     // 95% or more: "Moscow", "Lavrov"
)

// CasingOf buckets a word's capitalised share of n occurrences.
func CasingOf(capitalised, n int) Casing {
	if n == 0 {
		return CasingUnknown
	}
	switch r := float64(capitalised) / float64(n); {
	case r < 0.05:
		return CasingLower
	case r < 0.35:
		return CasingMostlyLower
	case r < 0.65:
		return CasingEither
	case r < 0.95:
		return CasingMostlyUpper
	}
	return CasingUpper
}

// MakeWordInfo packs a word's facts. Clusters are numbered from 1 (0: none)
// and must be below 1024.
func MakeWordInfo(cluster, fine int, c Casing, nationality, firstName bool) WordInfo {
	w := WordInfo(cluster&1023) | WordInfo(fine&1023)<<10 | WordInfo(c&7)<<20
	if nationality {
		w |= 1 << 23
	}
	if firstName {
		w |= 1 << 24
	}
	return w
}

// FirstName reports whether the word starts people's names in the training text.
func (w WordInfo) FirstName() bool { return w>>24&1 == 1 }

// Cluster is the word's coarse cluster, or 0.
func (w WordInfo) Cluster() int { return int(w & 1023) }

// Fine is the word's fine cluster, or 0.
func (w WordInfo) Fine() int { return int(w >> 10 & 1023) }

// Casing is how the training text capitalises the word.
func (w WordInfo) Casing() Casing { return Casing(w >> 20 & 7) }

// Nationality reports whether the word names a nationality.
func (w WordInfo) Nationality() bool { return w>>23&1 == 1 }

// IsNationality reports whether the model knows w (any case) as a
// nationality or people: "Russian", "British", "Iraqis".
func (m *Model) IsNationality(w string) bool {
	info, ok := m.lookupWord(w)
	return ok && info.Nationality()
}

// lookupWord returns what the model knows of w lower-cased. A map index by
// string(bytes) does not allocate.
func (m *Model) lookupWord(w string) (WordInfo, bool) {
	var buf [64]byte
	info, ok := m.Words[string(appendLower(buf[:0], w))]
	return info, ok
}

// IsCommonWord reports whether the model's training text writes w (any
// case) in lower case most of the time inside a sentence: "industry",
// "workers", "trading"; not "Pfizer".
func (m *Model) IsCommonWord(w string) bool {
	info, ok := m.lookupWord(w)
	return ok && (info.Casing() == CasingLower || info.Casing() == CasingMostlyLower)
}

// IsFirstName reports whether w (any case) is a first name: one that
// starts people's names in the model's training text ("Sergei"), or one of
// the hand-written list of given names (lexicon/givennames.txt: "Monica").
func (m *Model) IsFirstName(w string) bool {
	info, ok := m.lookupWord(w)
	if ok && info.FirstName() {
		return true
	}
	var buf [64]byte
	return givenNames[string(appendLower(buf[:0], w))]
}
