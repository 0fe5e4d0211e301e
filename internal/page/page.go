// Package page holds what the web page decides, apart from the DOM, so that
// plain `go test` reaches it: how much of a paste to annotate, what the
// status line says, and what the "who said what" panel lists. cmd/wasm only
// moves these results into the document.
package page

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/annotate"
)

// MaxBytes is the most text the page annotates at once: 2 MiB, about 350,000
// words. Longer texts are cut at a paragraph break near the limit and the
// page says so (ClipNotice); the text box keeps the whole text.
const MaxBytes = 2 << 20

// Clip returns the part of text the page annotates: all of it when it fits
// in max bytes, else a prefix ending at the last paragraph break (or, failing
// that, the last rune boundary) before max.
func Clip(text string, max int) (string, bool) {
	if len(text) <= max {
		return text, false
	}
	cut := max
	if i := strings.LastIndex(text[:max], "\n"); i > max/2 {
		cut = i
	}
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut], true
}

// Status is the line under the input: what was annotated, how fast, what was found.
func Status(d *annotate.Document, took time.Duration) string {
	if strings.TrimSpace(d.Text) == "" {
		return "Paste or type an article above, open a file, or try the sample."
	}
	n := utf8.RuneCountInString(d.Text)
	return thousands(n) + " characters annotated in " + roundDuration(took) + ": " +
		plural(len(d.Quotes), "quote", "quotes") + ", " + plural(len(d.Speakers), "speaker", "speakers") + ", " +
		plural(len(d.Entities), "name", "names") + ", " + plural(len(d.Dates), "date", "dates") + "."
}

// ClipNotice tells the reader that only the first shown of total characters
// were annotated, and that nothing was thrown away.
func ClipNotice(shown, total int) string {
	return "This text has " + thousands(total) + " characters, more than the page annotates at once: the first " +
		thousands(shown) + " (up to a paragraph break) are annotated and shown below. The whole text stays in the box; " +
		"to annotate the rest, paste it on its own."
}

// PublishedNote explains the publication date field's value.
func PublishedNote(d *annotate.Document) string {
	switch d.PublishedSource {
	case annotate.PublishedInferred:
		return "inferred from “" + strings.Join(strings.Fields(d.PublishedSpan.Of(d.Text)), " ") + "”"
	case annotate.PublishedGiven:
		return "as you set it"
	}
	return "not found in the text: set it to resolve “Monday”, “last week”…"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// thousands formats n with comma separators: 12,345.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func roundDuration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return "under 1 ms"
	case d < time.Second:
		return strconv.FormatInt(d.Milliseconds(), 10) + " ms"
	}
	return strconv.FormatFloat(d.Seconds(), 'f', 1, 64) + " s"
}

// Percent formats a share as a whole percentage: "42%".
func Percent(share float64) string {
	return strconv.Itoa(int(share*100+0.5)) + "%"
}

// Plural is n with the right form of a noun: "1 quote", "3 quotes".
func Plural(n int, one, many string) string { return plural(n, one, many) }
