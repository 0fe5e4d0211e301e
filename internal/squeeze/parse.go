package squeeze

import "math"

// Optimal parsing.
//
// A parse of a stretch of input is a path through its positions: from each
// position one may step one byte with a literal or L bytes with a match of
// length L. Given the bit cost of every step, the cheapest parse is a
// shortest path, found by one forward pass. The costs come from a model of
// the Huffman codes the block will get, which depend on the parse itself,
// so the parse is repeated with a model re-estimated from the symbol counts
// of the previous one.

// costModel holds the estimated bits of each kind of parse step.
type costModel struct {
	lit    [256]float64          // literal byte
	length [maxMatch + 1]float64 // length symbol plus its extra bits
	dist   [numDist]float64      // distance symbol plus its extra bits
}

// fixedCosts prices steps as the fixed Huffman codes of RFC 1951 do; it
// seeds the first pass and gives parses suited to fixed-code blocks.
var fixedCosts = fixedCostModel()

// fixedCostModel builds fixedCosts.
func fixedCostModel() *costModel {
	m := &costModel{}
	for i := range m.lit {
		m.lit[i] = float64(fixedLitLen[i])
	}
	for l := minMatch; l <= maxMatch; l++ {
		s := lengthSymbol[l]
		m.length[l] = float64(fixedLitLen[s]) + float64(lengthExtra[s-257])
	}
	for i := range m.dist {
		m.dist[i] = float64(fixedDist[i]) + float64(distExtra[i])
	}
	return m
}

// statCostModel prices each symbol at its information content, -log2 of
// its frequency in h (plus extra bits). Unseen symbols cost as much as a
// symbol seen once, so the next pass may still pick them.
func statCostModel(h *histogram) *costModel {
	var ll [numLitLen]float64
	entropyCosts(h.litLen[:], 1, ll[:])
	var d [numDist]float64
	entropyCosts(h.dist[:], 0, d[:])

	m := &costModel{}
	copy(m.lit[:], ll[:256])
	for l := minMatch; l <= maxMatch; l++ {
		s := lengthSymbol[l]
		m.length[l] = ll[s] + float64(lengthExtra[s-257])
	}
	for i := range m.dist {
		m.dist[i] = d[i] + float64(distExtra[i])
	}
	return m
}

// blend moves the model towards the code lengths of dc, weighing them w
// and the model 1-w. Symbols without a code count as one bit longer than
// the longest code.
func (m *costModel) blend(dc *dynamicCode, w float64) {
	codeBits := func(l uint8) float64 {
		if l == 0 {
			return maxCodeBits + 1
		}
		return float64(l)
	}
	for i := range m.lit {
		m.lit[i] = (1-w)*m.lit[i] + w*codeBits(dc.litLen[i])
	}
	for l := minMatch; l <= maxMatch; l++ {
		s := lengthSymbol[l]
		m.length[l] = (1-w)*m.length[l] + w*(codeBits(dc.litLen[s])+float64(lengthExtra[s-257]))
	}
	for i := range m.dist {
		m.dist[i] = (1-w)*m.dist[i] + w*(codeBits(dc.dist[i])+float64(distExtra[i]))
	}
}

// entropyCosts sets costs[i] to -log2(counts[i]/total), where total also
// includes extra (the end-of-block symbol, not in the counts).
func entropyCosts(counts []uint32, extra int, costs []float64) {
	total := extra
	for _, c := range counts {
		total += int(c)
	}
	if total == 0 {
		for i := range costs {
			costs[i] = math.Log2(float64(len(counts)))
		}
		return
	}
	logTotal := math.Log2(float64(total))
	for i, c := range counts {
		if c == 0 {
			costs[i] = logTotal
		} else {
			costs[i] = logTotal - math.Log2(float64(c))
		}
	}
}

// parser finds cheapest parses of stretches of one segment.
type parser struct {
	data []byte
	mc   *matchCache
	cost []float64 // cost[i]: cheapest bits to reach position a+i
	step []uint32  // step[i]: last step of that cheapest way, packed as length<<16 | distance
}

// newParser returns a parser for the segment covered by mc.
func newParser(data []byte, mc *matchCache) *parser {
	n := len(mc.offsets)
	return &parser{data: data, mc: mc, cost: make([]float64, n), step: make([]uint32, n)}
}

// parse returns the cheapest parse of data[a:b] under m, appended to out.
// Matches are clipped so that none runs past b.
func (ps *parser) parse(a, b int, m *costModel, out []symbol) []symbol {
	n := b - a
	cost, step := ps.cost[:n+1], ps.step[:n+1]
	for i := range cost {
		cost[i] = math.Inf(1)
	}
	cost[0] = 0
	data := ps.data
	for i := 0; i < n; i++ {
		c := cost[i]
		if v := c + m.lit[data[a+i]]; v < cost[i+1] {
			cost[i+1], step[i+1] = v, 1<<16
		}
		limit := min(maxMatch, n-i)
		if limit < minMatch {
			continue
		}
		ms := ps.mc.at(a + i)
		if len(ms) == 0 {
			continue
		}

		// Inside a long repetition, where a maximal match at the same
		// distance starts here and maxMatch bytes further on too, only a
		// maximal step is tried: it is what any good parse does there, and
		// trying every length would cost maxMatch relaxations per byte.
		if last := ms[len(ms)-1]; matchLength(last) == maxMatch && i+2*maxMatch <= n {
			if ahead := ps.mc.at(a + i + maxMatch); len(ahead) > 0 && ahead[len(ahead)-1] == last {
				if v := c + m.length[maxMatch] + m.dist[matchDistSym(last)]; v < cost[i+maxMatch] {
					cost[i+maxMatch], step[i+maxMatch] = v, maxMatch<<16|uint32(matchDist(last))
				}
				continue
			}
		}

		// Longest first: a length can use the distance of any match at
		// least that long, so keep the cheapest distance seen so far.
		bestDist, bestDistCost := 0, math.Inf(1)
		for k := len(ms) - 1; k >= 0; k-- {
			mk := ms[k]
			if dc := m.dist[matchDistSym(mk)]; dc < bestDistCost {
				bestDist, bestDistCost = matchDist(mk), dc
			}
			lo := minMatch
			if k > 0 {
				lo = matchLength(ms[k-1]) + 1
			}
			base := c + bestDistCost
			packed := uint32(bestDist)
			for l := min(matchLength(mk), limit); l >= lo; l-- {
				if v := base + m.length[l]; v < cost[i+l] {
					cost[i+l], step[i+l] = v, uint32(l)<<16|packed
				}
			}
		}
	}

	// Walk back from the end, then reverse the steps into out.
	first := len(out)
	for i := n; i > 0; {
		s := step[i]
		l, d := int(s>>16), int(s&0xffff)
		if d == 0 {
			out = append(out, symbol{litLen: uint16(data[a+i-1])})
		} else {
			out = append(out, symbol{litLen: uint16(l), dist: uint16(d)})
		}
		i -= l
	}
	for i, j := first, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
