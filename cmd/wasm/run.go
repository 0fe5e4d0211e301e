//go:build js && wasm

package main

import (
	"errors"
	"sync"
	"syscall/js"
	"time"
	"unicode/utf8"

	"honnef.co/go/js/dom/v2"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
	"github.com/newsroom-tools/annotator/internal/render"
	"github.com/newsroom-tools/annotator/internal/samples"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// result is an annotated text ready to show: the document, and its markup
// as JavaScript strings (from the worker they never enter Go's memory),
// parsed off the page as it came when parsed is set.
type result struct {
	doc                    *annotate.Document
	parts                  []js.Value
	speakers, names, dates js.Value
	parsed                 *parsedView
	annotateMs, renderMs   float64 // measured where the work was done
	workerMemory           int     // the worker's WebAssembly memory in bytes; 0 when annotated in the page
	dated                  string  // who found the dates: "worker", "helper" (see runDatesHelper) or "page"
	helperMemory           int     // the dates helper's WebAssembly memory in bytes, when it found them
}

// setPanels takes the panels' markup.
func (r *result) setPanels(speakers, names, dates js.Value) {
	r.speakers, r.names, r.dates = speakers, names, dates
	if r.parsed != nil {
		r.parsed.setPanels(speakers, names, dates)
	}
}

// addParts takes the next pieces of the article's markup.
func (r *result) addParts(parts []js.Value) {
	r.parts = append(r.parts, parts...)
	if r.parsed != nil {
		r.parsed.addParts(parts)
	}
}

// A parsedView is a result's markup parsed into elements off the page,
// ready to attach at once: each panel in a detached <div>, the article's
// pieces in <div class="part"> blocks of a fragment. Parsing takes the
// browser a tenth of a second for a megabyte of text; done as the worker's
// messages come, it overlaps the worker's rendering of the pieces after.
// Between slices of 30 ms of work it yields, so the page stays responsive.
type parsedView struct {
	panels [3]js.Value
	blocks js.Value // a DocumentFragment
	first  js.Value // the first block
	n      int      // blocks
	ms     float64  // time spent parsing
	slice  float64  // when the current slice of work began
}

func (v *parsedView) setPanels(markup ...js.Value) {
	start := now()
	v.slice = start
	for i, m := range markup {
		div := document.Call("createElement", "div")
		div.Set("innerHTML", m)
		v.panels[i] = div
		v.pause()
	}
	v.ms += now() - start
}

func (v *parsedView) addParts(parts []js.Value) {
	start := now()
	v.slice = start
	if v.n == 0 {
		v.blocks = document.Call("createDocumentFragment")
	}
	for _, p := range parts {
		div := document.Call("createElement", "div")
		div.Set("className", "part")
		div.Set("innerHTML", p)
		v.blocks.Call("appendChild", div)
		if v.n == 0 {
			v.first = div
		}
		v.n++
		v.pause()
	}
	v.ms += now() - start
}

func (v *parsedView) pause() {
	if now()-v.slice > 30 {
		yield()
		v.slice = now()
	}
}

// attach puts the parsed markup on the page: the panels into their
// elements, the article into art, a single piece without its block.
func (v *parsedView) attach(panels [3]*dom.BasicHTMLElement, art js.Value) {
	for i, el := range panels {
		el.Call("replaceChildren", contents(v.panels[i]))
	}
	if v.n == 1 {
		art.Call("replaceChildren", contents(v.first))
	} else {
		art.Call("replaceChildren", v.blocks)
	}
}

// contents takes an element's children out of it, in a fragment.
func contents(el js.Value) js.Value {
	r := document.Call("createRange")
	r.Call("selectNodeContents", el)
	return r.Call("extractContents")
}

var (
	errStopped    = errors.New("stopped")
	errSuperseded = errors.New("superseded by a newer text")
	errNoWorker   = errors.New("the worker is not available")
)

// runner annotates on request, one run at a time, in its own goroutine so
// that event handlers return at once.
func (a *app) runner() {
	a.warmUp()
	for range a.requests {
		a.run()
	}
}

// warmUp has the worker annotate the sample once, and decodes and
// summarises the result without showing it: the browser compiles each
// function of the page's WebAssembly on its first call, which would
// otherwise slow the reader's first paste by a tenth of a second or more.
// Once the worker has warmed up, the page readies its own annotator for
// short texts (see shortAt).
func (a *app) warmUp() {
	defer func() { recover() }()
	if a.w == nil {
		return
	}
	if r, err := a.w.annotate(a, samples.Wikinews.Text, js.ValueOf(samples.Wikinews.Text), settings{}); err == nil {
		page.SpeakersOf(r.doc)
		page.TimelineOf(r.doc)
		go func() {
			// the worker goes on warming up in the background (runWorker)
			select {
			case <-a.w.warm:
			case <-a.w.failed:
			case <-after(workerStart):
			}
			// the entity model decoded here too, once: the optimized
			// code the worker's runs brought is shared with the page
			annotate.Annotate(samples.Wikinews.Text, annotate.Options{})
			a.shortHere = true
			mark("warm")
			a.body.SetAttribute("data-warm", "")
		}()
	}
}

// shortAt is the length up to which the page annotates a text itself
// rather than in its worker, once both are warm. For a short text the trip
// to the worker and back costs more than it saves: from Ctrl+V to the
// result on the page, the seed article (5 KB) took 20–30 ms through the
// worker, of which annotating was 4–12 ms, the rest the two threads waiting
// on each other and the browser's painting of the paste slowing the worker
// on two cores; annotated here, 10–16 ms. The cost is that the page is
// held meanwhile: for 8 KB no task of the page's reached 50 ms (make bench,
// 2 cores); for 12 KB most did (56–73 ms), so longer texts go to the worker
// and the page stays free.
const shortAt = 8 << 10

// run annotates the text area's content and shows the result.
func (a *app) run() {
	defer a.recoverTo("Annotating this text failed")
	faultAt("run")
	started := now()
	mark("run")
	// the worker gets the text as the JavaScript string the box holds:
	// made again from Go's copy, a megabyte costs the page tens of
	// milliseconds in the task that starts the run
	value := a.text.Get("value")
	raw := value.String()
	text, clipped := page.Clip(raw, page.MaxBytes)
	if clipped {
		value = js.ValueOf(text)
	}
	tunePageGC(len(text))
	var set settings
	if a.userDate {
		if _, ok := timex.ParseDay(a.published.Value()); ok {
			set.published = a.published.Value()
		}
	}
	set.order, set.ahead = a.reading()
	a.setState("busy")
	size, total := utf8.RuneCountInString(text), utf8.RuneCountInString(raw)
	a.inputNotice(page.InputNotice(clipped, true, size, total))
	// keep the text for the next visit while the text is annotated, in a
	// task of its own: storing a megabyte takes the browser a tenth of a
	// second, which would otherwise lengthen the paste's task
	kept := make(chan bool, 1)
	go func() {
		yield()
		kept <- a.save()
	}()
	a.setStatus("Annotating " + page.Plural(size, "character", "characters") + "…")
	done := make(chan struct{})
	go a.showElapsed(size, done)

	var res *result
	var err error
	short := a.shortHere && len(text) <= shortAt
	switch {
	case short:
		res, err = annotateHere(text, set)
	case a.w != nil:
		res, err = a.w.annotate(a, text, value, set)
	}
	if a.w == nil || err == errNoWorker {
		time.Sleep(time.Millisecond) // let the browser paint the status first
		res, err = annotateHere(text, set)
	}
	close(done)
	a.stop.SetAttribute("hidden", "")
	switch {
	case err == errSuperseded:
		return // the runner goes on with the newer text
	case err == errStopped:
		a.setState("done")
		a.setStatus("Stopped. The text is still in the box: shorten it, or press Annotate to try again.")
		return
	case err != nil:
		a.fail("Annotating this text failed: " + err.Error() + ". The page still works: edit the text or try again.")
		return
	}
	received := now()
	mark("received")
	var parsedMs float64 // parsed as the worker's messages came
	if res.parsed != nil {
		parsedMs = res.parsed.ms
	}
	a.show(res)
	attachMs := parsedMs + now() - received // the page's parsing and attaching
	took := time.Duration((now() - started) * float64(time.Millisecond))
	a.lastTook = took
	a.runs++
	a.body.SetAttribute("data-annotate-ms", ms(res.annotateMs))
	a.body.SetAttribute("data-render-ms", ms(res.renderMs+attachMs))
	a.body.SetAttribute("data-run-ms", ms(now()-started))
	a.body.SetAttribute("data-attach-ms", ms(attachMs))
	a.body.SetAttribute("data-runs", itoa(a.runs))
	a.body.SetAttribute("data-worker-memory", itoa(res.workerMemory))
	a.body.SetAttribute("data-dated", res.dated)
	a.body.SetAttribute("data-helper-memory", itoa(res.helperMemory))
	a.setStatus(page.Status(res.doc, took))
	a.setState("done")
	// whether the text was kept, said once the result is shown (a short
	// run here shows it before the text is stored)
	if !<-kept {
		a.inputNotice(page.InputNotice(clipped, false, size, total))
	}
}

// inputNotice shows (or, for "", hides) what the page says about the text.
func (a *app) inputNotice(notice string) {
	if notice != "" {
		a.showNotice(notice, false)
		a.notice.Class().Add("input")
	} else if a.notice.Class().Contains("input") {
		a.hideNotice()
		a.notice.Class().Remove("input")
	}
}

// showElapsed says how long a run has taken, once a second, and offers to
// stop it, until done is closed.
func (a *app) showElapsed(size int, done chan struct{}) {
	for n := 1; ; n++ {
		select {
		case <-done:
			return
		case <-after(time.Second):
			select {
			case <-done: // ended meanwhile: its own status stays
				return
			default:
			}
			a.setStatus("Annotating " + page.Plural(size, "character", "characters") + "… " + itoa(n) + " s so far. The page stays usable meanwhile.")
			if a.w != nil {
				a.stop.RemoveAttribute("hidden")
			}
		}
	}
}

// settings are the reader's choices a run carries, as the worker gets them.
type settings struct {
	published string // YYYY-MM-DD set by hand, or "" to infer it
	order     string // how to read 6/10/2018: a name timex.ParseOrder knows
	ahead     bool   // days without a year lie ahead
}

// options turns settings into the annotator's options; what does not parse
// is left at its default.
func (s settings) options() annotate.Options {
	var opts annotate.Options
	if s.published != "" {
		opts.Published, _ = timex.ParseDay(s.published)
	}
	opts.Dates.Order, _ = timex.ParseOrder(s.order)
	opts.Dates.Ahead = s.ahead
	return opts
}

// annotateHere annotates in the page itself, for browsers without workers.
func annotateHere(text string, set settings) (*result, error) {
	t0 := now()
	d := annotate.Annotate(text, set.options())
	t1 := now()
	v := render.NewView(d, render.PartSize)
	r := &result{doc: d, annotateMs: t1 - t0, renderMs: now() - t1, dated: "page",
		speakers: js.ValueOf(v.Speakers), names: js.ValueOf(v.Names), dates: js.ValueOf(v.Dates)}
	for _, p := range v.Parts {
		r.parts = append(r.parts, js.ValueOf(p))
	}
	return r, nil
}

// show puts a result on the page: its markup parsed off the page as it
// came from the worker, or now (see parsedView), then attached at once. The
// article's blocks have a content-visibility that lets the browser skip the
// style and layout of those off screen.
func (a *app) show(r *result) {
	faultAt("show")
	mark("show")
	a.clearSelection()
	a.hideTip()
	a.shown = &shown{doc: r.doc, sp: page.SpeakersOf(r.doc)}
	if r.parsed == nil {
		r.parsed = new(parsedView)
		r.parsed.setPanels(r.speakers, r.names, r.dates)
		r.parsed.addParts(r.parts)
	}
	mark("parsed")
	r.parsed.attach([3]*dom.BasicHTMLElement{a.speakers, a.names, a.dates}, a.article.Value)
	mark("article")
	d := r.doc
	if !a.userDate {
		if d.Published.IsZero() {
			a.published.SetValue("")
		} else {
			a.published.SetValue(timex.ISODay(d.Published))
		}
	}
	a.note.SetTextContent(page.PublishedNote(d))
	for _, b := range a.exports {
		if len(d.Text) > 0 {
			b.RemoveAttribute("disabled")
		} else {
			b.SetAttribute("disabled", "")
		}
	}
}

// after returns a channel closed once d has passed. It stands for
// time.After, whose channel of time.Time values keeps time's formatting
// code (some 30 KB) in the page's WebAssembly: a time.Time in an interface
// brings its String method along.
func after(d time.Duration) <-chan struct{} {
	c := make(chan struct{})
	time.AfterFunc(d, func() { close(c) })
	return c
}

// yield lets the browser handle the events waiting (a key, a click, a
// frame due to be painted) before the work goes on. It posts the page a
// message and waits for it, which takes a small fraction of a millisecond
// when nothing waits; a timer (time.Sleep) takes 1 to 4 ms each time: the
// page's decoding of the worker's document for a megabyte of text, which
// pauses between layers, took 28 ms with timers and 15 ms with messages.
func yield() {
	yielder.Do(func() {
		ch := js.Global().Get("MessageChannel").New()
		yieldPort = ch.Get("port2")
		f := js.FuncOf(func(js.Value, []js.Value) any {
			resumed <- struct{}{}
			return nil
		})
		keep = append(keep, f)
		ch.Get("port1").Set("onmessage", f)
	})
	yieldPort.Call("postMessage", nil)
	<-resumed
}

var (
	yielder   sync.Once
	yieldPort js.Value
	resumed   = make(chan struct{}, 16)
)

// mark records a moment of a run in the browser's performance timeline,
// where the benchmarks and the browser's profiler find it.
func mark(name string) { js.Global().Get("performance").Call("mark", "annotator:"+name) }

// markAt records a moment measured by clock, in the worker or here.
func markAt(name string, at float64) {
	perf := js.Global().Get("performance")
	opts := js.Global().Get("Object").New()
	opts.Set("startTime", at-perf.Get("timeOrigin").Float())
	perf.Call("mark", "annotator:"+name, opts)
}

// clock is the time in milliseconds on a clock the page and its worker share.
func clock() float64 {
	perf := js.Global().Get("performance")
	return perf.Get("timeOrigin").Float() + perf.Call("now").Float()
}
