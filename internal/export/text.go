package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// Text writes a readable summary: the publication date, who said what with
// the rule behind each attribution, then names and dates.
func Text(w io.Writer, d *annotate.Document) error {
	var b strings.Builder
	switch d.PublishedSource {
	case annotate.PublishedGiven:
		fmt.Fprintf(&b, "Published: %s (given)\n", timex.ISODay(d.Published))
	case annotate.PublishedInferred:
		fmt.Fprintf(&b, "Published: %s (inferred from %q)\n", timex.ISODay(d.Published), d.PublishedSpan.Of(d.Text))
	default:
		b.WriteString("Published: unknown\n")
	}
	fmt.Fprintf(&b, "\nSpeakers (%d)\n", len(d.Speakers))
	for i, s := range d.Speakers {
		fmt.Fprintf(&b, "  %s %s (%s", SpeakerID(i), s.Name, s.Kind)
		if s.Title != "" {
			fmt.Fprintf(&b, ", %s", s.Title)
		}
		b.WriteString(")\n")
	}
	fmt.Fprintf(&b, "\nQuotes (%d)\n", len(d.Quotes))
	for _, q := range d.Quotes {
		who := "unattributed"
		if q.Source >= 0 {
			who = d.Speakers[q.Source].Name
		}
		fmt.Fprintf(&b, "  [%s] %s: %s\n", q.Kind, who, oneLine(q.Of(d.Text), 160))
		if q.Sieve != "" {
			fmt.Fprintf(&b, "      by %s", q.Sieve)
			if !q.Cue.IsZero() {
				fmt.Fprintf(&b, ", cue %q", q.Cue.Of(d.Text))
			}
			if !q.Speaker.IsZero() {
				fmt.Fprintf(&b, ", mention %q", q.Speaker.Of(d.Text))
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
		fmt.Fprintf(&b, "\n%s (%d): %s\n", titleCase(kind.String()), len(names), strings.Join(names, "; "))
	}
	fmt.Fprintf(&b, "\nDates (%d)\n", len(d.Dates))
	for _, t := range d.Dates {
		v := t.Value
		if v == "" {
			v = "?"
		}
		fmt.Fprintf(&b, "  %-24s %-8s %s\n", oneLine(t.Of(d.Text), 24), t.Type, v)
	}
	_, err := io.WriteString(w, b.String())
	return err
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
