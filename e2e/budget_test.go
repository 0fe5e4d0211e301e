package e2e

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDownloadBudget holds everything the page downloads, gzipped as GitHub
// Pages serves it, to 1.5 MB.
func TestDownloadBudget(t *testing.T) {
	site(t)
	entries, err := os.ReadDir(siteDir)
	require.NoError(t, err)
	total := 0
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join(siteDir, e.Name()))
		require.NoError(t, err)
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		zw.Write(raw)
		require.NoError(t, zw.Close())
		t.Logf("%-16s %9d bytes, %8d gzipped", e.Name(), len(raw), b.Len())
		total += b.Len()
	}
	t.Logf("total gzipped: %d bytes", total)
	assert.LessOrEqual(t, total, 1_500_000, "the page's download, gzipped")
}

// TestNoFmtInThePage keeps package fmt's printer out of the page's
// WebAssembly: one fmt.Errorf on a path the page runs links in about 80 KB
// gzipped. The code it runs formats with strconv instead.
func TestNoFmtInThePage(t *testing.T) {
	site(t)
	wasm, err := os.ReadFile(filepath.Join(siteDir, "annotator.wasm"))
	require.NoError(t, err)
	assert.False(t, bytes.Contains(wasm, []byte("fmt.(*pp)")), "fmt's printer is linked into annotator.wasm")
}
