package worker

import (
	"math"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/uncertainty"
)

// The wire between the page and the worker is plain text, one field a
// line (links hold no newlines):
//
//	page → worker:  "run", gen, link, tornado output path, then "drag"
//	                while a slider is being dragged
//	worker → page:  "sens", gen, output path, base, then one line per
//	                tornado bar: key, low, high, at low, at high (tabs)
//	                "bands", gen, samples, rejected, target, workers, then
//	                the p5, p50 and p95 lines of every output of the
//	                layout (comma-separated)
//	                "error", gen, what went wrong
//
// Request and Reply are its two sides; each Encode has its Parse, and
// both ends use them.

// Request is what the page asks of the worker: sample the scenario of
// Link, the page's scenario number Gen, and work out the tornado of
// Output. A newer request replaces the one under way.
type Request struct {
	Gen    int
	Link   string
	Output string // an eval-JSON path, like "portfolio.value_usd"
	// Drag says that a slider is being dragged: the page wants quick
	// bands of each value it passes (a first step, no tornado, no
	// refining) until the drag ends; the request that ends it, for the
	// same Gen and Link, continues that run.
	Drag bool
}

// Encode writes the request as the page posts it.
func (r Request) Encode() string {
	msg := "run\n" + strconv.Itoa(r.Gen) + "\n" + r.Link + "\n" + r.Output
	if r.Drag {
		msg += "\ndrag"
	}
	return msg
}

// ParseRequest reads a request; ok is false for anything else.
func ParseRequest(msg string) (r Request, ok bool) {
	lines := strings.Split(msg, "\n")
	if len(lines) < 4 || lines[0] != "run" {
		return r, false
	}
	gen, err := strconv.Atoi(lines[1])
	if err != nil {
		return r, false
	}
	return Request{Gen: gen, Link: lines[2], Output: lines[3], Drag: len(lines) > 4 && lines[4] == "drag"}, true
}

// Kind says what a Reply holds.
type Kind uint8

const (
	// Sens is the tornado: Output, Base and Bars.
	Sens Kind = iota + 1
	// Bands are the percentiles of every output after Samples samples
	// (Rejected more were left out), of Target.
	Bands
	// Failed says that sampling stopped, and Err why.
	Failed
)

var kindWords = [...]string{Sens: "sens", Bands: "bands", Failed: "error"}

// Reply is one message of the worker about the request Gen. Only the
// fields of its Kind are set.
type Reply struct {
	Kind Kind
	Gen  int

	Output string
	Base   float64 // NaN when the tornado could not be worked out
	Bars   []uncertainty.Bar

	Samples, Rejected, Target int
	// Workers counts the workers whose samples the bands hold: the lead
	// and the helpers that drew a part of the run (team.go).
	Workers int
	// P5, P50 and P95 hold a value for each output of the scenario's
	// outputs.Layout, NaN where there is none.
	P5, P50, P95 []float64

	Err string // one line
}

// Encode writes the reply as the worker posts it.
func (r *Reply) Encode() string {
	// About 20 bytes a figure: one allocation for the lot.
	b := make([]byte, 0, 64+len(r.Output)+len(r.Err)+20*(3*len(r.P5)+5*len(r.Bars)))
	b = append(b, kindWords[r.Kind]...)
	b = append(b, '\n')
	b = strconv.AppendInt(b, int64(r.Gen), 10)
	switch r.Kind {
	case Sens:
		b = append(b, '\n')
		b = append(b, r.Output...)
		b = append(b, '\n')
		b = appendFloats(b, 0, []float64{r.Base})
		for _, bar := range r.Bars {
			b = append(b, '\n')
			b = append(b, bar.Key...)
			b = append(b, '\t')
			b = appendFloats(b, '\t', []float64{bar.Low, bar.High, bar.AtLow, bar.AtHigh})
		}
	case Bands:
		for _, n := range [...]int{r.Samples, r.Rejected, r.Target, r.Workers} {
			b = append(b, '\n')
			b = strconv.AppendInt(b, int64(n), 10)
		}
		for _, vs := range [...][]float64{r.P5, r.P50, r.P95} {
			b = append(b, '\n')
			b = appendFloats(b, ',', vs)
		}
	case Failed:
		b = append(b, '\n')
		b = append(b, r.Err...)
	}
	return string(b)
}

// appendFloats appends vs, as short as they read back exactly, with sep
// between them.
func appendFloats(b []byte, sep byte, vs []float64) []byte {
	for i, v := range vs {
		if i > 0 {
			b = append(b, sep)
		}
		b = strconv.AppendFloat(b, v, 'g', -1, 64)
	}
	return b
}

// ParseReply reads a reply; ok is false for anything else. Numbers that
// do not parse read as NaN (counts as 0), and a tornado line without its
// five fields is left out, so that one bad figure loses no more than
// itself.
func ParseReply(msg string) (r Reply, ok bool) {
	lines := strings.Split(msg, "\n")
	if len(lines) < 2 {
		return r, false
	}
	gen, err := strconv.Atoi(lines[1])
	if err != nil {
		return r, false
	}
	r.Gen = gen
	switch lines[0] {
	case "bands":
		if len(lines) != 9 {
			return r, false
		}
		r.Kind = Bands
		r.Samples, _ = strconv.Atoi(lines[2])
		r.Rejected, _ = strconv.Atoi(lines[3])
		r.Target, _ = strconv.Atoi(lines[4])
		r.Workers, _ = strconv.Atoi(lines[5])
		r.P5, r.P50, r.P95 = parseFloats(lines[6]), parseFloats(lines[7]), parseFloats(lines[8])
	case "sens":
		if len(lines) < 4 {
			return r, false
		}
		r.Kind, r.Output = Sens, lines[2]
		r.Base, _ = strconv.ParseFloat(lines[3], 64)
		for _, l := range lines[4:] {
			f := strings.Split(l, "\t")
			if len(f) != 5 {
				continue
			}
			v := parseFloats(strings.Join(f[1:], ","))
			r.Bars = append(r.Bars, uncertainty.Bar{Key: f[0], Low: v[0], High: v[1], AtLow: v[2], AtHigh: v[3], Swing: math.Abs(v[3] - v[2])})
		}
	case "error":
		if len(lines) < 3 {
			return r, false
		}
		r.Kind, r.Err = Failed, lines[2]
	default:
		return r, false
	}
	return r, true
}

func parseFloats(line string) []float64 {
	parts := strings.Split(line, ",")
	out := make([]float64, len(parts))
	for i, p := range parts {
		v, err := strconv.ParseFloat(p, 64)
		if err != nil {
			v = math.NaN()
		}
		out[i] = v
	}
	return out
}
