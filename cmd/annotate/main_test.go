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
	}, "\n")
	code, out, errOut := call(t, in, "-batch")
	assert.Equal(t, 1, code, "a batch with bad lines exits non-zero")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 6, "one output line per non-empty input line")
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
	assert.Contains(t, errOut, "line 2:")
	assert.Contains(t, errOut, "line 5:")
}
