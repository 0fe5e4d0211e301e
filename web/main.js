// Starts the annotator. It compiles annotator.wasm (Go compiled to
// WebAssembly) once; the page runs one instance of it, which takes over the
// page, and hands the compiled module to a Web Worker that runs another, so
// that annotating a long text never freezes the page. It says so plainly
// when the browser cannot run it, and registers a service worker so that the
// page works offline after the first visit.
"use strict";
(function () {
  var status = document.getElementById("status");
  var timings = (window.annotatorTimings = { start: performance.now() });
  function fail(msg) {
    document.body.setAttribute("data-state", "failed");
    status.textContent = msg;
  }
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function" || typeof Go !== "function") {
    fail("This browser cannot run WebAssembly, which the annotator needs. Use a current Firefox, Chrome, Safari or Edge, or turn WebAssembly on.");
    return;
  }
  if ("serviceWorker" in navigator && window.isSecureContext) {
    navigator.serviceWorker.register("sw.js").catch(function () {
      // no offline copy; the page works as before
    });
  }
  function bytes() {
    return fetch("annotator.wasm").then(function (r) {
      if (!r.ok) throw new Error("annotator.wasm: HTTP " + r.status);
      return r.arrayBuffer();
    }).then(function (b) {
      timings.downloaded = performance.now();
      return WebAssembly.compile(b);
    });
  }
  var compiled = WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(fetch("annotator.wasm")).catch(bytes) // a server that labels .wasm wrongly: read the bytes
    : bytes();
  compiled.then(function (module) {
    timings.compiled = performance.now();
    window.annotatorModule = module; // the page's Go program hands it to its worker
    var go = new Go();
    return WebAssembly.instantiate(module, go.importObject).then(function (instance) {
      timings.instantiated = performance.now();
      window.annotatorInstance = instance; // its memory, for the benchmarks
      go.run(instance).then(function () {
        fail("The annotator stopped. Reload the page to start it again.");
      });
    });
  }).catch(function (err) {
    fail("The annotator could not start (" + err.message + "). Check your connection and reload the page.");
  });
})();
