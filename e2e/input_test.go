package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// inputInsertText is the protocol's Input.insertText: text arrives in the
// focused field in one piece, as from a paste or an input method.
var inputInsertText = input.InsertText

func insertTextParams(text string) input.InsertTextParams {
	return input.InsertTextParams{Text: text}
}

// TestTextKeptAcrossReload types a text, reloads, opens the page again in
// a new tab, then clears it.
func TestTextKeptAcrossReload(t *testing.T) {
	text := "\"We will be back,\" said John Kerry, the U.S. Secretary of State.\n\nTalks resume next week."
	ctx := tab(t)
	open(t, ctx)
	paste(t, ctx, text)
	article := evalString(t, ctx, `document.getElementById("article").innerHTML`)

	require.NoError(t, chromedp.Do(ctx, chromedp.Reload()))
	waitRuns(t, ctx, 1)
	assert.Equal(t, text, evalString(t, ctx, `document.getElementById("text").value`), "the text is back after a reload")
	assert.Equal(t, article, evalString(t, ctx, `document.getElementById("article").innerHTML`), "and annotated")

	tab2, cancel := chromedp.NewContext(ctx)
	defer cancel()
	open(t, tab2)
	waitRuns(t, tab2, 1)
	assert.Equal(t, text, evalString(t, tab2, `document.getElementById("text").value`), "and in a new tab")

	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("clear"))))
	waitRuns(t, ctx, 2)
	require.NoError(t, chromedp.Do(ctx, chromedp.Reload()))
	open(t, ctx)
	assert.Empty(t, evalString(t, ctx, `document.getElementById("text").value`), "cleared stays cleared")
	assert.Empty(t, evalString(t, ctx, `document.getElementById("article").textContent`))
}

// TestRichPaste copies HTML (as from a news site or a word processor) and
// pastes it: the box gets plain text with its paragraphs.
func TestRichPaste(t *testing.T) {
	ctx := tab(t)
	open(t, ctx)
	grantClipboard(t, ctx)
	focusPage(t, ctx)
	html := `<meta charset="utf-8"><h1 style="font-size:2em">Talks <b>resume</b></h1><p style="margin:0">“We will be back,” said <a href="https://example.org/kerry">John Kerry</a>.</p><p>Talks resume<br>next week.</p><script>alert(1)</script>`
	plain := "Talks resume\n“We will be back,” said John Kerry.\nTalks resume\nnext week."
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`navigator.clipboard.write([new ClipboardItem({
		"text/html": new Blob([`+jsString(html)+`], {type: "text/html"}),
		"text/plain": new Blob([`+jsString(plain)+`], {type: "text/plain"})})]).then(() => true)`, chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.ID("text"))))
	pressPaste(t, ctx)
	waitRuns(t, ctx, 1)
	assert.Equal(t, "Talks resume\n\n“We will be back,” said John Kerry.\n\nTalks resume\nnext week.", evalString(t, ctx, `document.getElementById("text").value`))
	assert.Equal(t, 1, evalInt(t, ctx, `document.querySelectorAll("#article mark.quote.direct").length`))
}

// TestLongRichPaste pastes a long article copied from a web page: the text
// goes into the box at once, not at the pace of typing, which took more
// than a second for 40 KB.
func TestLongRichPaste(t *testing.T) {
	ctx := tab(t)
	open(t, ctx)
	grantClipboard(t, ctx)
	focusPage(t, ctx)
	para := "“We will be back next week to talk again,” said John Kerry, who met Sergei Lavrov in Geneva on Monday."
	var html, plain strings.Builder
	for html.Len() < 40<<10 {
		html.WriteString("<p>" + para + "</p>")
		plain.WriteString(para + "\n")
	}
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`navigator.clipboard.write([new ClipboardItem({
		"text/html": new Blob([`+jsString(html.String())+`], {type: "text/html"}),
		"text/plain": new Blob([`+jsString(plain.String())+`], {type: "text/plain"})})]).then(() => {
		  const t = document.getElementById("text");
		  t.addEventListener("paste", () => { window.pasted = performance.now() }, true);
		  // after the page's own handler, which inserts the text, has run
		  window.addEventListener("paste", () => { window.inserted = performance.now() });
		  return true })`, chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.ID("text"))))
	pressPaste(t, ctx)
	waitRuns(t, ctx, 1)
	took := evalFloat(t, ctx, `window.inserted - window.pasted`)
	t.Logf("a 40 KB rich paste went into the box in %.0f ms", took)
	assert.Less(t, took, 300.0, "the paste goes in at once")
	assert.True(t, evalBool(t, ctx, `document.getElementById("text").value.startsWith(`+jsString(para+"\n\n")+`)`), "paragraphs kept")
}

// TestOpenFiles opens text, HTML, Markdown and non-UTF-8 files with the
// Open button's file picker.
func TestOpenFiles(t *testing.T) {
	dir := t.TempDir()
	files := []struct {
		name, data, text, notice string
	}{
		{"story.txt", "\"We will be back,\" said John Kerry.\n", "\"We will be back,\" said John Kerry.\n", "Opened story.txt."},
		{"page.html", `<html><head><title>x</title><script>alert("file")</script></head><body><nav>Home</nav><article><h1>Talks</h1><p>&ldquo;We will be back,&rdquo; said John Kerry.</p><img src="https://example.org/x.png" onerror="alert(2)"></article><footer>©</footer></body></html>`,
			"Talks\n\n“We will be back,” said John Kerry.", "Opened page.html: its article text."},
		{"notes.md", "# Talks\n\n> \"We will be back,\" said **John Kerry**.\n\nSee [the report](https://example.org).", "Talks\n\n\"We will be back,\" said John Kerry.\n\nSee the report.", "Opened notes.md."},
		{"old.txt", "\x93We will be back,\x94 said Fran\xe7ois Hollande.", "“We will be back,” said François Hollande.", "Opened old.txt (read as Windows-1252, since it is not UTF-8)."},
		{"utf16.txt", "\xff\xfe\"\x00H\x00i\x00,\x00\"\x00 \x00s\x00h\x00e\x00 \x00s\x00a\x00i\x00d\x00.\x00", "\"Hi,\" she said.", "Opened utf16.txt (read as UTF-16LE, since it is not UTF-8)."},
	}
	ctx := tab(t)
	open(t, ctx)
	for i, f := range files {
		path := filepath.Join(dir, f.name)
		require.NoError(t, os.WriteFile(path, []byte(f.data), 0o644))
		require.NoError(t, chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("file"), []string{path})))
		waitRuns(t, ctx, i+1)
		assert.Equal(t, f.text, evalString(t, ctx, `document.getElementById("text").value`), f.name)
		assert.Equal(t, f.notice, evalString(t, ctx, `document.getElementById("notice").textContent`), f.name)
	}
	assert.Zero(t, evalInt(t, ctx, `document.querySelectorAll("#article *:not(mark):not(span)").length`), "nothing from the files became markup")

	// a file longer than the page annotates: the box takes the first part, the rest is kept aside
	long := strings.Repeat("\"We will be back,\" said John Kerry.\n\n", 3<<20/37)
	path := filepath.Join(dir, "long.txt")
	require.NoError(t, os.WriteFile(path, []byte(long), 0o644))
	require.NoError(t, chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("file"), []string{path})))
	waitRuns(t, ctx, len(files)+1)
	box := evalString(t, ctx, `document.getElementById("text").value`)
	assert.LessOrEqual(t, len(box), 2<<20)
	assert.Contains(t, evalString(t, ctx, `document.getElementById("overflow-text").textContent`), "“long.txt” has 3,14")
	_, rest := download(t, ctx, "#save-rest")
	assert.True(t, box+string(rest) == long, "nothing is lost")

	binary := filepath.Join(dir, "photo.txt")
	require.NoError(t, os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644))
	before := evalString(t, ctx, `document.getElementById("text").value`)
	require.NoError(t, chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("file"), []string{binary})))
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById("notice").textContent.includes("photo.txt")`, chromedp.WithPollingTimeout(10*time.Second)))
	require.NoError(t, err)
	assert.Contains(t, evalString(t, ctx, `document.getElementById("notice").textContent`), "does not hold text")
	assert.Equal(t, before, evalString(t, ctx, `document.getElementById("text").value`), "a file that is not text changes nothing")
}

// TestDropFile drags a file from the desktop onto the article box.
func TestDropFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dropped.txt")
	text := "\"It is necessary,\" Lavrov said on Monday."
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	ctx := tab(t)
	open(t, ctx)
	box := evalStrings(t, ctx, `(() => { const r = document.getElementById("text").getBoundingClientRect(); return [String(r.x + r.width / 2), String(r.y + r.height / 2)] })()`)
	x, y := atof(box[0]), atof(box[1])
	data := &input.DragData{Files: []string{path}, DragOperationsMask: 1}
	for _, typ := range []input.DispatchDragEventType{input.DispatchDragEventTypeDragEnter, input.DispatchDragEventTypeDragOver, input.DispatchDragEventTypeDrop} {
		_, err := chromedp.Call(ctx, input.DispatchDragEvent, input.DispatchDragEventParams{Type: typ, X: x, Y: y, Data: data})
		require.NoError(t, err)
	}
	waitRuns(t, ctx, 1)
	assert.Equal(t, text, evalString(t, ctx, `document.getElementById("text").value`))
	assert.True(t, strings.HasPrefix(evalString(t, ctx, `document.getElementById("notice").textContent`), "Opened dropped.txt"))
	assert.Equal(t, 1, evalInt(t, ctx, `document.querySelectorAll("#article mark.quote.direct").length`))
}

// TestDateReading sets how dates are read: day first and days ahead. The
// article is read again at once, and the choice outlives a reload and a
// cleared text, as a reader's habit should.
func TestDateReading(t *testing.T) {
	text := "LONDON, 16 September 2013 - The report was filed on 6/10/2013. The vote was on 1 March."
	ctx := tab(t)
	open(t, ctx)
	paste(t, ctx, text)
	days := func() []string {
		return evalStrings(t, ctx, `[...document.querySelectorAll("#dates ol.timeline time")].map(t => t.getAttribute("datetime"))`)
	}
	assert.Equal(t, []string{"2013-03-01", "2013-06-10", "2013-09-16"}, days(), "month first, the past: as US news")

	runs := evalInt(t, ctx, `Number(document.body.dataset.runs)`)
	run(t, ctx, `const o = document.getElementById("date-order"); o.value = "day"; o.dispatchEvent(new Event("change", {bubbles: true}))`)
	waitRuns(t, ctx, runs+1)
	assert.Equal(t, []string{"2013-03-01", "2013-09-16", "2013-10-06"}, days(), "day first")

	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("ahead"))))
	waitRuns(t, ctx, runs+2)
	assert.Equal(t, []string{"2013-09-16", "2013-10-06", "2014-03-01"}, days(), "1 March lies ahead")

	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("clear"))))
	waitRuns(t, ctx, runs+3)
	require.NoError(t, chromedp.Do(ctx, chromedp.Reload()))
	open(t, ctx)
	assert.Equal(t, "day", evalString(t, ctx, `document.getElementById("date-order").value`), "the order is kept")
	assert.True(t, evalBool(t, ctx, `document.getElementById("ahead").checked`), "and so is ahead")
}
