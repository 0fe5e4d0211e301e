package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSummarize reads a made-up trace of one paste: a task that pastes, a
// task that shows the result, a frame, and work before and after that
// does not count.
func TestSummarize(t *testing.T) {
	main := func(name, ph string, ts, dur float64) traceEvent {
		return traceEvent{Name: name, Ph: ph, Ts: ts * 1000, Dur: dur * 1000, Pid: 1, Tid: 1}
	}
	worker := func(name string, ts, dur float64) traceEvent {
		return traceEvent{Name: name, Ph: "X", Ts: ts * 1000, Dur: dur * 1000, Pid: 1, Tid: 2}
	}
	events := []traceEvent{
		{Name: "thread_name", Ph: "M", Pid: 1, Tid: 1, Args: map[string]any{"name": "CrRendererMain"}},
		{Name: "thread_name", Ph: "M", Pid: 1, Tid: 2, Args: map[string]any{"name": "DedicatedWorker thread"}},
		main("ThreadControllerImpl::RunTask", "X", 50, 5), // before the paste
		main("ThreadControllerImpl::RunTask", "X", 99, 12),
		main("RunTask", "X", 99.5, 11), // nested: counted once
		main("Editor::HandleKeyboardEvent", "X", 100, 10),
		main("annotator:run", "R", 109, 0), // the page's run starts within the paste's task
		worker("HandlePostMessage", 101, 8),
		main("ThreadControllerImpl::RunTask", "X", 115, 3),
		main("HandlePostMessage", "X", 115, 3),
		main("annotator:article", "R", 117.5, 0),
		main("ThreadControllerImpl::RunTask", "X", 120, 6),
		main("WebFrameWidgetImpl::UpdateLifecycle", "X", 121, 4),
		main("ThreadControllerImpl::RunTask", "X", 130, 5), // after the frame
		main("WebFrameWidgetImpl::UpdateLifecycle", "X", 131, 4),
	}
	tr, err := summarize(events)
	require.NoError(t, err)
	assert.InDelta(t, 25, tr.span, 1e-9, "from the key press to the end of the frame after the result")
	assert.InDelta(t, 11+3+5, tr.busy, 1e-9)
	assert.InDelta(t, 9, tr.paste, 1e-9, "the paste's task, from the key press until the run starts")
	assert.InDelta(t, 2+3, tr.handler, 1e-9, "the rest of the paste's task, and the result's")
	assert.InDelta(t, 5, tr.other, 1e-9)
	assert.InDelta(t, 8, tr.worker, 1e-9)

	_, err = summarize(events[:4])
	assert.Error(t, err, "no result in the trace")
}
