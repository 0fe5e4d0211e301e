package annotate

import (
	"strings"
	"testing"
)

// at returns the span of the n-th (0-based) occurrence of sub in text,
// keeping raw offsets out of test tables. It fails the test when sub is absent.
func at(t *testing.T, text, sub string, n ...int) Span {
	t.Helper()
	k := 0
	if len(n) > 0 {
		k = n[0]
	}
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			t.Fatalf("%q not found (occurrence %d) in %q", sub, k, text)
		}
		if i == k {
			return Span{off + j, off + j + len(sub)}
		}
		off += j + len(sub)
	}
}

// texts returns the text of each span.
func texts[S interface{ Of(string) string }](text string, spans []S) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = s.Of(text)
	}
	return out
}
