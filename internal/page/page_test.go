package page

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom-tools/annotator/internal/annotate"
)

func TestClip(t *testing.T) {
	short := "short text"
	got, cut := Clip(short, 100)
	assert.Equal(t, short, got)
	assert.False(t, cut)

	paras := strings.Repeat("A paragraph of text.\n", 10)
	got, cut = Clip(paras, 100)
	assert.True(t, cut)
	assert.True(t, strings.HasSuffix(got, "text."), "cut at a paragraph break: %q", got)
	assert.LessOrEqual(t, len(got), 100)

	runes := strings.Repeat("é", 100) // no line breaks: cut on a rune boundary
	got, cut = Clip(runes, 51)
	assert.True(t, cut)
	assert.True(t, utf8.ValidString(got))
	assert.Equal(t, 50, len(got))
}

func TestStatus(t *testing.T) {
	d := annotate.Annotate(`"Yes," she said.`, annotate.Options{})
	assert.Equal(t, "16 characters annotated in 1 ms: 1 quote, 0 speakers, 0 names, 0 dates.", Status(d, 1500*time.Microsecond))
	assert.Contains(t, Status(d, 2*time.Second), "in 2.0 s")
	assert.Contains(t, Status(d, 300*time.Microsecond), "in under 1 ms")
	assert.Equal(t, "Paste or type an article above, open a file, or try the sample.", Status(annotate.Annotate(" \n", annotate.Options{}), 0))
}

func TestClipNotice(t *testing.T) {
	assert.Equal(t, "This text has 10,485,760 characters, more than the page annotates at once: the first 2,097,000 (up to a paragraph break) "+
		"are annotated and shown below. The whole text stays in the box; to annotate the rest, paste it on its own.", ClipNotice(2_097_000, 10_485_760))
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567"} {
		assert.Equal(t, want, thousands(n))
	}
}

func TestInputNotice(t *testing.T) {
	assert.Empty(t, InputNotice(false, true, 10, 10))
	assert.Equal(t, ClipNotice(5, 10), InputNotice(true, true, 5, 10))
	assert.True(t, strings.HasPrefix(InputNotice(true, false, 5, 10), ClipNotice(5, 10)+" The text is longer than this browser keeps"))
	assert.True(t, strings.HasPrefix(InputNotice(false, false, 10, 10), "The text is longer than this browser keeps"))
}

func TestSplit(t *testing.T) {
	text := strings.Repeat("A paragraph of some length.\n\n", MaxBytes/20)
	box, rest := Split(text)
	assert.LessOrEqual(t, len(box), MaxBytes)
	assert.Greater(t, len(box), MaxBytes-100)
	assert.Equal(t, text, box+rest, "nothing is lost")
	assert.True(t, strings.HasSuffix(strings.TrimRight(box, "\n"), "length."), "cut at a paragraph break")
	box, rest = Split("short")
	assert.Equal(t, []string{"short", ""}, []string{box, rest})
	assert.Equal(t, "The paste has 3,000,000 characters, more than the page annotates at once. The box holds the first 2,000,000 (up to a paragraph break), "+
		"which are annotated; the other 1,000,000 are kept aside until you clear the text.", OverflowNotice("The paste", 2_000_000, 3_000_000))
}
