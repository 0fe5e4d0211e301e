package page

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom-tools/annotator/internal/annotate"
)

func TestNamesOf(t *testing.T) {
	text := "Kerry met Lavrov in Geneva. Lavrov and the U.N. spoke. Kerry, Lavrov and Geneva again."
	d := &annotate.Document{Text: text}
	d.Clusters = []annotate.Cluster{
		{Name: "John Kerry", Kind: annotate.Person},
		{Name: "Sergei Lavrov", Kind: annotate.Person},
		{Name: "Geneva", Kind: annotate.Place},
		{Name: "U.N.", Kind: annotate.Organization},
		{Name: "Nobody", Kind: annotate.Person}, // a cluster without mentions is not listed
	}
	add := func(sub string, n, cluster int) {
		d.Entities = append(d.Entities, annotate.Entity{Span: at(t, text, sub, n), Kind: d.Clusters[cluster].Kind, Cluster: cluster})
	}
	add("Kerry", 0, 0)
	add("Lavrov", 0, 1)
	add("Geneva", 0, 2)
	add("Lavrov", 1, 1)
	add("U.N.", 0, 3)
	add("Kerry", 1, 0)
	add("Lavrov", 2, 1)
	add("Geneva", 1, 2)

	got := NamesOf(d)
	people, orgs, places := got[0], got[1], got[2]
	assert.Equal(t, []Name{
		{Cluster: 1, Name: "Sergei Lavrov", Kind: annotate.Person, Mentions: 3, First: at(t, text, "Lavrov").Start},
		{Cluster: 0, Name: "John Kerry", Kind: annotate.Person, Mentions: 2, First: 0},
	}, people, "most mentioned first")
	assert.Equal(t, []Name{{Cluster: 3, Name: "U.N.", Kind: annotate.Organization, Mentions: 1, First: at(t, text, "U.N.").Start}}, orgs)
	assert.Equal(t, []Name{{Cluster: 2, Name: "Geneva", Kind: annotate.Place, Mentions: 2, First: at(t, text, "Geneva").Start}}, places)
	assert.Equal(t, []string{"People", "Organizations", "Places"}, []string{KindHeading(Kinds[0]), KindHeading(Kinds[1]), KindHeading(Kinds[2])})
}

func TestNamesTiesInTextOrder(t *testing.T) {
	text := "Paris, Berlin, Rome."
	d := &annotate.Document{Text: text}
	for i, n := range []string{"Rome", "Paris", "Berlin"} {
		d.Clusters = append(d.Clusters, annotate.Cluster{Name: n, Kind: annotate.Place})
		d.Entities = append(d.Entities, annotate.Entity{Span: at(t, text, n), Kind: annotate.Place, Cluster: i})
	}
	var got []string
	for _, n := range NamesOf(d)[2] {
		got = append(got, n.Name)
	}
	assert.Equal(t, []string{"Paris", "Berlin", "Rome"}, got)
}
