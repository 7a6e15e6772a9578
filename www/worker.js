// Compute Deals Explorer: the Monte Carlo worker. It runs its own copy of
// the Go core so that sampling never blocks the page. Its URL's fragment
// names the hashed wasm_exec.js and main.wasm to load.
'use strict';

const names = self.location.hash.slice(1).split('&').map(decodeURIComponent);
importScripts(names[0]);

let api = null;
const queue = [];

self.cdeBoot = (a) => {
  api = a;
  for (const m of queue.splice(0)) api.message(m);
};
self.cdePost = (s) => self.postMessage(s);
// The page sends the compiled module first, then requests.
self.onmessage = (e) => {
  if (e.data && e.data.module) {
    const go = new Go();
    WebAssembly.instantiate(e.data.module, go.importObject)
      .then((inst) => go.run(inst))
      .catch((err) => console.error('worker: ' + err));
    return;
  }
  if (api) api.message(e.data);
  else queue.push(e.data);
};
