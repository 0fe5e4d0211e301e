package eval

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/dataset"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// TestDateFloors fails when a date figure drops below its floor, set a
// little under what the annotator reaches (see make eval).
func TestDateFloors(t *testing.T) {
	for _, f := range [][]string{
		{"dates", "tempeval3", "timebank.jsonl"},
		{"dates", "tempeval3", "aquaint.jsonl"},
		{"dates", "meantime_en", "meantime_en.jsonl"},
		{"dates", "peer-suites", "chrono_cases.jsonl"},
		{"dates", "peer-suites", "duckling_en_time_corpus.json"},
	} {
		dataset.Require(t, f...)
	}
	r, err := DateFigures()
	require.NoError(t, err)
	te, mt := r.TempEval, r.Meantime
	floors := []struct {
		name      string
		got, want float64
	}{
		{"TimeBank+AQUAINT strict span F1", te.Strict.F1(), 0.87},
		{"TimeBank+AQUAINT relaxed span F1", te.Relaxed.F1(), 0.93},
		{"TimeBank+AQUAINT value accuracy", ratio(te.ValueOK, te.Relaxed.TP), 0.88},
		{"TimeBank+AQUAINT value accuracy, values as strings", ratio(te.ValueExact, te.Relaxed.TP), 0.865},
		{"MEANTIME relaxed span F1", mt.Relaxed.F1(), 0.92},
		{"MEANTIME value accuracy", ratio(mt.ValueOK, mt.Relaxed.TP), 0.905},
		{"chrono agreement", ratio(r.Chrono.OK, r.Chrono.N), 0.95},
		{"Duckling agreement", ratio(r.Duckling.OK, r.Duckling.N), 0.90},
	}
	for _, f := range floors {
		assert.GreaterOrEqual(t, f.got, f.want, f.name)
	}
}

type seedDateGold struct {
	Published string `json:"published"`
	Dates     []struct {
		Start, End int
		Text       string
		Value      string
		Required   bool
	} `json:"dates"`
}

// TestSeedDates is the acceptance test on the seed article: with no
// publication date given, the dateline gives 2013-09-16 with the year
// taken from the article's own dates, and every required date gets its
// value; the page furniture, "second U.N. resolution" and "Chapter VII"
// give none. The gold offsets are code points.
func TestSeedDates(t *testing.T) {
	raw, err := os.ReadFile(dataset.Require(t, "seed", "lavrov-2013-09-16.txt"))
	require.NoError(t, err)
	gb, err := os.ReadFile(dataset.Require(t, "seed", "lavrov-2013-09-16.gold.json"))
	require.NoError(t, err)
	var gold seedDateGold
	require.NoError(t, json.Unmarshal(gb, &gold))
	text := string(raw)
	byteAt := codePointToByte(text)

	day, s, e, ok := timex.InferPublished(text, timex.OrderAuto)
	require.True(t, ok, "publication date inferred")
	assert.Equal(t, gold.Published, day.Format("2006-01-02"))
	assert.Equal(t, "Sept 16", text[s:e])
	assert.True(t, strings.HasPrefix(text[strings.LastIndexByte(text[:s], '\n')+1:], "MOSCOW,"), "the dateline")

	found := timex.Find(text, day)
	for _, g := range gold.Dates {
		if !g.Required {
			continue
		}
		gs, ge := byteAt[g.Start], byteAt[g.End]
		require.Equal(t, g.Text, text[gs:ge])
		hit := false
		for _, x := range found {
			if x.Start < ge && gs < x.End {
				hit = true
				assert.Equal(t, g.Value, x.Value, "value of %q at %d", g.Text, gs)
			}
		}
		assert.True(t, hit, "found %q at %d", g.Text, gs)
	}
	for _, phrase := range []string{"second U.N. resolution", "second resolution", "Chapter VII", "Popular in the Community"} {
		for k := strings.Index(text, phrase); k >= 0; {
			for _, x := range found {
				assert.False(t, x.Start < k+len(phrase) && k < x.End, "date %q inside %q", text[x.Start:x.End], phrase)
			}
			next := strings.Index(text[k+1:], phrase)
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	furniture := strings.Index(text, "Popular in the Community")
	for _, x := range found {
		assert.Less(t, x.Start, furniture, "no date in the page furniture: %q", text[x.Start:x.End])
	}

	// The same through the pipeline: no date given, so it is inferred.
	d := annotate.Annotate(text, annotate.Options{})
	assert.Equal(t, annotate.PublishedInferred, d.PublishedSource)
	assert.Equal(t, time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC), d.Published)
	assert.Equal(t, "Sept 16", text[d.PublishedSpan.Start:d.PublishedSpan.End])
	assert.Len(t, d.Dates, len(found))
}

// codePointToByte maps code-point offsets of s to byte offsets.
func codePointToByte(s string) []int {
	m := make([]int, 0, len(s)+1)
	for i := range s {
		m = append(m, i)
	}
	return append(m, len(s))
}

func TestSameValue(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"2000-W07", "2000-W7", true},
		{"199", "199X", true},
		{"19", "19XX", true},
		{"1949", "1949-XX", true},
		{"1998", "1998-XX-XX", true},
		{"1998-12", "1998-12-XX", true},
		{"1989", "1989-WXX", true},
		{"1989-W43", "1989-WXX", false},
		{"1989-Q3", "1989-QX", false},
		{"1998-W49", "1998-12-XX", false},
		{"198", "1989-XX", false},
		{"PXY", "PXM", false},
		{"XXXX-XX-XX", "XXXX", true},
		{"2013-09-16T15:00", "2013-09-16T15", false},
	} {
		assert.Equal(t, tt.want, sameValue(tt.a, tt.b), "%s = %s", tt.a, tt.b)
	}
}

// TestChronoConflictsListed checks that each conflict names a reason that
// is written out, and each case is listed once.
func TestChronoConflictsListed(t *testing.T) {
	reasons := map[string]bool{}
	for _, r := range conflictReasons {
		reasons[r.key] = true
	}
	seen := map[int]bool{}
	for _, c := range chronoConflicts {
		assert.True(t, reasons[c.reason], "case %d: reason %q", c.id, c.reason)
		assert.False(t, seen[c.id], "case %d listed twice", c.id)
		seen[c.id] = true
	}
}

// TestChronoZonedStartDate pins how a time written with its zone meets
// chrono's start date, an instant at UTC: 06:36:02 +0200 is 04:36:02 UTC,
// and the components chrono asserts are compared as written.
func TestChronoZonedStartDate(t *testing.T) {
	const text = "06/Nov/2023:06:36:02 +0200"
	tests := []struct {
		expected string
		want     bool
	}{
		{`{"text": "06/Nov/2023:06:36:02 +0200", "startDate": "2023-11-06T04:36:02.000"}`, true},
		{`{"text": "06/Nov/2023:06:36:02 +0200", "startDate": "2023-11-06T06:36:02.000"}`, false},
		{`{"text": "06/Nov/2023:06:36:02 +0200", "start": {"hour": 6, "minute": 36}}`, true},
	}
	for _, tt := range tests {
		c := chronoCase{Kind: "single", Text: text, Expected: json.RawMessage(tt.expected)}
		c.Chrono.StartKnown = map[string]float64{"year": 2023, "month": 11, "day": 6, "hour": 6, "minute": 36, "second": 2, "timezoneOffset": 120}
		ok, why := chronoAgrees(c, timex.Find(text, time.Time{}), time.Time{})
		assert.Equal(t, tt.want, ok, "%s: %s", tt.expected, why)
	}
}
