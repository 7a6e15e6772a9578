package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// Old links keep their numbers. Every link format and data vintage the
// page has ever written has fixtures in testdata/fixtures: one file per
// link with the full output of
//
//	computedeals eval --json --samples 400 --seed 7 LINK
//
// (the eval JSON with its bands and thresholds), listed in
// testdata/fixtures/INDEX with the date it was recorded. A fixture is kept
// forever: -update never touches it, and
//
//	go test ./cmd/computedeals -run TestFixtureLinks -record-fixtures
//
// only adds the links of fixtureLinks that INDEX does not list yet. To
// change a recorded fixture's numbers (a bug fix that must move old links)
// edit its file by hand and say why in the commit message.
//
// These tests run the command itself (run, as main does), so they live in
// package main and run natively only, not under GOOS=js.
var recordFixtures = flag.Bool("record-fixtures", false, "add fixtures of testdata/fixtures for links of fixtureLinks not recorded yet (never rewrites one)")

// fixtureArgs are the flags every fixture is evaluated with.
var fixtureArgs = []string{"--json", "--samples", "400", "--seed", "7"}

const fixtureDir = "testdata/fixtures"

// fixtureLinks are the links that have fixtures, by file name. Add links
// here (never remove one) and record them with -record-fixtures. A link
// without data= is no fixture: it follows the newest vintage by design.
var fixtureLinks = []struct{ file, link string }{
	// Vintage 2026-11 (model version 1): every preset.
	{"2026-11_openai-2025-11.json", "v=1&data=2026-11&preset=openai-2025-11"},
	{"2026-11_openai-2026-11.json", "v=1&data=2026-11&preset=openai-2026-11"},
	{"2026-11_aws-only.json", "v=1&data=2026-11&preset=aws-only"},
	{"2026-11_anthropic.json", "v=1&data=2026-11&preset=anthropic"},
	{"2026-11_microsoft-neoclouds.json", "v=1&data=2026-11&preset=microsoft-neoclouds"},
	// Vintage 2026-11 with edits of every kind.
	{"2026-11_openai-2025-11_pue-1.3.json", "v=1&data=2026-11&preset=openai-2025-11&pue=1.3"},
	{"2026-11_openai-2025-11_pue-1.3_aws-n-450k_azure-off.json", "v=1&data=2026-11&preset=openai-2025-11&pue=1.3&d.aws.n=450k&d.azure.on=0"},
	{"2026-11_openai-2025-11_world-keys.json", "v=1&data=2026-11&preset=openai-2025-11&load=0.9&power_price=90&facility_capex=12&life=6&utilization=0.5&discount_rate=0.1&valuation_month=2026-01&arr=25B&arr_month=2026-03&growth=0.8&growth_decay=0.3"},
	{"2026-11_aws-only_seed-7_ranges.json", "v=1&data=2026-11&preset=aws-only&seed=7&pue.range=none&d.aws.n.range=250k..400k"},
	{"2026-11_openai-2025-11_seed-42_ranges.json", "v=1&data=2026-11&preset=openai-2025-11&seed=42&growth.range=0.2..1.2&utilization.range=0.3..0.6"},
	{"2026-11_openai-2025-11_gb300-keys.json", "v=1&data=2026-11&preset=openai-2025-11&a.gb300.it_kw=2.1&a.gb300.fp8=6&a.gb300.hbm=300&a.gb300.capex=60k"},
	{"2026-11_openai-2025-11_aws-derive-size.json", "v=1&data=2026-11&preset=openai-2025-11&d.aws.derive=size&d.aws.price=2.5"},
	{"2026-11_aws-only_aws-derive-price.json", "v=1&data=2026-11&preset=aws-only&d.aws.derive=price&d.aws.n=400k"},
	{"2026-11_openai-2025-11_aws-gw-1.2.json", "v=1&data=2026-11&preset=openai-2025-11&d.aws.gw=1.2"},
	{"2026-11_aws-only_own-cloud-deal.json", "v=1&data=2026-11&preset=aws-only&d.my-1.kind=cloud&d.my-1.provider=Crusoe%20Energy&d.my-1.accel=gb200&d.my-1.derive=value&d.my-1.price=2.1&d.my-1.n=50k&d.my-1.start=2026-03&d.my-1.full=2026-09&d.my-1.term=48&d.my-1.shape=scurve"},
	{"2026-11_openai-2025-11_own-owned-deal-gw.json", "v=1&data=2026-11&preset=openai-2025-11&d.fab.kind=owned&d.fab.accel=mi450&d.fab.derive=value&d.fab.gw=2&d.fab.start=2027-01&d.fab.full=2028-06&d.fab.shape=linear"},
	{"2026-11_microsoft-neoclouds_deals-off.json", "v=1&data=2026-11&preset=microsoft-neoclouds&d.azure.on=0&d.coreweave.on=0"},
	{"2026-11_anthropic_horizon-2024-01-2040-12.json", "v=1&data=2026-11&preset=anthropic&from=2024-01&to=2040-12"},
	{"2026-11_openai-2025-11_to-2030-12.json", "v=1&data=2026-11&preset=openai-2025-11&to=2030-12"},
	// Vintage 2026-12 (model version 2): every preset.
	{"2026-12_openai-2026-12.json", "v=1&data=2026-12&preset=openai-2026-12"},
	{"2026-12_openai-2025-11.json", "v=1&data=2026-12&preset=openai-2025-11"},
	{"2026-12_aws-only.json", "v=1&data=2026-12&preset=aws-only"},
	{"2026-12_anthropic-2026-12.json", "v=1&data=2026-12&preset=anthropic-2026-12"},
	{"2026-12_microsoft-neoclouds.json", "v=1&data=2026-12&preset=microsoft-neoclouds"},
	{"2026-12_hsbc-2025-11.json", "v=1&data=2026-12&preset=hsbc-2025-11"},
	{"2026-12_meta-2026-12.json", "v=1&data=2026-12&preset=meta-2026-12"},
	{"2026-12_openai-binding.json", "v=1&data=2026-12&preset=openai-binding"},
	{"2026-12_openai-plan-2026-02.json", "v=1&data=2026-12&preset=openai-plan-2026-02"},
	{"2026-12_xai.json", "v=1&data=2026-12&preset=xai"},
	// Vintage 2026-12 with edits, version 2's keys among them.
	{"2026-12_openai-2026-12_pue-1.3_aws-n-450k.json", "v=1&data=2026-12&preset=openai-2026-12&pue=1.3&d.aws.n=450k"},
	{"2026-12_openai-2026-12_sustain-1_finance-lease.json", "v=1&data=2026-12&preset=openai-2026-12&sustain=1&finance=lease"},
	{"2026-12_openai-2026-12_sustain-0_finance-cash.json", "v=1&data=2026-12&preset=openai-2026-12&sustain=0&finance=cash"},
	{"2026-12_openai-2026-12_cash-50B-2026-06.json", "v=1&data=2026-12&preset=openai-2026-12&cash=50B&cash_month=2026-06"},
	{"2026-12_openai-2026-12_funding-events.json", "v=1&data=2026-12&preset=openai-2026-12&f.amazon-contingent.on=1&f.round-2026-03.usd=60B&f.my-1.usd=10B&f.my-1.month=2026-01&f.my-1.name=My%20funding"},
	{"2026-12_anthropic-2026-12_funding-events_aws-sustain-0.json", "v=1&data=2026-12&preset=anthropic-2026-12&f.amazon-milestones.on=1&f.series-h.month=2026-07&d.aws.sustain=0"},
	{"2026-12_default-preset_pue-1.3_seed-7_corr.json", "v=1&data=2026-12&pue=1.3&seed=7&corr=pue:utilization:-0.4,growth:growth_decay:0.6"},
	{"2026-12_openai-2026-12_corr-none.json", "v=1&data=2026-12&preset=openai-2026-12&corr=none"},
	{"2026-12_openai-2026-12_revenue-per-gw.json", "v=1&data=2026-12&preset=openai-2026-12&revenue=per_gw&rev_per_gw=12B&rev_per_gw_trend=0.05&sustain=1"},
}

// indexEntry is one line of testdata/fixtures/INDEX: link, file, date.
type indexEntry struct{ link, file, date string }

func readFixtureIndex(t *testing.T) []indexEntry {
	t.Helper()
	f, err := os.Open(filepath.Join(fixtureDir, "INDEX"))
	if os.IsNotExist(err) {
		return nil
	}
	require.NoError(t, err)
	defer f.Close()
	var out []indexEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<10)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		require.Len(t, fields, 3, "INDEX line %d: want 'LINK FILE DATE'", n)
		out = append(out, indexEntry{fields[0], fields[1], fields[2]})
	}
	require.NoError(t, sc.Err())
	return out
}

const fixtureIndexHeader = `# Fixture links: LINK FILE DATE (UTC date the fixture was recorded).
# Each FILE holds the link and the output of
#   computedeals eval --json --samples 400 --seed 7 LINK
# that the link must keep giving in every later build (to 1e-9 relative).
# Kept forever: never delete or rewrite an entry. New links are added by
#   go test ./cmd/computedeals -run TestFixtureLinks -record-fixtures
# which appends here and never overwrites a file.
`

// fixtureFile is the document of one fixture file.
type fixtureFile struct {
	Link     string          `json:"link"`
	Command  string          `json:"command"`
	Recorded string          `json:"recorded"`
	Note     string          `json:"note"`
	Eval     json.RawMessage `json:"eval"`
}

const fixtureNote = "Kept forever: an old link keeps its numbers. Never regenerate this file; " +
	"if its numbers must change, edit it by hand and say why in the commit message."

// evalFixture runs eval as the command line does, with fixtureArgs.
func evalFixture(t *testing.T, link string, args ...string) []byte {
	t.Helper()
	if args == nil {
		args = fixtureArgs
	}
	stdout, stderr, err := runEvalArgs(t, append(append([]string{}, args...), link)...)
	require.NoError(t, err, "eval %s: %s", link, stderr)
	return []byte(stdout)
}

// recordFixture writes a new fixture file and fails if it exists.
func recordFixture(t *testing.T, file, link, date string) {
	t.Helper()
	out := evalFixture(t, link)
	var b bytes.Buffer
	str := func(s string) string {
		var j bytes.Buffer
		enc := json.NewEncoder(&j)
		enc.SetEscapeHTML(false) // links hold &
		require.NoError(t, enc.Encode(s))
		return strings.TrimSpace(j.String())
	}
	b.WriteString("{\n")
	fmt.Fprintf(&b, "  \"link\": %s,\n", str(link))
	fmt.Fprintf(&b, "  \"command\": %s,\n", str("computedeals eval "+strings.Join(fixtureArgs, " ")+" LINK"))
	fmt.Fprintf(&b, "  \"recorded\": %s,\n", str(date))
	fmt.Fprintf(&b, "  \"note\": %s,\n", str(fixtureNote))
	b.WriteString("  \"eval\": ")
	require.NoError(t, json.Indent(&b, bytes.TrimSpace(out), "  ", "  "))
	b.WriteString("\n}\n")
	path := filepath.Join(fixtureDir, file)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	require.NoError(t, err, "a fixture is never overwritten: %s exists but INDEX does not list %s", path, link)
	_, err = f.Write(b.Bytes())
	require.NoError(t, err)
	require.NoError(t, f.Close())
}

func readFixtureFile(t *testing.T, file string) fixtureFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtureDir, file))
	require.NoError(t, err)
	var fx fixtureFile
	require.NoError(t, json.Unmarshal(data, &fx), file)
	return fx
}

// TestFixtureLinksKeepTheirNumbersAndBands evaluates every fixture link as
// the command line does and compares the JSON with its fixture: strings,
// keys, their order and the structure exactly, numbers to 1e-9 relative.
func TestFixtureLinksKeepTheirNumbersAndBands(t *testing.T) {
	index := readFixtureIndex(t)
	if *recordFixtures {
		require.NoError(t, os.MkdirAll(fixtureDir, 0o755))
		known := map[string]bool{}
		for _, e := range index {
			known[e.link] = true
		}
		date := time.Now().UTC().Format("2006-01-02")
		var add []string
		for _, c := range fixtureLinks {
			if known[c.link] {
				continue
			}
			recordFixture(t, c.file, c.link, date)
			add = append(add, c.link+" "+c.file+" "+date+"\n")
			index = append(index, indexEntry{c.link, c.file, date})
		}
		path := filepath.Join(fixtureDir, "INDEX")
		if _, err := os.Stat(path); os.IsNotExist(err) {
			require.NoError(t, os.WriteFile(path, []byte(fixtureIndexHeader), 0o644))
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o644)
		require.NoError(t, err)
		_, err = io.WriteString(f, strings.Join(add, ""))
		require.NoError(t, err)
		require.NoError(t, f.Close())
		t.Logf("recorded %d new fixture(s)", len(add))
	}

	indexed := map[string]indexEntry{}
	files := map[string]bool{}
	for _, e := range index {
		require.NotContains(t, indexed, e.link, "INDEX lists %s twice", e.link)
		require.False(t, files[e.file], "INDEX names %s twice", e.file)
		indexed[e.link], files[e.file] = e, true
	}
	for _, c := range fixtureLinks {
		e, ok := indexed[c.link]
		require.True(t, ok, "%s has no fixture yet: record it with go test ./cmd/computedeals -run TestFixtureLinks -record-fixtures", c.link)
		require.Equal(t, c.file, e.file, "%s is recorded as %s", c.link, e.file)
	}
	require.NotEmpty(t, index)
	for _, e := range index {
		t.Run(strings.TrimSuffix(e.file, ".json"), func(t *testing.T) {
			require.Contains(t, e.link, "data=", "a link without data follows the newest vintage and is no fixture")
			_, err := time.Parse("2006-01-02", e.date)
			require.NoError(t, err, "INDEX date of %s", e.file)
			fx := readFixtureFile(t, e.file)
			require.Equal(t, e.link, fx.Link, "%s holds another link than INDEX says", e.file)
			require.Equal(t, e.date, fx.Recorded, "%s", e.file)
			want := parseJSONTree(t, fx.Eval)
			got := parseJSONTree(t, evalFixture(t, e.link))
			if diffs := compareJSONTree(want, got, "", nil); len(diffs) > 0 {
				t.Errorf("link %s no longer gives the numbers of %s:\n  %s\n"+
					"An old link keeps its numbers: fix the code, not the fixture. If the change is truly meant "+
					"(a bug that must move old links), edit %s by hand and say why in the commit: "+
					"-update and -record-fixtures never rewrite a fixture.",
					e.link, filepath.Join(fixtureDir, e.file), strings.Join(diffs, "\n  "), filepath.Join(fixtureDir, e.file))
			}
		})
	}
}

// jsonNode is a JSON value that keeps the order of object keys.
type jsonNode struct {
	kind byte // '{', '[', 's' string, 'n' number, 'b' bool, '0' null
	keys []string
	vals []*jsonNode
	str  string
	num  json.Number
	b    bool
}

func (n *jsonNode) get(key string) *jsonNode {
	for i, k := range n.keys {
		if k == key {
			return n.vals[i]
		}
	}
	return nil
}

func (n *jsonNode) String() string {
	switch n.kind {
	case '{':
		return "{…}"
	case '[':
		return fmt.Sprintf("[%d items]", len(n.vals))
	case 's':
		return strconv.Quote(n.str)
	case 'n':
		return n.num.String()
	case 'b':
		return strconv.FormatBool(n.b)
	}
	return "null"
}

func parseJSONTree(t *testing.T, data []byte) *jsonNode {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var read func() (*jsonNode, error)
	read = func() (*jsonNode, error) {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		switch v := tok.(type) {
		case json.Delim:
			n := &jsonNode{kind: byte(v)}
			for dec.More() {
				if v == '{' {
					k, err := dec.Token()
					if err != nil {
						return nil, err
					}
					n.keys = append(n.keys, k.(string))
				}
				c, err := read()
				if err != nil {
					return nil, err
				}
				n.vals = append(n.vals, c)
			}
			_, err := dec.Token() // the closing delimiter
			return n, err
		case string:
			return &jsonNode{kind: 's', str: v}, nil
		case json.Number:
			return &jsonNode{kind: 'n', num: v}, nil
		case bool:
			return &jsonNode{kind: 'b', b: v}, nil
		}
		return &jsonNode{kind: '0'}, nil
	}
	n, err := read()
	require.NoError(t, err)
	_, err = dec.Token()
	require.ErrorIs(t, err, io.EOF, "trailing data after the JSON document")
	return n
}

// sameNumber is equality to 1e-9 relative.
func sameNumber(a, b json.Number) bool {
	if a == b {
		return true
	}
	x, err1 := a.Float64()
	y, err2 := b.Float64()
	if err1 != nil || err2 != nil {
		return false
	}
	return x == y || math.Abs(x-y) <= 1e-9*math.Max(math.Abs(x), math.Abs(y))
}

// compareJSONTree appends the differences of got from want, at most 20.
func compareJSONTree(want, got *jsonNode, path string, diffs []string) []string {
	if len(diffs) >= 20 {
		return diffs
	}
	at := path
	if at == "" {
		at = "(document)"
	}
	if want.kind != got.kind {
		return append(diffs, fmt.Sprintf("%s: got %s, want %s", at, got, want))
	}
	switch want.kind {
	case '{':
		if strings.Join(want.keys, ",") != strings.Join(got.keys, ",") {
			return append(diffs, fmt.Sprintf("%s: got keys %v, want %v", at, got.keys, want.keys))
		}
		for i, k := range want.keys {
			diffs = compareJSONTree(want.vals[i], got.vals[i], joinPath(path, k), diffs)
		}
	case '[':
		if len(want.vals) != len(got.vals) {
			return append(diffs, fmt.Sprintf("%s: got %d items, want %d", at, len(got.vals), len(want.vals)))
		}
		for i := range want.vals {
			diffs = compareJSONTree(want.vals[i], got.vals[i], fmt.Sprintf("%s[%d]", path, i), diffs)
		}
	case 's':
		if want.str != got.str {
			diffs = append(diffs, fmt.Sprintf("%s: got %s, want %s", at, got, want))
		}
	case 'n':
		if !sameNumber(want.num, got.num) {
			diffs = append(diffs, fmt.Sprintf("%s: got %s, want %s", at, got, want))
		}
	case 'b':
		if want.b != got.b {
			diffs = append(diffs, fmt.Sprintf("%s: got %s, want %s", at, got, want))
		}
	}
	return diffs
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// version2Neutral says what each output and input that version 2 added
// must be in a scenario of a vintage of model version 1: the value that
// leaves version 1's arithmetic as it was (no renewals, no financing cost,
// no cash account: its figures null, its flows 0).
var version2Neutral = []struct {
	path *regexp.Regexp
	want string // the node's String()
}{
	{regexp.MustCompile(`^portfolio\.(bands\.)?(sustain_spend_usd|financing_usd)(\.p\d+)?$`), "0"},
	{regexp.MustCompile(`^portfolio\.(bands\.)?(funding_need_usd|min_cash_usd)(\.p\d+)?$`), "null"},
	{regexp.MustCompile(`^portfolio\.(cash_runout_month|min_cash_month)$`), "null"},
	{regexp.MustCompile(`^deals\[\d+\]\.(bands\.)?financing_usd(\.p\d+)?$`), "0"},
	{regexp.MustCompile(`^deals\[\d+\]\.inputs\.sustain\.value$`), `"auto"`},
	{regexp.MustCompile(`^deals\[\d+\]\.inputs\.sustain\.changed$`), "false"},
	// Without a cash account the yearly cash figures have no value
	// (MODEL.md §10), and nothing is renewed.
	{regexp.MustCompile(`^years\[\d+\]\.(bands\.)?sustain_spend_usd(\.p\d+)?$`), "0"},
	{regexp.MustCompile(`^years\[\d+\]\.(bands\.)?(opex_usd|rev_share_usd|funding_usd|net_cash_flow_usd|free_cash_flow_usd|cash_usd)(\.p\d+)?$`), "null"},
	{regexp.MustCompile(`^world\.(sustain|sustain_trend|finance_rate|cash|opex_share|opex_share_late|rev_share|rev_share_cap|rev_per_gw|rev_per_gw_trend)\.value$`), `"0"`},
	{regexp.MustCompile(`^world\.(cash_month|opex_late_month|rev_share_end)\.value$`), `"none"`},
	{regexp.MustCompile(`^world\.finance\.value$`), `"cash"`},
	{regexp.MustCompile(`^world\.revenue\.value$`), `"path"`},
	{regexp.MustCompile(`^world\.(sustain|sustain_trend|finance|finance_rate|cash|cash_month|opex_share|opex_share_late|opex_late_month|rev_share|rev_share_end|rev_share_cap|revenue|rev_per_gw|rev_per_gw_trend)\.changed$`), "false"},
	{regexp.MustCompile(`^published$`), "[0 items]"},
	{regexp.MustCompile(`^funding$`), "[0 items]"},
}

// checkVersion2Neutral checks every value of got that version2Neutral
// names.
func checkVersion2Neutral(got *jsonNode, path string, diffs []string) []string {
	if (got.kind == '{' || got.kind == '[') && len(got.vals) > 0 {
		for i, c := range got.vals {
			p := fmt.Sprintf("%s[%d]", path, i)
			if got.kind == '{' {
				p = joinPath(path, got.keys[i])
			}
			diffs = checkVersion2Neutral(c, p, diffs)
		}
		return diffs
	}
	for _, n := range version2Neutral {
		if n.path.MatchString(path) && got.String() != n.want {
			diffs = append(diffs, fmt.Sprintf("%s (a version-2 output): got %s, want %s", path, got, n.want))
		}
	}
	return diffs
}

// compareBeforeV2 checks that every value of before (the output of a build
// before version 2) is in got unchanged, and that each value got has and
// before lacks is a version-2 output at its neutral value.
func compareBeforeV2(before, got *jsonNode, path string, diffs []string) []string {
	if len(diffs) >= 20 {
		return diffs
	}
	if before == nil {
		if got.kind == '{' || (got.kind == '[' && len(got.vals) > 0) {
			for i, c := range got.vals {
				p := fmt.Sprintf("%s[%d]", path, i)
				if got.kind == '{' {
					p = joinPath(path, got.keys[i])
				}
				diffs = compareBeforeV2(nil, c, p, diffs)
			}
			return diffs
		}
		for _, n := range version2Neutral {
			if n.path.MatchString(path) {
				if got.String() != n.want {
					diffs = append(diffs, fmt.Sprintf("%s (added by version 2): got %s, want %s", path, got, n.want))
				}
				return diffs
			}
		}
		return append(diffs, fmt.Sprintf("%s: %s is not in the output from before version 2 and is no known version-2 output", path, got))
	}
	switch before.kind {
	case '{':
		if got.kind != '{' {
			return append(diffs, fmt.Sprintf("%s: got %s, want an object", path, got))
		}
		for i, k := range before.keys {
			g := got.get(k)
			if g == nil {
				diffs = append(diffs, fmt.Sprintf("%s: missing", joinPath(path, k)))
				continue
			}
			diffs = compareBeforeV2(before.vals[i], g, joinPath(path, k), diffs)
		}
		for i, k := range got.keys {
			if before.get(k) == nil {
				diffs = compareBeforeV2(nil, got.vals[i], joinPath(path, k), diffs)
			}
		}
		return diffs
	case '[':
		if got.kind != '[' || len(got.vals) != len(before.vals) {
			return append(diffs, fmt.Sprintf("%s: got %s, want %s", path, got, before))
		}
		for i := range before.vals {
			diffs = compareBeforeV2(before.vals[i], got.vals[i], fmt.Sprintf("%s[%d]", path, i), diffs)
		}
		return diffs
	}
	return compareJSONTree(before, got, path, diffs)
}

// TestVersion2LeavesVintage202611Alone proves that model version 2 left
// the links of vintage 2026-11 (model version 1) as they were: for every
// fixture of 2026-11, each figure (portfolio, deals, years, their bands,
// the thresholds) of the output recorded before version 2 is unchanged,
// and each output version 2 added holds its version-1 value: renewal spend
// and financing 0, cash figures null, the cash flows 0.
//
// testdata/fixtures/before-v2 holds, per 2026-11 fixture, the output of
// eval --json --samples 400 --seed 7 built from commit 8fe97d2 (the last
// before version 2's first change). A 2026-11 fixture recorded later has
// no such file; its own recorded output stands in.
func TestVersion2LeavesVintage202611Alone(t *testing.T) {
	n, old := 0, 0
	for _, e := range readFixtureIndex(t) {
		if !strings.Contains("&"+e.link+"&", "&data=2026-11&") {
			continue
		}
		n++
		t.Run(strings.TrimSuffix(e.file, ".json"), func(t *testing.T) {
			var before *jsonNode
			data, err := os.ReadFile(filepath.Join(fixtureDir, "before-v2", e.file))
			if err == nil {
				old++
				var fx fixtureFile
				require.NoError(t, json.Unmarshal(data, &fx))
				require.Equal(t, e.link, fx.Link)
				before = parseJSONTree(t, fx.Eval)
			} else {
				require.True(t, os.IsNotExist(err), err)
				before = parseJSONTree(t, readFixtureFile(t, e.file).Eval)
				for _, k := range []string{"portfolio", "years"} {
					require.NotNil(t, before.get(k), k)
				}
			}
			got := parseJSONTree(t, evalFixture(t, e.link))
			diffs := compareBeforeV2(before, got, "", nil)
			diffs = checkVersion2Neutral(got, "", diffs)
			if len(diffs) > 0 {
				t.Errorf("version 2 changed the link %s of vintage 2026-11:\n  %s", e.link, strings.Join(diffs, "\n  "))
			}
		})
	}
	require.NotZero(t, n, "no fixture of vintage 2026-11")
	require.NotZero(t, old, "no output from before version 2")
}
