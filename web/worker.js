// The annotator's worker: the page sends it the compiled annotator.wasm,
// and the Go program in it then answers the page's requests (see
// cmd/wasm/worker.go), away from the page's main thread.
"use strict";
importScripts("wasm_exec.js");
self.onmessage = function (ev) {
  var module = ev.data && ev.data.module;
  if (!(module instanceof WebAssembly.Module)) return;
  self.annotatorWarmRuns = ev.data.warmRuns; // how often Go annotates the sample in the background
  self.annotatorDates = ev.data.dates; // a dates helper's job: the text whose dates to find, and where to send them
  var go = new Go();
  WebAssembly.instantiate(module, go.importObject).then(function (instance) {
    self.annotatorInstance = instance; // its memory, which results report
    return go.run(instance); // Go replaces self.onmessage and says "ready"
  }).then(function () {
    self.postMessage({ type: "exit" });
  }).catch(function (err) {
    self.postMessage({ type: "exit", message: String(err && err.message || err) });
  });
};
