//go:build js && wasm

package main

import (
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
	assert.Equal(t, smallGC, debug.SetGCPercent(largeGC))
	assert.Equal(t, int32(largeGC), setGCPercent(largeGC))
}
