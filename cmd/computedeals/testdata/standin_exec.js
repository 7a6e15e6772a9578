// A stand-in for Go's wasm_exec.js.
"use strict";
globalThis.Go = class {};
