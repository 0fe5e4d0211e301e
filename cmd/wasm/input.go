//go:build js && wasm

package main

import (
	"syscall/js"
	"unicode/utf8"

	"github.com/newsroom-tools/annotator/internal/page"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// paste turns a rich paste (HTML on the clipboard) into plain text with its
// paragraphs kept, and keeps a paste longer than the page annotates out of
// the box but for its first part. Other pastes are left to the browser.
func (a *app) paste(ev js.Value) {
	cd := ev.Get("clipboardData")
	if cd.Type() != js.TypeObject {
		return
	}
	plain := cd.Call("getData", "text/plain")
	html := cd.Call("getData", "text/html").String()
	var text string
	insert := plain // the text to insert as a JavaScript string, while it is the clipboard's own
	switch {
	case html != "":
		text = page.PasteText(html, plain.String())
		insert = js.Undefined()
	default:
		text = plain.String()
		if len(text) <= foldAt {
			return // the browser pastes it
		}
	}
	ev.Call("preventDefault")
	if len(text) > page.MaxBytes {
		box, rest := page.Split(text)
		a.keepAside(rest, page.OverflowNotice("The paste", utf8.RuneCountInString(box), utf8.RuneCountInString(text)))
		text = box
		insert = js.Undefined()
	}
	if insert.IsUndefined() {
		insert = js.ValueOf(text)
	}
	a.insertText(insert, len(text))
	a.refold()
	a.request()
}

// keepAside keeps the part of a paste or file that did not go into the box,
// and offers it as a file.
func (a *app) keepAside(rest, notice string) {
	a.overflow = rest
	a.overflowText.SetTextContent(notice)
	a.overflowBox.RemoveAttribute("hidden")
}

// dropAside forgets the part kept aside.
func (a *app) dropAside() {
	a.overflow = ""
	a.overflowBox.SetAttribute("hidden", "")
}

// insertText replaces the text box's selection with text, a JavaScript
// string of size bytes in UTF-8. A short text goes in as typing would, so
// that undo takes it back; a longer one directly. Typing's way grows faster
// than the text: in Chromium it took 11 ms for 1 KB, 76–87 ms for 5 KB,
// 436 ms for 20 KB and 1.2 s for 40 KB, where setting the text directly took
// 2, 3–5, 11 and 21 ms. A long text goes into the box folded away: shown,
// the browser would lay all of it out at once to put the caret after it,
// half a second a megabyte, freezing the page.
func (a *app) insertText(text js.Value, size int) {
	a.text.Focus()
	if size <= typedAt && document.Call("execCommand", "insertText", false, text).Bool() {
		return
	}
	if size > foldAt {
		byID("drop").Class().Add("folded") // refold says why, once the text is in
	}
	ta := a.text.Underlying()
	ta.Call("setRangeText", text, ta.Get("selectionStart"), ta.Get("selectionEnd"), "end")
}

// typedAt is the longest text insertText puts in as typing would.
const typedAt = 1 << 10

// foldAt is the length from which the text box folds away: a browser lays
// out a text box of a megabyte in about half a second, every time the page
// around it changes.
const foldAt = 256 << 10

// refold hides the text box behind a line saying how long its text is when
// it is long, so that it does not slow the page down, and shows it
// otherwise. It is called where a text arrives whole (a paste, a file, the
// sample, the text kept from last time), in the same task, before the
// browser lays the box out.
func (a *app) refold() {
	n := a.text.Get("textLength").Int()
	box := byID("drop")
	if n <= foldAt {
		box.Class().Remove("folded")
		return
	}
	box.Class().Add("folded")
	byID("folded-note").SetTextContent("The text box holds a long text, " + page.Plural(n, "character", "characters") +
		", folded away to keep the page quick.")
}

// wireDrop lets a file dropped on the text box replace its text. Dropped
// text (not a file) is left to the browser.
func (a *app) wireDrop() {
	zone := byID("drop")
	hasFiles := func(ev js.Value) bool {
		types := ev.Get("dataTransfer").Get("types")
		for i, n := 0, types.Length(); i < n; i++ {
			if types.Index(i).String() == "Files" {
				return true
			}
		}
		return false
	}
	for _, typ := range []string{"dragenter", "dragover"} {
		a.on(zone.Value, typ, func(ev js.Value) {
			if hasFiles(ev) {
				ev.Call("preventDefault")
				zone.Class().Add("over")
			}
		})
	}
	a.on(zone.Value, "dragleave", func(js.Value) { zone.Class().Remove("over") })
	a.on(zone.Value, "drop", func(ev js.Value) {
		zone.Class().Remove("over")
		files := ev.Get("dataTransfer").Get("files")
		if files.Length() == 0 {
			return
		}
		ev.Call("preventDefault")
		go a.readFile(files.Index(0))
	})
}

// maxFile is the largest file the page reads: far more than it annotates
// (page.MaxBytes), so that a long text still opens whole.
const maxFile = 64 << 20

// readFile reads a dropped or opened file into the text box and annotates it.
func (a *app) readFile(file js.Value) {
	defer a.recoverTo("Opening the file failed")
	name := file.Get("name").String()
	if size := file.Get("size").Int(); size > maxFile {
		a.showNotice("“"+name+"” is "+page.Plural(size>>20, "megabyte", "megabytes")+": too large to open here. Open a text file of up to 64 MB.", true)
		return
	}
	a.setStatus("Opening “" + name + "”…")
	buf, ok := await(file.Call("arrayBuffer"))
	if !ok {
		a.showNotice("Could not read “"+name+"”: "+jsMessage(buf)+".", true)
		return
	}
	u8 := js.Global().Get("Uint8Array").New(buf)
	data := make([]byte, u8.Length())
	js.CopyBytesToGo(data, u8)
	text, note, err := page.FileText(name, data)
	if err != nil {
		a.showNotice("Could not open “"+name+"”: "+err.Error()+".", true)
		return
	}
	a.dropAside()
	if len(text) > page.MaxBytes {
		box, rest := page.Split(text)
		a.keepAside(rest, page.OverflowNotice("“"+name+"”", utf8.RuneCountInString(box), utf8.RuneCountInString(text)))
		text = box
	}
	a.text.SetValue(text)
	a.refold()
	a.file.Set("value", "") // the same file may be opened again
	a.userDate = false
	a.published.SetValue("")
	a.showNotice(note, false)
	a.request()
}

// The text is kept in the browser's local storage between visits, until the
// Clear button removes it.
const (
	keyText      = "annotator.text"
	keyPublished = "annotator.published"
	keyOrder     = "annotator.date-order" // kept across texts: a reader's habit
	keyAhead     = "annotator.ahead"
)

func storage() (js.Value, bool) {
	defer func() { recover() }() // storage may be switched off, which throws
	s := js.Global().Get("localStorage")
	return s, s.Type() == js.TypeObject
}

// save keeps the text box's text (and a publication date set by hand) for
// the next visit. It reports false for a text over the browser's storage
// limit, which is not kept.
func (a *app) save() bool {
	s, ok := storage()
	if !ok {
		return true
	}
	kept := func() (ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		s.Call("setItem", keyText, a.text.Get("value"))
		if a.userDate {
			s.Call("setItem", keyPublished, a.published.Value())
		} else {
			s.Call("removeItem", keyPublished)
		}
		return true
	}()
	if !kept {
		s.Call("removeItem", keyText)
	}
	return kept
}

// restore puts back the text kept from the last visit, unless the text box
// already holds something; it reports whether it did.
func (a *app) restore() bool {
	s, ok := storage()
	if !ok || a.text.Value() != "" {
		return false
	}
	defer func() { recover() }()
	text := s.Call("getItem", keyText)
	if text.Type() != js.TypeString || text.String() == "" {
		return false
	}
	a.text.Set("value", text)
	a.refold()
	if p := s.Call("getItem", keyPublished); p.Type() == js.TypeString && p.String() != "" {
		a.published.SetValue(p.String())
		a.userDate = true
	}
	return true
}

// saveReading keeps how dates are read for the next visit; Clear leaves it.
func (a *app) saveReading() {
	s, ok := storage()
	if !ok {
		return
	}
	defer func() { recover() }()
	s.Call("setItem", keyOrder, a.order.Get("value"))
	if a.ahead.Checked() {
		s.Call("setItem", keyAhead, "1")
	} else {
		s.Call("removeItem", keyAhead)
	}
}

// restoreReading puts back how dates were read on the last visit.
func (a *app) restoreReading() {
	s, ok := storage()
	if !ok {
		return
	}
	defer func() { recover() }()
	if o := s.Call("getItem", keyOrder); o.Type() == js.TypeString {
		if _, ok := timex.ParseOrder(o.String()); ok {
			a.order.Set("value", o.String())
		}
	}
	a.ahead.SetChecked(s.Call("getItem", keyAhead).Type() == js.TypeString)
}

// reading is how the page reads dates now; settings.options reads an
// order it does not know as the default.
func (a *app) reading() (order string, ahead bool) {
	return a.order.Get("value").String(), a.ahead.Checked()
}

// forget removes the kept text.
func (a *app) forget() {
	if s, ok := storage(); ok {
		func() {
			defer func() { recover() }()
			s.Call("removeItem", keyText)
			s.Call("removeItem", keyPublished)
		}()
	}
}
