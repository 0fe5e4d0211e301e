package squeeze

import "math/bits"

// DEFLATE alphabet limits (RFC 1951, section 3.2.5).
const (
	windowSize  = 32768 // largest back-reference distance
	minMatch    = 3     // shortest back-reference length
	maxMatch    = 258   // longest back-reference length
	numLitLen   = 286   // literal/length symbols that may appear in a block
	numDist     = 30    // distance symbols that may appear in a block
	numCodeLen  = 19    // symbols of the code-length alphabet
	endOfBlock  = 256   // literal/length symbol closing every block
	maxCodeBits = 15    // longest literal/length or distance code
	maxCLBits   = 7     // longest code-length code
)

// Tables mapping lengths and distances to their symbols and extra bits,
// and the fixed codes, all from the rules of RFC 1951.
var (
	lengthSymbol, lengthBase, lengthExtra = lengthTables()
	distBase, distExtra                   = distTables()
	fixedLitLen, fixedDist                = fixedTables()

	// clOrder is the order in which code-length code lengths are sent.
	clOrder = [numCodeLen]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
)

// lengthTables returns, for lengths 3..258, their symbol (257..285), and
// for each length symbol (less 257) its smallest length and extra bits.
func lengthTables() (sym [maxMatch + 1]uint16, base [29]uint16, extra [29]uint8) {
	b := minMatch
	for i := 0; i < 28; i++ {
		n := 0
		if i >= 8 {
			n = (i - 4) / 4
		}
		base[i], extra[i] = uint16(b), uint8(n)
		for l := b; l < b+1<<n && l < maxMatch; l++ {
			sym[l] = uint16(257 + i)
		}
		b += 1 << n
	}
	// Length 258 has a symbol of its own, though 284 could reach it.
	base[28], extra[28] = maxMatch, 0
	sym[maxMatch] = 285
	return sym, base, extra
}

// distTables returns each distance symbol's smallest distance and extra
// bits.
func distTables() (base [numDist]uint16, extra [numDist]uint8) {
	b := 1
	for i := 0; i < numDist; i++ {
		n := 0
		if i >= 4 {
			n = (i - 2) / 2
		}
		base[i], extra[i] = uint16(b), uint8(n)
		b += 1 << n
	}
	return base, extra
}

// fixedTables returns the code lengths of the fixed literal/length and
// distance codes.
func fixedTables() (litLen [288]uint8, dist [32]uint8) {
	for i := range litLen {
		switch {
		case i < 144:
			litLen[i] = 8
		case i < 256:
			litLen[i] = 9
		case i < 280:
			litLen[i] = 7
		default:
			litLen[i] = 8
		}
	}
	for i := range dist {
		dist[i] = 5
	}
	return litLen, dist
}

// distSymbol returns the distance symbol (0..29) for a distance 1..32768.
func distSymbol(d int) int {
	if d <= 4 {
		return d - 1
	}
	x := uint32(d - 1)
	n := bits.Len32(x) - 1 // x lies in [2^n, 2^(n+1))
	return 2*n + int(x>>(n-1)&1)
}

// symbol is one step of a parse: a literal byte, or a back-reference.
type symbol struct {
	litLen uint16 // the literal byte when dist is 0, otherwise the match length
	dist   uint16 // 0 for a literal, otherwise the match distance
}

// size returns how many input bytes the symbol stands for.
func (s symbol) size() int {
	if s.dist == 0 {
		return 1
	}
	return int(s.litLen)
}

// histogram counts the symbols of a stretch of a parse, as used to build
// the Huffman codes of one block. The end-of-block symbol is not counted.
type histogram struct {
	litLen [numLitLen]uint32
	dist   [numDist]uint32
}

// add counts one parse step.
func (h *histogram) add(s symbol) {
	if s.dist == 0 {
		h.litLen[s.litLen]++
		return
	}
	h.litLen[lengthSymbol[s.litLen]]++
	h.dist[distSymbol(int(s.dist))]++
}

// addAll counts every step of syms.
func (h *histogram) addAll(syms []symbol) {
	for _, s := range syms {
		h.add(s)
	}
}

// sub removes the counts of o, which must be a part of h.
func (h *histogram) sub(o *histogram) {
	for i := range h.litLen {
		h.litLen[i] -= o.litLen[i]
	}
	for i := range h.dist {
		h.dist[i] -= o.dist[i]
	}
}

// extraBits returns the number of extra bits the counted back-references
// need, which depends on their symbols only.
func (h *histogram) extraBits() int {
	n := 0
	for i, c := range h.litLen[257:] {
		n += int(c) * int(lengthExtra[i])
	}
	for i, c := range h.dist {
		n += int(c) * int(distExtra[i])
	}
	return n
}
