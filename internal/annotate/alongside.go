//go:build !(js && wasm)

package annotate

// datesAlongside starts resolvePublished and findDates on d in a goroutine
// of their own; wait waits for them to end. A panic in them is raised again
// by wait, in the caller's goroutine, where the caller can recover it.
func datesAlongside(d *Document, opts Options) dating {
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		resolvePublished(d, opts)
		findDates(d, opts.Dates)
	}()
	return done
}

// dating is a date stage under way.
type dating chan any

func (c dating) wait() {
	if r := <-c; r != nil {
		panic(r)
	}
}
