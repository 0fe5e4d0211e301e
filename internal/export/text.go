package export

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// Text writes a readable summary: the publication date, who said what with
// the rule behind each attribution, then names and dates. It does without
// the fmt package, which the page's WebAssembly, importing this package,
// would otherwise carry.
func Text(w io.Writer, d *annotate.Document) error {
	var b strings.Builder
	switch d.PublishedSource {
	case annotate.PublishedGiven:
		b.WriteString("Published: " + timex.ISODay(d.Published) + " (given)\n")
	case annotate.PublishedInferred:
		b.WriteString("Published: " + timex.ISODay(d.Published) + " (inferred from " + strconv.Quote(d.PublishedSpan.Of(d.Text)) + ")\n")
	default:
		b.WriteString("Published: unknown\n")
	}
	b.WriteString("\nSpeakers (" + strconv.Itoa(len(d.Speakers)) + ")\n")
	for i, s := range d.Speakers {
		b.WriteString("  " + SpeakerID(i) + " " + s.Name + " (" + s.Kind.String())
		if s.Title != "" {
			b.WriteString(", " + s.Title)
		}
		b.WriteString(")\n")
	}
	b.WriteString("\nQuotes (" + strconv.Itoa(len(d.Quotes)) + ")\n")
	for _, q := range d.Quotes {
		who := "unattributed"
		if q.Source >= 0 {
			who = d.Speakers[q.Source].Name
		}
		b.WriteString("  [" + q.Kind.String() + "] " + who + ": " + oneLine(q.Of(d.Text), 160) + "\n")
		if q.Sieve != "" {
			b.WriteString("      by " + q.Sieve)
			if !q.Cue.IsZero() {
				b.WriteString(", cue " + strconv.Quote(q.Cue.Of(d.Text)))
			}
			if !q.Speaker.IsZero() {
				b.WriteString(", mention " + strconv.Quote(q.Speaker.Of(d.Text)))
			}
			b.WriteByte('\n')
		}
	}
	for _, kind := range []annotate.EntityKind{annotate.Person, annotate.Organization, annotate.Place} {
		var names []string
		seen := map[string]bool{}
		for _, e := range d.Entities {
			if e.Kind == kind && !seen[e.Of(d.Text)] {
				seen[e.Of(d.Text)] = true
				names = append(names, e.Of(d.Text))
			}
		}
		b.WriteString("\n" + titleCase(kind.String()) + " (" + strconv.Itoa(len(names)) + "): " + strings.Join(names, "; ") + "\n")
	}
	b.WriteString("\nDates (" + strconv.Itoa(len(d.Dates)) + ")\n")
	for _, t := range d.Dates {
		v := t.Value
		if v == "" {
			v = "?"
		}
		b.WriteString("  " + padRight(oneLine(t.Of(d.Text), 24), 24) + " " + padRight(t.Type.String(), 8) + " " + v + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// padRight pads s with spaces to n runes, as fmt's %-*s does.
func padRight(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// oneLine shortens s to at most n runes on one line.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
