package ner

import "math"

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
	decode(emit, m.transTables, out, s)
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
// compiles to conditional moves. tt holds the transition scores.
func decode(emit []int32, tt *transTables, out []Label, s *Scratch) {
	n := len(out)
	if n == 0 {
		return
	}
	if cap(s.back) < n*NumLabels {
		s.back = make([]uint8, n*NumLabels)
	}
	back := s.back[:n*NumLabels]
	trans, intoOpening, intoInside, gap := &tt.trans, &tt.intoOpening, &tt.intoInside, &tt.gap
	const never = -1 << 29 // below any reachable score
	var cur [NumLabels]int32
	for l := Label(0); l < NumLabels; l++ {
		cur[l] = never
		if canStart(l) {
			cur[l] = trans[NumLabels][l] + emit[l]
		}
	}
	for i := 1; i < n; i++ {
		row := (*[NumLabels]int32)(emit[i*NumLabels : (i+1)*NumLabels])
		bk := (*[NumLabels]uint8)(back[i*NumLabels : (i+1)*NumLabels])
		// cur is updated in place: each score is read (into a key, or
		// into o) before it is overwritten. kc holds the keys of the closed
		// labels, in the order of closedLabels, written out: constant
		// indices need no bounds checks.
		o := cur[O]
		fromO := o-cur[lPER] >= gap[1] && o-cur[uPER] >= gap[2] &&
			o-cur[lORG] >= gap[3] && o-cur[uORG] >= gap[4] &&
			o-cur[lLOC] >= gap[5] && o-cur[uLOC] >= gap[6] &&
			o-cur[lMISC] >= gap[7] && o-cur[uMISC] >= gap[8]
		var kc [len(closedLabels)]int64
		if !fromO {
			kc = [len(closedLabels)]int64{key(cur[O], O),
				key(cur[lPER], lPER), key(cur[uPER], uPER), key(cur[lORG], lORG), key(cur[uORG], uORG),
				key(cur[lLOC], lLOC), key(cur[uLOC], uLOC), key(cur[lMISC], lMISC), key(cur[uMISC], uMISC)}
		}
		for k := range numKinds {
			b := 1 + 4*k // the B of kind k; then I, L, U
			kB, kI := key(cur[b+posB], Label(b+posB)), key(cur[b+posI], Label(b+posI))
			bestI := max(kB+intoInside[b+posI][0], kI+intoInside[b+posI][1])
			bestL := max(kB+intoInside[b+posL][0], kI+intoInside[b+posL][1])
			cur[b+posI], bk[b+posI] = int32(bestI>>8)+row[b+posI], uint8(255-bestI&255)
			cur[b+posL], bk[b+posL] = int32(bestL>>8)+row[b+posL], uint8(255-bestL&255)
		}
		if fromO {
			// O is the best way into every opening label: no keys needed.
			// Written out, as kc is.
			t := &trans[O]
			cur[O], cur[bPER], cur[uPER] = o+t[O]+row[O], o+t[bPER]+row[bPER], o+t[uPER]+row[uPER]
			cur[bORG], cur[uORG], cur[bLOC] = o+t[bORG]+row[bORG], o+t[uORG]+row[uORG], o+t[bLOC]+row[bLOC]
			cur[uLOC], cur[bMISC], cur[uMISC] = o+t[uLOC]+row[uLOC], o+t[bMISC]+row[bMISC], o+t[uMISC]+row[uMISC]
			const from = uint8(O)
			bk[O], bk[bPER], bk[uPER], bk[bORG], bk[uORG], bk[bLOC], bk[uLOC], bk[bMISC], bk[uMISC] = from, from, from, from, from, from, from, from, from
			continue
		}
		for j, b := range openingLabels {
			t := &intoOpening[j]
			best := max(kc[0]+t[0], kc[1]+t[1], kc[2]+t[2], kc[3]+t[3], kc[4]+t[4],
				kc[5]+t[5], kc[6]+t[6], kc[7]+t[7], kc[8]+t[8])
			cur[b], bk[b] = int32(best>>8)+row[b], uint8(255-best&255)
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

// transTables are a model's transition scores as decode reads them.
type transTables struct {
	_     [0]func() // not comparable (see wordEntry)
	trans [NumLabels + 1][NumLabels]int32
	// shifted so that adding one to a key keeps its label: into O, B and
	// U from the closed labels; into I and L from the B and I of their kind
	intoOpening [len(openingLabels)][len(closedLabels)]int64
	intoInside  [NumLabels][2]int64
	// O is the best way into every opening label when it outscores each
	// other closed label c by gap[c] or more: c's best transition into an
	// opening label, less O's into the same label, cannot make up the
	// difference, and O wins ties (its key is the larger). It does for most
	// tokens, and then the other eight are not tried.
	gap [len(closedLabels)]int32
}

func newTransTables(trans *[NumLabels + 1][NumLabels]int32) *transTables {
	tt := &transTables{trans: *trans}
	for j, b := range openingLabels {
		for c, a := range closedLabels {
			tt.intoOpening[j][c] = int64(trans[a][b]) << 8
		}
	}
	for k := range numKinds {
		b := 1 + 4*k // the B of kind k; then I, L, U
		for _, l := range [...]int{b + posI, b + posL} {
			tt.intoInside[l] = [2]int64{int64(trans[b+posB][l]) << 8, int64(trans[b+posI][l]) << 8}
		}
	}
	for c, a := range closedLabels[1:] {
		tt.gap[c+1] = math.MinInt32
		for _, b := range openingLabels {
			tt.gap[c+1] = max(tt.gap[c+1], trans[a][b]-trans[O][b])
		}
	}
	return tt
}

// key is decode's key of label l with score v.
func key(v int32, l Label) int64 { return int64(v)<<8 | int64(255-l) }

// closedLabels are the labels after which no name is open: O, and the L
// and U of each kind. openingLabels may follow only them: O, and the B and
// U of each kind.
var (
	closedLabels  = [...]Label{O, lPER, uPER, lORG, uORG, lLOC, uLOC, lMISC, uMISC}
	openingLabels = [...]Label{O, bPER, uPER, bORG, uORG, bLOC, uLOC, bMISC, uMISC}
)

// the B, L and U labels of each kind
const (
	bPER, lPER, uPER    = Label(1 + 4*PER + posB), Label(1 + 4*PER + posL), Label(1 + 4*PER + posU)
	bORG, lORG, uORG    = Label(1 + 4*ORG + posB), Label(1 + 4*ORG + posL), Label(1 + 4*ORG + posU)
	bLOC, lLOC, uLOC    = Label(1 + 4*LOC + posB), Label(1 + 4*LOC + posL), Label(1 + 4*LOC + posU)
	bMISC, lMISC, uMISC = Label(1 + 4*MISC + posB), Label(1 + 4*MISC + posL), Label(1 + 4*MISC + posU)
)
