//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/export"
	"github.com/newsroom-tools/annotator/internal/timex"
)

// exposeAPI publishes globalThis.annotator for scripts and tests:
//
//	annotator.annotate(text, published?, {order?, ahead?}?) → JSON string in the
//	    command line's schema, or {"error": "..."} when the call is wrong;
//	    order ("auto", "month", "day") and ahead are the command's -order and -ahead
func exposeAPI() {
	f := js.FuncOf(annotateJS)
	keep = append(keep, f)
	api := js.Global().Get("Object").New()
	api.Set("annotate", f)
	js.Global().Set("annotator", api)
}

// annotateJS is annotator.annotate. It never throws: a panic or a bad
// argument becomes an error object.
func annotateJS(_ js.Value, args []js.Value) (result any) {
	defer func() {
		if r := recover(); r != nil {
			result = errorJSON(panicMessage(r))
		}
	}()
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return errorJSON("annotate(text, published?): text must be a string")
	}
	var opts annotate.Options
	if len(args) > 1 && args[1].Type() == js.TypeString && args[1].String() != "" {
		t, ok := timex.ParseDay(args[1].String())
		if !ok {
			return errorJSON("published must be YYYY-MM-DD")
		}
		opts.Published = t
	}
	if len(args) > 2 && args[2].Type() == js.TypeObject {
		if o := args[2].Get("order"); o.Type() == js.TypeString {
			var ok bool
			if opts.Dates.Order, ok = timex.ParseOrder(o.String()); !ok {
				return errorJSON("order must be auto, month or day")
			}
		}
		opts.Dates.Ahead = args[2].Get("ahead").Truthy()
	}
	d := annotate.Annotate(args[0].String(), opts)
	return string(export.JSON(nil, d))
}

func errorJSON(msg string) string {
	return string(append(export.AppendJSONString([]byte(`{"error":`), msg), '}'))
}
