//go:build js && wasm

package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWarming checks when the worker stops warming up: once the runs have
// become much faster than the early ones, and at the latest after the most
// runs allowed.
func TestWarming(t *testing.T) {
	runsUntilDone := func(times []float64, max int) int {
		var w warming
		for _, ms := range times {
			if w.done(max) {
				break
			}
			w.ran(ms)
		}
		return len(w.times)
	}
	// as measured in Chromium: about sixty runs at 15 to 30 ms, then
	// optimized, at 6 to 10 ms, but for a slow run now and then
	var chromium []float64
	for i := 0; i < 150; i++ {
		ms := 15 + float64(i%7)*2.5
		if i >= 60 {
			ms = 6 + float64(i%5)
		}
		if i == 64 || i == 69 {
			ms = 25
		}
		chromium = append(chromium, ms)
	}
	assert.Equal(t, 69, runsUntilDone(chromium, 150), "ends when eight of the last ten are fast")
	// never optimized, or fast from the start: every run allowed
	steady := make([]float64, 200)
	for i := range steady {
		steady[i] = 7
	}
	assert.Equal(t, 150, runsUntilDone(steady, 150))
	// a slow start while the page loads, then fast: sixty runs all the same
	early := append([]float64{60, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40}, steady[:100]...)
	assert.Equal(t, 60, runsUntilDone(early, 150))
	assert.Equal(t, 60, runsUntilDone(chromium[:60], 150), "too few runs to judge")
}
