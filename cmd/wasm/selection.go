//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"github.com/newsroom-tools/annotator/internal/page"
	"github.com/newsroom-tools/annotator/internal/render"
)

// selection is what the reader is stepping through: a speaker's quotes, a
// name's mentions or one date. Pressing its panel button again (or Next)
// moves to the next one.
type selection struct {
	kind    string // "", "speaker", "name" or "date"
	key     int    // speaker index (-1 for the quotes without one), cluster or date index
	targets []int  // quote, entity or date indices, in text order
	pos     int
	button  js.Value // the panel button that made it, or undefined
}

func (a *app) wireSelection() {
	a.on(a.speakers.Value, "click", func(ev js.Value) {
		if b, ok := closest(ev.Get("target"), "button.speaker"); ok && a.shown != nil {
			if s, ok := index(b, "data-s", -1, len(a.shown.doc.Speakers)); ok {
				a.selectSpeaker(s, b.Value, -1)
			}
		}
	})
	a.on(a.names.Value, "click", func(ev js.Value) {
		if b, ok := closest(ev.Get("target"), "button.name"); ok && a.shown != nil {
			if c, ok := index(b, "data-c", 0, len(a.shown.doc.Clusters)); ok {
				a.selectName(c, b.Value)
			}
		}
	})
	a.on(a.dates.Value, "click", func(ev js.Value) {
		if b, ok := closest(ev.Get("target"), "button.when"); ok && a.shown != nil {
			if di, ok := index(b, "data-d", 0, len(a.shown.doc.Dates)); ok {
				a.selectDate(di, b.Value)
			}
		}
	})
	a.on(a.article.Value, "click", func(ev js.Value) {
		a.hideTip()
		if q, ok := closest(ev.Get("target"), "mark.quote"); ok {
			a.quoteChosen(q)
		}
	})
	a.on(a.article.Value, "keydown", func(ev js.Value) {
		if k := ev.Get("key").String(); k != "Enter" && k != " " {
			return
		}
		if q, ok := closest(ev.Get("target"), "mark.quote"); ok {
			ev.Call("preventDefault")
			a.quoteChosen(q)
		}
	})
	a.on(document, "keydown", func(ev js.Value) {
		if ev.Get("key").String() == "Escape" && a.sel.kind != "" {
			a.clearSelection()
		}
	})
	a.on(byID("prev").Value, "click", func(js.Value) { a.step(-1) })
	a.on(byID("next").Value, "click", func(js.Value) { a.step(+1) })
	a.on(byID("close").Value, "click", func(js.Value) {
		b := a.sel.button
		a.clearSelection()
		if b.Type() == js.TypeObject {
			b.Call("focus")
		}
	})
	a.on(a.copyBtn.Value, "click", func(js.Value) { a.copyQuote() })
}

// quoteChosen selects the speaker of a quote clicked (or entered) in the
// article, at that quote.
func (a *app) quoteChosen(q *dom.BasicHTMLElement) {
	if a.shown == nil {
		return
	}
	d := a.shown.doc
	qi, ok := index(q, "data-q", 0, len(d.Quotes))
	if !ok {
		return
	}
	s := d.Quotes[qi].Source
	b, _ := query(a.speakers.Value, `button.speaker[data-s="`+strconv.Itoa(s)+`"]`)
	var bv js.Value
	if b != nil {
		bv = b.Value
	}
	a.selectSpeaker(s, bv, qi)
}

// selectSpeaker highlights the quotes of speaker s (-1: those without one)
// and goes to the first, or to quote at when at >= 0. Choosing the speaker
// already chosen goes to their next quote.
func (a *app) selectSpeaker(s int, button js.Value, at int) {
	if a.sel.kind == "speaker" && a.sel.key == s && at < 0 {
		a.step(+1)
		return
	}
	var quotes []int
	if s < 0 {
		quotes = a.shown.sp.Unattributed
	} else if r := a.shown.sp.ByIndex[s]; r >= 0 {
		quotes = a.shown.sp.Rows[r].Quotes
	}
	if len(quotes) == 0 {
		return
	}
	pos := 0
	for i, qi := range quotes {
		if qi == at {
			pos = i
		}
	}
	if a.sel.kind == "speaker" && a.sel.key == s {
		a.sel.pos = pos
		a.goTo()
		return
	}
	a.clearSelection()
	a.sel = selection{kind: "speaker", key: s, targets: quotes, pos: pos, button: button}
	sel := `mark.quote[data-s="` + strconv.Itoa(s) + `"]`
	if s < 0 {
		sel = "mark.quote.unattributed"
	}
	eachMatch(a.article.Value, sel, func(el js.Value) { el.Get("classList").Call("add", "sel") })
	a.body.SetAttribute("data-select", "speaker")
	a.goTo()
}

// selectName highlights every mention of cluster c and goes to the first;
// choosing it again goes to the next.
func (a *app) selectName(c int, button js.Value) {
	if a.sel.kind == "name" && a.sel.key == c {
		a.step(+1)
		return
	}
	var mentions []int
	for i, e := range a.shown.doc.Entities {
		if e.Cluster == c {
			mentions = append(mentions, i)
		}
	}
	if len(mentions) == 0 {
		return
	}
	a.clearSelection()
	a.sel = selection{kind: "name", key: c, targets: mentions, button: button}
	eachMatch(a.article.Value, `span.ent[data-c="`+strconv.Itoa(c)+`"]`, func(el js.Value) { el.Get("classList").Call("add", "hl") })
	a.body.SetAttribute("data-select", "name")
	a.goTo()
}

// selectDate highlights date di and goes to it.
func (a *app) selectDate(di int, button js.Value) {
	a.clearSelection()
	a.sel = selection{kind: "date", key: di, targets: []int{di}, button: button}
	eachMatch(a.article.Value, `span.date[data-d="`+strconv.Itoa(di)+`"]`, func(el js.Value) { el.Get("classList").Call("add", "hl") })
	a.body.SetAttribute("data-select", "date")
	a.goTo()
}

// step moves through the selection, wrapping at either end.
func (a *app) step(by int) {
	if n := len(a.sel.targets); n > 0 {
		a.sel.pos = ((a.sel.pos+by)%n + n) % n
		a.goTo()
	}
}

// target is the element of the selection's current quote, mention or date.
func (a *app) target() (*dom.BasicHTMLElement, bool) {
	i := strconv.Itoa(a.sel.targets[a.sel.pos])
	switch a.sel.kind {
	case "speaker":
		return query(a.article.Value, `mark.quote[data-q="`+i+`"]`)
	case "name":
		return query(a.article.Value, `span.ent[data-e="`+i+`"]`)
	}
	return query(a.article.Value, `span.date[data-d="`+i+`"]`)
}

// goTo marks the current target, scrolls it into view and says where the
// reader is in the selection bar.
func (a *app) goTo() {
	eachMatch(a.article.Value, ".cur", func(el js.Value) { el.Get("classList").Call("remove", "cur") })
	if b := a.sel.button; b.Type() == js.TypeObject {
		b.Call("setAttribute", "aria-pressed", "true")
	}
	if el, ok := a.target(); ok {
		el.Class().Add("cur")
		el.Call("scrollIntoView", object("block", "center"))
	}
	d := a.shown.doc
	i, n := a.sel.pos+1, len(a.sel.targets)
	var text string
	switch a.sel.kind {
	case "speaker":
		qi := a.sel.targets[a.sel.pos]
		who := "by " + page.SpeakerLabel(d, a.sel.key)
		if a.sel.key < 0 {
			who = "with no speaker found"
		}
		text = "Quote " + itoa(i) + " of " + itoa(n) + " " + who + " (" + render.QuoteKindLabel(d.Quotes[qi].Kind) + ")"
	case "name":
		c := d.Clusters[a.sel.key]
		text = "Mention " + itoa(i) + " of " + itoa(n) + ": " + c.Name + " (" + c.Kind.String() + ")"
	default:
		text = "“" + d.Dates[a.sel.key].Of(d.Text) + "”: " + render.DateLabel(d, a.sel.key)
	}
	a.barText.SetTextContent(text)
	byID("prev").Set("disabled", n < 2)
	byID("next").Set("disabled", n < 2)
	if a.sel.kind == "speaker" {
		a.copyBtn.RemoveAttribute("hidden")
	} else {
		a.copyBtn.SetAttribute("hidden", "")
	}
	a.bar.RemoveAttribute("hidden")
	a.body.Class().Add("bar-open")
}

// clearSelection ends the selection and its highlights.
func (a *app) clearSelection() {
	eachMatch(a.article.Value, ".sel, .hl, .cur", func(el js.Value) { el.Get("classList").Call("remove", "sel", "hl", "cur") })
	if b := a.sel.button; b.Type() == js.TypeObject {
		b.Call("setAttribute", "aria-pressed", "false")
	}
	a.sel = selection{}
	a.body.RemoveAttribute("data-select")
	a.bar.SetAttribute("hidden", "")
	a.body.Class().Remove("bar-open")
}

// copyQuote puts the current quote with its attribution on the clipboard.
// The clipboard is written in the click handler itself, as browsers ask.
func (a *app) copyQuote() {
	if a.sel.kind != "speaker" || a.shown == nil {
		return
	}
	text := page.Attribution(a.shown.doc, a.sel.targets[a.sel.pos])
	clip := js.Global().Get("navigator").Get("clipboard")
	if clip.Type() == js.TypeObject {
		p := clip.Call("writeText", text)
		go func() {
			if _, ok := await(p); ok {
				a.barText.SetTextContent("Copied: " + text)
			} else {
				a.copyByHand(text)
			}
		}()
		return
	}
	a.copyByHand(text)
}

// copyByHand copies through a hidden text area, where the clipboard API is missing or refused.
func (a *app) copyByHand(text string) {
	ta := create("textarea")
	ta.Set("value", text)
	ta.SetAttribute("class", "vh")
	a.body.Call("appendChild", ta.Value)
	ta.Call("select")
	ok := document.Call("execCommand", "copy").Bool()
	ta.Call("remove")
	if ok {
		a.barText.SetTextContent("Copied: " + text)
	} else {
		a.barText.SetTextContent("The browser did not allow copying. Select the quote in the article and copy it: " + text)
	}
}

// showTip shows who said a quote, or what a date or name is, next to it,
// for a mouse pointer or the keyboard focus. On touch screens, where a tap
// is also a hover, the selection bar says the same without covering the text.
func (a *app) showTip(ev js.Value) {
	if a.shown == nil || ev.Get("type").String() == "mouseover" && !a.finePointer {
		return
	}
	d := a.shown.doc
	el, ok := closest(ev.Get("target"), "span.date, span.ent, mark.quote")
	if !ok {
		return
	}
	var label string
	switch cls := el.Class(); {
	case cls.Contains("date"):
		if i, ok := index(el, "data-d", 0, len(d.Dates)); ok {
			label = "Date: " + render.DateLabel(d, i)
		}
	case cls.Contains("ent"):
		if i, ok := index(el, "data-e", 0, len(d.Entities)); ok {
			e := d.Entities[i]
			label = e.Kind.String()
			if e.Cluster >= 0 && e.Cluster < len(d.Clusters) && d.Clusters[e.Cluster].Name != e.Of(d.Text) {
				label += ": " + d.Clusters[e.Cluster].Name
			}
			if q, ok := closest(el.Value, "mark.quote"); ok {
				if qi, ok := index(q, "data-q", 0, len(d.Quotes)); ok {
					label += " · in a quote: " + render.QuoteLabel(d, qi)
				}
			}
		}
	default:
		if i, ok := index(el, "data-q", 0, len(d.Quotes)); ok {
			label = render.QuoteLabel(d, i)
		}
	}
	if label == "" {
		return
	}
	a.tip.SetTextContent(label)
	r := el.Call("getBoundingClientRect")
	style := a.tip.Get("style")
	style.Call("setProperty", "left", px(max(4, r.Get("left").Float())))
	style.Call("setProperty", "top", px(r.Get("bottom").Float()+6))
	a.tip.RemoveAttribute("hidden")
	el.SetAttribute("aria-describedby", "tip")
}

func (a *app) hideTip() { a.tip.SetAttribute("hidden", "") }
