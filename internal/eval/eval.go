// Package eval scores the annotator on the shared data sets, following the
// scoring conventions of the data's README. It is used by cmd/eval
// (make eval) and by the floor tests, and is never linked into the page.
package eval

import (
	"fmt"
	"io"
	"strings"
)

// A Row is one figure of a report.
type Row struct {
	Figure string // what is measured
	Value  string // the measurement
	Goal   string // the target it is held to, "" when only reported
}

// A Section is the report of one area (quotes, entities, dates).
type Section struct {
	Title string
	Rows  []Row
	Notes []string // error analysis and remarks printed under the table
}

// Write prints the section as a Markdown table.
func (s Section) Write(w io.Writer) {
	fmt.Fprintf(w, "\n## %s\n\n| figure | value | goal |\n|---|---|---|\n", s.Title)
	for _, r := range s.Rows {
		fmt.Fprintf(w, "| %s | %s | %s |\n", r.Figure, r.Value, r.Goal)
	}
	if len(s.Notes) > 0 {
		fmt.Fprintln(w)
		for _, n := range s.Notes {
			fmt.Fprintln(w, strings.TrimRight(n, "\n"))
		}
	}
}

// PRF counts matches for precision, recall and F1.
type PRF struct {
	TP, FP, FN int
}

// Add adds another count.
func (p *PRF) Add(o PRF) { p.TP += o.TP; p.FP += o.FP; p.FN += o.FN }

// Precision is TP / (TP + FP), or 0.
func (p PRF) Precision() float64 { return ratio(p.TP, p.TP+p.FP) }

// Recall is TP / (TP + FN), or 0.
func (p PRF) Recall() float64 { return ratio(p.TP, p.TP+p.FN) }

// F1 is the harmonic mean of precision and recall, or 0.
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

// String formats the counts as "P 0.912 R 0.880 F1 0.896".
func (p PRF) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f", p.Precision(), p.Recall(), p.F1())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Pct formats a share as a percentage with one decimal.
func Pct(a, b int) string { return fmt.Sprintf("%.1f%% (%d/%d)", 100*ratio(a, b), a, b) }

// F3 formats a float with three decimals.
func F3(x float64) string { return fmt.Sprintf("%.3f", x) }
