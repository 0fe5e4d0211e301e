package timex

// Reading numbers, ordinals and years, in digits or in words.

// unknownCount marks a vague count: "a few days" is PXD.
const unknownCount = -1

// cardinal reads a count at token i: "3", "1.5", "two", "twenty-four",
// "a" (when allowArticle), "a few", "several", "a couple of", "two and a half",
// "half a", "a dozen". It returns the count and the token after it.
func (p *parser) cardinal(i int, allowArticle bool) (float64, int, bool) {
	t := p.tok(i)
	switch {
	case t.kind == tNum && t.num >= 1 && t.num <= 3 && p.punct(i+1, '/') && p.glued(i+1) && p.tok(i+2).kind == tNum && p.glued(i+2) && (p.tok(i+2).num == 2 || p.tok(i+2).num == 4) && t.num < p.tok(i+2).num && !p.glued(i+3) || t.kind == tNum && t.num >= 1 && t.num <= 3 && p.punct(i+1, '/') && p.glued(i+1) && p.tok(i+2).kind == tNum && p.glued(i+2) && (p.tok(i+2).num == 2 || p.tok(i+2).num == 4) && t.num < p.tok(i+2).num && p.is(i+3, "h"):
		// a fraction of a unit: "1/2 hour", "3/4h"
		return float64(t.num) / float64(p.tok(i+2).num), i + 3, true
	case t.kind == tNum:
		if t.nd > 9 || p.glued(i) && (p.tok(i-1).kind == tWord && !(p.tok(i-1).lex() != nil && p.tok(i-1).lex().unit != uNone) || p.punct(i-1, '%')) {
			return 0, i, false
		}
		if p.punct(i-1, ',') && p.glued(i) && p.glued(i-1) && p.tok(i-2).kind == tNum {
			return 0, i, false // the "000" of "40,000": inside a number
		}
		n := float64(t.num)
		j := i + 1
		for p.punct(j, ',') && p.glued(j) && p.tok(j+1).kind == tNum && p.glued(j+1) && p.tok(j+1).nd == 3 {
			n = n*1000 + float64(p.tok(j+1).num) // "40,000 years"
			j += 2
		}
		if p.punct(j, '.') && p.glued(j) && p.tok(j+1).kind == tNum && p.glued(j+1) && p.tok(j+1).nd <= 2 {
			f := float64(p.tok(j + 1).num)
			for k := int16(0); k < p.tok(j+1).nd; k++ {
				f /= 10
			}
			n += f
			j += 2
		}
		// "2 1/2 years"
		if p.tok(j).kind == tNum && p.tok(j).num == 1 && p.punct(j+1, '/') && p.glued(j+1) && p.tok(j+2).kind == tNum && p.glued(j+2) && p.tok(j+2).num == 2 {
			return n + 0.5, j + 3, true
		}
		return p.andAHalf(n, j)
	case t.kind == tWord && t.lex() != nil:
		e := t.lex()
		switch {
		case e.num > 0 && e.num < 100:
			n := e.num
			j := i + 1
			if n >= 20 && n%10 == 0 {
				// "twenty-four", "twenty four"
				k := j
				if p.dash(k) && p.glued(k) {
					k++
				}
				if u := p.tok(k).lex(); u != nil && u.num > 0 && u.num < 10 && p.tok(k).kind == tWord {
					n += u.num
					j = k + 1
				}
			}
			if p.is(j, "hundred") {
				n *= 100
				j++
			}
			// "three-quarters of an hour"
			if k := j; n < 4 && (p.dash(k) && p.glued(k) && p.is(k+1, "quarters") || p.is(k, "quarters")) {
				if p.dash(k) {
					k++
				}
				if p.isKw(k+1, kwOf) && p.isKw(k+2, kwA) {
					return float64(n) / 4, k + 3, true
				}
			}
			if p.is(j, "thousand") {
				n *= 1000
				j++
			}
			return p.andAHalf(float64(n), j)
		case e.num == 12 && p.is(i, "dozen"):
			return 12, i + 1, true
		case e.kw == kwA:
			switch {
			case p.isKw(i+1, kwFew):
				return unknownCount, i + 2, true
			case p.isKw(i+1, kwCouple):
				j := i + 2
				if p.isKw(j, kwOf) {
					j++
				}
				return 2, j, true
			case p.is(i+1, "dozen"):
				return 12, i + 2, true
			case p.is(i+1, "hundred"):
				return 100, i + 2, true
			case p.isKw(i+1, kwHalfWord): // "a half hour"
				return 0.5, i + 2, true
			case p.is(i+1, "quarter") && p.isKw(i+2, kwOf) && p.isKw(i+3, kwA): // "a quarter of an hour"
				return 0.25, i + 4, true
			case allowArticle:
				return p.andAHalf(1, i+1)
			}
		case e.kw == kwFew || e.kw == kwSeveral || e.kw == kwMany:
			return unknownCount, i + 1, true
		case e.kw == kwCouple:
			j := i + 1
			if p.isKw(j, kwOf) {
				j++
			}
			return 2, j, true
		case e.kw == kwHalfWord && p.isKw(i+1, kwA):
			return 0.5, i + 2, true
		}
	}
	return 0, i, false
}

// andAHalf reads "and a half" after a count: "two and a half years".
func (p *parser) andAHalf(n float64, j int) (float64, int, bool) {
	if p.isKw(j, kwAnd) && p.isKw(j+1, kwA) && p.isKw(j+2, kwHalfWord) {
		return n + 0.5, j + 3, true
	}
	return n, j, true
}

// ordinal reads a day-like ordinal at token i: "12th", "1st", "first",
// "twenty-fourth". It returns the value and the token after it.
func (p *parser) ordinal(i int) (int, int, bool) {
	t := p.tok(i)
	switch t.kind {
	case tNum:
		if t.nd <= 2 && p.tok(i+1).kind == tWord && p.glued(i+1) {
			switch {
			case p.is(i+1, "st"), p.is(i+1, "nd"), p.is(i+1, "rd"), p.is(i+1, "th"):
				return t.num, i + 2, true
			}
		}
	case tWord:
		if t.lex() == nil {
			return 0, i, false
		}
		if t.lex().ord > 0 && t.lex().ord < 20 {
			return t.lex().ord, i + 1, true
		}
		if t.lex().num == 20 || t.lex().num == 30 {
			k := i + 1
			if p.dash(k) && p.glued(k) {
				k++
			}
			if o := p.tok(k).lex(); o != nil && o.ord > 0 && o.ord < 10 {
				return t.lex().num + o.ord, k + 1, true
			}
		}
		if t.lex().ord == 20 || t.lex().ord == 30 {
			return t.lex().ord, i + 1, true
		}
	}
	return 0, i, false
}

// dayOfMonth reads a day 1..31 as a bare number or an ordinal.
func (p *parser) dayOfMonth(i int) (int, int, bool) {
	if d, j, ok := p.ordinal(i); ok && d >= 1 && d <= 31 {
		return d, j, true
	}
	t := p.tok(i)
	if t.kind == tNum && t.nd <= 2 && t.num >= 1 && t.num <= 31 {
		return t.num, i + 1, true
	}
	return 0, i, false
}

// year reads a year at token i: "2013", "'96" and, when short is set, "96";
// with "AD"/"BC" after it any number of up to four digits. It returns the
// year and the token after it.
func (p *parser) year(i int, short bool) (int, int, bool) {
	t := p.tok(i)
	if (t.kind == tPunct && (t.ch == '\'' || t.ch == '\u2019')) && p.tok(i+1).kind == tNum && p.tok(i+1).nd == 2 && p.glued(i+1) {
		return p.era(century(p.tok(i+1).num), i+2)
	}
	if t.kind == tWord && t.lex() != nil && (t.lex().num >= 10 && t.lex().num <= 20 || t.lex().num == 2 && p.is(i+1, "thousand")) {
		// spoken years: "nineteen ninety-six", "two thousand ten"
		return p.spokenYear(i)
	}
	if t.kind != tNum || p.glued(i+1) && p.tok(i+1).kind == tNum {
		return 0, i, false
	}
	// a year is not part of a larger number: "1,194" or "10.5"
	if (p.punct(i+1, ',') || p.punct(i+1, '.')) && p.glued(i+1) && p.tok(i+2).kind == tNum && p.glued(i+2) {
		return 0, i, false
	}
	if i > 0 && p.glued(i) && (p.punct(i-1, '.') || p.punct(i-1, ',') && !(p.tok(i-2).kind == tNum && p.tok(i-2).nd <= 2 && t.nd == 4) || p.punct(i-1, '$')) {
		return 0, i, false
	}
	switch {
	case t.nd == 4 && t.num >= 1000 && t.num <= 3999:
		return p.era(t.num, i+1)
	case t.nd == 2 && short:
		return p.era(century(t.num), i+1)
	case t.nd <= 4 && t.num > 0 && (p.isKw(i+1, kwBC) || p.isKw(i+1, kwAD) && !p.glued(i+1) || p.dottedEra(i+1)):
		return p.era(t.num, i+1)
	}
	return 0, i, false
}

// era reads "AD", "BC", "A.D.", "B.C." after a year.
func (p *parser) era(y, j int) (int, int, bool) {
	switch {
	case p.isKw(j, kwAD) && !p.glued(j):
		return y, j + 1, true
	case p.isKw(j, kwBC) && !p.glued(j):
		return -y, j + 1, true
	case (p.is(j, "a") || p.is(j, "b")) && p.punct(j+1, '.') && (p.is(j+2, "d") || p.is(j+2, "c")) && p.glued(j+1) && p.glued(j+2):
		k := j + 3
		if p.punct(k, '.') && p.glued(k) {
			k++
		}
		if p.is(j, "b") {
			return -y, k, true
		}
		return y, k, true
	case p.is(j, "be") && !p.glued(j): // Buddhist era
		return y - 543, j + 1, true
	}
	return y, j, true
}

// dottedEra reports "A.D." or "B.C." at j.
func (p *parser) dottedEra(j int) bool {
	return (p.is(j, "a") || p.is(j, "b")) && p.punct(j+1, '.') && (p.is(j+2, "d") || p.is(j+2, "c")) && p.glued(j+1) && p.glued(j+2) && !p.glued(j)
}

func century(yy int) int {
	if yy < 50 {
		return 2000 + yy
	}
	return 1900 + yy
}

// spokenYear reads "nineteen ninety-six" or "two thousand ten".
func (p *parser) spokenYear(i int) (int, int, bool) {
	first := p.tok(i).lex().num
	if p.is(i+1, "thousand") && first == 2 {
		n, j, ok := p.cardinal(i+2, false)
		if p.isKw(i+2, kwAnd) {
			n, j, ok = p.cardinal(i+3, false)
		}
		if ok && n > 0 && n < 100 {
			return 2000 + int(n), j, true
		}
		return 2000, i + 2, true
	}
	if first >= 11 && first <= 20 { // "ten thirty" is a time of day
		n, j, ok := p.cardinal(i+1, false)
		if ok && n >= 10 && n < 100 && n == float64(int(n)) {
			return first*100 + int(n), j, true
		}
	}
	return 0, i, false
}
