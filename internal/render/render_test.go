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
)

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

var tag = regexp.MustCompile(`<(/?)([a-z]+)([^>]*)>`)

// checkMarkup parses the article markup: tags balanced and properly nested,
// only the known elements and classes, and the text equal to the document's.
func checkMarkup(t *testing.T, markup, text string) {
	t.Helper()
	var stack []string
	var plain strings.Builder
	last := 0
	for _, m := range tag.FindAllStringSubmatchIndex(markup, -1) {
		plain.WriteString(markup[last:m[0]])
		last = m[1]
		closing, name, attrs := markup[m[2]:m[3]], markup[m[4]:m[5]], markup[m[6]:m[7]]
		require.Contains(t, []string{"mark", "span"}, name, "unexpected element in %q", markup)
		if closing == "/" {
			require.NotEmpty(t, stack, "unbalanced close in %q", markup)
			require.Equal(t, stack[len(stack)-1], name, "mis-nested tags in %q", markup)
			stack = stack[:len(stack)-1]
			continue
		}
		assert.Regexp(t, `^( (class|data-[a-z]|tabindex|title)[a-z]*="[^"<>]*")*$`, attrs)
		stack = append(stack, name)
	}
	plain.WriteString(markup[last:])
	require.Empty(t, stack, "unclosed tags in %q", markup)
	assert.Equal(t, toValid(text), html.UnescapeString(plain.String()))
}

func TestArticle(t *testing.T) {
	text := `Lavrov said on Monday: "It is time," Lavrov said. <b>&</b>`
	d := annotate.Annotate(text, annotate.Options{})
	out := string(Article(nil, d, Options{}))
	checkMarkup(t, out, text)
	assert.Contains(t, out, `<mark class="quote direct"`)
	assert.NotContains(t, out, "<b>")
}

// FuzzArticle checks the markup of any text: well-formed, nested, and
// holding exactly the text.
func FuzzArticle(f *testing.F) {
	for _, s := range []string{"", `"A," he said, "B."`, "<i>x</i> & \"q\xff", "Lavrov's 'quote' “here”\n\nnext"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := annotate.Annotate(s, annotate.Options{})
		checkMarkup(t, string(Article(nil, d, Options{Titles: true})), s)
	})
}
