// The service worker: keeps a copy of the site's own files so that the page
// opens and works offline after the first visit. Requests go to the network
// first, so a new version shows as soon as it is online; the copy answers
// when the network does not (or is too slow to, for a file it holds).
"use strict";
var CACHE = "annotator-v2";
var FILES = ["./", "index.html", "style.css", "main.js", "wasm_exec.js", "worker.js", "annotator.wasm.gz", "icon.svg"];

self.addEventListener("install", function (ev) {
  ev.waitUntil(caches.open(CACHE).then(function (c) {
    return c.addAll(FILES.map(function (f) { return new Request(f, { cache: "reload" }); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (ev) {
  ev.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf("annotator-") === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (ev) {
  var req = ev.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  ev.respondWith(caches.open(CACHE).then(function (cache) {
    var key = req.mode === "navigate" ? "./" : req;
    return cache.match(key, { ignoreSearch: true }).then(function (copy) {
      var network = fetch(req).then(function (res) {
        if (res.ok && res.type === "basic") cache.put(key, res.clone());
        return res;
      });
      if (!copy) return network;
      // the network, unless it fails or takes longer than a few seconds
      var slow = new Promise(function (resolve) { setTimeout(function () { resolve(copy); }, 4000); });
      return Promise.race([network.catch(function () { return copy; }), slow]);
    });
  }));
});
