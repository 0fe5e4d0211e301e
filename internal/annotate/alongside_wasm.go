//go:build js && wasm

package annotate

// datesAlongside runs resolvePublished and findDates on d at once: the
// browser's WebAssembly has one thread, where a goroutine gains nothing and
// its machinery would add to the page's download.
func datesAlongside(d *Document, opts Options) dating {
	resolvePublished(d, opts)
	findDates(d, opts.Dates)
	return dating{}
}

// dating is a date stage done.
type dating struct{}

func (dating) wait() {}
