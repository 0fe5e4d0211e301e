package timex

// Holidays: fixed days, nth weekdays of a month, and days around Easter.

import (
	"strings"
	"time"
)

// ruleHoliday reads named days: "Christmas", "Christmas Eve", "New Year's
// Day", "Thanksgiving", "Easter", "Good Friday", "Labor Day 2012".
func (p *parser) ruleHoliday(i int) *node {
	m, d, j, ok := p.holidayAt(i)
	if !ok {
		return nil
	}
	k := j
	if p.isKw(k, kwOf) {
		k++
	}
	year := 0
	explicit := false
	if y, e, ok := p.year(k, false); ok {
		year, j, explicit = y, e, true
	} else if p.isKw(k, kwLast, kwNext, kwThis) && p.is(k+1, "year") && p.hasRef {
		// "Christmas last year", "Easter of next year"
		year, j, explicit = p.ref.Year()+p.relShift(k), k+2, true
	} else if y, e, ok := p.holidayShift(j); ok {
		year, j, explicit = y, e, true
	}
	if !explicit {
		if !p.hasRef {
			return &node{end: j, typ: Date, rel: true}
		}
		year = p.ref.Year()
		day := func(y int) time.Time { return time.Date(y, time.Month(m(y)), d(y), 0, 0, 0, 0, time.UTC) }
		ref := time.Date(p.ref.Year(), p.ref.Month(), p.ref.Day(), 0, 0, 0, 0, time.UTC)
		switch {
		case p.isKw(i-1, kwLast):
			if !day(year).Before(ref) {
				year--
			}
		case p.isKw(i-1, kwNext):
			if !day(year).After(ref) {
				year++
			}
		default:
			// the nearest, unless the tense points the other way by more
			// than a season: "pilgrims came for Easter week", "will spend Christmas"
			const slack = 80 * 24 * time.Hour
			best, dist := year, time.Duration(1<<62)
			for y := year - 1; y <= year+1; y++ {
				dd := day(y).Sub(ref)
				if dd < 0 {
					dd = -dd
				}
				if dd < dist {
					best, dist = y, dd
				}
			}
			year = best
			b := p.bias(i)
			if b == biasNone && p.isolatedSpan(i, j) {
				b = biasNext // a holiday named alone on its line
			}
			switch {
			case b == biasNext && day(year).Before(ref):
				year++
			case b == biasPast && day(year).Sub(ref) > slack:
				year--
			case b == biasFuture && ref.Sub(day(year)) > slack:
				year++
			}
		}
	}
	mm, dd := m(year), d(year)
	if mm == 0 {
		return nil
	}
	if p.isUnit(j, uWeek) && !p.tok(j).lex().plural {
		// "Easter week": the week that holds the day
		return &node{end: j + 1, typ: Date, c: fromDay(monday(time.Date(year, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)), gWeek), explicitYear: explicit}
	}
	return &node{end: j, typ: Date, c: cal{g: gDay, y: year, m: mm, d: dd}, explicitYear: explicit}
}

// holidayShift reads a year named by a distance after a holiday:
// "Thanksgiving two years ago", "Christmas in three years": the year the
// reference moved by it falls in.
func (p *parser) holidayShift(j int) (int, int, bool) {
	sign, k := -1, j
	if p.isKw(j, kwIn) {
		sign, k = 1, j+1
	}
	d := p.durationFrom(k)
	if d == nil || !p.hasRef || p.tok(k).nl {
		return 0, 0, false
	}
	end := d.end
	if sign < 0 {
		if !p.isKw(end, kwAgo) {
			return 0, 0, false
		}
		end++
	}
	s := p.shifted(d, sign, end)
	if s == nil || s.val != "" || s.rel || s.c.g > gDay {
		return 0, 0, false
	}
	return s.c.y, end, true
}

// holidayAt reads a holiday name and returns functions giving its month
// and day in a year.
func (p *parser) holidayAt(i int) (func(int) int, func(int) int, int, bool) {
	fixed := func(m, d int) (func(int) int, func(int) int) {
		return func(int) int { return m }, func(int) int { return d }
	}
	t := p.tok(i)
	if t.kind != tWord || t.lex() == nil || t.lex().flags&fHoliday == 0 {
		return nil, nil, i, false
	}
	// names that are nothing else may be written in lower case
	if !t.cap && !p.isKw(i-1, kwOn, kwLast, kwNext, kwThis) && t.lex().flags&fLowerHoliday == 0 {
		return nil, nil, i, false
	}
	j := i + 1
	// possessive "'s"
	poss := func(k int) int {
		if (p.punct(k, '\'') || p.punct(k, '\u2019')) && p.is(k+1, "s") && p.glued(k) {
			return k + 2
		}
		if (p.punct(k, '\'') || p.punct(k, '\u2019')) && p.glued(k) && strings.HasSuffix(strings.ToLower(p.str(k-1)), "s") {
			return k + 1 // "Presidents' Day"
		}
		return k
	}
	for _, h := range easterFeasts {
		if k := p.wordsAt(i, h.words); k > i {
			if h.orthodox {
				return orthodoxMonth(h.offset), orthodoxDay(h.offset), k, true
			}
			return easterMonth(h.offset), easterDay(h.offset), k, true
		}
	}
	switch {
	case p.is(i, "new") && (p.is(i+1, "year") || p.is(i+1, "years")):
		k := poss(i + 2)
		if p.is(k, "day") {
			m, d := fixed(1, 1)
			return m, d, k + 1, true
		}
		if p.is(k, "eve") {
			m, d := fixed(12, 31)
			return m, d, k + 1, true
		}
		return nil, nil, i, false
	case p.is(i, "black") && p.is(i+1, "friday"):
		return func(int) int { return 11 }, func(y int) int { return nthWeekday(y, 11, 4, 4) + 1 }, i + 2, true
	case p.is(i, "easter"):
		k := i + 1
		off := 0
		if p.is(k, "sunday") {
			k++
		} else if p.is(k, "monday") || p.is(k, "mon") {
			k++
			off = 1
		}
		return easterMonth(off), easterDay(off), k, true
	case p.is(i, "christmas") || p.is(i, "xmas"):
		if p.is(j, "eve") {
			m, d := fixed(12, 24)
			return m, d, j + 1, true
		}
		if p.is(j, "day") {
			j++
		}
		m, d := fixed(12, 25)
		return m, d, j, true
	case p.is(i, "st") || p.is(i, "saint"):
		k := i + 1
		if p.punct(k, '.') {
			k++
		}
		if p.is(k, "patrick") || p.is(k, "patricks") || p.is(k, "paddy") || p.is(k, "paddys") {
			k = poss(k + 1)
			if p.is(k, "day") {
				m, d := fixed(3, 17)
				return m, d, k + 1, true
			}
		}
		return nil, nil, i, false
	case p.is(i, "martin") && p.is(i+1, "luther") && (p.is(i+2, "king") || p.is(i+2, "kings")):
		k := p.junior(poss(i + 3))
		if p.is(k, "day") {
			return func(int) int { return 1 }, func(y int) int { return nthWeekday(y, 1, 1, 3) }, k + 1, true
		}
		return nil, nil, i, false
	case p.is(i, "mlk"):
		if k := p.junior(i + 1); p.is(k, "day") {
			return func(int) int { return 1 }, func(y int) int { return nthWeekday(y, 1, 1, 3) }, k + 1, true
		}
		return nil, nil, i, false
	case p.is(i, "ides") && p.isKw(i+1, kwOf):
		// the Roman ides: the 15th of March, May, July and October, else the 13th
		if m, e, ok := p.monthAt(i + 2); ok {
			d := 13
			if m == 3 || m == 5 || m == 7 || m == 10 {
				d = 15
			}
			mm, dd := fixed(m, d)
			return mm, dd, e, true
		}
		return nil, nil, i, false
	case p.is(i, "chinese") || p.is(i, "lunar"):
		// "Chinese New Year", "Lunar New Year's Day", "the Chinese lunar new year"
		k := i + 1
		if p.is(k, "lunar") {
			k++
		}
		if p.is(k, "new") && (p.is(k+1, "year") || p.is(k+1, "years")) {
			k = poss(k + 2)
			if p.is(k, "day") {
				k++
			}
			return func(y int) int { return int(chineseNewYear(y).Month()) }, func(y int) int { return chineseNewYear(y).Day() }, k, true
		}
		return nil, nil, i, false
	case p.is(i, "world") && p.is(i+1, "vegan") && p.is(i+2, "day"):
		m, d := fixed(11, 1)
		return m, d, i + 3, true
	case p.is(i, "boss") || p.is(i, "bosses"):
		// Boss's Day, 16 October, kept on the nearest working day
		if k := poss(i + 1); p.is(k, "day") {
			return func(int) int { return 10 }, func(y int) int {
				switch isoWeekday(time.Date(y, 10, 16, 0, 0, 0, 0, time.UTC)) {
				case 6:
					return 15
				case 7:
					return 17
				}
				return 16
			}, k + 1, true
		}
		return nil, nil, i, false
	}
	e := t.lex()
	if e == nil || e.holiday == 0 {
		return nil, nil, i, false
	}
	h := holidays[e.holiday-1]
	k := poss(j)
	if h.follow != "" {
		if !p.is(k, h.follow) {
			return nil, nil, i, false
		}
		k++
	} else if p.is(k, "day") {
		k++
	}
	switch {
	case h.day != 0:
		m, d := fixed(h.month, h.day)
		return m, d, k, true
	case h.wday != 0:
		return func(int) int { return h.month }, func(y int) int { return nthWeekday(y, h.month, h.wday, h.nth) }, k, true
	default:
		return easterMonth(h.easter), easterDay(h.easter), k, true
	}
}

// easterFeasts are the days named in two words or more that Easter fixes,
// by their distance from Easter Sunday in days; orthodox ones from the
// Orthodox Easter. A longer name comes before one it starts with.
var easterFeasts = []struct {
	words    string
	offset   int
	orthodox bool
}{
	{"good friday", -2, false}, {"maundy thursday", -3, false}, {"palm sunday", -7, false},
	{"whit monday", 50, false}, {"white monday", 50, false}, {"whit sunday", 49, false},
	{"white sunday", 49, false}, {"trinity sunday", 56, false}, {"mardi gras", -47, false},
	{"pancake day", -47, false}, {"shrove tuesday", -47, false}, {"branch sunday", -7, false},
	// Maundy Thursday and Whit Monday by their Eastern names
	{"covenant thursday", -3, false}, {"covenant thu", -3, false}, {"thursday of mysteries", -3, false},
	{"thu of mysteries", -3, false}, {"monday of the holy spirit", 50, false},
	{"orthodox easter sunday", 0, true}, {"orthodox easter", 0, true}, {"orthodox good friday", -2, true},
	{"orthodox great friday", -2, true}, {"orthodox palm sunday", -7, true},
	{"orthodox shrove monday", -48, true}, {"orthodox clean monday", -48, true},
	{"clean monday", -48, true}, {"lazarus saturday", -8, true},
}

// wordsAt returns the token after the words (lower case, one space
// between) written from token i, or i when they are not there.
func (p *parser) wordsAt(i int, words string) int {
	k := i
	for words != "" {
		w, rest, _ := strings.Cut(words, " ")
		if !p.is(k, w) {
			return i
		}
		k, words = k+1, rest
	}
	return k
}

// junior skips "Jr." after a name: "MLK Jr. Day".
func (p *parser) junior(k int) int {
	if p.is(k, "jr") {
		k++
		if p.punct(k, '.') {
			k++
		}
	}
	return k
}

// orthodoxEaster returns the Orthodox Easter Sunday of year y: the Julian
// computus, moved into the Gregorian calendar.
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	julian := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	return julian.AddDate(0, 0, y/100-y/400-2)
}

func orthodoxMonth(off int) func(int) int {
	return func(y int) int { return int(orthodoxEaster(y).AddDate(0, 0, off).Month()) }
}

func orthodoxDay(off int) func(int) int {
	return func(y int) int { return orthodoxEaster(y).AddDate(0, 0, off).Day() }
}

// easter returns Easter Sunday of year y (Gregorian computus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

func easterMonth(off int) func(int) int {
	return func(y int) int { return int(easter(y).AddDate(0, 0, off).Month()) }
}

func easterDay(off int) func(int) int {
	return func(y int) int { return easter(y).AddDate(0, 0, off).Day() }
}

// nthWeekday gives the day of the nth ISO weekday wd of a month; n = -1 is the last.
func nthWeekday(y, m, wd, n int) int {
	if n < 0 {
		last := daysIn(y, m)
		t := time.Date(y, time.Month(m), last, 0, 0, 0, 0, time.UTC)
		return last - (isoWeekday(t)-wd+7)%7
	}
	t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	first := 1 + (wd-isoWeekday(t)+7)%7
	return first + 7*(n-1)
}
