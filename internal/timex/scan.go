package timex

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// The scanner cuts the text into tokens: words (runs of letters), numbers
// (runs of ASCII digits) and single punctuation runes. Positions are byte
// offsets, half-open; the text is never rewritten.

type tkind uint8

const (
	tWord tkind = iota + 1
	tNum
	tPunct
)

type token struct {
	start, end int   // byte offsets into the text, half-open
	num        int   // value of a number (saturated at 1e9)
	ei         int32 // index of the word's lexicon entry in entries, 0 when unknown
	ch         rune  // the rune of a punctuation token
	nd         int16 // digits in a number
	kind       tkind
	cap        bool // a word that starts with an upper-case letter
	upper      bool // a word written all in capitals
	nl         bool // a line break between the previous token and this one
}

// scanner holds the state of one pass over the text.
type scanner struct {
	text string
	pos  int // current byte offset
	toks []token
	nl   int // line breaks seen since the last token
}

// next returns the rune at the current position and its width without
// consuming it; width 0 at the end of the text.
func (s *scanner) peek() (rune, int) {
	if s.pos >= len(s.text) {
		return 0, 0
	}
	c := s.text[s.pos]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s.text[s.pos:])
}

// emit appends a token of kind k spanning [start, s.pos).
func (s *scanner) emit(k tkind, start int) *token {
	s.toks = append(s.toks, token{start: start, end: s.pos, kind: k, nl: s.nl > 0})
	s.nl = 0
	return &s.toks[len(s.toks)-1]
}

// scanInto tokenizes text into toks, which it reuses (borrowTokens).
func scanInto(toks []token, text string) []token {
	if n := len(text)/4 + 16; cap(toks) < n {
		toks = make([]token, 0, n) // about a token for every four bytes of news
	}
	s := &scanner{text: text, toks: toks[:0]}
	for {
		// ASCII fast paths
		if s.pos < len(text) {
			c := text[s.pos]
			switch {
			case c == ' ':
				s.pos++
				continue
			case c >= '0' && c <= '9':
				s.number()
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				s.word()
				continue
			}
		}
		r, w := s.peek()
		if w == 0 {
			return s.toks
		}
		switch {
		case r == '\n':
			s.nl++
			s.pos += w
		case r == ' ' || r == '\t' || r == '\r' || r == '\u00a0' || unicode.IsSpace(r):
			s.pos += w
		case r >= '0' && r <= '9':
			s.number()
		case isLetter(r):
			s.word()
		default:
			start := s.pos
			s.pos += w
			t := s.emit(tPunct, start)
			t.ch = r
		}
	}
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// number consumes a run of digits.
func (s *scanner) number() {
	start := s.pos
	n := 0
	for s.pos < len(s.text) && s.text[s.pos] >= '0' && s.text[s.pos] <= '9' {
		if n < 1e9 {
			n = n*10 + int(s.text[s.pos]-'0')
		}
		s.pos++
	}
	t := s.emit(tNum, start)
	t.num, t.nd = n, int16(min(s.pos-start, 1<<14))
}

// word consumes a run of letters and looks it up in the lexicon.
func (s *scanner) word() {
	start := s.pos
	var buf [14]byte // longer words are not in the lexicon
	n, ascii, upper := 0, true, true
	for {
		if s.pos < len(s.text) {
			if c := s.text[s.pos]; c >= 'a' && c <= 'z' {
				if n < len(buf) {
					buf[n] = c
				}
				n++
				upper = false
				s.pos++
				continue
			} else if c >= 'A' && c <= 'Z' {
				if n < len(buf) {
					buf[n] = c + 'a' - 'A'
				}
				n++
				s.pos++
				continue
			}
		}
		r, w := s.peek()
		if w == 0 || !isLetter(r) {
			break
		}
		if r >= utf8.RuneSelf {
			ascii = false
		} else {
			c := byte(r)
			if c >= 'a' && c <= 'z' {
				upper = false
			} else {
				c += 'a' - 'A'
			}
			if n < len(buf) {
				buf[n] = c
			}
			n++
		}
		s.pos += w
	}
	t := s.emit(tWord, start)
	c := s.text[start]
	t.cap = c >= 'A' && c <= 'Z'
	t.upper = upper && ascii
	if ascii && n <= len(buf) && lexShape[buf[0]-'a'][buf[n-1]-'a'][n] {
		t.ei = lexIndex[string(buf[:n])]
	}
	if ascii && (n == 8 || n == 9) && t.ei == 0 && runTogether(buf[:n]) {
		// "lastmonth", "nextweek": two words run together, read apart
		t.end = start + 4
		t.ei = lexIndex[string(buf[:4])]
		u := s.emit(tWord, start+4)
		u.upper = t.upper
		u.ei = lexIndex[string(buf[4:n])]
	}
}

// runTogether reports "last" or "next" run together with a unit:
// "lastmonth", "nextweek", "lastyear".
func runTogether(w []byte) bool {
	head, rest := string(w[:4]), string(w[4:])
	return (head == "last" || head == "next") && (rest == "week" || rest == "month" || rest == "year")
}

// lex returns the lexicon entry of a word token, or nil. Tokens hold an
// index rather than a pointer, so the token slice holds no pointers for
// the garbage collector to trace.
func (t *token) lex() *entry {
	if t.ei == 0 {
		return nil
	}
	return entries[t.ei]
}

// tokenBufs keeps token arrays from one parse to the next: they are a third
// of what finding a short article's dates allocates, and no expression
// keeps them. An array for a long text is not kept.
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

// borrowTokens scans text into an array from tokenBufs; giveTokens hands
// it back once the parse is done.
func borrowTokens(text string) (*[]token, []token) {
	buf := tokenBufs.Get().(*[]token)
	return buf, scanInto(*buf, text)
}

func giveTokens(buf *[]token, toks []token) {
	if cap(toks) <= 1<<15 {
		*buf = toks[:0]
		tokenBufs.Put(buf)
	}
}
