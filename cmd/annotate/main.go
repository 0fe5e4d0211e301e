// Command annotate finds quotes and their speakers, people, organizations,
// places and dates in news text, the same annotator as the web page.
//
// Usage:
//
//	annotate [-published YYYY-MM-DD] [-order auto|month|day] [-ahead] [-format json|html|text] [FILE]
//	annotate -batch < in.jsonl > out.jsonl
//
// -order says how to read a numeric date such as 6/10/2018: month first
// (US news), day first (British and most other news), or auto, which
// reads month first unless the text writes a date only day first makes
// valid (25/12/2018). -ahead reads a date without its year or week
// ("Friday", "1 March") as the next one, for listings of coming events;
// news reads the past unless the verb looks ahead.
//
// With no FILE it reads standard input. In batch mode each input line is
// {"id": "...", "text": "...", "published": "YYYY-MM-DD", "order": "day",
// "ahead": true} (all but text optional) and each output line, in the same order, is {"id": "...", <document>};
// a line that cannot be read yields {"id": …, "error": "..."} and the batch
// goes on. Offsets in the JSON are Unicode code points, half-open.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/export"
	"github.com/newsroom-tools/annotator/internal/timex"
)

const usage = `usage: annotate [-published YYYY-MM-DD] [-order auto|month|day] [-ahead] [-format json|html|text] [FILE]
       annotate -batch < in.jsonl > out.jsonl
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, apart from the process, so tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage); fs.PrintDefaults() }
	published := fs.String("published", "", "publication date `YYYY-MM-DD` (default: inferred from the text)")
	order := fs.String("order", "auto", "numeric dates (6/10/2018): `month` first, `day` first, or auto from the text")
	ahead := fs.Bool("ahead", false, "read dates without a year or week as the next ones (event listings)")
	format := fs.String("format", "json", "output format: json, html or text")
	batch := fs.Bool("batch", false, "read JSON lines on stdin, write one JSON line per input line")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *batch {
		if fs.NArg() > 0 || *published != "" || *format != "json" || *order != "auto" || *ahead {
			fmt.Fprintln(stderr, "annotate: -batch reads standard input and writes JSON lines; it takes no FILE, -published, -order, -ahead or -format (each line carries its own)")
			return 2
		}
		return runBatch(stdin, stdout, stderr)
	}
	if fs.NArg() > 1 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var opts annotate.Options
	if *published != "" {
		t, err := parseDate(*published)
		if err != nil {
			fmt.Fprintf(stderr, "annotate: -published: %v\n", err)
			return 2
		}
		opts.Published = t
	}
	o, err := parseOrder(*order)
	if err != nil {
		fmt.Fprintf(stderr, "annotate: -order %v\n", err)
		return 2
	}
	opts.Dates.Order = o
	opts.Dates.Ahead = *ahead
	if *format != "json" && *format != "html" && *format != "text" {
		fmt.Fprintf(stderr, "annotate: -format %q: want json, html or text\n", *format)
		return 2
	}
	name := "standard input"
	in := stdin
	if fs.NArg() == 1 {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "annotate: %v\n", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	data, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintf(stderr, "annotate: reading %s: %v\n", name, err)
		return 1
	}
	if err := checkText(data); err != nil {
		fmt.Fprintf(stderr, "annotate: %s: %v\n", name, err)
		return 1
	}
	d := annotate.Annotate(string(data), opts)
	w := bufio.NewWriter(stdout)
	switch *format {
	case "json":
		w.Write(append(export.JSON(nil, d), '\n'))
	case "html":
		w.Write(export.HTML(nil, d))
	case "text":
		export.Text(w, d)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "annotate: writing output: %v\n", err)
		return 1
	}
	return 0
}

// checkText refuses input that is not UTF-8 text, saying where it goes wrong.
func checkText(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && w == 1 {
			return fmt.Errorf("not valid UTF-8 text (first bad byte 0x%02x at offset %d); convert it to UTF-8 first, e.g. with iconv", data[i], i)
		}
		i += w
	}
	return errors.New("not valid UTF-8 text")
}

// parseOrder reads the order of the day and the month in a numeric date,
// as -order and a batch line's "order" name it.
func parseOrder(s string) (timex.Order, error) {
	o, ok := timex.ParseOrder(s)
	if !ok {
		return o, fmt.Errorf("%q: want auto, month or day", s)
	}
	return o, nil
}

func parseDate(s string) (time.Time, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date of the form YYYY-MM-DD", s)
	}
	return t, nil
}

// batchLine is one input line of -batch.
type batchLine struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
	Order     string          `json:"order"`
	Ahead     bool            `json:"ahead"`
}

// runBatch annotates one JSON line at a time. A bad line gets an error
// object on its output line and a message on stderr; the others go on.
func runBatch(stdin io.Reader, stdout, stderr io.Writer) int {
	r := bufio.NewReaderSize(stdin, 1<<20)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	status := 0
	var out []byte
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			if err != io.EOF {
				fmt.Fprintf(stderr, "annotate: reading standard input: %v\n", err)
				return 1
			}
			break
		}
		if len(trimSpace(line)) == 0 {
			continue
		}
		out = out[:0]
		id, d, lerr := annotateLine(line)
		out = append(out, `{"id":`...)
		out = append(out, id...)
		if lerr != nil {
			fmt.Fprintf(stderr, "annotate: line %d: %v\n", n, lerr)
			status = 1
			out = append(out, `,"error":`...)
			out = export.AppendJSONString(out, lerr.Error())
		} else {
			out = append(out, ',')
			out = export.JSONFields(out, d)
		}
		out = append(out, "}\n"...)
		w.Write(out)
		if err == io.EOF {
			break
		}
	}
	return status
}

// annotateLine parses one batch line and annotates it. It always returns an
// id for the output: the line's own, or null when it has none.
func annotateLine(line []byte) (id []byte, d *annotate.Document, err error) {
	id = []byte("null")
	if !utf8.Valid(line) {
		return id, nil, errors.New("not valid UTF-8")
	}
	var in batchLine
	if err := json.Unmarshal(line, &in); err != nil {
		return id, nil, fmt.Errorf("not a JSON object: %v", err)
	}
	if len(in.ID) > 0 {
		id = compactJSON(in.ID)
	}
	if in.Text == nil {
		return id, nil, errors.New(`no "text" field`)
	}
	var opts annotate.Options
	if in.Published != "" {
		t, err := parseDate(in.Published)
		if err != nil {
			return id, nil, fmt.Errorf("published: %v", err)
		}
		opts.Published = t
	}
	o, err := parseOrder(in.Order)
	if err != nil {
		return id, nil, fmt.Errorf("order %v", err)
	}
	opts.Dates.Order = o
	opts.Dates.Ahead = in.Ahead
	return id, annotate.Annotate(*in.Text, opts), nil
}

func compactJSON(raw json.RawMessage) []byte {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return []byte("null")
	}
	b, _ := json.Marshal(v)
	return b
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}
