package page

import "strings"

// MarkdownText reduces Markdown to the text a reader sees: front matter,
// heading and quotation markers, emphasis, code fences, images and link
// targets go; link texts, list items, paragraphs and line breaks stay.
func MarkdownText(src string) string {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r") // a line break written "\r\n"
	}
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		for i := 1; i < len(lines); i++ {
			if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
				lines = lines[i+1:]
				break
			}
		}
	}
	out := make([]string, 0, len(lines))
	fence := ""
	headingAbove := false // the last line written was an ATX heading
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
				continue
			}
			out = append(out, line)
			continue
		}
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fence = trimmed[:3]
			continue
		}
		if isSetextUnderline(trimmed) && len(out) > 0 && out[len(out)-1] != "" {
			out = append(out, "") // the line above was a heading
			continue
		}
		if isLinkDefinition(trimmed) || isRule(trimmed) {
			out = append(out, "")
			continue
		}
		for strings.HasPrefix(trimmed, ">") {
			trimmed = strings.TrimSpace(trimmed[1:])
		}
		heading := false
		if h := strings.TrimLeft(trimmed, "#"); len(h) < len(trimmed) && len(trimmed)-len(h) <= 6 && (h == "" || h[0] == ' ') {
			trimmed = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(h), "#"))
			heading = true
		}
		if len(out) > 0 && out[len(out)-1] != "" && trimmed != "" && headingAbove {
			out = append(out, "")
		}
		out = append(out, inlineMarkdown(trimmed))
		headingAbove = heading
	}
	// one blank line between paragraphs at most
	kept := make([]string, 0, len(out))
	for _, line := range out {
		if line == "" && (len(kept) == 0 || kept[len(kept)-1] == "") {
			continue
		}
		kept = append(kept, line)
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

func isLinkDefinition(s string) bool {
	if !strings.HasPrefix(s, "[") {
		return false
	}
	i := strings.Index(s, "]:")
	return i > 1 && !strings.Contains(s[:i], "](")
}

func isRule(s string) bool {
	if len(s) < 3 {
		return false
	}
	c := s[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3
}

func isSetextUnderline(s string) bool {
	return len(s) >= 2 && (strings.Trim(s, "=") == "" || strings.Trim(s, "-") == "" && len(s) >= 3)
}

// inlineMarkdown drops inline markup from one line: images, link targets,
// emphasis markers, code backticks and backslash escapes.
func inlineMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!>~|\"'", s[i+1]) >= 0:
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if _, end, ok := linkAt(s, i+1); ok {
				i = end // an image: its alt text is not article text
				continue
			}
		case c == '[':
			if label, end, ok := linkAt(s, i); ok {
				b.WriteString(inlineMarkdown(label))
				i = end
				continue
			}
		case c == '`':
			i++
			continue
		case (c == '*' || c == '_') && emphasisMarker(s, i):
			i++
			continue
		case c == '<' && i+1 < len(s) && (strings.HasPrefix(s[i+1:], "http://") || strings.HasPrefix(s[i+1:], "https://")):
			if end := strings.IndexByte(s[i:], '>'); end > 0 {
				b.WriteString(s[i+1 : i+end])
				i += end + 1
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

// linkAt reads "[label](target)" or "[label][ref]" at s[i] and returns the
// label and the index just past the link.
func linkAt(s string, i int) (label string, end int, ok bool) {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth > 0 {
				continue
			}
			label = s[i+1 : j]
			if j+1 < len(s) && (s[j+1] == '(' || s[j+1] == '[') {
				closer := byte(')')
				if s[j+1] == '[' {
					closer = ']'
				}
				if k := strings.IndexByte(s[j+2:], closer); k >= 0 {
					return label, j + 2 + k + 1, true
				}
			}
			return "", 0, false
		}
	}
	return "", 0, false
}

// emphasisMarker reports whether the * or _ at s[i] is emphasis: part of a
// run that touches a word on one side and not a letter or digit of the
// same word on both (snake_case and 2*3 stay).
func emphasisMarker(s string, i int) bool {
	c := s[i]
	j := i
	for j > 0 && s[j-1] == c {
		j--
	}
	k := i
	for k < len(s) && s[k] == c {
		k++
	}
	before := j > 0 && isWordByte(s[j-1])
	after := k < len(s) && isWordByte(s[k])
	if before && after {
		return false // inside a word
	}
	if c == '*' && j == 0 && k < len(s) && s[k] == ' ' {
		return false // a list bullet
	}
	beforeSpace := j == 0 || s[j-1] == ' '
	afterSpace := k == len(s) || s[k] == ' '
	return !(beforeSpace && afterSpace)
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80
}
