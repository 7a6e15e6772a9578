// Compute Deals Explorer: the page's glue. It loads the Go core compiled
// to WebAssembly, forwards user events to it, and applies the DOM
// operations it returns once per animation frame. It does no arithmetic on
// model numbers: everything it shows comes from the core.
'use strict';

(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const body = document.body;
  let root = document.getElementById('app');
  let api = null;
  // What the reader does before the core is ready: applied in order once
  // it is, so the page never shows one state and computes another.
  const early = [];
  let pending = false;
  let againTimer = 0;
  let worker = null;

  if (location.hash.length > 1) body.classList.add('loading-link');

  // ---- applying the core's operations (see core/view/diff.go) ----

  function build(spec) {
    if (typeof spec === 'string') return document.createTextNode(spec);
    const el = spec[1] ? document.createElementNS(SVG, spec[0]) : document.createElement(spec[0]);
    const attrs = spec[2];
    for (let i = 0; i < attrs.length; i += 2) setAttr(el, attrs[i], attrs[i + 1]);
    for (let i = 3; i < spec.length; i++) el.appendChild(build(spec[i]));
    return el;
  }

  function setAttr(el, name, value) {
    el.setAttribute(name, value);
    // Properties, not attributes, hold what a form control shows once the
    // user has touched it; leave the control the user is in alone.
    if (name === 'value' && 'value' in el && el !== document.activeElement) el.value = value;
    if (name === 'checked') el.checked = true;
  }

  function removeAttr(el, name) {
    el.removeAttribute(name);
    if (name === 'checked') el.checked = false;
  }

  function at(path) {
    let n = root;
    if (path !== '') for (const i of path.split('.')) n = n.childNodes[+i];
    return n;
  }

  function apply(ops) {
    for (const op of ops) {
      const n = at(op[1]);
      switch (op[0]) {
        case 't': n.data = op[2]; break;
        case 'a': setAttr(n, op[2], op[3]); break;
        case 'r': removeAttr(n, op[2]); break;
        case 'n': {
          const el = build(op[2]);
          n.replaceWith(el);
          if (n === root) root = el;
          break;
        }
        case '+': n.appendChild(build(op[2])); break;
        case '-': n.remove(); break;
      }
    }
  }

  // ---- talking to the core ----

  function call(name, ...args) {
    try {
      const r = api[name](...args);
      if (r && typeof r === 'object' && r.error) throw new Error(r.error);
      return r;
    } catch (e) {
      fail(e);
      return null;
    }
  }

  function fail(e) {
    console.error(e);
    let box = document.getElementById('fatal');
    if (!box) {
      box = document.createElement('div');
      box.id = 'fatal';
      box.className = 'notice fatal';
      box.setAttribute('role', 'alert');
      document.body.prepend(box);
    }
    box.textContent = 'Something went wrong inside the explorer: ' + (e && e.message ? e.message : e) +
      '. Your scenario is still in the address bar; reloading the page restores it.';
  }

  function schedule() {
    if (!pending && api) {
      pending = true;
      requestAnimationFrame(frame);
    }
  }

  // The durations of recent frames and worker messages, for the
  // benchmarks (a short ring, so it costs nothing to keep).
  let lastFrameMS = 0;
  const recent = [];
  const note = (what, ms) => { recent.push([what, Math.round(ms)]); if (recent.length > 100) recent.shift(); };
  globalThis.cdeLastFrame = () => lastFrameMS;
  globalThis.cdeRecent = () => recent.slice();

  function frame(now) {
    const started = performance.now();
    pending = false;
    const out = call('render', now);
    if (out === null) return;
    const f = JSON.parse(out);
    apply(f.ops);
    if (f.mode) {
      const url = '#' + f.link;
      if (f.mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    if (f.title) document.title = f.title;
    clearTimeout(againTimer);
    if (f.again > 0) againTimer = setTimeout(schedule, f.again);
    if (f.worker && worker) worker.postMessage(f.worker);
    lastFrameMS = performance.now() - started;
    note('frame', lastFrameMS);
    if (body.dataset.ready !== '1') {
      // Whether the core patched the prerendered page or had to rebuild it.
      const rebuilt = f.ops.length > 0 && f.ops[0][0] === 'n' && f.ops[0][1] === '';
      body.dataset.start = rebuilt ? 'rebuilt' : 'patched';
      performance.mark('cde-ready');
      body.dataset.ready = '1';
      body.classList.remove('loading-link');
      const boot = document.getElementById('boot');
      if (boot) boot.remove();
      showLinkedChart();
    }
  }

  // A chart's own link (?chart=<id>) opens the page at that chart.
  function showLinkedChart() {
    const id = new URLSearchParams(location.search).get('chart');
    const fig = id && !body.classList.contains('embed') && document.getElementById('fig-' + id);
    if (!fig) return;
    fig.classList.add('linked');
    fig.scrollIntoView({ block: 'start' });
    // The query has done its job: edits from here on are the scenario's.
    history.replaceState(null, '', location.pathname + location.hash);
  }

  function send(type, key, value, phase) {
    if (!api) {
      if (type !== 'resize') early.push([type, key || '', value || '', phase || '']);
      return;
    }
    call('event', type, key || '', value || '', phase || '');
    schedule();
  }

  // ---- events, delegated from the document ----

  document.addEventListener('input', (e) => {
    const t = e.target;
    if (t.dataset && t.dataset.role === 'slider') send('input', t.dataset.input, t.value, 'slide');
  });

  document.addEventListener('change', (e) => {
    const t = e.target;
    const role = t.dataset && t.dataset.role;
    if (!role) return;
    if (role === 'slider') send('input', t.dataset.input, t.value, 'commit');
    else if (role === 'typed') send('input', t.dataset.input, t.value, 'type');
    else if (role === 'choice') send('input', t.dataset.input, t.value, 'commit');
    else if (role === 'check') send('input', t.dataset.input, t.checked ? '1' : '0', 'commit');
    else if (role === 'import' && t.files && t.files[0]) {
      const file = t.files[0];
      t.value = '';
      if (file.size > 65536) { send('import-too-big', '', String(file.size), ''); return; }
      file.text().then((text) => send('import', '', text, ''), fail);
    }
  });

  document.addEventListener('click', (e) => {
    const sk = e.target.closest && e.target.closest('[data-skip]');
    if (sk) {
      // The fragment is the scenario's: move the focus, not the address.
      e.preventDefault();
      const to = document.getElementById(sk.dataset.skip);
      if (to) to.focus();
      return;
    }
    const b = e.target.closest && e.target.closest('[data-act]');
    if (!b || b.disabled) return;
    const act = b.dataset.act;
    if (act === 'copy') copyLink(b, 'copyText', 'Link copied');
    else if (act === 'copy-summary') copyLink(b, 'summaryText', 'Summary copied');
    else if (act === 'share') copyLink(b, 'shareText', b.dataset.arg.startsWith('embed:') ? 'Embed code copied' : 'Link copied', b.dataset.arg);
    else if (act === 'download') download(b.dataset.arg || '');
    else if (act === 'print') window.print();
    else send('act', act, b.dataset.arg || '', '');
  });

  window.addEventListener('popstate', () => send('link', '', location.href, ''));

  // Escape closes a notice; Ctrl+Z and Ctrl+Shift+Z (Cmd on a Mac) undo
  // and redo, except in a text field, which keeps its own undo.
  document.addEventListener('keydown', (e) => {
    const t0 = e.target;
    if (e.key === 'Enter' && t0 && t0.dataset && t0.dataset.input === 'ui.seek.target') {
      // Enter in the goal-seek target solves, as the Solve button does.
      send('input', 'ui.seek.target', t0.value, 'type');
      send('act', 'seek', '', '');
      return;
    }
    if (e.key === 'Escape' && document.querySelector('.notice')) {
      send('act', 'dismiss', '', '');
      return;
    }
    if (!(e.ctrlKey || e.metaKey) || (e.key !== 'z' && e.key !== 'Z')) return;
    const t = e.target;
    if (t && t.matches && t.matches('input[type=text], textarea')) return;
    e.preventDefault();
    send('act', e.shiftKey ? 'redo' : 'undo', '', '');
  });

  // Panels build their content only while open: tell the core. toggle
  // does not bubble, so listen while it goes down.
  document.addEventListener('toggle', (e) => {
    const d = e.target;
    if (d.dataset && d.dataset.panel) send('toggle', d.dataset.panel, d.open ? '1' : '0', '');
  }, true);

  // ---- copy link ----

  // The status beside the button says whether it worked.
  function copyLink(b, fn, done, arg) {
    const text = call(fn, location.origin + location.pathname, arg || '');
    if (text === null) return;
    const row = b.closest('.tools-row, .tools');
    const status = row && row.querySelector('.copied');
    const say = (msg) => { if (status) status.textContent = msg; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(() => say(done), () => say('Copy failed: the link is in the address bar'));
    } else {
      say('Copy is not available here: the link is in the address bar');
    }
  }

  // ---- downloads: the core writes the file, the page saves it ----

  function download(what) {
    const out = call('download', what, location.origin + location.pathname);
    if (out === null) return;
    const f = JSON.parse(out);
    if (f.error) return fail(new Error(f.error));
    if (f.png) return savePNG(f);
    save(new Blob([f.text], { type: f.mime }), f.name);
  }

  function save(blob, name) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function savePNG(f) {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([f.text], { type: 'image/svg+xml' }));
    img.onload = () => {
      const c = document.createElement('canvas');
      c.width = f.width * 2;
      c.height = f.height * 2;
      const g = c.getContext('2d');
      g.scale(2, 2);
      g.drawImage(img, 0, 0, f.width, f.height);
      URL.revokeObjectURL(url);
      c.toBlob((blob) => save(blob, f.name), 'image/png');
    };
    img.onerror = () => fail(new Error('the chart could not be drawn as PNG'));
    img.src = url;
  }

  // ---- chart read-outs: the core precomputes the text of each point ----

  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  document.body.appendChild(tip);

  // The read-out of a point is asked for when the reader points at it.
  function tipText(t) {
    const fig = t.closest('figure');
    if (!fig || !api) return '';
    const out = call('tip', fig.id.replace(/^fig-/, ''), +t.getAttribute('data-i'));
    return out || '';
  }

  // A read-out is a first line, the x position, then rows of a name and a
  // value apart by a tab: it is shown as a small table.
  function fillTip(text) {
    tip.textContent = '';
    const lines = text.split('\n');
    if (lines.length < 2) {
      tip.textContent = text;
      return;
    }
    const head = document.createElement('div');
    head.className = 'tip-x';
    head.textContent = lines[0];
    tip.appendChild(head);
    const table = document.createElement('table');
    for (const line of lines.slice(1)) {
      const cells = line.split('\t');
      const tr = table.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = cells[0];
      tr.appendChild(th);
      tr.insertCell().textContent = cells.length > 1 ? cells[1] : '';
    }
    tip.appendChild(table);
  }

  let tipFor = null; // the hit rect whose read-out is shown
  function showTip(t, x, y) {
    const text = tipText(t);
    if (!text) return;
    fillTip(text);
    tip.hidden = false;
    tipFor = t;
    // Placed without measuring it: reading its size would lay out the
    // whole page at once (1 ms of the 1.9 a read-out took). It is at
    // most 320 px wide (style.css), so it goes to the point's right when
    // there is that much room, else to its left, else (a phone) to the
    // window's left edge; fixed, and contained, it is laid out alone.
    const vw = window.innerWidth;
    let left = 8;
    let right = 'auto';
    if (x + 12 + 320 + 8 <= vw) left = x + 12;
    else if (x - 12 - 320 - 8 >= 0) [left, right] = ['auto', vw - x + 12 + 'px'];
    tip.style.left = left === 'auto' ? left : left + 'px';
    tip.style.right = right;
    tip.style.top = y + 16 + 'px';
  }
  function hideTip() {
    tip.hidden = true;
    tipFor = null;
  }

  // A mouse shows a read-out while it points; a finger taps a point to
  // show its read-out and taps it again, or anywhere else, to hide it.
  const isHit = (t) => t.getAttribute && t.getAttribute('class') === 'hit';
  let touch = false;
  document.addEventListener('pointerdown', (e) => { touch = e.pointerType !== 'mouse'; });
  document.addEventListener('pointerover', (e) => {
    if (e.pointerType === 'mouse' && isHit(e.target)) showTip(e.target, e.clientX, e.clientY);
  });
  document.addEventListener('pointerout', (e) => {
    if (e.pointerType === 'mouse' && isHit(e.target)) hideTip();
  });
  document.addEventListener('click', (e) => {
    if (!touch) return;
    const t = e.target;
    if (isHit(t) && t !== tipFor) showTip(t, e.clientX, e.clientY);
    else if (tipFor) hideTip();
  });
  document.addEventListener('focusin', (e) => {
    const t = e.target;
    if (isHit(t)) {
      const r = t.getBoundingClientRect();
      showTip(t, r.left, r.top);
    }
  });
  document.addEventListener('focusout', (e) => { if (e.target === tipFor) hideTip(); });

  // A chart's points are one Tab stop (the core gives the first point
  // tabindex 0, the others -1): the arrow keys, Home and End move the
  // focus between them, which shows each one's read-out. The focused
  // point is an image named by its read-out, which a screen reader reads
  // as the focus arrives; the read-out's own live region keeps quiet
  // meanwhile, so it is not read twice. Escape hides the read-out. When
  // the focus leaves the chart, the first point is the Tab stop again, as
  // the core wrote it: the tree the core diffs against stays the page's.
  function nameHit(t) {
    if (tipFor !== t) return;
    tip.setAttribute('aria-live', 'off');
    t.setAttribute('role', 'img');
    t.setAttribute('aria-label', tip.innerText.trim().replace(/\t/g, ' ').replace(/\s*\n\s*/g, '; '));
  }
  document.addEventListener('focusin', (e) => { if (isHit(e.target)) nameHit(e.target); });
  // A pointer keeps its own read-outs (hover; a tap, a second tap): a
  // press on a point does not focus it, or a tap's focus would show the
  // read-out its click then hides.
  document.addEventListener('mousedown', (e) => { if (isHit(e.target)) e.preventDefault(); });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && tipFor) {
      hideTip();
      e.stopPropagation(); // a notice waits for the next Escape
      return;
    }
    const t = e.target;
    if (!isHit(t) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const rects = t.parentNode.querySelectorAll('rect.hit');
    const i = Array.prototype.indexOf.call(rects, t);
    const k = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: rects.length - 1 }[e.key];
    if (k === undefined) return;
    e.preventDefault();
    const next = rects[Math.min(Math.max(k, 0), rects.length - 1)];
    if (next !== t) {
      t.setAttribute('tabindex', '-1');
      next.setAttribute('tabindex', '0');
      next.focus();
    } else if (!tipFor) {
      const r = t.getBoundingClientRect();
      showTip(t, r.left, r.top);
      nameHit(t);
    }
  }, true);
  document.addEventListener('focusout', (e) => {
    const t = e.target;
    if (!isHit(t)) return;
    t.removeAttribute('role');
    t.removeAttribute('aria-label');
    const g = t.parentNode;
    if (e.relatedTarget && e.relatedTarget.parentNode === g) return;
    tip.removeAttribute('aria-live');
    t.setAttribute('tabindex', '-1');
    const first = g.querySelector('rect.hit');
    if (first) first.setAttribute('tabindex', '0');
  });

  // ---- the Monte Carlo workers: their own copies of the core ----

  // One worker per core the machine offers, at most four: the first is
  // the lead, which the page talks to; the others help it draw each run
  // (core/worker/team.go), over a MessageChannel each. They get the
  // module the page compiles, so the wasm is compiled once, and they
  // start at once, so their copies are ready when the page asks.
  const helpers = [];
  let helpersReady = 0;
  // For the tests: how many helpers run.
  globalThis.cdeHelpersReady = () => helpersReady;
  function startWorker(module) {
    const url = body.dataset.worker;
    if (!url || typeof Worker === 'undefined') return;
    const src = url + '#' + encodeURIComponent(body.dataset.wasmexec) + '&' + encodeURIComponent(body.dataset.wasm);
    try {
      worker = new Worker(src);
    } catch (e) {
      console.warn('no worker: sampling is off', e);
      return;
    }
    worker.onmessage = (e) => {
      if (typeof e.data === 'string') {
        const t = performance.now();
        call('event', 'bands', '', e.data, '');
        note('worker', performance.now() - t);
        schedule();
      }
    };
    worker.onerror = (e) => console.warn('worker:', e.message);
    const n = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
    const ports = [];
    for (let i = 1; i < n; i++) {
      try {
        const h = new Worker(src);
        h.onerror = (e) => console.warn('helper worker:', e.message);
        h.onmessage = (e) => {
          if (e.data === 'ready') helpersReady++;
        };
        const ch = new MessageChannel();
        helpers.push({ worker: h, port: ch.port2 });
        ports.push(ch.port1);
      } catch (e) {
        break; // fewer helpers; the lead draws what they would have
      }
    }
    module.then((m) => {
      worker.postMessage({ module: m, helpers: ports }, ports);
      // The helpers start once the page's own copy has drawn its first
      // frame (startHelpers), so that they do not share the cores with
      // it; the lead asks only those that say they are ready.
      helperModule = m;
      if (api) startHelpers();
    }, () => {});
  }
  let helperModule = null;
  function startHelpers() {
    if (!helperModule) return;
    for (const h of helpers.splice(0)) {
      h.worker.postMessage({ module: helperModule, lead: h.port }, [h.port]);
      running.push(h.worker);
    }
  }
  const running = [];

  // ---- the charts' width: the core draws them at the column's size ----

  let lastWidth = 0;
  let resizeTimer = 0;
  function reportWidth() {
    const col = document.querySelector('.charts, .app.embed');
    const w = col ? Math.round(col.clientWidth) : 0;
    if (w > 0 && w !== lastWidth) {
      lastWidth = w;
      send('resize', '', String(w), '');
    }
  }
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(reportWidth, 150);
  });

  // ---- boot ----

  globalThis.cdeBoot = (a) => {
    api = a;
    // For the benchmarks: the core's memory and its functions.
    globalThis.cdeStats = () => api.stats();
    reportWidth();
    if (root) send('hydrate', '', String(root.getElementsByTagName('*').length + 1), '');
    for (const d of document.querySelectorAll('details[data-panel][open]')) send('toggle', d.dataset.panel, '1', '');
    call('init', location.href);
    for (const e of early.splice(0)) call('event', ...e);
    schedule();
    // After the first frame.
    requestAnimationFrame(() => setTimeout(startHelpers, 0));
  };
  window.addEventListener('pagehide', (e) => {
    if (!e.persisted && api) {
      if (worker) worker.terminate();
      for (const h of helpers) h.worker.terminate();
      for (const w of running) w.terminate();
      call('stop');
    }
  });

  const go = new Go();
  const wasm = body.dataset.wasm;
  const module = WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(fetch(wasm))
    : fetch(wasm).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b));
  startWorker(module);
  module.then((m) => WebAssembly.instantiate(m, go.importObject)).then((inst) => go.run(inst)).catch(fail);
})();
