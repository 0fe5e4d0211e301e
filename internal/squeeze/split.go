package squeeze

import "math"

// Block splitting.
//
// Each block carries its own Huffman codes, so a boundary costs a header
// (some tens of bytes) and gains codes fitted to the data on either side.
// Boundaries are first chosen among evenly spaced candidate points by a
// shortest path over the candidates, each block priced by a quick estimate
// of its size; then each boundary is moved to the symbol where the two
// blocks beside it, priced by their real codes, cost least.

const (
	maxCandidates = 4096 // candidate boundaries per segment for the first choice
	minSpacing    = 32   // fewest symbols between candidates
)

// splitter chooses the blocks of one parse.
type splitter struct {
	syms    []symbol
	spacing int          // symbols between candidates
	cand    []int        // candidate boundaries: 0, spacing, 2*spacing, ..., len(syms)
	prefix  []histogram  // prefix[k]: counts of syms[:cand[k]]
	offset  []int        // offset[k]: input bytes of syms[:cand[k]]
	dc      *dynamicCode // scratch for pricing
}

// newSplitter prepares candidates spaced evenly through syms.
func newSplitter(syms []symbol) *splitter {
	spacing := max(minSpacing, (len(syms)+maxCandidates-1)/maxCandidates)
	sp := &splitter{syms: syms, spacing: spacing, dc: &dynamicCode{}}
	var h histogram
	bytes, prev := 0, 0
	for k := 0; prev < len(syms) || k == 0; k++ {
		i := min(k*spacing, len(syms))
		for _, s := range syms[prev:i] {
			h.add(s)
			bytes += s.size()
		}
		sp.cand = append(sp.cand, i)
		sp.prefix = append(sp.prefix, h)
		sp.offset = append(sp.offset, bytes)
		prev = i
	}
	return sp
}

// split returns the block boundaries chosen for the parse: symbol indices,
// increasing, starting with 0 and ending with len(syms).
func (sp *splitter) split() []int {
	// Shortest path over candidates: best[j] is the cheapest way found to
	// code syms[:cand[j]] as whole blocks, from[j] where its last block
	// starts.
	nc := len(sp.cand)
	best := make([]int, nc)
	from := make([]int, nc)
	for j := 1; j < nc; j++ {
		best[j] = math.MaxInt
		for i := j - 1; i >= 0; i-- {
			if i%startStride(j-i) != 0 {
				continue
			}
			h := sp.prefix[j]
			h.sub(&sp.prefix[i])
			bound := math.MaxInt
			if best[j] < math.MaxInt {
				bound = best[j] - best[i]
			}
			if c := best[i] + sp.estimate(&h, sp.offset[j]-sp.offset[i], bound); c < best[j] {
				best[j], from[j] = c, i
			}
		}
	}
	var bounds []int
	for j := nc - 1; j > 0; j = from[j] {
		bounds = append(bounds, sp.cand[j])
	}
	bounds = append(bounds, 0)
	for i, j := 0, len(bounds)-1; i < j; i, j = i+1, j-1 {
		bounds[i], bounds[j] = bounds[j], bounds[i]
	}
	sp.refine(bounds)
	return bounds
}

// startStride limits where long blocks may start in the first choice, to
// bound the work: any candidate for blocks of up to 48 candidates, every
// 8th up to 384, every 64th beyond. The exact ends of long blocks matter
// less, and refine moves them afterwards.
func startStride(span int) int {
	switch {
	case span <= 48:
		return 1
	case span <= 384:
		return 8
	}
	return 64
}

// estimate quickly prices counts h, spanning n input bytes, as the cheapest
// kind of block. A dynamic block is estimated with each symbol costing its
// information content, -log2 of its frequency, and a header for code
// lengths rounded from those costs. Once the block is sure to cost at least
// bound, it returns early with some price no smaller than bound.
func (sp *splitter) estimate(h *histogram, n, bound int) int {
	cheap := min(fixedBits(h), storedBits(n))
	bound = min(bound, cheap)
	dc := sp.dc
	bits := 3.0 + float64(h.extraBits())
	bits += entropyLengths(h.litLen[:], 1, dc.litLen[:])
	bits += entropyLengths(h.dist[:], 0, dc.dist[:])
	if int(bits)+minHeaderBits >= bound {
		return cheap
	}
	dc.litLen[endOfBlock] = max(1, dc.litLen[endOfBlock])
	bits += float64(dc.encodeHeader(false))
	return min(int(bits), cheap)
}

// minHeaderBits is the least a dynamic header takes after the block type:
// the three counts and four code-length code lengths.
const minHeaderBits = 5 + 5 + 4 + 3*4

// entropyLengths returns the information content of counts, in which
// extra more occurrences of an uncounted symbol (end-of-block) take part,
// and sets lengths to the code lengths it suggests, from 1 to 15.
func entropyLengths(counts []uint32, extra int, lengths []uint8) float64 {
	total := extra
	for _, c := range counts {
		total += int(c)
	}
	if total == 0 {
		clear(lengths)
		return 0
	}
	logTotal := log2(total)
	bits := float64(extra) * logTotal
	for s, c := range counts {
		if c == 0 {
			lengths[s] = 0
			continue
		}
		cost := logTotal - log2(int(c))
		bits += float64(c) * cost
		lengths[s] = uint8(min(maxCodeBits, max(1, int(cost+0.5))))
	}
	return bits
}

// log2Table holds log2 of small numbers, for log2.
var log2Table = func() (t [4096]float64) {
	for i := 1; i < len(t); i++ {
		t[i] = math.Log2(float64(i))
	}
	return t
}()

// log2 returns the base-2 logarithm of a positive n.
func log2(n int) float64 {
	if n < len(log2Table) {
		return log2Table[n]
	}
	return math.Log2(float64(n))
}

// refine moves each inner boundary to where the two blocks beside it cost
// least, searching around it with ever finer steps.
func (sp *splitter) refine(bounds []int) {
	for k := 1; k+1 < len(bounds); k++ {
		lo, hi := bounds[k-1], bounds[k+1]
		cost := func(x int) int { return sp.price(lo, x) + sp.price(x, hi) }
		x := bounds[k]
		bestCost := cost(x)
		for step := sp.spacing; ; step = max(1, step/8) {
			center := x
			for d := -8; d <= 8; d++ {
				y := center + d*step
				if d == 0 || y <= lo || y >= hi {
					continue
				}
				if c := cost(y); c < bestCost {
					x, bestCost = y, c
				}
			}
			if step == 1 {
				break
			}
		}
		bounds[k] = x
	}
}

// price returns the bits of syms[i:j] as the cheapest kind of block, with
// a dynamic block's codes built as for the output, only searched less.
func (sp *splitter) price(i, j int) int {
	hi, ni := sp.prefixAt(i)
	h, n := sp.prefixAt(j)
	h.sub(&hi)
	n -= ni
	sp.dc.build(&h, 0, false)
	return min(sp.dc.bits, fixedBits(&h), storedBits(n))
}

// prefixAt returns the counts and input bytes of syms[:i], counted on from
// the nearest candidate at or before i.
func (sp *splitter) prefixAt(i int) (histogram, int) {
	k := i / sp.spacing
	h, n := sp.prefix[k], sp.offset[k]
	for _, s := range sp.syms[sp.cand[k]:i] {
		h.add(s)
		n += s.size()
	}
	return h, n
}
