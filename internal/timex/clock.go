package timex

// Times of day: clocks, am/pm, zones, hour ranges, "a quarter past".

import "time"

// ruleClock reads a time of day: "3 p.m.", "3pm", "15:00", "15:00 GMT",
// "9:01:10 AM", "noon", "midnight", "10 o'clock", "15h30", "11 at night".
// Its day is the reference day; attach puts it on a day named in the text.
func (p *parser) ruleClock(i int) *node {
	h, mi, s, j, mer, g, ok := p.clock(i)
	if !ok {
		return nil
	}
	c := cal{g: g, h: h, mi: mi, s: s}
	// a zone: "GMT", "EST", "UTC+02:45", "+0200", "(JST)", "Z"
	j, c = p.zone(j, c)
	// "in the afternoon", "at night", "tonight", "this evening"
	if mer == 0 && c.h <= 12 {
		k := j
		if p.isKw(k, kwIn) && p.isKw(k+1, kwThe) && p.tok(k+2).lex() != nil && p.tok(k+2).lex().pod != 0 {
			c = adjustPOD(c, int(p.tok(k+2).lex().pod), 0)
			j = k + 3
			mer = 3
		} else if p.isKw(k, kwAt) && p.is(k+1, "night") {
			if c.h < 6 || c.h == 12 {
				if c.h == 12 {
					c.h = 0
				}
			} else {
				c.h += 12
			}
			j = k + 2
			mer = 3
		} else if p.isKw(k, kwIn) && p.tok(k+1).lex() != nil && p.tok(k+1).lex().pod == podAfternoon {
			c = adjustPOD(c, podAfternoon, 0)
			j = k + 2
		} else if p.isKw(k, kwTonight) {
			c = adjustPOD(c, podEvening, 0)
			j = k + 1
			mer = 3
		}
	}
	n := &node{end: j, typ: Time, clockOnly: true, mer: mer, strong: mer != 0 || g >= gMinute}
	// "3:30", "at 3": a 12-hour dial without am or pm; "15:30", "3h30" are 24-hour
	n.dial = mer == 0 && c.h >= 1 && c.h <= 12 && (p.tok(i).kind == tNum && p.tok(i).nd == 1 && !p.is(i+1, "h") || p.tok(i).kind == tWord && p.tok(i).lex().num > 0)
	if p.hasRef {
		day := at(p.ref, gDay)
		if p.isKw(i, kwMidnight) && p.bias(i) != biasPast {
			day = day.shift(1) // the midnight that ends the day
		}
		n.c = withClock(day, c)
		n.c.g = c.g
	} else {
		c.noDate = true
		n.c = c
	}
	return n
}

// nextClock moves a time of day standing alone to its next occurrence
// after a reference that has a time of day: at 04:30, "3:30" is 15:30,
// "1am" and "3h18" tomorrow's. A part of the day keeps the day ("6 in the
// morning"), and so does a time to the minute within the current hour
// ("4:23" at 04:30 is just past). The other end of a range moves with it.
func (p *parser) nextClock(n *node) {
	rt := p.ref.Hour()*3600 + p.ref.Minute()*60 + p.ref.Second()
	if rt == 0 || n.c.noDate || p.isKw(n.start, kwMidnight) {
		return
	}
	ct := n.c.h*3600 + n.c.mi*60 + n.c.s
	if ct >= rt || n.c.g >= gMinute && n.c.h == p.ref.Hour() {
		return
	}
	if n.dial && n.c.h < 10 {
		n.c.h += 12 // "3:30" on a 12-hour dial
		if n.rng != nil && n.rng.c.h < n.c.h {
			r := *n.rng
			r.c.h += 12
			n.rng = &r
		}
		return
	}
	if n.mer == 3 {
		return
	}
	n.c = n.c.withDay(n.c.day().AddDate(0, 0, 1))
	if n.rng != nil {
		r := *n.rng
		r.c = r.c.withDay(r.c.day().AddDate(0, 0, 1))
		n.rng = &r
	}
}

// clock reads the time itself.
func (p *parser) clock(i int) (h, mi, s, end, mer int, g grain, ok bool) {
	t := p.tok(i)
	switch {
	case p.isKw(i, kwNoon) || p.is(i, "midday") && p.tok(i).kind == tWord:
		return 12, 0, 0, i + 1, 2, gHour, true
	case p.isKw(i, kwMidnight):
		return 0, 0, 0, i + 1, 1, gHour, true
	case t.kind == tWord:
		return p.spokenClock(i)
	case t.kind != tNum || t.nd > 2 && !(t.nd == 4 && (p.isAMPM(i+1) || p.isKw(i+1, kwAt))) && !(t.nd == 3 && p.isAMPM(i+1)) && !p.militaryClock(i):
		return
	}
	afterYear := p.tok(i-2).kind == tNum && p.tok(i-2).nd == 4 && (p.punct(i-1, '.') || p.punct(i-1, ':'))
	if i > 0 && p.glued(i) && !afterYear && (p.punct(i-1, '.') || p.punct(i-1, ',') || p.punct(i-1, '/') || p.punct(i-1, '$') || p.tok(i-1).kind == tWord && !p.punct(i-1, 'T')) && !p.is(i-1, "t") {
		return
	}
	h, j := t.num, i+1
	g = gHour
	if t.nd == 3 || t.nd == 4 { // "330 p.m.", "1030"
		h, mi = t.num/100, t.num%100
		g = gMinute
	}
	if (p.punct(j, ':') || p.punct(j, '.') && (p.isAMPMAfterMinutes(j+2) || p.isKw(i-1, kwAt) || p.tok(j+1).nd == 2 && p.zoneAt(j+2))) && p.glued(j) && p.tok(j+1).kind == tNum && p.glued(j+1) && p.tok(j+1).nd == 2 {
		mi = p.tok(j + 1).num
		j += 2
		g = gMinute
		if p.punct(j, ':') && p.glued(j) && p.tok(j+1).kind == tNum && p.tok(j+1).nd == 2 && p.glued(j+1) {
			s = p.tok(j + 1).num
			j += 2
			g = gSecond
			if p.punct(j, '.') && p.glued(j) && p.tok(j+1).kind == tNum && p.glued(j+1) { // milliseconds
				j += 2
			}
		}
	} else if p.is(j, "h") && p.glued(j) {
		// "15h30", "15h"
		j++
		g = gMinute
		if p.tok(j).kind == tNum && p.glued(j) && p.tok(j).nd == 2 {
			mi = p.tok(j).num
			j++
		}
		if h > 23 || mi > 59 {
			return
		}
		return h, mi, s, j, 0, g, true
	}
	if h > 24 || mi > 59 || s > 59 {
		return
	}
	if m, e := p.ampm(j); m != 0 {
		if h == 0 || h > 12 {
			return
		}
		if m == 2 && h < 12 {
			h += 12
		}
		if m == 1 && h == 12 {
			h = 0
		}
		return h, mi, s, e, m, g, true
	}
	if p.isKw(j, kwOclock) || p.is(j, "o") && (p.punct(j+1, '\'') || p.punct(j+1, '\u2019')) && p.isKw(j+2, kwClock) {
		e := j + 1
		if !p.isKw(j, kwOclock) {
			e = j + 3
		}
		if h > 12 {
			return
		}
		if m, e2 := p.ampm(e); m != 0 {
			if m == 2 && h < 12 {
				h += 12
			}
			return h, 0, 0, e2, m, gHour, true
		}
		return h, 0, 0, e, 0, gHour, true
	}
	if p.is(j, "o") && p.isKw(j+1, kwClock) {
		return h, 0, 0, j + 2, 0, gHour, true
	}
	if g >= gMinute && t.nd <= 2 {
		if h == 24 {
			h = 0
		}
		return h, mi, s, j, 0, g, true
	}
	if j == i+1 && p.militaryClock(i) {
		return h, mi, 0, j, 0, gMinute, true
	}
	// a bare hour: "at 1", "at 12" (chrono), "tonight at 8"; not a level:
	// "I'm at 10"
	be := p.is(i-2, "m") || p.is(i-2, "is") || p.is(i-2, "are") || p.is(i-2, "was") || p.is(i-2, "were") || p.is(i-2, "be")
	if (p.isKw(i-1, kwAt) && !be || p.punct(i-1, '@')) && t.nd <= 2 && h <= 12 && !(p.tok(j).kind == tWord && p.tok(j).lex() == nil) && !p.punct(j, '%') && !p.punct(j, '.') && !p.punct(j, ',') && !p.dash(j) && !p.isUnitAfter(j) {
		return h, 0, 0, j, 0, gHour, true
	}
	// a bare hour with a part of the day: "6 in the morning", "11 at night", "11 tonight"
	if t.nd <= 2 && h >= 1 && h <= 12 && !p.glued(j) {
		if p.isKw(j, kwIn) && p.isKw(j+1, kwThe) && p.tok(j+2).lex() != nil && p.tok(j+2).lex().pod != 0 ||
			p.isKw(j, kwAt) && p.is(j+1, "night") || p.isKw(j, kwTonight) {
			return h, 0, 0, j, 0, gHour, true
		}
	}
	return
}

// spokenClock reads a time of day in words: "ten thirty", "eleven oh
// five", "five forty-two a m", "six p.m.". Without am or pm it needs
// "at" before it or a line of its own: "ten thirty" is also a count.
func (p *parser) spokenClock(i int) (h, mi, s, end, mer int, g grain, ok bool) {
	e := p.tok(i).lex()
	if e == nil || e.num < 1 || e.num > 12 || p.tok(i).kind != tWord {
		return
	}
	h, g = e.num, gHour
	j := i + 1
	next := func() { // a dash between the words: "twelve-oh-three"
		if p.dash(j) && p.glued(j) && p.glued(j+1) {
			j++
		}
	}
	ones := func(k int) int {
		if x := p.tok(k).lex(); x != nil && x.num >= 1 && x.num <= 9 && p.tok(k).kind == tWord {
			return x.num
		}
		return 0
	}
	save := j
	next()
	switch x := p.tok(j).lex(); {
	case p.is(j, "oh") || p.is(j, "o") && !p.punct(j+1, '\'') || p.is(j, "ou") || p.is(j, "zero"):
		k := j + 1
		if p.dash(k) && p.glued(k) {
			k++
		}
		if m := ones(k); m != 0 {
			mi, j, g = m, k+1, gMinute
		}
	case x != nil && p.tok(j).kind == tWord && (x.num == 20 || x.num == 30 || x.num == 40 || x.num == 50):
		mi, j, g = x.num, j+1, gMinute
		k := j
		if p.dash(k) && p.glued(k) {
			k++
		}
		if m := ones(k); m != 0 {
			mi, j = mi+m, k+1
		}
	case x != nil && p.tok(j).kind == tWord && x.num >= 10 && x.num <= 19:
		mi, j, g = x.num, j+1, gMinute
	}
	if g == gHour {
		j = save
	}
	if m, e := p.ampm(j); m != 0 {
		if m == 2 && h < 12 {
			h += 12
		}
		if m == 1 && h == 12 {
			h = 0
		}
		return h, mi, 0, e, m, g, true
	}
	if g == gHour || !(p.isKw(i-1, kwAt) || p.punct(i-1, '@') || p.isolatedSpan(i, j)) || p.isUnitAfter(j) {
		return
	}
	return h, mi, 0, j, 0, g, true
}

// militaryClock reports a time written as three or four digits without a
// colon: "0800 GMT", "at 1030", "around 1030", "at 745 in the evening". A
// number that could be a year needs the zone.
func (p *parser) militaryClock(i int) bool {
	t := p.tok(i)
	if t.kind != tNum || t.nd < 3 || t.nd > 4 || t.num/100 > 23 || t.num%100 > 59 || p.glued(i+1) && (p.tok(i+1).kind != tPunct || p.tok(i+2).kind == tNum && p.glued(i+2)) {
		return false
	}
	if k := p.tok(i + 1); k.kind == tWord && k.upper && k.lex() != nil && k.lex().flags&fTZ != 0 {
		return true // "0800 GMT"
	}
	if !(p.isKw(i-1, kwAt, kwAround, kwAbout) || p.punct(i-1, '@')) {
		return false
	}
	if p.isKw(i+1, kwIn) && p.isKw(i+2, kwThe) && p.tok(i+3).lex() != nil && p.tok(i+3).lex().pod != 0 {
		return true // "at 745 in the evening"
	}
	return t.nd == 4 && (t.num < 1800 || t.num > 2099) && p.tok(i+1).kind != tWord
}

// isAMPM reports am/pm at j.
func (p *parser) isAMPM(j int) bool {
	m, _ := p.ampm(j)
	return m != 0
}

func (p *parser) isAMPMAfterMinutes(j int) bool {
	return p.isAMPM(j)
}

// ampm reads "am", "pm", "a.m.", "p.m.", "p m", "A.M". It returns 1 for
// am, 2 for pm, and the token after.
func (p *parser) ampm(j int) (int, int) {
	switch {
	case p.isKw(j, kwAM) && !(p.tok(j).cap && !p.tok(j).upper && !p.glued(j)):
		return 1, j + 1
	case p.isKw(j, kwPM):
		return 2, j + 1
	case (p.is(j, "a") || p.is(j, "p")) && p.punct(j+1, '.') && p.glued(j+1) && p.is(j+2, "m") && p.glued(j+2):
		e := j + 3
		if p.punct(e, '.') && p.glued(e) {
			e++
		}
		if p.is(j, "a") {
			return 1, e
		}
		return 2, e
	case (p.is(j, "a") || p.is(j, "p")) && p.is(j+1, "m") && !p.glued(j+1) && p.tok(j+2).kind != tWord:
		if p.is(j, "a") {
			return 1, j + 2
		}
		return 2, j + 2
	case p.is(j, "a") && p.glued(j) && p.tok(j-1).kind == tNum && p.punct(j-2, ':') && p.tok(j+1).kind != tWord:
		return 1, j + 1 // "3:18a"
	case p.is(j, "p") && p.glued(j) && p.tok(j-1).kind == tNum && (p.punct(j+1, '.') || p.tok(j+1).kind != tWord):
		e := j + 1
		if p.punct(e, '.') && p.glued(e) {
			e++
		}
		return 2, e
	}
	return 0, j
}

// zoneAt reports a time zone word at j.
func (p *parser) zoneAt(j int) bool {
	e := p.tok(j).lex()
	return e != nil && e.flags&fTZ != 0
}

// usZoneNames are the US time zones written out, with their standard
// offsets in minutes: "Pacific time", "Eastern Standard Time".
var usZoneNames = []struct {
	name string
	tz   int
}{{"eastern", -300}, {"central", -360}, {"mountain", -420}, {"pacific", -480}}

// zone reads a time zone after a time and records its offset.
func (p *parser) zone(j int, c cal) (int, cal) {
	k := j
	paren := false
	if p.punct(k, '(') && p.zoneAt(k+1) {
		k++
		paren = true
	}
	if !paren {
		for _, z := range usZoneNames {
			if !p.is(k, z.name) || !p.tok(k).cap {
				continue
			}
			// "9 a.m. Pacific time", "8 p.m. Eastern Standard Time"
			switch {
			case p.is(k+1, "time"):
				c.tz, c.hasTZ, c.dst = z.tz, true, true // on daylight time in summer
				return k + 2, c
			case p.is(k+1, "standard") && p.is(k+2, "time"):
				c.tz, c.hasTZ, c.dst = z.tz, true, false
				return k + 3, c
			case p.is(k+1, "daylight") && p.is(k+2, "time"):
				c.tz, c.hasTZ, c.dst = z.tz+60, true, false
				return k + 3, c
			}
		}
	}
	t := p.tok(k)
	if t.kind == tWord && t.lex() != nil && t.lex().flags&fTZ != 0 && (t.upper || p.is(k, "gmt") || p.is(k, "utc") || p.is(k, "pst") || p.is(k, "est")) && !(p.is(k, "z") && !p.glued(k)) {
		c.tz, c.hasTZ = t.lex().tz, true
		// "noon ET", "9 a.m. PT": US time, on daylight time in summer
		c.dst = p.is(k, "et") || p.is(k, "ct") || p.is(k, "pt")
		k++
		// "GMT+0900", "UTC+02:45", "GMT -08:45"
		if off, e, ok := p.offset(k); ok {
			c.tz += off
			k = e
		}
		if paren && p.punct(k, ')') {
			k++
		}
		// "GMT+0900 (JST)"
		if p.punct(k, '(') && p.zoneAt(k+1) && p.punct(k+2, ')') {
			k += 3
		}
		return k, c
	}
	if off, e, ok := p.offset(j); ok && (p.glued(j) || p.punct(j, '+') && p.tok(j+1).nd == 4) {
		// a bare "-4:30" after a time starts a range: "3:30-4:30pm",
		// "11:30-1:30"; an offset is signed "+", has four digits or follows
		// the seconds of a timestamp: "06:36:02 +0200", "15:00:00-05:00"
		t := p.tok(j + 1)
		if t.nd == 4 || e > j+2 && !p.isAMPM(e) && c.g == gSecond || p.punct(j, '+') {
			c.tz, c.hasTZ = off, true
			return e, c
		}
	}
	return j, c
}

// offset reads "+02:45", "+0245", "+02", "-08:45".
func (p *parser) offset(k int) (int, int, bool) {
	sign := 0
	switch {
	case p.punct(k, '+'):
		sign = 1
	case p.punct(k, '-'):
		sign = -1
	default:
		return 0, k, false
	}
	t := p.tok(k + 1)
	if t.kind != tNum || !p.glued(k+1) {
		return 0, k, false
	}
	h, m, e := 0, 0, k+2
	switch t.nd {
	case 1, 2:
		h = t.num
		if p.punct(e, ':') && p.glued(e) && p.tok(e+1).kind == tNum && p.tok(e+1).nd == 2 {
			m = p.tok(e + 1).num
			e += 2
		}
	case 4:
		h, m = t.num/100, t.num%100
	default:
		return 0, k, false
	}
	if h > 14 || m > 59 {
		return 0, k, false
	}
	return sign * (h*60 + m), e, true
}

// bareHour reads a bare hour that ends a time range: "11" in "8pm - 11".
func (p *parser) bareHour(k int) (h, mi, s, end, mer int, g grain, ok bool) {
	t := p.tok(k)
	if t.kind != tNum || t.nd > 2 || t.num > 24 {
		return
	}
	if p.glued(k+1) && (p.punct(k+1, '.') || p.punct(k+1, ',') || p.punct(k+1, '/')) {
		return
	}
	return t.num, 0, 0, k + 1, 0, gHour, true
}

// ruleHourRange reads a range of hours whose first end is a bare number:
// "8 - 11pm", "12-3am", "10 - 11 at night", "7 to 9am".
func (p *parser) ruleHourRange(i int) *node {
	t := p.tok(i)
	if t.kind != tNum || t.nd > 2 || t.num > 12 || t.num == 0 || p.glued(i) && p.tok(i-1).kind != tPunct {
		return nil
	}
	if !(p.dash(i+1) || p.isKw(i+1, kwTo, kwUntil)) {
		return nil
	}
	k := i + 2
	m := p.ruleClock(k)
	if m == nil || m.mer == 0 {
		return nil
	}
	h := t.num
	switch {
	case m.mer == 1 && h == 12:
		h = 0
	case (m.mer == 2 || m.mer == 3) && h < 12 && h+12 <= m.c.h:
		h += 12
	}
	first := &node{end: i + 1, typ: Time, c: m.c, clockOnly: true}
	first.c.h, first.c.mi, first.c.s, first.c.g = h, 0, 0, gHour
	m.start = k
	first.rng = m
	first.end = m.end
	return first
}

// rulePastTo reads clock times counted from an hour: "a quarter past
// 3pm", "half past three", "20 past 3", "15 minutes past noon", "a quarter
// to noon", "twenty after 3pm".
func (p *parser) rulePastTo(i int) *node {
	mins, j := 0, i
	named := true // "quarter", "half" or "minutes" say it is a time
	switch {
	case p.isKw(i, kwA) && p.is(i+1, "quarter"):
		mins, j = 15, i+2
	case p.is(i, "quarter"):
		mins, j = 15, i+1
	case p.isKw(i, kwHalfWord):
		mins, j = 30, i+1
	default:
		n, e, ok := p.cardinal(i, false)
		if !ok || n < 1 || n >= 60 || n != float64(int(n)) {
			return nil
		}
		mins, j = int(n), e
		named = false
		if p.isUnit(j, uMinute) {
			j++
			named = true
		}
	}
	sign := 0
	switch {
	case p.is(j, "past") || p.isKw(j, kwAfter):
		sign = 1
	case p.isKw(j, kwTo) || p.is(j, "till") || p.isKw(j, kwBefore):
		sign = -1
	default:
		return nil
	}
	k := j + 1
	c := p.ruleClock(k)
	if c == nil {
		// a bare hour, in digits or words: "half past three"
		h, e, ok := p.cardinal(k, false)
		if !ok || h < 1 || h > 12 || h != float64(int(h)) {
			return nil
		}
		c = &node{end: e, typ: Time, clockOnly: true}
		c.c = cal{g: gHour, h: int(h)}
		if p.hasRef {
			c.c = withClock(at(p.ref, gDay), c.c)
		} else {
			c.c.noDate = true
		}
		if m, e2 := p.ampm(e); m != 0 {
			c.end = e2
			if m == 2 && c.c.h < 12 {
				c.c.h += 12
			}
		} else if !named {
			return nil // "5 to 10 people"
		}
	}
	if !named && !(p.is(j, "past") || p.isKw(j, kwAfter)) && c.mer == 0 && !p.isKw(k, kwNoon, kwMidnight) {
		return nil
	}
	if c.c.g > gMinute || c.c.mi != 0 {
		return nil
	}
	out := *c
	t := time.Date(2000, 1, 1, c.c.h, 0, 0, 0, time.UTC).Add(time.Duration(sign*mins) * time.Minute)
	out.c.h, out.c.mi, out.c.g = t.Hour(), t.Minute(), gMinute
	if t.Day() != 1 && !out.c.noDate {
		out.c = out.c.withDay(out.c.day().AddDate(0, 0, t.Day()-1))
	}
	return &out
}
