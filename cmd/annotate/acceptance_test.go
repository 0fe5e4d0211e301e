package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/dataset"
)

// TestSeedAcceptance runs the command line on the seed article with no
// -published, as the product was specified, and checks what a reader must see.
func TestSeedAcceptance(t *testing.T) {
	path := dataset.Require(t, "seed", "lavrov-2013-09-16.txt")
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	text := []rune(string(raw))
	code, out, errOut := call(t, "", path)
	require.Equal(t, 0, code, errOut)
	var doc struct {
		Published *string
		Quotes    []struct {
			Start, End int
			Text, Kind string
			Cue        *struct{ Text string }
			Speaker    *struct{ Text string }
			SpeakerID  *string `json:"speaker_id"`
		}
		Speakers []struct {
			ID, Name, Kind string
			Title          *string
			Mentions       []struct {
				Start, End int
				Text       string
			}
		}
		Entities []struct {
			Start, End int
			Text, Kind string
		}
		Dates []struct {
			Start, End int
			Text, Type string
			Value      *string
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))

	t.Run("publication date inferred", func(t *testing.T) {
		require.NotNil(t, doc.Published)
		assert.Equal(t, "2013-09-16", *doc.Published)
	})

	t.Run("six quotation-mark quotes, all by Sergei Lavrov", func(t *testing.T) {
		var ids []string
		for _, q := range doc.Quotes {
			assert.Equal(t, string(text[q.Start:q.End]), q.Text, "offsets are code points")
			if q.Kind == "indirect" {
				continue
			}
			require.NotNil(t, q.SpeakerID, "quote %q has a speaker", q.Text)
			ids = append(ids, *q.SpeakerID)
		}
		require.Len(t, ids, 6)
		var lavrov *struct {
			ID, Name, Kind string
			Title          *string
			Mentions       []struct {
				Start, End int
				Text       string
			}
		}
		for i := range doc.Speakers {
			if doc.Speakers[i].ID == ids[0] {
				lavrov = &doc.Speakers[i]
			}
		}
		require.NotNil(t, lavrov)
		for _, id := range ids {
			assert.Equal(t, lavrov.ID, id, "one speaker cluster")
		}
		assert.Equal(t, "Sergei Lavrov", lavrov.Name)
		assert.Equal(t, "person", lavrov.Kind)
		require.NotNil(t, lavrov.Title)
		assert.Equal(t, "Russian Foreign Minister", *lavrov.Title)
		mentions := map[string]bool{}
		for _, m := range lavrov.Mentions {
			mentions[m.Text] = true
		}
		for _, m := range []string{"Sergei Lavrov", "Sergey Lavrov", "Lavrov", "he"} {
			assert.True(t, mentions[m], "mention %q", m)
		}
		last := doc.Quotes[len(doc.Quotes)-1]
		require.NotNil(t, last.Speaker)
		assert.Equal(t, "he", last.Speaker.Text, "the last quote rests on its pronoun")
	})

	t.Run("organizations, and no names in the page furniture", func(t *testing.T) {
		orgs := map[string]bool{}
		for _, e := range doc.Entities {
			if e.Kind == "organization" {
				orgs[e.Text] = true
			}
			for _, furniture := range []string{"Popular in the Community", "Close", "What's Hot"} {
				assert.NotContains(t, e.Text, furniture)
			}
		}
		for _, o := range []string{"Reuters", "AP", "U.N. Security Council", "Security Council"} {
			assert.True(t, orgs[o], "organization %q", o)
		}
		tail := string(text[strings.Index(string(raw), "Popular in the Community"):])
		for _, q := range doc.Quotes {
			assert.NotContains(t, tail, q.Text)
		}
	})

	t.Run("dates with their values", func(t *testing.T) {
		want := map[string][]string{
			"Thursday Sept. 12, 2013": {"2013-09-12", "2013-09-12"},
			"Sept 16":                 {"2013-09-16"},
			"Monday":                  {"2013-09-16", "2013-09-16"},
			"Saturday":                {"2013-09-14"},
			"May":                     {"2013-05"},
		}
		got := map[string][]string{}
		weekend := ""
		for _, d := range doc.Dates {
			v := ""
			if d.Value != nil {
				v = *d.Value
			}
			if strings.HasSuffix(d.Text, "weekend") {
				weekend = v
				continue
			}
			got[d.Text] = append(got[d.Text], v)
		}
		for text, values := range want {
			assert.Equal(t, values, got[text], "dates %q", text)
		}
		assert.Equal(t, "2013-W37-WE", weekend)
	})
}
