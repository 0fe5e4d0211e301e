package train

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/ner"
)

// WordOptions set how word facts are learnt.
type WordOptions struct {
	MinCount     int    // words seen fewer times are left out
	Coarse, Fine int    // the numbers of clusters at the two grains
	Contexts     int    // the most frequent words that serve as contexts
	Iterations   int    // k-means passes
	Seed         uint64 // k-means++ seeding
}

// Words learns what the model is told of each frequent word (lower-cased):
// two grains of word clusters, how the text capitalises it, whether GMB
// tags it as a nationality (counted in nationalities, at least three times)
// and whether it is a first name (it begins a person's name of several
// words at least three times, and at least half the times it is capitalised).
//
// The clusters group words that occur between the same neighbours: each
// word is a vector of the counts of the words just before and just after
// it (among the most frequent words; square roots, unit length), and
// spherical k-means, seeded by k-means++ with a fixed seed, groups them.
// Everything is sorted before use, so the result depends only on the inputs.
func Words(sents []Sentence, nationalities map[string]int, o WordOptions) map[string]ner.WordInfo {
	count := map[string]int{}
	capsCount, midCount := map[string]int{}, map[string]int{}
	firstCount, capsAll := map[string]int{}, map[string]int{}
	begin := ner.LabelOf(ner.PER, 0)
	for _, s := range sents {
		for i, w := range s.Words {
			lw := strings.ToLower(w)
			count[lw]++
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				capsAll[lw]++
				if s.Labels[i] == begin {
					firstCount[lw]++
				}
			}
			r, _ := utf8.DecodeRuneInString(w)
			if i == 0 || !unicode.IsLetter(r) || isOpening(s.Words[i-1]) {
				continue
			}
			midCount[lw]++
			if unicode.IsUpper(r) {
				capsCount[lw]++
			}
		}
	}
	var vocab []string
	for w, n := range count {
		if n >= o.MinCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if count[vocab[i]] != count[vocab[j]] {
			return count[vocab[i]] > count[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	vecs := contextVectors(sents, vocab, min(o.Contexts, len(vocab)))
	coarse := kmeans(vecs, o.Coarse, o.Iterations, o.Seed)
	fine := kmeans(vecs, o.Fine, o.Iterations, o.Seed+1)
	out := make(map[string]ner.WordInfo, len(vocab))
	for i, w := range vocab {
		casing := ner.CasingOf(capsCount[w], midCount[w])
		if midCount[w] < o.MinCount {
			casing = ner.CasingUnknown
		}
		first := firstCount[w] >= 3 && 2*firstCount[w] >= capsAll[w]
		out[w] = ner.MakeWordInfo(coarse[i]+1, fine[i]+1, casing, nationalities[w] >= 3, first)
	}
	return out
}

// isOpening reports whether w opens a quotation or bracket, after which a
// capital says nothing of a word.
func isOpening(w string) bool {
	switch w {
	case "\"", "“", "‘", "'", "(", "[", "``", "`", ":", "-", "--", "—", "–":
		return true
	}
	return false
}

// A sparse vector: sorted dimensions and their values.
type sparse struct {
	dims []int32
	vals []float32
}

// contextVectors builds, for each vocabulary word, the counts of its left
// and right neighbours among the first nctx vocabulary words (dimensions
// 0..nctx for the left, then the right; the last of each is "a sentence edge").
func contextVectors(sents []Sentence, vocab []string, nctx int) []sparse {
	index := make(map[string]int, len(vocab))
	for i, w := range vocab {
		index[w] = i
	}
	counts := make([]map[int32]float32, len(vocab))
	ctx := func(s Sentence, j int) int32 {
		if j < 0 || j >= len(s.Words) {
			return int32(nctx)
		}
		if k, ok := index[strings.ToLower(s.Words[j])]; ok && k < nctx {
			return int32(k)
		}
		return -1
	}
	for _, s := range sents {
		for i, w := range s.Words {
			k, ok := index[strings.ToLower(w)]
			if !ok {
				continue
			}
			if counts[k] == nil {
				counts[k] = map[int32]float32{}
			}
			if c := ctx(s, i-1); c >= 0 {
				counts[k][c]++
			}
			if c := ctx(s, i+1); c >= 0 {
				counts[k][int32(nctx+1)+c]++
			}
		}
	}
	out := make([]sparse, len(vocab))
	for k, m := range counts {
		var v sparse
		for d := range m {
			v.dims = append(v.dims, d)
		}
		sort.Slice(v.dims, func(a, b int) bool { return v.dims[a] < v.dims[b] })
		norm := 0.0
		for _, d := range v.dims {
			x := float32(math.Sqrt(float64(m[d])))
			v.vals = append(v.vals, x)
			norm += float64(x * x)
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for i := range v.vals {
				v.vals[i] *= inv
			}
		}
		out[k] = v
	}
	return out
}

// kmeans groups unit vectors into k clusters by cosine (spherical k-means,
// k-means++ seeding) and returns each vector's cluster.
func kmeans(vecs []sparse, k, iters int, seed uint64) []int {
	k = min(k, len(vecs))
	if k == 0 {
		return make([]int, len(vecs))
	}
	dim := 0
	for _, v := range vecs {
		if n := len(v.dims); n > 0 {
			dim = max(dim, int(v.dims[n-1])+1)
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x853c49e6748fea9b))
	cents := make([][]float32, 0, k)
	dense := func(v sparse) []float32 {
		c := make([]float32, dim)
		for i, d := range v.dims {
			c[d] = v.vals[i]
		}
		return c
	}
	dot := func(v sparse, c []float32) float32 {
		s := float32(0)
		for i, d := range v.dims {
			s += v.vals[i] * c[d]
		}
		return s
	}
	// k-means++: each next centre drawn with probability ∝ its distance to the nearest centre
	dist := make([]float64, len(vecs))
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	cents = append(cents, dense(vecs[rng.IntN(len(vecs))]))
	for len(cents) < k {
		last := cents[len(cents)-1]
		total := 0.0
		for i, v := range vecs {
			d := float64(2 - 2*dot(v, last))
			if d < dist[i] {
				dist[i] = d
			}
			total += max(dist[i], 0)
		}
		x := rng.Float64() * total
		pick := len(vecs) - 1
		for i := range vecs {
			x -= max(dist[i], 0)
			if x <= 0 {
				pick = i
				break
			}
		}
		cents = append(cents, dense(vecs[pick]))
	}
	assign := make([]int, len(vecs))
	for it := 0; it < iters; it++ {
		for i, v := range vecs {
			best, arg := float32(-2), 0
			for c, cent := range cents {
				if s := dot(v, cent); s > best {
					best, arg = s, c
				}
			}
			assign[i] = arg
		}
		for _, c := range cents {
			clear(c)
		}
		for i, v := range vecs {
			c := cents[assign[i]]
			for j, d := range v.dims {
				c[d] += v.vals[j]
			}
		}
		for _, c := range cents {
			norm := float32(0)
			for _, x := range c {
				norm += x * x
			}
			if norm > 0 {
				inv := float32(1 / math.Sqrt(float64(norm)))
				for j := range c {
					c[j] *= inv
				}
			}
		}
	}
	return assign
}
