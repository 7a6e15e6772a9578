package page

// ReplaceEveryMS is how often, at most, a slider drag rewrites the
// address bar: browsers throttle history calls made faster than this.
const ReplaceEveryMS = 300

// urlMode says how the address bar is to follow the scenario.
type urlMode uint8

const (
	// urlShown: the address bar shows the link; nothing to write.
	urlShown urlMode = iota
	// urlReplace rewrites the address bar's entry, at most every
	// ReplaceEveryMS: a drag's later moves.
	urlReplace
	// urlReplaceNow rewrites the entry at the next frame: a drag let go.
	urlReplaceNow
	// urlPush adds an entry at the next frame: a finished change, which
	// Back steps over.
	urlPush
	// urlFromLink is a change the address bar made first (Back, Forward,
	// a pasted link): App.change records it for Undo and then writes it
	// back at once, as urlReplaceNow. urlSync never holds it.
	urlFromLink
)

// String is the mode as Frame.URLMode names it to app.js ("push",
// "replace") and as the tests name the others.
func (m urlMode) String() string {
	return [...]string{urlShown: "", urlReplace: "replace", urlReplaceNow: "replace-now", urlPush: "push", urlFromLink: "link"}[m]
}

// urlSync is the address bar's state machine: what it shows, and how
// and when it is to follow the scenario's link. Time is a parameter of
// Render, as in golang.org/x/time/rate, so every transition is tested
// with fixed instants. newURLSync makes one.
type urlSync struct {
	_           incomparable
	mode        urlMode // urlShown, or how the address bar is behind
	lastReplace float64 // when it was last written, in ms
	shown       string  // the link the address bar shows
}

// newURLSync returns the state of an address bar that shows link and
// may be written at once.
func newURLSync(link string) urlSync {
	return urlSync{lastReplace: -ReplaceEveryMS, shown: link}
}

// mark asks the address bar to follow the link with mode. A pending push
// stays a push: the finished change must still get its entry for Back.
func (u *urlSync) mark(mode urlMode) {
	if u.mode != urlPush {
		u.mode = mode
	}
}

// urlWrite is what one frame does to the address bar: write Link with
// Mode (urlPush or urlReplace), or with Mode urlShown nothing; AgainMS
// asks for a frame that much later, when a throttled write waits.
type urlWrite struct {
	Link    string
	Mode    urlMode
	AgainMS float64
}

// Render returns what the frame at nowMS does to the address bar, link
// being what it is to show. A push of the link it shows already becomes
// a replace: Back would have nothing to step over.
func (u *urlSync) Render(nowMS float64, link string) urlWrite {
	var w urlWrite
	switch {
	case u.mode == urlPush:
		w.Link, w.Mode = link, urlPush
	case u.mode == urlReplaceNow || u.mode == urlReplace && nowMS-u.lastReplace >= ReplaceEveryMS:
		w.Link, w.Mode = link, urlReplace
	case u.mode == urlReplace:
		w.AgainMS = ReplaceEveryMS - (nowMS - u.lastReplace)
	}
	if w.Mode != urlShown {
		u.mode = urlShown
		u.lastReplace = nowMS
		if w.Link == u.shown && w.Mode == urlPush {
			w.Mode = urlReplace
		}
		u.shown = w.Link
	}
	return w
}
