package export

import "unicode/utf8"

// runeIndex converts byte offsets of a text into code-point offsets, the
// unit of the JSON output (as in the W3C Web Annotation TextPositionSelector).
// It keeps the code-point count at every 256th byte, so a conversion counts
// at most 255 bytes. An invalid byte counts as one code point, as U+FFFD
// replaces it.
type runeIndex struct {
	text   string
	counts []int // counts[i] = code points in text[:i*step], rounded to a rune start
	starts []int // starts[i] = the byte offset counts[i] was taken at
}

const step = 256

func newRuneIndex(text string) *runeIndex {
	ix := &runeIndex{text: text}
	n, b := 0, 0
	for off := 0; off <= len(text); off += step {
		for b < off && b < len(text) {
			_, w := utf8.DecodeRuneInString(text[b:])
			b += w
			n++
		}
		ix.counts = append(ix.counts, n)
		ix.starts = append(ix.starts, b)
	}
	return ix
}

// at returns the number of code points in text[:off].
func (ix *runeIndex) at(off int) int {
	i := off / step
	for i > 0 && ix.starts[i] > off {
		i--
	}
	return ix.counts[i] + utf8.RuneCountInString(ix.text[ix.starts[i]:off])
}
