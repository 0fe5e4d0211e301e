//go:build js && wasm

// Command wasm is the web page's program: it reads the pasted article,
// annotates it with internal/annotate and shows the result, all in the
// browser. Build it with GOOS=js GOARCH=wasm (make build writes
// web/annotator.wasm); web/main.js starts it.
//
// The DOM code here stays thin: what to show is decided by internal/page and
// internal/render, which plain go test reaches. Article text enters the DOM
// only as text nodes or through render's escaping.
package main

import (
	"honnef.co/go/js/dom/v2"
)

func main() {
	a := newApp(dom.GetWindow().Document())
	a.wire()
	exposeAPI()
	go a.runner()
	a.setState("ready")
	a.setStatus("Ready. Paste or type an article, or try the sample.", false)
	select {}
}
