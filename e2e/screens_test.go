package e2e

import (
	"os"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/dataset"
)

// TestScreenshots saves what a reader sees with the seed article, on a
// laptop (1280×800) and a phone (375×812), light and dark, under
// out/screenshots: the top of the page, the article with a speaker chosen,
// the whole page, and each panel.
func TestScreenshots(t *testing.T) {
	seed, err := os.ReadFile(dataset.Require(t, "seed", "lavrov-2013-09-16.txt"))
	require.NoError(t, err)
	for _, size := range []struct {
		name          string
		width, height int64
		mobile        bool
	}{{"1280x800", 1280, 800, false}, {"375x812", 375, 812, true}} {
		for _, scheme := range []string{"light", "dark"} {
			t.Run(size.name+"-"+scheme, func(t *testing.T) {
				ctx := tab(t)
				viewport(t, ctx, size.width, size.height, size.mobile)
				colourScheme(t, ctx, scheme)
				open(t, ctx)
				paste(t, ctx, string(seed))
				run(t, ctx, `window.scrollTo(0, 0)`)
				name := size.name + "-" + scheme
				shot(t, ctx, name)
				require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#speakers button.speaker`))))
				shot(t, ctx, name+"-speaker")
				screenshot(t, ctx, name+"-full")
				for _, panel := range []string{"speakers", "names", "dates"} {
					png, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("."+panel+"-panel")))
					require.NoError(t, err)
					saveShot(t, name+"-"+panel, png)
				}
			})
		}
	}
}
