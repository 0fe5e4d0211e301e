package e2e

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/browser"
	sitehandler "github.com/newsroom-tools/annotator/internal/site"
)

// TestKeyboardOnly goes through the page with Tab alone: every control is
// reached, each shows where the focus is, and the speakers panel works
// with Enter and Escape.
func TestKeyboardOnly(t *testing.T) {
	seed := readSeed(t)
	ctx := tab(t)
	open(t, ctx)
	paste(t, ctx, seed)
	run(t, ctx, `document.activeElement.blur(); window.scrollTo(0, 0)`)
	want := map[string]bool{"a#": true}
	for _, sel := range []string{"#text", "#annotate", "#open", "#sample", "#clear", "#published", "#date-order", "#ahead",
		"#layer-quotes", "#layer-colours", "#layer-person", "#layer-organization", "#layer-place", "#layer-dates",
		"#export-json", "#export-csv", "#export-html"} {
		want[sel] = true
	}
	speakers := evalStrings(t, ctx, `[...document.querySelectorAll("#speakers > ol > li > button")].map(b => "[s=" + b.dataset.s + "]")`)
	require.NotEmpty(t, speakers)
	for _, s := range speakers {
		want[s] = true
	}
	want["[c="+evalString(t, ctx, `document.querySelector("#names button.name").dataset.c`)+"]"] = true
	want["[q="+evalString(t, ctx, `document.querySelector("#article mark.quote").dataset.q`)+"]"] = true
	want["summary"] = true // the fold of a long list of names

	reached := map[string]bool{}
	var missingFocus []string
	for i := 0; i < 600 && len(reached) < len(want)+5; i++ {
		pressKey(t, ctx, "Tab", 0)
		d := evalString(t, ctx, focusDescription)
		if d == "" {
			continue
		}
		// every focused control shows its focus: an outline of 2px or more
		// (inside a date field the browser's own parts take the focus and
		// draw it; the field itself then does not match :focus)
		if !evalBool(t, ctx, `(() => { const e = document.activeElement, s = getComputedStyle(e); return !e.matches(":focus") || s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 })()`) {
			missingFocus = append(missingFocus, d)
		}
		for w := range want {
			if strings.Contains(d, w) || w == "a#" && strings.HasPrefix(d, "a.skip") {
				reached[w] = true
			}
		}
	}
	for w := range want {
		assert.True(t, reached[w], "Tab never reaches %s", w)
	}
	assert.Empty(t, missingFocus, "focus not visible on these")

	// a speaker by keyboard: Enter chooses and steps, Escape ends
	require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`#speakers button.speaker`))))
	pressKey(t, ctx, "Enter", 0)
	assert.False(t, evalBool(t, ctx, `document.getElementById("bar").hidden`))
	assert.Contains(t, evalString(t, ctx, `document.getElementById("bar-text").textContent`), "Quote 1 of")
	pressKey(t, ctx, "Escape", 0)
	assert.True(t, evalBool(t, ctx, `document.getElementById("bar").hidden`))
	// a quote by keyboard: Tab to it, Enter selects it
	require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`#article mark.quote[tabindex]`))))
	q := evalString(t, ctx, `document.activeElement.dataset.q`)
	pressKey(t, ctx, "Enter", 0)
	assert.Equal(t, q, evalString(t, ctx, `document.querySelector("#article .cur").dataset.q`))
}

// TestPhoneLayout opens the page 375 px wide: nothing scrolls sideways,
// with an article, a speaker chosen, or a 100,000-character line.
func TestPhoneLayout(t *testing.T) {
	seed := readSeed(t)
	ctx := tab(t)
	viewport(t, ctx, 375, 812, true)
	open(t, ctx)
	noSideScroll := func(when string) {
		t.Helper()
		assert.LessOrEqual(t, evalInt(t, ctx, `document.documentElement.scrollWidth`), 375, "%s: the page scrolls sideways: %s", when,
			evalString(t, ctx, `JSON.stringify([...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > 376).slice(0, 5).map(e => e.tagName + "#" + e.id + "." + e.className))`))
	}
	noSideScroll("empty")
	paste(t, ctx, seed)
	noSideScroll("with the seed article")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#speakers button.speaker`))))
	noSideScroll("with a speaker chosen")
	assert.False(t, evalBool(t, ctx, `document.getElementById("bar").hidden`))
	run(t, ctx, `document.getElementById("text").value = ""`)
	paste(t, ctx, strings.Repeat("word", 25_000))
	noSideScroll("with a 100,000-character line")
}

// contrastJS checks every visible piece of text on the page, pseudo-element
// badges included, against WCAG AA: 4.5:1, or 3:1 for large text. It
// returns the failures.
const contrastJS = `(() => {
  const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const blend = (top, bottom) => ({r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1});
  const background = el => { const layers = []; for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
    let bg = {r: 255, g: 255, b: 255, a: 1}; if (matchMedia("(prefers-color-scheme: dark)").matches && layers.length === 0) bg = {r: 0, g: 0, b: 0, a: 1};
    for (let i = layers.length - 1; i >= 0; i--) bg = blend(layers[i], bg); return bg; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const fails = [];
  const check = (el, style, bg, what) => {
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const need = size >= 24 || bold && size >= 18.66 ? 3 : 4.5;
    let fg = parse(style.color); if (fg.a < 1) fg = blend(fg, bg);
    const r = ratio(fg, bg);
    if (r < need) fails.push(what + " " + r.toFixed(2) + " " + style.color + " on " + JSON.stringify(bg) + ": " + el.outerHTML.slice(0, 80));
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || seen.has(el) || el.closest("[hidden], noscript, script, style, .vh, details:not([open]) > :not(summary)")) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none" || Number(style.opacity) < 1 || el.closest(".sample-colours") || !el.getClientRects().length) continue;
    check(el, style, background(el), "text");
  }
  for (const el of document.querySelectorAll("mark.quote[data-n]")) {
    const s = getComputedStyle(el, "::before");
    if (s.content === "none" || Number(s.opacity) < 1 || el.closest("[hidden]")) continue;
    check(el, s, blend(parse(s.backgroundColor), background(el)), "badge");
  }
  return fails;
})()`

// TestContrast checks the contrast of everything on the page, light and
// dark, with an article annotated and with a speaker chosen.
func TestContrast(t *testing.T) {
	seed := readSeed(t)
	for _, scheme := range []string{"light", "dark"} {
		t.Run(scheme, func(t *testing.T) {
			ctx := tab(t)
			colourScheme(t, ctx, scheme)
			open(t, ctx)
			assert.Empty(t, evalStrings(t, ctx, contrastJS), "before annotating")
			paste(t, ctx, seed)
			assert.Empty(t, evalStrings(t, ctx, contrastJS), "with the seed article")
			require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#names button.name`))))
			require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#speakers button.speaker`))))
			assert.Empty(t, evalStrings(t, ctx, contrastJS), "with a name and a speaker chosen")
		})
	}
}

// TestLoadingState opens the page over a slow connection: it says it is
// loading, with a progress bar, and then that it is ready.
func TestLoadingState(t *testing.T) {
	ctx := tab(t)
	_, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{{Latency: 100, DownloadThroughput: 250 << 10, UploadThroughput: -1}}})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL)))
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.readyState !== "loading"`, chromedp.WithPollingTimeout(30*time.Second)))
	require.NoError(t, err)
	assert.Equal(t, "loading", evalString(t, ctx, `document.body.dataset.state`))
	assert.Equal(t, "Loading the annotator…", evalString(t, ctx, `document.getElementById("status").textContent`))
	assert.NotEqual(t, "none", evalString(t, ctx, `getComputedStyle(document.getElementById("progress")).display`), "a progress bar shows")
	assert.True(t, evalBool(t, ctx, `getComputedStyle(document.getElementById("annotate")).pointerEvents === "none"`), "the buttons wait")
	shot(t, ctx, "loading-1280x800")
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.state === "ready"`, chromedp.WithPollingTimeout(60*time.Second)))
	require.NoError(t, err)
	assert.Equal(t, "none", evalString(t, ctx, `getComputedStyle(document.getElementById("progress")).display`))
}

// TestWithoutWebAssembly opens the page in a browser without WebAssembly.
func TestWithoutWebAssembly(t *testing.T) {
	failsWithout(t, "WebAssembly", "cannot run WebAssembly")
}

// TestWithoutDecompressionStream opens the page in a browser that cannot
// unpack the gzipped WebAssembly: it says so.
func TestWithoutDecompressionStream(t *testing.T) {
	failsWithout(t, "DecompressionStream", "DecompressionStream")
}

// failsWithout opens the page in a browser without the global object
// called name and checks that the page says it cannot run, in a message
// that holds want.
func failsWithout(t *testing.T, name, want string) {
	ctx := tab(t)
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `delete window.` + name})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL)))
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.state === "failed"`, chromedp.WithPollingTimeout(10*time.Second)))
	require.NoError(t, err)
	assert.Contains(t, evalString(t, ctx, `document.getElementById("status").textContent`), want)
}

// TestServerThatUnpacks serves the gzipped WebAssembly as some servers
// configured for .gz files do, with Content-Encoding: gzip, so that the
// browser unpacks it before the page sees it: the page starts all the same.
func TestServerThatUnpacks(t *testing.T) {
	site(t)
	h := sitehandler.Handler(siteDir, prefix)
	own, err := browser.ServeHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".gz") {
			w.Header().Set("Content-Encoding", "gzip")
		}
		h.ServeHTTP(w, r)
	}), prefix)
	require.NoError(t, err)
	defer own.Close()
	ctx := tabOn(t, own)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(own.URL), chromedp.WaitReady(chromedp.CSS(`body[data-state="ready"]`))))
	paste(t, ctx, `"We will be back," said John Kerry.`)
	assert.Equal(t, 1, evalInt(t, ctx, `document.querySelectorAll("#article mark.quote.direct").length`))
}

// TestWithoutJavaScript opens the page with scripts switched off.
func TestWithoutJavaScript(t *testing.T) {
	ctx := tab(t)
	_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL), chromedp.WaitVisible(chromedp.CSS(`p.alert`))))
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`p.alert`)))
	require.NoError(t, err)
	assert.Contains(t, text, "needs JavaScript and WebAssembly")
}

// TestWithoutWorkers opens the page in a browser without Web Workers: it
// annotates by itself.
func TestWithoutWorkers(t *testing.T) {
	ctx := tab(t)
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `delete window.Worker`})
	require.NoError(t, err)
	open(t, ctx)
	assert.Equal(t, "none", evalString(t, ctx, `document.body.dataset.worker`))
	paste(t, ctx, `"We will be back," said John Kerry.`)
	assert.Equal(t, 1, evalInt(t, ctx, `document.querySelectorAll("#article mark.quote.direct").length`))
}
