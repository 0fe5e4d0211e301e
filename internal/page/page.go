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

// Split divides a paste or an opened file longer than the page annotates:
// the part for the text box (Clip's) and the rest, kept aside so that
// nothing is lost. A text box holding megabytes makes the browser itself
// slow (laying it out takes about half a second per megabyte), so the box
// gets no more than the page can annotate.
func Split(text string) (box, rest string) {
	box, _ = Clip(text, MaxBytes)
	return box, text[len(box):]
}

// OverflowNotice says what happened to a long paste or file: boxChars of
// totalChars characters went into the box, the rest is kept aside.
func OverflowNotice(what string, boxChars, totalChars int) string {
	return what + " has " + thousands(totalChars) + " characters, more than the page annotates at once. The box holds the first " +
		thousands(boxChars) + " (up to a paragraph break), which are annotated; the other " + thousands(totalChars-boxChars) +
		" are kept aside until you clear the text."
}

// InputNotice is what the page says about a text before annotating it: that
// only its first shown of total characters are annotated (clipped), and that
// it is too long to keep across a reload (not kept). It is "" when neither.
func InputNotice(clipped, kept bool, shown, total int) string {
	var s string
	if clipped {
		s = ClipNotice(shown, total)
	}
	if !kept {
		if s != "" {
			s += " "
		}
		s += "The text is longer than this browser keeps for a page, so it will not be back after a reload; everything else works as usual."
	}
	return s
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
