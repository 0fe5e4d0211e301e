// Package e2e drives the built page in headless Chromium the way a person
// does: open it, paste an article, look at the highlights, hover, click.
// The site is built from the working tree and served under a sub-path, as
// GitHub Pages serves a project site.
package e2e

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/newsroom-tools/annotator/internal/browser"
)

// prefix is the sub-path the site is served under, as on GitHub Pages.
const prefix = "/annotator/"

var (
	root     string          // the module's root
	srv      *browser.Server // the built site
	setupMu  sync.Mutex
	setupErr error
	built    bool
	siteDir  string
)

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if srv != nil {
		srv.Close()
	}
	if siteDir != "" {
		os.RemoveAll(siteDir)
	}
	os.Exit(code)
}

// site builds and serves the page once for all tests.
func site(t *testing.T) *browser.Server {
	t.Helper()
	setupMu.Lock()
	defer setupMu.Unlock()
	if !built {
		built = true
		setupErr = func() error {
			var err error
			if root, err = browser.ModuleRoot(); err != nil {
				return err
			}
			if siteDir, err = os.MkdirTemp("", "annotator-site-"); err != nil {
				return err
			}
			if err := browser.BuildSite(root, siteDir); err != nil {
				return err
			}
			srv, err = browser.Serve(siteDir, prefix)
			return err
		}()
	}
	if setupErr != nil {
		t.Fatalf("building and serving the site: %v", setupErr)
	}
	return srv
}

// tab starts Chromium with the site open-able, and fails the test when any
// request leaves for another origin. In CI a missing Chromium fails the test;
// elsewhere it skips.
func tab(t *testing.T) context.Context {
	t.Helper()
	s := site(t)
	if _, err := browser.ExecPath(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v (CI=true: browser tests must run)", err)
		}
		t.Skipf("skipping: %v", err)
	}
	ctx, cancel, err := browser.New(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	var mu sync.Mutex
	var foreign []string
	var dialogs []string
	err = chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			u := ev.Request.URL
			if !strings.HasPrefix(u, s.Origin+"/") && !strings.HasPrefix(u, "data:") {
				mu.Lock()
				foreign = append(foreign, u)
				mu.Unlock()
			}
		case *page.EventJavascriptDialogOpening:
			mu.Lock()
			dialogs = append(dialogs, ev.Message)
			mu.Unlock()
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		if len(foreign) > 0 {
			t.Errorf("the page made requests to other origins: %v", foreign)
		}
		if len(dialogs) > 0 {
			t.Errorf("a script opened dialogs: %q", dialogs)
		}
		cancelTimeout()
		cancel()
	})
	return ctx
}

// open navigates to the page and waits until the annotator is ready.
// It returns how long that took.
func open(t *testing.T, ctx context.Context) time.Duration {
	t.Helper()
	start := time.Now()
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL),
		chromedp.WaitReady(chromedp.CSS(`body[data-state="ready"], body[data-state="done"]`)),
	); err != nil {
		t.Fatalf("opening %s: %v", srv.URL, err)
	}
	return time.Since(start)
}

// paste puts text into the article box as a paste does: one insertion, one
// input event. It waits for the annotation that follows and returns the
// page's own timing of it.
func paste(t *testing.T, ctx context.Context, text string) (annotateMs, renderMs float64) {
	t.Helper()
	runs := evalInt(t, ctx, `Number(document.body.dataset.runs || 0)`)
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.ID("text"))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, inputInsertText, insertTextParams(text)); err != nil {
		t.Fatalf("pasting: %v", err)
	}
	waitRuns(t, ctx, runs+1)
	return evalFloat(t, ctx, `Number(document.body.dataset.annotateMs)`), evalFloat(t, ctx, `Number(document.body.dataset.renderMs)`)
}

// waitRuns waits until the page has finished n annotation runs.
func waitRuns(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	expr := fmt.Sprintf(`document.body.dataset.state === "done" && Number(document.body.dataset.runs || 0) >= %d`, n)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("waiting for annotation run %d: %v (status: %q)", n, err, evalString(t, ctx, `document.getElementById("status").textContent`))
	}
}

func evalInt(t *testing.T, ctx context.Context, expr string) int {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

func evalFloat(t *testing.T, ctx context.Context, expr string) float64 {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

func evalString(t *testing.T, ctx context.Context, expr string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

func evalStrings(t *testing.T, ctx context.Context, expr string) []string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// screenshot saves a PNG of the whole page under out/screenshots and logs its path.
func screenshot(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := filepath.Join(root, "out", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	return path
}
