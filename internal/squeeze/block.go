package squeeze

import "math"

// Block encoding: choosing between stored, fixed-code and dynamic-code
// blocks, building a dynamic block's codes and header, and writing blocks.

// Block types (the BTYPE field).
const (
	blockStored  = 0
	blockFixed   = 1
	blockDynamic = 2
)

// dynamicCode is the pair of Huffman codes of a dynamic block together with
// the encoded header that transmits them.
type dynamicCode struct {
	litLen  [numLitLen]uint8               // literal/length code lengths
	dist    [numDist]uint8                 // distance code lengths
	nLitLen int                            // code lengths sent for literals/lengths (HLIT+257)
	nDist   int                            // code lengths sent for distances (HDIST+1)
	cl      [numCodeLen]uint8              // code-length code lengths
	nCL     int                            // code-length code lengths sent (HCLEN+4)
	rle     []uint16                       // header symbols: code-length symbol | repeat-extra<<8
	rleBuf  [2][numLitLen + numDist]uint16 // backing for rle and for trial encodings
	bits    int                            // size of the whole block in bits
}

// dataBits returns the bits the counted symbols and an end-of-block marker
// take under the given code lengths, extra bits included.
func dataBits(h *histogram, litLen, dist []uint8) int {
	n := int(litLen[endOfBlock])
	for s, c := range h.litLen {
		n += int(c) * int(litLen[s])
	}
	for s, c := range h.dist {
		n += int(c) * int(dist[s])
	}
	return n + h.extraBits()
}

// fixedBits returns the size in bits of the counted symbols as one block
// with the fixed codes.
func fixedBits(h *histogram) int {
	return 3 + dataBits(h, fixedLitLen[:], fixedDist[:])
}

// storedBits returns the size in bits of n bytes sent as stored blocks,
// counting a whole byte for the header bits and alignment of each.
func storedBits(n int) int {
	chunks := max(1, (n+65534)/65535)
	return chunks*40 + 8*n
}

// buildDynamic derives the optimal length-limited codes for h and the
// cheapest header for them. With thorough set, it searches the header
// encodings harder, for the final block layout rather than estimates.
//
// The thorough search also tries codes built from smoothed counts, in which
// neighbouring symbols of similar frequency get equal counts: their code
// lengths then form runs that the header codes cheaply, which can outweigh
// the slightly longer data.
func buildDynamic(h *histogram, thorough bool) *dynamicCode {
	dc := &dynamicCode{}
	dc.build(h, 0, thorough)
	if thorough {
		for _, tol := range smoothTolerances {
			alt := &dynamicCode{}
			alt.build(h, tol, true)
			if alt.bits < dc.bits {
				dc = alt
			}
		}
	}
	return dc
}

// smoothTolerances are the strengths of smoothing that buildDynamic tries.
var smoothTolerances = []float64{0.15, 0.3, 0.6, 1}

// build fills dc as buildDynamic describes, with code lengths made from the
// counts smoothed with tolerance smooth (none when 0).
func (dc *dynamicCode) build(h *histogram, smooth float64, thorough bool) {
	var ll [numLitLen]uint32
	copy(ll[:], h.litLen[:])
	ll[endOfBlock] = 1
	d := h.dist
	if smooth > 0 {
		smoothCounts(ll[:], smooth)
		smoothCounts(d[:], smooth)
	}
	lengths := approxHuffmanLengths
	if thorough {
		lengths = huffmanLengths
	}
	lengths(ll[:], maxCodeBits, dc.litLen[:])
	lengths(d[:], maxCodeBits, dc.dist[:])
	dc.bits = 3 + dc.encodeHeader(thorough) + dataBits(h, dc.litLen[:], dc.dist[:])
}

// encodeHeader encodes the code lengths in dc.litLen and dc.dist, leaving
// out unused trailing symbols, and returns the header bits after the block
// type.
func (dc *dynamicCode) encodeHeader(thorough bool) int {
	dc.nLitLen = numLitLen
	for dc.nLitLen > 257 && dc.litLen[dc.nLitLen-1] == 0 {
		dc.nLitLen--
	}
	dc.nDist = numDist
	for dc.nDist > 1 && dc.dist[dc.nDist-1] == 0 {
		dc.nDist--
	}
	var seqBuf [numLitLen + numDist]uint8
	seq := append(append(seqBuf[:0], dc.litLen[:dc.nLitLen]...), dc.dist[:dc.nDist]...)
	return dc.encodeLengths(seq, thorough)
}

// smoothCounts replaces each stretch of at least four nonzero counts that
// stay within tol (relative) of the stretch's mean by that mean.
func smoothCounts(counts []uint32, tol float64) {
	for i := 0; i < len(counts); {
		if counts[i] == 0 {
			i++
			continue
		}
		sum, j := uint64(counts[i]), i+1
		for ; j < len(counts) && counts[j] != 0; j++ {
			mean := float64(sum) / float64(j-i)
			if math.Abs(float64(counts[j])-mean) > tol*mean {
				break
			}
			sum += uint64(counts[j])
		}
		if n := uint64(j - i); n >= 4 {
			avg := uint32(max(1, (sum+n/2)/n))
			for k := i; k < j; k++ {
				counts[k] = avg
			}
		}
		i = j
	}
}

// encodeLengths picks the run-length encoding of the code-length sequence
// seq and the code-length code, stores them in dc and returns the header
// bits after the block type. It tries each subset of the repeat symbols
// 16, 17 and 18 with a greedy encoder and, when thorough, refines the best
// by re-encoding optimally for the code it produced.
func (dc *dynamicCode) encodeLengths(seq []uint8, thorough bool) int {
	// The best encoding so far lives in one of dc.rleBuf, trials in the other.
	best, bestBuf := -1, 0
	lengths := approxHuffmanLengths
	if thorough {
		lengths = huffmanLengths
	}
	try := func(rle []uint16) {
		var counts [numCodeLen]uint32
		for _, r := range rle {
			counts[r&31]++
		}
		var cl [numCodeLen]uint8
		lengths(counts[:], maxCLBits, cl[:])
		bits := headerBits(rle, &cl)
		if best < 0 || bits < best {
			best, dc.rle, dc.cl = bits, rle, cl
			bestBuf = 1 - bestBuf
		}
	}
	for flags := 7; flags >= 0; flags-- {
		try(greedyRLE(seq, flags&1 != 0, flags&2 != 0, flags&4 != 0, dc.rleBuf[1-bestBuf][:0]))
		if !thorough {
			break
		}
	}
	if thorough {
		for range 3 {
			cl := dc.cl
			try(optimalRLE(seq, &cl, dc.rleBuf[1-bestBuf][:0]))
		}
	}
	dc.nCL = numCodeLen
	for dc.nCL > 4 && dc.cl[clOrder[dc.nCL-1]] == 0 {
		dc.nCL--
	}
	return best
}

// headerBits returns the bits of a dynamic header after the block type:
// the three counts, the code-length code and the encoded lengths.
func headerBits(rle []uint16, cl *[numCodeLen]uint8) int {
	nCL := numCodeLen
	for nCL > 4 && cl[clOrder[nCL-1]] == 0 {
		nCL--
	}
	bits := 5 + 5 + 4 + 3*nCL
	for _, r := range rle {
		bits += int(cl[r&31]) + int(repeatExtraBits(int(r&31)))
	}
	return bits
}

// repeatExtraBits returns the extra bits of a code-length symbol.
func repeatExtraBits(sym int) uint {
	switch sym {
	case 16:
		return 2
	case 17:
		return 3
	case 18:
		return 7
	}
	return 0
}

// greedyRLE encodes seq with the longest repeats allowed by the flags:
// use16 (repeat the previous length 3-6 times), use17 (3-10 zeros) and
// use18 (11-138 zeros).
func greedyRLE(seq []uint8, use16, use17, use18 bool, out []uint16) []uint16 {
	for i := 0; i < len(seq); {
		v := seq[i]
		run := 1
		for i+run < len(seq) && seq[i+run] == v {
			run++
		}
		i += run
		if v == 0 && (use17 || use18) {
			for use18 && run >= 11 {
				n := min(run, 138)
				out = append(out, 18|uint16(n-11)<<8)
				run -= n
			}
			for use17 && run >= 3 {
				n := min(run, 10)
				out = append(out, 17|uint16(n-3)<<8)
				run -= n
			}
		} else if use16 && run >= 4 {
			out = append(out, uint16(v))
			run--
			for run >= 3 {
				n := min(run, 6)
				out = append(out, 16|uint16(n-3)<<8)
				run -= n
			}
		}
		for ; run > 0; run-- {
			out = append(out, uint16(v))
		}
	}
	return out
}

// optimalRLE encodes seq at the least cost under the code-length code cl,
// by a shortest path over the positions of seq. Symbols without a code are
// not used; cl must come from an encoding of seq, so that one exists. The
// result is appended to out.
func optimalRLE(seq []uint8, cl *[numCodeLen]uint8, out []uint16) []uint16 {
	const inf = 1 << 30
	n := len(seq)
	var costBuf [numLitLen + numDist + 1]int
	var fromBuf [numLitLen + numDist + 1]uint16 // the symbol ending the best encoding of seq[:i]
	cost, from := costBuf[:n+1], fromBuf[:n+1]
	for i := 1; i <= n; i++ {
		cost[i] = inf
	}
	relax := func(i, j int, sym uint16, bits int) {
		if c := cost[i] + bits; c < cost[j] {
			cost[j], from[j] = c, sym
		}
	}
	for i := 0; i < n; i++ {
		if cost[i] == inf {
			continue
		}
		v := seq[i]
		if cl[v] > 0 {
			relax(i, i+1, uint16(v), int(cl[v]))
		}
		run := 1
		for i+run < n && seq[i+run] == v && run < 138 {
			run++
		}
		if i > 0 && seq[i-1] == v && cl[16] > 0 {
			for k := 3; k <= min(run, 6); k++ {
				relax(i, i+k, 16|uint16(k-3)<<8, int(cl[16])+2)
			}
		}
		if v == 0 && cl[17] > 0 {
			for k := 3; k <= min(run, 10); k++ {
				relax(i, i+k, 17|uint16(k-3)<<8, int(cl[17])+3)
			}
		}
		if v == 0 && cl[18] > 0 {
			for k := 11; k <= run; k++ {
				relax(i, i+k, 18|uint16(k-11)<<8, int(cl[18])+7)
			}
		}
	}
	first := len(out)
	for i := n; i > 0; {
		sym := from[i]
		out = append(out, sym)
		switch sym & 31 {
		case 16:
			i -= int(sym>>8) + 3
		case 17:
			i -= int(sym>>8) + 3
		case 18:
			i -= int(sym>>8) + 11
		default:
			i--
		}
	}
	for i, j := first, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// block is one DEFLATE block of the output: a stretch of input, its parse
// and the encoding chosen for it.
type block struct {
	start, end int      // input positions covered
	syms       []symbol // the parse of data[start:end]
	kind       int      // blockStored, blockFixed or blockDynamic
	code       *dynamicCode
}

// choose picks the smallest encoding for the block's parse and returns its
// size in bits.
func (b *block) choose() int {
	var h histogram
	h.addAll(b.syms)
	b.code = buildDynamic(&h, true)
	b.kind = blockDynamic
	bits := b.code.bits
	if f := fixedBits(&h); f < bits {
		b.kind, bits = blockFixed, f
	}
	if s := storedBits(b.end - b.start); s < bits {
		b.kind, bits = blockStored, s
	}
	return bits
}

// write emits the block; final marks the last block of the stream.
func (b *block) write(w *bitWriter, data []byte, final bool) {
	fin := uint32(0)
	if final {
		fin = 1
	}
	switch b.kind {
	case blockStored:
		for p := b.start; ; {
			n := min(b.end-p, 65535)
			last := p+n == b.end
			f := uint32(0)
			if last {
				f = fin
			}
			w.writeBits(f|blockStored<<1, 3)
			w.alignToByte()
			w.writeBits(uint32(n)|uint32(^uint16(n))<<16, 32)
			w.writeBytes(data[p : p+n])
			p += n
			if last {
				return
			}
		}
	case blockFixed:
		w.writeBits(fin|blockFixed<<1, 3)
		writeSymbols(w, b.syms, fixedLitLen[:], fixedDist[:])
	case blockDynamic:
		dc := b.code
		w.writeBits(fin|blockDynamic<<1, 3)
		w.writeBits(uint32(dc.nLitLen-257), 5)
		w.writeBits(uint32(dc.nDist-1), 5)
		w.writeBits(uint32(dc.nCL-4), 4)
		for _, s := range clOrder[:dc.nCL] {
			w.writeBits(uint32(dc.cl[s]), 3)
		}
		var clCodes [numCodeLen]uint16
		canonicalCodes(dc.cl[:], clCodes[:])
		for _, r := range dc.rle {
			s := r & 31
			w.writeBits(uint32(clCodes[s]), uint(dc.cl[s]))
			w.writeBits(uint32(r>>8), repeatExtraBits(int(s)))
		}
		writeSymbols(w, b.syms, dc.litLen[:], dc.dist[:])
	}
}

// writeSymbols emits a parse and the end-of-block marker with the given
// code lengths.
func writeSymbols(w *bitWriter, syms []symbol, litLenLens, distLens []uint8) {
	litCodes := make([]uint16, len(litLenLens))
	canonicalCodes(litLenLens, litCodes)
	distCodes := make([]uint16, len(distLens))
	canonicalCodes(distLens, distCodes)
	for _, s := range syms {
		if s.dist == 0 {
			w.writeBits(uint32(litCodes[s.litLen]), uint(litLenLens[s.litLen]))
			continue
		}
		ls := lengthSymbol[s.litLen]
		w.writeBits(uint32(litCodes[ls]), uint(litLenLens[ls]))
		w.writeBits(uint32(s.litLen-lengthBase[ls-257]), uint(lengthExtra[ls-257]))
		ds := distSymbol(int(s.dist))
		w.writeBits(uint32(distCodes[ds]), uint(distLens[ds]))
		w.writeBits(uint32(int(s.dist)-int(distBase[ds])), uint(distExtra[ds]))
	}
	w.writeBits(uint32(litCodes[endOfBlock]), uint(litLenLens[endOfBlock]))
}
