package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// traceEvent is one event of a Chromium trace, as much of it as is read
// here (the format: https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU).
type traceEvent struct {
	Name string         `json:"name"`
	Ph   string         `json:"ph"`
	Ts   float64        `json:"ts"`  // µs
	Dur  float64        `json:"dur"` // µs, for complete events ("X")
	Pid  int            `json:"pid"`
	Tid  int            `json:"tid"`
	Args map[string]any `json:"args"`
}

// pasteTrace is where the threads' time went during one paste, in ms,
// from Ctrl+V until the frame that paints the result.
type pasteTrace struct {
	span    float64 // Ctrl+V → the result painted
	busy    float64 // the page's main thread at work
	paste   float64 // of which the browser putting the paste into the text box
	handler float64 // the page's run: annotating a short text itself, or handing it to the worker; showing the result
	other   float64 // other tasks: most of it the browser's style, layout and paint
	worker  float64 // the worker at work: annotating, the view markup, sending
}

// tracedPaste pastes text once with Chromium's tracing on, writes the trace
// to file (none for ""), and says where the time went. Tracing slows the
// browser down: the shares count more than the sums.
func (p *pageBench) tracedPaste(text, file string) (pasteTrace, error) {
	ctx := p.ctx
	var mu sync.Mutex
	var raw []json.RawMessage
	complete := make(chan struct{})
	if err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range ev.Value {
				b, _ := json.Marshal(v)
				raw = append(raw, b)
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(complete)
		}
	}); err != nil {
		return pasteTrace{}, err
	}
	if _, err := within(ctx, stepLimit, "starting the trace", func(ctx context.Context) (cdp.Empty, error) {
		return chromedp.Call(ctx, tracing.Start, tracing.StartParams{TraceConfig: &tracing.TraceConfig{
			IncludedCategories: []string{"devtools.timeline", "blink", "blink.user_timing", "v8", "toplevel"}}})
	}); err != nil {
		return pasteTrace{}, err
	}
	_, pasteErr := p.paste(text)
	if _, err := within(ctx, stepLimit, "ending the trace", func(ctx context.Context) (cdp.Empty, error) {
		return chromedp.Call(ctx, tracing.End, cdp.Empty{})
	}); err != nil {
		return pasteTrace{}, err
	}
	select {
	case <-complete:
	case <-time.After(stepLimit):
		return pasteTrace{}, errors.New("the trace did not arrive")
	}
	if pasteErr != nil {
		return pasteTrace{}, pasteErr
	}
	mu.Lock()
	defer mu.Unlock()
	if file != "" {
		b, _ := json.Marshal(map[string]any{"traceEvents": raw})
		if err := os.WriteFile(file, b, 0o644); err != nil {
			return pasteTrace{}, err
		}
	}
	events := make([]traceEvent, 0, len(raw))
	for _, r := range raw {
		var e traceEvent
		if json.Unmarshal(r, &e) == nil {
			events = append(events, e)
		}
	}
	return summarize(events)
}

// summarize reads a trace of one paste.
func summarize(events []traceEvent) (pasteTrace, error) {
	type thread struct{ pid, tid int }
	names := map[thread]string{}
	for _, e := range events {
		if e.Name == "thread_name" {
			names[thread{e.Pid, e.Tid}] = fmt.Sprint(e.Args["name"])
		}
	}
	on := func(e traceEvent, name string) bool { return names[thread{e.Pid, e.Tid}] == name }
	// from the key press that pastes to the end of the first frame drawn
	// after the result was attached (the page marks annotator:article)
	var start, run, shown, end float64
	for _, e := range events {
		switch {
		case e.Name == "Editor::HandleKeyboardEvent" && on(e, "CrRendererMain") && start == 0:
			start = e.Ts
		case e.Name == "annotator:run" && on(e, "CrRendererMain") && run == 0:
			run = e.Ts
		case e.Name == "annotator:article" && on(e, "CrRendererMain") && shown == 0:
			shown = e.Ts
		}
	}
	if start == 0 || shown == 0 {
		return pasteTrace{}, errors.New("the trace lacks the paste or the result")
	}
	for _, e := range events {
		if e.Name == "WebFrameWidgetImpl::UpdateLifecycle" && on(e, "CrRendererMain") && e.Ts > shown && (end == 0 || e.Ts < end) {
			end = e.Ts + e.Dur
		}
	}
	if end == 0 {
		return pasteTrace{}, errors.New("the trace lacks the frame that shows the result")
	}
	var t pasteTrace
	t.span = (end - start) / 1000
	// the main thread's tasks (which may nest: the outermost count), each
	// put down to the paste, the page's run, or other work, most of it the
	// browser's style, layout and paint. The run starts within the paste's
	// task, on its input event: from there on the task is the page's.
	var tasks, pastes, messages []traceEvent
	for _, e := range events {
		if e.Ph != "X" {
			continue
		}
		switch {
		case on(e, "CrRendererMain"):
			switch e.Name {
			case "RunTask", "ThreadControllerImpl::RunTask":
				tasks = append(tasks, e)
			case "Editor::HandleKeyboardEvent":
				pastes = append(pastes, e)
			case "HandlePostMessage":
				messages = append(messages, e)
			}
		case on(e, "DedicatedWorker thread"):
			if e.Name == "HandlePostMessage" {
				t.worker += (min(e.Ts+e.Dur, end) - max(e.Ts, start)) / 1000
			}
		}
	}
	holds := func(task traceEvent, inner []traceEvent) bool {
		for _, e := range inner {
			if e.Ts >= task.Ts && e.Ts < task.Ts+task.Dur {
				return true
			}
		}
		return false
	}
	slices.SortFunc(tasks, func(a, b traceEvent) int { return cmp.Or(cmp.Compare(a.Ts, b.Ts), cmp.Compare(b.Dur, a.Dur)) })
	reached := start
	for _, task := range tasks {
		from, to := max(task.Ts, reached), min(task.Ts+task.Dur, end)
		if to <= from {
			continue // within one counted already, or outside the span
		}
		reached = to
		d := (to - from) / 1000
		t.busy += d
		switch {
		case holds(task, pastes):
			if run > from && run < to {
				t.paste += (run - from) / 1000
				t.handler += (to - run) / 1000
			} else {
				t.paste += d
			}
		case holds(task, messages):
			t.handler += d
		default:
			t.other += d
		}
	}
	return t, nil
}
