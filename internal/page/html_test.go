package page

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<p>One.</p>\n  <p>Two\n   lines.</p>", "One.\n\nTwo lines."},
		{"line breaks", "a<br>b<br/>c", "a\nb\nc"},
		{"inline elements join", "<p>A <b>bold</b> and <i>italic</i>, <span>x</span>y</p>", "A bold and italic, xy"},
		{"entities", "<p>&ldquo;Yes,&rdquo; said O&#39;Neil &amp; co &#x2014; &euro;5&nbsp;m &unknown; &#0; &#x110000; &#150;</p>",
			"“Yes,” said O'Neil & co — €5 m &unknown; \uFFFD \uFFFD –"},
		{"scripts and styles never count", "<script>var s = '</p><p>not text';</script><style>p{}</style><p>Text</p>", "Text"},
		{"script end tag in any case", "<SCRIPT>x</ScRiPt>after", "after"},
		{"comments and doctypes", "<!DOCTYPE html><!-- a <p>comment</p> --><p>Kept</p><?xml x?>", "Kept"},
		{"hidden elements", `<p>Shown</p><p hidden>Hidden</p><span aria-hidden="true">icon</span><p>Too</p>`, "Shown\n\nToo"},
		{"quoted attributes with brackets", `<p title="a > b" data-x='<p>'>Text</p>`, "Text"},
		{"lists", "<ul><li>one</li><li>two</li></ul><p>after</p>", "one\ntwo\n\nafter"},
		{"pre keeps white space", "<pre>a  b\n  c</pre><p>d   e</p>", "a  b\n  c\n\nd e"},
		{"table cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"},
		{"unclosed tags", "<p>one<p>two<div>three", "one\n\ntwo\n\nthree"},
		{"stray brackets", "1 < 2 and 3 > 2 <3", "1 < 2 and 3 > 2 <3"},
		{"unterminated tag", "text <p class=\"x", "text"},
		{"unterminated comment", "text <!-- never closed", "text"},
		{"nested same-name skip", "<svg><svg>x</svg>y</svg>z", "z"},
		{"head", "<html><head><title>T</title><meta charset=utf-8></head><body><p>B</p></body></html>", "B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, HTMLText(tt.in, false))
		})
	}
}

func TestHTMLTextArticle(t *testing.T) {
	page := `<html><head><title>News</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article class="teaser"><p>Short teaser.</p></article>
<article>
  <header><h1>Lavrov says it may be time</h1></header>
  <figure><img src="a.jpg"><figcaption>Photo: AP</figcaption></figure>
  <p>“It is necessary,” Lavrov said.</p>
  <aside>Read more: other story</aside>
  <p>Second paragraph.</p>
  <form><button>Share</button></form>
</article>
<footer>© News Corp</footer>
</body></html>`
	assert.Equal(t, "Lavrov says it may be time\n\n“It is necessary,” Lavrov said.\n\nSecond paragraph.", HTMLText(page, true))
	assert.Equal(t, "Body text.\n\nMore.", HTMLText("<nav>Menu</nav><main><p>Body text.</p><aside>x</aside><p>More.</p></main><footer>f</footer>", true))
	assert.Equal(t, "Just text.", HTMLText("<body><nav>Menu</nav><p>Just text.</p><footer>f</footer></body>", true))
}

func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<script>", "<!--", "&#x", "<a b='", "<pre>x", "<article><p>x</article>", "&amp;&#99999999;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, article := range []bool{false, true} {
			out := HTMLText(s, article)
			if utf8.ValidString(s) && !utf8.ValidString(out) {
				t.Fatalf("valid input gave invalid UTF-8: %q", out)
			}
			if strings.Contains(out, "\n\n\n") {
				t.Fatalf("more than one blank line: %q", out)
			}
			if strings.Trim(out, " \t\n\r\f") != out && !strings.Contains(s, "<pre") {
				t.Fatalf("leading or trailing white space: %q", out)
			}
		}
	})
}
