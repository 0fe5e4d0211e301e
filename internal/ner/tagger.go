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
	ids := m.Features(words, s)
	if cap(s.score) < n*NumLabels {
		s.score = make([]int32, n*NumLabels)
	}
	emit := s.score[:n*NumLabels]
	for i := 0; i < n; i++ {
		var acc [packedWords]uint64
		added := int32(0)
		for _, id := range ids[i*numTemplates : (i+1)*numTemplates] {
			k := int(m.Index[id])
			if k == 0 {
				continue
			}
			row := (*[packedWords]uint64)(m.packed[(k-1)*packedWords : k*packedWords])
			for w := range acc {
				acc[w] += row[w]
			}
			added++
		}
		out := (*[NumLabels]int32)(emit[i*NumLabels : (i+1)*NumLabels])
		for l := range out {
			out[l] = int32(acc[l/4]>>(16*(l%4))&0xffff) - 128*added
		}
	}
	if cap(s.labels) < n {
		s.labels = make([]Label, n)
	}
	out := s.labels[:n]
	Viterbi(emit, &m.Trans, out, s)
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
