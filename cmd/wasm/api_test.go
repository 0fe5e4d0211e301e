//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"
	"strings"
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

// replyTo is what the worker posts for a request, as a list of messages.
func replyTo(req map[string]any) []js.Value {
	var msgs []js.Value
	respond(js.ValueOf(req), func(msg js.Value, transfer ...any) {
		for _, b := range transfer {
			if v, ok := b.(js.Value); !ok || v.Get("byteLength").Type() != js.TypeNumber {
				panic("transferring what is not a buffer")
			}
		}
		msgs = append(msgs, msg)
	})
	return msgs
}

// gather reads a worker's messages as the page does.
func gather(text string, msgs []js.Value) (*result, error) {
	var got reply
	for _, m := range msgs {
		r, err := got.take(text, m)
		if err != nil || r != nil {
			return r, err
		}
	}
	return nil, errors.New("no result")
}

// TestWorkerRespond sends the worker's handler a request as the page does
// and reads its reply as the page does: the head, the article's pieces in
// batches, the result.
func TestWorkerRespond(t *testing.T) {
	text := `"We will win," Lavrov said on Monday in Geneva.`
	msgs := replyTo(map[string]any{"id": 7, "text": text, "published": "2013-09-16", "partSize": 16})
	require.Len(t, msgs, 3)
	for i, typ := range []string{"head", "parts", "result"} {
		assert.Equal(t, typ, msgs[i].Get("type").String())
		assert.Equal(t, 7, msgs[i].Get("id").Int())
	}
	r, err := gather(text, msgs)
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
	assert.Positive(t, r.annotateMs+r.renderMs)
}

// TestWorkerRespondLong checks a long text's reply: its pieces come in
// several messages, which together are the article.
func TestWorkerRespondLong(t *testing.T) {
	var b strings.Builder
	for b.Len() < 3*partBatch {
		b.WriteString(`"We will meet again," Lavrov said in Geneva. Talks go on.` + "\n\n")
	}
	text := b.String()
	msgs := replyTo(map[string]any{"id": 2, "text": text, "partSize": render.PartSize})
	assert.Greater(t, len(msgs), 4, "head, three batches or more, result")
	r, err := gather(text, msgs)
	require.NoError(t, err)
	var parts []string
	for _, p := range r.parts {
		parts = append(parts, p.String())
	}
	assert.Equal(t, render.NewView(annotate.Annotate(text, annotate.Options{}), render.PartSize).Parts, parts)
}

// TestWorkerRespondReading checks that the worker reads dates as the page asks.
func TestWorkerRespondReading(t *testing.T) {
	text := "It was filed 6/10/2018. The vote was on 1 March."
	r, err := gather(text, replyTo(map[string]any{"id": 8, "text": text, "published": "2013-09-16", "order": "day", "ahead": true, "partSize": 16}))
	require.NoError(t, err)
	require.Len(t, r.doc.Dates, 2)
	assert.Equal(t, "2018-10-06", r.doc.Dates[0].Value)
	assert.Equal(t, "2014-03-01", r.doc.Dates[1].Value)
}

// TestWorkerRespondFailure checks that a failure in the worker's handler is
// an error reply, not a crash.
func TestWorkerRespondFailure(t *testing.T) {
	msgs := replyTo(map[string]any{"id": 3, "text": "x", "partSize": 16, "fault": "worker"})
	require.Len(t, msgs, 1)
	assert.Equal(t, "error", msgs[0].Get("type").String())
	assert.Contains(t, msgs[0].Get("message").String(), "injected")
	msgs = replyTo(map[string]any{"id": 4})
	require.Len(t, msgs, 1)
	assert.Equal(t, "error", msgs[0].Get("type").String(), "a request without text")
}

// TestReplyDamaged refuses a reply whose document does not fit the text,
// or whose messages come out of order.
func TestReplyDamaged(t *testing.T) {
	msgs := replyTo(map[string]any{"id": 1, "text": `"Yes," she said.`, "partSize": 16})
	_, err := gather("short", msgs)
	assert.ErrorIs(t, err, page.ErrWire)
	_, err = gather(`"Yes," she said.`, msgs[1:])
	assert.ErrorContains(t, err, "out of order")
}

// TestDatesHelper runs a dates helper's program on a text and hands what it
// sends to the worker's handler with the request: the worker takes the
// helper's dates; with a port on which nothing comes, it finds them itself.
// Both give the document Annotate gives.
func TestDatesHelper(t *testing.T) {
	// long enough for the worker to wait some 6 ms for the helper
	text := strings.Repeat("It was filed 6/10/2018. The vote was on Monday, 1 March. \"We will win,\" Lavrov said on Tuesday.\n\n", 600)
	want := annotate.Annotate(text, annotate.Options{})
	require.NotEmpty(t, want.Dates)

	sent := make(chan js.Value, 1)
	fromHelper := js.Global().Get("MessageChannel").New()
	listen := js.FuncOf(func(_ js.Value, args []js.Value) any {
		sent <- args[0].Get("data")
		return nil
	})
	defer listen.Release()
	fromHelper.Get("port2").Set("onmessage", listen)
	runDatesHelper(object("text", text, "port", fromHelper.Get("port1")))
	msg := <-sent // the helper's message, as the worker would get it
	fromHelper.Get("port2").Call("close")

	// a port that delivers the helper's message as soon as the worker
	// waits (Node delivers a message between two channels later than the
	// browser does; TestDatesHelper in e2e has the browser's own), one that
	// delivers it 2 ms after the worker first looks, while it waits, and
	// one on which nothing comes
	port := func(deliver string) js.Value {
		return js.Global().Get("Function").New("msg", "return {close() {}, set onmessage(f) { "+deliver+" }}").Invoke(msg)
	}
	delivering := port("queueMicrotask(() => f({data: msg}))")
	late := port("queueMicrotask(() => setTimeout(() => f({data: msg}), 2))")
	silent := js.Global().Get("MessageChannel").New().Get("port2")
	for _, c := range []struct {
		dated string
		port  js.Value
	}{{"helper", delivering}, {"helper", late}, {"worker", silent}} {
		msgs := replyTo(map[string]any{"id": 5, "text": text, "partSize": 16, "datesPort": c.port})
		last := msgs[len(msgs)-1]
		require.Equal(t, "result", last.Get("type").String())
		assert.Equal(t, c.dated, last.Get("dated").String())
		r, err := gather(text, msgs)
		require.NoError(t, err)
		assert.Equal(t, want.Dates, r.doc.Dates, c.dated)
		assert.Equal(t, len(want.Quotes), len(r.doc.Quotes), c.dated)
	}
}
