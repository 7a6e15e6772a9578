//go:build js && wasm

// Command wasm binds the explorer's core to the page. It is thin on
// purpose: core/page decides everything the page shows and returns it as
// one JSON frame per animation frame; this file only carries events in and
// frames out, one call each, through github.com/hack-pad/safejs.
//
// The page (www/app.js) defines globalThis.cdeBoot; main calls it with an
// object of functions:
//
//	init(href)                   read the link the page was opened with
//	event(type, key, value, phase)   apply one user event
//	render(nowMS) → frame JSON   what changed since the last frame
//	download(what, pageURL) → file JSON   a CSV, JSON, SVG or PNG to save
//	copyText(pageURL) → text      what Copy link puts on the clipboard: the link alone
//	summaryText(pageURL) → text   what Copy summary puts there: title, link and summary
//	shareText(pageURL, what) → text  a chart's link ("chart:<id>") or embed snippet ("embed:<id>")
//	tip(chart, i) → text          the read-out of a chart's point i
//	stats() → {heapAlloc, sys, numGC, funcs}   for the memory benchmark
//	stop()                       release every function and end main
//
// Every function recovers from a panic and reports it as an error value
// for the page to show, instead of killing the program.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
	"unsafe"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/page"
	"github.com/computedeals/explorer/core/worker"
	"github.com/hack-pad/safejs"
)

func main() {
	if doc, err := safejs.Global().Get("document"); err != nil || doc.IsUndefined() {
		runWorker()
		return
	}
	// The page's heap is a few MB and every frame makes garbage; in wasm
	// the collector runs on the one thread the page has, so let the heap
	// grow to four times what is live before it runs.
	debug.SetGCPercent(300)
	app := page.New(library.Default())
	done := make(chan struct{})
	b := binder{}
	api := map[string]any{
		"init": b.fn(func(args []safejs.Value) any {
			app.Init(str(args, 0))
			return nil
		}),
		"event": b.fn(func(args []safejs.Value) any {
			app.Handle(page.Event{Type: str(args, 0), Key: str(args, 1), Value: str(args, 2), Phase: str(args, 3)})
			return nil
		}),
		"render": b.fn(func(args []safejs.Value) any {
			now := 0.0
			if len(args) > 0 {
				now, _ = args[0].Float()
			}
			return app.Render(now).JSON()
		}),
		"download": b.fn(func(args []safejs.Value) any {
			return app.Download(str(args, 0), str(args, 1))
		}),
		"summaryText": b.fn(func(args []safejs.Value) any {
			return app.SummaryText(str(args, 0))
		}),
		"copyText": b.fn(func(args []safejs.Value) any {
			return app.CopyText(str(args, 0))
		}),
		"shareText": b.fn(func(args []safejs.Value) any {
			return app.ShareText(str(args, 0), str(args, 1))
		}),
		"tip": b.fn(func(args []safejs.Value) any {
			i := 0
			if len(args) > 1 {
				i, _ = args[1].Int()
			}
			return app.Tip(str(args, 0), i)
		}),
		"stats": b.fn(func([]safejs.Value) any {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			return map[string]any{"heapAlloc": float64(m.HeapAlloc), "sys": float64(m.Sys), "numGC": float64(m.NumGC), "funcs": len(b.funcs)}
		}),
		"stop": b.fn(func([]safejs.Value) any {
			close(done)
			return nil
		}),
	}
	if b.err != nil {
		fmt.Println("computedeals: cannot bind to the page:", b.err)
		return
	}
	boot, err := safejs.Global().Get("cdeBoot")
	if err == nil && boot.Type() == safejs.TypeFunction {
		_, err = boot.Invoke(api)
	}
	if err != nil {
		fmt.Println("computedeals: the page has no cdeBoot:", err)
	}
	<-done
	// Release states when each function ends: all of them, once the page
	// says it is leaving.
	b.release()
}

// runWorker is main in a Web Worker (www/worker.js): it binds
// core/worker's Loop to the worker's messages. Messages reach Go only
// while it waits, so the loop pauses between steps (pause); that is when
// a newer scenario comes in and interrupts an older one.
//
// The page's first worker is the lead (a worker.Sampler, which the page
// talks to); the others, if the machine has the cores, are its helpers
// (a worker.Helper each), which draw parts of its runs. worker.js says
// which this one is, before Go starts, in globalThis.cdeRole ("lead" or
// "helper") and, for the lead, cdeHelpers (how many). worker.js defines
// cdePost(text, bytes) to post to the page (the lead) or to the lead
// (a helper), and cdeAsk(helper, text) for the lead; main calls cdeBoot
// with message(text) and, for the lead, part(helper, text, bytes).
func runWorker() {
	inbox := worker.NewInbox()
	b := binder{}
	global := safejs.Global()
	role, _ := global.Get("cdeRole")
	helper := false
	if r, err := role.String(); err == nil && r == "helper" {
		helper = true
	}
	api := map[string]any{
		"message": b.fn(func(args []safejs.Value) any {
			inbox.Put(str(args, 0))
			return nil
		}),
	}
	var work worker.Stepper
	var rows func() []float64 // a helper's rows of the part it posts
	waiting := func() bool { return false }
	if helper {
		h := worker.NewHelper(library.Default())
		work, rows = h, h.Rows
	} else {
		lead := worker.NewSampler(library.Default())
		work, waiting = lead, lead.Waiting
		n := 0
		if v, err := global.Get("cdeHelpers"); err == nil {
			n, _ = v.Int()
		}
		ask, err := global.Get("cdeAsk")
		if n > 0 && err == nil {
			lead.Team(n, func(i int, msg string) {
				if _, err := ask.Invoke(i, msg); err != nil {
					fmt.Println("computedeals worker:", err)
				}
			})
		}
		api["part"] = b.fn(func(args []safejs.Value) any {
			i := -1
			if len(args) > 0 {
				i, _ = args[0].Int()
			}
			var got []float64
			if len(args) > 2 && !args[2].IsUndefined() && !args[2].IsNull() {
				n, err := args[2].Length()
				if err == nil && n%8 == 0 {
					got = lead.Buffer(i, n/8)
					_, err = safejs.CopyBytesToGo(floatBytes(got), args[2])
				}
				if err != nil {
					got = nil
				}
			}
			lead.Take(i, str(args, 1), got)
			return nil
		})
	}
	post, err := global.Get("cdePost")
	if err == nil {
		var boot safejs.Value
		if boot, err = global.Get("cdeBoot"); err == nil {
			_, err = boot.Invoke(api)
		}
	}
	if err != nil || b.err != nil {
		fmt.Println("computedeals worker: cannot bind:", err, b.err)
		return
	}
	u8, _ := global.Get("Uint8Array")
	loop := worker.Loop{
		Inbox: inbox,
		Work:  work,
		Post: func(msg string) {
			var bytes any
			if rows != nil && strings.HasPrefix(msg, "drawn") {
				raw := floatBytes(rows())
				arr, err := u8.New(len(raw))
				if err == nil {
					_, err = safejs.CopyBytesToJS(arr, raw)
				}
				if err != nil {
					// The lead draws a part that does not come itself.
					fmt.Println("computedeals worker:", err)
					return
				}
				bytes = arr
			}
			if _, err := post.Invoke(msg, bytes); err != nil {
				fmt.Println("computedeals worker:", err)
			}
		},
		Pause: pause(&b, waiting),
	}
	if helper {
		if _, err := post.Invoke("ready", nil); err != nil {
			fmt.Println("computedeals worker:", err)
		}
	}
	loop.Run()
	// The worker lives as long as the page; its functions are released
	// only if the loop ever ends.
	b.release()
}

// pause returns the loop's Pause: it hands the thread to the worker's
// event loop for one turn, so that messages that came in are delivered,
// through worker.js's cdeYield (a message the worker posts itself), or,
// without it, by sleeping a millisecond. (A browser clamps timers set
// from timers to 4 ms or more: 80 ms of every 10,000 samples' 20 steps.)
// While the lead only waits for its helpers' parts it sleeps instead:
// turns would spin a core that a helper needs.
func pause(b *binder, waiting func() bool) func() {
	sleep := func() { time.Sleep(time.Millisecond) }
	yield, err := safejs.Global().Get("cdeYield")
	if err != nil || yield.Type() != safejs.TypeFunction {
		return sleep
	}
	woke := make(chan struct{}, 1)
	wake := b.fn(func([]safejs.Value) any {
		select {
		case woke <- struct{}{}:
		default:
		}
		return nil
	})
	return func() {
		if waiting() {
			sleep()
			return
		}
		if _, err := yield.Invoke(wake); err != nil {
			sleep()
			return
		}
		<-woke
	}
}

// floatBytes is vs's memory as bytes (little-endian in WebAssembly): a
// part's samples cross between workers as they lie.
func floatBytes(vs []float64) []byte {
	if len(vs) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&vs[0])), 8*len(vs))
}

// binder makes the page's functions and remembers them for Release.
type binder struct {
	funcs []safejs.Func
	err   error
}

// fn wraps a handler so that a panic becomes {error: "..."} for the page
// to show; handlers return only values js.ValueOf accepts.
func (b *binder) fn(h func(args []safejs.Value) any) any {
	f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) (result any) {
		defer func() {
			if p := recover(); p != nil {
				result = map[string]any{"error": fmt.Sprint(p), "stack": string(debug.Stack())}
			}
		}()
		return h(args)
	})
	if err != nil {
		b.err = err
		return nil
	}
	b.funcs = append(b.funcs, f)
	return f.Value()
}

func (b *binder) release() {
	for _, f := range b.funcs {
		f.Release()
	}
	b.funcs = nil
}

// str reads argument i as a string; anything else reads as "".
func str(args []safejs.Value, i int) string {
	if i >= len(args) {
		return ""
	}
	s, err := args[i].String()
	if err != nil {
		return ""
	}
	return s
}
