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
		{"filed 9/12/2013 in Ohio", []want{{"9/12/2013", Date, "2013-09-12", ""}}},
		{"filed 25/05/2015 in Rome", []want{{"25/05/2015", Date, "2015-05-25", ""}}},
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
		{"Prices doubled in the past decade.", []want{{"the past decade", Date, "200", ""}}},
		{"He is now in Paris.", []want{{"now", Date, "PRESENT_REF", ""}}},
		{"She recently moved.", []want{{"recently", Date, "PAST_REF", ""}}},
		{"in the future", []want{{"the future", Date, "FUTURE_REF", ""}}},
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
		"any resort to force under Chapter VII would come later",
		"The Sunday Times reported the story.",
		"He scored 12 points and 2020 people cheered.",
		"2020",
		"Version: 1.1.30",
		"The stock fell 7/8 to 31 3/4.",
		"a 44-year-old protester",
		"a quarterly dividend",
		"the current account deficit",
		"February 29, 2014",
		"32 August",
		"I'm at 10",
		"5 to 10 people came",
		"15 to 20 percent",
		"Popular in the Community\n\nClose\n\nWhat's Hot",
	} {
		t.Run(text, func(t *testing.T) { assert.Empty(t, found(text, ref), "in %q", text) })
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
		{"latest full date", "The treaty of May 1, 1990 was revised on June 3, 1995 and again in 1999.", time.Date(1995, 6, 3, 0, 0, 0, 0, time.UTC), "June 3, 1995"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			day, s, e, ok := InferPublished(tt.text)
			require.True(t, ok)
			assert.Equal(t, tt.want, day)
			assert.Equal(t, tt.span, tt.text[s:e])
		})
	}
	_, _, _, ok := InferPublished("No dates here, only words.")
	assert.False(t, ok)
}
