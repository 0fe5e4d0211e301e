package annotate

import (
	"strings"
	"testing"
	"time"
)

// TestPathologicalInputsStayLinear annotates texts built to defeat naive
// algorithms and checks each takes time in proportion to its size.
func TestPathologicalInputsStayLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	cases := map[string]func(n int) string{
		"quotation marks only":      func(n int) string { return strings.Repeat(`"`, n) },
		"one long line of words":    func(n int) string { return strings.Repeat("word ", n/5) },
		"one long quoted paragraph": func(n int) string { return `"` + strings.Repeat("We said so, he said. ", n/21) },
		"alternating quotes":        func(n int) string { return strings.Repeat(`"A," he said, `, n/14) },
		"capitalised words":         func(n int) string { return strings.Repeat("Lavrov Kerry Said ", n/18) },
		"apostrophes":               func(n int) string { return strings.Repeat("'s ’ '' ", n/8) },
		"said everywhere":           func(n int) string { return strings.Repeat("said that said, ", n/16) },
		"colons and labels":         func(n int) string { return strings.Repeat("PENCE: yes\nQ: no\nA: ok\n", n/23) },
		"one unnamed speaker, then pronouns": func(n int) string {
			return strings.Repeat(`A man said it rained. "It did," he said. `, n/41)
		},
		"opening quotes the story does not repeat": func(n int) string {
			return strings.Repeat(`"we will win the war today" and `, n/64) + "\n\n" + strings.Repeat(`"peace is near," Lavrov said. `, n/60)
		},
	}
	for name, gen := range cases {
		t.Run(name, func(t *testing.T) {
			small, big := gen(20_000), gen(200_000)
			ts := timeIt(small)
			tb := timeIt(big)
			t.Logf("%s: 20 KB %v, 200 KB %v", name, ts, tb)
			// a quadratic step would take about 100× the time; a loaded machine adds noise
			if tb > 40*ts+50*time.Millisecond {
				t.Errorf("%s: 10× the text took %.0f× the time (%v vs %v)", name, float64(tb)/float64(ts), tb, ts)
			}
		})
	}
}

// timeIt returns the fastest of five runs, to damp noise from other work
// on the machine (with three, a 200 KB run measured while the other test
// packages ran once took 50× its 20 KB run, where it takes 10×).
func timeIt(text string) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 5 {
		start := time.Now()
		Annotate(text, Options{})
		best = min(best, time.Since(start))
	}
	return best
}
