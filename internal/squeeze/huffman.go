package squeeze

import (
	"math/bits"
	"slices"
)

// maxSymbols bounds the alphabets coded here (the literal/length one is the
// largest).
const maxSymbols = numLitLen

// huffmanLengths fills lengths with optimal prefix-code lengths for counts,
// none longer than maxBits.
//
// It builds an unrestricted Huffman code first and, only when that is too
// deep, the length-limited optimum by package-merge. Symbols with a zero
// count get length 0. So that every decoder accepts the code, it is always
// complete: when fewer than two symbols are counted, the first uncounted
// symbols get length 1 too (a one-bit code per symbol).
func huffmanLengths(counts []uint32, maxBits int, lengths []uint8) {
	var buf [maxSymbols]uint64
	leaves := sortedLeaves(counts, lengths, buf[:])
	if leaves != nil && huffmanTree(leaves, lengths) > maxBits {
		packageMerge(leaves, maxBits, lengths)
	}
}

// approxHuffmanLengths is huffmanLengths for estimates: when the Huffman
// code is too deep it pushes the deep leaves up to maxBits and pays for
// that by moving the next deepest ones down, which is fast and nearly, but
// not always, optimal (the code may even be left incomplete).
func approxHuffmanLengths(counts []uint32, maxBits int, lengths []uint8) {
	var buf [maxSymbols]uint64
	leaves := sortedLeaves(counts, lengths, buf[:])
	if leaves == nil || huffmanTree(leaves, lengths) <= maxBits {
		return
	}
	var perLength [maxCodeBits + 1]int
	excess := -1 << maxBits // Kraft sum minus one, in units of 2^-maxBits
	for _, l := range leaves {
		d := min(int(lengths[l&0xffff]), maxBits)
		perLength[d]++
		excess += 1 << (maxBits - d)
	}
	for excess > 0 {
		d := maxBits - 1
		for perLength[d] == 0 {
			d--
		}
		perLength[d]--
		perLength[d+1]++
		excess -= 1 << (maxBits - d - 1)
	}
	// The lightest leaves take the longest codes.
	i := 0
	for d := maxBits; d >= 1; d-- {
		for range perLength[d] {
			lengths[leaves[i]&0xffff] = uint8(d)
			i++
		}
	}
}

// sortedLeaves clears lengths and returns the counted symbols packed as
// count<<16 | symbol, ordered by count and then symbol, in buf. With fewer
// than two counted symbols it gives the code described by huffmanLengths
// directly and returns nil.
func sortedLeaves(counts []uint32, lengths []uint8, buf []uint64) []uint64 {
	clear(lengths[:len(counts)])
	leaves := buf[:0]
	for s, c := range counts {
		if c > 0 {
			leaves = append(leaves, uint64(c)<<16|uint64(s))
		}
	}
	if len(leaves) < 2 {
		for s := 0; s < len(counts) && len(leaves) < 2; s++ {
			if counts[s] == 0 {
				leaves = append(leaves, uint64(s))
			}
		}
		for _, l := range leaves {
			lengths[l&0xffff] = 1
		}
		return nil
	}
	if len(leaves) <= 32 {
		for i := 1; i < len(leaves); i++ {
			for j := i; j > 0 && leaves[j] < leaves[j-1]; j-- {
				leaves[j], leaves[j-1] = leaves[j-1], leaves[j]
			}
		}
	} else {
		slices.Sort(leaves)
	}
	return leaves
}

// huffmanTree sets the lengths of an unrestricted Huffman code for the
// sorted leaves and returns the longest.
//
// Leaves and internal nodes are both consumed in order of weight, the
// internal nodes being made in that order too, so two queues replace a
// heap. Node i < n is leaf i; node n+j is the j-th internal node.
func huffmanTree(leaves []uint64, lengths []uint8) int {
	n := len(leaves)
	var weight [maxSymbols]uint64  // internal node weights
	var parent [2 * maxSymbols]int // parent node of every node
	li, ii := 0, 0                 // heads of the leaf and internal queues
	pick := func(made int) int {
		if li < n && (ii >= made || leaves[li]>>16 <= weight[ii]) {
			li++
			return li - 1
		}
		ii++
		return n + ii - 1
	}
	nodeWeight := func(i int) uint64 {
		if i < n {
			return leaves[i] >> 16
		}
		return weight[i-n]
	}
	for j := 0; j < n-1; j++ {
		a := pick(j)
		b := pick(j)
		weight[j] = nodeWeight(a) + nodeWeight(b)
		parent[a], parent[b] = n+j, n+j
	}
	// Depths, from the root (the last internal node) down.
	var depth [2 * maxSymbols]uint8
	for i := 2*n - 3; i >= 0; i-- {
		depth[i] = depth[parent[i]] + 1
	}
	deepest := 0
	for i, l := range leaves {
		lengths[l&0xffff] = depth[i]
		deepest = max(deepest, int(depth[i]))
	}
	return deepest
}

// packageMerge sets the optimal code lengths of at most maxBits for the
// sorted leaves (at least two, at most 2^maxBits).
//
// Working up from the deepest level, each level's list is the leaves
// merged by weight with pairs ("packages") of the list below. Of the top
// list the 2n-2 lightest entries make the code: walking down, the packages
// among the first k entries of a list stand for the first 2p entries of the
// list below, and each leaf taken adds one bit to its symbol's length. The
// leaves taken from a list are always its lightest ones.
func packageMerge(leaves []uint64, maxBits int, lengths []uint8) {
	n := len(leaves)
	clear(lengths)
	var isLeaf [maxCodeBits][2 * maxSymbols]bool
	var bufA, bufB [2 * maxSymbols]uint64
	prev, cur := bufA[:0], bufB[:0]
	for level := maxBits - 1; level >= 0; level-- {
		cur = cur[:0]
		flags := isLeaf[level][:0]
		li, pi := 0, 0
		for li < n || pi+1 < len(prev) {
			lw := uint64(1<<63 - 1)
			if li < n {
				lw = leaves[li] >> 16
			}
			if pi+1 < len(prev) && prev[pi]+prev[pi+1] < lw {
				cur = append(cur, prev[pi]+prev[pi+1])
				flags = append(flags, false)
				pi += 2
			} else {
				cur = append(cur, lw)
				flags = append(flags, true)
				li++
			}
		}
		prev, cur = cur, prev
	}
	k := 2*n - 2
	for level := 0; level < maxBits && k > 0; level++ {
		taken := 0
		for _, leaf := range isLeaf[level][:k] {
			if leaf {
				taken++
			}
		}
		for _, l := range leaves[:taken] {
			lengths[l&0xffff]++
		}
		k = 2 * (k - taken)
	}
}

// canonicalCodes assigns the canonical Huffman codes of RFC 1951 (section
// 3.2.2) to lengths, returned bit-reversed so that they can be written
// least significant bit first.
func canonicalCodes(lengths []uint8, codes []uint16) {
	var count [maxCodeBits + 1]int
	for _, l := range lengths {
		count[l]++
	}
	count[0] = 0
	var next [maxCodeBits + 1]int
	code := 0
	for b := 1; b <= maxCodeBits; b++ {
		code = (code + count[b-1]) << 1
		next[b] = code
	}
	for s, l := range lengths {
		if l == 0 {
			codes[s] = 0
			continue
		}
		codes[s] = bits.Reverse16(uint16(next[l])) >> (16 - l)
		next[l]++
	}
}
