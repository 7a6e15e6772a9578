package explain

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/outputs"
)

// Regenerate the golden files with
//
//	go test ./core/explain -update
//
// and review the diff before committing it.
var update = flag.Bool("update", false, "rewrite the golden files of testdata/summary")

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "summary", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./core/explain -update to create it")
	assert.Equal(t, string(want), got, "summary differs from %s; if the change is meant, run with -update and review the diff", path)
}

func sentences(text string) int { return strings.Count(text, ". ") + 1 }

func TestSummaryOfEveryPreset(t *testing.T) {
	for _, s := range presets() {
		t.Run(presetName(s, "/"), func(t *testing.T) {
			r, err := s.Evaluate()
			require.NoError(t, err)
			text := Summary(s, r)
			n := sentences(text)
			assert.True(t, n >= 3 && n <= 6, "%d sentences: %s", n, text)
			golden(t, presetName(s, "/")+".txt", text+"\n")
		})
	}
}

func TestSummaryOfEditedScenarios(t *testing.T) {
	cases := []struct{ name, link string }{
		{"no-deals", "d.aws.on=0&d.azure.on=0&d.oracle.on=0&d.coreweave.on=0&d.nvidia.on=0&d.amd.on=0&d.broadcom.on=0"},
		{"no-payback", "arr=1B&growth=0.1"},
		{"aws-at-450k-pue-1.3", "d.aws.n=450k&pue=1.3"},
		{"an-owned-deal-changed", "d.broadcom.gw=12"},
		{"a-price-changed", "d.azure.price=3"},
		{"a-value-derived", "preset=anthropic&d.anthropic-google.n=800k"},
		{"a-deal-of-your-own", "preset=aws-only&" + myCloud},
		{"cash-renewals-and-leases", "data=2026-11&cash=35B&cash_month=2026-01&opex_share=0.75&opex_share_late=0.25&opex_late_month=2030-01" +
			"&rev_share=0.2&rev_share_end=2030-12&rev_share_cap=38B&sustain=1&finance=lease&finance_rate=0.1"},
		{"renewals-without-cash", "data=2026-11&sustain=1&sustain_trend=-0.1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := decode(t, c.link)
			r, err := s.Evaluate()
			require.NoError(t, err)
			text := Summary(s, r)
			n := sentences(text)
			assert.True(t, n >= 3 && n <= 6, "%d sentences: %s", n, text)
			golden(t, c.name+".txt", text+"\n")
		})
	}
}

func TestTitle(t *testing.T) {
	cases := []struct{ name, link, want string }{
		{"an unchanged preset is its title", "preset=anthropic", "Anthropic"},
		{"one change", "d.aws.n=450k", "OpenAI, November 2025 · AWS at 450k GPUs"},
		{"two changes", "d.aws.n=450k&pue=1.3", "OpenAI, November 2025 · AWS at 450k GPUs and PUE 1.3"},
		{"three changes are all named", "d.aws.n=450k&pue=1.3&d.nvidia.on=0",
			"OpenAI, November 2025 · AWS at 450k GPUs, NVIDIA off and PUE 1.3"},
		{"more changes are counted", "d.aws.n=450k&pue=1.3&load=0.9&power_price=90",
			"OpenAI, November 2025 · AWS at 450k GPUs, PUE 1.3 and 2 more changes"},
		{"deal terms", "d.aws.start=2026-03&d.aws.full=2027-06&d.aws.term=96",
			"OpenAI, November 2025 · AWS from Mar 2026, AWS full in Jun 2027 and AWS over 96 months"},
		{"prices and ramps", "d.azure.price=3&d.nvidia.price=150k&d.amd.shape=linear",
			"OpenAI, November 2025 · Microsoft Azure at $3/h, NVIDIA at $150k per GPU and AMD with a linear ramp"},
		{"a deal of your own", "preset=aws-only&" + myCloud, "The AWS deal alone · your cloud deal with My provider"},
		{"the world and the revenue path", "growth=0.5&valuation_month=2026-01",
			"OpenAI, November 2025 · valuation month Jan 2026 and revenue growth 50%"},
		{"what sampling reads comes last", "seed=7&pue.range=1.1..1.6&life=6",
			"OpenAI, November 2025 · accelerator life 6 years, PUE range 1.1–1.6 and seed 7"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, Title(decode(t, c.link)))
		})
	}
}

// upper and lowerLabel change the case of an ASCII first letter by hand;
// on every label and deal name they write what strings.ToUpper and
// strings.ToLower of the first byte write.
func TestCaseOfFirstLetters(t *testing.T) {
	for _, s := range append(presets(), decode(t, "preset=aws-only&"+myCloud)) {
		ins := s.Inputs()
		for i := range s.Portfolio.Deals {
			ins = append(ins, s.DealInputs(i)...)
			name := "the " + outputs.DealName(s, i) + " deal"
			assert.Equal(t, strings.ToUpper(name[:1])+name[1:], upper(name))
		}
		for _, in := range ins {
			l := in.Field.Label
			want := l
			if !(len(l) > 1 && l[1] >= 'A' && l[1] <= 'Z') {
				want = strings.ToLower(l[:1]) + l[1:]
			}
			assert.Equal(t, want, lowerLabel(l), "%s", in.Key)
		}
	}
}
