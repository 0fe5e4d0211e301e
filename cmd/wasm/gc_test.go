//go:build js && wasm

package main

import (
	"math"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSetGCPercent checks that setGCPercent, reached by name, sets what
// runtime/debug.SetGCPercent sets, and returns the setting before.
func TestSetGCPercent(t *testing.T) {
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	assert.Equal(t, int32(150), setGCPercent(smallGC))
	assert.Equal(t, smallGC, debug.SetGCPercent(-1))
	assert.Equal(t, int32(-1), setGCPercent(smallGC))
}

// TestSetMemoryLimit checks setMemoryLimit as TestSetGCPercent checks
// setGCPercent.
func TestSetMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(1 << 40)
	defer debug.SetMemoryLimit(before)
	assert.Equal(t, int64(1<<40), setMemoryLimit(largeLimit))
	assert.Equal(t, int64(largeLimit), debug.SetMemoryLimit(1<<40))
}

// TestTuneGC checks the collector's settings for a short and a long text.
func TestTuneGC(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	tuneGC(1 << 20)
	assert.Equal(t, int32(-1), setGCPercent(-1), "no collection during a long text's run")
	assert.Equal(t, int64(largeLimit+largeHeadroom<<20), debug.SetMemoryLimit(-1), "up to a limit")
	tuneGC(1000)
	assert.Equal(t, int32(smallGC), setGCPercent(smallGC))
	assert.Equal(t, int64(math.MaxInt64), debug.SetMemoryLimit(-1))
}
