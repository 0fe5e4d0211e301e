package annotate

import (
	"unicode"
	"unicode/utf8"
)

// A passage is the text between one pair of quotation marks within one
// paragraph: the unit every quotation is built from.
type passage struct {
	Span           // the opening mark through the closing mark, or to the paragraph's end
	Inner     Span // without the marks
	Open      int  // token index of the opening mark
	Close     int  // token index of the closing mark, or -1 when unclosed in its paragraph
	Paragraph int
	Continues bool // unclosed, and the next paragraph opens with a mark of the same family: the quotation goes on
	Continued bool // this paragraph's passage goes on from the previous paragraph's
	family    markFamily
}

// openMark is a mark waiting for its partner while pairing.
type openMark struct {
	tok    int
	family markFamily
}

// pairMarks finds the outermost quoted passages of each paragraph.
// Marks pair within a paragraph. An opening mark left unclosed at the end of
// its paragraph yields a passage to the paragraph's end, so a broken mark never
// swallows more than one paragraph. Marks nested inside a passage stay inside it.
func pairMarks(text string, tokens []Token, paras []Span) []passage {
	var out []passage
	var stack []openMark
	t := 0
	prevContinues := false
	for pi, p := range paras {
		stack = stack[:0]
		for t < len(tokens) && tokens[t].Start < p.Start {
			t++
		}
		start := len(out)
		attribute := false // inside a markup attribute's value: tweet-date="May 1"
		for ; t < len(tokens) && tokens[t].End <= p.End; t++ {
			if tokens[t].Kind != Mark {
				continue
			}
			info := markOf(tokens[t].Of(text))
			if info.family == familyNone {
				continue
			}
			if attribute || tokens[t].Start > 0 && text[tokens[t].Start-1] == '=' && len(stack) == 0 {
				attribute = !attribute // the marks around an attribute's value quote nobody
				continue
			}
			role := markDirection(text, tokens[t], info, stack)
			switch role {
			case roleOpen:
				stack = append(stack, openMark{t, info.family})
			case roleClose:
				i := len(stack) - 1
				for i >= 0 && stack[i].family != info.family {
					i--
				}
				if i < 0 {
					continue // a closing mark with no partner: an apostrophe or a stray
				}
				if i == 0 {
					o := stack[0].tok
					out = append(out, passage{
						Span:      Span{tokens[o].Start, tokens[t].End},
						Inner:     Span{tokens[o].End, tokens[t].Start},
						Open:      o,
						Close:     t,
						Paragraph: pi,
						family:    info.family,
					})
				}
				stack = stack[:i] // a nested passage closes inside its outer one

			}
		}
		if len(stack) > 0 {
			o := stack[0].tok
			next := pi + 1
			cont := next < len(paras) && startsWithOpening(text, tokens, paras[next], stack[0].family)
			out = append(out, passage{
				Span:      Span{tokens[o].Start, p.End},
				Inner:     Span{tokens[o].End, p.End},
				Open:      o,
				Close:     -1,
				Paragraph: pi,
				Continues: cont,
				family:    stack[0].family,
			})
		}
		if prevContinues && len(out) > start && tokens[out[start].Open].Start == p.Start {
			out[start].Continued = true
		}
		prevContinues = len(out) > start && out[len(out)-1].Continues
	}
	return out
}

// endsInDoubleS reports whether s ends in "ss", as a singular noun may
// ("willingness", "business"), whose possessive takes ’s, not ’ alone.
func endsInDoubleS(s string) bool {
	return len(s) >= 2 && (s[len(s)-1] == 's' || s[len(s)-1] == 'S') && (s[len(s)-2] == 's' || s[len(s)-2] == 'S')
}

// startsWithOpening reports whether paragraph p begins with an opening mark of family f.
func startsWithOpening(text string, tokens []Token, p Span, f markFamily) bool {
	i := tokenAt(tokens, p.Start)
	if i < 0 || tokens[i].Kind != Mark {
		return false
	}
	info := markOf(tokens[i].Of(text))
	return info.family == f && info.role&roleOpen != 0
}

// tokenAt returns the index of the token starting at byte offset off, or -1.
func tokenAt(tokens []Token, off int) int {
	lo, hi := 0, len(tokens)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if tokens[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(tokens) && tokens[lo].Start == off {
		return lo
	}
	return -1
}

// markDirection decides whether a mark opens or closes a passage, or is no
// mark at all (0): an apostrophe ending a plural possessive ("the Joneses’
// house") or typed as ‘ ("Trump‘s", "‘16"), an inch sign (6'2"), or a mark
// that faces nowhere.
func markDirection(text string, tok Token, info markInfo, stack []openMark) markRole {
	before, _ := utf8.DecodeLastRuneInString(text[:tok.Start])
	after, _ := utf8.DecodeRuneInString(text[tok.End:])
	if tok.Start == 0 {
		before = ' '
	}
	if tok.End >= len(text) {
		after = ' '
	}
	open := isFamilyOpen(stack, info.family)
	leftFlank := !isSpace(after) && (isSpace(before) || isOpeningPunct(before) || isQuoteMark(before) || before == '\'')
	rightFlank := !isSpace(before) && (isSpace(after) || unicode.IsPunct(after) || isQuoteMark(after) || unicode.IsSymbol(after))

	if info.family == familySingle && info.role&roleClose != 0 && (before == 's' || before == 'S') && !open {
		return 0 // a plural possessive with no single quotation open
	}
	if info.family == familySingle && info.role&roleClose != 0 && (before == 's' || before == 'S') && isSpace(after) && !endsInDoubleS(text[:tok.Start]) {
		// "the Joneses’ house" inside a single-quoted passage: possessive when a
		// lower-case word follows (not after "ss", a singular's end: ‘a cold and
		// calculated willingness’ to terrorise)
		if n, _ := utf8.DecodeRuneInString(text[min(tok.End+1, len(text)):]); unicode.IsLower(n) && !isFollowedByCue(text, tok.End) && !notAfterPossessive[wordAt(text, tok.End)] {
			return 0
		}
	}
	if info.family == familySingle && info.role == roleOpen && ((isLetter(before) || isDigit(before)) && (isLetter(after) || isDigit(after)) || startsYear(text[tok.End:])) {
		return 0 // ‘ typed for an apostrophe: "Trump‘s", "‘16"
	}
	switch info.role {
	case roleOpen:
		if open && rightFlank && !leftFlank {
			return roleClose // “ typed for ” after the words it closes: `here,“ said Clyburn`
		}
		return roleOpen
	case roleClose:
		if info.family == familySingle && !open {
			return 0 // ’ with nothing open is an apostrophe
		}
		return roleClose
	}
	// a straight mark: direction from its flanks, then from what is open
	if isDigit(before) && info.family == familyDouble && !open {
		return 0 // 6'2" or 12"
	}
	switch {
	case leftFlank && !rightFlank:
		if open && info.family == familySingle {
			return roleOpen // nested
		}
		if open {
			return roleClose // a straight mark cannot nest inside its own family
		}
		return roleOpen
	case rightFlank && !leftFlank:
		if open {
			return roleClose
		}
		return 0
	default:
		if open {
			return roleClose
		}
		if info.family == familySingle {
			return 0 // a lone ' between spaces or letters
		}
		return roleOpen
	}
}

// startsYear reports whether s opens with the two digits of a year and no
// third digit: "16 race" after the apostrophe of ‘16.
func startsYear(s string) bool {
	return len(s) >= 2 && isDigit(rune(s[0])) && isDigit(rune(s[1])) && (len(s) == 2 || !isDigit(rune(s[2])))
}

func isFamilyOpen(stack []openMark, f markFamily) bool {
	for _, o := range stack {
		if o.family == f {
			return true
		}
	}
	return false
}

func isOpeningPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', ';', ',', '…':
		return true
	}
	return false
}

// isFollowedByCue reports whether the word after offset i is a reporting verb,
// as in "the Joneses’ said" (rare) or "’ he said".
func isFollowedByCue(text string, i int) bool {
	return cueWords[wordAt(text, i)].verb
}

// wordAt returns the lower-case ASCII word that follows offset i after
// spaces ("" when none does).
func wordAt(text string, i int) string {
	j := i
	for j < len(text) && text[j] == ' ' {
		j++
	}
	k := j
	for k < len(text) && ('a' <= text[k] && text[k] <= 'z') {
		k++
	}
	return text[j:k]
}

// notAfterPossessive are words a possessive never stands before, so that
// the ’ before them closes a quotation: ‘significant changes’ to the way.
var notAfterPossessive = wordSet(`to of and or but in on at for with by from as than into is was are were that which who the a an this its their his her`)
