package page

import (
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// FileText reads a file the user dropped or opened: its bytes are decoded
// (DecodeText) and, by its name, HTML is reduced to its article text and
// Markdown to plain text. note says what was done, for the status line.
func FileText(name string, data []byte) (text, note string, err error) {
	text, enc, err := DecodeText(data)
	if err != nil {
		return "", "", err
	}
	note = "Opened " + name
	if enc != "UTF-8" {
		note += " (read as " + enc + ", since it is not UTF-8)"
	}
	switch fileKind(name, text) {
	case "html":
		text = HTMLText(text, true)
		note += ": its article text"
	case "markdown":
		text = MarkdownText(text)
	}
	return text, note + ".", nil
}

// FileAccept is what the file picker offers.
const FileAccept = ".txt,.text,.html,.htm,.xhtml,.md,.markdown,text/plain,text/html,text/markdown"

// fileKind tells HTML and Markdown files by their extension, and HTML
// under another name by how it starts.
func fileKind(name, text string) string {
	ext := lowerASCII(name)
	if i := strings.LastIndexByte(ext, '.'); i >= 0 {
		ext = ext[i+1:]
	} else {
		ext = ""
	}
	switch ext {
	case "html", "htm", "xhtml":
		return "html"
	case "md", "markdown", "mdown", "mkd":
		return "markdown"
	case "txt", "text":
		return "text"
	}
	head := lowerASCII(strings.TrimSpace(text[:min(len(text), 512)]))
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") {
		return "html"
	}
	return "text"
}

// ErrBinary is returned for files that hold no text.
var ErrBinary = errors.New("this file does not hold text: open a .txt, .html or .md file")

// DecodeText turns a file's bytes into text: UTF-8 (a byte order mark
// dropped), UTF-16 with a byte order mark or with the zero bytes of mostly
// ASCII text, and anything else as Windows-1252, which gives every byte a
// character, so nothing is lost. A file with zero bytes that is not UTF-16
// is not text. enc names the encoding used.
func DecodeText(b []byte) (text, enc string, err error) {
	switch {
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		return strings.ToValidUTF8(string(b[3:]), "\uFFFD"), "UTF-8", nil
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		return decodeUTF16(b[2:], false), "UTF-16LE", nil
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return decodeUTF16(b[2:], true), "UTF-16BE", nil
	}
	if le, be := zeroBytes(b); le {
		return decodeUTF16(b, false), "UTF-16LE", nil
	} else if be {
		return decodeUTF16(b, true), "UTF-16BE", nil
	}
	if strings.IndexByte(string(b), 0) >= 0 {
		return "", "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), "UTF-8", nil
	}
	return decodeWindows1252(b), "Windows-1252", nil
}

// zeroBytes reports whether b looks like UTF-16 text without a byte order
// mark: most odd (little-endian) or even (big-endian) bytes zero, the others not.
func zeroBytes(b []byte) (le, be bool) {
	if len(b) < 4 || len(b)%2 != 0 {
		return false, false
	}
	var even, odd int
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	n := len(b) / 2
	return odd*10 >= n*9 && even == 0, even*10 >= n*9 && odd == 0
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	s := string(utf16.Decode(u))
	if len(b)%2 != 0 {
		s += "\uFFFD"
	}
	return s
}

// windows1252 maps bytes 0x80–0x9F; the five the code page leaves undefined
// keep their C1 code points, as browsers do.
var windows1252 = [32]rune{
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
}

func decodeWindows1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			sb.WriteRune(windows1252[c-0x80])
		default:
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// PasteText is what a paste puts in the article box: the HTML of a rich
// paste reduced to plain text with its paragraphs kept, else the plain text.
func PasteText(html, plain string) string {
	if html != "" {
		if t := HTMLText(html, false); strings.TrimSpace(t) != "" {
			return t
		}
	}
	return plain
}
