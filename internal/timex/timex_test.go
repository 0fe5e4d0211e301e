package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ref is a Monday: 16 September 2013.
var ref = time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC)

// want is one expected expression: its text (the first occurrence in the
// input, or the occurrence after the text of at), type and value.
type want struct {
	text  string
	typ   Type
	value string
	mod   string
}

// found lists what Find returns as wants, for readable failures.
func found(text string, r time.Time) []want {
	var out []want
	for _, x := range Find(text, r) {
		out = append(out, want{text[x.Start:x.End], x.Type, x.Value, x.Mod})
	}
	return out
}

func check(t *testing.T, text string, r time.Time, ws []want) {
	t.Helper()
	assert.Equal(t, ws, found(text, r), "in %q", text)
}

func TestAbsolute(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"on Sept. 12, 2013, they met", []want{{"Sept. 12, 2013", Date, "2013-09-12", ""}}},
		{"12 September 2013", []want{{"12 September 2013", Date, "2013-09-12", ""}}},
		{"Thursday Sept. 12, 2013.", []want{{"Thursday Sept. 12, 2013", Date, "2013-09-12", ""}}},
		{"Sunday, December 7, 2014", []want{{"Sunday, December 7, 2014", Date, "2014-12-07", ""}}},
		{"dated 2013-09-12 in the file", []want{{"2013-09-12", Date, "2013-09-12", ""}}},
		{"logged 2014 12 28, then", []want{{"2014 12 28", Date, "2014-12-28", ""}}},
		{"filed 9/12/2013 in Ohio", []want{{"9/12/2013", Date, "2013-09-12", ""}}},
		{"filed 25/05/2015 in Rome", []want{{"25/05/2015", Date, "2015-05-25", ""}}},
		{"filed on 14/4 in Rome", []want{{"14/4", Date, "2013-04-14", ""}}},
		{"MOSCOW, Sept 16 (Reuters) -", []want{{"Sept 16", Date, "2013-09-16", ""}}},
		{"by mid-September", []want{{"mid-September", Date, "2013-09", "MID"}}},
		{"in early 2014", []want{{"early 2014", Date, "2014", "START"}}},
		{"music of the 1990s", []want{{"the 1990s", Date, "199", ""}}},
		{"revenue in Q3 rose", []want{{"Q3", Date, "2013-Q3", ""}}},
		{"the third quarter of 2012", []want{{"the third quarter of 2012", Date, "2012-Q3", ""}}},
		{"results for fiscal 2012", []want{{"fiscal 2012", Date, "2012", ""}}},
		{"in September 2012", []want{{"September 2012", Date, "2012-09", ""}}},
		{"since 1998 the firm", []want{{"1998", Date, "1998", ""}}},
		{"the 20th century", []want{{"the 20th century", Date, "19", ""}}},
		{"a 1996 campaign", []want{{"1996", Date, "1996", ""}}},
		{"Christmas Day 2012", []want{{"Christmas Day 2012", Date, "2012-12-25", ""}}},
		{"Easter 2014", []want{{"Easter 2014", Date, "2014-04-20", ""}}},
		{"the summer of 1994", []want{{"the summer of 1994", Date, "1994-SU", ""}}},
		{"in 345 BC", []want{{"345 BC", Date, "-0345", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

func TestRanges(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"talks on Sept. 12-14 in Geneva", []want{{"Sept. 12", Date, "2013-09-12", ""}, {"14", Date, "2013-09-14", ""}}},
		{"from 2010 to 2012", []want{{"2010", Date, "2010", ""}, {"2012", Date, "2012", ""}}},
		{"10 - 22 August 2012", []want{{"10", Date, "2012-08-10", ""}, {"22 August 2012", Date, "2012-08-22", ""}}},
		{"Aug 10 - Nov 12, 2011", []want{{"Aug 10", Date, "2011-08-10", ""}, {"Nov 12, 2011", Date, "2011-11-12", ""}}},
		{"open 3:30-4:30pm daily", []want{{"3:30", Time, "2013-09-16T15:30", ""}, {"4:30pm", Time, "2013-09-16T16:30", ""}, {"daily", Set, "P1D", ""}}},
		{"from 9 to 11pm", []want{{"9", Time, "2013-09-16T21:00", ""}, {"11pm", Time, "2013-09-16T23:00", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

func TestRelative(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"He arrived today.", []want{{"today", Date, "2013-09-16", ""}}},
		{"Why Today Matters", []want{{"Today", Date, "2013-09-16", ""}}},
		{"Prices fell. Today, they rose.", []want{{"Today", Date, "2013-09-16", ""}}},
		{"She left yesterday.", []want{{"yesterday", Date, "2013-09-15", ""}}},
		{"He speaks tonight.", []want{{"tonight", Time, "2013-09-16TNI", ""}}},
		{"He will go tomorrow.", []want{{"tomorrow", Date, "2013-09-17", ""}}},
		{"It rained last week.", []want{{"last week", Date, "2013-W37", ""}}},
		{"It opens next month.", []want{{"next month", Date, "2013-10", ""}}},
		{"It closed two years ago.", []want{{"two years ago", Date, "2011", ""}}},
		{"Sales rose earlier this year.", []want{{"earlier this year", Date, "2013", "START"}}},
		{"It will be hot this summer.", []want{{"this summer", Date, "2013-SU", ""}}},
		{"They met over the weekend.", []want{{"the weekend", Date, "2013-W37-WE", ""}}},
		{"The trial opens a week from Monday.", []want{{"a week from Monday", Date, "2013-09-23", ""}}},
		{"Prices doubled in the past decade.", []want{{"the past decade", Duration, "P10Y", ""}}},
		{"He is now in Paris.", []want{{"now", Date, "PRESENT_REF", ""}}},
		{"She recently moved.", []want{{"recently", Date, "PAST_REF", ""}}},
		{"in the future", []want{{"the future", Date, "FUTURE_REF", ""}}},
		{"The mill is safe for the long term, its owner says.", []want{{"the long term", Date, "FUTURE_REF", ""}}},
		{"The minister will decide very soon.", []want{{"very soon", Date, "FUTURE_REF", ""}}},
		{"the day before yesterday", []want{{"the day before yesterday", Date, "2013-09-14", ""}}},
		{"It ends in five years.", []want{{"five years", Date, "2018", ""}}},
		{"The deal was announced last May.", []want{{"last May", Date, "2013-05", ""}}},
		{"Results come out next Friday.", []want{{"next Friday", Date, "2013-09-27", ""}}},
		{"The vote was held on Friday.", []want{{"Friday", Date, "2013-09-13", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

// TestNewsBias pins the tense rule: weekdays and bare months point back in
// a past-tense sentence and ahead in a future-tense one.
func TestNewsBias(t *testing.T) {
	wed := time.Date(2013, 9, 18, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		text string
		r    time.Time
		want []want
	}{
		{"Lavrov said on Monday it may be time.", ref, []want{{"Monday", Date, "2013-09-16", ""}}},
		{"Lavrov said on Monday it may be time.", wed, []want{{"Monday", Date, "2013-09-16", ""}}},
		{"The ministers will meet on Monday.", wed, []want{{"Monday", Date, "2013-09-23", ""}}},
		{"The ministers met on Friday.", wed, []want{{"Friday", Date, "2013-09-13", ""}}},
		{"The ministers will meet on Friday.", wed, []want{{"Friday", Date, "2013-09-20", ""}}},
		{"They announced in May that they would meet.", ref, []want{{"May", Date, "2013-05", ""}}},
		{"The summit will open in May.", ref, []want{{"May", Date, "2014-05", ""}}},
		{"It is to resume in November.", ref, []want{{"November", Date, "2013-11", ""}}},
		{"Russia and the United States struck a deal on Saturday.", ref, []want{{"Saturday", Date, "2013-09-14", ""}}},
		// "could" with a verb looks ahead; "could be" and "could have" do not
		{"The deal could close in December.", ref, []want{{"December", Date, "2013-12", ""}}},
		{"Neither could be located Wednesday in their hometown.", wed.AddDate(0, 0, 1), []want{{"Wednesday", Date, "2013-09-18", ""}}},
		// "cut" after "any" is a noun, not a past tense
		{"It could delay any cut until the spring.", ref, []want{{"the spring", Date, "2014-SP", ""}}},
		// a month near "is" or "are" with no tense besides: the nearest
		{"The vote is in December.", ref, []want{{"December", Date, "2013-12", ""}}},
		{"December is very much in play.", ref, []want{{"December", Date, "2013-12", ""}}},
		{"The vote is in June.", ref, []want{{"June", Date, "2013-06", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.r.Format("Mon"), func(t *testing.T) { check(t, tt.text, tt.r, tt.want) })
	}
}

func TestTimes(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"at 3 p.m. the talks", []want{{"3 p.m.", Time, "2013-09-16T15:00", ""}}},
		{"until noon", []want{{"noon", Time, "2013-09-16T12:00", ""}}},
		{"at 15:00 GMT", []want{{"15:00 GMT", Time, "2013-09-16T15:00Z", ""}}},
		{"at 3 p.m. EST", []want{{"3 p.m. EST", Time, "2013-09-16T15:00-05:00", ""}}},
		// US zones written out: on daylight time in September unless the text says standard
		{"at 9 a.m. Pacific time", []want{{"9 a.m. Pacific time", Time, "2013-09-16T09:00-07:00", ""}}},
		{"at 8 p.m. Eastern Standard Time", []want{{"8 p.m. Eastern Standard Time", Time, "2013-09-16T20:00-05:00", ""}}},
		{"at 8 p.m. Eastern Daylight Time", []want{{"8 p.m. Eastern Daylight Time", Time, "2013-09-16T20:00-04:00", ""}}},
		{"at 9 a.m. in the Pacific", []want{{"9 a.m.", Time, "2013-09-16T09:00", ""}}},
		{"Friday 10 am (BST)", []want{{"Friday 10 am (BST)", Time, "2013-09-20T10:00+01:00", ""}}},
		{"at 9:30 a.m. Tuesday", []want{{"9:30 a.m. Tuesday", Time, "2013-09-17T09:30", ""}}},
		{"on Monday morning", []want{{"Monday morning", Time, "2013-09-16TMO", ""}}},
		{"yesterday afternoon", []want{{"yesterday afternoon", Time, "2013-09-15TAF", ""}}},
		{"6 in the evening", []want{{"6 in the evening", Time, "2013-09-16T18:00", ""}}},
		{"2014-04-18 13:00", []want{{"2014-04-18 13:00", Time, "2014-04-18T13:00", ""}}},
		{"at a quarter past 3pm", []want{{"a quarter past 3pm", Time, "2013-09-16T15:15", ""}}},
		{"the first Tuesday of October", []want{{"the first Tuesday of October", Date, "2013-10-01", ""}}},
		{"the last week of March 2013", []want{{"the last week of March 2013", Date, "2013-W13", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

func TestDurations(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"opened two days of meetings", []want{{"two days", Duration, "P2D", ""}}},
		{"for 18 months", []want{{"18 months", Duration, "P18M", ""}}},
		{"a two-year deal", []want{{"two-year", Duration, "P2Y", ""}}},
		{"for half an hour", []want{{"half an hour", Duration, "PT30M", ""}}},
		{"for 2 1/2 years", []want{{"2 1/2 years", Duration, "P2Y6M", ""}}},
		{"lasted more than four hours", []want{{"more than four hours", Duration, "PT4H", "MORE_THAN"}}},
		{"for several years", []want{{"several years", Duration, "PXY", ""}}},
		{"in the first nine months", []want{{"the first nine months", Duration, "P9M", ""}}},
		{"a minute and a half", []want{{"a minute and a half", Duration, "PT1M30S", ""}}},
		{"it takes a second and a half", []want{{"a second and a half", Duration, "PT1.5S", ""}}},
		{"A second later the lights went out", []want{{"A second later", Duration, "PT1S", ""}}},
		{"the tickets sold out in only minutes", []want{{"minutes", Duration, "PTXM", ""}}},
		{"The village has changed a lot over the years.", []want{{"the years", Duration, "PXY", ""}}},
		{"a months-long strike ended a decades-long feud", []want{{"months-long", Duration, "PXM", ""}, {"decades-long", Duration, "PXY", ""}}},
		// a count written with thousands separators
		{"frozen for about 40,000 years", []want{{"about 40,000 years", Duration, "P40000Y", "APPROX"}}},
		// "last" after "to" or a modal is the verb
		{"The trial is expected to last four weeks.", []want{{"four weeks", Duration, "P4W", ""}}},
		{"The talks will last two days.", []want{{"two days", Duration, "P2D", ""}}},
		{"Sales rose over the last four weeks.", []want{{"the last four weeks", Duration, "P4W", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

func TestSets(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"every Monday", []want{{"every Monday", Set, "XXXX-WXX-1", ""}}},
		{"The fee rises annually.", []want{{"annually", Set, "P1Y", ""}}},
		{"twice a year", []want{{"a year", Set, "P1Y", ""}}},
		{"each month", []want{{"each month", Set, "P1M", ""}}},
		{"every two years", []want{{"every two years", Set, "P2Y", ""}}},
		{"every morning", []want{{"every morning", Set, "XXXX-XX-XXTMO", ""}}},
		{"she gives a weekly briefing", []want{{"weekly", Set, "P1W", ""}}},
		{"the national daily Pravda reported", nil},
		{"a columnist for Rhythm Monthly wrote", nil},
		{"Trains run Daily.", []want{{"Daily", Set, "P1D", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

// TestNotDates pins words and numbers that look temporal and are not.
func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"It may be time to consider efforts.",
		"Protesters march on the capital.",
		"I may by here. May the force be with you.",
		"a second resolution that could be passed",
		"Salah added a second from the penalty spot.",
		"He added a second and a third.",
		"any resort to force under Chapter VII would come later",
		"The Sunday Times reported the story.",
		"He scored 12 points and 2020 people cheered.",
		"2020",
		"Version: 1.1.30",
		"The stock fell 7/8 to 31 3/4.",
		"a 44-year-old protester",
		"a quarterly dividend",
		"Small caps led, and the Russell 2000 Index closed higher.",
		"the current account deficit",
		"February 29, 2014",
		"32 August",
		"I'm at 10",
		"5 to 10 people came",
		"15 to 20 percent",
		"a 24/7 news channel",
		"Figures: 2014 12 28 30",
		"Popular in the Community\n\nClose\n\nWhat's Hot",
		"We cannot build our way out of this overnight.",
		"Kunin said in an interview with USA TODAY.",
		"It appeared in the journal Neurology Today on its website.",
		"Economists said the fall was partly down to one-off factors.",
		"The fall in prices hurt exporters.",
		"An SEC spokesperson said the agency was reviewing it.",
	} {
		t.Run(text, func(t *testing.T) { assert.Empty(t, found(text, ref), "in %q", text) })
	}
}

// TestOccasionIsNotALength pins "a day when": an occasion, some day to come
// after a condition or a modal, and no expression otherwise; "a day" alone
// stays a duration.
func TestOccasionIsNotALength(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"if there ever came a day when I could no longer meet my duties", []want{{"a day", Date, "FUTURE_REF", ""}}},
		{"There will come a day when the debt is paid.", []want{{"a day", Date, "FUTURE_REF", ""}}},
		{"There came a day when he left.", nil},
		{"It was a week when prices fell.", nil},
		{"He stayed a day in Paris.", []want{{"a day", Duration, "P1D", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

// TestNoReference pins that a text with no date still gets values for its
// absolute dates, and no value for relative ones.
func TestNoReference(t *testing.T) {
	check(t, "On Sept. 12, 2013 and on Monday, and on Sept 16.", time.Time{}, []want{
		{"Sept. 12, 2013", Date, "2013-09-12", ""},
		{"Monday", Date, "XXXX-WXX-1", ""},
		{"Sept 16", Date, "XXXX-09-16", ""},
	})
	check(t, "He left yesterday.", time.Time{}, []want{{"yesterday", Date, "", ""}})
	// a time on a weekday keeps both: the week is what is unknown
	check(t, "The warning runs until 6am on Thursday.", time.Time{}, []want{{"6am on Thursday", Time, "XXXX-WXX-4T06:00", ""}})
	check(t, "Polls close at 8 p.m. ET Tuesday.", time.Time{}, []want{{"8 p.m. ET Tuesday", Time, "XXXX-WXX-2T20:00-05:00", ""}})
	// and a weekday's part or time after it
	check(t, "It happened on Saturday morning, police said.", time.Time{}, []want{{"Saturday morning", Time, "XXXX-WXX-6TMO", ""}})
	check(t, "The shop opens Thursday at 6am.", time.Time{}, []want{{"Thursday at 6am", Time, "XXXX-WXX-4T06:00", ""}})
}

// TestSpansAreBytes pins byte offsets after multi-byte text.
func TestSpansAreBytes(t *testing.T) {
	text := "Café “Zürich” opened on 12 May 2010."
	got := Find(text, ref)
	require.Len(t, got, 1)
	assert.Equal(t, strings.Index(text, "12 May 2010"), got[0].Start)
	assert.Equal(t, "12 May 2010", text[got[0].Start:got[0].End])
}

func TestInferPublished(t *testing.T) {
	tests := []struct {
		name, text string
		want       time.Time
		span       string
	}{
		{"dateline year from the text", "Photo taken Thursday Sept. 12, 2013.\n\nMOSCOW, Sept 16 (Reuters) - Lavrov said on Monday.", time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC), "Sept 16"},
		{"dateline with a year", "WASHINGTON, Jan. 3, 2012 (AP) -- Congress met.", time.Date(2012, 1, 3, 0, 0, 0, 0, time.UTC), "Jan. 3, 2012"},
		{"dateline after new year", "Talks ended Dec. 28, 2012.\nGENEVA, Jan 3 (Reuters) - Talks resumed.", time.Date(2013, 1, 3, 0, 0, 0, 0, time.UTC), "Jan 3"},
		{"published line", "Some headline\nPublished: 16 September 2013\nBody text since 1990.", time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC), "16 September 2013"},
		{"updated line", "Headline\nUpdated 2013-09-17 10:02\nBody.", time.Date(2013, 9, 17, 0, 0, 0, 0, time.UTC), "2013-09-17 10:02"},
		{"date line near the top", "Apple executive resigns\n\nAugust 25, 2011\n\nJobs resigned on Wednesday.", time.Date(2011, 8, 25, 0, 0, 0, 0, time.UTC), "August 25, 2011"},
		{"latest full date on a short line at the top", "The treaty of May 1, 1990 was revised on June 3, 1995 and again in 1999.", time.Date(1995, 6, 3, 0, 0, 0, 0, time.UTC), "June 3, 1995"},
		{"byline", "Council approves transit plan\n\nBy Maria Gonzalez | March 4, 2025\n\nThe council voted on Tuesday.", time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), "March 4, 2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			day, s, e, ok := InferPublished(tt.text, OrderAuto)
			require.True(t, ok)
			assert.Equal(t, tt.want, day)
			assert.Equal(t, tt.span, tt.text[s:e])
		})
	}
	_, _, _, ok := InferPublished("No dates here, only words.", OrderAuto)
	assert.False(t, ok)
	// a date in the body is no evidence: it is as often one to come
	_, _, _, ok = InferPublished("Formula maker recalls cans\n\nBrightmeadow is recalling about 300,000 cans of infant formula after tests found bacteria, the company said Tuesday.\n\nThe recall covers cans with \"use by\" dates between March 1, 2027, and June 30, 2027. No illnesses have been reported.", OrderAuto)
	assert.False(t, ok)
}

// TestSeasons pins that a winter is named by the year it begins in.
// TestInferPublishedReadsTheTop: the evidence of a long paste is in its
// first 64 KB; a date only at the end of a megabyte decides nothing.
func TestInferPublishedReadsTheTop(t *testing.T) {
	filler := strings.Repeat("Shares rose and fell as the markets waited.\n\n", 1<<20/45)
	_, _, _, ok := InferPublished(filler+"Published 12 May 2013", OrderAuto)
	assert.False(t, ok, "a date after the first 64 KB")
	day, s, e, ok := InferPublished(filler[:40<<10]+"\nPublished 12 May 2013\n"+filler, OrderAuto)
	require.True(t, ok, "a date within them")
	assert.Equal(t, "2013-05-12", day.Format("2006-01-02"))
	assert.Equal(t, 40<<10+11, s)
	assert.Equal(t, 40<<10+22, e)
	assert.Equal(t, len("abc"), lineCut("abc", 2), "short enough to keep whole")
	assert.Equal(t, 2, lineCut("ab\ncdefgh", 2), "the end of the line")
	assert.Equal(t, 2, lineCut("abcdefghij", 2), "no line end near")
	assert.Equal(t, 1, lineCut("aéééééééé", 2), "on a rune boundary")
}

func TestSeasons(t *testing.T) {
	feb := time.Date(2014, 2, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		r    time.Time
		want []want
	}{
		{"Hiring picked up last fall.", feb, []want{{"last fall", Date, "2013-FA", ""}}},
		{"It has been cold this winter.", feb, []want{{"this winter", Date, "2013-WI", ""}}},
		{"The road opens next spring.", feb, []want{{"next spring", Date, "2014-SP", ""}}},
		{"It will be hot this summer.", feb, []want{{"this summer", Date, "2014-SU", ""}}},
		{"Snow fell last winter.", ref, []want{{"last winter", Date, "2012-WI", ""}}},
		{"Classes resume in the fall.", feb, []want{{"the fall", Date, "2014-FA", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, tt.r, tt.want) })
	}
}

// TestWeekdayAgreement pins that a weekday written with a day and month
// picks the year in which they agree.
func TestWeekdayAgreement(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"The race is on Sat, Jun 21.", []want{{"Sat, Jun 21", Date, "2014-06-21", ""}}},
		{"It opened on Monday, Sept. 2.", []want{{"Monday, Sept. 2", Date, "2013-09-02", ""}}},
		{"They met on Thursday, October 20.", []want{{"Thursday, October 20", Date, "2011-10-20", ""}}},
		{"Counting resumed Saturday from last week.", []want{{"Saturday from last week", Date, "2013-09-14", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

// TestRangeEnds pins what the two ends of a range share: the day of the
// second end, and an order in which the start comes first.
func TestRangeEnds(t *testing.T) {
	sun := time.Date(2023, 4, 9, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		r    time.Time
		want []want
	}{
		{"Open 8:15 - 10:45 on Thursday.", ref, []want{{"8:15", Time, "2013-09-19T08:15", ""}, {"10:45 on Thursday", Time, "2013-09-19T10:45", ""}}},
		{"Talks run 3pm-5pm tomorrow.", ref, []want{{"3pm", Time, "2013-09-17T15:00", ""}, {"5pm tomorrow", Time, "2013-09-17T17:00", ""}}},
		{"Open Thursday 9 a.m. to 11 a.m.", ref, []want{{"Thursday 9 a.m.", Time, "2013-09-19T09:00", ""}, {"11 a.m.", Time, "2013-09-19T11:00", ""}}},
		{"Wed Nov 8, 09:00 - 10:30:15 2023", ref, []want{{"Wed Nov 8, 09:00", Time, "2023-11-08T09:00", ""}, {"10:30:15 2023", Time, "2023-11-08T10:30:15", ""}}},
		{"Season: November to May", sun, []want{{"November", Date, "2022-11", ""}, {"May", Date, "2023-05", ""}}},
		{"Stores open Thursday to Monday.", sun, []want{{"Thursday", Date, "2023-04-06", ""}, {"Monday", Date, "2023-04-10", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, tt.r, tt.want) })
	}
}

// TestStandingAlone pins expressions alone on their line, read as the
// next occurrence after a reference that has a time of day.
func TestStandingAlone(t *testing.T) {
	morning := time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC) // a Tuesday, 04:30
	tests := []struct {
		text string
		want []want
	}{
		{"2:45", []want{{"2:45", Time, "2013-02-12T14:45", ""}}},
		{"at 2am", []want{{"2am", Time, "2013-02-13T02:00", ""}}},
		{"2h47", []want{{"2h47", Time, "2013-02-13T02:47", ""}}},
		{"16:40", []want{{"16:40", Time, "2013-02-12T16:40", ""}}},
		{"last thursday of november", []want{{"last thursday of november", Date, "2013-11-28", ""}}},
		{"four Saturdays from now", []want{{"four Saturdays from now", Date, "2013-03-09", ""}}},
		{"3 wednesdays ago", []want{{"3 wednesdays ago", Date, "2013-01-23", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, morning, tt.want) })
	}
}

// TestUnitEdges pins the edges of the current month, week or year.
func TestUnitEdges(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"Payment is due at the end of the month.", []want{{"the end of the month", Date, "2013-09", "END"}}},
		{"Prices rose since the beginning of the year.", []want{{"the beginning of the year", Date, "2013", "START"}}},
		{"bills due before end of month", []want{{"end of month", Date, "2013-09", "END"}}},
		{"Reports due EOY", []want{{"EOY", Date, "2013", "END"}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

func TestHolidays(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"Orthodox Easter 2021 fell late.", []want{{"Orthodox Easter 2021", Date, "2021-05-02", ""}}},
		{"on Clean Monday 2021", []want{{"Clean Monday 2021", Date, "2021-03-15", ""}}},
		{"Lazarus Saturday 2021", []want{{"Lazarus Saturday 2021", Date, "2021-04-24", ""}}},
		{"parades on Mardi Gras 2014", []want{{"Mardi Gras 2014", Date, "2014-03-04", ""}}},
		{"a parade on St. Paddy's Day 2015", []want{{"St. Paddy's Day 2015", Date, "2015-03-17", ""}}},
		{"closed on Martin Luther King Jr. Day 2016", []want{{"Martin Luther King Jr. Day 2016", Date, "2016-01-18", ""}}},
		{"Boss's Day 2022", []want{{"Boss's Day 2022", Date, "2022-10-17", ""}}},
		{"World Vegan Day 2015", []want{{"World Vegan Day 2015", Date, "2015-11-01", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

// TestDaysAndWeeksCounted pins days of the month named alone, weeks and
// days counted from either end of a month or a year, and the week of a day.
func TestDaysAndWeeksCounted(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"The vote will be held on the 20th.", []want{{"the 20th", Date, "2013-09-20", ""}}},
		{"The ship sank on the 3rd.", []want{{"the 3rd", Date, "2013-09-03", ""}}},
		{"on the first try", nil},
		{"the second last week of 2019", []want{{"the second last week of 2019", Date, "2019-W51", ""}}},
		{"the last week of June 2015", []want{{"the last week of June 2015", Date, "2015-W26", ""}}},
		{"the third last day of April 2016", []want{{"the third last day of April 2016", Date, "2016-04-28", ""}}},
		{"the last week-end of March 2016", []want{{"the last week-end of March 2016", Date, "2016-W12-WE", ""}}},
		{"talks set for the week of June 9, 2014", []want{{"the week of June 9, 2014", Date, "2014-W24", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

// TestClockForms pins times of day in words and in 24-hour notation.
func TestClockForms(t *testing.T) {
	morning := time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC)
	tests := []struct {
		text string
		r    time.Time
		want []want
	}{
		{"The train leaves at ten thirty.", ref, []want{{"ten thirty", Time, "2013-09-16T10:30", ""}}},
		{"Doors open at six forty-five p.m.", ref, []want{{"six forty-five p.m.", Time, "2013-09-16T18:45", ""}}},
		{"eleven oh five", morning, []want{{"eleven oh five", Time, "2013-02-12T11:05", ""}}},
		{"five forty-two a m", ref, []want{{"five forty-two a m", Time, "2013-09-16T05:42", ""}}},
		{"It sold ten thirty-year bonds.", ref, []want{{"thirty-year", Duration, "P30Y", ""}}},
		{"2:47a", morning, []want{{"2:47a", Time, "2013-02-13T02:47", ""}}},
		{"The session opens at 16h.", ref, []want{{"16h", Time, "2013-09-16T16:00", ""}}},
		{"open 14h15-17h", ref, []want{{"14h15", Time, "2013-09-16T14:15", ""}, {"17h", Time, "2013-09-16T17:00", ""}}},
		{"lunch 11:45-1:15", ref, []want{{"11:45", Time, "2013-09-16T11:45", ""}, {"1:15", Time, "2013-09-16T13:15", ""}}},
		{"logged 2013-09-16T15:00:00-05:00", ref, []want{{"2013-09-16T15:00:00-05:00", Time, "2013-09-16T15:00:00-05:00", ""}}},
		{"due in three-quarters of an hour", morning, []want{{"three-quarters of an hour", Time, "2013-02-12T05:15", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, tt.r, tt.want) })
	}
}

func TestMoreRelative(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"The city will one day host the games.", []want{{"one day", Date, "FUTURE_REF", ""}}},
		{"over the three upcoming months", []want{{"the three upcoming months", Duration, "P3M", ""}}},
		{"Second-quarter sales beat year-earlier figures.", []want{{"Second-quarter", Date, "2013-Q2", ""}, {"year-earlier", Date, "2012-Q2", ""}}},
		{"a coin struck in 79 a.d.", []want{{"79 a.d.", Date, "0079", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, ref, tt.want) })
	}
}

// TestReports pins readings common in business and market reports.
func TestReports(t *testing.T) {
	apr := time.Date(2000, 4, 17, 0, 0, 0, 0, time.UTC)
	mar := time.Date(2010, 3, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		r    time.Time
		want []want
	}{
		{"Turnover reached 12.5 billion euros, against 9.3 billion Thursday.", ref, []want{{"Thursday", Date, "2013-09-12", ""}}},
		{"It sees a loss in the fourth quarter of 2013. Profit fell in the latest quarter.", ref, []want{{"the fourth quarter of 2013", Date, "2013-Q4", ""}, {"the latest quarter", Date, "2013-Q2", ""}}},
		{"Orders for the current quarter look strong.", ref, []want{{"the current quarter", Date, "2013-Q3", ""}}},
		{"Exports grew in February from the same period last year.", mar, []want{{"February", Date, "2010-02", ""}, {"the same period last year", Date, "2009-02", ""}}},
		{"On Monday the index rose 1% to end the day at 9,500.", ref, []want{{"Monday", Date, "2013-09-16", ""}, {"the day", Date, "2013-09-16", ""}}},
		{"Unemployment is at its highest rate in eight years.", ref, []want{{"eight years", Duration, "P8Y", ""}}},
		{"Gold traded at its best price in over a year.", ref, []want{{"over a year", Duration, "P1Y", "MORE_THAN"}}},
		{"fashions of the 60s and 70s", ref, []want{{"the 60s", Date, "196", ""}, {"70s", Date, "197", ""}}},
		{"temperatures in the 70s", ref, nil},
		{"a 3D printer at the soon-to-be-built plant", ref, nil},
		{"after three consecutive quarters of growth", ref, []want{{"three consecutive quarters", Duration, "P3Q", ""}}},
		{"On Friday stocks steadied late in the day.", ref, []want{{"Friday", Date, "2013-09-13", ""}, {"the day", Date, "2013-09-13", ""}}},
		{"The group earned $2 billion in the fourth quarter of 2011 and $7 billion for the entire year.", time.Date(2012, 1, 20, 0, 0, 0, 0, time.UTC),
			[]want{{"the fourth quarter of 2011", Date, "2011-Q4", ""}, {"the entire year", Date, "2011", ""}}},
		{"Pilgrims arrived in the city for Easter week.", apr, []want{{"Easter week", Date, "2000-W16", ""}}},
		{"Revenue fell in the third quarter. This quarter's margin was thin; in the quarter a year ago it was wider.", ref,
			[]want{{"the third quarter", Date, "2013-Q3", ""}, {"This quarter", Date, "2013-Q3", ""}, {"the quarter a year ago", Date, "2012-Q3", ""}}},
		{"The index ended Friday 2% above the previous Friday.", ref, []want{{"Friday", Date, "2013-09-13", ""}, {"the previous Friday", Date, "2013-09-06", ""}}},
		{"The lender has kept the facility open through January.", ref, []want{{"January", Date, "2014-01", ""}}},
		{"Officials said the case is heard by August.", ref, []want{{"August", Date, "2014-08", ""}}},
		{"The ceasefire ends at midnight Friday.", ref, []want{{"midnight Friday", Time, "2013-09-14T00:00", ""}}},
		{"The ministry has extended the loans until Friday.", ref, []want{{"Friday", Date, "2013-09-20", ""}}},
		{"Schools stay open until Friday\nMarch 4, 2010\n", ref, []want{{"Friday", Date, "2013-09-20", ""}, {"March 4, 2010", Date, "2010-03-04", ""}}},
		{"The brewer turned a profit in the final quarter of 2012.", ref, []want{{"the final quarter of 2012", Date, "2012-Q4", ""}}},
		{"Dealers will be told after October of next year; the plant shut on May 2 of last year.", ref,
			[]want{{"October", Date, "2014-10", ""}, {"next year", Date, "2014", ""}, {"May 2", Date, "2012-05-02", ""}, {"last year", Date, "2012", ""}}},
		{"Over the past three trading days the shares lost a tenth.", ref, []want{{"the past three trading days", Duration, "P3D", ""}}},
		{"Rents rose 4% last year, less than the year previous.", ref, []want{{"last year", Date, "2012", ""}, {"the year previous", Date, "2011", ""}}},
		{"Sales in 2010 beat the year previous.", ref, []want{{"2010", Date, "2010", ""}, {"the year previous", Date, "2009", ""}}},
		{"On Thursday the shares gained 3% in morning trading.", ref, []want{{"Thursday", Date, "2013-09-12", ""}, {"morning", Time, "2013-09-12TMO", ""}}},
		{"It was the market's sharpest single-day drop in a decade.", ref, []want{{"single-day", Duration, "P1D", ""}, {"a decade", Duration, "P10Y", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, tt.r, tt.want) })
	}
}

func TestMoreForms(t *testing.T) {
	morning := time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC)
	tests := []struct {
		text string
		r    time.Time
		want []want
	}{
		{"Wed at 7 am PST", morning, []want{{"Wed at 7 am PST", Time, "2013-02-13T07:00-08:00", ""}}},
		{"Call me at 4 tomorrow afternoon.", ref, []want{{"4 tomorrow afternoon", Time, "2013-09-17T16:00", ""}}},
		{"Aug 8, Fri", ref, []want{{"Aug 8, Fri", Date, "2014-08-08", ""}}},
		{"on the Ides of March 44 BC", ref, []want{{"the Ides of March 44 BC", Date, "-0044-03-15", ""}}},
		{"June after next", ref, []want{{"June after next", Date, "2015-06", ""}}},
		{"back in 3/4 h", morning, []want{{"3/4 h", Time, "2013-02-12T05:15", ""}}},
		{"Evening", morning, []want{{"Evening", Time, "2013-02-12TEV", ""}}},
		{"on the morning of Sept. 11, 2001", ref, []want{{"the morning of Sept. 11, 2001", Time, "2001-09-11TMO", ""}}},
		{"Trading opens at 0800 GMT.", ref, []want{{"0800 GMT", Time, "2013-09-16T08:00Z", ""}}},
		{"The briefing starts at 1145.", ref, []want{{"1145", Time, "2013-09-16T11:45", ""}}},
		{"He retired at 1999 levels.", ref, []want{{"1999", Date, "1999", ""}}},
		{"4:10", morning, []want{{"4:10", Time, "2013-02-12T04:10", ""}}},
		{"Covenant Thursday 2016", ref, []want{{"Covenant Thursday 2016", Date, "2016-03-24", ""}}},
		{"Chinese New Year 2024", ref, []want{{"Chinese New Year 2024", Date, "2024-02-10", ""}}},
		{"A days ago the talks broke down.", ref, []want{{"A days ago", Date, "2013-09-15", ""}}},
		{"It was a years-long fight.", ref, []want{{"years-long", Duration, "PXY", ""}}},
		{"Prices rose lastmonth, and rise again nextyear.", ref, []want{{"lastmonth", Date, "2013-08", ""}, {"nextyear", Date, "2014", ""}}},
		{"Markets shut for the Lunar New Year's Day holiday in 2013.", ref, []want{{"the Lunar New Year's Day", Date, "2013-02-10", ""}, {"2013", Date, "2013", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) { check(t, tt.text, tt.r, tt.want) })
	}
}

// TestChineseNewYear pins the lunar new year against the published dates.
func TestChineseNewYear(t *testing.T) {
	for y, want := range map[int]string{
		1985: "1985-02-20", 1996: "1996-02-19", 2000: "2000-02-05", 2004: "2004-01-22", 2012: "2012-01-23",
		2013: "2013-02-10", 2014: "2014-01-31", 2018: "2018-02-16", 2020: "2020-01-25", 2023: "2023-01-22",
		2025: "2025-01-29", 2026: "2026-02-17",
	} {
		assert.Equal(t, want, chineseNewYear(y).Format("2006-01-02"), "%d", y)
	}
}
