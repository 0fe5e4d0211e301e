// Package e2e drives the built page in headless Chromium the way a person
// does: open it, paste an article, look at the highlights, hover, click.
// The site is built from the working tree and served under a sub-path, as
// GitHub Pages serves a project site.
package e2e

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	browserproto "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
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
	return tabOn(t, site(t))
}

// tabOn is tab for a page served by s.
func tabOn(t *testing.T, s *browser.Server) context.Context {
	t.Helper()
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
	settle(t, ctx)
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

// viewport sets the page's size, as a phone (mobile: touch, the viewport
// meta tag honoured) or a laptop window.
func viewport(t *testing.T, ctx context.Context, width, height int64, mobile bool) {
	t.Helper()
	scale := 1.0
	if mobile {
		scale = 2
	}
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: width, Height: height, DeviceScaleFactor: scale, Mobile: mobile}); err != nil {
		t.Fatal(err)
	}
}

// colourScheme makes the page see prefers-color-scheme: light or dark.
func colourScheme(t *testing.T, ctx context.Context, scheme string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}}); err != nil {
		t.Fatal(err)
	}
}

// clipboardPaste puts text on the clipboard and pastes it into the article
// box with Ctrl+V, as a person does. Unlike paste, it copes with megabytes.
// It waits for the annotation that follows.
func clipboardPaste(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	settle(t, ctx)
	runs := evalInt(t, ctx, `Number(document.body.dataset.runs || 0)`)
	grantClipboard(t, ctx)
	focusPage(t, ctx)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`navigator.clipboard.writeText(`+jsString(text)+`).then(() => true)`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatalf("writing the clipboard: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.ID("text"))); err != nil {
		t.Fatal(err)
	}
	pressPaste(t, ctx)
	waitRuns(t, ctx, runs+1)
}

// grantClipboard lets the page read and write the clipboard, as a person
// allows when the browser asks.
func grantClipboard(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.Call(ctx, browserproto.SetPermission, browserproto.SetPermissionParams{
			Permission: &browserproto.PermissionDescriptor{Name: name, AllowWithoutSanitization: true}, Setting: browserproto.PermissionSettingGranted, Origin: srv.Origin}); err != nil {
			t.Fatalf("granting %s: %v", name, err)
		}
	}
}

// settle waits until no annotation is under way, so that the next one
// counted is the test's own.
func settle(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.state !== "busy"`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("waiting for the page to settle: %v", err)
	}
}

// waitRuns waits until the page has finished n annotation runs.
func waitRuns(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	expr := fmt.Sprintf(`document.body.dataset.state === "done" && Number(document.body.dataset.runs || 0) >= %d`, n)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("waiting for annotation run %d: %v (status: %q)", n, err, evalString(t, ctx, `document.getElementById("status").textContent`))
	}
}

// jsString writes s as a JavaScript string literal.
func jsString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// run evaluates a script for its effect.
func run(t *testing.T, ctx context.Context, script string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { `+script+`; return true })()`)); err != nil {
		t.Fatalf("running %s: %v", script, err)
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

func evalBool(t *testing.T, ctx context.Context, expr string) bool {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
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
	return saveShot(t, name, png)
}

// shot saves a PNG of what the viewport shows under out/screenshots.
func shot(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return saveShot(t, name, png)
}

func saveShot(t *testing.T, name string, png []byte) string {
	t.Helper()
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

// waitWorker waits until the annotating worker has started, so that timings
// do not include its start.
func waitWorker(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.worker === "ready"`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("waiting for the worker: %v", err)
	}
}

// apiDoc is the command line's JSON for text, from the page's own API.
type apiDoc struct {
	Published *string
	Quotes    []struct {
		Start, End int
		Text, Kind string
		Cue        *struct{ Text string }
		SpeakerID  *string `json:"speaker_id"`
	}
	Speakers []struct{ ID, Name string }
	Entities []struct {
		Start, End int
		Text, Kind string
	}
	Dates []struct {
		Text, Type string
		Value      *string
	}
}

// annotateJSON calls annotator.annotate on the page and decodes its answer.
func annotateJSON(t *testing.T, ctx context.Context, text string) (apiDoc, string) {
	t.Helper()
	raw := evalString(t, ctx, `annotator.annotate(`+jsString(text)+`)`)
	var doc apiDoc
	require.NoError(t, json.Unmarshal([]byte(raw), &doc), raw)
	return doc, raw
}

// download clicks a button that saves a file and returns the file's name
// and contents.
func download(t *testing.T, ctx context.Context, button string) (string, []byte) {
	t.Helper()
	dir := t.TempDir()
	names := make(chan string, 1)
	done := make(chan string, 1)
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	require.NoError(t, chromedp.ListenBrowser(lctx, func(ev any) {
		switch e := ev.(type) {
		case *browserproto.EventDownloadWillBegin:
			names <- e.SuggestedFilename
		case *browserproto.EventDownloadProgress:
			if e.State == browserproto.DownloadProgressStateCompleted {
				done <- e.GUID
			}
		}
	}))
	yes := true
	_, err := chromedp.CallBrowser(ctx, browserproto.SetDownloadBehavior, browserproto.SetDownloadBehaviorParams{
		Behavior: browserproto.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: &yes})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(button))))
	var name, guid string
	for name == "" || guid == "" {
		select {
		case name = <-names:
		case guid = <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("no download after clicking %s", button)
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, guid))
	require.NoError(t, err)
	return name, data
}

// focusDescription names the focused element for the keyboard tests.
const focusDescription = `(() => { const e = document.activeElement; if (!e || e === document.body) return "";
  return e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.dataset.s !== undefined ? "[s=" + e.dataset.s + "]" : "") +
    (e.dataset.c !== undefined ? "[c=" + e.dataset.c + "]" : "") + (e.dataset.q !== undefined ? "[q=" + e.dataset.q + "]" : "") +
    (e.dataset.d !== undefined ? "[d=" + e.dataset.d + "]" : "") + (e.className && typeof e.className === "string" ? "." + e.className.split(" ")[0] : "") })()`

// pressKey sends one key press (down and up) to the page.
func pressKey(t *testing.T, ctx context.Context, key string, modifiers int64) {
	t.Helper()
	codes := map[string]int64{"Tab": 9, "Enter": 13, "Escape": 27, " ": 32}
	for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeKeyUp} {
		p := input.DispatchKeyEventParams{Type: typ, Key: key, WindowsVirtualKeyCode: codes[key], Modifiers: modifiers}
		if key == "Enter" && typ == input.DispatchKeyEventTypeRawKeyDown {
			p.Type, p.Text = input.DispatchKeyEventTypeKeyDown, "\r"
		}
		if key == " " && typ == input.DispatchKeyEventTypeRawKeyDown {
			p.Type, p.Text = input.DispatchKeyEventTypeKeyDown, " "
		}
		_, err := chromedp.Call(ctx, input.DispatchKeyEvent, p)
		require.NoError(t, err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

func atof(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return f
}

// focusPage makes the headless page act as the focused window, as the
// clipboard asks.
func focusPage(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
}

// pressPaste presses Ctrl+V in the focused field.
func pressPaste(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp} {
		p := input.DispatchKeyEventParams{Type: typ, Modifiers: 2, Key: "v", Code: "KeyV", WindowsVirtualKeyCode: 86}
		if typ == input.DispatchKeyEventTypeKeyDown {
			p.Commands = []string{"paste"}
		}
		if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, p); err != nil {
			t.Fatalf("pressing Ctrl+V: %v", err)
		}
	}
}
