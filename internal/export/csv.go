package export

import (
	"strconv"
	"strings"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
	"github.com/newsroom-tools/annotator/internal/render"
)

// CSVHeader is the first row of QuotesCSV.
const CSVHeader = "speaker,title,kind,quote,cue,paragraph"

// QuotesCSV appends the quotes of d as CSV (RFC 4180: CRLF line ends, fields
// quoted where needed), one row per quote in text order under a header:
//
//	speaker  the speaker's name; empty when none was found
//	title    the speaker's title, or empty
//	kind     direct, partial or indirect, as in the JSON
//	quote    the quotation as it stands in the text, marks included
//	cue      the cue word or phrase ("said"), or empty
//	paragraph  the number of the paragraph it starts in, from 1
//
// It starts with a UTF-8 byte order mark so that spreadsheet programs read
// curly quotes and accents right. A field that a spreadsheet would run as a
// formula (one starting with =, +, -, @, a tab or a carriage return) gets a
// leading apostrophe, which spreadsheets hide.
func QuotesCSV(b []byte, d *annotate.Document) []byte {
	b = append(b, "\uFEFF"+CSVHeader+"\r\n"...)
	for _, q := range d.Quotes {
		name, title := "", ""
		if q.Source >= 0 && q.Source < len(d.Speakers) {
			name, title = d.Speakers[q.Source].Name, d.Speakers[q.Source].Title
		}
		cue := ""
		if !q.Cue.IsZero() {
			cue = q.Cue.Of(d.Text)
		}
		b = csvField(b, name)
		b = append(b, ',')
		b = csvField(b, title)
		b = append(b, ',')
		b = render.AppendString(b, q.Kind.String())
		b = append(b, ',')
		b = csvField(b, q.Of(d.Text))
		b = append(b, ',')
		b = csvField(b, cue)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(page.ParagraphOf(d, q.Start)), 10)
		b = render.AppendString(b, "\r\n")
	}
	return b
}

// csvField appends s as one CSV field: quoted when it holds a comma, a
// quotation mark or a line break; defused when it would start a formula;
// invalid UTF-8 replaced.
func csvField(b []byte, s string) []byte {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		s = "'" + s
	}
	if !strings.ContainsAny(s, ",\"\r\n") {
		return render.AppendString(b, s)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"') // a quotation mark doubled
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}
