package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// call runs the command with args and stdin, returning its exit code and output.
func call(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

const article = "MOSCOW, Sept 16 (Reuters) - \"We will talk,\" Lavrov said.\n"

func TestFormats(t *testing.T) {
	code, out, errOut := call(t, article)
	require.Equal(t, 0, code, errOut)
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	for _, k := range []string{"published", "quotes", "speakers", "entities", "dates"} {
		assert.Contains(t, doc, k)
	}

	code, out, _ = call(t, article, "-format", "text")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Quotes (1)")

	code, out, _ = call(t, article, "-format", "html")
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "<!doctype html>"))
	assert.Contains(t, out, `<mark class="quote direct"`)
}

func TestPublishedFlag(t *testing.T) {
	code, out, _ := call(t, "He spoke on Monday.", "-published", "2013-09-18")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"published":"2013-09-18"`)

	code, _, errOut := call(t, "x", "-published", "18/09/2013")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "YYYY-MM-DD")
}

func TestDateFlags(t *testing.T) {
	text := "It was filed 6/10/2018. The vote was on 1 March."
	code, out, _ := call(t, text, "-published", "2013-09-16", "-format", "text")
	require.Equal(t, 0, code)
	assert.Regexp(t, `6/10/2018 +date +2018-06-10`, out, "month first by default")
	assert.Regexp(t, `1 March +date +2013-03-01`, out, "news reads the past by default")

	code, out, _ = call(t, text, "-published", "2013-09-16", "-format", "text", "-order", "day", "-ahead")
	require.Equal(t, 0, code)
	assert.Regexp(t, `6/10/2018 +date +2018-10-06`, out)
	assert.Regexp(t, `1 March +date +2014-03-01`, out)

	code, _, errOut := call(t, "x", "-order", "dmy")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "want auto, month or day")
}

func TestFileArgument(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	require.NoError(t, os.WriteFile(path, []byte(article), 0o644))
	code, out, _ := call(t, "", path)
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"kind":"direct"`)
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		msg   string
	}{
		{"missing file", "", []string{"/no/such/file.txt"}, 1, "no such file"},
		{"invalid UTF-8", "caf\xe9 au lait", nil, 1, "not valid UTF-8 text (first bad byte 0xe9 at offset 3)"},
		{"unknown format", "x", []string{"-format", "xml"}, 2, "want json, html or text"},
		{"two files", "", []string{"a", "b"}, 2, "usage"},
		{"batch with a file", "", []string{"-batch", "a"}, 2, "takes no FILE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := call(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tt.msg)
		})
	}
}

func TestBatch(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "\"Yes,\" she said.", "published": "2020-01-02"}`,
		`not json`,
		`{"id": 7, "text": "Lavrov said on Monday that talks would go on."}`,
		``,
		`{"id": "c"}`,
		`{"id": "d", "text": "x", "published": "tomorrow"}`,
		"{\"id\": \"e\", \"text\": \"caf\xe9\"}",
		`{"id": "f", "text": "Filed 6/10/2018.", "order": "day"}`,
		`{"id": "g", "text": "x", "order": "dmy"}`,
	}, "\n")
	code, out, errOut := call(t, in, "-batch")
	assert.Equal(t, 1, code, "a batch with bad lines exits non-zero")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 8, "one output line per non-empty input line")
	var outs []map[string]any
	for _, l := range lines {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		outs = append(outs, m)
	}
	assert.Equal(t, "a", outs[0]["id"])
	assert.Equal(t, "2020-01-02", outs[0]["published"])
	assert.Len(t, outs[0]["quotes"], 1)
	assert.Nil(t, outs[1]["id"])
	assert.Contains(t, outs[1]["error"], "not a JSON object")
	assert.Equal(t, float64(7), outs[2]["id"])
	assert.Contains(t, outs[3]["error"], `no "text" field`)
	assert.Contains(t, outs[4]["error"], "published")
	assert.Contains(t, outs[5]["error"], "UTF-8")
	require.Len(t, outs[6]["dates"], 1)
	assert.Equal(t, "2018-10-06", outs[6]["dates"].([]any)[0].(map[string]any)["value"], "a line's own order")
	assert.Contains(t, outs[7]["error"], "want auto, month or day")
	assert.Contains(t, errOut, "line 2:")
	assert.Contains(t, errOut, "line 5:")
}
