// Compute Deals Explorer: a Monte Carlo worker. It runs its own copy of
// the Go core so that sampling never blocks the page. Its URL's fragment
// names the hashed wasm_exec.js and main.wasm to load.
//
// The page's first worker is the lead: the page sends it requests and it
// posts bands back. The others are its helpers: each draws parts of the
// lead's runs, over a MessageChannel of its own (wasm/main.go,
// core/worker/team.go). The page's first message says which this one is.
'use strict';

const names = self.location.hash.slice(1).split('&').map(decodeURIComponent);
importScripts(names[0]);

let api = null;
const queue = [];
const deliver = (m) => {
  if (api) m(api);
  else queue.push(m);
};

// The Go loop yields between steps so that messages come in: a message
// to itself comes back after them, sooner than a timer would (timers set
// from timers wait 4 ms or more).
const turn = new MessageChannel();
let woken = null;
turn.port1.onmessage = () => {
  const w = woken;
  woken = null;
  if (w) w();
};
self.cdeYield = (wake) => {
  woken = wake;
  turn.port2.postMessage(0);
};

self.cdeBoot = (a) => {
  api = a;
  for (const m of queue.splice(0)) m(api);
};

// The page sends the compiled module first, with the ports: the lead's
// to each helper, or a helper's to the lead. Then requests, to the lead.
self.onmessage = (e) => {
  const d = e.data;
  if (d && d.module) {
    if (d.lead) {
      // A helper: it hears from the lead only, and posts parts to it,
      // their samples' bytes transferred rather than copied.
      self.cdeRole = 'helper';
      d.lead.onmessage = (ev) => deliver((a) => a.message(ev.data));
      self.cdePost = (text, bytes) => {
        if (bytes) d.lead.postMessage({ text, bytes: bytes.buffer }, [bytes.buffer]);
        else d.lead.postMessage({ text });
        // The page counts its helpers that run (cdeHelpersReady).
        if (text === 'ready') self.postMessage('ready');
      };
    } else {
      const helpers = d.helpers || [];
      self.cdeRole = 'lead';
      self.cdeHelpers = helpers.length;
      self.cdePost = (text) => self.postMessage(text);
      self.cdeAsk = (i, text) => helpers[i].postMessage(text);
      helpers.forEach((port, i) => {
        port.onmessage = (ev) => {
          const m = ev.data || {};
          deliver((a) => a.part(i, String(m.text), m.bytes ? new Uint8Array(m.bytes) : undefined));
        };
      });
    }
    const go = new Go();
    WebAssembly.instantiate(d.module, go.importObject)
      .then((inst) => go.run(inst))
      .catch((err) => console.error('worker: ' + err));
    return;
  }
  deliver((a) => a.message(e.data));
};
