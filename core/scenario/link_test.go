package scenario_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

const head = "v=1&data=2026-11&preset=openai-2025-11"

// newHead is the default view: the newest vintage's first preset, what a
// link without data or preset reads.
const newHead = "v=1&data=2026-12&preset=openai-2026-12"

// userDeal is a complete deal of the user's own, as Link writes it.
const userDeal = "d.mine.kind=cloud&d.mine.buyer=OpenAI&d.mine.provider=Acme%20Cloud&d.mine.on=1&d.mine.accel=h100" +
	"&d.mine.derive=value&d.mine.price=1.8&d.mine.n=50k&d.mine.start=2026-03&d.mine.full=2026-09&d.mine.term=36&d.mine.shape=scurve"

const ownedUserDeal = "d.fab.kind=owned&d.fab.buyer=OpenAI&d.fab.provider=My%20provider&d.fab.on=1&d.fab.accel=mi450" +
	"&d.fab.derive=value&d.fab.price=auto&d.fab.gw=2&d.fab.start=2027-01&d.fab.full=2029-12&d.fab.shape=step"

// canonicalLinks are links exactly as Link writes them.
var canonicalLinks = []string{
	head,
	"v=1&data=2026-11&preset=openai-2026-11",
	"v=1&data=2026-11&preset=aws-only",
	"v=1&data=2026-11&preset=anthropic",
	"v=1&data=2026-11&preset=microsoft-neoclouds",
	head + "&pue=1.3&d.aws.n=450k&d.azure.on=0",
	head + "&pue=1.3&load=0.9&power_price=85&facility_capex=12.5&life=6&utilization=0.35&discount_rate=0.1" +
		"&valuation_month=2026-01&arr=25B&arr_month=2026-06&growth=0.8&growth_decay=0.3&from=2024-01&to=2040-12&seed=42",
	head + "&pue.range=1.1..1.4&load.range=none&seed=7",
	head + "&a.gb300.it_kw=1.9&a.gb300.capex=65k&a.rubin.fp8=10&a.rubin.fp8.range=6..14",
	head + "&d.aws.derive=value&d.aws.price=2",
	head + "&d.aws.gw=1",
	head + "&d.aws.n.range=250k..400k&d.aws.start=2026-01&d.aws.full=2027-06&d.aws.term=96&d.aws.shape=scurve",
	head + "&d.azure.derive=price&d.azure.n=2M",
	head + "&d.nvidia.on=0&d.amd.price=90k&d.broadcom.derive=price&d.broadcom.value=350B",
	head + "&d.google.on=1&d.google.price.range=1.5..2.5",
	head + "&" + userDeal,
	head + "&" + strings.Replace(userDeal, "&d.mine.price=1.8", "&d.mine.price=1.8&d.mine.price.range=1.2..2.4", 1) + "&" + ownedUserDeal,
	"v=1&data=2026-11&preset=anthropic&growth=1.5&d.anthropic-azure.on=0",
}

func decodeClean(t *testing.T, link string) *scenario.Scenario {
	t.Helper()
	s, probs := scenario.Decode(library.Default(), link)
	require.Empty(t, probs, "%q", link)
	return s
}

func TestDecodeThenLinkIsIdentityOnCanonicalLinks(t *testing.T) {
	for _, link := range canonicalLinks {
		t.Run(link, func(t *testing.T) {
			s := decodeClean(t, link)
			assert.Equal(t, link, s.Link())
			_, err := s.Evaluate()
			require.NoError(t, err)
		})
	}
}

func TestMessyLinksBecomeCanonical(t *testing.T) {
	cases := []struct {
		name, link, want string
	}{
		{"empty", "", newHead},
		{"just a hash", "#", newHead},
		{"no version, vintage or preset", "pue=1.3", newHead + "&pue=1.3"},
		{"keys out of order", "d.azure.on=0&pue=1.3&d.aws.n=450000&v=1", newHead + "&pue=1.3&d.aws.n=450k&d.azure.on=0"},
		{"preset before data", "preset=aws-only&data=2026-11&v=1", "v=1&data=2026-11&preset=aws-only"},
		{"a fragment with its hash", "#v=1&pue=1.3", newHead + "&pue=1.3"},
		{"a whole URL", "https://example.org/explorer/?q=1#v=1&pue=1.3", newHead + "&pue=1.3"},
		{"surrounding spaces", "  #pue=1.3 \n", newHead + "&pue=1.3"},
		{"empty pairs", "&&v=1&&pue=1.3&", newHead + "&pue=1.3"},
		{"percent-encoded key and value", "p%75e=1%2E3", newHead + "&pue=1.3"},
		{"lower-case hex", "d.mine.kind=cloud&d.mine.provider=%3cAcme%3e" + strings.TrimPrefix(userDeal, "d.mine.kind=cloud&d.mine.buyer=OpenAI&d.mine.provider=Acme%20Cloud"),
			newHead + "&" + strings.Replace(userDeal, "Acme%20Cloud", "%3CAcme%3E", 1)},
		{"numbers in other spellings", "d.aws.n=0.45M&arr=2.5e10&pue=1.30", newHead + "&pue=1.3&arr=25B&d.aws.n=450k"},
		{"values equal to the defaults", "d.aws.on=1&d.aws.n=300000&pue=1.2&pue.range=1.1..1.5&seed=1", newHead},
		{"a derive set to what it was", "d.aws.derive=price", newHead},
		{"the quantities after their derive", "d.aws.price=2&d.aws.derive=value", newHead + "&d.aws.derive=value&d.aws.price=2"},
		{"user deal fields in any order", reverse(userDeal), newHead + "&" + userDeal},
		{"a raw unicode name", "d.mine.provider=Société Générale" + strings.TrimPrefix(userDeal, "d.mine.kind=cloud&d.mine.buyer=OpenAI&d.mine.provider=Acme%20Cloud") + "&d.mine.kind=cloud",
			newHead + "&" + strings.Replace(userDeal, "Acme%20Cloud", "Soci%C3%A9t%C3%A9%20G%C3%A9n%C3%A9rale", 1)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, probs := scenario.Decode(library.Default(), c.link)
			assert.Empty(t, probs)
			assert.Equal(t, c.want, s.Link())
			assert.Equal(t, c.want, decodeClean(t, c.want).Link(), "the canonical form is a fixed point")
		})
	}
}

// reverse turns the order of a link's pairs around.
func reverse(link string) string {
	parts := strings.Split(link, "&")
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, "&")
}

func TestEveryProblemNamesKeyValueAndWhatIsAllowed(t *testing.T) {
	const rest = "&pue=1.3" // the valid part that every case must keep
	cases := []struct {
		name    string
		link    string
		key     string
		value   string
		allowed string // a part of the message that says what is allowed
	}{
		{"unknown key", "colour=red", "colour", "red", "unknown key"},
		{"unknown deal field", "d.aws.colour=red", "d.aws.colour", "red", "unknown key"},
		{"key that is not a key", "d..n=1", "d..n", "1", "unknown key"},
		{"upper-case id", "d.AWS.n=1", "d.AWS.n", "1", "unknown key"},
		{"too deep a key", "d.aws.n.x.y=1", "d.aws.n.x.y", "1", "unknown key"},
		{"key without value", "pue", "pue", "", "write key=value"},
		{"bad number", "load=abc", "load", "abc", "plain decimal"},
		{"number with a unit", "d.aws.n=450k%20GPUs", "d.aws.n", "450k GPUs", "plain decimal"},
		{"NaN", "load=NaN", "load", "NaN", "plain decimal"},
		{"infinity", "load=1e999", "load", "1e999", "plain decimal"},
		{"out of range", "load=1.5", "load", "1.5", "allowed 5% to 100%"},
		{"negative count", "d.aws.n=-5", "d.aws.n", "-5", "allowed 1.00 to 1.00B"},
		{"term not whole", "d.aws.term=84.5", "d.aws.term", "84.5", "whole number"},
		{"term on an owned deal", "d.nvidia.term=60", "d.nvidia.term", "60", "unknown key"},
		{"bad month", "d.aws.start=2025-13", "d.aws.start", "2025-13", "YYYY-MM between 2000-01 and 2099-12"},
		{"month out of bounds", "valuation_month=1999-12", "valuation_month", "1999-12", "YYYY-MM between 2000-01 and 2099-12"},
		{"month out of order", "d.aws.full=2025-01", "d.aws.full", "2025-01", "before d.aws.start (2025-11)"},
		{"ramp too long", "d.aws.start=2030-01&d.aws.full=2099-12", "d.aws.full", "2099-12", "50 years or more after d.aws.start"},
		{"horizon out of order", "from=2030-01&to=2029-12", "to", "2029-12", "before from (2030-01)"},
		{"horizon too long", "from=2000-01&to=2099-12", "to", "2099-12", "more than 50 years"},
		{"unknown deal", "d.nope.n=5", "d.nope.n", "5", "d.nope.kind=cloud or owned"},
		{"unknown accelerator", "a.nope.it_kw=1", "a.nope.it_kw", "1", "no accelerator of that id"},
		{"deal on an unknown accelerator", "d.aws.accel=h200", "d.aws.accel", "h200", "one of h100, gb200, gb300"},
		{"bad shape", "d.aws.shape=zigzag", "d.aws.shape", "zigzag", "one of linear, scurve, step"},
		{"bad switch", "d.aws.on=yes", "d.aws.on", "yes", "0 or 1"},
		{"bad derive", "d.aws.derive=all", "d.aws.derive", "all", "one of value, price, size"},
		{"bad version", "v=one", "v", "one", "reads 1 to 1"},
		{"unknown vintage", "data=2020-01", "data", "2020-01", "this build knows 2026-11"},
		{"unknown preset", "preset=nope", "preset", "nope", "openai-2025-11, openai-2026-11, aws-only, anthropic, microsoft-neoclouds"},
		{"derived quantity set without derive", "d.aws.price=2", "d.aws.price", "2", "set d.aws.derive to another quantity"},
		{"derived size in the other unit", "d.azure.gw=5", "d.azure.gw", "5", "set d.azure.derive"},
		{"derive change without the needed quantity", "d.aws.derive=size", "d.aws.derive", "size", "needs d.aws.price"},
		{"duplicate key", "pue=1.3&pue=1.4", "pue", "1.4", "the first is used"},
		{"size given twice", "d.aws.n=400k&d.aws.gw=1", "d.aws.gw", "1", "give n or gw, not both"},
		{"bad percent-encoding", "load=%ZZ", "load", "%ZZ", "percent-encoding"},
		{"percent at the end", "load=0.9%", "load", "0.9%", "percent-encoding"},
		{"percent-encoding of invalid UTF-8", "load=%C3%28", "load", "%C3%28", "percent-encoding"},
		{"user deal without kind", "d.mine.n=5", "d.mine.n", "5", "d.mine.kind=cloud or owned"},
		{"user deal of an unknown kind", "d.mine.kind=rented", "d.mine.kind", "rented", "cloud or owned"},
		{"kind of a library deal", "d.aws.kind=owned", "d.aws.kind", "owned", "only on your own deals"},
		{"buyer of a library deal", "d.aws.buyer=Me", "d.aws.buyer", "Me", "only on your own deals"},
		{"auto price on a cloud deal", "d.stargate-uae.price=auto", "d.stargate-uae.price", "auto", "owned deals only"},
		{"range backwards", "load.range=0.9..0.6", "load.range", "0.9..0.6", "low is above high"},
		{"range out of bounds", "load.range=0.01..0.9", "load.range", "0.01..0.9", "allowed 5% to 100%"},
		{"range that is not one", "load.range=wide", "load.range", "wide", "write low..high, like 0.64..1"},
		{"range on a derived quantity", "d.aws.price.range=1..3", "d.aws.price.range", "1..3", "not derived carry a range"},
		{"range on a month", "d.aws.start.range=abc", "d.aws.start.range", "abc", "numeric inputs"},
		{"range on the seed", "seed.range=1..9", "seed.range", "1..9", "numeric inputs"},
		{"range on the unused size unit", "d.aws.gw.range=0.5..1", "d.aws.gw.range", "0.5..1", "set d.aws.n.range instead"},
		{"seed not whole", "seed=1.5", "seed", "1.5", "whole number"},
		{"name with a control character", "d.mine.kind=cloud&d.mine.provider=a%00b", "d.mine.provider", "a\x00b", "control or invisible"},
		{"name with a right-to-left mark", "d.mine.kind=cloud&d.mine.provider=ab%E2%80%8F", "d.mine.provider", "ab\u200f", "control or invisible"},
		{"name with a bidi override", "d.mine.kind=cloud&d.mine.provider=ab%E2%80%AEc", "d.mine.provider", "ab\u202ec", "control or invisible"},
		{"name with a zero-width space", "d.mine.kind=cloud&d.mine.provider=a%E2%80%8Bb", "d.mine.provider", "a\u200bb", "control or invisible"},
		{"name with a soft hyphen", "d.mine.kind=cloud&d.mine.provider=a%C2%ADb", "d.mine.provider", "a\u00adb", "control or invisible"},
		{"empty name", "d.mine.kind=cloud&d.mine.buyer=", "d.mine.buyer", "", "must not be empty"},
		{"name too long", "d.mine.kind=cloud&d.mine.buyer=" + strings.Repeat("x", 49), "d.mine.buyer", strings.Repeat("x", 40) + "…", "longer than 48"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// The messages name vintage 2026-11's deals, accelerators and
			// presets: the link names it, unless it is about data.
			link := c.link + rest
			if !strings.Contains(link, "data=") {
				link = "data=2026-11&" + link
			}
			s, probs := scenario.Decode(library.Default(), link)
			p := findProblem(probs, c.key)
			require.NotNil(t, p, "no problem for %s among %v", c.key, probs)
			assert.Equal(t, c.value, p.Value)
			assert.Contains(t, p.Msg, c.allowed)
			assert.False(t, p.Fatal)
			assert.True(t, utf8.ValidString(p.Error()))
			assert.Contains(t, s.Link(), "&pue=1.3", "the valid rest is kept")
			assert.Empty(t, model.Check(&s.Portfolio))
		})
	}
}

func findProblem(probs []*scenario.Problem, key string) *scenario.Problem {
	for _, p := range probs {
		if p.Key == key {
			return p
		}
	}
	return nil
}

// Names are checked with strconv.IsPrint, which keeps main.wasm free of
// the unicode category tables; it must refuse exactly what
// unicode.IsPrint refuses.
func TestNamePrintabilityIsUnicodes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if strconv.IsPrint(r) != unicode.IsPrint(r) {
			t.Fatalf("strconv.IsPrint(%U) = %v, unicode.IsPrint = %v", r, strconv.IsPrint(r), unicode.IsPrint(r))
		}
	}
}

func TestLinksThatCannotBeReadShowTheDefaultView(t *testing.T) {
	cases := []struct {
		name, link, key, value, allowed string
	}{
		// A newer format may mean something else by the same keys: nothing of
		// it is applied.
		{"a future format version", "v=2&pue=1.3", "v", "2", "formats up to 1"},
		{"longer than 8 KiB", "pue=1.3&" + strings.Repeat("&", scenario.MaxLinkLen), "", "", "at most 8192"},
		{"more keys than allowed", manyKeys(scenario.MaxPairs + 1), "", "", "more than 1000 keys"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, probs := scenario.Decode(library.Default(), c.link)
			require.Len(t, probs, 1)
			p := probs[0]
			assert.Equal(t, c.key, p.Key)
			assert.Equal(t, c.value, p.Value)
			assert.Contains(t, p.Msg, c.allowed)
			assert.True(t, p.Fatal)
			assert.Equal(t, newHead, s.Link())
		})
	}
	t.Run("exactly 8 KiB is read", func(t *testing.T) {
		link := "pue=1.3" + strings.Repeat("&", scenario.MaxLinkLen-len("pue=1.3"))
		require.Len(t, link, scenario.MaxLinkLen)
		assert.Equal(t, newHead+"&pue=1.3", decodeClean(t, link).Link())
	})
}

// manyKeys writes a link of n different unknown keys.
func manyKeys(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "k%d=1&", i)
	}
	return b.String()
}

func TestNamesStayLiteralText(t *testing.T) {
	const hostile = `<img src=x onerror=alert(1)>`
	link := "d.mine.kind=cloud&d.mine.buyer=" + escape(hostile) + "&d.mine.provider=" + escape(`"'&amp;</script>`)
	s, probs := scenario.Decode(library.Default(), link)
	for _, p := range probs {
		assert.Contains(t, p.Msg, "missing", "only the fields left out are problems")
	}
	i := s.DealIndex("mine")
	require.GreaterOrEqual(t, i, 0)
	d := s.Portfolio.Deals[i]
	assert.Equal(t, hostile, d.Buyer)
	assert.Equal(t, `"'&amp;</script>`, d.Provider)
	out := s.Link()
	assert.NotContains(t, out, "<")
	assert.NotContains(t, out, `"`)
	assert.Contains(t, out, "d.mine.buyer=%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E")
	again := decodeClean(t, out)
	assert.Equal(t, hostile, again.Portfolio.Deals[again.DealIndex("mine")].Buyer)
}

// escape percent-encodes every byte, as a careless encoder might.
func escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteString("%")
		b.WriteString(strings.ToUpper(string("0123456789abcdef"[s[i]>>4]) + string("0123456789abcdef"[s[i]&15])))
	}
	return b.String()
}

func TestValidRestIsKeptBesideManyProblems(t *testing.T) {
	link := "v=1&colour=red&pue=1.3&load=2&d.aws.n=450k&d.aws.price=2&d.nope.on=1&d.azure.on=0&a.gb300.it_kw=abc&seed=9"
	s, probs := scenario.Decode(library.Default(), link)
	keys := make([]string, len(probs))
	for i, p := range probs {
		keys[i] = p.Key
	}
	assert.ElementsMatch(t, []string{"colour", "load", "d.aws.price", "d.nope.on", "a.gb300.it_kw"}, keys)
	assert.Equal(t, newHead+"&pue=1.3&seed=9&d.aws.n=450k&d.azure.on=0", s.Link(), "a link without data reads the newest vintage")
}

func TestRangesAndSeedRoundTrip(t *testing.T) {
	s := decodeClean(t, head+"&pue.range=1.15..1.35&load.range=none&seed=123456789&d.aws.n.range=100k..1M")
	in, err := s.Input("pue")
	require.NoError(t, err)
	r, ok := s.Range(in)
	require.True(t, ok)
	assert.Equal(t, scenario.Range{Low: 1.15, High: 1.35}, r)
	in, _ = s.Input("load")
	_, ok = s.Range(in)
	assert.False(t, ok, "none removes the library's range")
	in, _ = s.Input("d.aws.n")
	r, _ = s.Range(in)
	assert.Equal(t, scenario.Range{Low: 100e3, High: 1e6}, r)
	assert.Equal(t, uint64(123456789), s.Seed)
	assert.Equal(t, head+"&pue.range=1.15..1.35&load.range=none&seed=123456789&d.aws.n.range=100k..1M", s.Link())

	t.Run("the largest seed", func(t *testing.T) {
		s := decodeClean(t, head+"&seed=9007199254740991")
		assert.Equal(t, uint64(1<<53-1), s.Seed)
		assert.Equal(t, head+"&seed=9007199254740991", s.Link())
	})
	t.Run("a range may be a single point", func(t *testing.T) {
		assert.Equal(t, head+"&pue.range=1.3..1.3", decodeClean(t, head+"&pue.range=1.3..1.3").Link())
	})
}

func TestFragmentFindsTheLinkInAURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://x.org/#v=1&pue=1.3": "v=1&pue=1.3",
		"#v=1":                       "v=1",
		"v=1":                        "v=1",
		"https://x.org/":             "",
		" #a=b#c ":                   "a=b#c",
	} {
		assert.Equal(t, want, scenario.Fragment(in), in)
	}
}

func BenchmarkDecodeLink(b *testing.B) {
	cat := library.Default()
	link := head + "&pue=1.3&pue.range=1.1..1.4&seed=7&d.aws.n=450k&d.azure.on=0&d.nvidia.derive=price&d.nvidia.value=400B&" + userDeal
	b.ReportAllocs()
	for b.Loop() {
		if _, probs := scenario.Decode(cat, link); len(probs) > 0 {
			b.Fatal(probs)
		}
	}
}

func BenchmarkLink(b *testing.B) {
	s, probs := scenario.Decode(library.Default(), head+"&pue=1.3&pue.range=1.1..1.4&seed=7&d.aws.n=450k&d.azure.on=0&d.nvidia.derive=price&d.nvidia.value=400B&"+userDeal)
	if len(probs) > 0 {
		b.Fatal(probs)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = s.Link()
	}
}
