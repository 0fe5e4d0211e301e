package e2e

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	sitehandler "github.com/newsroom-tools/annotator/internal/site"
	"github.com/newsroom-tools/annotator/internal/wasmbuild"
)

// TestDownloadBudget holds everything the page downloads, gzipped as GitHub
// Pages serves it, to 1.5 MB. The WebAssembly is gzipped already, at build
// time (File in package wasmbuild), and counts as it is.
func TestDownloadBudget(t *testing.T) {
	site(t)
	entries, err := os.ReadDir(siteDir)
	require.NoError(t, err)
	total := 0
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join(siteDir, e.Name()))
		require.NoError(t, err)
		n := sitehandler.Sent(e.Name(), raw)
		t.Logf("%-17s %9d bytes, %8d sent", e.Name(), len(raw), n)
		total += n
	}
	t.Logf("total sent: %d bytes", total)
	assert.LessOrEqual(t, total, 1_500_000, "the page's download, gzipped")
}

// TestNoFmtInThePage keeps package fmt's printer out of the page's
// WebAssembly: one fmt.Errorf on a path the page runs links in about 80 KB
// gzipped. The code it runs formats with strconv instead.
func TestNoFmtInThePage(t *testing.T) {
	site(t)
	gz, err := os.ReadFile(filepath.Join(siteDir, wasmbuild.File))
	require.NoError(t, err)
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	require.NoError(t, err)
	wasm, err := io.ReadAll(zr)
	require.NoError(t, err)
	assert.False(t, bytes.Contains(wasm, []byte("fmt.(*pp)")), "fmt's printer is linked into annotator.wasm")
}
