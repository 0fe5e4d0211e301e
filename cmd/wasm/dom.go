//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// element wraps a DOM element as dom/v2's concrete element type. Calls on
// it bind statically: a call through the dom.Element interface (or a dom/v2
// function returning one, such as Document.GetElementByID or
// AddEventListener's dom.Event) makes the linker keep every element type
// dom/v2 knows, which costs the page tens of kilobytes.
func element(v js.Value) *dom.BasicHTMLElement {
	return &dom.BasicHTMLElement{BasicElement: &dom.BasicElement{BasicNode: &dom.BasicNode{Value: v}}}
}

var document = js.Global().Get("document")

// byID returns the element with the given id, wrapped by element.
//
//go:noinline
func byID(id string) *dom.BasicHTMLElement {
	return element(document.Call("getElementById", id))
}

// create makes an element, wrapped by element.
func create(tag string) *dom.BasicHTMLElement {
	return element(document.Call("createElement", tag))
}

// object makes a JavaScript object of keys and values, in pairs:
// object("type", "ready", "ms", 3). It stands for a map literal, whose
// code (a hash and an assignment for each entry) weighs more in the
// page's WebAssembly.
func object(pairs ...any) js.Value {
	o := js.Global().Get("Object").New()
	for i := 0; i+1 < len(pairs); i += 2 {
		o.Set(pairs[i].(string), pairs[i+1])
	}
	return o
}

// bytesOf copies the bytes of an ArrayBuffer into Go.
func bytesOf(buffer js.Value) []byte {
	u := js.Global().Get("Uint8Array").New(buffer)
	b := make([]byte, u.Length())
	js.CopyBytesToGo(b, u)
	return b
}

// bufferOf copies b into a new ArrayBuffer.
func bufferOf(b []byte) js.Value {
	u := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u, b)
	return u.Get("buffer")
}

// keep holds js.Func values alive for the life of the page.
var keep []js.Func

// on listens for typ events on target for the life of the page. The handler
// runs guarded: a panic in it becomes a message and the page keeps working.
func (a *app) on(target js.Value, typ string, handler func(ev js.Value)) {
	f := js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer a.recoverTo("That action failed")
		handler(args[0])
		return nil
	})
	keep = append(keep, f)
	target.Call("addEventListener", typ, f)
}

// closest is Element.closest for an event target; it returns ok == false
// when the target is not an element or nothing matches.
func closest(target js.Value, sel string) (*dom.BasicHTMLElement, bool) {
	if target.Type() != js.TypeObject || target.Get("closest").Type() != js.TypeFunction {
		return nil, false
	}
	v := target.Call("closest", sel)
	if v.IsNull() || v.IsUndefined() {
		return nil, false
	}
	return element(v), true
}

// query is querySelector on root; ok == false when nothing matches.
func query(root js.Value, sel string) (*dom.BasicHTMLElement, bool) {
	v := root.Call("querySelector", sel)
	if v.IsNull() || v.IsUndefined() {
		return nil, false
	}
	return element(v), true
}

// eachMatch calls f for every element under root matching sel.
func eachMatch(root js.Value, sel string, f func(el js.Value)) {
	list := root.Call("querySelectorAll", sel)
	for i, n := 0, list.Length(); i < n; i++ {
		f(list.Index(i))
	}
}

// index reads a numeric data attribute and checks it against [lo, n).
func index(el *dom.BasicHTMLElement, attr string, lo, n int) (int, bool) {
	i, err := strconv.Atoi(el.GetAttribute(attr))
	return i, err == nil && i >= lo && i < n
}

// await waits for a promise in a goroutine (never in an event handler).
func await(p js.Value) (js.Value, bool) {
	done := make(chan js.Value, 1)
	failed := make(chan js.Value, 1)
	then := js.FuncOf(func(_ js.Value, args []js.Value) any { done <- arg0(args); return nil })
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any { failed <- arg0(args); return nil })
	defer then.Release()
	defer catch.Release()
	p.Call("then", then, catch)
	select {
	case v := <-done:
		return v, true
	case err := <-failed:
		return err, false
	}
}

func arg0(args []js.Value) js.Value {
	if len(args) == 0 {
		return js.Undefined()
	}
	return args[0]
}

// jsMessage is the message of a JavaScript error value.
func jsMessage(v js.Value) string {
	if v.Type() == js.TypeObject && v.Get("message").Type() == js.TypeString {
		return v.Get("message").String()
	}
	if v.Type() == js.TypeString {
		return v.String()
	}
	return "unknown error"
}

func px(v float64) string { return strconv.Itoa(int(v)) + "px" }

// panicMessage describes a recovered panic value without fmt, which would
// add a tenth to the page's download.
func panicMessage(r any) string {
	switch v := r.(type) {
	case js.Error:
		return jsMessage(v.Value)
	case error:
		return v.Error()
	case string:
		return v
	}
	return "unexpected failure"
}

// now is the page's clock in milliseconds (performance.now).
func now() float64 { return js.Global().Get("performance").Call("now").Float() }

func ms(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
