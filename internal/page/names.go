package page

import (
	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/order"
)

// A Name is one named thing in the names panel: a person, organization or
// place with every mention of it ("Sergei Lavrov", "Lavrov").
type Name struct {
	Cluster  int    // index into Document.Clusters
	Name     string // its fullest form
	Kind     annotate.EntityKind
	Mentions int // how many times the text names it
	First    int // byte offset of the first mention
}

// Kinds are the entity kinds in the order the names panel lists them.
var Kinds = [...]annotate.EntityKind{annotate.Person, annotate.Organization, annotate.Place}

// NamesOf lists the named things of d by kind (in the order of Kinds), most
// mentioned first, then in order of first mention.
func NamesOf(d *annotate.Document) [len(Kinds)][]Name {
	byCluster := make([]Name, len(d.Clusters))
	for i, c := range d.Clusters {
		byCluster[i] = Name{Cluster: i, Name: c.Name, Kind: c.Kind, First: -1}
	}
	for _, e := range d.Entities {
		if e.Cluster < 0 || e.Cluster >= len(byCluster) {
			continue
		}
		n := &byCluster[e.Cluster]
		if n.Mentions == 0 {
			n.First = e.Start
		}
		n.Mentions++
	}
	var out [len(Kinds)][]Name
	for _, n := range byCluster {
		if n.Mentions == 0 {
			continue
		}
		for k, kind := range Kinds {
			if n.Kind == kind {
				out[k] = append(out[k], n)
			}
		}
	}
	for k := range out {
		names := out[k]
		sorted := make([]Name, len(names))
		for n, i := range order.Stable(len(names), func(i, j int) int {
			if names[i].Mentions != names[j].Mentions {
				return names[j].Mentions - names[i].Mentions
			}
			return names[i].First - names[j].First
		}) {
			sorted[n] = names[i]
		}
		out[k] = sorted
	}
	return out
}

// KindHeading is the names panel's heading for a kind: "People".
func KindHeading(k annotate.EntityKind) string {
	switch k {
	case annotate.Person:
		return "People"
	case annotate.Organization:
		return "Organizations"
	}
	return "Places"
}
