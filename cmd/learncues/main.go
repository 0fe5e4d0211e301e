// Command learncues counts, over PolNeAR's training articles, how often each
// lower-case word form opens an attribution's cue, against how often it
// occurs at all, and writes to internal/annotate/lexicon/cues.tsv the forms
// that occur often enough to judge and that the annotator reads
// (annotate.CueFormUsed): every form of its own reporting verbs, and the
// verb forms that open a cue often. The annotator reads the share to tell
// "states" (a noun, almost never a cue) from "says", and to take up
// reporting verbs its own list lacks.
//
// PolNeAR is evaluate-only for its text, but reporting-verb lists and
// similar statistics may be learnt from its train split; nothing else from
// it is written. make model runs this command.
//
// Usage:
//
//	learncues [-out internal/annotate/lexicon/cues.tsv] [-min 5]
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/dataset"
)

func main() {
	out := flag.String("out", "internal/annotate/lexicon/cues.tsv", "file to write")
	minCount := flag.Int("min", 5, "least number of occurrences for a form that opens a cue to be listed")
	flag.Parse()
	path, err := dataset.Path("quotes", "polnear", "train.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	table, forms, articles, err := learn(path, *minCount)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, table, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("learncues: %d forms from %d articles written to %s\n", forms, articles, *out)
}

// learn reads PolNeAR's training articles at path and returns the table
// of cue forms, as make model writes it, with how many forms and articles
// it holds and read.
func learn(path string, minCount int) (table []byte, nforms, articles int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, 0, err
	}
	defer f.Close()
	cues := map[string]int{}
	total := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var doc struct {
			Text         string
			Attributions []struct {
				Cue []struct{ Start, End int }
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return nil, 0, 0, err
		}
		articles++
		runes := []rune(doc.Text)
		starts := map[int]bool{} // code-point offsets where a cue's first word starts
		for _, a := range doc.Attributions {
			if len(a.Cue) > 0 {
				starts[a.Cue[0].Start] = true
			}
		}
		for i := 0; i < len(runes); {
			if !unicode.IsLetter(runes[i]) || i > 0 && (unicode.IsLetter(runes[i-1]) || runes[i-1] == '-') {
				i++
				continue
			}
			j := i
			for j < len(runes) && (unicode.IsLetter(runes[j]) || runes[j] == '-' && j+1 < len(runes) && unicode.IsLetter(runes[j+1])) {
				j++
			}
			w := string(runes[i:j])
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				total[w]++
				if starts[i] {
					cues[w]++
				}
			}
			i = j
		}
	}
	if err := sc.Err(); err != nil {
		return nil, 0, 0, err
	}
	forms := make([]string, 0, len(cues))
	for w := range cues {
		if total[w] >= minCount && annotate.CueFormUsed(w, cues[w], total[w]) {
			forms = append(forms, w)
		}
	}
	// the hand-made reporting verbs' forms too, even those that never cue
	// ("tweets" is a noun in news far more often than a verb)
	for _, w := range annotate.ReportingVerbForms() {
		if cues[w] == 0 && total[w] >= minCount {
			forms = append(forms, w)
		}
	}
	sort.Strings(forms)
	// no header: the file is embedded in the page, whose download has a
	// budget; lexicon/README.md says what it holds and where it comes from
	var b bytes.Buffer
	for _, f := range forms {
		fmt.Fprintf(&b, "%s\t%d\t%d\n", f, cues[f], total[f])
	}
	return b.Bytes(), len(forms), articles, nil
}
