package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/browser"
	"github.com/newsroom-tools/annotator/internal/dataset"
)

// watchCSP records Content-Security-Policy violations from the next page
// load on; cspViolations reads them.
func watchCSP(t *testing.T, ctx context.Context) {
	t.Helper()
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.cspViolations = []; document.addEventListener("securitypolicyviolation", e => window.cspViolations.push(e.violatedDirective + " " + e.blockedURI))`})
	require.NoError(t, err)
}

func cspViolations(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return evalStrings(t, ctx, `window.cspViolations || []`)
}

// TestHostileInput pastes markup, script, entities, direction overrides and
// invisible characters: all of it shows as text, none of it runs, nothing
// is lost.
func TestHostileInput(t *testing.T) {
	ctx := tab(t)
	watchCSP(t, ctx)
	open(t, ctx)
	hostile := "<script>alert('script')</script>\n\n<img src=x onerror=\"alert('img')\">\n\n" +
		"\"<a href=\"javascript:alert('link')\">click</a>,\" said Mallory. <iframe src=\"javascript:alert(3)\"></iframe>\n\n" +
		"&amp; &lt;b&gt; &#60;script&#62; \u202eevil\u202c \u200bzero\u200b width \u2066isolate\u2069 \ufeffbom </mark></span><mark class=\"x\" onclick=\"alert(4)\">\n\n" +
		"\"Quote with a \u202e right-to-left override,\" said Eve. <style>body{display:none}</style> {{.}} ${alert(5)} `x`"
	paste(t, ctx, hostile)
	assert.Equal(t, hostile, evalString(t, ctx, `document.getElementById("article").textContent`), "shown whole, as text")
	assert.Zero(t, evalInt(t, ctx, `document.querySelectorAll("#article *:not(mark):not(span), #article [onclick], #article [onerror], #speakers *[onclick]").length`))
	assert.Equal(t, "done", evalString(t, ctx, `document.body.dataset.state`))
	assert.NotEqual(t, "none", evalString(t, ctx, `getComputedStyle(document.body).display`))
	for _, btn := range []string{"#export-json", "#export-csv", "#export-html"} {
		_, data := download(t, ctx, btn)
		assert.NotContains(t, strings.ToLower(string(data)), "<script", "%s holds no script", btn)
		assert.NotContains(t, strings.ToLower(string(data)), "<img", btn)
	}
	assert.Empty(t, cspViolations(t, ctx))
}

// TestHugePaste pastes 10 MB: the box takes what the page annotates at
// once, the rest is kept aside and can be saved (nothing is lost), the page
// says so, stays usable meanwhile, and stops when asked.
func TestHugePaste(t *testing.T) {
	ctx := tab(t)
	open(t, ctx)
	waitWorker(t, ctx)
	para := "\"We will not accept this,\" said the minister, who spoke in Geneva on Monday after talks that ran late.\n\n"
	huge := strings.Repeat(para, 10<<20/len(para))
	grantClipboard(t, ctx)
	focusPage(t, ctx)
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`navigator.clipboard.writeText(`+jsString(huge)+`).then(() => true)`, chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.ID("text"))))
	start := time.Now()
	pressPaste(t, ctx)
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.state === "busy"`, chromedp.WithPollingTimeout(30*time.Second)))
	require.NoError(t, err)
	t.Logf("the paste took %v to reach the annotator", time.Since(start))
	notice := evalString(t, ctx, `document.getElementById("overflow").hidden ? "" : document.getElementById("overflow-text").textContent`)
	assert.Contains(t, notice, "The paste has 10,485,")
	assert.Contains(t, notice, "The box holds the first 2,0")

	// usable meanwhile: a layer switch answers at once
	start = time.Now()
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("layer-dates"))))
	assert.True(t, evalBool(t, ctx, `document.body.classList.contains("hide-dates")`))
	took := time.Since(start)
	t.Logf("a click answered in %v while annotating", took)
	assert.Less(t, took, time.Second)

	// nothing is lost: the box and the part kept aside are the paste
	box := evalString(t, ctx, `document.getElementById("text").value`)
	assert.LessOrEqual(t, len(box), 2<<20)
	_, rest := download(t, ctx, "#save-rest")
	assert.True(t, box+string(rest) == huge, "the box (%d bytes) and the saved rest (%d bytes) make the paste (%d bytes)", len(box), len(rest), len(huge))

	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`!document.getElementById("stop").hidden || document.body.dataset.state === "done"`, chromedp.WithPollingTimeout(10*time.Second)))
	require.NoError(t, err, "a Stop button shows while a long run goes on")
	if evalString(t, ctx, `document.body.dataset.state`) == "busy" {
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("stop"))))
		_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.state === "done"`, chromedp.WithPollingTimeout(5*time.Second)))
		require.NoError(t, err)
		assert.Contains(t, evalString(t, ctx, `document.getElementById("status").textContent`), "Stopped")
	}

	// and works on after that
	runs := evalInt(t, ctx, `Number(document.body.dataset.runs || 0)`)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("clear"))))
	waitRuns(t, ctx, runs+1)
	assert.True(t, evalBool(t, ctx, `document.getElementById("overflow").hidden`))
	waitWorker(t, ctx)
	paste(t, ctx, `"Back to normal," she said.`)
	assert.Equal(t, 1, evalInt(t, ctx, `document.querySelectorAll("#article mark.quote.direct").length`))
}

// TestLongLine pastes a 100,000-character line with no break in it.
func TestLongLine(t *testing.T) {
	ctx := tab(t)
	open(t, ctx)
	line := strings.Repeat("\"Yes,\" said Kerry and Lavrov agreed in Geneva ", 100_000/47)
	line += strings.Repeat("x", 100_000-len(line))
	require.Len(t, line, 100_000)
	start := time.Now()
	paste(t, ctx, line)
	t.Logf("a 100,000-character line annotated and shown in %v (run %s ms)", time.Since(start), evalString(t, ctx, `document.body.dataset.runMs`))
	assert.Equal(t, line, evalString(t, ctx, `document.getElementById("article").textContent`))
	assert.LessOrEqual(t, evalInt(t, ctx, `document.documentElement.scrollWidth`), evalInt(t, ctx, `document.documentElement.clientWidth`), "no sideways scroll")
}

// TestPanicsAreRecovered makes the page's program fail at each place it
// can (by a fault the tests inject): the page says so and works on.
func TestPanicsAreRecovered(t *testing.T) {
	ctx := tab(t)
	open(t, ctx)
	waitWorker(t, ctx)
	paste(t, ctx, `"First," she said.`)
	for i, fault := range []string{"run", "show", "worker", "worker-exit", "export"} {
		run(t, ctx, `window.annotatorFault = "`+fault+`"`)
		switch fault {
		case "export":
			require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("export-json"))))
		case "worker", "worker-exit":
			// a text long enough to go to the worker (the page annotates
			// short ones itself)
			run(t, ctx, `document.getElementById("text").value += " More.".repeat(4000); document.getElementById("annotate").click()`)
		default:
			run(t, ctx, `document.getElementById("text").value += " More."; document.getElementById("annotate").click()`)
		}
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.state === "error"`, chromedp.WithPollingTimeout(20*time.Second)))
		require.NoError(t, err, "fault %s: the page says it failed", fault)
		notice := evalString(t, ctx, `document.getElementById("notice").textContent`)
		assert.Contains(t, notice, "failed", fault)
		assert.Contains(t, notice, "The page still works", fault)
		run(t, ctx, `delete window.annotatorFault`)
		waitWorker(t, ctx)
		text := `"Still here after ` + fault + `," said Kerry.`
		run(t, ctx, `document.getElementById("text").value = ""`)
		paste(t, ctx, text)
		assert.Equal(t, text, evalString(t, ctx, `document.getElementById("article").textContent`), "fault %d (%s): the page works on", i, fault)
		assert.Equal(t, "done", evalString(t, ctx, `document.body.dataset.state`))
	}
}

// TestContentSecurityPolicy checks the page's policy, and that a session
// of ordinary use breaks none of it.
func TestContentSecurityPolicy(t *testing.T) {
	ctx := tab(t)
	watchCSP(t, ctx)
	open(t, ctx)
	policy := evalString(t, ctx, `document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`)
	assert.Equal(t, "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'", policy)
	for _, banned := range []string{"unsafe-inline", "'unsafe-eval'", "http:", "https:", "data:", "blob:", "*"} {
		assert.NotContains(t, policy, banned)
	}
	paste(t, ctx, readSeed(t))
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#speakers button.speaker`))))
	download(t, ctx, "#export-html")
	grantClipboard(t, ctx)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("copy"))))
	assert.Empty(t, cspViolations(t, ctx))
}

// TestLongestText pastes as much news as the page annotates at once (2 MB)
// and checks it is all shown, the page answering meanwhile.
func TestLongestText(t *testing.T) {
	ctx, text := openWithNews(t, 2<<20)
	start := time.Now()
	clipboardPaste(t, ctx, text)
	t.Logf("%d bytes pasted, annotated and shown in %v", len(text), time.Since(start))
	assert.Equal(t, "done", evalString(t, ctx, `document.body.dataset.state`), evalString(t, ctx, `document.getElementById("notice").textContent`))
	assert.Equal(t, evalInt(t, ctx, `document.getElementById("text").value.length`), evalInt(t, ctx, `document.getElementById("article").textContent.length`))
	assert.Greater(t, evalInt(t, ctx, `document.querySelectorAll("#article .part").length`), 10, "shown in pieces")
	assert.Positive(t, evalInt(t, ctx, `document.querySelectorAll("#speakers button.speaker").length`))
	// the text box folds away a text this long, and opens on request
	assert.True(t, evalBool(t, ctx, `document.getElementById("drop").classList.contains("folded")`))
	assert.Contains(t, evalString(t, ctx, `document.getElementById("folded-note").textContent`), "2,0")
	assert.Equal(t, "none", evalString(t, ctx, `getComputedStyle(document.getElementById("text")).display`))
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("unfold"))))
	assert.NotEqual(t, "none", evalString(t, ctx, `getComputedStyle(document.getElementById("text")).display`))
	assert.Equal(t, "text", evalString(t, ctx, `document.activeElement.id`))
}

// TestDatesHelper pastes a long text, whose dates a second worker finds
// while the first annotates the rest, and checks that the page shows what
// the annotator finds in one piece (the JSON export of what is shown is
// the API's JSON for the text); then the same with the helper failing to
// start, where the worker finds the dates itself.
func TestDatesHelper(t *testing.T) {
	ctx, text := openWithNews(t, 400<<10)
	api, raw := annotateJSON(t, ctx, text)
	require.NotEmpty(t, api.Dates)
	for _, c := range []struct{ fault, dated string }{{"", "helper"}, {"helper", "worker"}} {
		if c.fault != "" {
			run(t, ctx, `window.annotatorFault = "`+c.fault+`"`)
		}
		if evalBool(t, ctx, `document.getElementById("drop").classList.contains("folded")`) {
			require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("unfold"))))
		}
		run(t, ctx, `document.getElementById("text").value = ""`)
		clipboardPaste(t, ctx, text)
		assert.Equal(t, "done", evalString(t, ctx, `document.body.dataset.state`))
		assert.Equal(t, c.dated, evalString(t, ctx, `document.body.dataset.dated`), "fault %q: who found the dates", c.fault)
		_, shown := download(t, ctx, "#export-json")
		assert.JSONEq(t, raw, string(shown), "fault %q: what is shown is what the annotator finds", c.fault)
		run(t, ctx, `delete window.annotatorFault`)
	}
}

// openWithNews opens the page in a new tab, waits for its worker, and
// returns about n bytes of news text from the shared data.
func openWithNews(t *testing.T, n int) (context.Context, string) {
	t.Helper()
	dataset.Require(t, "quotes", "polnear", "dev.jsonl")
	text, err := browser.NewsText(n)
	require.NoError(t, err)
	ctx := tab(t)
	open(t, ctx)
	waitWorker(t, ctx)
	return ctx, text
}
