package worker

import (
	"slices"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/uncertainty"
)

// Helper is a helper worker's state: the part of a run the lead asked it
// for (a PartRequest) and how far it has got. It draws in steps of
// stepSamples, so that a newer request, which replaces the old, waits
// little. Its Loop posts each finished part's Header; Rows are then the
// part's samples, until the next Step. The zero value is not usable;
// NewHelper makes one.
type Helper struct {
	_    incomparable
	cat  *library.Catalog
	link string
	mc   *uncertainty.MonteCarlo
	req  PartRequest
	busy bool
	out  PartReply
}

// NewHelper returns an idle helper.
func NewHelper(cat *library.Catalog) *Helper { return &Helper{cat: cat} }

// Message takes a PartRequest from the lead; anything else is ignored.
func (h *Helper) Message(msg string) {
	req, ok := ParsePartRequest(msg)
	if !ok {
		return
	}
	h.req, h.busy = req, true
	h.out = PartReply{Run: req.Run, Lo: req.Lo, Hi: req.Lo, Rows: h.out.Rows[:0]}
	if req.Link != h.link || h.mc == nil {
		h.prepare()
	}
	if h.out.Err == "" {
		// Room for the whole part at once: grown step by step, the rows
		// would be copied and cleared again at each doubling.
		n := max(0, min(req.Hi, h.mc.Fitting())-req.Lo)
		h.out.Rows = slices.Grow(h.out.Rows, n*len(h.mc.Layout().Paths))
	}
}

// prepare readies the helper's MonteCarlo for the scenario of its
// request's link.
func (h *Helper) prepare() {
	req := h.req
	h.link = ""
	s, mc, err := prepare(h.cat, req.Link, h.mc)
	h.mc = mc
	if s == nil {
		h.out.Err = err.Error()
		return
	}
	h.link = req.Link
}

// Gen is the number of the lead's run being worked on.
func (h *Helper) Gen() int { return h.req.Run }

// Step draws the next few samples of the part; when the part is whole
// (or cannot be drawn) it returns the reply's Header, and Rows holds
// its samples.
func (h *Helper) Step() (post string, more bool) {
	if !h.busy {
		return "", false
	}
	if h.out.Err == "" && h.out.Hi < h.req.Hi {
		to := min(h.out.Hi+stepSamples, h.req.Hi)
		var refused []uncertainty.Refusal
		h.out.Rows, refused = h.mc.Part(h.out.Hi, to, h.out.Rows)
		h.out.Refused = append(h.out.Refused, refused...)
		h.out.Hi = to
		if to < h.req.Hi {
			return "", true
		}
	}
	h.busy = false
	return h.out.Header(), false
}

// Rows are the samples of the part whose Header Step returned last.
func (h *Helper) Rows() []float64 { return h.out.Rows }
