//go:build js && wasm

package main

import (
	"errors"
	"math"
	"runtime"
	"syscall/js"
	"time"
	_ "unsafe" // for go:linkname

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/ner"
	"github.com/newsroom-tools/annotator/internal/page"
	"github.com/newsroom-tools/annotator/internal/render"
	"github.com/newsroom-tools/annotator/internal/samples"
)

// The worker and the page talk in messages:
//
//	page → worker  {module, warmRuns}                         (worker.js starts Go with it)
//	worker → page  {type: "ready", modelMs}                    (modelMs: decoding the entity model)
//	               {type: "warm", runs: [ms]}                  (after the warm-up runs of the sample; each run's time)
//	page → worker  {id, text, published: "YYYY-MM-DD"|"", order: "auto"|"month"|"day", ahead, partSize, fault?}
//	page → worker  {…, datesPort?}                            (a long text: where a dates helper sends its dates)
//	worker → page  {type: "head", id, doc: ArrayBuffer (page.EncodeDocument)}
//	               {type: "parts", id, parts: [string]}        (the article's pieces, in order, a batch at a time)
//	               {type: "result", id, speakers, names, dates: string, annotateMs, renderMs, memory, dated, helperMemory?, steps}
//	                                                           (the last message of a run: the panels and timings)
//	               {type: "error", id, message}                (instead of the rest, at any point)
//	               {type: "exit", message?}                    (worker.js: the Go program ended)
//
// The head comes as soon as the text is annotated and the article's pieces
// as they are rendered, so that the page decodes and parses each while the
// worker renders the next (render.StreamView).
//
// A dates helper is the same program in a worker of its own, started by the
// page for a long text with {module, warmRuns: 0, dates: {text, published,
// order, ahead, port}}; it sends {doc, memory} on port (see runDatesHelper).

// runWorker is the program in the worker: it warms up, says it is ready,
// and then annotates what the page sends until the page ends it.
func runWorker() {
	tuneGC(0)
	self := js.Global()
	if job := self.Get("annotatorDates"); job.Type() == js.TypeObject {
		runDatesHelper(job)
		return
	}
	idle := make(chan struct{}, 1)
	post := func(msg js.Value, transfer ...any) { self.Call("postMessage", msg, transfer) }
	// requests are answered one at a time, in a goroutine of their own: a
	// run waits there for the dates helper's message (see respond), which
	// the browser can deliver only once the handler has returned
	requests := make(chan js.Value, 16)
	handler := js.FuncOf(func(_ js.Value, args []js.Value) any {
		select {
		case requests <- args[0].Get("data"):
		default: // the page sends one request at a time
		}
		return nil
	})
	go func() {
		for req := range requests {
			respond(req, post)
			select {
			case idle <- struct{}{}:
			default:
			}
		}
	}()
	go func() {
		// collect the garbage of a run once it is answered, while the
		// reader looks at the result, rather than during the next run
		for range idle {
			time.Sleep(50 * time.Millisecond)
			runtime.GC()
		}
	}()
	keep = append(keep, handler)
	// The entity model is decoded once, now: timed, for the page's timings.
	started := clock()
	ner.Default()
	modelMs := clock() - started
	// The first run of each function is slow while the browser compiles it:
	// annotate the sample once now, before anyone waits for it.
	annotate.Annotate(samples.Wikinews.Text, annotate.Options{})
	self.Set("onmessage", handler)
	self.Call("postMessage", object("type", "ready", "modelMs", modelMs))
	// The browser compiles a function again, optimized, only once it has
	// run for a while; until then an annotation takes several times as
	// long. The page's first worker goes on annotating the sample while it
	// is idle, one run at a time, a request always first, so that the
	// reader's text meets optimized code; the workers started after it
	// share that code.
	runs := 0
	if n := self.Get("annotatorWarmRuns"); n.Type() == js.TypeNumber {
		runs = n.Int()
	}
	if runs > 0 {
		var w warming
		for !w.done(runs) {
			time.Sleep(time.Millisecond) // a request that came meanwhile is answered first
			start := clock()
			d := annotate.Annotate(samples.Wikinews.Text, annotate.Options{})
			render.NewView(d, render.PartSize)
			page.EncodeDocument(nil, d)
			w.ran(clock() - start)
		}
		runtime.GC()
		times := make([]any, len(w.times))
		for i, ms := range w.times {
			times[i] = ms
		}
		self.Call("postMessage", object("type", "warm", "runs", times))
	}
	select {}
}

// warming follows the warm-up runs. The browser runs new code compiled for
// a quick start, and compiles a function again, optimized, once it has done
// a certain amount of work: in Chromium the sample's runs took 15 to 30 ms
// for about sixty runs, then 6 to 10 ms. Counting the work, not the time,
// the browser optimizes after about as many runs on any machine (the first
// functions after thirty to forty runs, most by a hundred). Warming ends
// after sixty runs at least, once the runs have become much faster than the
// early ones (eight of the last ten under 60% of the median of runs 2 to
// 11), or after max runs. The sixty keep a slow start, when the page itself
// was busy loading, from passing for optimized code.
type warming struct {
	times []float64 // each run's time, in ms
}

func (w *warming) ran(ms float64) { w.times = append(w.times, ms) }

func (w *warming) done(max int) bool {
	n := len(w.times)
	if n >= max {
		return true
	}
	if n < 60 {
		return false
	}
	early := append([]float64(nil), w.times[1:11]...)
	// sorted in place: slices.Sort of float64s would add some 14 KB of
	// code to the page's WebAssembly, for ten numbers
	for i := 1; i < len(early); i++ {
		for j := i; j > 0 && early[j] < early[j-1]; j-- {
			early[j], early[j-1] = early[j-1], early[j]
		}
	}
	base := (early[4] + early[5]) / 2
	fast := 0
	for _, ms := range w.times[n-10:] {
		if ms < 0.6*base {
			fast++
		}
	}
	return fast >= 8
}

// warmRuns is how many times, at most, the next worker annotates the sample
// in the background: the page's first, until its code is optimized (see
// warming); the ones started after it share that code and need none.
var warmRuns = 150

// partBatch is how many bytes of the article's markup the worker sends
// the page in one message: four pieces.
const partBatch = 4 * render.PartSize

// respond annotates one request and answers it in messages, each handed to
// post with the buffers it transfers: the head, the article's pieces and
// the result, or an error in their stead. A panic becomes an error reply;
// the worker goes on.
func respond(req js.Value, post func(msg js.Value, transfer ...any)) {
	got := clock()
	id := req.Get("id")
	defer func() {
		if r := recover(); r != nil {
			post(object("type", "error", "id", id, "message", panicMessage(r)))
		}
	}()
	if f := req.Get("fault"); f.Type() == js.TypeString {
		switch f.String() {
		case "worker":
			panic("a fault injected in the worker")
		case "worker-exit":
			go func() { panic("a fault injected to end the worker") }()
			time.Sleep(time.Second)
		}
	}
	opts := requestSettings(req).options()
	if req.Get("text").Type() != js.TypeString || req.Get("partSize").Type() != js.TypeNumber {
		panic("a request without its text or piece size")
	}
	text := req.Get("text").String()
	tuneGC(len(text))
	t0 := now()
	dated, helperMemory := "worker", js.Undefined()
	var found func() *annotate.Document
	if port := req.Get("datesPort"); port.Type() == js.TypeObject {
		// a dates helper finds the date layer meanwhile (runDatesHelper)
		var wire js.Value
		came := make(chan struct{}, 1)
		f := js.FuncOf(func(_ js.Value, args []js.Value) any {
			wire = args[0].Get("data").Get("doc")
			helperMemory = args[0].Get("data").Get("memory")
			came <- struct{}{}
			return nil
		})
		defer f.Release()
		port.Set("onmessage", f)
		defer port.Call("close")
		found = func() *annotate.Document {
			// the helper's message, if it has come, is taken meanwhile; if
			// not, it is waited for as long as finding the dates here would
			// take (some 100 ms a megabyte in Chromium), no longer
			yield()
			if wire.Type() != js.TypeObject {
				select {
				case <-came:
				case <-after(time.Duration(len(text)/10) * time.Microsecond):
				}
			}
			if wire.Type() != js.TypeObject {
				return nil
			}
			found, err := page.DecodeDocument(text, bytesOf(wire))
			if err != nil {
				return nil
			}
			dated = "helper"
			return found
		}
	}
	d := annotate.AnnotateDated(text, opts, found)
	t1 := now()
	annotated := clock()
	doc := bufferOf(page.EncodeDocument(nil, d))
	post(object("type", "head", "id", id, "doc", doc), doc)
	result := object("type", "result", "id", id, "dated", dated, "helperMemory", helperMemory)
	render.StreamView(d, req.Get("partSize").Int(), partBatch, func(parts []string) {
		list := make([]any, len(parts))
		for i, p := range parts {
			list[i] = p
		}
		post(object("type", "parts", "id", id, "parts", list))
	}, func(speakers, names, dates string) {
		result.Set("speakers", speakers)
		result.Set("names", names)
		result.Set("dates", dates)
	})
	viewed := clock()
	result.Set("annotateMs", t1-t0)
	result.Set("renderMs", now()-t1)
	result.Set("memory", memorySize())
	// the worker's steps, on the clock of clock(), for the page's timeline
	result.Set("steps", []any{got, annotated, viewed, clock()})
	post(result)
}

// request makes a request for text that carries the choices s, as
// requestSettings reads them: {text, published, order, ahead}.
func (s settings) request(text js.Value) js.Value {
	return object("text", text, "published", s.published, "order", s.order, "ahead", s.ahead)
}

// requestSettings reads the reader's choices a request carries.
func requestSettings(req js.Value) settings {
	var set settings
	if p := req.Get("published"); p.Type() == js.TypeString {
		set.published = p.String()
	}
	if o := req.Get("order"); o.Type() == js.TypeString {
		set.order = o.String()
	}
	set.ahead = req.Get("ahead").Truthy()
	return set
}

// helpAt is the length of text, in bytes, from which the page has a dates
// helper find the date layer while the worker annotates the rest: a
// second worker, started for the run and ended after it. On 1 MB of news
// the date stage is about a seventh of the annotation.
const helpAt = largeAt

// runDatesHelper is the program of a dates helper: it finds the date layer
// of the text in job ({text, published, order, ahead, port}) and sends it,
// encoded as page.EncodeDocument does, to the annotating worker through
// job.port, as {doc: ArrayBuffer, memory} (memory: the size of its
// WebAssembly memory, for the page's figures). If it fails, it sends
// nothing: the worker then finds the dates itself.
func runDatesHelper(job js.Value) {
	defer func() { recover() }()
	text := job.Get("text").String()
	tuneGC(len(text))
	doc := bufferOf(page.EncodeDocument(nil, annotate.Dated(text, requestSettings(job).options())))
	job.Get("port").Call("postMessage", object("doc", doc, "memory", memorySize()), []any{doc})
}

// The garbage collector of Go's WebAssembly runs on the one thread it has,
// so each collection pauses the work in hand. With the default settings an
// annotation of a short article meets one or two collections (10–30 ms);
// collecting less often, and when idle, keeps that work free of them.
//
// A worker annotates a long text with no collection at all: annotating
// 1 MB of news allocates some 42 MB, the markup and the messages to the
// page more, all of it collected once the page has the result (runWorker).
// Under Node the annotation of 1 MB took 10% less so (615 ms against 687);
// the worker's memory after a run on 1 MB in Chromium grew from 106 to
// 121 MB (102 MB once a dates helper found the dates). A memory limit of
// largeLimit bytes and largeHeadroom for each byte of text bounds the heap
// all the same: the collector runs if the heap reaches it.
//
// The page, which collects nothing when idle, keeps the collector's
// default pace for a long text (tunePageGC): there a run decodes the
// worker's result, or annotates where workers are missing.
const (
	smallGC       = 400 // GOGC for short texts
	largeAt       = 256 << 10
	largeLimit    = 64 << 20
	largeHeadroom = 128
)

// tuneGC sets the worker's collector for a run on size bytes of text.
func tuneGC(size int) {
	if size > largeAt {
		setGCPercent(-1)
		setMemoryLimit(largeLimit + largeHeadroom*int64(size))
	} else {
		setMemoryLimit(math.MaxInt64)
		setGCPercent(smallGC)
	}
}

// tunePageGC sets the page's collector for a run on size bytes of text.
func tunePageGC(size int) {
	if size > largeAt {
		setGCPercent(100)
	} else {
		setGCPercent(smallGC)
	}
}

// setGCPercent is runtime/debug.SetGCPercent without the package:
// runtime/debug imports fmt and os, which would add some 14 KB gzipped to
// the page's download for nothing else. SetGCPercent is only a call of
// this function, which the runtime provides to runtime/debug under this
// name; TestSetGCPercent checks that it does what SetGCPercent does.
//
//go:linkname setGCPercent runtime/debug.setGCPercent
func setGCPercent(percent int32) (previous int32)

// setMemoryLimit is runtime/debug.SetMemoryLimit, reached the same way.
//
//go:linkname setMemoryLimit runtime/debug.setMemoryLimit
func setMemoryLimit(limit int64) (previous int64)

// memorySize is the size of this program's WebAssembly memory in bytes, or
// 0 where the start-up script did not keep the instance.
func memorySize() int {
	inst := js.Global().Get("annotatorInstance")
	if inst.Type() != js.TypeObject {
		return 0
	}
	return inst.Get("exports").Get("mem").Get("buffer").Get("byteLength").Int()
}

// workerConn is the page's side of the worker.
type workerConn struct {
	a       *app
	w       js.Value // the Worker
	module  js.Value
	ready   chan struct{} // closed once the worker says it is ready
	warm    chan struct{} // closed once the first worker has warmed up in the background
	failed  chan struct{} // closed when it ends before it is ready
	replies chan js.Value // result, error and exit messages
	broken  bool          // it never became ready: the page annotates itself
	busy    bool          // a run is waiting for its reply
	nextID  int
	onmsg   js.Func
}

// startWorker starts the annotating worker, or returns nil where the
// browser has no workers or the page was not started by main.js.
func startWorker(a *app) *workerConn {
	module := js.Global().Get("annotatorModule")
	if js.Global().Get("Worker").Type() != js.TypeFunction || module.IsUndefined() {
		return nil
	}
	c := &workerConn{a: a, module: module, replies: make(chan js.Value, 64), failed: make(chan struct{}), warm: make(chan struct{})}
	c.onmsg = js.FuncOf(func(_ js.Value, args []js.Value) any {
		if !args[0].Get("target").Equal(c.w) {
			return nil // a message the worker before this one sent before it was ended: its "exit" would end this one
		}
		data := args[0].Get("data")
		if args[0].Get("type").String() == "error" { // the worker's script failed to load or run
			data = object("type", "exit", "message", jsMessage(args[0]))
		}
		switch data.Get("type").String() {
		case "head":
			mark("message")
		case "warm":
			mark("worker-warm")
			js.Global().Get("annotatorTimings").Set("warmRuns", data.Get("runs"))
			select {
			case <-c.warm:
			default:
				close(c.warm)
			}
			return nil
		case "ready":
			if ms := data.Get("modelMs"); ms.Type() == js.TypeNumber {
				js.Global().Get("annotatorTimings").Set("modelMs", ms)
			}
			close(c.ready)
			mark("worker-ready")
			a.body.SetAttribute("data-worker", "ready")
			return nil
		case "exit":
			select {
			case <-c.ready:
			default: // it ended before it was ready: annotate in the page instead
				c.broken = true
				a.body.SetAttribute("data-worker", "none")
				c.w.Call("terminate")
				close(c.failed)
				return nil
			}
			if !c.busy { // it ended between runs: have a fresh one ready for the next
				c.restart()
				return nil
			}
		}
		select {
		case c.replies <- data:
		default:
		}
		return nil
	})
	keep = append(keep, c.onmsg)
	if !c.spawn() {
		return nil
	}
	return c
}

// spawn starts a new worker; it reports false when the browser refuses.
func (c *workerConn) spawn() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	c.ready = make(chan struct{})
	c.a.body.SetAttribute("data-worker", "starting")
	c.w = js.Global().Get("Worker").New("worker.js")
	c.w.Set("onmessage", c.onmsg)
	c.w.Set("onerror", c.onmsg)
	c.w.Call("postMessage", object("module", c.module, "warmRuns", warmRuns))
	warmRuns = 0
	for len(c.replies) > 0 { // replies of the worker before
		<-c.replies
	}
	return true
}

// restart ends the worker, whatever it is doing, and starts a fresh one.
func (c *workerConn) restart() {
	c.w.Call("terminate")
	if !c.spawn() {
		c.broken = true
		c.a.body.SetAttribute("data-worker", "none")
	}
}

// workerStart is how long the page waits for a new worker to be ready
// before it annotates by itself.
const workerStart = 20 * time.Second

// supersedeAfter is how long a run may have taken for a newer text to end
// it (a fresh worker takes about this long to start).
const supersedeAfter = 300 * time.Millisecond

// annotate asks the worker to annotate text, which value holds as a
// JavaScript string (sent as it is). It returns errStopped when the
// user stops the run, errSuperseded when a newer text came while a long run
// was under way (the worker is restarted in both cases), and errNoWorker
// when the worker cannot be started.
func (c *workerConn) annotate(a *app, text string, value js.Value, set settings) (*result, error) {
	if c.broken {
		return nil, errNoWorker
	}
	select {
	case <-c.ready:
	case <-a.cancel:
		return nil, errStopped
	case <-after(workerStart):
		c.w.Call("terminate")
		c.broken = true
		a.body.SetAttribute("data-worker", "none")
		return nil, errNoWorker
	case <-c.failed:
		return nil, errNoWorker
	}
	c.nextID++
	id := c.nextID
	req := set.request(value)
	req.Set("id", id)
	req.Set("partSize", render.PartSize)
	if f := js.Global().Get("annotatorFault"); f.Type() == js.TypeString {
		req.Set("fault", f)
	}
	start := time.Now()
	c.busy = true
	defer func() { c.busy = false }()
	transfer := []any{}
	if len(text) > helpAt {
		if helper, port := c.startHelper(value, set); port.Truthy() {
			req.Set("datesPort", port)
			transfer = append(transfer, port)
			defer helper.Call("terminate") // whatever it is doing
		}
	}
	c.w.Call("postMessage", req, transfer)
	mark("posted")
	got := reply{parse: true}
	requests := a.requests
	var supersede <-chan struct{}
	for {
		select {
		case msg := <-c.replies:
			typ := msg.Get("type").String()
			switch {
			case typ == "exit":
				c.restart()
				return nil, errors.New("the annotator's worker stopped (" + jsMessage(msg.Get("message")) + "); it has been restarted")
			case msg.Get("id").Type() != js.TypeNumber || msg.Get("id").Int() != id: // a reply to a run given up
			case typ == "error":
				return nil, errors.New(jsMessage(msg.Get("message")))
			default:
				r, err := got.take(text, msg)
				if err != nil || r != nil {
					return r, err
				}
			}
		case <-requests:
			// a newer text: let a short run finish, end a long one
			requests = nil
			a.request()
			wait := supersedeAfter - time.Since(start)
			if wait <= 0 {
				c.restart()
				return nil, errSuperseded
			}
			supersede = after(wait)
		case <-supersede:
			c.restart()
			return nil, errSuperseded
		case <-a.cancel:
			c.restart()
			return nil, errStopped
		}
	}
}

// startHelper starts a dates helper for text (see runDatesHelper) and
// returns it and the port on which the annotating worker hears from it;
// the port is undefined where the browser refuses.
func (c *workerConn) startHelper(text js.Value, set settings) (helper, port js.Value) {
	defer func() {
		if recover() != nil {
			port = js.Undefined()
		}
	}()
	faultAt("helper")
	ch := js.Global().Get("MessageChannel").New()
	helper = js.Global().Get("Worker").New("worker.js")
	job := set.request(text)
	job.Set("port", ch.Get("port1"))
	helper.Call("postMessage", object("module", c.module, "warmRuns", 0, "dates", job), []any{ch.Get("port1")})
	return helper, ch.Get("port2")
}

// A reply gathers the worker's messages for one run into a result,
// parsing the markup as it comes when parse is set (see parsedView).
type reply struct {
	parse bool
	r     *result
}

// take reads one message of the run; it returns the result with the last.
func (p *reply) take(text string, msg js.Value) (*result, error) {
	typ := msg.Get("type").String()
	if typ != "head" && p.r == nil {
		return nil, errors.New("the worker's reply came out of order (" + typ + " before head)")
	}
	switch typ {
	case "head":
		d, err := page.DecodeDocumentPausing(text, bytesOf(msg.Get("doc")), yield)
		if err != nil {
			return nil, err
		}
		mark("decoded")
		p.r = &result{doc: d}
		if p.parse {
			p.r.parsed = new(parsedView)
		}
	case "parts":
		list := msg.Get("parts")
		parts := make([]js.Value, list.Length())
		for i := range parts {
			parts[i] = list.Index(i)
		}
		p.r.addParts(parts)
	case "result":
		if steps := msg.Get("steps"); steps.Type() == js.TypeObject {
			for i, name := range []string{"worker-got", "worker-annotated", "worker-viewed", "worker-sent"} {
				markAt(name, steps.Index(i).Float())
			}
		}
		r := p.r
		r.setPanels(msg.Get("speakers"), msg.Get("names"), msg.Get("dates"))
		r.annotateMs, r.renderMs, r.workerMemory = msg.Get("annotateMs").Float(), msg.Get("renderMs").Float(), msg.Get("memory").Int()
		r.dated = msg.Get("dated").String()
		if m := msg.Get("helperMemory"); m.Type() == js.TypeNumber {
			r.helperMemory = m.Int()
		}
		return r, nil
	}
	return nil, nil
}
