package annotate

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzAnnotate checks the invariants every document keeps, whatever the text:
// no panic; every span inside the text, on rune boundaries, non-empty; each
// layer sorted and free of overlaps; indices in range; segments tiling the
// text exactly.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"",
		`"It is necessary," Lavrov said on Monday. "But maybe it's time."`,
		"MOSCOW, Sept 16 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Monday it may be time.",
		"“Unclosed quote runs on\n\nand the next paragraph.",
		"'Nested \"quotes\" here,' he said. ‘Single’ and «angle» marks.",
		"\xff\xfe invalid \x80 bytes \"",
		"<script>alert(1)</script> & \u202e \u200b",
		"The Joneses’ house, the ’90s, 6'2\" tall.",
		"Q: What now?\nA: We wait.",
		strings.Repeat(`"`, 50),
		// attributions cut off at the end of the text
		"The talks went well, officials",
		"The talks went well, said",
		"Lavrov said",
		"Two in three",
	} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, text string, day int64) {
		var opts Options
		if day != 0 {
			opts.Published = time.Unix(0, 0).UTC().AddDate(0, 0, int(day%40000))
		}
		d := Annotate(text, opts)
		checkDocument(t, d)
	})
}

func checkDocument(t *testing.T, d *Document) {
	t.Helper()
	text := d.Text
	boundary := runeBoundaries(text)
	check := func(layer string, i int, s Span) {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("%s[%d] = %v: outside the text (len %d) or empty", layer, i, s, len(text))
		}
		if !boundary[s.Start] || !boundary[s.End] {
			t.Fatalf("%s[%d] = %v: not on rune boundaries", layer, i, s)
		}
	}
	checkOpt := func(layer string, i int, s Span) {
		if !s.IsZero() {
			check(layer, i, s)
		}
	}
	sorted := func(layer string, spans []Span) {
		for i := range spans {
			check(layer, i, spans[i])
			if i > 0 && spans[i].Start < spans[i-1].End {
				t.Fatalf("%s[%d] = %v overlaps or precedes %v", layer, i, spans[i], spans[i-1])
			}
		}
	}
	var direct, reported, ents, dates, toks []Span
	for i, q := range d.Quotes {
		if q.Kind == Indirect {
			reported = append(reported, q.Span)
		} else {
			direct = append(direct, q.Span)
		}
		checkOpt("quote cue", i, q.Cue)
		checkOpt("quote speaker", i, q.Speaker)
		if q.Source < -1 || q.Source >= len(d.Speakers) {
			t.Fatalf("quote %d: source %d out of range", i, q.Source)
		}
	}
	for i := 1; i < len(d.Quotes); i++ {
		if d.Quotes[i].Start < d.Quotes[i-1].Start {
			t.Fatalf("quotes not sorted at %d", i)
		}
	}
	for _, e := range d.Entities {
		ents = append(ents, e.Span)
		if e.Cluster < 0 || e.Cluster >= len(d.Clusters) {
			t.Fatalf("entity %v: cluster %d out of range", e.Span, e.Cluster)
		}
	}
	for _, dt := range d.Dates {
		dates = append(dates, dt.Span)
	}
	for _, tok := range d.Tokens {
		toks = append(toks, tok.Span)
	}
	sorted("direct/partial quotes", direct)
	sorted("reported quotes", reported)
	sorted("entities", ents)
	sorted("dates", dates)
	sorted("tokens", toks)
	sorted("paragraphs", d.Paragraphs)
	for i, s := range d.Speakers {
		for j, m := range s.Mentions {
			check("speaker mention", j, m)
			if j > 0 && m.Start < s.Mentions[j-1].Start {
				t.Fatalf("speaker %d mentions not sorted", i)
			}
		}
	}
	var b strings.Builder
	end := 0
	for _, seg := range d.Segments() {
		if seg.Start != end {
			t.Fatalf("segment %v does not start where the last ended (%d)", seg.Span, end)
		}
		b.WriteString(seg.Of(text))
		end = seg.End
	}
	if end != len(text) || b.String() != text {
		t.Fatalf("segments do not rebuild the text")
	}
}

// runeBoundaries marks the offsets where decoding s rune by rune stops,
// an invalid byte counting as one rune.
func runeBoundaries(s string) []bool {
	b := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		b[i] = true
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	b[len(s)] = true
	return b
}
