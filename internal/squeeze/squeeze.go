// Package squeeze is a slow, thorough gzip compressor for files that are
// compressed once and downloaded many times, such as the site's
// WebAssembly binary: it spends seconds per megabyte to send fewer bytes
// on every download.
//
// It writes standard gzip (RFC 1952) around a DEFLATE (RFC 1951) stream
// found in the manner of Zopfli. On the site's 5.3 MB WebAssembly binary
// the result is about 6% smaller than compress/gzip's best level (and a
// little smaller than the zopfli tool's), taking some 10 seconds on two
// cores and 200 MB of memory. The pipeline, per segment of input:
//
//  1. Match finding (matchfind.go): for every position, the closest match
//     of every length, found once by a binary-tree match finder.
//  2. Optimal parsing (parse.go): the cheapest sequence of literals and
//     matches under a bit-cost model, as a shortest path; the model is
//     re-estimated from the previous parse's symbol counts and the parse
//     repeated, keeping the best.
//  3. Block splitting (split.go): block boundaries chosen to minimise the
//     estimated encoded size; then each block is parsed again with cost
//     models of its own, and the result split again (compressSegment).
//  4. Huffman coding (huffman.go, block.go): length-limited codes by
//     package-merge, the header's code lengths run-length coded with the
//     cheapest use of the repeat symbols, and for each block the smallest
//     of the stored, fixed and dynamic encodings.
//  5. Bit writing (bitwriter.go), and the gzip framing (Gzip).
//
// Segments are compressed in parallel; the output depends only on the input
// and the iteration count.
package squeeze

import (
	"encoding/binary"
	"hash/crc32"
	"runtime"
	"sync"
)

// DefaultIterations is the recommended iteration count for Gzip.
const DefaultIterations = 10

// segmentSize is the stretch of input compressed independently of the
// others (matches still reach back into the previous one). It bounds the
// memory of the match lists and lets segments run in parallel.
const segmentSize = 1 << 20

// Gzip returns data compressed as one gzip member, with no file name and a
// zero modification time, so equal inputs give equal outputs.
//
// iterations is the number of parsing passes per block, each with a cost
// model re-estimated from the previous pass; more passes give smaller
// output, with diminishing returns. Values below 1 count as 1.
func Gzip(data []byte, iterations int) []byte {
	iterations = max(iterations, 1)
	out := []byte{
		0x1f, 0x8b, // magic
		8,          // CM: deflate
		0,          // FLG: no name, comment or extra field
		0, 0, 0, 0, // MTIME: none
		2,   // XFL: slowest compression
		255, // OS: unknown
	}
	w := bitWriter{out: out}
	blocks := deflateBlocks(data, iterations)
	for i, b := range blocks {
		b.write(&w, data, i == len(blocks)-1)
	}
	w.alignToByte()
	out = binary.LittleEndian.AppendUint32(w.out, crc32.ChecksumIEEE(data))
	return binary.LittleEndian.AppendUint32(out, uint32(len(data)))
}

// deflateBlocks splits data into segments, compresses them in parallel and
// returns all their blocks in order. Empty input gives one empty block.
func deflateBlocks(data []byte, iterations int) []*block {
	if len(data) == 0 {
		return []*block{{kind: blockFixed}}
	}
	nseg := (len(data) + segmentSize - 1) / segmentSize
	results := make([][]*block, nseg)
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(nseg, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				start := i * segmentSize
				end := min(len(data), start+segmentSize)
				results[i] = compressSegment(data, start, end, iterations)
			}
		}()
	}
	for i := range nseg {
		next <- i
	}
	close(next)
	wg.Wait()
	var blocks []*block
	for _, r := range results {
		blocks = append(blocks, r...)
	}
	return blocks
}

const (
	// segmentPasses is the number of parsing passes over a whole segment,
	// with one cost model, that give the first split its parse.
	segmentPasses = 3
	// splitRounds is the number of times the segment is split into blocks
	// and each block is parsed again with cost models of its own.
	splitRounds = 2
)

// compressSegment returns the blocks for data[start:end].
func compressSegment(data []byte, start, end, iterations int) []*block {
	mc := findMatches(data, start, end)
	ps := newParser(data, mc)
	syms := ps.parse(start, end, fixedCosts, nil)
	for range segmentPasses {
		var h histogram
		h.addAll(syms)
		syms = ps.parse(start, end, statCostModel(&h), nil)
	}
	var blocks []*block
	for round := range splitRounds {
		if round > 0 {
			syms = nil
			for _, b := range blocks {
				syms = append(syms, b.syms...)
			}
		}
		bounds := newSplitter(syms).split()
		blocks = make([]*block, 0, len(bounds)-1)
		pos := start
		for k := 1; k < len(bounds); k++ {
			b := &block{start: pos, syms: syms[bounds[k-1]:bounds[k]]}
			for _, s := range b.syms {
				pos += s.size()
			}
			b.end = pos
			blocks = append(blocks, optimizeBlock(ps, b, iterations))
		}
	}
	return blocks
}

// optimizeBlock returns the smallest of the given block and the same
// stretch parsed for the fixed codes, then passes times with a cost model
// from the previous parse's counts.
//
// The passes alternate between two models of those counts: their
// information content alone, and blended half and half with the lengths of
// the Huffman code they would get. The two lead to different parses, and
// keeping the best of both ends smaller than iterating either alone.
func optimizeBlock(ps *parser, b *block, passes int) *block {
	best, bestBits := b, b.choose()
	consider := func(syms []symbol) {
		nb := &block{start: b.start, end: b.end, syms: syms}
		if bits := nb.choose(); bits < bestBits {
			best, bestBits = nb, bits
		}
	}
	consider(ps.parse(b.start, b.end, fixedCosts, nil))
	cur := b.syms
	for pass := range passes {
		var h histogram
		h.addAll(cur)
		m := statCostModel(&h)
		if pass%2 == 1 {
			m.blend(buildDynamic(&h, false), 0.5)
		}
		cur = ps.parse(b.start, b.end, m, nil)
		consider(cur)
	}
	return best
}
