package exchange

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
)

var cat = library.Default()

// newHead is the default view: the newest vintage's first preset, what a
// document without data or preset reads.
const newHead = "v=1&data=2026-12&preset=openai-2026-12"

const myDeal = "d.my-1.kind=cloud&d.my-1.accel=gb300&d.my-1.derive=value&d.my-1.price=2.5&d.my-1.n=100k" +
	"&d.my-1.start=2026-01&d.my-1.full=2026-12&d.my-1.term=60&d.my-1.shape=linear&d.my-1.provider=Caf%C3%A9%20%22X%22%20%26%20Co"

// roundTrips are the scenarios every export must import back: each
// preset, and edits of every kind a link holds.
func roundTrips(t testing.TB) map[string]*scenario.Scenario {
	out := map[string]*scenario.Scenario{}
	for _, v := range cat.Vintages {
		for i := range v.Presets {
			out["preset "+v.ID+" "+v.Presets[i].ID] = scenario.New(cat, v, &v.Presets[i])
		}
	}
	// Edits of vintage 2026-11, whose deals and presets they name.
	for name, link := range map[string]string{
		"world and deal edits":        "data=2026-11&pue=1.3&d.aws.n=450k&d.nvidia.on=0&valuation_month=2026-01",
		"a changed derived quantity":  "data=2026-11&d.aws.derive=value&d.aws.price=3",
		"ranges and the seed":         "data=2026-11&pue.range=1.1..1.6&d.aws.n.range=none&seed=42",
		"a deal of your own":          "data=2026-11&preset=aws-only&" + myDeal,
		"an owned deal at a set cost": "data=2026-11&preset=openai-2026-11&d.amd.price=95k&life=6.5&a.mi450.it_kw=2.2",
	} {
		s, probs := scenario.Decode(cat, link)
		require.Empty(t, probs, link)
		out[name] = s
	}
	return out
}

func TestExportImportGivesTheSameLink(t *testing.T) {
	for name, s := range roundTrips(t) {
		t.Run(name, func(t *testing.T) {
			doc := Export(s)
			got, probs := Import(cat, doc)
			assert.Empty(t, probs)
			assert.Equal(t, s.Link(), got.Link())

			// The inputs alone rebuild it too, as a hand-edited document
			// without its link would.
			root, err := jsondoc.Parse(doc)
			require.NoError(t, err)
			var kept []jsondoc.Member
			for _, m := range root.Members {
				if m.Key != "link" {
					kept = append(kept, m)
				}
			}
			root.Members = kept
			got, probs = Import(cat, []byte(reencode(root)))
			assert.Empty(t, probs)
			assert.Equal(t, s.Link(), got.Link())
		})
	}
}

// reencode writes a parsed value back as JSON, for tests that edit one.
func reencode(v jsondoc.Value) string {
	switch v.Kind {
	case jsondoc.String:
		return quote(v.Text)
	case jsondoc.Object:
		var parts []string
		for _, m := range v.Members {
			parts = append(parts, quote(m.Key)+":"+reencode(m.Val))
		}
		return "{" + strings.Join(parts, ",") + "}"
	case jsondoc.Array:
		var parts []string
		for _, e := range v.Elems {
			parts = append(parts, reencode(e))
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	return v.Text
}

func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

func TestExportDocument(t *testing.T) {
	s, probs := scenario.Decode(cat, "data=2026-11&d.aws.n=450k&pue=1.3")
	require.Empty(t, probs)
	want := `{
  "format": "compute-deals-scenario",
  "version": 1,
  "link": "v=1&data=2026-11&preset=openai-2025-11&pue=1.3&d.aws.n=450k",
  "title": "OpenAI, November 2025 · AWS at 450k GPUs and PUE 1.3",
  "data": "2026-11",
  "preset": "openai-2025-11",
  "inputs": {
    "pue": "1.3",
    "d.aws.n": "450k"
  }
}
`
	assert.Equal(t, want, string(Export(s)))
}

func TestImport(t *testing.T) {
	cases := []struct {
		name, doc string
		link      string   // the scenario's link afterwards
		problems  []string // a part of each problem's text, in order
	}{
		{"inputs", `{"format":"compute-deals-scenario","version":1,"data":"2026-11","preset":"aws-only","inputs":{"d.aws.n":"450k"}}`,
			"v=1&data=2026-11&preset=aws-only&d.aws.n=450k", nil},
		{"numbers for values", `{"format":"compute-deals-scenario","version":1,"data":"2026-11","preset":"aws-only","inputs":{"pue":1.3,"d.aws.n":450000}}`,
			"v=1&data=2026-11&preset=aws-only&pue=1.3&d.aws.n=450k", nil},
		{"a link alone", `{"format":"compute-deals-scenario","version":1,"link":"https://example.org/#data=2026-11&preset=anthropic&pue=1.25"}`,
			"v=1&data=2026-11&preset=anthropic&pue=1.25", nil},
		{"no version is the first", `{"format":"compute-deals-scenario","preset":"aws-only","inputs":{}}`,
			"v=1&data=2026-12&preset=aws-only", nil},
		{"a byte order mark", "\ufeff" + `{"format":"compute-deals-scenario","inputs":{}}`,
			newHead, nil},
		{"a bad value keeps the rest", `{"format":"compute-deals-scenario","preset":"aws-only","inputs":{"pue":"banana","d.aws.n":"450k"}}`,
			"v=1&data=2026-12&preset=aws-only&d.aws.n=450k", []string{"pue=banana"}},
		{"a value of the wrong type", `{"format":"compute-deals-scenario","preset":"aws-only","inputs":{"pue":true,"load":0.9}}`,
			"v=1&data=2026-12&preset=aws-only&load=0.9", []string{"pue=true: must be a string"}},
		{"a link that disagrees with the inputs", `{"format":"compute-deals-scenario","link":"preset=aws-only&pue=1.4","preset":"aws-only","inputs":{"pue":"1.3"}}`,
			"v=1&data=2026-12&preset=aws-only&pue=1.3", []string{"the inputs are used"}},
		{"the top keys among the inputs", `{"format":"compute-deals-scenario","preset":"aws-only","inputs":{"preset":"anthropic"}}`,
			"v=1&data=2026-12&preset=aws-only", []string{"inputs.preset=anthropic"}},
		{"another format", `{"format":"something-else","inputs":{}}`,
			newHead, []string{"format=something-else: not a scenario document"}},
		{"a newer version", `{"format":"compute-deals-scenario","version":2,"inputs":{"pue":"1.3"}}`,
			newHead, []string{"newer version"}},
		{"not an object", `["compute-deals-scenario"]`,
			newHead, []string{"not a JSON object"}},
		{"neither inputs nor a link", `{"format":"compute-deals-scenario"}`,
			newHead, []string{"neither inputs nor a link"}},
		{"broken JSON", `{"format":"compute-deals-scenario",}`,
			newHead, []string{"not valid JSON at byte 35: expected a quoted key"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, probs := Import(cat, []byte(c.doc))
			assert.Equal(t, c.link, s.Link())
			require.Len(t, probs, len(c.problems), "%v", probs)
			for i, p := range probs {
				assert.Contains(t, p.Error(), c.problems[i])
			}
		})
	}
}

func TestImportRefusesOversizedDocuments(t *testing.T) {
	doc := `{"format":"compute-deals-scenario","title":"` + strings.Repeat("x", MaxDocLen) + `","inputs":{}}`
	s, probs := Import(cat, []byte(doc))
	require.Len(t, probs, 1)
	assert.Contains(t, probs[0].Error(), "at most")
	assert.Equal(t, scenario.Default(cat).Link(), s.Link())
}

// FuzzImport feeds Import arbitrary documents: it must never panic, and
// whatever it accepts without a problem must export and import back to
// the same link.
func FuzzImport(f *testing.F) {
	for _, s := range roundTrips(f) {
		f.Add(Export(s))
	}
	for _, seed := range []string{
		`{"format":"compute-deals-scenario","version":1,"link":"preset=aws-only&pue=1.3"}`,
		`{"format":"compute-deals-scenario","inputs":{"d.my-1.kind":"owned","pue":1.4}}`,
		`{"format":"compute-deals-scenario","inputs":{"pue":"1.3"},"link":"v=9"}`,
		`{"format":"compute-deals-scenario","inputs":{"\u0000":"%zz"}}`,
		`[[[[{"a":"\ud83d\ude00"}]]]]`,
		`{"format":"compute-deals-scenario","version":1e400}`,
		``, `{`, `"`, `nul`, `-`, `1e`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		s, probs := Import(cat, doc)
		require.NotNil(t, s)
		if len(probs) > 0 {
			return
		}
		again, probs := Import(cat, Export(s))
		assert.Empty(t, probs)
		assert.Equal(t, s.Link(), again.Link())
	})
}
