package timex

import (
	"strconv"
	"strings"
)

// The lexicon: every word the grammar knows, in one table. A word may play
// several roles ("may" is a month and a verb, "second" an ordinal and a
// unit, "sun" a weekday abbreviation), so an entry carries them all and the
// grammar decides from context.

// A unit is a calendar or clock unit.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf // half year
	uYear
	uDecade
	uCentury
	uMillennium
	uWeekend
	uNight // as a duration: "two nights"
)

// kw names the words with a grammatical role of their own.
type kw uint8

const (
	kwNone kw = iota
	kwToday
	kwTomorrow
	kwYesterday
	kwTonight
	kwNow
	kwAgo
	kwLater
	kwEarlier
	kwHence
	kwLast
	kwNext
	kwThis
	kwPast
	kwComing
	kwPrevious
	kwFollowing
	kwCurrent
	kwEarly
	kwMid
	kwMiddle
	kwLate
	kwEnd
	kwBeginning
	kwStart
	kwThe
	kwA
	kwOf
	kwIn
	kwOn
	kwAt
	kwFrom
	kwTo
	kwUntil
	kwThrough
	kwBetween
	kwAnd
	kwOr
	kwEvery
	kwEach
	kwPer
	kwAM
	kwPM
	kwNoon
	kwMidnight
	kwFiscal
	kwRecently
	kwRecent
	kwBefore
	kwAfter
	kwSince
	kwFor
	kwWithin
	kwOver
	kwDuring
	kwBy
	kwAbout
	kwMore
	kwLess
	kwThan
	kwLeast
	kwUp
	kwNearly
	kwSome
	kwFew
	kwSeveral
	kwCouple
	kwMany
	kwHalfWord // "half"
	kwQuarterWord
	kwOclock
	kwClock
	kwFuture
	kwVery
	kwSoon
	kwFormer
	kwOnce
	kwAD
	kwBC
	kwYearAgo // "year-ago", "year-earlier"
	kwAnnual
	kwDaily
	kwWeekly
	kwMonthly
	kwHourly
	kwYearly
	kwQuarterly
	kwNightly
	kwSo // "or so"
	kwAround
	kwPeriod
	kwRight
	kwJust
	kwAlready
	kwMoment
	kwUpcoming
	kwThat
)

// Parts of the day and seasons carry their TIMEX3 codes.
var podCodes = [...]string{"", "MO", "MI", "AF", "EV", "NI", "DT"}

const (
	podNone = iota
	podMorning
	podMidday
	podAfternoon
	podEvening
	podNight
	podDaytime
)

var seasonCodes = [...]string{"SP", "SU", "FA", "WI"}

// Word classes and roles.
const (
	fAbbrev       uint32 = 1 << iota // an abbreviation: "Sept", "Mon", "hr"
	fPast                            // a past-tense cue: "said", "was"
	fFuture                          // a future cue: "will", "shall"
	fPrep                            // a preposition that may introduce a date
	fNameNext                        // a word after which a capitalized weekday is a name: none yet
	fTZ                              // a time zone: "GMT", "EST"
	fShortUnit                       // a one- or two-letter unit glued to a number: "5m", "3h"
	fDet                             // a determiner or quantifier before a unit
	fNoun                            // a common noun that ends a weekday-as-name guard
	fPresent                         // a present-tense cue
	fStart                           // may begin an expression (set in init)
	fHoliday                         // begins a holiday's name: "Christmas", "Good Friday", "New Year's"
	fLowerHoliday                    // a holiday word that may be written in lower case
	fQuarterRef                      // begins a quarter named by reference: "latest", "year-ago"
)

// An entry is the lexicon's knowledge of one lower-case word.
type entry struct {
	month   int8 // 1..12
	wday    int8 // 1 (Monday) .. 7 (Sunday), ISO order
	num     int  // cardinal value, 0 when none
	ord     int  // ordinal value, 0 when none
	unit    unit
	plural  bool // the unit word is plural: "days"
	kw      kw
	pod     int8 // part of day
	season  int8 // 1 + index into seasonCodes
	tz      int  // time-zone offset in minutes when fTZ
	holiday int8 // index+1 into holidays
	flags   uint32
	rules   []func(*parser, int) *node // the word rules that may begin at this word
}

var lexicon = map[string]*entry{}

// entries and lexIndex are the lexicon as the scanner uses it: entry i of
// entries is the entry of every word w with lexIndex[w] == i; 0 is none.
var (
	entries  = []*entry{nil}
	lexIndex = map[string]int32{}
)

func add(words string, e entry) {
	start := 0
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' {
			if i > start {
				w := words[start:i]
				if old, ok := lexicon[w]; ok {
					merge(old, e)
				} else {
					c := e
					lexicon[w] = &c
				}
			}
			start = i + 1
		}
	}
}

// unitOr gives the entry's unit, uNone for no entry.
func (e *entry) unitOr() unit {
	if e == nil {
		return uNone
	}
	return e.unit
}

// merge adds the roles of e to an existing entry.
func merge(old *entry, e entry) {
	if e.month != 0 {
		old.month = e.month
	}
	if e.wday != 0 {
		old.wday = e.wday
	}
	if e.num != 0 {
		old.num = e.num
	}
	if e.ord != 0 {
		old.ord = e.ord
	}
	if e.unit != uNone {
		old.unit, old.plural = e.unit, e.plural
	}
	if e.kw != kwNone {
		old.kw = e.kw
	}
	if e.pod != 0 {
		old.pod = e.pod
	}
	if e.season != 0 {
		old.season = e.season
	}
	if e.flags&fTZ != 0 {
		old.tz = e.tz
	}
	if e.holiday != 0 {
		old.holiday = e.holiday
	}
	old.flags |= e.flags
}

func init() {
	// each month's and weekday's words, its name first, the months and the
	// days parted by commas
	months := strings.Split("january jan,february feb,march mar,april apr,may,june jun,july jul,august aug,"+
		"september sep sept,october oct,november nov,december dec", ",")
	for i, ws := range months {
		for j, w := range strings.Fields(ws) {
			e := entry{month: int8(i + 1)}
			if j > 0 {
				e.flags |= fAbbrev
			}
			add(w, e)
		}
	}
	days := strings.Split("monday mon mondays,tuesday tue tues tuesdays,wednesday wed wednesdays,"+
		"thursday thu thur thurs thursdays,friday fri fridays,saturday sat saturdays,sunday sun sundays", ",")
	for i, ws := range days {
		for j, w := range strings.Fields(ws) {
			e := entry{wday: int8(i + 1)}
			if j > 0 && w[len(w)-1] != 's' || w == "tues" || w == "thurs" {
				e.flags |= fAbbrev
			}
			if len(w) > 6 && w[len(w)-2:] == "ys" {
				e.plural = true
			}
			add(w, e)
		}
	}
	ones := strings.Fields(`zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen`)
	for i, w := range ones {
		if i > 0 {
			add(w, entry{num: i})
		}
	}
	tens := strings.Split(",,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety", ",")
	for i, w := range tens {
		if w != "" {
			add(w, entry{num: i * 10})
		}
	}
	add("hundred", entry{num: 100})
	add("thousand", entry{num: 1000})
	add("dozen", entry{num: 12})
	ords := strings.Split(",first,second,third,fourth,fifth,sixth,seventh,eighth,ninth,tenth,eleventh,twelfth,thirteenth,fourteenth,fifteenth,sixteenth,seventeenth,eighteenth,nineteenth", ",")
	for i, w := range ords {
		if w != "" {
			add(w, entry{ord: i})
		}
	}
	add("twentieth", entry{ord: 20})
	add("thirtieth", entry{ord: 30})
	add("fortieth", entry{ord: 40})
	add("fiftieth", entry{ord: 50})
	add("hundredth", entry{ord: 100})
	add("1st", entry{ord: 1})

	// each unit's words in the order of the units from uSecond, singular
	// and plural parted by "|" (uHalf has none)
	units := strings.Split("second secs sec|seconds,minute min|minutes mins,hour hr|hours hrs,day|days,week wk|weeks wks,"+
		"fortnight|fortnights,month mon mo|months mos,quarter qtr|quarters qtrs,|,year yr|years yrs,decade|decades,"+
		"century|centuries,millennium|millennia,weekend wkend|weekends,|nights", ",")
	for i, ws := range units {
		one, more, _ := strings.Cut(ws, "|")
		add(one, entry{unit: uSecond + unit(i)})
		add(more, entry{unit: uSecond + unit(i), plural: true})
	}
	// Units glued to numbers: "5m", "3h", "2d", "1w", "3y", "15s".
	for _, w := range []struct {
		s string
		u unit
	}{{"s", uSecond}, {"m", uMinute}, {"h", uHour}, {"d", uDay}, {"w", uWeek}, {"y", uYear}} {
		add(w.s, entry{flags: fShortUnit})
		lexicon[w.s].unit = w.u
	}
	add("sec", entry{flags: fShortUnit})
	add("min mins hr hrs mo yr yrs", entry{flags: fShortUnit})

	// the parts of the day's words, in their order from podMorning, and the
	// seasons' from spring
	for i, ws := range strings.Split("morning mornings,midday,afternoon afternoons,evening evenings,night overnight,daytime", ",") {
		add(ws, entry{pod: podMorning + int8(i)})
	}
	for i, ws := range strings.Split("spring springtime,summer summertime,fall autumn,winter wintertime", ",") {
		add(ws, entry{season: int8(i + 1)})
	}

	// each keyword's words, in the order of the keywords from kwToday
	// (none for some); "+" marks a preposition, "*" a determiner
	for i, ws := range strings.Split("today,tomorrow tomorrows,yesterday,tonight tonite,now,ago back,later,earlier,hence,last,next,"+
		"this,past,coming,previous preceding prior,following,current,early,mid,middle,late,end,beginning,"+
		"start,*the,*a an,of,+in,+on,+at,+from,to,+until till til untill,+through thru,+between,and,or,"+
		"every,each,per,am,pm,noon,midnight,fiscal,recently lately,recent,+before,+after,+since,for,"+
		"+within,over,+during throughout,+by,about approximately roughly,more,less fewer,than,least,up,"+
		"nearly almost,some,few,several,couple,many,half,,oclock,clock,future,very,soon,,once,ad ce,"+
		"bc bce,,annually annual,daily,weekly,monthly,hourly,yearly,quarterly,nightly,so,around,period,"+
		"right,just,currently presently,moment,upcoming,that", ",") {
		e := entry{kw: kwToday + kw(i)}
		switch ws[:min(1, len(ws))] {
		case "+":
			e.flags, ws = fPrep, ws[1:]
		case "*":
			e.flags, ws = fDet, ws[1:]
		}
		add(ws, e)
	}

	// Tense cues. Regular past forms ending in -ed are recognised by
	// spelling; these are the rest.
	add("said was were had did told met took made went came gave held left struck won lost began "+
		"fell rose saw sent spoke wrote became brought bought built chose found got heard kept knew "+
		"led meant paid ran sold shot sought stood thought threw understood agreed ended "+
		"became grew drew flew hit quit rang sang sank slept spent stole swore tore woke wore "+
		"announced reported confirmed accused urged reached struck ruled voted killed arrested "+
		"set cut put shut spread cast "+
		"ago last yesterday earlier", entry{flags: fPast})
	add("will shall 'll would won't should could might going expected scheduled plans planned planning effective upcoming", entry{flags: fFuture})
	add("previously formerly nowadays presently these term future", entry{})
	add("says is are has does", entry{flags: fPresent})

	// Time zones, offsets in minutes (standard time; daylight variants listed apart).
	for _, z := range strings.Split("gmt utc z:0,bst:60,cet:60,cest:120,eet:120,msk:180,ist:330,jst:540,kst:540,hkt:480,sgt:480,aest:600,aedt:660,est:-300,edt:-240,cst:-360,cdt:-300,mst:-420,mdt:-360,pst:-480,pdt:-420,et:-300,ct:-360,pt:-480,akst:-540,hst:-600", ",") {
		words, off, _ := strings.Cut(z, ":")
		n, _ := strconv.Atoi(off)
		add(words, entry{flags: fTZ, tz: n})
	}
	for i, h := range holidays {
		add(h.key, entry{holiday: int8(i + 1), flags: fHoliday})
	}
	add("new good black st saint martin maundy palm whit white trinity mardi boxing mlk easter "+
		"orthodox clean lazarus branch pancake shrove world boss ides covenant thursday thu monday chinese lunar", entry{flags: fHoliday})
	add("christmas xmas halloween easter thanksgiving valentine new mardi st saint black good palm whit white trinity maundy boxing mothers fathers mlk "+
		"orthodox clean lazarus branch pancake shrove world boss ides chinese lunar", entry{flags: fLowerHoliday})
	add("latest recent current same comparable corresponding year quarter period", entry{flags: fQuarterRef})
	// words outside the tables above that rules start from
	add("q h fy final single new good black st saint martin these same latest comparable corresponding no under previously formerly nowadays presently "+
		"twenties thirties forties fifties sixties seventies eighties nineties weekday "+
		"maundy palm whit white trinity mardi boxing mlk valentine eom eoy "+
		"orthodox clean lazarus branch pancake shrove world boss ides covenant chinese lunar", entry{flags: fStart})
	for _, e := range lexicon {
		if e.month != 0 || e.wday != 0 || e.num != 0 || e.ord != 0 || e.unit != uNone || e.pod != 0 || e.season != 0 || e.holiday != 0 || startKw[e.kw] {
			e.flags |= fStart
		}
	}
	index()
}

// lexShape[first][last][length] reports a lexicon word of that first and
// last letter and that length: most words need no map lookup.
var lexShape [26][26][15]bool

// index numbers the entries for the scanner.
func index() {
	for w, e := range lexicon {
		entries = append(entries, e)
		lexIndex[w] = int32(len(entries) - 1)
		if len(w) < 15 && w[0] >= 'a' && w[0] <= 'z' && w[len(w)-1] >= 'a' && w[len(w)-1] <= 'z' {
			lexShape[w[0]-'a'][w[len(w)-1]-'a'][len(w)] = true
		}
	}
}

// startKw lists the grammatical words an expression may begin with.
var startKw = map[kw]bool{
	kwToday: true, kwTomorrow: true, kwYesterday: true, kwTonight: true, kwNow: true, kwLast: true, kwNext: true,
	kwThis: true, kwPast: true, kwComing: true, kwUpcoming: true, kwPrevious: true, kwFollowing: true, kwCurrent: true,
	kwEarly: true, kwMid: true, kwMiddle: true, kwLate: true, kwEnd: true, kwBeginning: true, kwStart: true,
	kwThe: true, kwA: true, kwAt: true, kwEvery: true, kwEach: true, kwPer: true, kwNoon: true, kwMidnight: true,
	kwFiscal: true, kwRecently: true, kwRecent: true, kwAbout: true, kwAround: true, kwNearly: true, kwMore: true,
	kwLess: true, kwUp: true, kwSome: true, kwFew: true, kwSeveral: true, kwCouple: true, kwMany: true,
	kwHalfWord: true, kwFuture: true, kwSoon: true, kwVery: true, kwAnnual: true, kwDaily: true, kwWeekly: true, kwMonthly: true,
	kwHourly: true, kwYearly: true, kwQuarterly: true, kwNightly: true, kwRight: true, kwJust: true, kwAlready: true,
	kwThat: true, kwOver: true, kwEarlier: true, kwLater: true,
}

// A holiday is a named day: fixed in the calendar, the nth weekday of a
// month, or a shift from Easter.
type holiday struct {
	key    string // the head word, lower case, as it appears in the text
	follow string // a second word it needs ("day", "eve"); "" when none
	month  int
	day    int // fixed day; 0 when by weekday
	wday   int // ISO weekday for nth-weekday holidays
	nth    int // 1..4, or -1 for the last
	easter int // days from Easter Sunday; used when month == 0
}

var holidays = []holiday{
	{key: "christmas", month: 12, day: 25},
	{key: "xmas", month: 12, day: 25},
	{key: "halloween", month: 10, day: 31},
	{key: "valentine", follow: "day", month: 2, day: 14},
	{key: "thanksgiving", month: 11, wday: 4, nth: 4},
	{key: "easter"},
	{key: "pentecost", easter: 49},
	{key: "memorial", follow: "day", month: 5, wday: 1, nth: -1},
	{key: "labor", follow: "day", month: 9, wday: 1, nth: 1},
	{key: "labour", follow: "day", month: 9, wday: 1, nth: 1},
	{key: "independence", follow: "day", month: 7, day: 4},
	{key: "veterans", follow: "day", month: 11, day: 11},
	{key: "mlk", follow: "day", month: 1, wday: 1, nth: 3},
	{key: "boxing", follow: "day", month: 12, day: 26},
	{key: "columbus", follow: "day", month: 10, wday: 1, nth: 2},
	{key: "presidents", follow: "day", month: 2, wday: 1, nth: 3},
	{key: "mothers", follow: "day", month: 5, wday: 7, nth: 2},
	{key: "fathers", follow: "day", month: 6, wday: 7, nth: 3},
}
