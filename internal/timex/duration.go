package timex

// Durations: counts of units, in digits or words, with fractions and
// several parts.

// durationFrom reads a duration at j: "two days", "18 months", "1 hour, 5
// minutes and 30 seconds", "1d 2hr 5min", "half an hour", "a minute and a
// half", "two-year", "several years".
func (p *parser) durationFrom(j int) *node {
	var parts []durPart
	shortOnly := 0 // parts written with a one-letter unit other than h
	k := j
	for len(parts) < 6 {
		n, e, ok := p.cardinal(k, len(parts) == 0 || true)
		if !ok {
			break
		}
		// "two to three weeks", "12 to 18 months": the first count
		if p.isKw(e, kwTo, kwOr) || p.dash(e) && !p.glued(e) {
			if _, e2, ok := p.cardinal(e+1, false); ok && e2 > e+1 {
				if u2 := p.tok(e2).lex(); u2 != nil && u2.unit != uNone && p.tok(e2).kind == tWord {
					e = e2
				}
			}
		}
		// "20 more years", "eight trading days", "three upcoming months"
		if p.isKw(e, kwMore, kwUpcoming, kwComing) || p.is(e, "additional") || p.is(e, "straight") || p.is(e, "consecutive") || p.is(e, "full") || p.is(e, "trading") || p.is(e, "business") || p.is(e, "working") || p.is(e, "calendar") {
			if u2 := p.tok(e + 1).lex(); u2 != nil && u2.unit != uNone && p.tok(e+1).kind == tWord {
				e++
			}
		}
		u := p.tok(e)
		// "two-year", "16-hour"
		if p.dash(e) && p.glued(e) && p.glued(e+1) {
			u = p.tok(e + 1)
			if u.lex() != nil && u.lex().unit != uNone && !u.lex().plural && u.kind == tWord {
				e++
			}
		}
		if u.kind != tWord || u.lex() == nil || u.lex().unit == uNone {
			break
		}
		// glued short units only after digits: "5m", "2hr"; spaced single letters are not units
		short := u.lex().flags&fShortUnit != 0 && (u.end-u.start <= 3 || p.is(e, "mins") || p.is(e, "hrs") || p.is(e, "secs"))
		if short && !p.glued(e) && (u.end-u.start == 1) && len(parts) == 0 && !(p.punct(k+1, '/') && p.is(e, "h")) {
			break
		}
		if short && u.end-u.start == 1 && u.upper && !p.is(e, "h") {
			break // "3D", "5G": not days, not minutes
		}
		if short && u.upper && u.end-u.start > 1 && !p.glued(e) {
			break // "An SEC spokesperson": an acronym, not "a sec"
		}
		if short && (p.is(e, "m") || p.is(e, "s") || p.is(e, "y")) {
			shortOnly++
		}
		if p.is(e, "second") && p.isKw(k, kwA) {
			// "a second resolution": "second" after "a" is an ordinal unless
			// the clause ends or a time word follows.
			nx := p.tok(e + 1)
			if nx.kind == tWord && nx.lex() == nil {
				break
			}
			if p.isKw(e+1, kwFrom, kwAnd) && !p.is(e+2, "now") && !(p.isKw(e+2, kwA) && p.isKw(e+3, kwHalfWord)) {
				break // "added a second from the penalty spot" (but "a second and a half", "a second from now")
			}
		}
		if (p.is(e, "mon") || p.is(e, "sat") || p.is(e, "sun")) && !p.glued(e) && p.tok(e+1).kind != tPunct && e+1 < len(p.toks) {
			break
		}
		if n == 1 && p.isKw(k, kwA) && u.lex().plural && p.dash(e+1) && p.glued(e+1) {
			break // "a years-long fight", "a decades-old law"; "a days ago" is a slip for "a day ago"
		}
		if p.dash(e+1) && p.glued(e+1) && (p.is(e+2, "earlier") || p.is(e+2, "ago")) {
			break // "a year-earlier loss"
		}
		if p.tok(k).kind == tNum && p.tok(k).nd == 4 && n >= 1900 && n <= 2099 && !u.lex().plural {
			break // "the 1988 quarter"
		}
		if u.lex().unit == uQuarter && (p.isKw(e+1, kwOf) && e == k+1 || p.isKw(k, kwA) || u.lex().plural && p.dash(e-1)) {
			break // "three-quarters of", "a quarter of the vote"
		}
		if p.is(e, "second") {
			nx := p.tok(e + 1)
			if nx.kind == tWord && !p.isKw(e+1, kwAgo, kwLater, kwEarlier, kwBefore, kwAfter, kwFrom, kwHence, kwAnd) {
				break // "a second resolution", "1988 second quarter"
			}
		}
		parts = append(parts, durPart{n, u.lex().unit})
		k = e + 1
		// "a minute and a half"
		if p.isKw(k, kwAnd) && p.isKw(k+1, kwA) && p.isKw(k+2, kwHalfWord) && n >= 0 {
			parts[len(parts)-1].n += 0.5
			k += 3
		}
		// another part: ", 5 minutes", "and 30 seconds", ", and 30 seconds", glued "2hr5min"
		nk := k
		if p.punct(nk, ',') {
			nk++
		}
		if p.isKw(nk, kwAnd) {
			nk++
		}
		if _, e2, ok := p.cardinal(nk, false); ok {
			if u2 := p.tok(e2).lex(); u2 != nil && u2.unit != uNone && u2.unit < parts[len(parts)-1].unit && p.tok(e2).kind == tWord {
				k = nk
				continue
			}
		}
		break
	}
	if len(parts) == 1 && shortOnly == 1 && !p.signed {
		return nil // "5m", "3y" alone are too ambiguous
	}
	if len(parts) > 0 {
		// an age: "37 years old", "a 6-year-old"
		if p.is(k, "old") || p.dash(k) && p.is(k+1, "old") {
			return nil
		}
	}
	if len(parts) == 0 {
		// "half an hour", "half a day"
		if p.isKw(j, kwHalfWord) && p.isKw(j+1, kwA) {
			if u := p.tok(j + 2).lex(); u != nil && u.unit != uNone && !u.plural {
				return &node{end: j + 3, typ: Duration, dur: dur{[]durPart{{0.5, u.unit}}}.normalize()}
			}
		}
		return nil
	}
	out := &node{end: k, typ: Duration, dur: dur{parts}.normalize()}
	out.adj = len(parts) == 1 && p.dash(k-2) && p.glued(k-1)
	return out
}

// superlative reports a record before "in": "the lowest level in six
// years", "the first time in a decade" measure a span, not a moment ahead.
func (p *parser) superlative(k int) bool {
	for d := 0; d < 3; d++ {
		w := p.str(k - d)
		if p.tok(k-d).kind != tWord {
			return false
		}
		if len(w) > 4 && w[len(w)-3:] == "est" && w != "interest" && w != "request" && w != "protest" && w != "harvest" && w != "forest" && w != "contest" && w != "arrest" && w != "invest" || p.is(k-d, "first") || p.is(k-d, "best") || p.is(k-d, "worst") || p.is(k-d, "most") || p.is(k-d, "least") || p.is(k-d, "time") {
			return true
		}
	}
	return false
}

// rate reports an amount ending at token k, before "a day" or "an
// hour" that makes it a rate, which recurs (a set, not a duration): "$17", "5%", "$5 million", "40 cents",
// "15,000 vehicles". A year ("in 2019 a year later") is not an amount.
func (p *parser) rate(k int) bool {
	t := p.tok(k)
	if p.isKw(k+3, kwAfter, kwBefore, kwLater, kwEarlier, kwAgo) || p.tok(k-1).lex() != nil && p.tok(k-1).lex().month != 0 {
		return false // "June 5 a day after the rally"
	}
	if (p.is(k, "m") || p.is(k, "k")) && p.tok(k-1).kind == tNum && p.glued(k) {
		return true // "£25m a day"
	}
	switch {
	case t.kind == tNum:
		return t.nd != 4 || p.punct(k-1, '$') || p.punct(k-1, '£') || p.punct(k-1, '€')
	case p.punct(k, '%'):
		return true
	case t.kind != tWord || t.lex() != nil:
		return false
	}
	switch p.str(k) {
	case "million", "billion", "trillion", "thousand", "bn", "cents", "pence", "dollars", "pounds", "euros", "percent":
		return true
	}
	w := p.str(k)
	return !t.cap && len(w) > 3 && w[len(w)-1] == 's' && p.tok(k-1).kind == tNum
}

// ruleDuration reads a duration, and bare plural units after "for", "in",
// "over": "for years" is PXY.
func (p *parser) ruleDuration(i int) *node {
	if p.isKw(i, kwA, kwPer) && (p.is(i-1, "twice") || p.is(i-1, "once") || p.is(i-1, "thrice") || p.is(i-1, "times")) {
		return nil // "twice a year" is a set
	}
	if p.someDay(i) || p.occasion(i) {
		return nil // ruleRef reads it, when it is to come
	}
	if p.isKw(i, kwA) && p.isUnit(i+1, uDay) && p.is(i+2, "like") {
		return nil // "a day like this" is an occasion
	}
	if p.isKw(i, kwA) && p.rate(i-1) {
		return nil // "$17 an hour", "15,000 vehicles a day": a rate, a set
	}
	// "the worst single-day fall": one day
	if p.is(i, "single") && p.dash(i+1) && p.glued(i+1) && p.glued(i+2) && p.isUnit(i+2, uDay) && !p.tok(i+2).lex().plural {
		return &node{end: i + 3, typ: Duration, dur: dur{[]durPart{{1, uDay}}}, adj: true}
	}
	if n := p.durationFrom(i); n != nil {
		if (p.isKw(i-1, kwAt) || p.punct(i-1, '@')) && n.end == i+2 && p.is(i+1, "h") && p.glued(i+1) {
			return nil // "at 15h" is a time of day
		}
		// a count alone before a glued short unit needs digits: "5 m" is not
		if p.tok(i).kind == tWord && p.tok(n.end-1).lex() != nil && p.tok(n.end-1).lex().flags&fShortUnit != 0 && p.tok(n.end-1).end-p.tok(n.end-1).start <= 2 {
			return nil
		}
		// "in five years", "in 5 minutes": the moment that far from now,
		// unless the sentence is in the past ("rose 5% in two years")
		if p.isKw(i-1, kwIn) && !n.adj && len(n.dur.parts) >= 1 && n.dur.parts[0].n >= 0 && !p.isKw(n.end, kwOf, kwAgo, kwLater, kwEarlier) && !p.superlative(i-2) && p.bias(i) != biasPast {
			if s := p.shifted(n, 1, n.end); s != nil {
				return s
			}
		}
		return n
	}
	// "the first nine months", "the nine months"
	// "the first nine months"
	if p.is(i, "first") {
		if n := p.durationFrom(i + 1); n != nil {
			return n
		}
	}
	t := p.tok(i)
	// "a months-long strike"; "a decades-long dispute" lasts some years
	if t.kind == tWord && t.lex() != nil && t.lex().plural && t.lex().unit >= uDay && t.lex().unit <= uCentury && p.dash(i+1) && p.glued(i+1) && p.glued(i+2) && p.is(i+2, "long") {
		u := t.lex().unit
		if u == uDecade {
			u = uYear
		}
		return &node{end: i + 3, typ: Duration, dur: dur{[]durPart{{unknownCount, u}}}, adj: true}
	}
	if t.kind == tWord && t.lex() != nil && t.lex().unit != uNone && t.lex().plural && t.lex().unit >= uMinute && t.lex().unit <= uCentury {
		b := i - 1
		if p.is(b, "just") || p.is(b, "only") || p.is(b, "mere") {
			b-- // "in just minutes"
		}
		if p.isKw(b, kwFor, kwOver, kwWithin, kwIn, kwAfter) || p.isKw(i-1, kwRecent) || p.is(i-1, "coming") {
			if p.isKw(i-1, kwIn) && p.isKw(i+1, kwOf, kwAgo) {
				return nil
			}
			return &node{end: i + 1, typ: Duration, dur: dur{[]durPart{{unknownCount, t.lex().unit}}}}
		}
	}
	return nil
}
