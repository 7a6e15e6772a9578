package worker

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
)

// runAlone is what a lead without helpers posts for req, in order.
func runAlone(t *testing.T, req Request) []Reply {
	t.Helper()
	w := NewSampler(library.Default())
	w.Message(req.Encode())
	return drainReplies(t, w, nil)
}

// drainReplies steps w until its run ends, calling between steps
// (while the page's worker would pause) deliver, and returns what it
// posted.
func drainReplies(t *testing.T, w *Sampler, deliver func()) []Reply {
	t.Helper()
	var out []Reply
	for steps, more := 0, true; more; steps++ {
		require.Less(t, steps, 100000, "the run ends")
		var post string
		post, more = w.Step()
		if post != "" {
			r, ok := ParseReply(post)
			require.True(t, ok, post)
			out = append(out, r)
		}
		if deliver != nil {
			deliver()
		}
	}
	return out
}

// crew is a lead's helpers as the page wires them, run in the test's
// goroutine: a message the lead asks is queued, and deliver runs each
// helper's loop on its newest message and hands the lead what it posts.
type crew struct {
	t       *testing.T
	lead    *Sampler
	helpers []*Helper
	waiting []string // per helper, its newest request not yet run
	// answer says what helper i does with a request: "draw" (the
	// default), "fail" or "ignore".
	answer func(i int, req PartRequest) string
	asked  []PartRequest
	// askedOf is the helper each request went to.
	askedOf []int
}

func newCrew(t *testing.T, n int) *crew {
	c := &crew{t: t, lead: NewSampler(library.Default()), waiting: make([]string, n)}
	for range n {
		c.helpers = append(c.helpers, NewHelper(library.Default()))
	}
	c.lead.Team(n, func(i int, msg string) {
		req, ok := ParsePartRequest(msg)
		require.True(t, ok, msg)
		c.asked, c.askedOf = append(c.asked, req), append(c.askedOf, i)
		c.waiting[i] = msg
	})
	return c
}

func (c *crew) deliver() {
	for i, msg := range c.waiting {
		if msg == "" {
			continue
		}
		c.waiting[i] = ""
		req, _ := ParsePartRequest(msg)
		what := "draw"
		if c.answer != nil {
			what = c.answer(i, req)
		}
		switch what {
		case "ignore":
			continue
		case "fail":
			c.lead.Take(i, (&PartReply{Run: req.Run, Err: "out of memory"}).Header(), nil)
			continue
		}
		h := c.helpers[i]
		h.Message(msg)
		var header string
		for more := true; more; {
			header, more = h.Step()
		}
		// The bytes cross into the lead's own buffer, as in the page.
		rows := c.lead.Buffer(i, len(h.Rows()))
		copy(rows, h.Rows())
		c.lead.Take(i, header, rows)
	}
}

// sameBands says that two runs posted the same tornado and the same
// bands, bit for bit, at the same counts.
func sameBands(t *testing.T, want, got []Reply) {
	t.Helper()
	require.Equal(t, len(want), len(got))
	for k := range want {
		w, g := want[k], got[k]
		w.Workers, g.Workers = 0, 0
		assert.Equal(t, w.Encode(), g.Encode(), "reply %d", k)
	}
}

func TestHelpersDrawTheSamplesOfALeadAlone(t *testing.T) {
	s := scenario.Default(library.Default())
	req := Request{Gen: 4, Link: s.Link(), Output: "portfolio.value_usd"}
	want := runAlone(t, req)

	c := newCrew(t, 3)
	c.lead.Take(0, readyWord, nil)
	c.lead.Take(2, readyWord, nil) // helper 1 is not ready yet
	c.lead.Message(req.Encode())
	got := drainReplies(t, c.lead, c.deliver)
	sameBands(t, want, got)
	assert.NotContains(t, c.askedOf, 1, "a helper that is not ready is not asked")
	var workers []int
	for _, r := range got {
		if r.Kind == Bands {
			workers = append(workers, r.Workers)
		}
	}
	assert.Equal(t, []int{3, 3, 3, 3}, workers, "the lead and the two helpers that are ready drew every stage")
	for _, r := range c.asked {
		assert.Equal(t, s.Link(), r.Link)
	}
	// Two parts a stage: the first stage's 200 samples are three parts
	// of 67, 67 and 66; the lead's is the first.
	require.Len(t, c.asked, 8)
	assert.Equal(t, PartRequest{Run: c.asked[0].Run, Link: s.Link(), Lo: 67, Hi: 134}, c.asked[0])
	assert.Equal(t, PartRequest{Run: c.asked[0].Run, Link: s.Link(), Lo: 134, Hi: 200}, c.asked[1])
}

func TestALeadDrawsThePartsItsHelpersDoNotDraw(t *testing.T) {
	s := scenario.Default(library.Default())
	s.Seed = 11
	req := Request{Gen: 1, Link: s.Link(), Output: "portfolio.value_usd"}
	want := runAlone(t, req)

	c := newCrew(t, 2)
	c.lead.Take(0, readyWord, nil)
	c.lead.Take(1, readyWord, nil)
	c.lead.team.patience = 3
	c.answer = func(i int, req PartRequest) string {
		if i == 0 {
			return "fail"
		}
		if req.Lo >= 3000 {
			// helper 1 falls silent
			return "ignore"
		}
		return "draw"
	}
	c.lead.Message(req.Encode())
	got := drainReplies(t, c.lead, c.deliver)
	sameBands(t, want, got)
	assert.Equal(t, 2, got[len(got)-2].Workers, "helper 1 drew a part of the stage to 3,000")
	asked := len(c.asked)
	assert.False(t, c.lead.team.ready[1], "a helper that fell silent is not asked again")
	assert.True(t, c.lead.team.ready[0], "one that failed is")

	// A reply from an old run is not taken for the new one.
	c.answer = nil
	c.lead.Take(1, (&PartReply{Run: c.lead.team.run, Lo: 3334, Hi: 6667, Rows: make([]float64, 5)}).Header(), make([]float64, 5))
	req.Gen, s.Seed = 2, 12
	req.Link = s.Link()
	c.lead.Message(req.Encode())
	want = runAlone(t, req)
	got = drainReplies(t, c.lead, c.deliver)
	sameBands(t, want, got)
	assert.Greater(t, len(c.asked), asked)
}

func TestPartMessagesRoundTrip(t *testing.T) {
	req := PartRequest{Run: 3, Link: "v=2&pue=1.3", Lo: 200, Hi: 600}
	back, ok := ParsePartRequest(req.Encode())
	require.True(t, ok)
	assert.Equal(t, req, back)
	for _, bad := range []string{"", "part\n1\nlink\n5", "part\nx\nl\n1\n2", "part\n1\nl\n5\n4", "part\n1\nl\n-1\n4", "run\n1\nl\n1\n2"} {
		_, ok := ParsePartRequest(bad)
		assert.False(t, ok, "%q", bad)
	}

	rows := []float64{1, 2, 3}
	r := PartReply{Run: 3, Lo: 200, Hi: 203, Rows: rows, Refused: nil}
	got, ok := ParsePartReply(r.Header(), rows)
	require.True(t, ok)
	assert.Equal(t, r, got)
	r.Refused = append(r.Refused, uncertainty.Refusal{Sample: 201, Why: "pue: 0.9 is below 1\n\tand \"quoted\" \\n \\"})
	got, ok = ParsePartReply(r.Header(), rows)
	require.True(t, ok)
	assert.Equal(t, r, got, "a reason with newlines and quotes comes through whole")

	failed, ok := ParsePartReply((&PartReply{Run: 5, Err: "no memory"}).Header(), nil)
	require.True(t, ok)
	assert.Equal(t, PartReply{Run: 5, Err: "no memory"}, failed)
	for _, bad := range []string{"", "drawn\n1\n2", "drawn\n1\n2\nx", "drawn\n1\n2\n3\n5 no tab", "drawn\n1\n2\n3\nx\twhy", "ready"} {
		_, ok := ParsePartReply(bad, nil)
		assert.False(t, ok, "%q", bad)
	}
	assert.True(t, strings.HasPrefix(r.Header(), "drawn\n3\n200\n203\n"))
}

func TestAHelperSaysWhyItCannotDrawAPart(t *testing.T) {
	h := NewHelper(library.Default())
	h.Message(PartRequest{Run: 2, Link: "v=99", Lo: 0, Hi: 100}.Encode())
	header, more := h.Step()
	assert.False(t, more)
	r, ok := ParsePartReply(header, nil)
	require.True(t, ok, header)
	assert.Equal(t, 2, r.Run)
	assert.NotEmpty(t, r.Err)
	header, _ = h.Step()
	assert.Empty(t, header, "said once")

	// The next request, of a link it can read, it draws.
	s := scenario.Default(library.Default())
	h.Message(PartRequest{Run: 3, Link: s.Link(), Lo: 10, Hi: 20}.Encode())
	for more := true; more; {
		header, more = h.Step()
	}
	r, ok = ParsePartReply(header, h.Rows())
	require.True(t, ok, header)
	assert.Equal(t, PartReply{Run: 3, Lo: 10, Hi: 20, Rows: h.Rows()}, r)
	assert.Len(t, h.Rows(), 10*len(outputs.NewLayout(s).Paths))
}
