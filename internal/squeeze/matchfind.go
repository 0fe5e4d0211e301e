package squeeze

import (
	"encoding/binary"
	"math/bits"
)

// Match finding.
//
// For optimal parsing we want, at every position, the closest earlier
// occurrence for every possible match length. These form a short list of
// (length, distance) pairs in which both grow: the closest match of length
// 3, then the closest one that is longer, and so on. A binary tree match
// finder yields exactly that list while it inserts the position.
//
// The tree for each hash bucket holds the earlier positions ordered by the
// bytes that follow them, and newer positions sit above older ones (each
// new position becomes the root). For any length L, the positions sharing
// at least L bytes with the new one form one run of that order around where
// the new position belongs, and the newest of them is an ancestor of the
// whole run, so the descent towards the new position's place passes it.
// Reporting each time the common prefix grows therefore gives, for each
// length, the smallest distance.

const (
	hashBits  = 16
	treeSlots = 2 * windowSize // ring of tree nodes; reused only once a node is out of reach
	maxDepth  = 1024           // bound on the nodes visited per position
)

// matchCache holds the match lists of every position of one segment, found
// once and reused by every parsing pass.
type matchCache struct {
	start   int      // input position of the first entry
	offsets []uint32 // matches[offsets[i]:offsets[i+1]] belong to position start+i
	matches []uint32 // packed by packMatch, lengths and distances increasing
}

// packMatch packs a match into 32 bits: length, distance symbol, distance-1.
func packMatch(length, dist int) uint32 {
	return uint32(length)<<20 | uint32(distSymbol(dist))<<15 | uint32(dist-1)
}

// matchLength, matchDistSym and matchDist unpack a value made by packMatch.
func matchLength(m uint32) int  { return int(m >> 20) }
func matchDistSym(m uint32) int { return int(m >> 15 & 31) }
func matchDist(m uint32) int    { return int(m&0x7fff) + 1 }

// at returns the match list of input position pos.
func (mc *matchCache) at(pos int) []uint32 {
	i := pos - mc.start
	return mc.matches[mc.offsets[i]:mc.offsets[i+1]]
}

// findMatches builds the match lists for the positions start..end-1 of
// data. Matches may reach back before start and forward past end; callers
// clip lengths to the stretch they parse.
func findMatches(data []byte, start, end int) *matchCache {
	mc := &matchCache{
		start:   start,
		offsets: make([]uint32, 0, end-start+1),
		matches: make([]uint32, 0, 4*(end-start)),
	}
	head := make([]int32, 1<<hashBits)
	for i := range head {
		head[i] = -1
	}
	tree := make([]int32, 2*treeSlots) // children of slot s: 2s smaller, 2s+1 greater

	for p := max(0, start-windowSize); p < end; p++ {
		record := p >= start
		if record {
			mc.offsets = append(mc.offsets, uint32(len(mc.matches)))
		}
		limit := min(maxMatch, len(data)-p)
		if limit < minMatch {
			continue
		}
		h := (uint32(data[p]) | uint32(data[p+1])<<8 | uint32(data[p+2])<<16) * 0x9E3779B1 >> (32 - hashBits)
		cur := head[h]
		head[h] = int32(p)

		slot := p & (treeSlots - 1)
		smaller, greater := 2*slot, 2*slot+1 // where the next visited node hangs
		lenSmaller, lenGreater := 0, 0       // common prefix with the nodes hung there
		best := minMatch - 1
		for depth := maxDepth; ; depth-- {
			if cur < 0 || p-int(cur) > windowSize || depth == 0 {
				tree[smaller], tree[greater] = -1, -1
				break
			}
			c := int(cur)
			l := commonPrefix(data, c, p, min(lenSmaller, lenGreater), limit)
			if l > best {
				best = l
				if record {
					mc.matches = append(mc.matches, packMatch(l, p-c))
				}
			}
			cs := c & (treeSlots - 1)
			if l == limit {
				// Equal as far as matches go: the new position replaces c.
				tree[smaller], tree[greater] = tree[2*cs], tree[2*cs+1]
				break
			}
			if data[c+l] < data[p+l] {
				tree[smaller] = cur
				smaller = 2*cs + 1
				cur = tree[smaller]
				lenSmaller = l
			} else {
				tree[greater] = cur
				greater = 2 * cs
				cur = tree[greater]
				lenGreater = l
			}
		}
	}
	mc.offsets = append(mc.offsets, uint32(len(mc.matches)))
	return mc
}

// commonPrefix returns how many bytes data[a:] and data[b:] share, counting
// from l (already known to match) and stopping at limit; b > a and
// b+limit ≤ len(data).
func commonPrefix(data []byte, a, b, l, limit int) int {
	for l+8 <= limit {
		x := binary.LittleEndian.Uint64(data[a+l:]) ^ binary.LittleEndian.Uint64(data[b+l:])
		if x != 0 {
			return l + bits.TrailingZeros64(x)/8
		}
		l += 8
	}
	for l < limit && data[a+l] == data[b+l] {
		l++
	}
	return l
}
