package eval

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/annotate"
)

// A runeText is a text as code points, the unit of the data sets' offsets,
// with the conversion from the annotator's byte offsets.
type runeText struct {
	runes  []rune
	byteAt []int // byteAt[i] = byte offset of rune i; byteAt[len] = len(text)
}

func newRuneText(s string) *runeText {
	t := &runeText{runes: make([]rune, 0, len(s)), byteAt: make([]int, 0, len(s)+1)}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		t.runes = append(t.runes, r)
		t.byteAt = append(t.byteAt, i)
		i += w
	}
	t.byteAt = append(t.byteAt, len(s))
	return t
}

// cp converts a byte offset to a code-point offset.
func (t *runeText) cp(b int) int {
	lo, hi := 0, len(t.byteAt)-1
	for lo < hi {
		m := (lo + hi) / 2
		if t.byteAt[m] < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// span converts a byte span of the annotator to code points.
func (t *runeText) span(s annotate.Span) cpSpan { return cpSpan{t.cp(s.Start), t.cp(s.End)} }

// A cpSpan is a half-open range of code points.
type cpSpan struct{ Start, End int }

func (s cpSpan) overlaps(o cpSpan) bool { return s.Start < o.End && o.Start < s.End }
func (s cpSpan) empty() bool            { return s.End <= s.Start }

// alnum counts the letters and digits of t inside s.
func (t *runeText) alnum(s cpSpan) int {
	n := 0
	for i := max(s.Start, 0); i < s.End && i < len(t.runes); i++ {
		if isAlnum(t.runes[i]) {
			n++
		}
	}
	return n
}

// alnumIn counts the letters and digits of t inside both a and b.
func (t *runeText) alnumIn(a, b cpSpan) int {
	return t.alnum(cpSpan{max(a.Start, b.Start), min(a.End, b.End)})
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// snippet returns the text of s, shortened for a report line.
func (t *runeText) snippet(s cpSpan, n int) string {
	s.Start, s.End = max(s.Start, 0), min(s.End, len(t.runes))
	if s.empty() {
		return ""
	}
	r := t.runes[s.Start:s.End]
	out := make([]rune, 0, n+1)
	for _, c := range r {
		if c == '\n' || c == '\t' {
			c = ' '
		}
		out = append(out, c)
		if len(out) >= n {
			out = append(out, '…')
			break
		}
	}
	return string(out)
}
