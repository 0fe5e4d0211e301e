//go:build js && wasm

package main

import (
	"errors"
	"runtime"
	"slices"
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
//	worker → page  {type: "result", id, doc: ArrayBuffer (page.EncodeDocument), parts: [string],
//	                speakers, names, dates: string, annotateMs, renderMs}
//	               {type: "error", id, message}
//	               {type: "exit", message?}                    (worker.js: the Go program ended)

// runWorker is the program in the worker: it warms up, says it is ready,
// and then annotates what the page sends until the page ends it.
func runWorker() {
	tuneGC(0)
	self := js.Global()
	idle := make(chan struct{}, 1)
	handler := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg, transfer := respond(args[0].Get("data"))
		self.Call("postMessage", msg, transfer)
		select {
		case idle <- struct{}{}:
		default:
		}
		return nil
	})
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
	self.Call("postMessage", map[string]any{"type": "ready", "modelMs": modelMs})
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
		self.Call("postMessage", map[string]any{"type": "warm", "runs": times})
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
	slices.Sort(early)
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

// respond annotates one request. A panic becomes an error reply; the worker
// goes on.
func respond(req js.Value) (msg map[string]any, transfer []any) {
	got := clock()
	id := req.Get("id")
	defer func() {
		if r := recover(); r != nil {
			msg, transfer = map[string]any{"type": "error", "id": id, "message": panicMessage(r)}, []any{}
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
	var set settings
	if p := req.Get("published"); p.Type() == js.TypeString {
		set.published = p.String()
	}
	if o := req.Get("order"); o.Type() == js.TypeString {
		set.order = o.String()
	}
	set.ahead = req.Get("ahead").Truthy()
	opts := set.options()
	if req.Get("text").Type() != js.TypeString || req.Get("partSize").Type() != js.TypeNumber {
		panic("a request without its text or piece size")
	}
	text := req.Get("text").String()
	tuneGC(len(text))
	t0 := now()
	d := annotate.Annotate(text, opts)
	t1 := now()
	annotated := clock()
	v := render.NewView(d, req.Get("partSize").Int())
	viewed := clock()
	wire := page.EncodeDocument(nil, d)
	buf := js.Global().Get("Uint8Array").New(len(wire))
	js.CopyBytesToJS(buf, wire)
	parts := make([]any, len(v.Parts))
	for i, p := range v.Parts {
		parts[i] = p
	}
	return map[string]any{
		"type": "result", "id": id, "doc": buf.Get("buffer"), "parts": parts,
		"speakers": v.Speakers, "names": v.Names, "dates": v.Dates,
		"annotateMs": t1 - t0, "renderMs": now() - t1, "memory": memorySize(),
		// the worker's steps, on the clock of clock(), for the page's timeline
		"steps": []any{got, annotated, viewed, clock()},
	}, []any{buf.Get("buffer")}
}

// The garbage collector of Go's WebAssembly runs on the one thread it has,
// so each collection pauses the work in hand. With the default settings an
// annotation of a short article meets one or two collections (10–30 ms);
// collecting less often, and when idle, keeps that work free of them. A soft
// memory limit keeps long texts from growing the heap without bound.
//
// For a long text the heap is large already and grows with GOGC: there the
// collector keeps its default pace.
const (
	smallGC = 400 // GOGC for short texts
	largeGC = 100 // and for long ones, the default
	largeAt = 256 << 10
)

func tuneGC(size int) {
	if size > largeAt {
		setGCPercent(largeGC)
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
	c := &workerConn{a: a, module: module, replies: make(chan js.Value, 8), failed: make(chan struct{}), warm: make(chan struct{})}
	c.onmsg = js.FuncOf(func(_ js.Value, args []js.Value) any {
		if !args[0].Get("target").Equal(c.w) {
			return nil // a message the worker before this one sent before it was ended: its "exit" would end this one
		}
		data := args[0].Get("data")
		if args[0].Get("type").String() == "error" { // the worker's script failed to load or run
			data = js.ValueOf(map[string]any{"type": "exit", "message": jsMessage(args[0])})
		}
		switch data.Get("type").String() {
		case "result":
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
	c.w.Call("postMessage", map[string]any{"module": c.module, "warmRuns": warmRuns})
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
	req := map[string]any{"id": id, "text": value, "published": set.published, "order": set.order, "ahead": set.ahead, "partSize": render.PartSize}
	if f := js.Global().Get("annotatorFault"); f.Type() == js.TypeString {
		req["fault"] = f.String()
	}
	start := time.Now()
	c.busy = true
	defer func() { c.busy = false }()
	c.w.Call("postMessage", req)
	mark("posted")
	requests := a.requests
	var supersede <-chan struct{}
	for {
		select {
		case msg := <-c.replies:
			switch msg.Get("type").String() {
			case "exit":
				c.restart()
				return nil, errors.New("the annotator's worker stopped (" + jsMessage(msg.Get("message")) + "); it has been restarted")
			case "error":
				if msg.Get("id").Int() == id {
					return nil, errors.New(jsMessage(msg.Get("message")))
				}
			case "result":
				if msg.Get("id").Int() == id {
					return decodeResult(text, msg)
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

// decodeResult reads a worker's result message.
func decodeResult(text string, msg js.Value) (*result, error) {
	buf := js.Global().Get("Uint8Array").New(msg.Get("doc"))
	wire := make([]byte, buf.Length())
	js.CopyBytesToGo(wire, buf)
	if steps := msg.Get("steps"); steps.Type() == js.TypeObject {
		for i, name := range []string{"worker-got", "worker-annotated", "worker-viewed", "worker-sent"} {
			markAt(name, steps.Index(i).Float())
		}
	}
	d, err := page.DecodeDocumentPausing(text, wire, yield)
	if err != nil {
		return nil, err
	}
	mark("decoded")
	list := msg.Get("parts")
	r := &result{doc: d, speakers: msg.Get("speakers"), names: msg.Get("names"), dates: msg.Get("dates"),
		annotateMs: msg.Get("annotateMs").Float(), renderMs: msg.Get("renderMs").Float(), workerMemory: msg.Get("memory").Int()}
	for i, n := 0, list.Length(); i < n; i++ {
		r.parts = append(r.parts, list.Index(i))
	}
	return r, nil
}
