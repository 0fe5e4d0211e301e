package timex

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// foundWith is found with options.
func foundWith(text string, o Options) []want {
	var out []want
	for _, x := range FindWith(text, ref, o) {
		out = append(out, want{text[x.Start:x.End], x.Type, x.Value, x.Mod})
	}
	return out
}

func TestDayOrder(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		order Order
		want  []want
	}{
		{"US by default", "filed 6/10/2018 in Ohio", OrderAuto, []want{{"6/10/2018", Date, "2018-06-10", ""}}},
		{"asked for day first", "filed 6/10/2018 in Leeds", DayFirst, []want{{"6/10/2018", Date, "2018-10-06", ""}}},
		{"day first, without a year", "filed on 6/10 in Leeds", DayFirst, []want{{"6/10", Date, "2013-10-06", ""}}},
		{"day first cannot read it", "filed 12/25/2018", DayFirst, []want{{"12/25/2018", Date, "2018-12-25", ""}}},
		{"asked for month first", "on 25/12/2018 and 6/10/2018", MonthFirst, []want{{"25/12/2018", Date, "2018-12-25", ""}, {"6/10/2018", Date, "2018-06-10", ""}}},
		// a text that writes 25/12/2018 writes day first throughout
		{"found from the text", "on 25/12/2018 and 6/10/2018", OrderAuto, []want{{"25/12/2018", Date, "2018-12-25", ""}, {"6/10/2018", Date, "2018-10-06", ""}}},
		{"dots", "am 31.01.2020 und 6.10.2018", OrderAuto, []want{{"31.01.2020", Date, "2020-01-31", ""}, {"6.10.2018", Date, "2018-10-06", ""}}},
		// both orders written: the text settles nothing, US order holds
		{"mixed", "on 25/12/2018, 12/26/2018 and 6/10/2018", OrderAuto, []want{{"25/12/2018", Date, "2018-12-25", ""}, {"12/26/2018", Date, "2018-12-26", ""}, {"6/10/2018", Date, "2018-06-10", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, foundWith(tt.text, Options{Order: tt.order}))
		})
	}
}

// TestAhead reads dates without a year or week ahead of the reference,
// Monday 16 September 2013, whatever the tense.
func TestAhead(t *testing.T) {
	tests := []struct {
		text            string
		news, wantAhead []want
	}{
		{"The vote was on Friday.",
			[]want{{"Friday", Date, "2013-09-13", ""}},
			[]want{{"Friday", Date, "2013-09-20", ""}}},
		{"Doors opened on Monday.",
			[]want{{"Monday", Date, "2013-09-16", ""}},
			[]want{{"Monday", Date, "2013-09-16", ""}}},
		{"It opened on 1 March.",
			[]want{{"1 March", Date, "2013-03-01", ""}},
			[]want{{"1 March", Date, "2014-03-01", ""}}},
		{"It was held in August.",
			[]want{{"August", Date, "2013-08", ""}},
			[]want{{"August", Date, "2014-08", ""}}},
		{"The season ran from December to May.",
			[]want{{"December", Date, "2012-12", ""}, {"May", Date, "2013-05", ""}},
			[]want{{"December", Date, "2013-12", ""}, {"May", Date, "2014-05", ""}}},
		{"The fair ran Thursday to Monday.",
			[]want{{"Thursday", Date, "2013-09-12", ""}, {"Monday", Date, "2013-09-16", ""}},
			[]want{{"Thursday", Date, "2013-09-19", ""}, {"Monday", Date, "2013-09-23", ""}}},
		// a date with its year stays where it is
		{"It opened on 1 March 2013.",
			[]want{{"1 March 2013", Date, "2013-03-01", ""}},
			[]want{{"1 March 2013", Date, "2013-03-01", ""}}},
		// and so does a date named from the reference
		{"It opened yesterday.",
			[]want{{"yesterday", Date, "2013-09-15", ""}},
			[]want{{"yesterday", Date, "2013-09-15", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.news, foundWith(tt.text, Options{}), "as news")
			assert.Equal(t, tt.wantAhead, foundWith(tt.text, Options{Ahead: true}), "ahead")
		})
	}
}
