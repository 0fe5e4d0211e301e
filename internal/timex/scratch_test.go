package timex

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestScratch(t *testing.T) {
	ref := time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC)
	if b, err := os.ReadFile("/work/shared/data/seed/lavrov-2013-09-16.txt"); err == nil {
		for _, x := range Find(string(b), ref) {
			fmt.Printf("%d %d %q %v %s %s\n", x.Start, x.End, string(b)[x.Start:x.End], x.Type, x.Value, x.Mod)
		}
	}
	for _, s := range []string{"He will meet on Monday.", "early 2014", "the 1990s", "Q3", "fiscal 2012", "Sept. 12-14", "from 2010 to 2012",
		"two years ago", "earlier this year", "this summer", "a week from Monday", "the past decade", "now", "recently", "3 p.m.", "noon", "15:00 GMT",
		"two days", "18 months", "every Monday", "annually", "I may go. March on!", "a second resolution", "Chapter VII", "The Sunday Times said", "9/12/2013", "2013-09-12", "mid-September", "tonight", "next month", "last week", "yesterday"} {
		fmt.Printf("%-30q", s)
		for _, x := range Find(s, ref) {
			fmt.Printf(" [%q %v %s %s]", s[x.Start:x.End], x.Type, x.Value, x.Mod)
		}
		fmt.Println()
	}
}
