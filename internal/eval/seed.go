package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/dataset"
)

// seedGold is the hand annotation of the seed article. Offsets are code points.
type seedGold struct {
	Published string `json:"published"`
	Quotes    []struct {
		Kind     string       `json:"kind"`
		Content  polnearSpan  `json:"content"`
		Speaker  string       `json:"speaker"`
		Cue      *polnearSpan `json:"cue"`
		Required bool         `json:"required"`
	} `json:"quotes"`
	Speakers []struct {
		Name    string   `json:"name"`
		Type    string   `json:"type"`
		Title   string   `json:"title"`
		Aliases []string `json:"aliases"`
	} `json:"speakers"`
}

// loadSeed reads the seed article and its gold annotation.
func loadSeed() (string, seedGold, error) {
	var g seedGold
	tp, err := dataset.Path("seed", "lavrov-2013-09-16.txt")
	if err != nil {
		return "", g, err
	}
	gp, err := dataset.Path("seed", "lavrov-2013-09-16.gold.json")
	if err != nil {
		return "", g, err
	}
	text, err := os.ReadFile(tp)
	if err != nil {
		return "", g, err
	}
	raw, err := os.ReadFile(gp)
	if err != nil {
		return "", g, err
	}
	if err := json.Unmarshal(raw, &g); err != nil {
		return "", g, fmt.Errorf("%s: %v", gp, err)
	}
	return string(text), g, nil
}

// SeedQuoteResult is the outcome for one required quote of the seed article.
type SeedQuoteResult struct {
	Gold    string // the gold content
	Kind    string
	Found   bool // a predicted quote of the right kind covers it
	Speaker bool // with the right speaker
	Cue     bool // and the right cue (true when the gold has none)
	Got     string
}

// SeedQuotes annotates the seed article with no publication date given, as
// a user pasting it would, and checks every required quote.
func SeedQuotes() ([]SeedQuoteResult, error) {
	text, g, err := loadSeed()
	if err != nil {
		return nil, err
	}
	d := annotate.Annotate(text, annotate.Options{})
	t := newRuneText(text)
	aliases := map[string]map[string]bool{}
	for _, s := range g.Speakers {
		set := map[string]bool{s.Name: true}
		for _, a := range s.Aliases {
			set[a] = true
		}
		aliases[s.Name] = set
	}
	var out []SeedQuoteResult
	for _, gq := range g.Quotes {
		if !gq.Required {
			continue
		}
		r := SeedQuoteResult{Gold: gq.Content.Text, Kind: gq.Kind}
		gs := cpSpan{gq.Content.Start, gq.Content.End}
		for _, q := range d.Quotes {
			p := t.span(q.Span)
			var ok bool
			if gq.Kind == "indirect" {
				ok = q.Kind == annotate.Indirect && jaccard(t, p, gs) >= 0.5
			} else {
				ok = q.Kind != annotate.Indirect && cover(t, p, gs) >= 0.8
			}
			if !ok {
				continue
			}
			r.Found = true
			if q.Source >= 0 {
				name := d.Speakers[q.Source].Name
				r.Got = name
				r.Speaker = aliases[gq.Speaker][name] || strings.Contains(name, gq.Speaker)
			}
			r.Cue = gq.Cue == nil || !q.Cue.IsZero() && t.span(q.Cue).overlaps(cpSpan{gq.Cue.Start, gq.Cue.End})
			if r.Got != "" && !q.Cue.IsZero() {
				r.Got += ", cue " + q.Cue.Of(text)
			}
			break
		}
		out = append(out, r)
	}
	return out, nil
}

// jaccard is the Jaccard overlap of the letters and digits of two spans.
func jaccard(t *runeText, a, b cpSpan) float64 {
	inter := t.alnumIn(a, b)
	union := t.alnum(a) + t.alnum(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// seedRow summarises SeedQuotes for the report.
func seedRow() (Row, []string, error) {
	res, err := SeedQuotes()
	if err != nil {
		return Row{}, nil, err
	}
	ok := 0
	var notes []string
	for _, r := range res {
		if r.Found && r.Speaker && r.Cue {
			ok++
			continue
		}
		notes = append(notes, fmt.Sprintf("   seed miss (%s): %q — found %v, speaker %v, cue %v, got %q", r.Kind, oneLine(r.Gold, 60), r.Found, r.Speaker, r.Cue, r.Got))
	}
	return Row{"seed article: required quotes with the right speaker and cue", fmt.Sprintf("%d/%d", ok, len(res)), "all"}, notes, nil
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
