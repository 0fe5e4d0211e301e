//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/newsroom-tools/annotator/internal/export"
	"github.com/newsroom-tools/annotator/internal/page"
)

// wireExports makes the export buttons download what the page shows.
func (a *app) wireExports() {
	formats := []struct {
		ext, mime string
		write     func() []byte
	}{
		{"json", "application/json", func() []byte { return export.JSON(nil, a.shown.doc) }},
		{"csv", "text/csv;charset=utf-8", func() []byte { return export.QuotesCSV(nil, a.shown.doc) }},
		{"html", "text/html;charset=utf-8", func() []byte { return export.HTML(nil, a.shown.doc) }},
	}
	for i, f := range formats {
		a.on(a.exports[i].Value, "click", func(js.Value) {
			if a.shown == nil {
				return
			}
			faultAt("export")
			a.download(page.FileName(a.shown.doc, f.ext), f.mime, f.write())
		})
	}
}

// wireSaveRest offers the part of a long paste or file kept aside as a file.
func (a *app) wireSaveRest() {
	a.on(byID("save-rest").Value, "click", func(js.Value) {
		if a.overflow != "" {
			a.download("rest-of-the-text.txt", "text/plain;charset=utf-8", []byte(a.overflow))
		}
	})
}

// download offers data as a file: a Blob behind a link with a download
// attribute, clicked once.
func (a *app) download(name, mime string, data []byte) {
	g := js.Global()
	buf := g.Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(buf, data)
	blob := g.Get("Blob").New([]any{buf}, object("type", mime))
	url := g.Get("URL").Call("createObjectURL", blob)
	link := create("a")
	link.Set("href", url)
	link.SetAttribute("download", name)
	link.SetAttribute("class", "vh")
	a.body.Call("appendChild", link.Value)
	link.Call("click")
	link.Call("remove")
	var revoke js.Func
	revoke = js.FuncOf(func(js.Value, []js.Value) any {
		g.Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	g.Call("setTimeout", revoke, 60_000)
	a.setStatus("Saved " + name + " (" + page.Plural(len(data), "byte", "bytes") + ") to your downloads.")
}
