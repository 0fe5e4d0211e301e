package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/annotate"
)

// jsonDoc is the command line's schema, for reading the output back.
type jsonDoc struct {
	Published *string `json:"published"`
	Quotes    []struct {
		Start, End int
		Text, Kind string
		Cue        *jsonSpan
		Speaker    *jsonSpan
		SpeakerID  *string `json:"speaker_id"`
	}
	Speakers []struct {
		ID, Name, Kind string
		Title          *string
		Mentions       []jsonSpan
	}
	Entities []struct {
		Start, End int
		Text, Kind string
	}
	Dates []struct {
		Start, End int
		Text, Type string
		Value      *string
	}
}

type jsonSpan struct {
	Start, End int
	Text       string
}

func TestJSONOffsetsAreCodePoints(t *testing.T) {
	text := "« Été » — “Ça suffit,” a déclaré Lavrov. 😀 \"Enough,\" Lavrov said."
	d := annotate.Annotate(text, annotate.Options{Published: time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC)})
	out := JSON(nil, d)
	var doc jsonDoc
	require.NoError(t, json.Unmarshal(out, &doc), "%s", out)
	require.NotNil(t, doc.Published)
	assert.Equal(t, "2013-09-16", *doc.Published)
	runes := []rune(text)
	require.NotEmpty(t, doc.Quotes)
	for _, q := range doc.Quotes {
		assert.Equal(t, string(runes[q.Start:q.End]), q.Text, "quote offsets are code points")
		if q.Speaker != nil {
			assert.Equal(t, string(runes[q.Speaker.Start:q.Speaker.End]), q.Speaker.Text)
		}
		if q.SpeakerID != nil {
			assert.True(t, strings.HasPrefix(*q.SpeakerID, "s"))
		}
	}
	for _, s := range doc.Speakers {
		for _, m := range s.Mentions {
			assert.Equal(t, string(runes[m.Start:m.End]), m.Text)
		}
	}
}

func TestJSONEmptyDocument(t *testing.T) {
	out := JSON(nil, annotate.Annotate("", annotate.Options{}))
	assert.JSONEq(t, `{"published":null,"quotes":[],"speakers":[],"entities":[],"dates":[]}`, string(out))
}

func TestAppendJSONString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `"plain"`},
		{"quote\" back\\slash", `"quote\" back\\slash"`},
		{"line\nbreak\ttab\r", `"line\nbreak\ttab\r"`},
		{"<script>&", `"\u003cscript\u003e\u0026"`},
		{"bad\xffbyte", `"bad\ufffdbyte"`},
		{"\u2028sep\x01", `"\u2028sep\u0001"`},
	}
	for _, tt := range tests {
		got := string(AppendJSONString(nil, tt.in))
		assert.Equal(t, tt.want, got)
		var back string
		require.NoError(t, json.Unmarshal([]byte(got), &back))
	}
}

func TestRuneIndex(t *testing.T) {
	text := strings.Repeat("é😀a", 300) + "\xff" + "end"
	ix := newRuneIndex(text)
	n := 0
	for i := range text {
		assert.Equal(t, n, ix.at(i), "offset %d", i)
		n++
	}
	assert.Equal(t, len([]rune(text)), ix.at(len(text)))
}

func TestTextSummary(t *testing.T) {
	d := annotate.Annotate(`"We will meet again," Lavrov said.`, annotate.Options{})
	var b bytes.Buffer
	require.NoError(t, Text(&b, d))
	assert.Contains(t, b.String(), "Published: unknown")
	assert.Contains(t, b.String(), "Quotes (1)")
	assert.Contains(t, b.String(), "by trailing-cue")
}

func TestHTMLIsSelfContained(t *testing.T) {
	d := annotate.Annotate("<img src=x onerror=alert(1)> \"Hi,\" she said.", annotate.Options{})
	out := string(HTML(nil, d))
	assert.NotContains(t, out, "<img")
	assert.NotContains(t, out, "<script")
	assert.NotContains(t, out, "http://")
	assert.Contains(t, out, "&lt;img src=x onerror=alert(1)&gt;")
	assert.Contains(t, out, "default-src 'none'")
}
