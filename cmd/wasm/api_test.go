//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"
	"syscall/js"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
