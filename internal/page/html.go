package page

import (
	"strings"
	"unicode/utf8"
)

// HTMLText reduces HTML to its text, one paragraph per block element with a
// blank line between paragraphs, <br> a line break, white space collapsed
// outside <pre>, character references decoded. Scripts, styles, templates,
// the head and elements marked hidden never contribute.
//
// With article set (an opened .html file), page furniture goes too —
// navigation, asides, footers, forms, buttons, figures — and when the page
// has <article> elements only the longest is kept, else its <main>.
//
// It is a reader, not a browser: nothing in the HTML is run or fetched.
func HTMLText(src string, article bool) string {
	toks := tokenizeHTML(src)
	from, to := 0, len(toks)
	if article {
		from, to = mainRegion(toks)
	}
	var w textWriter
	skip := "" // the element being skipped, "" when none
	depth := 0 // nesting of skip inside itself
	pre := 0   // open <pre> elements
	for _, t := range toks[from:to] {
		if skip != "" {
			switch {
			case t.kind == tagStart && t.name == skip && !t.selfClosing:
				depth++
			case t.kind == tagEnd && t.name == skip:
				depth--
				if depth == 0 {
					skip = ""
				}
			}
			continue
		}
		switch t.kind {
		case textTok:
			w.text(decodeEntities(t.text), pre > 0)
		case tagStart:
			if t.selfClosing || in(voidElements, t.name) {
				if t.name == "br" {
					w.breakLine(1)
				} else if in(blockElements, t.name) {
					w.breakLine(2)
				}
				continue
			}
			if t.hidden || in(alwaysSkipped, t.name) || article && in(furniture, t.name) {
				skip, depth = t.name, 1
				continue
			}
			if t.name == "pre" {
				pre++
			}
			if in(blockElements, t.name) {
				w.breakLine(blockBreak(t.name))
			} else if t.name == "td" || t.name == "th" {
				w.cell()
			}
		case tagEnd:
			if t.name == "pre" && pre > 0 {
				pre--
			}
			if in(blockElements, t.name) {
				w.breakLine(blockBreak(t.name))
			}
		}
	}
	return w.String()
}

// blockBreak is the break a block element makes: list items and table rows
// a line, everything else a paragraph.
func blockBreak(name string) int {
	switch name {
	case "li", "tr", "dt", "dd":
		return 1
	}
	return 2
}

// textWriter joins text runs, collapsing white space and placing breaks.
type textWriter struct {
	b       strings.Builder
	pending int  // line breaks owed before the next text: 0, 1 or 2
	space   bool // a space is owed before the next text
}

func (w *textWriter) breakLine(n int) {
	w.pending = max(w.pending, n)
	w.space = false
}

func (w *textWriter) cell() {
	if w.pending == 0 && w.b.Len() > 0 {
		w.space = true
	}
}

func (w *textWriter) text(s string, pre bool) {
	if pre {
		if s == "" {
			return
		}
		w.flush()
		w.b.WriteString(s)
		return
	}
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' {
			if w.b.Len() > 0 && w.pending == 0 {
				w.space = true
			}
			continue
		}
		w.flush()
		w.b.WriteRune(r)
	}
}

// flush writes the breaks or space owed before text.
func (w *textWriter) flush() {
	if w.b.Len() > 0 {
		switch {
		case w.pending == 2:
			w.b.WriteString("\n\n")
		case w.pending == 1:
			w.b.WriteByte('\n')
		case w.space:
			w.b.WriteByte(' ')
		}
	}
	w.pending, w.space = 0, false
}

func (w *textWriter) String() string { return w.b.String() }

// The element sets, each a list of names between bars: a string search is
// far smaller in the page's WebAssembly than a map built at start-up.
const (
	voidElements = "|area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|"
	// rawText elements hold text that is not markup, up to their end tag.
	rawText       = "|script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|"
	alwaysSkipped = "|script|style|noscript|template|head|title|svg|math|iframe|object|canvas|select|textarea|"
	furniture     = "|nav|aside|footer|form|button|figure|dialog|menu|audio|video|"
	blockElements = "|address|article|aside|blockquote|body|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|" +
		"h1|h2|h3|h4|h5|h6|header|hgroup|hr|li|main|nav|ol|p|pre|section|summary|table|tr|ul|"
)

// in reports whether name is one of set.
func in(set, name string) bool {
	return name != "" && !strings.Contains(name, "|") && strings.Contains(set, "|"+name+"|")
}

// mainRegion returns the tokens of the page's article: the longest
// <article> element, else <main>, else everything.
func mainRegion(toks []htmlToken) (from, to int) {
	best, bestLen := -1, 0
	var bestEnd int
	for i, t := range toks {
		if t.kind != tagStart || t.name != "article" || t.selfClosing {
			continue
		}
		end := matchEnd(toks, i)
		n := 0
		for _, u := range toks[i:end] {
			if u.kind == textTok {
				n += len(strings.TrimSpace(u.text))
			}
		}
		if n > bestLen {
			best, bestLen, bestEnd = i, n, end
		}
	}
	if best >= 0 {
		return best, bestEnd
	}
	for i, t := range toks {
		if t.kind == tagStart && t.name == "main" && !t.selfClosing {
			return i, matchEnd(toks, i)
		}
	}
	return 0, len(toks)
}

// matchEnd returns the index just past the end tag closing the start tag at
// i, or len(toks) when it is never closed.
func matchEnd(toks []htmlToken, i int) int {
	name := toks[i].name
	depth := 0
	for j := i; j < len(toks); j++ {
		switch t := toks[j]; {
		case t.kind == tagStart && t.name == name && !t.selfClosing:
			depth++
		case t.kind == tagEnd && t.name == name:
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return len(toks)
}

type htmlTokenKind uint8

const (
	textTok htmlTokenKind = iota
	tagStart
	tagEnd
)

type htmlToken struct {
	kind        htmlTokenKind
	name        string // lower-case tag name
	text        string // raw text, for textTok
	selfClosing bool
	hidden      bool // a hidden or aria-hidden="true" attribute
}

// tokenizeHTML splits HTML into text and tags, dropping comments, doctypes
// and processing instructions, and keeping the content of raw-text
// elements (script, style, …) from being read as markup.
func tokenizeHTML(s string) []htmlToken {
	var toks []htmlToken
	text := 0 // start of the pending text
	emitText := func(end int) {
		if end > text {
			toks = append(toks, htmlToken{kind: textTok, text: s[text:end]})
		}
	}
	for i := 0; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			emitText(i)
			end := strings.Index(rest[4:], "-->")
			if end < 0 {
				i = len(s)
			} else {
				i += 4 + end + 3
			}
			text = i
		case len(rest) > 1 && (rest[1] == '!' || rest[1] == '?'):
			emitText(i)
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				i = len(s)
			} else {
				i += end + 1
			}
			text = i
		case len(rest) > 2 && rest[1] == '/' && isASCIILetter(rest[2]):
			emitText(i)
			name, _ := tagName(rest[2:])
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				end = len(rest) - 1
			}
			toks = append(toks, htmlToken{kind: tagEnd, name: name})
			i += end + 1
			text = i
		case len(rest) > 1 && isASCIILetter(rest[1]):
			emitText(i)
			t, n := startTag(rest)
			toks = append(toks, t)
			i += n
			text = i
			if in(rawText, t.name) && !t.selfClosing {
				// the content runs to the matching end tag, whatever it holds
				closeAt := indexFold(s[i:], "</"+t.name)
				if closeAt < 0 {
					closeAt = len(s) - i
				}
				toks = append(toks, htmlToken{kind: textTok, text: s[i : i+closeAt]})
				i += closeAt
				text = i
			}
		default:
			i++
		}
	}
	emitText(len(s))
	return toks
}

// startTag reads a start tag at the beginning of s ("<name attr=… >") and
// returns it with its length in bytes.
func startTag(s string) (htmlToken, int) {
	name, i := tagName(s[1:])
	i++
	t := htmlToken{kind: tagStart, name: name}
	for i < len(s) {
		c := s[i]
		switch {
		case c == '>':
			return t, i + 1
		case c == '/' && i+1 < len(s) && s[i+1] == '>':
			t.selfClosing = true
			return t, i + 2
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/':
			i++
		default:
			// an attribute: name, optional = value
			j := i
			for j < len(s) && !strings.ContainsRune(" \t\n\r\f/>=", rune(s[j])) {
				j++
			}
			attr := lowerASCII(s[i:j])
			if j == i {
				j++ // a stray '=': step over it
			}
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
				j++
			}
			value := ""
			if j < len(s) && s[j] == '=' {
				j++
				for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
					j++
				}
				if j < len(s) && (s[j] == '"' || s[j] == '\'') {
					q := s[j]
					k := strings.IndexByte(s[j+1:], q)
					if k < 0 {
						return t, len(s)
					}
					value = s[j+1 : j+1+k]
					j += k + 2
				} else {
					k := j
					for k < len(s) && !strings.ContainsRune(" \t\n\r\f>", rune(s[k])) {
						k++
					}
					value = s[j:k]
					j = k
				}
			}
			if attr == "hidden" || attr == "aria-hidden" && lowerASCII(value) == "true" {
				t.hidden = true
			}
			i = j
		}
	}
	return t, len(s)
}

// tagName reads a tag name, lower-cased, and returns its length.
func tagName(s string) (string, int) {
	i := 0
	for i < len(s) && !strings.ContainsRune(" \t\n\r\f/>", rune(s[i])) {
		i++
	}
	return lowerASCII(s[:i]), i
}

// lowerASCII lowers the ASCII letters of s (HTML names are ASCII; the
// Unicode case tables would weigh on the page).
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// indexFold is strings.Index ignoring ASCII case in s.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if i+len(sub) <= len(s) && lowerASCII(s[i:i+len(sub)]) == sub {
			return i
		}
	}
	return -1
}

// entities are the named character references news pages use, as
// "|name=text": others stay as written.
const entities = "|amp=&|lt=<|gt=>|quot=\"|apos='|nbsp= |mdash=—|ndash=–|hellip=…|lsquo=‘|rsquo=’|sbquo=‚" +
	"|ldquo=“|rdquo=”|bdquo=„|laquo=«|raquo=»|lsaquo=‹|rsaquo=›|copy=©|reg=®|trade=™|deg=°|middot=·|bull=•|times=×" +
	"|euro=€|pound=£|yen=¥|cent=¢|sect=§|para=¶|shy=\u00ad|thinsp=\u2009|ensp=\u2002|emsp=\u2003|zwj=\u200d|zwnj=\u200c" +
	"|eacute=é|egrave=è|ecirc=ê|euml=ë|aacute=á|agrave=à|acirc=â|auml=ä|aring=å|atilde=ã|iacute=í|iuml=ï|oacute=ó|ocirc=ô" +
	"|ouml=ö|otilde=õ|oslash=ø|uacute=ú|uuml=ü|ntilde=ñ|ccedil=ç|szlig=ß|Eacute=É|Aacute=Á|Ouml=Ö|Uuml=Ü|Auml=Ä|Ccedil=Ç" +
	"|iexcl=¡|iquest=¿|frac12=½|frac14=¼|frac34=¾|plusmn=±|"

// entity returns the text of a named reference, or "".
func entity(name string) string {
	i := strings.Index(entities, "|"+name+"=")
	if name == "" || i < 0 {
		return ""
	}
	v := entities[i+len(name)+2:]
	return v[:strings.IndexByte(v, '|')]
}

// decodeEntities replaces character references: named ones from entities,
// decimal and hexadecimal ones (C1 controls read as Windows-1252, as
// browsers do; impossible code points become U+FFFD).
func decodeEntities(s string) string {
	amp := strings.IndexByte(s, '&')
	if amp < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for amp >= 0 {
		b.WriteString(s[:amp])
		s = s[amp:]
		semi := strings.IndexByte(s[:min(len(s), 34)], ';')
		rep, n := "", 0
		if semi > 1 {
			ref := s[1:semi]
			if ref[0] == '#' {
				rep = numericReference(ref[1:])
			} else {
				rep = entity(ref)
			}
			n = semi + 1
		}
		if rep == "" {
			rep, n = "&", 1
		}
		b.WriteString(rep)
		s = s[n:]
		amp = strings.IndexByte(s, '&')
	}
	b.WriteString(s)
	return b.String()
}

func numericReference(ref string) string {
	base := 10
	if ref != "" && (ref[0] == 'x' || ref[0] == 'X') {
		base, ref = 16, ref[1:]
	}
	if ref == "" || len(ref) > 8 {
		return ""
	}
	v := 0
	for _, c := range []byte(ref) {
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case base == 16 && c|0x20 >= 'a' && c|0x20 <= 'f':
			d = int(c|0x20-'a') + 10
		default:
			return ""
		}
		v = v*base + d
	}
	switch {
	case v >= 0x80 && v < 0xA0:
		return string(windows1252[v-0x80])
	case v == 0 || v > utf8.MaxRune || v >= 0xD800 && v < 0xE000:
		return "\uFFFD"
	}
	return string(rune(v))
}
