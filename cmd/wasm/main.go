//go:build js && wasm

// Command wasm is the web page's program: it reads the pasted article,
// annotates it with internal/annotate and shows the result, all in the
// browser. Build it with GOOS=js GOARCH=wasm (make build writes
// web/annotator.wasm); web/main.js starts it.
//
// The same program runs twice: on the page, where it handles the user
// interface (app.go), and in a Web Worker, where it annotates (worker.go),
// so that a long text never freezes the page. For a long text a third copy,
// in a worker of its own, finds the dates meanwhile (runDatesHelper). Where
// workers are missing the page annotates itself.
//
// The DOM code here stays thin: what to show is decided by internal/page and
// internal/render, which plain go test reaches. Article text enters the DOM
// only as text nodes, form values or render's escaped markup.
package main

import "syscall/js"

func main() {
	if js.Global().Get("document").IsUndefined() {
		runWorker()
		return
	}
	tunePageGC(0)
	a := newApp()
	a.wire()
	exposeAPI()
	go a.runner()
	a.start()
	select {}
}
