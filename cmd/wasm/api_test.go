//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"
	"syscall/js"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom-tools/annotator/internal/annotate"
	"github.com/newsroom-tools/annotator/internal/page"
	"github.com/newsroom-tools/annotator/internal/render"
)

// These tests run under GOOS=js GOARCH=wasm in Node (make test-wasm): the
// glue that needs no DOM.

func callAnnotate(t *testing.T, args ...any) map[string]any {
	t.Helper()
	exposeAPI()
	v := js.Global().Get("annotator").Call("annotate", args...)
	require.Equal(t, js.TypeString, v.Type())
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(v.String()), &out), v.String())
	return out
}

func TestAnnotateAPI(t *testing.T) {
	out := callAnnotate(t, `"We will win," Lavrov said on Monday.`, "2013-09-16")
	assert.Equal(t, "2013-09-16", out["published"])
	quotes := out["quotes"].([]any)
	require.Len(t, quotes, 1)
	q := quotes[0].(map[string]any)
	assert.Equal(t, "direct", q["kind"])
	assert.Equal(t, `"We will win,"`, q["text"])
}

func TestAnnotateAPIDateOptions(t *testing.T) {
	value := func(out map[string]any) any {
		dates := out["dates"].([]any)
		require.Len(t, dates, 1)
		return dates[0].(map[string]any)["value"]
	}
	text := "It was filed 6/10/2018."
	assert.Equal(t, "2018-06-10", value(callAnnotate(t, text, "2013-09-16")))
	assert.Equal(t, "2018-10-06", value(callAnnotate(t, text, "2013-09-16", map[string]any{"order": "day"})))
	text = "The vote was on 1 March."
	assert.Equal(t, "2014-03-01", value(callAnnotate(t, text, "2013-09-16", map[string]any{"ahead": true})))
	assert.Contains(t, callAnnotate(t, text, "", map[string]any{"order": "dmy"})["error"], "order must be")
}

func TestAnnotateAPIBadArguments(t *testing.T) {
	assert.Contains(t, callAnnotate(t)["error"], "text must be a string")
	assert.Contains(t, callAnnotate(t, 42)["error"], "text must be a string")
	assert.Contains(t, callAnnotate(t, "x", "16/09/2013")["error"], "YYYY-MM-DD")
}

func TestAnnotateAPIOddText(t *testing.T) {
	// a lone surrogate cannot cross into Go intact; it arrives as U+FFFD
	out := callAnnotate(t, js.Global().Get("String").Call("fromCharCode", 0xD800, 0x22, 0x41, 0x22))
	assert.NotContains(t, out, "error")
	out = callAnnotate(t, "")
	assert.Empty(t, out["quotes"])
}

func TestPanicMessage(t *testing.T) {
	assert.Equal(t, "boom", panicMessage("boom"))
	assert.Equal(t, "bad", panicMessage(errors.New("bad")))
	assert.Equal(t, "unexpected failure", panicMessage(42))
}

// TestWorkerRespond sends the worker's handler a request as the page does
// and reads its reply as the page does.
func TestWorkerRespond(t *testing.T) {
	text := `"We will win," Lavrov said on Monday in Geneva.`
	req := js.ValueOf(map[string]any{"id": 7, "text": text, "published": "2013-09-16", "partSize": 16})
	msg, transfer := respond(req)
	require.Equal(t, "result", msg["type"])
	assert.Equal(t, 7, js.ValueOf(msg["id"]).Int())
	require.Len(t, transfer, 1)
	r, err := decodeResult(text, js.ValueOf(msg))
	require.NoError(t, err)
	want := annotate.Annotate(text, annotate.Options{Published: time.Date(2013, 9, 16, 0, 0, 0, 0, time.UTC)})
	assert.Equal(t, len(want.Quotes), len(r.doc.Quotes))
	assert.Equal(t, want.Quotes[0].Span, r.doc.Quotes[0].Span)
	assert.True(t, want.Published.Equal(r.doc.Published))
	var parts string
	for _, p := range r.parts {
		parts += p.String()
	}
	sp := page.SpeakersOf(want)
	assert.Equal(t, string(render.Article(nil, want, render.Options{Speakers: &sp})), parts, "the pieces are the article")
	assert.Contains(t, r.speakers.String(), "Lavrov")
}

// TestWorkerRespondReading checks that the worker reads dates as the page asks.
func TestWorkerRespondReading(t *testing.T) {
	text := "It was filed 6/10/2018. The vote was on 1 March."
	req := js.ValueOf(map[string]any{"id": 8, "text": text, "published": "2013-09-16", "order": "day", "ahead": true, "partSize": 16})
	msg, _ := respond(req)
	require.Equal(t, "result", msg["type"])
	r, err := decodeResult(text, js.ValueOf(msg))
	require.NoError(t, err)
	require.Len(t, r.doc.Dates, 2)
	assert.Equal(t, "2018-10-06", r.doc.Dates[0].Value)
	assert.Equal(t, "2014-03-01", r.doc.Dates[1].Value)
}

// TestWorkerRespondFailure checks that a failure in the worker's handler is
// an error reply, not a crash.
func TestWorkerRespondFailure(t *testing.T) {
	msg, _ := respond(js.ValueOf(map[string]any{"id": 3, "text": "x", "partSize": 16, "fault": "worker"}))
	assert.Equal(t, "error", msg["type"])
	assert.Contains(t, msg["message"], "injected")
	msg, _ = respond(js.ValueOf(map[string]any{"id": 4}))
	assert.Equal(t, "error", msg["type"], "a request without text")
}

// TestDecodeResultDamaged refuses a result whose document does not fit the text.
func TestDecodeResultDamaged(t *testing.T) {
	msg, _ := respond(js.ValueOf(map[string]any{"id": 1, "text": `"Yes," she said.`, "partSize": 16}))
	_, err := decodeResult("short", js.ValueOf(msg))
	assert.ErrorIs(t, err, page.ErrWire)
}
