package page

import (
	"strings"
	"testing"

	"github.com/newsroom-tools/annotator/internal/annotate"
)

// at returns the span of the n-th (0-based) occurrence of sub in text.
func at(t testing.TB, text, sub string, n ...int) annotate.Span {
	t.Helper()
	from := 0
	nth := 0
	if len(n) > 0 {
		nth = n[0]
	}
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("%q not found in %q", sub, text)
		}
		if nth == 0 {
			return annotate.Span{Start: from + i, End: from + i + len(sub)}
		}
		nth--
		from += i + len(sub)
	}
}

func validUTF8(s string) bool { return strings.ToValidUTF8(s, "") == s }
