// Command eval scores the annotator on the shared data sets (../shared/data,
// or $ANNOTATOR_DATA) and prints one Markdown table per area.
//
// Usage:
//
//	eval [-only quotes|entities|dates] [-polnear dev|train] [-double-marks-only]
//	     [-quote-errors FILE] [-entity-errors FILE] [-date-errors FILE]
//
// -quote-errors writes every quote error met while scoring, one per line
// (kind, tab, the text around it), for reading beyond the ten kinds the
// table names. -entity-errors does the same for names: kind, gold and
// predicted name, and the sentence. -date-errors does the same for dates on
// the TimeML corpora: one line per error, tab-separated (corpus, kind,
// document, document date, gold text, gold value, ours, the text around it).
// -double-marks-only scores quotes pairing double quotation marks alone, as
// the scoring did before single marks were paired too.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsroom-tools/annotator/internal/eval"
)

func main() {
	only := flag.String("only", "", "score one area: quotes, entities or dates")
	flag.StringVar(&eval.QuotesSplit, "polnear", "dev", "PolNeAR split to score quotes on: dev or train")
	errorsFile := flag.String("quote-errors", "", "write every quote error to this file, one per line")
	dateErrors := flag.String("date-errors", "", "write every date error on the TimeML corpora to this file, one per line")
	entityFile := flag.String("entity-errors", "", "write every entity error to this file, one per line")
	flag.BoolVar(&eval.DoubleMarksOnly, "double-marks-only", false, "pair only double quotation marks when scoring quotes, as the scoring did before single marks were paired")
	flag.Parse()
	// each -…-errors flag names a file its area writes every error to
	for _, o := range []struct {
		path string
		to   *io.Writer
	}{{*errorsFile, &eval.QuoteErrors}, {*entityFile, &eval.EntityErrors}, {*dateErrors, &eval.DateErrors}} {
		if o.path == "" {
			continue
		}
		f, err := os.Create(o.path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "eval: %v\n", err)
			os.Exit(1)
		}
		defer f.Close()
		*o.to = f
	}
	areas := []struct {
		name string
		run  func() (eval.Section, error)
	}{
		{"quotes", eval.Quotes},
		{"entities", eval.Entities},
		{"dates", eval.Dates},
	}
	status := 0
	for _, a := range areas {
		if *only != "" && *only != a.name {
			continue
		}
		s, err := a.run()
		if err != nil {
			fmt.Fprintf(os.Stderr, "eval: %s: %v\n", a.name, err)
			status = 1
			continue
		}
		s.Write(os.Stdout)
	}
	os.Exit(status)
}
