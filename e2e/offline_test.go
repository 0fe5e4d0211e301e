package e2e

import (
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/browser"
	"github.com/newsroom-tools/annotator/internal/wasmbuild"
)

// TestOffline visits the page once, loses the connection (its server goes
// away) and reloads: the page opens from the service worker's copy and
// annotates as before.
func TestOffline(t *testing.T) {
	site(t)
	own, err := browser.Serve(siteDir, prefix)
	require.NoError(t, err)
	defer own.Close()
	ctx := tabOn(t, own)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(own.URL), chromedp.WaitReady(chromedp.CSS(`body[data-state="ready"]`))))
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`, chromedp.WithPollingTimeout(30*time.Second)))
	require.NoError(t, err, "the service worker takes over")
	cached, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`caches.open("annotator-v2").then(c => c.keys()).then(k => k.map(r => new URL(r.url).pathname))`, chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	for _, f := range append([]string{""}, browser.SiteFiles...) {
		if f == "sw.js" {
			continue // the browser keeps the service worker itself
		}
		assert.Contains(t, cached, prefix+f)
	}
	assert.Contains(t, cached, prefix+wasmbuild.File)

	require.NoError(t, own.Close())
	_, err = http.Get(own.URL)
	require.Error(t, err, "the server is gone")

	require.NoError(t, chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitReady(chromedp.CSS(`body[data-state="ready"]`))))
	paste(t, ctx, `"We will be back," said John Kerry, offline.`)
	assert.Equal(t, 1, evalInt(t, ctx, `document.querySelectorAll("#article mark.quote.direct").length`))
	assert.Contains(t, evalString(t, ctx, `document.getElementById("speakers").textContent`), "John Kerry")
}
