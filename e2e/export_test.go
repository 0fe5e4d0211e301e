package e2e

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
)

// TestExportsEqualThePage downloads each export and checks it against what
// the page shows.
func TestExportsEqualThePage(t *testing.T) {
	seed := readSeed(t)
	ctx := tab(t)
	open(t, ctx)
	paste(t, ctx, seed)
	shown := shownQuotes(t, ctx)
	require.NotEmpty(t, shown)
	names := map[string]string{} // data-s → the panel's name
	for _, s := range evalStrings(t, ctx, `[...document.querySelectorAll("#speakers button.speaker")].map(b => b.dataset.s + "\t" + b.querySelector(".name").textContent)`) {
		k, v, _ := strings.Cut(s, "\t")
		names[k] = v
	}

	name, data := download(t, ctx, "#export-json")
	assert.Equal(t, "syria-peace-talks-with-rebels-pushed.json", name)
	_, api := annotateJSON(t, ctx, seed)
	assert.JSONEq(t, api, string(data), "the JSON is the command line's")
	var doc apiDoc
	require.NoError(t, jsonUnmarshal(data, &doc))
	require.Len(t, doc.Quotes, len(shown))
	for i, q := range doc.Quotes {
		assert.Equal(t, shown[i].Text, q.Text)
		assert.Equal(t, shown[i].Kind, q.Kind)
	}

	native := annotate.Annotate(seed, annotate.Options{})
	require.Len(t, native.Quotes, len(shown))
	name, data = download(t, ctx, "#export-csv")
	assert.Equal(t, "syria-peace-talks-with-rebels-pushed.csv", name)
	require.True(t, bytes.HasPrefix(data, []byte("\uFEFF")), "a byte order mark for spreadsheets")
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, len(shown)+1)
	assert.Equal(t, []string{"speaker", "title", "kind", "quote", "cue", "paragraph"}, rows[0])
	for i, row := range rows[1:] {
		q := shown[i]
		assert.Equal(t, names[q.S], row[0], "quote %d: the speaker the panel shows", i)
		assert.Equal(t, q.Kind, row[2])
		assert.Equal(t, q.Text, row[3])
		cue := evalString(t, ctx, `[...document.querySelectorAll('#article span.cue[data-q="`+itoa(q.Q)+`"]')].map(e => e.textContent).join("")`)
		assert.Equal(t, cue, row[4], "quote %d: the cue the article shows", i)
		// the paragraph as the annotator counts them, run natively on the same text
		assert.Equal(t, itoa(page.ParagraphOf(native, native.Quotes[i].Start)), row[5], "quote %d: paragraph", i)
	}

	name, data = download(t, ctx, "#export-html")
	assert.Equal(t, "syria-peace-talks-with-rebels-pushed.html", name)
	html := string(data)
	assert.NotContains(t, strings.ToLower(html), "<script")
	assert.Contains(t, html, `content="default-src 'none'; style-src 'unsafe-inline'"`)
	// read it as a browser would, without running or loading anything
	exported := evalString(t, ctx, `new DOMParser().parseFromString(`+jsString(html)+`, "text/html").querySelector("article").textContent`)
	assert.Equal(t, evalString(t, ctx, `document.getElementById("article").textContent`), exported)
	assert.Equal(t, evalString(t, ctx, `[...document.querySelectorAll("#article mark.quote")].map(m => m.className + m.dataset.n).join()`),
		evalString(t, ctx, `[...new DOMParser().parseFromString(`+jsString(html)+`, "text/html").querySelectorAll("article mark.quote")].map(m => m.className + m.dataset.n).join()`),
		"the same quotes with the same numbers")
	exportedText := evalString(t, ctx, `new DOMParser().parseFromString(`+jsString(html)+`, "text/html").body.textContent`)
	for _, n := range names {
		assert.Contains(t, exportedText, n, "the speakers panel is in the export")
	}
}

// TestCopyQuote copies the current quote with its attribution.
func TestCopyQuote(t *testing.T) {
	seed := readSeed(t)
	ctx := tab(t)
	open(t, ctx)
	paste(t, ctx, seed)
	grantClipboard(t, ctx)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#speakers button.speaker[data-s]:not(.unattributed)`))))
	s := evalString(t, ctx, `document.querySelector("#article .cur").dataset.s`)
	q := evalString(t, ctx, `document.querySelector("#article .cur").dataset.q`)
	var text string
	for _, sq := range shownQuotes(t, ctx) {
		if itoa(sq.Q) == q {
			text = sq.Text
		}
	}
	require.NotEmpty(t, text)
	name := evalString(t, ctx, `document.querySelector('#speakers button.speaker[data-s="`+s+`"] .name').textContent`)
	title := evalString(t, ctx, `(document.querySelector('#speakers button.speaker[data-s="`+s+`"] .title') || {textContent: ""}).textContent`)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("copy"))))
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`navigator.clipboard.readText()`, chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	want := strings.Join(strings.Fields(text), " ")
	if !strings.HasPrefix(want, `"`) && !strings.HasPrefix(want, "“") {
		want = "Reported: " + want
	}
	want += " — " + name
	if title != "" {
		want += ", " + title
	}
	assert.Equal(t, want, got)
	assert.Contains(t, evalString(t, ctx, `document.getElementById("bar-text").textContent`), "Copied")
}
