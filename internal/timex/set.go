package timex

// Sets: recurring times.

// ruleSet reads "every Monday", "each month", "every two years",
// "annually", "daily", "twice a year", "per year", "Mondays".
func (p *parser) ruleSet(i int) *node {
	switch p.kw(i) {
	case kwQuarterly, kwYearly:
		// before a noun these are a company's terms: "quarterly dividend"
		if nx := p.tok(i + 1); nx.kind == tWord && !nx.cap && (nx.lex() == nil || nx.lex().flags&fPrep == 0 && nx.lex().kw != kwAnd && nx.lex().kw != kwOr && nx.lex().kw != kwSince && nx.lex().kw != kwFor) {
			return nil
		}
	case kwDaily, kwWeekly, kwMonthly, kwHourly, kwNightly:
		// "a daily rally", "a weekly briefing" recur; "the national
		// daily Pravda" is a newspaper
		if nx := p.tok(i + 1); nx.kind == tWord && nx.cap && !p.boundaryBefore(i+1) {
			return nil
		}
		// "a columnist for Rhythm Monthly": a capital after a capital
		// ends a title
		if pv := p.tok(i - 1); p.tok(i).cap && i > 0 && pv.kind == tWord && pv.cap && !p.boundaryBefore(i) {
			return nil
		}
	}
	switch p.kw(i) {
	case kwDaily:
		return &node{end: i + 1, typ: Set, val: "P1D"}
	case kwWeekly:
		return &node{end: i + 1, typ: Set, val: "P1W"}
	case kwMonthly:
		return &node{end: i + 1, typ: Set, val: "P1M"}
	case kwAnnual:
		if p.is(i, "annual") {
			return nil
		}
		return &node{end: i + 1, typ: Set, val: "P1Y"}
	case kwYearly:
		return &node{end: i + 1, typ: Set, val: "P1Y"}
	case kwHourly:
		return &node{end: i + 1, typ: Set, val: "PT1H"}
	case kwQuarterly:
		return &node{end: i + 1, typ: Set, val: "P3M"}
	case kwNightly:
		return &node{end: i + 1, typ: Set, val: "XXXX-XX-XXTNI"}
	case kwEvery, kwEach, kwPer:
		j := i + 1
		if p.is(j, "other") {
			j++
		}
		t := p.tok(j)
		if t.kind == tWord && t.lex() != nil {
			e := t.lex()
			switch {
			case e.wday != 0:
				v := "XXXX-WXX-" + string(rune('0'+e.wday))
				end := j + 1
				if pod, pe := p.podAt(end); pod != 0 {
					v += "T" + podCodes[pod]
					end = pe
				}
				return &node{end: end, typ: Set, val: v}
			case e.month != 0 && t.cap:
				return &node{end: j + 1, typ: Set, val: "XXXX-" + twoDigits(int(e.month))}
			case e.pod != 0:
				return &node{end: j + 1, typ: Set, val: "XXXX-XX-XXT" + podCodes[e.pod]}
			case e.season != 0:
				return &node{end: j + 1, typ: Set, val: "XXXX-" + seasonCodes[e.season-1]}
			case e.unit == uQuarter && !e.plural:
				return &node{end: j + 1, typ: Set, val: "P1Q"}
			case e.unit != uNone && !e.plural:
				return &node{end: j + 1, typ: Set, val: dur{[]durPart{{1, e.unit}}}.String()}
			}
		}
		if d := p.durationFrom(j); d != nil && !p.isKw(i, kwPer) {
			return &node{end: d.end, typ: Set, val: d.dur.String()}
		}
	case kwA:
		// "twice a year", "three times a week"; a rate: "$17 an hour", "15,000 vehicles a day"
		if p.is(i-1, "twice") || p.is(i-1, "once") || p.is(i-1, "thrice") || p.is(i-1, "times") || p.rate(i-1) {
			if u := p.tok(i + 1).lex(); u != nil && u.unit != uNone && !u.plural && p.tok(i+1).kind == tWord {
				return &node{end: i + 2, typ: Set, val: dur{[]durPart{{1, u.unit}}}.String()}
			}
		}
	}
	// "Mondays", "on Sundays"
	if t := p.tok(i); t.kind == tWord && t.lex() != nil && t.lex().wday != 0 && t.lex().plural && (p.isKw(i-1, kwOn) || t.cap) {
		v := "XXXX-WXX-" + string(rune('0'+t.lex().wday))
		return &node{end: i + 1, typ: Set, val: v}
	}
	return nil
}

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}
