package ner

// Number is the type of scores Viterbi works with: integers when tagging,
// floats when training.
type Number interface{ ~int32 | ~float32 | ~float64 }

// Tag labels words, one label per word, and returns the labels (owned by s,
// overwritten by the next call). A nil s allocates fresh buffers.
func (m *Model) Tag(words []string, s *Scratch) []Label {
	if s == nil {
		s = new(Scratch)
	}
	n := len(words)
	if n == 0 {
		return s.labels[:0]
	}
	emit := m.emissions(words, s)
	if cap(s.labels) < n {
		s.labels = make([]Label, n)
	}
	out := s.labels[:n]
	decode(emit, &m.Trans, out, s)
	return out
}

// Viterbi finds the best well-formed label sequence given emission scores
// (NumLabels per token) and transition scores, writing it to out.
func Viterbi[T Number](emit []T, trans *[NumLabels + 1][NumLabels]T, out []Label, s *Scratch) {
	n := len(out)
	if n == 0 {
		return
	}
	if cap(s.back) < n*NumLabels {
		s.back = make([]uint8, n*NumLabels)
	}
	back := s.back[:n*NumLabels]
	const never = -1 << 29 // below any reachable score
	var cur, next [NumLabels]T
	for l := Label(0); l < NumLabels; l++ {
		cur[l] = never
		if canStart(l) {
			cur[l] = trans[NumLabels][l] + emit[l]
		}
	}
	for i := 1; i < n; i++ {
		row := (*[NumLabels]T)(emit[i*NumLabels : (i+1)*NumLabels])
		bk := (*[NumLabels]uint8)(back[i*NumLabels : (i+1)*NumLabels])
		for b := Label(0); b < NumLabels; b++ {
			preds := predecessors[b]
			arg := preds[0]
			best := cur[arg] + trans[arg][b]
			for _, a := range preds[1:] {
				if v := cur[a] + trans[a][b]; v > best {
					best, arg = v, a
				}
			}
			next[b] = best + row[b]
			bk[b] = uint8(arg)
		}
		cur = next
	}
	arg := Label(0)
	best := T(never)
	for l := Label(0); l < NumLabels; l++ {
		if canEnd(l) && cur[l] > best {
			best, arg = cur[l], l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = Label(back[i*NumLabels+int(arg)])
	}
}

// predecessors lists, for each label, the labels that may come before it.
var predecessors = func() (p [NumLabels][]Label) {
	for b := Label(0); b < NumLabels; b++ {
		for a := Label(0); a < NumLabels; a++ {
			if allowed(a, b) {
				p[b] = append(p[b], a)
			}
		}
	}
	return p
}()

// decode is Viterbi for Tag's integer scores, written out for the BILOU
// constraints: O, B and U follow O or the L or U of any kind; I and L
// follow the B or I of their own kind. It returns the labels Viterbi
// returns (TestDecodeMatchesViterbi), but faster: which candidate wins is
// as good as random, and the mispredicted branches of Viterbi's
// comparisons took most of its time. decode compares keys instead, a score
// and its label in one integer,
//
//	score<<8 | (255 - label)
//
// so that the largest key holds the best score and, among equal scores,
// the lowest label, which is the one Viterbi keeps; the builtin max
// compiles to conditional moves.
func decode(emit []int32, trans *[NumLabels + 1][NumLabels]int32, out []Label, s *Scratch) {
	n := len(out)
	if n == 0 {
		return
	}
	if cap(s.back) < n*NumLabels {
		s.back = make([]uint8, n*NumLabels)
	}
	back := s.back[:n*NumLabels]
	// the transitions into each label, shifted so that adding one to a
	// key keeps the key's label
	var into [NumLabels][NumLabels]int64 // [b][a]: a then b
	for a := range NumLabels {
		for b := range NumLabels {
			into[b][a] = int64(trans[a][b]) << 8
		}
	}
	const never = -1 << 29 // below any reachable score
	var cur [NumLabels]int32
	for l := Label(0); l < NumLabels; l++ {
		cur[l] = never
		if canStart(l) {
			cur[l] = trans[NumLabels][l] + emit[l]
		}
	}
	for i := 1; i < n; i++ {
		var key, best [NumLabels]int64
		for a := range key {
			key[a] = int64(cur[a])<<8 | int64(255-a)
		}
		best[O] = bestAfterClosed(&key, &into[O])
		for k := range numKinds {
			b := 1 + 4*k // the B of kind k; then I, L, U
			best[b+posB] = bestAfterClosed(&key, &into[b+posB])
			best[b+posU] = bestAfterClosed(&key, &into[b+posU])
			best[b+posI] = max(key[b+posB]+into[b+posI][b+posB], key[b+posI]+into[b+posI][b+posI])
			best[b+posL] = max(key[b+posB]+into[b+posL][b+posB], key[b+posI]+into[b+posL][b+posI])
		}
		row := (*[NumLabels]int32)(emit[i*NumLabels : (i+1)*NumLabels])
		bk := (*[NumLabels]uint8)(back[i*NumLabels : (i+1)*NumLabels])
		for b, k := range best {
			cur[b] = int32(k>>8) + row[b]
			bk[b] = uint8(255 - k&255)
		}
	}
	arg := Label(0)
	best := int32(never)
	for l := Label(0); l < NumLabels; l++ {
		if canEnd(l) && cur[l] > best {
			best, arg = cur[l], l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = Label(back[i*NumLabels+int(arg)])
	}
}

// The labels after which no name is open: O, and the L and U of each kind.
const (
	lPER, uPER   = 1 + 4*int(PER) + posL, 1 + 4*int(PER) + posU
	lORG, uORG   = 1 + 4*int(ORG) + posL, 1 + 4*int(ORG) + posU
	lLOC, uLOC   = 1 + 4*int(LOC) + posL, 1 + 4*int(LOC) + posU
	lMISC, uMISC = 1 + 4*int(MISC) + posL, 1 + 4*int(MISC) + posU
)

// bestAfterClosed returns the largest of key[a]+into[a] over the labels a
// after which no name is open: the best way into O, a B or a U.
func bestAfterClosed(key, into *[NumLabels]int64) int64 {
	return max(key[O]+into[O],
		key[lPER]+into[lPER], key[uPER]+into[uPER],
		key[lORG]+into[lORG], key[uORG]+into[uORG],
		key[lLOC]+into[lLOC], key[uLOC]+into[uLOC],
		key[lMISC]+into[lMISC], key[uMISC]+into[uMISC])
}
