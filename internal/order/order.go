// Package order sorts by index. The page's packages sort their slices
// through it rather than with sort.Slice, which takes the slice through
// reflection, or with a generic sort of each element type, which the
// compiler writes out once per type: both would grow the page's
// WebAssembly. Sorting indices keeps to one instantiation of the generic
// sort, on []int.
package order

import (
	"cmp"
	"slices"
)

// Stable returns the indices 0 to n-1 sorted stably by cmp, which compares
// the elements at two indices as cmp.Compare would.
func Stable(n int, cmp func(i, j int) int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, cmp)
	return order
}

// Ints sorts s in increasing order, with the same instantiation of the
// generic sort as Stable.
func Ints(s []int) {
	slices.SortStableFunc(s, cmp.Compare[int])
}
