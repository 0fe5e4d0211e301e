package render

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
)

// at returns the span of the first occurrence of sub in text.
func at(t testing.TB, text, sub string) annotate.Span {
	t.Helper()
	i := strings.Index(text, sub)
	require.GreaterOrEqual(t, i, 0, "%q not in %q", sub, text)
	return annotate.Span{Start: i, End: i + len(sub)}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{`<script>alert("x")</script>`, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"},
		{"a & b's", "a &amp; b&#39;s"},
		{"nul\x00byte", "nul\uFFFDbyte"},
		{"bad\xffutf8", "bad\uFFFDutf8"},
		{"“curly” and é", "“curly” and é"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, string(Escape(nil, tt.in)), "Escape(%q)", tt.in)
	}
}

// FuzzEscape checks that escaped text holds no character that could start
// markup or end an attribute, and that unescaping gives the text back.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "<a href='x'>", "&amp;", "\x00\xff", "\"'<>&", "plain text"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := string(Escape(nil, s))
		if strings.ContainsAny(out, "<>\"'\x00") {
			t.Fatalf("Escape(%q) = %q holds a markup character", s, out)
		}
		if !utf8.ValidString(out) {
			t.Fatalf("Escape(%q) = %q is not valid UTF-8", s, out)
		}
		if got := html.UnescapeString(out); got != toValid(s) {
			t.Fatalf("unescaping %q gives %q, want %q", out, got, toValid(s))
		}
	})
}

// toValid replaces NUL and each invalid byte with U+FFFD, as Escape does.
func toValid(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == 0 || r == utf8.RuneError && w == 1 {
			r = utf8.RuneError
		}
		b.WriteRune(r)
		i += w
	}
	return b.String()
}

var (
	tag       = regexp.MustCompile(`<(/?)([a-z0-9]+)([^>]*)>`)
	attrRE    = regexp.MustCompile(` ([a-z-]+)="([^"<>]*)"`)
	classes   = strings.Fields("quote direct partial indirect unattributed ent person organization place date cue who")
	panelTags = []string{"ol", "ul", "li", "button", "span", "section", "h3", "details", "summary", "time", "p", "b"}
	panelCls  = strings.Fields("speakers speaker unattributed badge name title meta more names person organization place count vh timeline undated day mentions when context at")
)

// checkMarkup parses the article markup: tags balanced and properly nested,
// only the known elements, attributes and classes, and the text equal to
// the document's.
func checkMarkup(t *testing.T, markup, text string) {
	t.Helper()
	assert.Equal(t, toValid(text), html.UnescapeString(checkTags(t, markup, []string{"mark", "span"}, classes)))
}

// checkTags checks that markup is balanced and nested and uses only the
// given elements and classes, every attribute value being a number, a known
// word or escaped text; it returns the text between the tags.
func checkTags(t *testing.T, markup string, elements, allowed []string) string {
	t.Helper()
	var stack []string
	var plain strings.Builder
	last := 0
	for _, m := range tag.FindAllStringSubmatchIndex(markup, -1) {
		plain.WriteString(markup[last:m[0]])
		last = m[1]
		closing, name, attrs := markup[m[2]:m[3]], markup[m[4]:m[5]], markup[m[6]:m[7]]
		require.Contains(t, elements, name, "unexpected element in %q", markup)
		if closing == "/" {
			require.NotEmpty(t, stack, "unbalanced close in %q", markup)
			require.Equal(t, stack[len(stack)-1], name, "mis-nested tags in %q", markup)
			stack = stack[:len(stack)-1]
			continue
		}
		require.Equal(t, attrs, strings.Join(attrRE.FindAllString(attrs, -1), ""), "attributes %q", attrs)
		for _, a := range attrRE.FindAllStringSubmatch(attrs, -1) {
			switch name, value := a[1], a[2]; name {
			case "class":
				for _, c := range strings.Fields(value) {
					assert.Contains(t, allowed, c, "class in %q", markup)
				}
			case "title", "datetime":
			case "data-n":
				assert.Regexp(t, `^([0-9]+|\?)$`, value)
			case "type":
				assert.Equal(t, "button", value)
			case "aria-pressed", "aria-hidden":
				assert.Contains(t, []string{"true", "false"}, value)
			default:
				assert.Regexp(t, `^(data-[a-z]|tabindex|start)`, name)
				assert.Regexp(t, `^-?[0-9]+$`, value, "attribute %s", name)
			}
		}
		stack = append(stack, name)
	}
	plain.WriteString(markup[last:])
	require.Empty(t, stack, "unclosed tags in %q", markup)
	return plain.String()
}

func TestArticle(t *testing.T) {
	text := `Lavrov said on Monday: "It is time," Lavrov said. <b>&</b>`
	d := annotate.Annotate(text, annotate.Options{})
	out := string(Article(nil, d, Options{}))
	checkMarkup(t, out, text)
	assert.Contains(t, out, `<mark class="quote direct" data-q="0" data-s="0" tabindex="0">&#34;It is time,&#34;</mark>`)
	assert.NotContains(t, out, "<b>")
}

// TestArticleSpeakers builds a document by hand: reported speech by Lavrov
// holding a partial quote by Kerry, then a quote nobody is found for.
func TestArticleSpeakers(t *testing.T) {
	text := `Lavrov said talks with "no preconditions" may start. "Never," someone said.`
	d := &annotate.Document{Text: text}
	d.Speakers = []annotate.Speaker{{Name: "Kerry", Cluster: -1}, {Name: "Lavrov", Title: "Minister", Cluster: 0}}
	d.Clusters = []annotate.Cluster{{Name: "Sergei Lavrov", Kind: annotate.Person, Members: []int{0}}}
	d.Entities = []annotate.Entity{{Span: at(t, text, "Lavrov"), Kind: annotate.Person, Cluster: 0}}
	d.Quotes = []annotate.Quote{
		{Span: at(t, text, `talks with "no preconditions" may start`), Kind: annotate.Indirect, Source: 1, Cue: at(t, text, "said"), Speaker: at(t, text, "Lavrov")},
		{Span: at(t, text, `"no preconditions"`), Kind: annotate.Partial, Source: 0},
		{Span: at(t, text, `"Never,"`), Kind: annotate.Direct, Source: -1},
	}
	sp := page.SpeakersOf(d)
	out := string(Article(nil, d, Options{Speakers: &sp}))
	checkMarkup(t, out, text)
	assert.Equal(t, `<span class="ent person" data-e="0" data-c="0"><span class="who" data-q="0">Lavrov</span></span> <span class="cue" data-q="0">said</span> `+
		`<mark class="quote indirect" data-q="0" data-s="1" data-k="0" data-n="1" tabindex="0">talks with </mark>`+
		`<mark class="quote partial" data-q="1" data-s="0" data-k="1" data-n="2" tabindex="0">&#34;no preconditions&#34;</mark>`+
		`<mark class="quote indirect" data-q="0" data-s="1" data-k="0"> may start</mark>. `+
		`<mark class="quote direct unattributed" data-q="2" data-n="?" tabindex="0">&#34;Never,&#34;</mark> someone said.`, out)

	titled := string(Article(nil, d, Options{Titles: true}))
	checkMarkup(t, titled, text)
	assert.Contains(t, titled, `title="Reported speech · Lavrov, Minister · “said”"`)
	assert.Contains(t, titled, `title="Direct quote · speaker not found"`)
}

func TestArticleParts(t *testing.T) {
	var text strings.Builder
	for i := 0; text.Len() < 5000; i++ {
		text.WriteString(`"We will meet again," Lavrov said in Geneva on Monday. The talks go on.` + "\n\n")
	}
	text.WriteString(strings.Repeat("a long line without a break ", 200))
	d := annotate.Annotate(text.String(), annotate.Options{})
	sp := page.SpeakersOf(d)
	whole := Article(nil, d, Options{Speakers: &sp})
	markup, cuts := ArticleParts(nil, d, Options{Speakers: &sp}, 1000)
	assert.Equal(t, string(whole), string(markup), "the parts are the article")
	require.Greater(t, len(cuts), 3)
	prev := 0
	for _, c := range append(cuts, len(markup)) {
		piece := string(markup[prev:c])
		checkTags(t, piece, []string{"mark", "span"}, classes)
		if c < len(markup) {
			assert.Equal(t, byte('\n'), markup[c-1], "cut after a line break")
			assert.GreaterOrEqual(t, c-prev, 1000, "pieces reach the size asked for")
		}
		prev = c
	}
	_, none := ArticleParts(nil, d, Options{}, 1<<30)
	assert.Empty(t, none, "a piece larger than the article: no cuts")
}

// FuzzArticle checks the markup of any text: well-formed, nested, holding
// exactly the text, and cut only where the pieces stay whole.
func FuzzArticle(f *testing.F) {
	for _, s := range []string{"", `"A," he said, "B."`, "<i>x</i> & \"q\xff", "Lavrov's 'quote' “here”\n\nnext"} {
		f.Add(s, 16)
	}
	f.Fuzz(func(t *testing.T, s string, size int) {
		d := annotate.Annotate(s, annotate.Options{})
		sp := page.SpeakersOf(d)
		checkMarkup(t, string(Article(nil, d, Options{Titles: true, Speakers: &sp})), s)
		markup, cuts := ArticleParts(nil, d, Options{Speakers: &sp}, size%4096)
		prev := 0
		for _, c := range append(cuts, len(markup)) {
			if c < prev {
				t.Fatalf("cuts out of order: %v", cuts)
			}
			checkTags(t, string(markup[prev:c]), []string{"mark", "span"}, classes)
			prev = c
		}
	})
}
