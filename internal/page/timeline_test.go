package page

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/timex"
)

func TestTimelineOf(t *testing.T) {
	text := "On Monday, talks began. They last three days.\n\nIn September 2013 a deal was struck; last week too. Talks resume in 2014. When? Nobody knows."
	d := &annotate.Document{Text: text}
	d.Paragraphs = []annotate.Span{at(t, text, "On Monday, talks began. They last three days."), at(t, text, "In September 2013 a deal was struck; last week too. Talks resume in 2014. When? Nobody knows.")}
	d.Sentences = []annotate.Sentence{
		{Span: at(t, text, "On Monday, talks began.")},
		{Span: at(t, text, "They last three days.")},
		{Span: at(t, text, "In September 2013 a deal was struck; last week too.")},
		{Span: at(t, text, "Talks resume in 2014.")},
	}
	date := func(sub string, typ timex.Type, value string) annotate.Date {
		return annotate.Date{Span: at(t, text, sub), Type: typ, Value: value}
	}
	d.Dates = []annotate.Date{
		date("Monday", timex.Date, "2013-09-16"),
		date("three days", timex.Duration, "P3D"),
		date("September 2013", timex.Date, "2013-09"),
		date("last week", timex.Date, "2013-W37"),
		date("2014", timex.Date, "2014"),
		date("When", timex.Date, ""),
	}
	got := TimelineOf(d)
	type row struct{ Text, Label, ISO string }
	var rows []row
	for _, e := range got {
		rows = append(rows, row{e.Text, e.Label, e.ISO})
	}
	assert.Equal(t, []row{
		{"September 2013", "September 2013", "2013-09"},
		{"last week", "Week of Mon 9 Sep 2013", "2013-W37"},
		{"Monday", "Mon 16 Sep 2013", "2013-09-16"},
		{"2014", "2014", "2014"},
		{"three days", "3 days", ""},
		{"When", "not resolved", ""},
	}, rows)
	assert.Equal(t, []bool{true, true, true, true, false, false}, []bool{got[0].Dated, got[1].Dated, got[2].Dated, got[3].Dated, got[4].Dated, got[5].Dated})
	assert.Equal(t, "On ", got[2].Before)
	assert.Equal(t, ", talks began.", got[2].After)
	assert.Equal(t, "In ", got[0].Before)
	assert.Equal(t, "In September 2013 a deal was struck; last week too. Talks resume in 2014. When? Nobody knows.",
		got[5].Before+got[5].Text+got[5].After, "outside every sentence: its paragraph")
}

func TestParseValue(t *testing.T) {
	tests := []struct {
		value, label, iso string
	}{
		{"2013", "2013", "2013"},
		{"2013-09", "September 2013", "2013-09"},
		{"2013-09-16", "Mon 16 Sep 2013", "2013-09-16"},
		{"2013-09-16T15:30", "Mon 16 Sep 2013, 15:30", "2013-09-16T15:30"},
		{"2013-09-16T15:30:07", "Mon 16 Sep 2013, 15:30", "2013-09-16T15:30"},
		{"2013-09-16TEV", "Mon 16 Sep 2013, evening", "2013-09-16"},
		{"2013-W38", "Week of Mon 16 Sep 2013", "2013-W38"},
		{"2013-W38-WE", "Weekend of Sat 21 Sep 2013", "2013-W38"},
		{"2020-W01", "Week of Mon 30 Dec 2019", "2020-W01"},
		{"2013-Q3", "Q3 2013", "2013"},
		{"2013-H2", "H2 2013", "2013"},
		{"2013-SU", "Summer 2013", "2013"},
		{"2013-02-30", "", ""},
		{"2013-13", "", ""},
		{"XXXX-09-16", "", ""},
		{"201X", "", ""},
		{"PRESENT_REF", "", ""},
		{"P3D", "", ""},
		{"2013-W54", "", ""},
		{"2013-09-16T25:00", "", ""},
		{"2013-", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			start, g, iso, ok := parseValue(tt.value)
			if tt.label == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.label, calendarLabel(start, g, tt.value))
			assert.Equal(t, tt.iso, iso)
		})
	}
}

func TestOtherLabel(t *testing.T) {
	tests := []struct {
		typ         timex.Type
		value, want string
	}{
		{timex.Duration, "P3D", "3 days"},
		{timex.Duration, "P1Y", "1 year"},
		{timex.Duration, "PT2H30M", "2 hours 30 minutes"},
		{timex.Duration, "P6M", "6 months"},
		{timex.Duration, "PXY", "some years"},
		{timex.Duration, "P2W", "2 weeks"},
		{timex.Duration, "P", "P"},
		{timex.Duration, "P3", "P3"},
		{timex.Set, "XXXX-WXX-1", "every Monday"},
		{timex.Set, "XXXX-WXX-5TEV", "every Friday evening"},
		{timex.Set, "XXXX-XX-XXTNI", "every night"},
		{timex.Set, "P1D", "every day"},
		{timex.Set, "P2W", "every 2 weeks"},
		{timex.Set, "PT1H", "every hour"},
		{timex.Set, "P1Q", "recurring: P1Q"},
		{timex.Set, "XXXX-03", "every March"},
		{timex.Set, "XXXX-SU", "every summer"},
		{timex.Set, "XXXX-13", "recurring: XXXX-13"},
		{timex.Set, "XXXX-WXX-8", "recurring: XXXX-WXX-8"},
		{timex.Date, "PRESENT_REF", "now"},
		{timex.Date, "PAST_REF", "the past"},
		{timex.Date, "FUTURE_REF", "the future"},
		{timex.Date, "", "not resolved"},
		{timex.Date, "XXXX-09-16", "16 September, year unknown"},
		{timex.Date, "XXXX-01", "January, year unknown"},
		{timex.Date, "XXXX-WXX-2", "a Tuesday, week unknown"},
		{timex.Time, "XXXX-WXX-4T06:00", "a Thursday at 06:00, week unknown"},
		{timex.Time, "XXXX-WXX-4T18:30-05:00", "a Thursday at 18:30-05:00, week unknown"},
		{timex.Time, "XXXX-WXX-5TEV", "a Friday evening, week unknown"},
		{timex.Time, "XXXX-09-16T09:00", "16 September at 09:00, year unknown"},
		{timex.Time, "XXXX-XX-XXT15:30", "15:30, day unknown"},
		{timex.Time, "XXXX-XX-XXTNI", "night, day unknown"},
		{timex.Time, "XXXX-XX-XXT99:00", "XXXX-XX-XXT99:00"},
		{timex.Time, "XXXX-01T09:00", "XXXX-01T09:00"},
		{timex.Date, "XXXX-02-31", "XXXX-02-31"},
		{timex.Date, "XXXX-02-29", "29 February, year unknown"},
		{timex.Date, "XXXX-00", "XXXX-00"},
		{timex.Date, "XXXX-SU", "summer, year unknown"},
		{timex.Date, "XXXX-SP", "spring, year unknown"},
		{timex.Date, "XXXX-SV", "XXXX-SV"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, otherLabel(annotate.Date{Type: tt.typ, Value: tt.value}), tt.value)
	}
}

func TestSentenceAroundShortens(t *testing.T) {
	long := ""
	for len(long) < 1000 {
		long += "word é "
	}
	text := long + "on Monday " + long + "."
	d := &annotate.Document{Text: text, Sentences: []annotate.Sentence{{Span: annotate.Span{Start: 0, End: len(text)}}}}
	before, after := sentenceAround(d, at(t, text, "on Monday"))
	assert.LessOrEqual(t, len(before), sentenceMax+len("…")+1)
	assert.LessOrEqual(t, len(after), sentenceMax+len("…")+1)
	assert.True(t, len(before) > 100 && before[:len("…")] == "…")
	assert.Equal(t, "…", after[len(after)-len("…"):])
	assert.True(t, validUTF8(before) && validUTF8(after))
}
