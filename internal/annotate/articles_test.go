package annotate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestArticles runs the annotator on short news articles written for the
// project (testdata/articles, in styles the data sets lack: a city hall
// story, a UK energy story, a company's profit warning, a storm, a tower
// block fire, a court report, a football match, a science study, an
// interview, politics) and checks their quotes against a list written by
// hand: for each quote a reader expects, its kind, its speaker's name
// (empty when nobody in the text said it) and its text, one per line,
// tab-separated. See checkArticles for the marks "!" and "~".
func TestArticles(t *testing.T) {
	right, expected := checkArticles(t, "testdata/articles", func(d *Document) []string {
		var got []string
		for _, q := range d.Quotes {
			got = append(got, quoteLine(d, q))
		}
		return got
	})
	t.Logf("%d of the %d quotes a reader expects are given, with their kind, speaker and text", right, expected)
}

// quoteLine writes a quote as the lists in testdata/articles have it.
func quoteLine(d *Document, q Quote) string {
	speaker := ""
	if q.Source >= 0 {
		speaker = d.Speakers[q.Source].Name
	}
	return q.Kind.String() + "\t" + speaker + "\t" + q.Of(d.Text)
}

// checkArticles annotates every dir/*.txt, turns the result into lines
// with lines, and checks them against the list written by hand beside the
// article (dir/*.golden; lines opening with "#" are comments). It returns
// how many of the lines a reader expects are given, and how many there are.
//
// A line that opens with "!" is one a reader expects that the annotator
// does not give yet; the test fails when it starts to, so the "!" is
// removed. A line that opens with "~" is one the annotator gives that a
// reader would not want. Every other line the annotator gives fails the
// test.
//
// Set ANNOTATOR_ARTICLES_PRINT=1 to print what the annotator gives, in the
// same form, when writing a new list (then check every line by hand).
func checkArticles(t *testing.T, dir string, lines func(*Document) []string) (right, expected int) {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, names)
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			text, err := os.ReadFile(name)
			require.NoError(t, err)
			got := lines(Annotate(string(text), Options{}))
			if os.Getenv("ANNOTATOR_ARTICLES_PRINT") != "" {
				t.Logf("%s:\n%s", name, strings.Join(got, "\n"))
			}
			golden, err := os.ReadFile(strings.TrimSuffix(name, ".txt") + ".golden")
			require.NoError(t, err)
			given := map[string]bool{}
			for _, g := range got {
				given[g] = true
			}
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
	return right, expected
}
