package annotate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEntityArticles runs the annotator on short news articles written for
// the project (testdata/entities: UK and US, business, sport, science,
// local news, a court) and checks the names it finds against a list
// written by hand: each distinct person, organization and place a reader
// expects, as its kind and its text, tab-separated, one a line.
//
// As in TestArticles, a line that opens with "!" is a name a reader
// expects that the annotator does not give yet (the test fails when it
// starts to), and one that opens with "~" is a name it gives that a reader
// would not want. Every other name it gives fails the test.
//
// Set ANNOTATOR_ARTICLES_PRINT=1 to print what the annotator gives.
func TestEntityArticles(t *testing.T) {
	names, err := filepath.Glob("testdata/entities/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	right, expected := 0, 0
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			text, err := os.ReadFile(name)
			require.NoError(t, err)
			d := Annotate(string(text), Options{})
			var got []string
			given := map[string]bool{}
			for _, e := range d.Entities {
				line := e.Kind.String() + "\t" + e.Of(d.Text)
				if !given[line] {
					got = append(got, line)
				}
				given[line] = true
			}
			if os.Getenv("ANNOTATOR_ARTICLES_PRINT") != "" {
				t.Logf("%s:\n%s", name, strings.Join(got, "\n"))
			}
			golden, err := os.ReadFile(strings.TrimSuffix(name, ".txt") + ".golden")
			require.NoError(t, err)
			listed := map[string]bool{}
			for _, line := range strings.Split(strings.TrimRight(string(golden), "\n"), "\n") {
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				switch {
				case strings.HasPrefix(line, "!"):
					expected++
					assert.False(t, given[line[1:]], "now given, drop the \"!\": %s", line)
				case strings.HasPrefix(line, "~"):
					listed[line[1:]] = true
					assert.True(t, given[line[1:]], "no longer given, drop the line: %s", line)
				default:
					expected++
					listed[line] = true
					if assert.True(t, given[line], "missing: %s", line) {
						right++
					}
				}
			}
			for _, g := range got {
				assert.True(t, listed[g], "not expected: %s", g)
			}
		})
	}
	t.Logf("%d of the %d names a reader expects are given, with their kind", right, expected)
}
