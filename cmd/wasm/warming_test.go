//go:build js && wasm

package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWarming checks when the worker stops warming up: once the runs have
// stopped getting faster, and at the latest after the most runs allowed.
func TestWarming(t *testing.T) {
	runsUntilDone := func(times []float64, max int) int {
		var w warming
		for _, ms := range times {
			if w.done(max) {
				break
			}
			w.ran(ms)
		}
		return w.runs
	}
	// optimized after six runs: five steady ones after ten in all
	assert.Equal(t, 11, runsUntilDone([]float64{45, 40, 30, 20, 12, 8, 7.5, 7, 7.2, 7.1, 7, 7, 7, 7, 7, 7}, 40))
	// fast from the start: ten runs
	assert.Equal(t, 10, runsUntilDone([]float64{7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7}, 40))
	// still getting faster: every run allowed
	var slower []float64
	for ms := 100.0; len(slower) < 50; ms *= 0.85 {
		slower = append(slower, ms)
	}
	assert.Equal(t, 40, runsUntilDone(slower, 40))
}
