package train

import (
	"math"
	"math/rand/v2"
	"sort"

	"github.com/newsroom-tools/annotator/internal/ner"
)

// Options set a training run.
type Options struct {
	Bits   uint8  // the feature table has 1<<Bits rows
	Epochs int    // passes over the data
	Seed   uint64 // shuffles the sentences each pass
	// Clip is the share of weights (by magnitude) that may saturate the int8
	// range when the weights are rounded: a larger share gives more
	// resolution to the rest.
	Clip float64
	// Prune zeroes the rows of the feature table whose largest rounded
	// weight is below it: the model file keeps only rows that matter.
	Prune int
	// WordDropout is the chance that a token's word-identity features are
	// swapped, in one pass, for those of an unknown word.
	WordDropout float64
	// Log, when set, is called after each pass.
	Log func(epoch, mistakes int)
}

// Train learns a model from sentences with an averaged structured
// perceptron: decode each sentence with Viterbi, and where the best labels
// differ from the gold ones move the weights toward the gold features. The
// result is deterministic given the sentences, word facts and options.
func Train(sents []Sentence, words map[string]ner.WordInfo, o Options) (*ner.Model, error) {
	f := ner.Featurizer{Bits: o.Bits, Words: words}

	feats := make([][]uint32, len(sents))
	unk := make([][]uint32, len(sents))
	var s ner.Scratch
	for i, st := range sents {
		feats[i] = append([]uint32(nil), f.Features(st.Words, &s)...)
		if o.WordDropout > 0 {
			unk[i] = append([]uint32(nil), f.UnknownFeatures(st.Words, &s)...)
		}
	}
	var idsBuf []uint32
	const L = ner.NumLabels
	rows := 1 << o.Bits
	w := make([]float32, rows*L)
	acc := make([]float32, rows*L) // Σ c·Δw, for averaging
	var trans, transAcc [L + 1][L]float32
	c := float32(1)

	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	var emit []float32
	var pred []ner.Label
	for epoch := 0; epoch < o.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes := 0
		for _, si := range order {
			st, ids := sents[si], feats[si]
			n := len(st.Words)
			if n == 0 {
				continue
			}
			if o.WordDropout > 0 {
				idsBuf = append(idsBuf[:0], ids...)
				for t := 0; t < n; t++ {
					if rng.Float64() < o.WordDropout {
						for k := 0; k < ner.NumTemplates; k++ {
							if ner.WordTemplates&(1<<k) != 0 {
								idsBuf[t*ner.NumTemplates+k] = unk[si][t*ner.NumTemplates+k]
							}
						}
					}
				}
				ids = idsBuf
			}
			emit = emit[:0]
			for i := 0; i < n; i++ {
				var a [L]float32
				for _, id := range ids[i*len(ids)/n : (i+1)*len(ids)/n] {
					row := w[int(id)*L : int(id)*L+L]
					for l := range a {
						a[l] += row[l]
					}
				}
				emit = append(emit, a[:]...)
			}
			pred = append(pred[:0], make([]ner.Label, n)...)
			ner.Viterbi(emit, &trans, pred, &s)
			wrong := false
			for i := range pred {
				if pred[i] != st.Labels[i] {
					wrong = true
					break
				}
			}
			if wrong {
				mistakes++
				for i := 0; i < n; i++ {
					g, p := st.Labels[i], pred[i]
					if g != p {
						for _, id := range ids[i*len(ids)/n : (i+1)*len(ids)/n] {
							w[int(id)*L+int(g)]++
							acc[int(id)*L+int(g)] += c
							w[int(id)*L+int(p)]--
							acc[int(id)*L+int(p)] -= c
						}
					}
					gp, pp := L, L
					if i > 0 {
						gp, pp = int(st.Labels[i-1]), int(pred[i-1])
					}
					if g != p || gp != pp {
						trans[gp][g]++
						transAcc[gp][g] += c
						trans[pp][p]--
						transAcc[pp][p] -= c
					}
				}
			}
			c++
		}
		if o.Log != nil {
			o.Log(epoch+1, mistakes)
		}
	}
	// average: w̄ = w − acc/c
	for i := range w {
		w[i] -= acc[i] / c
	}
	for a := range trans {
		for b := range trans[a] {
			trans[a][b] -= transAcc[a][b] / c
		}
	}
	return quantize(w, &trans, f, o.Clip, o.Prune)
}

// quantize rounds the weights to int8 with one scale for the whole model,
// chosen so that only the share clip of nonzero weights saturates, and
// zeroes the rows whose weights all round below prune.
func quantize(w []float32, trans *[ner.NumLabels + 1][ner.NumLabels]float32, f ner.Featurizer, clip float64, prune int) (*ner.Model, error) {
	var mags []float32
	for _, v := range w {
		if v != 0 {
			mags = append(mags, float32(math.Abs(float64(v))))
		}
	}
	scale := float32(1)
	if len(mags) > 0 {
		sort.Slice(mags, func(i, j int) bool { return mags[i] < mags[j] })
		k := int(float64(len(mags)-1) * (1 - clip))
		scale = 127 / mags[k]
	}
	dense := make([]int8, len(w))
	for i, v := range w {
		q := math.Round(float64(v * scale))
		dense[i] = int8(max(-127, min(127, q)))
	}
	var qt [ner.NumLabels + 1][ner.NumLabels]int32
	for a := range trans {
		for b := range trans[a] {
			qt[a][b] = int32(math.Round(float64(trans[a][b] * scale)))
		}
	}
	const L = ner.NumLabels
	for r := 0; r < len(dense); r += L {
		big := false
		for _, v := range dense[r : r+L] {
			if int(v) >= prune || int(v) <= -prune {
				big = true
				break
			}
		}
		if !big {
			clear(dense[r : r+L])
		}
	}
	return ner.NewModel(f, dense, qt)
}
