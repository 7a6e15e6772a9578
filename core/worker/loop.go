package worker

import "sync"

// Inbox holds the newest message the page sent that the loop has not
// taken yet: a newer one replaces it, since only the newest scenario is
// worth sampling. Put never blocks, so the worker's message handler can
// call it from JavaScript. The zero value is not usable; NewInbox makes
// one.
type Inbox struct {
	_      incomparable
	mu     sync.Mutex
	msg    string
	full   bool
	closed bool
	// ready holds a token once a message waits or the inbox is closed.
	ready chan struct{}
}

// NewInbox returns an empty inbox.
func NewInbox() *Inbox { return &Inbox{ready: make(chan struct{}, 1)} }

// Put leaves msg for the loop, in place of any message still waiting.
// After Close it does nothing.
func (b *Inbox) Put(msg string) {
	b.mu.Lock()
	if !b.closed {
		b.msg, b.full = msg, true
	}
	b.mu.Unlock()
	b.wake()
}

// Close stops the loop at its next step: the message waiting, if any,
// is dropped.
func (b *Inbox) Close() {
	b.mu.Lock()
	b.closed, b.msg, b.full = true, "", false
	b.mu.Unlock()
	b.wake()
}

func (b *Inbox) wake() {
	select {
	case b.ready <- struct{}{}:
	default: // a token is there already
	}
}

// Take returns the waiting message without waiting for one: ok says
// whether there was one, open whether the inbox is still open.
func (b *Inbox) Take() (msg string, ok, open bool) {
	b.mu.Lock()
	msg, ok, open = b.msg, b.full, !b.closed
	b.msg, b.full = "", false
	b.mu.Unlock()
	return msg, ok && open, open
}

// Wait returns the next message, waiting for one; ok is false once the
// inbox is closed.
func (b *Inbox) Wait() (msg string, ok bool) {
	for {
		msg, ok, open := b.Take()
		switch {
		case !open:
			return "", false
		case ok:
			return msg, true
		}
		<-b.ready
	}
}

// Stepper is the work a Loop runs: a *Sampler, or a stand-in in tests.
type Stepper interface {
	// Message takes a request; a new one replaces the one under way.
	Message(msg string)
	// Step does one slice of work: what to post ("" for nothing), and
	// whether more remains.
	Step() (post string, more bool)
	// Gen is the number of the request under way.
	Gen() int
}

// Loop is the worker's main loop: it takes the newest message of Inbox,
// works on it a Step at a time, posting what each step says, and between
// steps Pauses and then takes a newer message if one came, which
// interrupts the run. A step that panics posts a Failed reply for its
// request and ends the run, not the worker. Run returns once Inbox is
// closed.
type Loop struct {
	Inbox *Inbox
	Work  Stepper
	Post  func(msg string)
	// Pause hands the thread to whatever delivers messages between
	// steps: in a browser's worker, messages arrive only while Go
	// sleeps, so wasm/main.go sleeps a millisecond. Nil does not pause.
	Pause func()
}

// Run runs the loop until Inbox is closed.
func (l *Loop) Run() {
	for {
		msg, ok := l.Inbox.Wait()
		if !ok {
			return
		}
		l.Work.Message(msg)
		for {
			out, more := l.step()
			if out != "" {
				l.Post(out)
			}
			if !more {
				break
			}
			if l.Pause != nil {
				l.Pause()
			}
			newer, ok, open := l.Inbox.Take()
			if !open {
				return
			}
			if ok {
				l.Work.Message(newer)
			}
		}
	}
}

// step runs one step, turning a panic into a Failed reply.
func (l *Loop) step() (out string, more bool) {
	defer func() {
		if p := recover(); p != nil {
			r := Reply{Kind: Failed, Gen: l.Work.Gen(), Err: panicText(p)}
			out, more = r.Encode(), false
		}
	}()
	return l.Work.Step()
}

// panicText is what a panic says. (The page reads its first line.)
func panicText(p any) string {
	switch v := p.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "unexpected panic"
}
