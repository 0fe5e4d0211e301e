// Package train builds the named-entity model from the training sets
// (GMB, wikigold, UNER): it reads them, cleans GMB's silver annotation,
// learns word clusters, trains an averaged structured perceptron and
// writes the model that internal/ner embeds. It also reads CoNLL-2003 for
// evaluation only. It is never linked into the page.
package train

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/newsroom-tools/annotator/internal/ner"
)

// A Raw sentence is one sentence of a corpus as its file gives it: tokens
// and IOB2 tags over PER, ORG, LOC and, where the corpus has it, MISC
// (every other type already mapped to O).
type Raw struct {
	Tokens []string
	Tags   []string // "O", "B-PER", "I-ORG", ...
	POS    []string // part-of-speech tags where the corpus has them (GMB), else nil
	Doc    int      // the document's number within its corpus
	ID     string   // the corpus's sentence id, where it has one (UNER)
}

// Spans returns the names of r as token ranges, reading IOB2.
func (r Raw) Spans() []ner.Mention {
	var out []ner.Mention
	start, kind := -1, ner.Kind(0)
	for i, t := range r.Tags {
		k, inside, begin := parseTag(t)
		if start >= 0 && (!inside || begin || k != kind) {
			out = append(out, ner.Mention{Start: start, End: i, Kind: kind})
			start = -1
		}
		if inside && start < 0 {
			start, kind = i, k
		}
	}
	if start >= 0 {
		out = append(out, ner.Mention{Start: start, End: len(r.Tags), Kind: kind})
	}
	return out
}

// parseTag reads "B-PER" as (PER, inside, begins).
func parseTag(t string) (k ner.Kind, inside, begin bool) {
	if len(t) < 3 || t[1] != '-' {
		return 0, false, false
	}
	k, ok := ner.KindOf(t[2:])
	if !ok {
		return 0, false, false
	}
	return k, true, t[0] == 'B'
}

// mapType maps a corpus's type names to ours; ok is false for types we do not tag.
func mapType(t string) (string, bool) {
	switch strings.ToUpper(t) {
	case "PER", "PERSON":
		return "PER", true
	case "ORG", "ORGANIZATION":
		return "ORG", true
	case "LOC", "LOCATION", "GEO":
		return "LOC", true
	case "MISC":
		return "MISC", true
	}
	return "", false
}

// readLines calls fn for every line of the file at path.
func readLines(path string, fn func(line string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(sc.Text()); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	return sc.Err()
}

// ReadCoNLL reads a CoNLL-2003 file (token POS chunk tag, IOB2 or IOB1,
// -DOCSTART- between documents). For evaluation only.
func ReadCoNLL(path string) ([]Raw, error) {
	return readColumns(path, " ", 3, 1)
}

// ReadWikigold reads wikigold (token tag, IOB1, -DOCSTART- between documents).
func ReadWikigold(path string) ([]Raw, error) {
	return readColumns(path, " ", 1, 1)
}

// readColumns reads whitespace-columned files with the tag in column tagCol
// and -DOCSTART- lines between documents, converting IOB1 or IOB2 to IOB2.
func readColumns(path, sep string, tagCol, minCols int) ([]Raw, error) {
	var out []Raw
	var cur Raw
	doc := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			cur.Tags = toIOB2(cur.Tags)
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = Raw{}
	}
	err := readLines(path, func(line string) error {
		if strings.TrimSpace(line) == "" {
			flush()
			return nil
		}
		f := strings.Split(line, sep)
		if f[0] == "-DOCSTART-" {
			flush()
			doc++
			return nil
		}
		if len(f) <= tagCol || len(f) <= minCols {
			return fmt.Errorf("want %d columns, have %d", tagCol+1, len(f))
		}
		cur.Tokens = append(cur.Tokens, f[0])
		cur.Tags = append(cur.Tags, f[tagCol])
		return nil
	})
	flush()
	return out, err
}

// toIOB2 maps types to ours and rewrites IOB1 (I- starts a name unless it
// follows one of the same type) as IOB2.
func toIOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		out[i] = "O"
		if len(t) < 3 || t[1] != '-' {
			prev = "O"
			continue
		}
		typ, ok := mapType(t[2:])
		if !ok {
			prev = "O"
			continue
		}
		if t[0] == 'B' || prev != typ {
			out[i] = "B-" + typ
		} else {
			out[i] = "I-" + typ
		}
		prev = typ
	}
	return out
}

// ReadUNER reads a Universal NER file (CoNLL-U-like: "# sent_id" comments,
// index, token, IOB2 tag), keeping the sentences whose id keep accepts.
func ReadUNER(path string, keep func(id string) bool) ([]Raw, error) {
	var out []Raw
	var cur Raw
	doc := 0
	flush := func() {
		if len(cur.Tokens) > 0 && (keep == nil || keep(cur.ID)) {
			cur.Tags = toIOB2(cur.Tags)
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = Raw{}
	}
	err := readLines(path, func(line string) error {
		switch {
		case strings.TrimSpace(line) == "":
			flush()
		case strings.HasPrefix(line, "# newdoc"):
			flush()
			doc++
		case strings.HasPrefix(line, "# sent_id = "):
			cur.ID = strings.TrimPrefix(line, "# sent_id = ")
		case strings.HasPrefix(line, "#"):
		default:
			f := strings.Split(line, "\t")
			if len(f) < 3 {
				return fmt.Errorf("want 3 columns, have %d", len(f))
			}
			if strings.Contains(f[0], "-") || strings.Contains(f[0], ".") {
				return nil // multi-word token ranges and empty nodes
			}
			cur.Tokens = append(cur.Tokens, f[1])
			cur.Tags = append(cur.Tags, f[2])
		}
		return nil
	})
	flush()
	return out, err
}

// ReadGMB reads the Groningen Meaning Bank extract (token, POS, tag; IOB2
// over geo, gpe, org, per, tim, art, eve, nat) as it is, tags uncleaned:
// see CleanGMB.
func ReadGMB(path string) ([]Raw, error) {
	var out []Raw
	var cur Raw
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Raw{}
	}
	err := readLines(path, func(line string) error {
		if strings.TrimSpace(line) == "" {
			flush()
			return nil
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return fmt.Errorf("want 3 columns, have %d", len(f))
		}
		cur.Tokens = append(cur.Tokens, f[0])
		cur.POS = append(cur.POS, f[1])
		cur.Tags = append(cur.Tags, f[2])
		return nil
	})
	flush()
	if err != nil {
		return nil, err
	}
	if len(out) > 0 {
		out = out[:len(out)-1] // the extract's last sentence is cut off
	}
	return out, nil
}
