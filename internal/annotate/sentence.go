package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Sentence is a span of one paragraph with the tokens it holds.
type Sentence struct {
	Span
	First, Last int // its tokens are Document.Tokens[First:Last]
	Paragraph   int // index into Document.Paragraphs
}

// splitParagraphs cuts text at line breaks. A line break is not a paragraph
// break where it only wraps a sentence: the line does not end a sentence and
// the next line starts in lower case. Paragraph spans exclude the surrounding
// white space; blank lines yield no paragraph.
func splitParagraphs(text string) []Span {
	var paras []Span
	start := -1 // start of the open paragraph
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		line := trimSpan(text, Span{lineStart, lineEnd})
		if line.Len() == 0 {
			if start >= 0 {
				paras = append(paras, trimSpan(text, Span{start, lineStart}))
				start = -1
			}
		} else {
			if start >= 0 && !wrapsSentence(text, start, line) {
				paras = append(paras, trimSpan(text, Span{start, lineStart}))
				start = -1
			}
			if start < 0 {
				start = line.Start
			}
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		paras = append(paras, trimSpan(text, Span{start, len(text)}))
	}
	return paras
}

// wrapsSentence reports whether line continues the paragraph that started at
// start: the text so far does not end like a sentence or heading and line
// begins with a lower-case letter.
func wrapsSentence(text string, start int, line Span) bool {
	prev := strings.TrimRightFunc(text[start:line.Start], unicode.IsSpace)
	last, _ := utf8.DecodeLastRuneInString(prev)
	switch last {
	case '.', '!', '?', ':', '"', '”', '’', '\'', ')', ']':
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[line.Start:])
	return unicode.IsLower(first)
}

// trimSpan shrinks s to exclude leading and trailing white space.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End {
		r, w := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !isSpace(r) {
			break
		}
		s.Start += w
	}
	for s.End > s.Start {
		r, w := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !isSpace(r) {
			break
		}
		s.End -= w
	}
	return s
}

// splitSentences cuts each paragraph into sentences at terminal punctuation
// followed by a capital, a digit or an opening mark, keeping closing marks and
// brackets with the sentence they end.
func splitSentences(text string, tokens []Token, paras []Span) []Sentence {
	sents := make([]Sentence, 0, len(paras)*2)
	t := 0
	for pi, p := range paras {
		for t < len(tokens) && tokens[t].Start < p.Start {
			t++
		}
		first := t
		for t < len(tokens) && tokens[t].End <= p.End {
			if end := sentenceEndAt(text, tokens, t, p.End); end > t {
				last := end
				sents = append(sents, Sentence{Span{tokens[first].Start, tokens[last-1].End}, first, last, pi})
				t = last
				first = t
				continue
			}
			t++
		}
		if first < t {
			sents = append(sents, Sentence{Span{tokens[first].Start, tokens[t-1].End}, first, t, pi})
		}
	}
	return sents
}

// sentenceEndAt returns the index after the last token of a sentence that
// ends with token t, or -1 if no sentence ends there.
func sentenceEndAt(text string, tokens []Token, t, paraEnd int) int {
	tok := tokens[t]
	s := tok.Of(text)
	abbrev := false
	switch {
	case s == "." || onlyBangs(s):
	case tok.Kind == Word && strings.HasSuffix(s, "."):
		if nonFinalAbbreviations[lower(s)] {
			return -1
		}
		abbrev = true
	default:
		return -1
	}
	end := t + 1
	// closing marks and brackets stay with the sentence they end
	for end < len(tokens) && tokens[end].End <= paraEnd {
		ns := tokens[end].Of(text)
		if tokens[end].Kind == Mark && markOf(ns).role&roleClose != 0 && !opensAt(text, tokens[end]) || ns == ")" || ns == "]" {
			end++
			continue
		}
		break
	}
	if end >= len(tokens) || tokens[end].Start >= paraEnd {
		return end
	}
	next := tokens[end]
	ns := next.Of(text)
	r, _ := utf8.DecodeRuneInString(ns)
	if abbrev {
		if next.Kind == Word && unicode.IsUpper(r) && sentenceStarters[lower(ns)] {
			return end
		}
		if next.Kind == Mark && markOf(ns).role&roleOpen != 0 {
			switch lower(s) {
			case "a.m.", "p.m.", "co.", "inc.", "corp.", "ltd.", "jr.", "sr.":
				// "… shortly after 5 a.m. "With the suspension clause, …"",
				// "an analyst at Tamura Securities Co. "A sale …"": a time
				// or a name ends, a new sentence opens
				return end
			}
		}
		if next.Kind == Mark && markOf(ns).role&roleOpen != 0 && len(s) == 2 && t > 0 && !isCapWord(text, tokens[t-1]) {
			// a quotation after "… in a post on X.": a new sentence (but
			// "John F. "Jack" Kennedy", a middle initial, and "the U.S.
			// "clearly" needed" go on)
			return end
		}
		return -1
	}
	switch {
	case unicode.IsUpper(r), isDigit(r):
		return end
	case next.Kind == Mark && markOf(ns).role&roleOpen != 0, ns == "(", ns == "[", ns == "*", ns == "•":
		return end
	}
	return -1
}

// onlyBangs reports whether s is made of '!' and '?' only (or is empty):
// strings.Trim(s, "!?") == "", without its cost on every token.
func onlyBangs(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '!' && s[i] != '?' {
			return false
		}
	}
	return true
}

// opensAt reports whether a straight or two-way mark token faces right: it
// follows a space or the start of the text and is followed by a non-space.
func opensAt(text string, tok Token) bool {
	if markOf(tok.Of(text)).role != roleEither {
		return markOf(tok.Of(text)).role == roleOpen
	}
	before, _ := utf8.DecodeLastRuneInString(text[:tok.Start])
	after, _ := utf8.DecodeRuneInString(text[tok.End:])
	return (tok.Start == 0 || isSpace(before) || strings.ContainsRune("([{—–-", before)) && tok.End < len(text) && !isSpace(after)
}

// The word lists of this file's rules, each built at start-up from its
// entry in sentenceLists (see wordSets).
var sentenceStarters, nonFinalAbbreviations map[string]bool

var sentenceLists = wordSets{
	// sentenceStarters are words that, capitalised after an abbreviation such as
	// "U.S." or an initial, show that a new sentence has begun.
	{&sentenceStarters, `the he she it they we i but and in a an this that these those there his her their its our on at
		as if when while after before for however meanwhile also some many`},
	// nonFinalAbbreviations never end a sentence: titles and months come before
	// what they qualify.
	{&nonFinalAbbreviations, `mr. mrs. ms. dr. prof. gen. lt. col. maj. capt. sgt. adm. sen. rep. gov. pres. rev. hon. st. mt.
		no. vs. jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.`},
}
