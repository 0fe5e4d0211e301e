package timex

import "time"

// Resolution of underspecified dates against the reference date, with the
// news bias: a weekday, a month or a day without a year points to the past
// in a past-tense sentence ("Lavrov said on Monday") and to the future in a
// future-tense one ("will meet on Monday"); without a cue, to the nearest.

const (
	biasNone   = 0
	biasPast   = -1
	biasFuture = 1
	biasNext   = 2 // no tense, but the expression stands alone: the next occurrence
	// a present perfect ("has kept"): past, unless "until" or "by" before
	// the expression looks ahead ("has kept markets closed until Friday")
	biasPerfect = -2
	// a present passive ("is set to end by May"): no tense of
	// its own, but the clause's verb is found; the preposition decides
	biasPresent = -3
	// a month in a sentence in the present ("The vote is in June"): the
	// nearest one, ahead or past (monthBias)
	biasNear = 3
)

// bias reads the tense around token i: the nearest tense cue in the same
// sentence, looking a bounded distance either way.
func (p *parser) bias(i int) int {
	if p.ahead {
		return biasFuture // Options.Ahead: every such date lies ahead
	}
	// a preposition right before the expression decides: "until May",
	// "by Friday" look ahead; "since May" looks back.
	weak := biasNone // "to" before a verb, "by", "until": used when nothing stronger is found
	for k := i - 1; k >= i-4 && k >= 0; k-- {
		switch p.kw(k) {
		case kwUntil, kwBy, kwThrough:
			weak = biasFuture
		case kwSince:
			return biasPast
		case kwIn, kwOn, kwThe, kwAt, kwOf, kwEarly, kwLate, kwMid, kwAfter, kwBefore, kwLeast:
			continue
		}
		if p.is(k, "shortly") || p.is(k, "just") || p.is(k, "soon") && p.is(k-1, "as") {
			if p.is(k, "soon") {
				return biasFuture
			}
			continue
		}
		if p.is(k, "as") && p.is(k-1, "soon") && p.is(k-2, "as") {
			return biasFuture
		}
		if p.isKw(k, kwOf) && p.is(k-1, "ahead") {
			return biasFuture
		}
		break
	}
	// "Wednesday's ruling": an event already named
	if (p.punct(i+1, '\'') || p.punct(i+1, '\u2019')) && p.is(i+2, "s") && p.glued(i+1) && p.tok(i).lex() != nil && p.tok(i).lex().wday != 0 {
		return biasPast
	}
	const reach = 30
	leftOpen, rightOpen := true, true
	for d := 1; d <= reach && (leftOpen || rightOpen); d++ {
		l, r := i-d, i+d
		if leftOpen && l >= 0 && !p.boundaryBefore(l+1) {
			if b := p.cue(l); b != biasNone {
				return perfect(b, weak)
			}
			if weak == biasNone && p.toVerb(l) {
				weak = biasFuture
			}
		} else {
			leftOpen = false
		}
		if rightOpen && p.quoteMark(r) {
			rightOpen = false // the quotation ends: "will leave at 4 (4 a.m. Thursday),'' Castro said"
		}
		if rightOpen && r < len(p.toks) && !p.boundaryBefore(r) {
			if b := p.cue(r); b != biasNone {
				return perfect(b, weak)
			}
			if weak == biasNone && p.toVerb(r) {
				weak = biasFuture
			}
		} else {
			rightOpen = false
		}
	}
	if weak == biasNone && p.isolated(i) {
		// alone on its line ("Monday", "at 3am", "Deadline: May"): the next one
		return biasNext
	}
	return weak
}

// quoteMark reports a double quotation mark at token i: a straight or
// curly one, or two apostrophes, as wire copy writes a closing quote.
func (p *parser) quoteMark(i int) bool {
	t := p.tok(i)
	if t.kind != tPunct {
		return false
	}
	switch t.ch {
	case '"', '\u201c', '\u201d':
		return true
	case '\'':
		return p.punct(i+1, '\'') && p.glued(i+1) || p.punct(i-1, '\'') && p.glued(i)
	}
	return false
}

// perfect resolves a present perfect cue against the preposition's lean.
func perfect(b, weak int) int {
	switch b {
	case biasPerfect:
		if weak == biasFuture {
			return biasFuture
		}
		return biasPast
	case biasPresent:
		return weak
	}
	return b
}

// isolated reports an expression standing alone on its line, with nothing
// around it but words of the grammar and punctuation: a caption, a form
// field, a note. Such an expression names the next occurrence.
func (p *parser) isolated(i int) bool { return p.isolatedSpan(i, i+1) }

// isolatedSpan is isolated for the tokens [i, j), which may be any words:
// "eleven oh five".
func (p *parser) isolatedSpan(i, j int) bool {
	const reach = 24
	ok := func(k int) bool {
		t := p.tok(k)
		if t.kind != tWord || p.glued(k) && p.tok(k-1).kind == tNum {
			return true // punctuation, numbers, "rd" in "3rd"
		}
		if t.lex() == nil {
			return false
		}
		switch t.lex().kw {
		case kwLast, kwEarlier, kwAgo, kwYesterday, kwUpcoming:
			return true // these resolve themselves and set no tense
		}
		return t.lex().flags&(fPast|fFuture|fPresent) == 0
	}
	for k := i; k >= 0 && k > i-reach; k-- {
		if k != i && !ok(k) || k == i && !ok(k) && j == i+1 {
			return false
		}
		if p.tok(k).nl || k == 0 {
			break
		}
		if k == i-reach+1 {
			return false
		}
	}
	for k := i + 1; ; k++ {
		if k >= len(p.toks) || p.tok(k).nl {
			return true
		}
		if k >= i+reach || k >= j && !ok(k) {
			return false
		}
	}
}

// toVerb reports "to" before a verb: "plans to meet", "set to resume".
func (p *parser) toVerb(i int) bool {
	if !p.is(i, "to") {
		return false
	}
	nx := p.tok(i + 1)
	return nx.kind == tWord && nx.lex() == nil && !nx.cap && !p.is(i-1, "according")
}

// cue classifies token i as a past or future cue.
func (p *parser) cue(i int) int {
	t := p.tok(i)
	if t.kind == tPunct && (t.ch == '\'' || t.ch == '\u2019') && p.is(i+1, "ll") {
		return biasFuture
	}
	if t.kind != tWord {
		return biasNone
	}
	if t.lex() != nil {
		switch {
		case t.lex().flags&fFuture != 0:
			if p.is(i, "going") && !p.is(i+1, "to") {
				return biasNone
			}
			if p.is(i, "could") || p.is(i, "might") {
				switch {
				case p.is(i+1, "have"):
					return biasPast // "could have been"
				case p.is(i+1, "be"), p.is(i+1, "not"):
					return biasNone // "could be located Wednesday", "could not say"
				}
			}
			return biasFuture
		case t.lex().flags&fPast != 0:
			if (p.is(i+1, "to") || p.is(i+1, "for")) && (p.is(i, "set") || p.is(i, "agreed") || p.is(i, "scheduled")) {
				return biasFuture
			}
			if b, ok := p.passive(i); ok {
				return b
			}
			if t.lex().kw == kwLast || t.lex().kw == kwEarlier || t.lex().kw == kwAgo || t.lex().kw == kwYesterday {
				return biasNone // these resolve themselves; they do not set the tense of others
			}
			if p.isKw(i-1, kwA, kwThe) || p.is(i-1, "any") || p.is(i-1, "rate") || p.is(i-1, "tax") {
				return biasNone // "any cut", "a rate cut", "the set": a noun
			}
			return biasPast
		}
		return biasNone
	}
	w := p.str(i)
	if len(w) >= 5 && (w[len(w)-2:] == "ed") && !t.cap {
		// an adjective: "a still unspecified date", "the planned merger"
		switch {
		case p.isKw(i-1, kwThe, kwA), p.is(i-1, "still"), p.is(i-1, "stay"), p.is(i-1, "stays"), p.is(i-1, "remain"), p.is(i-1, "remains"), p.is(i-1, "its"), p.is(i-1, "their"), p.is(i-1, "his"), p.is(i-1, "her"), p.is(i-1, "newly"), p.is(i-1, "previously"):
			return biasNone
		}
		switch w {
		case "need", "speed", "breed", "proceed", "succeed", "exceed", "indeed", "hundred", "embed", "bleed":
			return biasNone
		case "supposed", "expected", "scheduled", "slated", "due":
			// "talks supposed to conclude by May": what is to come
			if p.is(i+1, "to") && !p.is(i-1, "was") && !p.is(i-1, "were") && !p.is(i-1, "been") {
				return biasFuture
			}
		}
		if len(w) > 6 && w[:2] == "un" || p.is(i+1, "by") && p.tok(i-1).lex() == nil && len(p.str(i-1)) > 3 {
			// an adjective, or a participle after its noun: "new markets
			// untouched by the crisis", "a plan backed by banks"
			if _, ok := p.passive(i); !ok {
				return biasNone
			}
		}
		// "to be held", "are expected": a participle after to be/will be is not past.
		if b, ok := p.passive(i); ok {
			return b
		}
		if p.is(i-1, "be") || p.is(i-1, "been") {
			switch {
			case p.is(i-2, "will"), p.is(i-2, "to"), p.is(i-2, "shall"), p.is(i-2, "ll"):
				return biasFuture
			case p.is(i-2, "could"), p.is(i-2, "would"), p.is(i-2, "might"), p.is(i-2, "may"), p.is(i-2, "must"), p.is(i-2, "not"), p.is(i-2, "should"):
				return biasNone
			}
			return biasPast
		}
		return biasPast
	}
	return biasNone
}

// weekdayDate resolves a weekday (1 Monday .. 7 Sunday) against the reference.
func (p *parser) weekdayDate(wd, bias int) time.Time {
	ref := p.ref
	back := (isoWeekday(ref) - wd + 7) % 7 // days back to the most recent such day, 0 = today
	switch bias {
	case biasPast:
		return ref.AddDate(0, 0, -back)
	case biasFuture, biasNext:
		fwd := (wd - isoWeekday(ref) + 7) % 7
		return ref.AddDate(0, 0, fwd)
	}
	// no cue: news mostly reports what happened, so lean to the past
	// unless the day is close ahead
	fwd := (7 - back) % 7
	if back <= fwd {
		return ref.AddDate(0, 0, -back)
	}
	return ref.AddDate(0, 0, fwd)
}

// monthBias is bias for a month named alone at token i, or biasNear when
// no tense is found but "is" or "are" stands near it in its sentence: "The
// vote is in June", "June is very much in play".
func (p *parser) monthBias(i int) int {
	b := p.bias(i)
	if b != biasNone {
		return b
	}
	for k := i - 1; k >= i-5 && !p.boundaryBefore(k+1); k-- {
		if p.presentCopula(k) {
			return biasNear
		}
	}
	for k := i + 1; k <= i+3 && k < len(p.toks) && !p.boundaryBefore(k); k++ {
		if p.presentCopula(k) {
			return biasNear
		}
	}
	return b
}

// presentCopula reports "is" or "are" at token k, not before a participle.
func (p *parser) presentCopula(k int) bool {
	if !p.is(k, "is") && !p.is(k, "are") {
		return false
	}
	w := p.str(k + 1)
	return !(len(w) > 3 && (w[len(w)-2:] == "ed" || w[len(w)-2:] == "en"))
}

// monthYear picks the year of a month named without one.
func (p *parser) monthYear(m, bias int) int {
	y, rm := p.ref.Year(), int(p.ref.Month())
	if bias == biasNext {
		bias = biasFuture
	}
	ahead := (m - rm + 12) % 12 // months until the next such month
	if ahead >= 1 && ahead <= 2 && bias != biasPast || ahead == 1 {
		// the coming month or the one after: a reporter would write "last
		// November" for the other
		if m < rm {
			return y + 1
		}
		return y
	}
	switch bias {
	case biasPast:
		if m > rm {
			return y - 1
		}
		return y
	case biasFuture:
		if m < rm {
			return y + 1
		}
		return y
	case biasNear:
		if ahead <= 5 && m < rm {
			return y + 1
		}
		if ahead <= 5 || m <= rm {
			return y
		}
		return y - 1
	}
	// no cue: news reports what happened
	if m > rm {
		return y - 1
	}
	return y
}

// dayYear picks the year of a month and day named without a year: the
// nearest, unless the tense says otherwise by more than a fortnight.
func (p *parser) dayYear(m, d, bias int) int {
	ref := p.ref
	if bias == biasNext {
		bias = biasNone // a day and month alone: the nearest
	}
	if p.ahead { // the first such day from the reference's on
		today := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
		for y := ref.Year(); y < ref.Year()+8; y++ { // 29 February comes back within 8 years
			if validDate(y, m, d) && !time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Before(today) {
				return y
			}
		}
	}
	best, bestDist := ref.Year(), time.Duration(1<<62)
	var bestT time.Time
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if !validDate(y, m, d) {
			continue
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		dist := t.Sub(ref)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist, bestT = y, dist, t
		}
	}
	const slack = 80 * 24 * time.Hour
	switch {
	case bias == biasPast && bestT.Sub(ref) > slack:
		best--
	case bias == biasFuture && ref.Sub(bestT) > slack:
		best++
	}
	return best
}

// quarterYear picks the year of a quarter named without one.
func (p *parser) quarterYear(q, bias int) int {
	// Reports speak of the latest quarter with that number: the tense of
	// "expects to report third-quarter results" does not move it.
	y, rq := p.ref.Year(), (int(p.ref.Month())-1)/3+1
	if bias == biasFuture {
		if q < rq {
			return y + 1
		}
		return y
	}
	if q > rq {
		return y - 1
	}
	return y
}

// seasonYear picks the year of a season named without one: a winter's
// year is the one it begins in.
func (p *parser) seasonYear(s, bias int) int {
	cur := at(p.ref, gSeason)
	if bias == biasNext {
		bias = biasFuture
	}
	switch bias {
	case biasPast: // the latest such season, the current one included
		if s > cur.n {
			return cur.y - 1
		}
		return cur.y
	case biasFuture: // the first such season from the current one on
		if s < cur.n {
			return cur.y + 1
		}
		return cur.y
	}
	return seasonOfYear(p.ref, s)
}

// passive reads the auxiliary before a participle: "is heard" is present,
// "was heard" past, "will be heard" future, "has extended" a present
// perfect.
func (p *parser) passive(i int) (int, bool) {
	switch {
	case p.is(i-1, "is"), p.is(i-1, "are"), p.is(i-1, "being"):
		return biasPresent, true
	case p.is(i-1, "has"), p.is(i-1, "have"), p.is(i-1, "ve"):
		return biasPerfect, true
	case p.is(i-1, "was"), p.is(i-1, "were"):
		return biasPast, true
	case p.is(i-1, "be"):
		switch {
		case p.is(i-2, "will"), p.is(i-2, "to"), p.is(i-2, "shall"), p.is(i-2, "ll"):
			return biasFuture, true
		}
		return biasNone, true
	}
	return biasNone, false
}
