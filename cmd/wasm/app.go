//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"
	"time"

	"honnef.co/go/js/dom/v2"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
	"github.com/newsroom-tools/annotator/internal/samples"
)

// app holds the page's elements and what it shows.
type app struct {
	body      *dom.BasicHTMLElement
	text      *dom.HTMLTextAreaElement
	published *dom.HTMLInputElement
	order     *dom.BasicHTMLElement // how to read 6/10/2018: a select of timex.ParseOrder's names
	ahead     *dom.HTMLInputElement // days without a year lie ahead
	note      *dom.BasicHTMLElement
	status    *dom.BasicHTMLElement
	notice    *dom.BasicHTMLElement
	stop      *dom.BasicHTMLElement
	article   *dom.BasicHTMLElement
	speakers  *dom.BasicHTMLElement
	names     *dom.BasicHTMLElement
	dates     *dom.BasicHTMLElement
	bar       *dom.BasicHTMLElement
	barText   *dom.BasicHTMLElement
	copyBtn   *dom.BasicHTMLElement
	tip       *dom.BasicHTMLElement
	file      *dom.BasicHTMLElement
	exports   []*dom.BasicHTMLElement

	overflowBox  *dom.BasicHTMLElement // says a long paste or file was cut
	overflowText *dom.BasicHTMLElement
	overflow     string // the part of it kept aside

	shown *shown    // what the article pane shows; nil before the first run
	sel   selection // the speaker, name or date being stepped through

	userDate    bool          // the publication date was set by hand
	finePointer bool          // a mouse or trackpad: hovering shows tooltips
	timer       js.Value      // pending debounce timeout, or undefined
	tick        js.Func       // the debounce timeout's callback
	lastTook    time.Duration // how long the last run took, to pace the debounce
	shortHere   bool          // short texts are annotated here: the page's own annotator is ready
	requests    chan struct{} // wakes the runner; a burst of requests is one run
	cancel      chan struct{} // the Stop button
	runs        int
	w           *workerConn // the annotating worker; nil where the page annotates itself
}

// shown is an annotated document on the page, with its speakers panel.
type shown struct {
	doc *annotate.Document
	sp  page.Speakers
}

func newApp() *app {
	a := &app{
		body:         element(document.Get("body")),
		text:         &dom.HTMLTextAreaElement{BasicHTMLElement: byID("text")},
		published:    &dom.HTMLInputElement{BasicHTMLElement: byID("published")},
		order:        byID("date-order"),
		ahead:        &dom.HTMLInputElement{BasicHTMLElement: byID("ahead")},
		note:         byID("published-note"),
		status:       byID("status"),
		notice:       byID("notice"),
		stop:         byID("stop"),
		article:      byID("article"),
		speakers:     byID("speakers"),
		names:        byID("names"),
		dates:        byID("dates"),
		bar:          byID("bar"),
		barText:      byID("bar-text"),
		copyBtn:      byID("copy"),
		tip:          byID("tip"),
		file:         byID("file"),
		overflowBox:  byID("overflow"),
		overflowText: byID("overflow-text"),
		requests:     make(chan struct{}, 1),
		cancel:       make(chan struct{}, 1),
		timer:        js.Undefined(),
	}
	if mq := js.Global().Get("matchMedia"); mq.Type() == js.TypeFunction {
		a.finePointer = mq.Invoke("(hover: hover) and (pointer: fine)").Get("matches").Bool()
	}
	for _, id := range []string{"export-json", "export-csv", "export-html"} {
		a.exports = append(a.exports, byID(id))
	}
	return a
}

// wire attaches the listeners: one per control, and one delegated listener
// per kind of event on the article and on each panel.
func (a *app) wire() {
	a.tick = js.FuncOf(func(js.Value, []js.Value) any {
		a.timer = js.Undefined()
		a.request()
		return nil
	})
	a.on(a.text.Underlying(), "input", func(ev js.Value) {
		if t := ev.Get("inputType"); t.Type() == js.TypeString && (t.String() == "insertFromPaste" || t.String() == "insertFromDrop") {
			a.request() // a paste is whole: annotate it at once
			return
		}
		a.debounce()
	})
	a.on(a.text.Underlying(), "paste", a.paste)
	a.wireDrop()
	a.on(byID("annotate").Value, "click", func(js.Value) { a.request() })
	a.on(byID("open").Value, "click", func(js.Value) { a.file.Call("click") })
	a.on(a.file.Value, "change", func(js.Value) {
		files := a.file.Get("files")
		if files.Length() > 0 {
			go a.readFile(files.Index(0))
		}
	})
	a.on(byID("unfold").Value, "click", func(js.Value) {
		byID("drop").Class().Remove("folded")
		a.text.Focus()
	})
	a.on(byID("sample").Value, "click", func(js.Value) {
		a.text.SetValue(samples.Wikinews.Text)
		a.refold()
		a.userDate = false
		a.published.SetValue("")
		a.request()
	})
	a.on(byID("clear").Value, "click", func(js.Value) {
		a.text.SetValue("")
		a.userDate = false
		a.published.SetValue("")
		a.forget()
		a.hideNotice()
		a.dropAside()
		a.refold()
		a.request()
		a.text.Focus()
	})
	a.on(a.stop.Value, "click", func(js.Value) {
		select {
		case a.cancel <- struct{}{}:
		default:
		}
	})
	a.on(a.published.Underlying(), "change", func(js.Value) {
		a.userDate = a.published.Value() != ""
		a.request()
	})
	for _, el := range []*dom.BasicHTMLElement{a.order, a.ahead.BasicHTMLElement} {
		a.on(el.Underlying(), "change", func(js.Value) {
			a.saveReading()
			a.request()
		})
	}
	a.on(document.Call("querySelector", ".layers"), "change", func(ev js.Value) {
		box := element(ev.Get("target"))
		if layer := box.GetAttribute("data-layer"); layer != "" {
			// one class per layer switched off: hide-quotes, hide-colours, hide-person, …
			if box.Get("checked").Bool() {
				a.body.Class().Remove("hide-" + layer)
			} else {
				a.body.Class().Add("hide-" + layer)
			}
		}
	})
	a.wireExports()
	a.wireSaveRest()
	a.wireSelection()
	for _, typ := range []string{"mouseover", "focusin"} {
		a.on(a.article.Value, typ, a.showTip)
	}
	for _, typ := range []string{"mouseout", "focusout"} {
		a.on(a.article.Value, typ, func(js.Value) { a.hideTip() })
	}
}

// start restores the text kept from the last visit, starts the worker and
// says the page is ready.
func (a *app) start() {
	js.Global().Get("annotatorTimings").Set("ready", now())
	a.w = startWorker(a)
	if a.w == nil {
		a.body.SetAttribute("data-worker", "none")
	}
	a.restoreReading()
	restored := a.restore()
	a.setState("ready")
	if restored {
		a.setStatus("Your text from last time is back. Annotating…")
		a.request()
		return
	}
	if a.text.Value() != "" {
		a.request() // typed while the page was loading
		return
	}
	a.setStatus("Ready. Paste or type an article, open a file, or try the sample.")
}

// recoverTo turns a panic into a message, and the page keeps working.
func (a *app) recoverTo(what string) {
	if r := recover(); r != nil {
		a.fail(what + ": " + panicMessage(r) + ". The page still works: edit the text or try again.")
	}
}

// fail shows an error in the notice and marks the page as having met one.
func (a *app) fail(msg string) {
	a.setState("error")
	a.setStatus("Something went wrong.")
	a.showNotice(msg, true)
}

// debounce annotates once typing pauses: longer pauses for texts that take longer.
func (a *app) debounce() {
	w := js.Global()
	if !a.timer.IsUndefined() {
		w.Call("clearTimeout", a.timer)
	}
	delay := 300 + int(2*a.lastTook/time.Millisecond)
	a.timer = w.Call("setTimeout", a.tick, min(delay, 1500))
}

// request asks the runner for a run; requests made while one is pending merge.
func (a *app) request() {
	select {
	case a.requests <- struct{}{}:
	default:
	}
}

func (a *app) setState(s string) { a.body.SetAttribute("data-state", s) }

func (a *app) setStatus(msg string) { a.status.SetTextContent(msg) }

func (a *app) showNotice(msg string, isError bool) {
	a.notice.SetTextContent(msg)
	if isError {
		a.notice.Class().Add("error")
	} else {
		a.notice.Class().Remove("error")
	}
	a.notice.RemoveAttribute("hidden")
}

func (a *app) hideNotice() { a.notice.SetAttribute("hidden", "") }

// faultAt panics when the browser tests ask for a failure at this point
// (globalThis.annotatorFault === where), to check that the page recovers.
func faultAt(where string) {
	if f := js.Global().Get("annotatorFault"); f.Type() == js.TypeString && f.String() == where {
		panic("a fault injected at " + where)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
