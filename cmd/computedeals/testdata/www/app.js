// A stand-in for www/app.js, enough for dist to hash and compress.
"use strict";
const script = document.currentScript;
const worker = new Worker(script.dataset.worker);
worker.postMessage({ wasm: script.dataset.wasm });
