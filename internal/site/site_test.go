package site

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html><p>hi"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "annotator.wasm"), []byte("\x00asm\x01\x00\x00\x00"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "annotator.wasm.gz"), []byte("\x1f\x8b\x08\x00"), 0o644))
	h := Handler(dir, "/annotator/")

	get := func(path string, gz bool) *http.Response {
		req := httptest.NewRequest("GET", path, nil)
		if gz {
			req.Header.Set("Accept-Encoding", "gzip")
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		return w.Result()
	}
	tests := []struct {
		path  string
		code  int
		ctype string
	}{
		{"/annotator/", 200, "text/html; charset=utf-8"},
		{"/annotator/index.html", 200, "text/html; charset=utf-8"},
		{"/annotator/annotator.wasm", 200, "application/wasm"},
		{"/annotator/annotator.wasm.gz", 200, "application/gzip"},
		{"/annotator", 301, ""},
		{"/index.html", 404, ""},
		{"/annotator/missing.js", 404, ""},
		{"/annotator/../../etc/passwd", 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res := get(tt.path, false)
			assert.Equal(t, tt.code, res.StatusCode)
			if tt.ctype != "" {
				assert.Equal(t, tt.ctype, res.Header.Get("Content-Type"))
			}
		})
	}

	res := get("/annotator/annotator.wasm", true)
	require.Equal(t, "gzip", res.Header.Get("Content-Encoding"))
	zr, err := gzip.NewReader(res.Body)
	require.NoError(t, err)
	body, err := io.ReadAll(zr)
	require.NoError(t, err)
	assert.Equal(t, "\x00asm\x01\x00\x00\x00", string(body))

	// gzipped already: sent as it is, for the page to unpack
	res = get("/annotator/annotator.wasm.gz", true)
	assert.Empty(t, res.Header.Get("Content-Encoding"))
	body, err = io.ReadAll(res.Body)
	require.NoError(t, err)
	assert.Equal(t, "\x1f\x8b\x08\x00", string(body))
}

func TestSent(t *testing.T) {
	text := []byte(strings.Repeat("the same line again\n", 100))
	assert.Less(t, Sent("main.js", text), 100, "text is gzipped")
	gz := []byte("\x1f\x8b\x08\x00 gzipped already")
	assert.Equal(t, len(gz), Sent("annotator.wasm.gz", gz), "a .gz file goes as it is")
}
