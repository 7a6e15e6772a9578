// A stand-in for www/worker.js, enough for dist to hash and compress.
"use strict";
self.onmessage = (e) => { self.postMessage({ ready: true, wasm: e.data.wasm }); };
