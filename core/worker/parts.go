package worker

import (
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/uncertainty"
)

// The wire between the lead worker (the one the page talks to) and its
// helpers, a MessageChannel each, is text too, and the samples travel
// beside it as raw bytes (little-endian float64s, a sample's outputs
// after another's), transferred rather than copied:
//
//	helper → lead:   "ready" once its copy of the core runs
//	lead → helper:   "part", run, link, first sample, end (exclusive)
//	helper → lead:   "drawn", run, first sample, end, then one line per
//	                 refused sample: its number, a tab, why (its
//	                 backslashes and newlines escaped, escapeLine);
//	                 the bytes: the part's samples
//	                 "error", run, what went wrong (no bytes)
//
// PartRequest and PartReply are its two sides.

// PartRequest asks a helper for samples Lo to Hi−1 of the scenario of
// Link, for the lead's run number Run.
type PartRequest struct {
	Run    int
	Link   string
	Lo, Hi int
}

// Encode writes the request as the lead posts it.
func (r PartRequest) Encode() string {
	return "part\n" + strconv.Itoa(r.Run) + "\n" + r.Link + "\n" + strconv.Itoa(r.Lo) + "\n" + strconv.Itoa(r.Hi)
}

// ParsePartRequest reads a request; ok is false for anything else.
func ParsePartRequest(msg string) (r PartRequest, ok bool) {
	f := strings.Split(msg, "\n")
	if len(f) != 5 || f[0] != "part" {
		return r, false
	}
	n, ok := ints(f[1], f[3], f[4])
	if !ok || n[1] < 0 || n[2] < n[1] {
		return r, false
	}
	return PartRequest{Run: n[0], Link: f[2], Lo: n[1], Hi: n[2]}, true
}

// readyWord is what a helper says once it can take requests.
const readyWord = "ready"

// PartReply is a helper's answer: the samples Lo to Hi−1 of run Run,
// Rows (Hi−Lo samples of the layout's outputs) and the samples among
// them the model Refused; or Err, why the helper could not draw them.
type PartReply struct {
	Run, Lo, Hi int
	Refused     []uncertainty.Refusal
	Err         string
	Rows        []float64
}

// Header writes the reply's text; its Rows travel beside it.
func (r *PartReply) Header() string {
	if r.Err != "" {
		return (&Reply{Kind: Failed, Gen: r.Run, Err: r.Err}).Encode()
	}
	b := []byte("drawn\n")
	for i, n := range [...]int{r.Run, r.Lo, r.Hi} {
		if i > 0 {
			b = append(b, '\n')
		}
		b = strconv.AppendInt(b, int64(n), 10)
	}
	for _, x := range r.Refused {
		b = append(b, '\n')
		b = strconv.AppendInt(b, int64(x.Sample), 10)
		b = append(b, '\t')
		b = append(b, escapeLine(x.Why)...)
	}
	return string(b)
}

// ParsePartReply reads a helper's header and the rows that came with
// it; ok is false for anything else (a part's rows that are not whole
// samples are the lead's to refuse, by uncertainty.MonteCarlo.Append).
func ParsePartReply(header string, rows []float64) (r PartReply, ok bool) {
	f := strings.Split(header, "\n")
	if len(f) >= 3 && f[0] == "error" {
		run, err := strconv.Atoi(f[1])
		why := f[2]
		if why == "" {
			why = "a helper failed" // a failure, even unexplained
		}
		return PartReply{Run: run, Err: why}, err == nil
	}
	if len(f) < 4 || f[0] != "drawn" {
		return r, false
	}
	n, ok := ints(f[1], f[2], f[3])
	if !ok {
		return r, false
	}
	r = PartReply{Run: n[0], Lo: n[1], Hi: n[2], Rows: rows}
	for _, l := range f[4:] {
		num, why, found := strings.Cut(l, "\t")
		i, err := strconv.Atoi(num)
		if !found || err != nil {
			return r, false
		}
		r.Refused = append(r.Refused, uncertainty.Refusal{Sample: i, Why: unescapeLine(why)})
	}
	return r, true
}

// ints reads decimal integers; ok is false if one does not read.
func ints(fields ...string) (n [3]int, ok bool) {
	for i, f := range fields {
		v, err := strconv.Atoi(f)
		if err != nil {
			return n, false
		}
		n[i] = v
	}
	return n, true
}

// escapeLine writes s on one line: a backslash as two, a newline as \n.
// (strconv.Quote would do, at 10 KB of main.wasm for its tables.)
func escapeLine(s string) string {
	if !strings.ContainsAny(s, "\\\n") {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			b = append(b, '\\', '\\')
		case '\n':
			b = append(b, '\\', 'n')
		default:
			b = append(b, s[i])
		}
	}
	return string(b)
}

// unescapeLine undoes escapeLine.
func unescapeLine(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' {
				b = append(b, '\n')
				continue
			}
		}
		b = append(b, s[i])
	}
	return string(b)
}
