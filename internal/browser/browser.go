// Package browser builds the page into a folder, serves it and drives
// headless Chromium over it, for the end-to-end tests and the browser
// benchmarks. It is never linked into the page.
package browser

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newsroom-tools/annotator/internal/site"
	"github.com/newsroom-tools/annotator/internal/wasmbuild"
)

// ExecPath returns the Chromium to drive: $CHROMIUM, else chromium or
// chromium-browser or google-chrome on the PATH.
func ExecPath() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium found: install it (apt-get install chromium) or set CHROMIUM")
}

// New starts headless Chromium and returns a context for chromedp with a
// tab open in it. The flags keep it from reaching for the network on its own
// (this machine's network is closed) and let it run as root.
func New(parent context.Context) (context.Context, context.CancelFunc, error) {
	path, err := ExecPath()
	if err != nil {
		return nil, nil, err
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter"),
		chromedp.Flag("no-pings", true),
		chromedp.WindowSize(1280, 800),
	}
	actx, acancel := chromedp.NewExecAllocator(parent, opts...)
	ctx, cancel := chromedp.NewContext(actx)
	if err := chromedp.Do(ctx); err != nil { // start the browser now, to report failure here
		cancel()
		acancel()
		return nil, nil, fmt.Errorf("starting %s: %w", path, err)
	}
	return ctx, func() { cancel(); acancel() }, nil
}

// SiteFiles are the files of web/ that make the page, besides the
// WebAssembly: what make build leaves in web/ and the service worker keeps
// for offline use.
var SiteFiles = []string{"index.html", "style.css", "main.js", "worker.js", "sw.js", "wasm_exec.js", "icon.svg"}

// BuildSite builds the page from the module at root into dir: the WebAssembly
// compiled from cmd/wasm as make build does, and the static files of web/.
func BuildSite(root, dir string) error {
	if err := wasmbuild.Build(root, filepath.Join(dir, wasmbuild.File)); err != nil {
		return err
	}
	for _, f := range SiteFiles {
		if err := copyFile(filepath.Join(root, "web", f), filepath.Join(dir, f)); err != nil {
			return err
		}
	}
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// A Server serves a built site on the loopback interface under a prefix,
// recording every request it receives.
type Server struct {
	URL    string // the page's address, ending in the prefix: http://127.0.0.1:port/annotator/
	Origin string // http://127.0.0.1:port
	srv    *http.Server
	mu     sync.Mutex
	paths  []string
}

// Serve starts serving dir under prefix.
func Serve(dir, prefix string) (*Server, error) {
	return ServeHandler(site.Handler(dir, prefix), prefix)
}

// ServeHandler starts serving h, which serves the page under prefix.
func ServeHandler(h http.Handler, prefix string) (*Server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Server{Origin: "http://" + ln.Addr().String()}
	s.URL = s.Origin + prefix
	s.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.paths = append(s.paths, r.URL.Path)
		s.mu.Unlock()
		h.ServeHTTP(w, r)
	}), ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln)
	return s, nil
}

// Paths returns the paths requested so far.
func (s *Server) Paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.paths...)
}

// Close stops the server.
func (s *Server) Close() error { return s.srv.Close() }

// ModuleRoot finds the folder holding go.mod above the working directory.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.Contains(string(b), "module github.com/newsroom-tools/annotator") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod of the annotator not found above the working directory")
		}
		dir = parent
	}
}
