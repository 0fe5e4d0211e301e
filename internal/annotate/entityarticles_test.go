package annotate

import "testing"

// TestEntityArticles runs the annotator on short news articles written for
// the project (testdata/entities: UK and US, business, sport, science,
// local news, a court) and checks the names it finds against a list
// written by hand: each distinct person, organization and place a reader
// expects, as its kind and its text, tab-separated, one a line. The marks
// "!" and "~" are as in TestArticles (see checkArticles).
func TestEntityArticles(t *testing.T) {
	right, expected := checkArticles(t, "testdata/entities", func(d *Document) []string {
		var got []string
		seen := map[string]bool{}
		for _, e := range d.Entities {
			line := e.Kind.String() + "\t" + e.Of(d.Text)
			if !seen[line] {
				got = append(got, line)
			}
			seen[line] = true
		}
		return got
	})
	t.Logf("%d of the %d names a reader expects are given, with their kind", right, expected)
}
