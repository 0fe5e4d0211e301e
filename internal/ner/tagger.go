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
		var acc [NumLabels]int32
		for _, id := range ids[i*numTemplates : (i+1)*numTemplates] {
			row := m.Weights[int(id)*NumLabels : int(id)*NumLabels+NumLabels]
			for l, w := range row {
				acc[l] += int32(w)
			}
		}
		copy(emit[i*NumLabels:], acc[:])
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
	var cur, next [NumLabels]T
	var ok, nextOK [NumLabels]bool
	for l := Label(0); l < NumLabels; l++ {
		ok[l] = canStart(l)
		cur[l] = trans[NumLabels][l] + emit[l]
	}
	for i := 1; i < n; i++ {
		for b := Label(0); b < NumLabels; b++ {
			best, arg, found := T(0), uint8(0), false
			for a := Label(0); a < NumLabels; a++ {
				if !ok[a] || !allowedTable[a][b] {
					continue
				}
				v := cur[a] + trans[a][b]
				if !found || v > best {
					best, arg, found = v, uint8(a), true
				}
			}
			nextOK[b] = found
			next[b] = best + emit[i*NumLabels+int(b)]
			back[i*NumLabels+int(b)] = arg
		}
		cur, ok = next, nextOK
	}
	best, arg, found := T(0), Label(0), false
	for l := Label(0); l < NumLabels; l++ {
		if ok[l] && canEnd(l) && (!found || cur[l] > best) {
			best, arg, found = cur[l], l, true
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = Label(back[i*NumLabels+int(arg)])
	}
}

// allowedTable caches allowed for the decoder's inner loop.
var allowedTable = func() (t [NumLabels][NumLabels]bool) {
	for a := Label(0); a < NumLabels; a++ {
		for b := Label(0); b < NumLabels; b++ {
			t[a][b] = allowed(a, b)
		}
	}
	return t
}()
