package order

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStable sorts by a key with ties, which keep their order.
func TestStable(t *testing.T) {
	keys := []int{3, 1, 2, 1, 3, 0}
	got := Stable(len(keys), func(i, j int) int { return keys[i] - keys[j] })
	assert.Equal(t, []int{5, 1, 3, 2, 0, 4}, got)
	assert.Empty(t, Stable(0, func(i, j int) int { return 0 }))
}

// TestInts sorts numbers in place.
func TestInts(t *testing.T) {
	s := []int{3, -1, 2, 3, 0}
	Ints(s)
	assert.Equal(t, []int{-1, 0, 2, 3, 3}, s)
}
