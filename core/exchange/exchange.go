// Package exchange writes a scenario as a JSON document that people can
// read, keep and edit ([Export], [Doc]), and reads such documents back
// ([Import]):
//
//	{
//	  "format": "compute-deals-scenario",
//	  "version": 1,
//	  "link": "v=1&data=2026-11&preset=openai-2025-11&d.aws.n=450k",
//	  "title": "OpenAI, November 2025 · AWS at 450k GPUs",
//	  "data": "2026-11",
//	  "preset": "openai-2025-11",
//	  "inputs": {"d.aws.n": "450k"}
//	}
//
// The inputs are the keys the link holds, in link form and link order.
// Import rebuilds the link from data, preset and inputs (or takes "link"
// when there are no inputs) and decodes it like any link, so that a
// document and its link can never mean different scenarios.
package exchange

import (
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
)

// Format names the document type; Version is the document format this
// build writes and the newest it reads.
const (
	Format  = "compute-deals-scenario"
	Version = 1
)

// MaxDocLen bounds the documents Import reads: a link is at most
// scenario.MaxLinkLen bytes, and its document not many times more.
const MaxDocLen = 64 << 10

// Doc returns the scenario's document, for [jsondoc.Encode] to write.
func Doc(s *scenario.Scenario) jsondoc.Obj {
	link := s.Link()
	inputs := jsondoc.Obj{}
	for _, p := range pairs(link) {
		switch p.K {
		case "v", "data", "preset":
			continue
		}
		inputs = append(inputs, p)
	}
	return jsondoc.Obj{
		{K: "format", V: Format},
		{K: "version", V: Version},
		{K: "link", V: link},
		{K: "title", V: explain.Title(s)},
		{K: "data", V: s.Vintage.ID},
		{K: "preset", V: s.Preset.ID},
		{K: "inputs", V: inputs},
	}
}

// Export writes the scenario's document.
func Export(s *scenario.Scenario) []byte { return jsondoc.Encode(Doc(s)) }

// pairs splits a canonical link into its keys and values, decoded.
func pairs(link string) []jsondoc.KV {
	var out []jsondoc.KV
	for _, part := range strings.Split(link, "&") {
		k, v, _ := strings.Cut(part, "=")
		out = append(out, jsondoc.KV{K: unescape(k), V: unescape(v)})
	}
	return out
}

// unescape decodes a key or value of a link, or leaves it as it is if it
// is not well escaped: Decode then says what is wrong with it.
func unescape(s string) string {
	if u, ok := scenario.Unescape(s); ok {
		return u
	}
	return s
}

func problem(key, value, msg string) *scenario.Problem {
	if len(value) > 40 {
		value = value[:40] + "…"
	}
	return &scenario.Problem{Key: key, Value: strings.ToValidUTF8(value, "�"), Msg: msg}
}

// Import reads a scenario document. Like scenario.Decode it never fails:
// it returns the scenario it could make and a problem for everything it
// could not use; a document it cannot read at all gives the default view
// and one problem marked Fatal.
func Import(cat *library.Catalog, doc []byte) (*scenario.Scenario, []*scenario.Problem) {
	fail := func(p *scenario.Problem) (*scenario.Scenario, []*scenario.Problem) { return fatal(cat, p) }
	if len(doc) > MaxDocLen {
		return fail(problem("", "", "the document is "+strconv.Itoa(len(doc))+" bytes long; scenario documents are at most "+strconv.Itoa(MaxDocLen)))
	}
	root, err := jsondoc.Parse(doc)
	if err != nil {
		return fail(problem("", "", err.Error()))
	}
	if root.Kind != jsondoc.Object {
		return fail(problem("", "", "not a scenario document: it is not a JSON object"))
	}
	if f, ok := root.Get("format"); !ok || f.Kind != jsondoc.String || f.Text != Format {
		return fail(problem("format", text(f), "not a scenario document: format must be "+strconv.Quote(Format)))
	}
	if v, ok := root.Get("version"); ok {
		n, err := strconv.Atoi(text(v))
		switch {
		case v.Kind != jsondoc.Number || err != nil || n < 1:
			return fail(problem("version", text(v), "not a document version; this build reads 1 to "+strconv.Itoa(Version)))
		case n > Version:
			return fail(problem("version", text(v), "the document was made by a newer version of the explorer; this build reads versions up to "+strconv.Itoa(Version)))
		}
	}
	var probs []*scenario.Problem
	str := func(key string) (string, bool) {
		v, ok := root.Get(key)
		if !ok {
			return "", false
		}
		if v.Kind != jsondoc.String {
			probs = append(probs, problem(key, text(v), "must be a string"))
			return "", false
		}
		return v.Text, true
	}
	link, hasLink := str("link")
	inputs, hasInputs := root.Get("inputs")
	if !hasInputs {
		if !hasLink {
			return fail(problem("inputs", "", "the document has neither inputs nor a link"))
		}
		s, more := scenario.Decode(cat, link)
		return s, append(probs, more...)
	}
	if inputs.Kind != jsondoc.Object {
		return fail(problem("inputs", text(inputs), "must be an object of keys and values"))
	}

	version := strconv.Itoa(scenario.Version)
	if hasLink {
		// The link's format version says how its values are written.
		for _, p := range pairs(scenario.Fragment(link)) {
			if p.K == "v" {
				version = p.V.(string)
			}
		}
	}
	var b strings.Builder
	b.WriteString("v=" + scenario.Escape(version))
	for _, key := range [...]string{"data", "preset"} {
		if v, ok := str(key); ok {
			b.WriteString("&" + key + "=" + scenario.Escape(v))
		}
	}
	for _, m := range inputs.Members {
		switch {
		case m.Key == "v" || m.Key == "data" || m.Key == "preset":
			probs = append(probs, problem("inputs."+m.Key, text(&m.Val), "belongs at the top of the document, not among the inputs; ignored"))
			continue
		case m.Val.Kind != jsondoc.String && m.Val.Kind != jsondoc.Number:
			probs = append(probs, problem(m.Key, text(&m.Val), "must be a string such as \"450k\" (or a number)"))
			continue
		}
		b.WriteString("&" + scenario.Escape(m.Key) + "=" + scenario.Escape(m.Val.Text))
	}
	rebuilt := b.String()
	s, more := scenario.Decode(cat, rebuilt)
	probs = append(probs, more...)
	if hasLink && len(more) == 0 {
		if ls, lp := scenario.Decode(cat, link); len(lp) > 0 || ls.Link() != s.Link() {
			probs = append(probs, problem("link", link, "does not hold the same scenario as the inputs; the inputs are used"))
		}
	}
	return s, probs
}
