package timex_test

import (
	"fmt"
	"time"

	"github.com/newsroom-tools/annotator/internal/timex"
)

func ExampleFind() {
	text := "Lavrov said on Monday that the talks of Sept. 12-14 would resume in two weeks."
	published := time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC)
	for _, x := range timex.Find(text, published) {
		fmt.Printf("%q %s %s\n", text[x.Start:x.End], x.Type, x.Value)
	}
	// Output:
	// "Monday" date 2013-09-16
	// "Sept. 12" date 2013-09-12
	// "14" date 2013-09-14
	// "two weeks" date 2013-W40
}

func ExampleFindWith() {
	text := "Doors open at 7pm on Friday. Tickets go on sale 6/10/2013."
	published := time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC)
	for _, x := range timex.FindWith(text, published, timex.Options{Order: timex.DayFirst, Ahead: true}) {
		fmt.Printf("%q %s %s\n", text[x.Start:x.End], x.Type, x.Value)
	}
	// Output:
	// "7pm on Friday" time 2013-09-20T19:00
	// "6/10/2013" date 2013-10-06
}

func ExampleInferPublished() {
	text := "Photo: Geneva, Thursday Sept. 12, 2013.\n\nMOSCOW, Sept 16 (Reuters) - Lavrov said on Monday..."
	day, start, end, ok := timex.InferPublished(text, timex.OrderAuto)
	fmt.Println(day.Format("2006-01-02"), text[start:end], ok)
	// Output:
	// 2013-09-16 Sept 16 true
}
