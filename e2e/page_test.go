package e2e

import (
	"context"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/dataset"
)

// shownQuote is a quote as the article shows it.
type shownQuote struct {
	Q       int    // data-q
	S       string // data-s, "" when unattributed
	Kind    string // direct, partial or indirect
	Text    string // from the start of its first mark to the end of its last
	N       string // the number before it
	Flagged bool   // marked unattributed
}

// shownQuotes lists the quotes in the article in text order.
const shownQuotesJS = `(() => {
  const by = new Map();
  for (const m of document.querySelectorAll("#article mark.quote")) {
    const q = Number(m.dataset.q);
    if (!by.has(q)) by.set(q, {Q: q, S: m.dataset.s || "", Kind: ["direct", "partial", "indirect"].find(k => m.classList.contains(k)),
      first: m, last: m, N: m.dataset.n || "", Flagged: m.classList.contains("unattributed")});
    by.get(q).last = m;
  }
  return [...by.values()].map(v => { const r = document.createRange(); r.setStartBefore(v.first); r.setEndAfter(v.last);
    return {Q: v.Q, S: v.S, Kind: v.Kind, Text: r.toString(), N: v.N, Flagged: v.Flagged} }).sort((a, b) => a.Q - b.Q);
})()`

func shownQuotes(t *testing.T, ctx context.Context) []shownQuote {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]shownQuote](shownQuotesJS))
	require.NoError(t, err)
	return v
}

func readSeed(t *testing.T) string {
	t.Helper()
	seed, err := os.ReadFile(dataset.Require(t, "seed", "lavrov-2013-09-16.txt"))
	require.NoError(t, err)
	return string(seed)
}

// TestSeedArticle pastes the seed article, as a reader would, and checks
// what the page shows: the quotes and who said them, names and dates.
func TestSeedArticle(t *testing.T) {
	seed := readSeed(t)
	ctx := tab(t)
	ready := open(t, ctx)
	waitWorker(t, ctx)
	annotateMs, renderMs := paste(t, ctx, seed)
	t.Logf("page ready %v after navigation; seed annotated in %.1f ms, rendered in %.1f ms", ready, annotateMs, renderMs)

	// the article is shown whole, as text
	assert.Equal(t, strings.TrimRight(seed, "\n"), strings.TrimRight(evalString(t, ctx, `document.getElementById("article").textContent`), "\n"))

	// the page shows the quotes the annotator found, as it found them
	doc, _ := annotateJSON(t, ctx, seed)
	shown := shownQuotes(t, ctx)
	require.Len(t, shown, len(doc.Quotes))
	marked := 0
	for i, q := range shown {
		assert.Equal(t, doc.Quotes[i].Text, q.Text)
		assert.Equal(t, doc.Quotes[i].Kind, q.Kind)
		if q.Kind != "indirect" {
			marked++
		}
	}
	assert.Equal(t, 6, marked, "six passages in quotation marks")

	// all of them by one speaker: Sergei Lavrov
	speakers := evalStrings(t, ctx, `[...document.querySelectorAll("#article mark.quote.direct, #article mark.quote.partial")].map(m => m.dataset.s || "")`)
	for _, s := range speakers {
		assert.Equal(t, speakers[0], s, "every quote has the same speaker")
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`#article mark.quote.direct`))))
	tip := evalString(t, ctx, `document.getElementById("tip").hidden ? "" : document.getElementById("tip").textContent`)
	assert.Contains(t, tip, "Sergei Lavrov", "the tooltip of a focused quote names its speaker")
	assert.Contains(t, tip, "Russian Foreign Minister")
	assert.Contains(t, evalString(t, ctx, `document.getElementById("speakers").textContent`), "Sergei Lavrov")

	// the page furniture at the end is neither a name nor a quote
	for _, sel := range []string{"span.ent", "mark.quote"} {
		for _, text := range evalStrings(t, ctx, `[...document.querySelectorAll("#article `+sel+`")].map(e => e.textContent)`) {
			for _, furniture := range []string{"Popular in the Community", "Close", "What's Hot"} {
				assert.NotContains(t, text, furniture)
			}
		}
	}
	screenshot(t, ctx, "seed-1280x800")
}

// TestShortTextsInThePage checks where a text is annotated once the page is
// warm: a short one (up to 8 KB) in the page itself, a longer one in the
// worker; each is shown as the annotator found it.
func TestShortTextsInThePage(t *testing.T) {
	seed := readSeed(t)
	ctx := tab(t)
	open(t, ctx)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.warm !== undefined`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("waiting for the warm-up: %v", err)
	}
	long := seed + "\n\n" + seed
	require.Greater(t, len(long), 8<<10)
	for _, c := range []struct {
		text, where string
	}{{seed, "page"}, {long, "worker"}} {
		run(t, ctx, `document.getElementById("text").value = ""`)
		paste(t, ctx, c.text)
		memory := evalInt(t, ctx, `Number(document.body.dataset.workerMemory)`)
		if c.where == "page" {
			assert.Zero(t, memory, "%d bytes: annotated in the page", len(c.text))
		} else {
			assert.Positive(t, memory, "%d bytes: annotated in the worker, which reports its memory", len(c.text))
		}
		doc, _ := annotateJSON(t, ctx, c.text)
		shown := shownQuotes(t, ctx)
		require.Len(t, shown, len(doc.Quotes), c.where)
		for i, q := range shown {
			assert.Equal(t, doc.Quotes[i].Text, q.Text, c.where)
		}
	}
}

// TestSample loads the bundled sample with its button.
func TestSample(t *testing.T) {
	ctx := tab(t)
	open(t, ctx)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("sample"))))
	waitRuns(t, ctx, 1)
	text := evalString(t, ctx, `document.getElementById("text").value`)
	assert.True(t, strings.HasPrefix(text, "Apple executive Steve Jobs resigns"))
	assert.GreaterOrEqual(t, evalInt(t, ctx, `document.querySelectorAll("#article mark.quote").length`), 4)
	assert.Contains(t, evalString(t, ctx, `document.getElementById("speakers").textContent`), "Steve Jobs")
	assert.Equal(t, "2011-08-25", evalString(t, ctx, `document.getElementById("published").value`), "the publication date is inferred from the text")
	// the README's picture: the sample may ship (CC BY 2.5), unlike the seed
	require.NoError(t, chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.ID("article")), chromedp.Sleep(200*time.Millisecond)))
	shot(t, ctx, "sample-1280x800")
}

// TestSpeakerHighlightsTheirQuotes clicks each speaker in the panel: exactly
// their quotes are highlighted, the others dimmed; clicking again, or
// pressing Enter, steps to their next quote; Escape ends it.
func TestSpeakerHighlightsTheirQuotes(t *testing.T) {
	seed := readSeed(t)
	ctx := tab(t)
	open(t, ctx)
	paste(t, ctx, seed)
	doc, _ := annotateJSON(t, ctx, seed)
	want := map[string][]int{} // data-s of the speaker ("-1": none) → quotes
	for i, q := range doc.Quotes {
		s := "-1"
		if q.SpeakerID != nil {
			n, err := strconv.Atoi(strings.TrimPrefix(*q.SpeakerID, "s"))
			require.NoError(t, err)
			s = strconv.Itoa(n - 1)
		}
		want[s] = append(want[s], i)
	}
	buttons := evalStrings(t, ctx, `[...document.querySelectorAll("#speakers button.speaker")].map(b => b.dataset.s)`)
	require.NotEmpty(t, buttons)
	assert.Len(t, buttons, len(want), "one row per speaker with quotes, and one for the quotes without a speaker")
	for _, s := range buttons {
		btn := `#speakers button.speaker[data-s="` + s + `"]`
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(btn))))
		sel := evalStrings(t, ctx, `[...new Set([...document.querySelectorAll("#article mark.quote.sel")].map(m => m.dataset.q))]`)
		var got []int
		for _, q := range sel {
			n, _ := strconv.Atoi(q)
			got = append(got, n)
		}
		sort.Ints(got)
		assert.Equal(t, want[s], got, "speaker %s: exactly their quotes are highlighted", s)
		assert.Equal(t, "true", evalString(t, ctx, `document.querySelector('`+btn+`').getAttribute("aria-pressed")`))
		assert.Equal(t, strconv.Itoa(want[s][0]), evalString(t, ctx, `document.querySelector("#article .cur").dataset.q`), "the first quote is current")
		assert.Contains(t, evalString(t, ctx, `document.getElementById("bar-text").textContent`), "Quote 1 of "+strconv.Itoa(len(want[s])))
		assert.Contains(t, evalString(t, ctx, `document.querySelector('`+btn+`').textContent`), strconv.Itoa(len(want[s]))+" quote")
		if len(want[s]) > 1 {
			require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(btn))))
			assert.Equal(t, strconv.Itoa(want[s][1]), evalString(t, ctx, `document.querySelector("#article .cur").dataset.q`), "clicking again steps to the next quote")
			pressKey(t, ctx, "Enter", 0) // the button keeps the focus
			assert.Equal(t, strconv.Itoa(want[s][2%len(want[s])]), evalString(t, ctx, `document.querySelector("#article .cur").dataset.q`), "so does Enter")
		}
	}
	pressKey(t, ctx, "Escape", 0)
	assert.Zero(t, evalInt(t, ctx, `document.querySelectorAll("#article .sel, #article .cur").length`))
	assert.True(t, evalBool(t, ctx, `document.getElementById("bar").hidden`))
}

// TestUnattributedQuotesAreFlagged checks a quote nobody is named for.
func TestUnattributedQuotesAreFlagged(t *testing.T) {
	text := "The talks ended late on Friday.\n\n\"What comes next is anyone's guess.\"\n\n\"We will be back,\" said John Kerry, the U.S. Secretary of State."
	ctx := tab(t)
	open(t, ctx)
	paste(t, ctx, text)
	doc, _ := annotateJSON(t, ctx, text)
	var none []string
	for _, q := range doc.Quotes {
		if q.SpeakerID == nil {
			none = append(none, q.Text)
		}
	}
	require.NotEmpty(t, none, "the annotator finds no speaker for the second paragraph")
	var flagged []string
	for _, q := range shownQuotes(t, ctx) {
		if q.Flagged {
			assert.Equal(t, "?", q.N, "an unattributed quote is numbered ?")
			assert.Empty(t, q.S)
			flagged = append(flagged, q.Text)
		}
	}
	assert.Equal(t, none, flagged)
	row := evalString(t, ctx, `document.querySelector('#speakers button.unattributed').textContent`)
	assert.Contains(t, row, "Speaker not found")
	assert.Contains(t, row, strconv.Itoa(len(none))+" quote")
}

// TestNamesHighlightEveryMention clicks names in the names panel.
func TestNamesHighlightEveryMention(t *testing.T) {
	seed := readSeed(t)
	ctx := tab(t)
	open(t, ctx)
	paste(t, ctx, seed)
	clusters := evalStrings(t, ctx, `[...document.querySelectorAll("#names button.name")].slice(0, 6).map(b => b.dataset.c)`)
	require.NotEmpty(t, clusters)
	for _, c := range clusters {
		btn := `#names button.name[data-c="` + c + `"]`
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(btn))))
		all := evalInt(t, ctx, `document.querySelectorAll('#article span.ent[data-c="`+c+`"]').length`)
		assert.Positive(t, all)
		assert.Equal(t, all, evalInt(t, ctx, `document.querySelectorAll('#article span.ent.hl').length`), "every mention of cluster %s and nothing else", c)
		assert.Equal(t, all, evalInt(t, ctx, `document.querySelectorAll('#article span.ent.hl[data-c="`+c+`"]').length`))
		assert.Equal(t, strconv.Itoa(all), evalString(t, ctx, `document.querySelector('`+btn+` .count').firstChild.textContent`), "the count is the mentions")
		assert.Contains(t, evalString(t, ctx, `document.getElementById("bar-text").textContent`), "Mention 1 of "+strconv.Itoa(all))
	}
}

// TestTimeline checks the dates panel: every date of the article, those on
// the calendar in calendar order, each with its sentence; a click
// highlights the date in the article.
func TestTimeline(t *testing.T) {
	text := "WASHINGTON, March 3, 2016 - The senator spoke on Tuesday. \"We will vote in June,\" she said.\n\n" +
		"The bill was first drafted in 2014 and revised on 12 January 2016. Hearings lasted three days."
	ctx := tab(t)
	open(t, ctx)
	paste(t, ctx, text)
	doc, _ := annotateJSON(t, ctx, text)
	if len(doc.Dates) == 0 {
		t.Skip("the annotator finds no dates in this text yet (internal/timex)")
	}
	items := evalStrings(t, ctx, `[...document.querySelectorAll("#dates button.when")].map(b => b.dataset.d)`)
	assert.Len(t, items, len(doc.Dates), "every date is listed")
	iso := evalStrings(t, ctx, `[...document.querySelectorAll("#dates ol.timeline time")].map(t => t.getAttribute("datetime"))`)
	assert.True(t, sort.StringsAreSorted(iso), "calendar order: %v", iso)
	for _, d := range items {
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#dates button.when[data-d="`+d+`"]`))))
		assert.Equal(t, []string{d}, evalStrings(t, ctx, `[...document.querySelectorAll("#article span.date.hl")].map(e => e.dataset.d)`))
		ctxText := evalString(t, ctx, `document.querySelector('#dates button.when[data-d="`+d+`"]').nextElementSibling.textContent`)
		assert.Contains(t, ctxText, evalString(t, ctx, `document.querySelector('#article span.date[data-d="`+d+`"]').textContent`))
	}
}

// TestLayersAndLegend switches each layer off and on, and checks that the
// layers differ by more than colour: underline styles, numbers, boxes.
func TestLayersAndLegend(t *testing.T) {
	seed := readSeed(t)
	ctx := tab(t)
	open(t, ctx)
	paste(t, ctx, seed)
	style := func(sel, prop string) string {
		return evalString(t, ctx, `getComputedStyle(document.querySelector('`+sel+`')).`+prop)
	}
	layers := []struct{ layer, sel, prop string }{
		{"quotes", "#article mark.quote", "borderBottomStyle"},
		{"colours", "#article mark.quote[data-k]", "backgroundColor"},
		{"person", "#article span.ent.person", "textDecorationLine"},
		{"organization", "#article span.ent.organization", "textDecorationLine"},
		{"place", "#article span.ent.place", "textDecorationLine"},
	}
	for _, l := range layers {
		on := style(l.sel, l.prop)
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("layer-"+l.layer))))
		assert.True(t, evalBool(t, ctx, `document.body.classList.contains("hide-`+l.layer+`")`))
		assert.NotEqual(t, on, style(l.sel, l.prop), "layer %s off", l.layer)
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("layer-"+l.layer))))
		assert.Equal(t, on, style(l.sel, l.prop), "layer %s back on", l.layer)
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("layer-dates"))))
	assert.True(t, evalBool(t, ctx, `document.body.classList.contains("hide-dates")`))

	// not by colour alone
	kinds := map[string]string{}
	for _, k := range []string{"direct", "partial", "indirect"} {
		kinds[k] = style("#article mark.quote."+k, "borderBottomStyle")
	}
	assert.Equal(t, map[string]string{"direct": "solid", "partial": "dotted", "indirect": "dashed"}, kinds)
	ents := map[string]string{}
	for _, k := range []string{"person", "organization", "place"} {
		ents[k] = style("#article span.ent."+k, "textDecorationStyle")
	}
	assert.Equal(t, map[string]string{"person": "solid", "organization": "double", "place": "wavy"}, ents)
	assert.Equal(t, evalInt(t, ctx, `new Set([...document.querySelectorAll("#article mark.quote")].map(m => m.dataset.q)).size`),
		evalInt(t, ctx, `document.querySelectorAll("#article mark.quote[data-n]").length`), "every quote carries its speaker's number")
	n := evalString(t, ctx, `document.querySelector("#article mark.quote[data-n]").dataset.n`)
	assert.Equal(t, `"`+n+`"`, evalString(t, ctx, `getComputedStyle(document.querySelector("#article mark.quote[data-n]"), "::before").content`), "and shows it")
	legend := evalString(t, ctx, `document.getElementById("legend").textContent`)
	for _, want := range []string{"direct", "partial", "reported", "no speaker found", "people", "organizations", "places", "dates"} {
		assert.Contains(t, legend, want)
	}
}
