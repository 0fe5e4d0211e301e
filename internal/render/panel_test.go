package render

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
	"github.com/newsroom-tools/annotator/internal/timex"
)

func TestSpeakerList(t *testing.T) {
	text := `"We <will> win," Lavrov said. "No," Kerry said. "Maybe."`
	d := &annotate.Document{Text: text}
	d.Speakers = []annotate.Speaker{{Name: "Kerry & Co", Cluster: -1}, {Name: "Sergei Lavrov", Title: "Foreign Minister", Cluster: -1}}
	d.Quotes = []annotate.Quote{
		{Span: at(t, text, `"We <will> win,"`), Source: 1},
		{Span: at(t, text, `"No,"`), Source: 0},
		{Span: at(t, text, `"Maybe."`), Source: -1},
	}
	sp := page.SpeakersOf(d)
	out := string(SpeakerList(nil, &sp))
	checkTags(t, out, panelTags, panelCls)
	assert.Equal(t, `<ol class="speakers">`+
		`<li><button type="button" class="speaker" data-s="1" data-k="0" aria-pressed="false"><span class="badge" aria-hidden="true">1</span><span class="name">Sergei Lavrov</span><span class="title">Foreign Minister</span><span class="meta">1 quote · 60% of quoted words</span></button></li>`+
		`<li><button type="button" class="speaker" data-s="0" data-k="1" aria-pressed="false"><span class="badge" aria-hidden="true">2</span><span class="name">Kerry &amp; Co</span><span class="meta">1 quote · 20% of quoted words</span></button></li>`+
		`<li><button type="button" class="speaker unattributed" data-s="-1" aria-pressed="false"><span class="badge" aria-hidden="true">?</span><span class="name">Speaker not found</span><span class="meta">1 quote with no speaker identified</span></button></li>`+
		`</ol>`, out)
}

func TestSpeakerListFolds(t *testing.T) {
	d := &annotate.Document{}
	for i := 0; i < 20; i++ {
		start := len(d.Text)
		d.Text += strings.Repeat("w ", 30-i)
		d.Speakers = append(d.Speakers, annotate.Speaker{Name: "S" + strconv.Itoa(i), Cluster: -1})
		d.Quotes = append(d.Quotes, annotate.Quote{Span: annotate.Span{Start: start, End: len(d.Text)}, Source: i})
	}
	sp := page.SpeakersOf(d)
	out := string(SpeakerList(nil, &sp))
	checkTags(t, out, panelTags, panelCls)
	assert.Equal(t, Shown, strings.Count(out[:strings.Index(out, "<details")], "<li>"))
	assert.Contains(t, out, `<details class="more"><summary>All 20 speakers</summary><ol class="speakers" start="13">`)
	assert.Contains(t, out, `class="speaker" data-s="7" data-k="7"`, "the eighth speaker has the last colour")
	assert.Contains(t, out, `class="speaker" data-s="8" aria-pressed`, "the ninth is past the palette")
	assert.Equal(t, 20, strings.Count(out, "<li>"))
}

func TestListsStopAtListed(t *testing.T) {
	d := &annotate.Document{}
	for i := 0; i < Listed+30; i++ {
		start := len(d.Text)
		d.Text += "w "
		d.Speakers = append(d.Speakers, annotate.Speaker{Name: "S" + strconv.Itoa(i), Cluster: -1})
		d.Quotes = append(d.Quotes, annotate.Quote{Span: annotate.Span{Start: start, End: len(d.Text)}, Source: i})
	}
	sp := page.SpeakersOf(d)
	out := string(SpeakerList(nil, &sp))
	checkTags(t, out, append(panelTags, "p"), panelCls)
	assert.Equal(t, Listed, strings.Count(out, "<li>"))
	assert.Contains(t, out, "<summary>All 230 speakers</summary>")
	assert.Contains(t, out, `<p class="meta">… and 30 more, not listed</p></details>`)
}

func TestNameLists(t *testing.T) {
	text := "Lavrov met Kerry <in> Geneva. Lavrov left."
	d := &annotate.Document{Text: text}
	d.Clusters = []annotate.Cluster{{Name: "Sergei Lavrov", Kind: annotate.Person}, {Name: "Kerry", Kind: annotate.Person}, {Name: "Geneva", Kind: annotate.Place}}
	for _, e := range []struct {
		sub     string
		from, c int
	}{{"Lavrov", 0, 0}, {"Kerry", 0, 1}, {"Geneva", 0, 2}, {"Lavrov left", 0, 0}} {
		s := at(t, text, e.sub)
		s.End = s.Start + len(strings.Fields(e.sub)[0])
		d.Entities = append(d.Entities, annotate.Entity{Span: s, Kind: d.Clusters[e.c].Kind, Cluster: e.c})
	}
	names := page.NamesOf(d)
	out := string(NameLists(nil, &names))
	checkTags(t, out, panelTags, panelCls)
	assert.Equal(t, `<section class="names person"><h3>People <span class="count">(2)</span></h3><ul class="names">`+
		`<li><button type="button" class="name person" data-c="0" aria-pressed="false">Sergei Lavrov <span class="count">2<span class="vh"> mentions</span></span></button></li>`+
		`<li><button type="button" class="name person" data-c="1" aria-pressed="false">Kerry <span class="count">1<span class="vh"> mention</span></span></button></li></ul></section>`+
		`<section class="names place"><h3>Places <span class="count">(1)</span></h3><ul class="names">`+
		`<li><button type="button" class="name place" data-c="2" aria-pressed="false">Geneva <span class="count">1<span class="vh"> mention</span></span></button></li></ul></section>`, out)
}

func TestTimeline(t *testing.T) {
	text := "Talks on <Monday> lasted three days. On 16 September they ended."
	d := &annotate.Document{Text: text, Sentences: []annotate.Sentence{
		{Span: at(t, text, "Talks on <Monday> lasted three days.")}, {Span: at(t, text, "On 16 September they ended.")}}}
	d.Dates = []annotate.Date{
		{Span: at(t, text, "Monday"), Type: timex.Date, Value: "2013-09-16"},
		{Span: at(t, text, "three days"), Type: timex.Duration, Value: "P3D"},
		{Span: at(t, text, "16 September"), Type: timex.Date, Value: "2013-09-16"},
	}
	out := string(Timeline(nil, page.TimelineOf(d)))
	checkTags(t, out, panelTags, panelCls)
	assert.Equal(t, `<ol class="timeline"><li><time class="day" datetime="2013-09-16">Mon 16 Sep 2013</time><ul class="mentions">`+
		`<li><button type="button" class="when" data-d="0" aria-pressed="false">“Monday”</button><p class="context">Talks on &lt;<b class="at">Monday</b>&gt; lasted three days.</p></li>`+
		`<li><button type="button" class="when" data-d="2" aria-pressed="false">“16 September”</button><p class="context">On <b class="at">16 September</b> they ended.</p></li></ul></li></ol>`+
		`<h3>Not on the calendar</h3><ol class="timeline undated"><li><span class="day">3 days</span><ul class="mentions">`+
		`<li><button type="button" class="when" data-d="1" aria-pressed="false">“three days”</button><p class="context">Talks on &lt;Monday&gt; lasted <b class="at">three days</b>.</p></li></ul></li></ol>`, out)
	assert.Empty(t, Timeline(nil, nil))
}

func TestAppendThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 12: "12", 999: "999", 1000: "1,000", 123456: "123,456", 1234567: "1,234,567", -1234: "-1,234"} {
		assert.Equal(t, want, string(appendThousands(nil, n)))
	}
}

// FuzzPanel renders the panel of any text: always well-formed markup of the known elements and classes.
func FuzzPanel(f *testing.F) {
	for _, s := range []string{"", `"A," Lavrov said on Monday in Moscow.`, "<x> & \"q\" \xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := annotate.Annotate(s, annotate.Options{})
		sp := page.SpeakersOf(d)
		names := page.NamesOf(d)
		checkTags(t, string(SpeakerList(nil, &sp)), panelTags, panelCls)
		checkTags(t, string(NameLists(nil, &names)), panelTags, panelCls)
		checkTags(t, string(Timeline(nil, page.TimelineOf(d))), panelTags, panelCls)
	})
}

func TestNewView(t *testing.T) {
	d := annotate.Annotate(longArticle(3*PartSize), annotate.Options{})
	v := NewView(d, PartSize)
	assert.Greater(t, len(v.Parts), 2)
	sp := page.SpeakersOf(d)
	assert.Equal(t, string(Article(nil, d, Options{Speakers: &sp})), strings.Join(v.Parts, ""))
	assert.Contains(t, v.Speakers, "Lavrov")

	empty := NewView(annotate.Annotate("", annotate.Options{}), PartSize)
	assert.Equal(t, []string{""}, empty.Parts, "an empty article is one empty piece")
	assert.Empty(t, empty.Speakers+empty.Names+empty.Dates)
}

// TestStreamView checks that the pieces streamed in batches are NewView's,
// each batch but the last of batch bytes or more, the panels last.
func TestStreamView(t *testing.T) {
	d := annotate.Annotate(longArticle(9*PartSize), annotate.Options{})
	want := NewView(d, PartSize)
	for _, batch := range []int{1, 3 * PartSize, 100 * PartSize} {
		var got View
		var batches [][]string
		panels := 0
		StreamView(d, PartSize, batch, func(parts []string) {
			assert.Zero(t, panels, "the panels come last")
			batches = append(batches, parts)
			got.Parts = append(got.Parts, parts...)
		}, func(speakers, names, dates string) {
			panels++
			got.Speakers, got.Names, got.Dates = speakers, names, dates
		})
		assert.Equal(t, 1, panels)
		assert.Equal(t, want, got, "batch %d", batch)
		for i, b := range batches[:len(batches)-1] {
			assert.GreaterOrEqual(t, len(strings.Join(b, "")), batch, "batch %d of %d bytes", i, batch)
		}
		if batch < 9*PartSize {
			assert.Greater(t, len(batches), 2, "batch %d", batch)
		} else {
			assert.Len(t, batches, 1, "batch %d", batch)
		}
	}
	var parts []string
	StreamView(annotate.Annotate("", annotate.Options{}), PartSize, 1, func(p []string) { parts = append(parts, p...) }, func(string, string, string) {})
	assert.Equal(t, []string{""}, parts, "an empty article is one empty piece")
}

// longArticle repeats a paragraph with a quotation until the text has n
// bytes or more.
func longArticle(n int) string {
	var text strings.Builder
	for text.Len() < n {
		text.WriteString(`"We will meet again," Lavrov said in Geneva. Talks go on.` + "\n\n")
	}
	return text.String()
}
