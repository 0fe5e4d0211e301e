package page

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"headings", "# Title #\n\n## Sub\ntext", "Title\n\nSub\n\ntext"},
		{"emphasis", "Some **bold**, *italic*, __strong__ and _em_ words.", "Some bold, italic, strong and em words."},
		{"snake_case and arithmetic stay", "a snake_case_name and 2 * 3 = 6", "a snake_case_name and 2 * 3 = 6"},
		{"links and images", "See [the report](https://x.org/r \"t\") and ![a chart](c.png) [ref][1].\n\n[1]: https://x.org", "See the report and  ref."},
		{"quotes and lists", "> “We will win,” he said.\n\n* one\n- two\n1. three", "“We will win,” he said.\n\n* one\n- two\n1. three"},
		{"code", "Use `go test`.\n```\ncode *kept*\n```\nafter", "Use go test.\ncode *kept*\nafter"},
		{"front matter and rules", "---\ntitle: x\n---\nBody\n\n***\n\nEnd", "Body\n\nEnd"},
		{"setext headings", "Title\n=====\n\nSub\n---\ntext", "Title\n\nSub\n\ntext"},
		{"escapes", `1\. not a list \*stars\*`, "1. not a list *stars*"},
		{"autolinks", "<https://example.org>", "https://example.org"},
		{"CRLF", "a\r\nb", "a\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, MarkdownText(tt.in))
		})
	}
}

func FuzzMarkdownText(f *testing.F) {
	for _, s := range []string{"# a", "[a](b", "![x](y)", "**", "```", "---\n", "\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		MarkdownText(s) // must not panic or loop
	})
}
