//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"
	"time"

	"honnef.co/go/js/dom/v2"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
	"github.com/newsroom-tools/annotator/internal/render"
	"github.com/newsroom-tools/annotator/internal/samples"
)

// app holds the page's elements and the document on show.
type app struct {
	doc       dom.Document
	body      *dom.BasicHTMLElement
	text      *dom.HTMLTextAreaElement
	published *dom.HTMLInputElement
	note      *dom.BasicHTMLElement
	status    *dom.BasicHTMLElement
	article   *dom.BasicHTMLElement
	speakers  *dom.BasicHTMLElement
	tip       *dom.BasicHTMLElement

	shown    *annotate.Document // what the article pane shows
	userDate bool               // the publication date was set by hand
	timer    int                // pending debounce timeout, 0 when none
	lastTook time.Duration      // how long the last run took, to pace the debounce
	requests chan struct{}      // wakes the runner; a burst of requests is one run
	runs     int
	buf      []byte // reused markup buffer
}

func newApp(doc dom.Document) *app {
	byID := func(id string) *dom.BasicHTMLElement { return element(doc.GetElementByID(id).Underlying()) }
	return &app{
		doc:       doc,
		body:      element(doc.Underlying().Get("body")),
		text:      &dom.HTMLTextAreaElement{BasicHTMLElement: byID("text")},
		published: &dom.HTMLInputElement{BasicHTMLElement: byID("published")},
		note:      byID("published-note"),
		status:    byID("status"),
		article:   byID("article"),
		speakers:  byID("speakers"),
		tip:       byID("tip"),
		requests:  make(chan struct{}, 1),
	}
}

// element wraps a DOM element as dom/v2's concrete element type. Calls on
// it bind statically: a call through the dom.Element interface makes the
// linker keep that method for every element type dom/v2 knows, which costs
// the page kilobytes per method.
func element(v js.Value) *dom.BasicHTMLElement {
	return &dom.BasicHTMLElement{BasicElement: &dom.BasicElement{BasicNode: &dom.BasicNode{Value: v}}}
}

// byID returns the element with the given id, wrapped by element.
func (a *app) byID(id string) *dom.BasicHTMLElement {
	return element(a.doc.GetElementByID(id).Underlying())
}

// wire attaches the listeners: one per control, one delegated set on the article.
func (a *app) wire() {
	a.text.AddEventListener("input", false, guarded(a, func(dom.Event) { a.debounce() }))
	a.byID("annotate").AddEventListener("click", false, guarded(a, func(dom.Event) { a.request() }))
	a.byID("sample").AddEventListener("click", false, guarded(a, func(dom.Event) {
		a.text.SetValue(samples.Wikinews.Text)
		a.userDate = false
		a.request()
	}))
	a.byID("clear").AddEventListener("click", false, guarded(a, func(dom.Event) {
		a.text.SetValue("")
		a.userDate = false
		a.published.SetValue("")
		a.request()
		a.text.Focus()
	}))
	a.published.AddEventListener("change", false, guarded(a, func(dom.Event) {
		a.userDate = a.published.Value() != ""
		a.request()
	}))
	for _, typ := range []string{"mouseover", "focusin"} {
		a.article.AddEventListener(typ, false, guarded(a, a.showTip))
	}
	for _, typ := range []string{"mouseout", "focusout"} {
		a.article.AddEventListener(typ, false, guarded(a, func(dom.Event) { a.hideTip() }))
	}
}

// guarded wraps an event handler so that a panic shows as a message and the
// page keeps working.
func guarded(a *app, f func(dom.Event)) func(dom.Event) {
	return func(ev dom.Event) {
		defer a.recoverTo("That action failed")
		f(ev)
	}
}

// recoverTo turns a panic into a message on the status line.
func (a *app) recoverTo(what string) {
	if r := recover(); r != nil {
		a.setState("error")
		a.setStatus(what+": "+panicMessage(r)+". The page still works: edit the text or try again.", true)
	}
}

// debounce annotates once typing pauses: longer pauses for texts that take longer.
func (a *app) debounce() {
	w := dom.GetWindow()
	if a.timer != 0 {
		w.ClearTimeout(a.timer)
	}
	delay := 250 + int(2*a.lastTook/time.Millisecond)
	a.timer = w.SetTimeout(func() {
		a.timer = 0
		a.request()
	}, min(delay, 1500))
}

// request asks the runner for a run; requests made while one is pending merge.
func (a *app) request() {
	select {
	case a.requests <- struct{}{}:
	default:
	}
}

// runner annotates on request, one run at a time, in its own goroutine so
// that event handlers return at once.
func (a *app) runner() {
	for range a.requests {
		a.run()
	}
}

// run annotates the text area's content and shows the result.
func (a *app) run() {
	defer a.recoverTo("Annotating this text failed")
	raw := a.text.Value()
	text, clipped := page.Clip(raw, page.MaxBytes)
	var opts annotate.Options
	if a.userDate {
		if t, err := time.Parse("2006-01-02", a.published.Value()); err == nil {
			opts.Published = t
		}
	}
	a.setState("busy")
	if len(text) > 100_000 {
		a.setStatus("Annotating "+strconv.Itoa(len(text)/1000)+" KB…", false)
		time.Sleep(time.Millisecond) // let the browser paint the status first
	}
	start := time.Now()
	d := annotate.Annotate(text, opts)
	annotated := time.Now()
	a.show(d)
	took := time.Since(start)
	a.lastTook = took
	a.runs++
	a.body.SetAttribute("data-annotate-ms", strconv.FormatFloat(float64(annotated.Sub(start).Microseconds())/1000, 'f', 3, 64))
	a.body.SetAttribute("data-render-ms", strconv.FormatFloat(float64(time.Since(annotated).Microseconds())/1000, 'f', 3, 64))
	a.body.SetAttribute("data-runs", strconv.Itoa(a.runs))
	a.setStatus(page.Status(d, took, clipped, len([]rune(raw))), false)
	a.setState("done")
}

// show renders d: the article markup in one assignment, the publication
// date, and the speakers panel built in a fragment and attached once.
func (a *app) show(d *annotate.Document) {
	a.shown = d
	a.hideTip()
	a.buf = render.Article(a.buf[:0], d, render.Options{})
	a.article.SetInnerHTML(string(a.buf))
	if !a.userDate {
		if d.Published.IsZero() {
			a.published.SetValue("")
		} else {
			a.published.SetValue(d.Published.Format("2006-01-02"))
		}
	}
	a.note.SetTextContent(page.PublishedNote(d))
	a.showSpeakers(d)
}

// create makes an element, wrapped by element.
func (a *app) create(tag string) *dom.BasicHTMLElement {
	return element(a.doc.Underlying().Call("createElement", tag))
}

func (a *app) showSpeakers(d *annotate.Document) {
	rows, unattributed := page.Speakers(d)
	frag := a.doc.CreateDocumentFragment()
	for _, r := range rows {
		li := a.create("li")
		li.SetAttribute("data-s", strconv.Itoa(r.Speaker))
		name := a.create("span")
		name.SetAttribute("class", "name")
		name.SetTextContent(r.Name)
		li.AppendChild(name)
		detail := r.Kind
		if r.Title != "" {
			detail = r.Title
		}
		meta := a.create("span")
		meta.SetAttribute("class", "meta")
		meta.SetTextContent(detail + " · " + page.Plural(r.Quotes, "quote", "quotes") + " · " + page.Percent(r.Share) + " of quoted words")
		li.AppendChild(meta)
		frag.AppendChild(li)
	}
	if unattributed > 0 {
		li := a.create("li")
		li.SetAttribute("class", "unattributed")
		li.SetTextContent("Speaker not found · " + page.Plural(unattributed, "quote", "quotes"))
		frag.AppendChild(li)
	}
	a.speakers.SetInnerHTML("")
	a.speakers.AppendChild(frag)
}

// showTip shows who said a quote, or what a date or name is, next to it.
func (a *app) showTip(ev dom.Event) {
	d := a.shown
	target := ev.Underlying().Get("target")
	if d == nil || target.Type() != js.TypeObject || target.Get("closest").Type() != js.TypeFunction {
		return
	}
	el := closest(element(target), "span.date, span.ent, mark.quote")
	if el == nil {
		return
	}
	var label string
	switch {
	case el.Class().Contains("date"):
		if i, ok := index(el, "data-d", len(d.Dates)); ok {
			label = render.DateLabel(d, i)
		}
	case el.Class().Contains("ent"):
		if i, ok := index(el, "data-e", len(d.Entities)); ok {
			label = d.Entities[i].Kind.String()
			if q := closest(el, "mark.quote"); q != nil {
				if qi, ok := index(q, "data-q", len(d.Quotes)); ok {
					label += " · in a quote by " + render.QuoteLabel(d, qi)
				}
			}
		}
	default:
		if i, ok := index(el, "data-q", len(d.Quotes)); ok {
			label = render.QuoteLabel(d, i)
		}
	}
	if label == "" {
		return
	}
	a.tip.SetTextContent(label)
	r := el.GetBoundingClientRect()
	style := a.tip.Style()
	style.SetProperty("left", px(max(4, r.Left())), "")
	style.SetProperty("top", px(r.Bottom()+6), "")
	a.tip.RemoveAttribute("hidden")
	el.SetAttribute("aria-describedby", "tip")
}

func (a *app) hideTip() {
	a.tip.SetAttribute("hidden", "")
}

// closest is Element.closest, wrapped by element; nil when nothing matches.
func closest(el *dom.BasicHTMLElement, sel string) *dom.BasicHTMLElement {
	v := el.Call("closest", sel)
	if v.IsNull() || v.IsUndefined() {
		return nil
	}
	return element(v)
}

// index reads a numeric data attribute and checks it against n.
func index(el *dom.BasicHTMLElement, attr string, n int) (int, bool) {
	i, err := strconv.Atoi(el.GetAttribute(attr))
	return i, err == nil && i >= 0 && i < n
}

func (a *app) setState(s string) { a.body.SetAttribute("data-state", s) }

func (a *app) setStatus(msg string, isError bool) {
	a.status.SetTextContent(msg)
	if isError {
		a.status.Class().Add("error")
	} else {
		a.status.Class().Remove("error")
	}
}

// keep holds js.Func values alive for the life of the page.
var keep []js.Func

func px(v float64) string { return strconv.Itoa(int(v)) + "px" }

// panicMessage describes a recovered panic value without fmt, which would
// add a tenth to the page's download.
func panicMessage(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "unexpected failure"
}
