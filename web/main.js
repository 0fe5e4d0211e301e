// Starts the annotator. It compiles annotator.wasm.gz (Go compiled to
// WebAssembly, gzipped) once; the page runs one instance of it, which takes
// over the page, and hands the compiled module to a Web Worker that runs
// another, so that annotating a long text never freezes the page. It says
// so plainly when the browser cannot run it, and registers a service worker
// so that the page works offline after the first visit.
"use strict";
(function () {
  var status = document.getElementById("status");
  var timings = (window.annotatorTimings = { start: performance.now() });
  function fail(msg) {
    document.body.setAttribute("data-state", "failed");
    status.textContent = msg;
  }
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function" || typeof Go !== "function" || typeof DecompressionStream !== "function") {
    fail("This browser cannot run WebAssembly as the annotator needs it (with DecompressionStream to unpack it). Use a current Firefox, Chrome, Safari or Edge, or turn WebAssembly on.");
    return;
  }
  if ("serviceWorker" in navigator && window.isSecureContext) {
    navigator.serviceWorker.register("sw.js").catch(function () {
      // no offline copy; the page works as before
    });
  }
  // annotator.wasm.gz is gzipped at build time more tightly than a server
  // would; the browser unpacks it as it arrives and compiles it meanwhile.
  var WASM = "annotator.wasm.gz";
  function fetched() {
    return fetch(WASM).then(function (r) {
      if (!r.ok) throw new Error(WASM + ": HTTP " + r.status);
      return r;
    });
  }
  function unpacked(body) {
    return new Response(body.pipeThrough(new DecompressionStream("gzip")), { headers: { "Content-Type": "application/wasm" } });
  }
  // A server that unpacks it already (Content-Encoding: gzip) or a browser
  // without streaming compilation: read the bytes, unpack them if need be.
  function bytes() {
    return fetched().then(function (r) { return r.arrayBuffer(); }).then(function (b) {
      var gz = new Uint8Array(b, 0, 2);
      return gz[0] === 0x1f && gz[1] === 0x8b ? unpacked(new Blob([b]).stream()).arrayBuffer() : b;
    }).then(function (b) {
      timings.downloaded = performance.now();
      return WebAssembly.compile(b);
    });
  }
  var compiled = WebAssembly.compileStreaming
    ? fetched().then(function (r) { return WebAssembly.compileStreaming(unpacked(r.body)); }).catch(bytes)
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
