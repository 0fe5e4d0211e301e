// Command eval scores the annotator on the shared data sets (../shared/data,
// or $ANNOTATOR_DATA) and prints one Markdown table per area.
//
// Usage:
//
//	eval [-only quotes|entities|dates] [-polnear dev|train]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/newsroom-tools/annotator/internal/eval"
)

func main() {
	only := flag.String("only", "", "score one area: quotes, entities or dates")
	flag.StringVar(&eval.QuotesSplit, "polnear", "dev", "PolNeAR split to score quotes on: dev or train")
	flag.Parse()
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
