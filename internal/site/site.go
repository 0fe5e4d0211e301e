// Package site serves the static page: the files of web/ as GitHub Pages
// would, optionally under a sub-path such as /annotator/, with WebAssembly
// served as application/wasm, text assets gzipped when the browser asks and
// files gzipped already (.gz) sent as they are.
package site

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// types are the content types the page needs, set explicitly so they do not
// depend on the machine's MIME tables.
var types = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".wasm":        "application/wasm",
	".gz":          "application/gzip",
	".json":        "application/json",
	".txt":         "text/plain; charset=utf-8",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".ico":         "image/x-icon",
	".webmanifest": "application/manifest+json",
}

// Handler serves the files under dir at prefix ("/" or "/name/").
// Requests outside prefix get 404, as on GitHub Pages under a project path.
func Handler(dir, prefix string) http.Handler {
	if !strings.HasPrefix(prefix, "/") {
		prefix = "/" + prefix
	}
	if !strings.HasSuffix(prefix, "/") {
		prefix += "/"
	}
	h := &handler{dir: dir, prefix: prefix, gz: map[string]gzEntry{}}
	return h
}

type handler struct {
	dir    string
	prefix string
	mu     sync.Mutex
	gz     map[string]gzEntry // gzipped bodies by file path, kept while the file is unchanged
}

type gzEntry struct {
	mod  time.Time
	size int64
	body []byte
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.URL.Path+"/" == h.prefix {
		http.Redirect(w, r, h.prefix, http.StatusMovedPermanently)
		return
	}
	if !strings.HasPrefix(r.URL.Path, h.prefix) {
		http.NotFound(w, r)
		return
	}
	rel := path.Clean("/" + strings.TrimPrefix(r.URL.Path, h.prefix))
	if strings.HasSuffix(r.URL.Path, "/") {
		rel = path.Join(rel, "index.html")
	}
	file := filepath.Join(h.dir, filepath.FromSlash(rel))
	fi, err := os.Stat(file)
	if err != nil || fi.IsDir() {
		http.NotFound(w, r)
		return
	}
	ext := path.Ext(rel)
	if t, ok := types[ext]; ok {
		w.Header().Set("Content-Type", t)
	}
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Add("Vary", "Accept-Encoding")
	if compressible(ext) && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		body, err := h.gzipped(file, fi)
		if err == nil {
			w.Header().Set("Content-Encoding", "gzip")
			http.ServeContent(w, r, "", fi.ModTime(), bytes.NewReader(body))
			return
		}
	}
	f, err := os.Open(file)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	http.ServeContent(w, r, "", fi.ModTime(), f)
}

func compressible(ext string) bool {
	switch ext {
	case ".html", ".js", ".css", ".wasm", ".json", ".txt", ".svg", ".webmanifest":
		return true
	}
	return false
}

// gzipped returns the file's gzipped bytes, compressing once per version of the file.
func (h *handler) gzipped(file string, fi os.FileInfo) ([]byte, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if e, ok := h.gz[file]; ok && e.mod.Equal(fi.ModTime()) && e.size == fi.Size() {
		return e.body, nil
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	body := gzipped(raw)
	h.gz[file] = gzEntry{fi.ModTime(), fi.Size(), body}
	return body, nil
}

// gzipped returns raw gzipped at the best compression.
func gzipped(raw []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(raw) // a bytes.Buffer takes all
	zw.Close()
	return buf.Bytes()
}

// Sent returns how many bytes of the file called name, holding raw, the site
// sends to a browser that accepts gzip: gzipped at the best compression, as
// GitHub Pages does, unless the file is gzipped already (.gz).
func Sent(name string, raw []byte) int {
	if compressible(path.Ext(name)) {
		return len(gzipped(raw))
	}
	return len(raw)
}
