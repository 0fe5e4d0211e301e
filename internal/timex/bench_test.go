package timex

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsroom-tools/annotator/internal/dataset"
)

// benchText assembles about n bytes of news text at run time from the
// shipped sample article; nothing of it is committed.
func benchText(b testing.TB, n int) string {
	b.Helper()
	path := dataset.Require(b, "samples", "wikinews-2011-08-25-steve-jobs-resigns.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < n {
		sb.Write(raw)
		sb.WriteString("\n\n")
	}
	s := sb.String()[:n]
	for len(s) > 0 && !strings.HasSuffix(s, " ") { // cut at a word boundary
		s = s[:len(s)-1]
	}
	return s
}

func benchmarkFind(b *testing.B, n int) {
	text := benchText(b, n)
	published := time.Date(2011, 8, 25, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(text, published)
	}
}

// BenchmarkFind1MB is the date stage on 1 MB of news text (budget: 100 ms).
func BenchmarkFind1MB(b *testing.B) { benchmarkFind(b, 1<<20) }

// BenchmarkFind5KB is the date stage on an article-sized text.
func BenchmarkFind5KB(b *testing.B) { benchmarkFind(b, 5<<10) }

// BenchmarkInferPublished5KB infers the publication date of an article.
func BenchmarkInferPublished5KB(b *testing.B) {
	text := benchText(b, 5<<10)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		InferPublished(text, OrderAuto)
	}
}

// BenchmarkInferPublished1MB infers the publication date of a long paste
// with no date near its top: it reads the first 64 KB.
func BenchmarkInferPublished1MB(b *testing.B) {
	text := strings.Repeat("Shares rose and fell as the markets waited for the central bank.\n\n", 1<<20/66) + "Published 12 May 2013"
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		InferPublished(text, OrderAuto)
	}
}

// TestDispatch checks that giving each word only the rules that may begin
// with it finds what every rule finds, on the sample article and on the
// texts of the table tests.
func TestDispatch(t *testing.T) {
	text := benchText(t, 16<<10)
	texts := []string{text,
		"the end of the month, EOY, the second last week of 2019, the week of June 9, 2014",
		"four Saturdays from now, 3 wednesdays ago, on the 20th, Morning, the morning of Sept. 11",
		"ten fifteen, eleven oh five, at 0800 GMT, Chinese New Year 2018, Orthodox Easter, the Ides of March",
		"a year earlier, year-earlier profit, the same period last year, the quarter a year ago, fiscal 1989",
		"twice a year, every Monday, daily, weekly briefing, recent years, the past decade, soon",
	}
	for _, s := range texts {
		fast := Find(s, time.Date(2013, 9, 16, 4, 30, 0, 0, time.UTC))
		allRules = true
		slow := Find(s, time.Date(2013, 9, 16, 4, 30, 0, 0, time.UTC))
		allRules = false
		if !reflect.DeepEqual(fast, slow) {
			t.Errorf("dispatch changes what is found in %.60q:\n%v\n%v", s, fast, slow)
		}
	}
}
