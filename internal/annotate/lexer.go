package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A TokenKind classifies a token.
type TokenKind uint8

const (
	Word   TokenKind = iota // letters, with inner apostrophes, hyphens and abbreviation periods: "al-Assad", "U.S.", "O'Brien"
	Number                  // starts with a digit: "2013", "9/12/2013", "15:00", "1990s", "'90s"
	Punct                   // one symbol, or a run such as "..." or "--"
	Mark                    // a quotation-mark candidate; see quotemarks.go
)

// A Token is a span of the text with its kind. Whitespace is never a token.
type Token struct {
	Span
	Kind TokenKind
}

// wordSet is setOf the space-separated words of list. Word lists are
// written so: a list of string literals compiles to code that adds them one
// by one, which the page would download.
func wordSet(list string) map[string]bool { return setOf(strings.Fields(list)...) }

// wordSets is a table of word lists, each a set and its words, as
// wordSet reads them. The rules' files end with one each, and
// buildWordSets fills their sets at start-up. A table is data in the
// page's download where `var x = wordSet("…")` is code: some 200 bytes of
// WebAssembly a list, 2.5 KB of the gzipped download over 160 lists.
type wordSets []struct {
	set   *map[string]bool
	words string
}

// wordTables are the package's tables of word lists; TestWordTables
// checks that each table and each set it fills is here.
var wordTables = []wordSets{
	attributeLists, consistencyLists, cueLists, entityLists, entitynewsLists, entityrulesLists,
	indirectLists, indirectformsLists, interviewLists, lexerLists, namingLists, phraseLists,
	sentenceLists, sievesLists, speakerLists, speechLists, titlesLists,
}

// buildWordSets fills the sets of wordTables, then the tables built from
// them: wordLists and listedHashes. It runs before any annotation (init)
// and after every package-level variable is set, those of the tables too.
func buildWordSets() {
	for _, t := range wordTables {
		for _, e := range t {
			*e.set = wordSet(e.words)
		}
	}
	wordLists = listsByWord()
	listedHashes = hashesOf(wordLists)
}

func init() { buildWordSets() }

// splitList splits a list of entries written one after another, each
// ending in a comma, across lines: the entries of one string cost the
// page's WebAssembly less than as many strings.
func splitList(list string) []string {
	out := strings.Split(list, ",")
	for i, e := range out {
		out[i] = strings.TrimSpace(e)
	}
	return out
}

// pairSet builds a set of word pairs from a list of pairs, each two
// words, the pairs parted by commas: "goldman sachs,morgan stanley".
func pairSet(list string) map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, p := range strings.Split(list, ",") {
		a, b, _ := strings.Cut(p, " ")
		m[[2]string{a, b}] = true
	}
	return m
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lexer cuts text into tokens. It works on bytes and decodes runes only
// outside ASCII; invalid UTF-8 bytes become one-byte Punct tokens.
type lexer struct {
	text   string
	start  int // start of the token being scanned
	pos    int // current position
	width  int // width of the last rune read by next
	tokens []Token
}

// Tokenize cuts text into tokens, in order.
func Tokenize(text string) []Token {
	l := &lexer{text: text, tokens: make([]Token, 0, len(text)/5+1)}
	l.run()
	return l.tokens
}

const eof rune = -1

func (l *lexer) next() rune {
	if l.pos >= len(l.text) {
		l.width = 0
		return eof
	}
	c := l.text[l.pos]
	if c < utf8.RuneSelf {
		l.width = 1
		l.pos++
		return rune(c)
	}
	r, w := utf8.DecodeRuneInString(l.text[l.pos:])
	l.width = w
	l.pos += w
	return r
}

func (l *lexer) backup() { l.pos -= l.width }

// peekAt returns the rune starting at byte offset i, or eof.
func (l *lexer) peekAt(i int) (rune, int) {
	if i >= len(l.text) {
		return eof, 0
	}
	if c := l.text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(l.text[i:])
}

func (l *lexer) emit(k TokenKind) {
	l.tokens = append(l.tokens, Token{Span{l.start, l.pos}, k})
	l.start = l.pos
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func (l *lexer) run() {
	for {
		r := l.next()
		switch {
		case r == eof:
			return
		case isSpace(r):
			l.start = l.pos
		case r == utf8.RuneError && l.width == 1:
			l.emit(Punct) // an invalid byte stands alone
		case isLetter(r):
			l.word()
		case isDigit(r):
			l.number()
		case isApostrophe(r):
			l.apostrophe()
		case r == '`':
			if nr, _ := l.peekAt(l.pos); nr == '`' {
				l.pos++
			}
			l.emit(Mark)
		case isQuoteMark(r):
			l.emit(Mark)
		case r == '.':
			for l.pos < len(l.text) && l.text[l.pos] == '.' {
				l.pos++
			}
			l.emit(Punct)
		case r == '-':
			for l.pos < len(l.text) && l.text[l.pos] == '-' {
				l.pos++
			}
			l.emit(Punct)
		default:
			l.emit(Punct)
		}
	}
}

// apostrophe lexes a token starting with ' or ’: a leading-apostrophe word
// ("'90s", "'em"), the possessive "'s", or a quotation mark.
func (l *lexer) apostrophe() {
	r, w := l.peekAt(l.pos)
	prev := l.prevRune()
	if isDigit(r) && !isLetter(prev) && !isDigit(prev) {
		// '90s: an apostrophe when two digits follow and then a non-digit
		if d2, _ := l.peekAt(l.pos + 1); isDigit(d2) {
			if d3, _ := l.peekAt(l.pos + 2); !isDigit(d3) {
				l.pos += w
				l.number()
				l.tokens[len(l.tokens)-1].Kind = Number
				return
			}
		}
	}
	if isLetter(r) && (isLetter(prev) || isDigit(prev)) {
		// possessive or contraction glued to the previous word: Assad's, we've
		l.pos += w
		l.word()
		return
	}
	if (r == 's' || r == 'S') && isSpace(prev) && l.start > 0 {
		// a possessive set apart from its word, as tokenized text writes it
		// ("Lord 's"): the same Word "'s" as a glued one
		if after, _ := l.peekAt(l.pos + w); !isLetter(after) && !isDigit(after) && !isApostrophe(after) {
			if before, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(l.text[:l.start], isSpace)); isLetter(before) || isDigit(before) || before == '.' {
				l.pos += w
				l.emit(Word)
				return
			}
		}
	}
	if isLetter(r) && !isLetter(prev) {
		end := l.pos
		for {
			c, cw := l.peekAt(end)
			if !isLetter(c) {
				break
			}
			end += cw
		}
		if c, _ := l.peekAt(end); !isApostrophe(c) && leadingApostrophes[lower(l.text[l.pos:end])] {
			l.pos = end
			l.emit(Word)
			return
		}
	}
	if r == '\'' && l.text[l.start] == '\'' {
		l.pos++ // '' is a closing double mark in text converted from TeX or PTB
	}
	l.emit(Mark)
}

func (l *lexer) prevRune() rune {
	if l.start == 0 {
		return eof
	}
	r, _ := utf8.DecodeLastRuneInString(l.text[:l.start])
	return r
}

// word lexes letters with inner apostrophes, hyphens, digits and abbreviation periods.
// A possessive "'s" or "’s" after a word is split off as its own Word token.
func (l *lexer) word() {
	seg := 1 // letters and digits since the word's start or its last hyphen or period
	dotted := false
	for {
		// a run of ASCII letters and digits, the common case, byte by byte
		for l.pos < len(l.text) && isASCIIAlnum(l.text[l.pos]) {
			l.pos++
			seg++
		}
		r := l.next()
		switch {
		case isLetter(r) || isDigit(r):
			seg++
			continue
		case isApostrophe(r):
			n, w := l.peekAt(l.pos)
			if !isLetter(n) {
				break
			}
			if n == 's' || n == 'S' {
				if after, _ := l.peekAt(l.pos + w); !isLetter(after) && !isDigit(after) {
					// split the possessive: the word, then "'s"
					l.backup()
					l.emit(Word)
					l.pos += l.widthAt(l.pos) + w
					l.emit(Word)
					return
				}
			}
			seg++
			continue
		case isHyphen(r):
			if n, _ := l.peekAt(l.pos); isLetter(n) || isDigit(n) {
				seg = 0
				continue
			}
		case r == '&':
			// AT&T, S&P: an ampersand between capitals
			n, _ := l.peekAt(l.pos)
			p, _ := utf8.DecodeLastRuneInString(l.text[:l.pos-1])
			if unicode.IsUpper(p) && unicode.IsUpper(n) {
				continue
			}
		case r == '.' || r == ',':
			n, _ := l.peekAt(l.pos)
			if isDigit(n) && isDigit(rune(l.text[l.pos-2])) {
				continue // an amount glued to its currency: "Sh2.4", "N45,000"
			}
			if r == ',' {
				break
			}
			switch {
			case seg == 1 && isLetter(n) && l.runeAfter(l.pos) == '.':
				// U.S., a.m., U.N.: single letters with periods
				dotted = true
				seg = 0
				continue
			case seg == 1 && dotted:
				// the period closing a dotted run; "U.S.-Russian" goes on
				if h, _ := l.peekAt(l.pos); isHyphen(h) && isLetter(l.runeAfter(l.pos)) {
					continue
				}
				l.emit(Word)
				return
			case seg == 1 && l.pos-l.start == 2 && unicode.IsUpper(rune(l.text[l.start])):
				l.emit(Word) // an initial: "John F. Kennedy"
				return
			case abbreviations[lower(l.text[l.start:l.pos-1])]:
				l.emit(Word)
				return
			case seg > 1 && 'a' <= n && n <= 'z':
				seg = 0 // a domain name: Amazon.com
				continue
			}
		}
		if r != eof {
			l.backup()
		}
		l.emit(Word)
		return
	}
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// runeAfter returns the rune following the one at byte offset i.
func (l *lexer) runeAfter(i int) rune {
	_, w := l.peekAt(i)
	r, _ := l.peekAt(i + w)
	return r
}

func (l *lexer) widthAt(i int) int {
	_, w := l.peekAt(i)
	return w
}

// number lexes digits with inner separators (2013-09-12, 9/12/2013, 15:00, 1,000.5)
// and a glued letter suffix (1990s, 3pm, 12th).
func (l *lexer) number() {
	for {
		r := l.next()
		switch {
		case isDigit(r) || isLetter(r):
			continue
		case r == '.' || r == ',' || r == ':' || r == '/' || isHyphen(r):
			if n, _ := l.peekAt(l.pos); isDigit(n) {
				continue
			}
		}
		if r != eof {
			l.backup()
		}
		l.emit(Number)
		return
	}
}

// lower returns s in lower case, without allocating when s is already
// lower-case ASCII and with one allocation when it is other ASCII.
func lower(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// The word lists of this file's rules, each built at start-up from its
// entry in lexerLists (see wordSets).
var abbreviations, leadingApostrophes map[string]bool

var lexerLists = wordSets{
	// abbreviations keep their final period inside the word token ("Sept.", "Mr.").
	// Single letters ("J.") and letter-period runs ("U.S.", "a.m.") are handled by shape.
	{&abbreviations, `mr mrs ms dr prof gen lt col maj capt cmdr sgt adm cpl sen rep gov pres supt insp det rev hon coun cllr
		amb atty engr sec st mt ft ave blvd rd jr sr inc corp co ltd llc bros plc dept univ assn jan feb mar
		apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun no nos vs etc
		al approx est fig vol ed eds p pp ala ariz ark calif colo conn del fla ga ill ind kan kans ky la
		md mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo`},
	// leadingApostrophes are words that start with an apostrophe rather than a quotation mark.
	{&leadingApostrophes, `em tis twas cause til n round bout nuff`},
}
