// Starts the annotator: loads annotator.wasm (Go compiled to WebAssembly),
// which then takes over the page. Says so plainly when the browser cannot.
"use strict";
(function () {
  var status = document.getElementById("status");
  function fail(msg) {
    document.body.setAttribute("data-state", "failed");
    status.textContent = msg;
    status.classList.add("error");
  }
  if (typeof WebAssembly !== "object" || typeof Go !== "function") {
    fail("This browser cannot run WebAssembly, which the annotator needs. Use a current Firefox, Chrome, Safari or Edge.");
    return;
  }
  var go = new Go();
  var started = performance.now();
  var source = fetch("annotator.wasm");
  var instantiate = WebAssembly.instantiateStreaming
    ? WebAssembly.instantiateStreaming(source, go.importObject).catch(function () {
        // a server that labels .wasm wrongly: fall back to reading the bytes
        return fetch("annotator.wasm").then(function (r) { return r.arrayBuffer(); })
          .then(function (b) { return WebAssembly.instantiate(b, go.importObject); });
      })
    : source.then(function (r) { return r.arrayBuffer(); })
        .then(function (b) { return WebAssembly.instantiate(b, go.importObject); });
  instantiate.then(function (result) {
    window.annotatorLoadMs = performance.now() - started;
    go.run(result.instance).then(function () {
      fail("The annotator stopped. Reload the page to start it again.");
    });
  }).catch(function (err) {
    fail("The annotator could not start (" + err.message + "). Reload the page to try again.");
  });
})();
