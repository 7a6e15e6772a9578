package page

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every input of a scenario, world, funding, accelerator and deal alike,
// has a control in the page once its panel is open: a key added to the
// registry cannot be missing from the page.
func TestEveryInputHasAControl(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11&preset=openai-2025-11&cash_month=2026-01&f.r.usd=1B&f.r.month=2026-06"+
		"&d.mine.kind=owned&d.mine.accel=mi450&d.mine.derive=value&d.mine.gw=1&d.mine.start=2027-01&d.mine.full=2028-01&d.mine.shape=linear")
	a.Handle(Event{Type: "toggle", Key: "others", Value: "1"})
	for _, d := range a.s.Portfolio.Deals {
		a.Handle(Event{Type: "toggle", Key: "edit-" + d.ID, Value: "1"})
	}
	for _, ac := range a.s.Portfolio.Accelerators {
		a.Handle(Event{Type: "toggle", Key: "accel-" + ac.ID, Value: "1"})
	}
	a.Render(0)
	controls := map[string]bool{}
	for _, n := range a.View().FindAll(func(n *Node) bool { _, ok := n.Attr("data-input"); return ok }) {
		k, _ := n.Attr("data-input")
		controls[k] = true
	}
	outputs := map[string]bool{}
	for _, n := range a.View().FindAll(func(n *Node) bool { _, ok := n.Attr("id"); return ok }) {
		id, _ := n.Attr("id")
		outputs[id] = true
	}
	for _, in := range a.s.Inputs() {
		if in.Derived {
			assert.True(t, outputs["t-"+in.Key], "the derived %s is not shown", in.Key)
			continue
		}
		assert.True(t, controls[in.Key], "no control for %s", in.Key)
	}
}

// Copy link copies an address that pastes into an address bar; Copy
// summary copies the title, that address and the summary in words.
func TestCopyLinkCopiesTheAddressAlone(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11&preset=aws-only&d.aws.n=450k")
	const page = "https://example.org/"
	link := a.CopyText(page)
	assert.Equal(t, page+"#v=1&data=2026-11&preset=aws-only&d.aws.n=450k", link)
	assert.NotContains(t, link, "\n")
	sum := a.SummaryText(page)
	assert.True(t, strings.HasPrefix(sum, a.Title()+"\n"+link+"\n\n"), sum)
	assert.Contains(t, sum, a.Summary())
}

// A link with hundreds of problems is a notice of a few lines: repeats
// are grouped and everything past the first five folds away.
func TestANoticeGroupsRepeatsAndFoldsTheRest(t *testing.T) {
	a := newApp(t, "")
	link := "#v=1&data=2026-11"
	for i := range 300 {
		link += "&nope" + strconv.Itoa(i) + "=1"
	}
	link += "&pue=abc&load=xyz&life=-1&growth=q&d.aws.n=lots&utilization=7&d.nope.on=1"
	a.Handle(Event{Type: "link", Value: link})
	a.Render(1000)
	n := a.prev.Find(func(n *Node) bool { v, _ := n.Attr("class"); return v == "notice" })
	require.NotNil(t, n)
	items := n.FindAll(func(n *Node) bool { return n.Tag == "li" })
	assert.LessOrEqual(t, len(items), 12, "every problem is in the notice, grouped")
	all := ""
	for _, it := range items {
		all += it.TextContent() + "\n"
	}
	assert.Contains(t, all, "300 keys (nope0, nope1")
	assert.NotNil(t, n.Find(func(n *Node) bool { return n.Tag == "details" }), "past five, the rest folds")
}

// Loading a preset over edits says so and offers them back; Undo in the
// notice brings them back and closes it.
func TestAPresetOverEditsOffersUndo(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11&preset=openai-2025-11&pue=1.3&d.aws.n=450k")
	a.Handle(Event{Type: "input", Key: "preset", Value: "aws-only", Phase: "commit"})
	a.Render(1000)
	n := a.prev.Find(func(n *Node) bool { v, _ := n.Attr("class"); return v == "notice" })
	require.NotNil(t, n)
	assert.Contains(t, n.TextContent(), "2 changes")
	undo := n.Find(func(n *Node) bool { v, _ := n.Attr("data-act"); return v == "undo" })
	require.NotNil(t, undo, "the notice offers Undo")
	a.Handle(Event{Type: "act", Key: "undo"})
	a.Render(2000)
	assert.Equal(t, "v=1&data=2026-11&preset=openai-2025-11&pue=1.3&d.aws.n=450k", a.link)
	assert.Nil(t, a.prev.Find(func(n *Node) bool { v, _ := n.Attr("class"); return v == "notice" }))
}

// The first link's problems cannot be undone: the notice does not say
// they can.
func TestTheOpeningLinksNoticeOffersNoUndo(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11&pue=abc")
	n := a.prev.Find(func(n *Node) bool { v, _ := n.Attr("class"); return v == "notice" })
	require.NotNil(t, n)
	assert.NotContains(t, n.TextContent(), "Undo")
}

// Sliders land on round numbers: every position's value is the roundest
// the position holds, reads back as that position, and the AWS slider can
// land on 450k exactly (it stepped 449k ↔ 451k).
func TestSlidersLandOnRoundValues(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11")
	for _, key := range []string{"d.aws.n", "pue", "growth", "d.azure.price", "life", "facility_capex"} {
		in, err := a.s.Input(key)
		require.NoError(t, err)
		sc := a.sliderScale(in)
		hit450k := false
		for p := 0.0; p <= SliderSteps; p++ {
			v := sc.value(p)
			assert.Equal(t, p, sc.pos(v), "%s: position %v gives %v, which reads back elsewhere", key, p, v)
			assert.LessOrEqual(t, len(strings.TrimLeft(strings.ReplaceAll(strconv.FormatFloat(math.Abs(v), 'e', -1, 64), ".", ""), "0")), 12)
			hit450k = hit450k || v == 450000
		}
		if key == "d.aws.n" {
			assert.True(t, hit450k, "the AWS slider reaches 450k")
		}
	}
}

// Each chart downloads as a tidy CSV: one header row, a column per
// series, plain numbers; file names carry the preset and a hash of the
// link.
func TestEachChartDownloadsAsATidyCSV(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-12&pue=1.3")
	for _, id := range []string{"cash", "gw", "spend", "gap", "accel", "build"} {
		var f struct{ Name, Mime, Text string }
		require.NoError(t, json.Unmarshal([]byte(a.Download("csv:"+id, "https://example.org/")), &f), id)
		assert.Equal(t, "text/csv", f.Mime)
		assert.True(t, strings.HasPrefix(f.Name, "computedeals-openai-2026-12-"+shortHash(a.link)+"-"+id), f.Name)
		recs, err := csv.NewReader(strings.NewReader(f.Text)).ReadAll()
		require.NoError(t, err, id)
		require.Greater(t, len(recs), 5, id)
		for _, cells := range recs[1:] {
			assert.Len(t, cells, len(recs[0]), "%s: %q", id, cells)
			for _, c := range cells[1:] {
				if c != "" {
					_, err := strconv.ParseFloat(c, 64)
					assert.NoError(t, err, "%s: %q is a plain number", id, c)
				}
			}
		}
	}
	assert.NotEqual(t, shortHash("a"), shortHash("b"))
}

// Forty presses of an arrow key on a slider are one undo step and one
// history entry, as one drag is; Undo then returns to before the first.
func TestARunOfKeyPressesIsOneStep(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11")
	in, err := a.s.Input("pue")
	require.NoError(t, err)
	sc := a.sliderScale(in)
	p0 := sc.pos(a.s.Num(in))
	before, undo := a.link, len(a.hist.undo)
	pushes := 0
	now := 1000.0
	for i := 1; i <= 40; i++ {
		pos := strconv.FormatFloat(p0+float64(i), 'f', 0, 64)
		a.Handle(Event{Type: "input", Key: "pue", Value: pos, Phase: "slide"})
		a.Handle(Event{Type: "input", Key: "pue", Value: pos, Phase: "commit"})
		now += 120 // a key repeating every 120 ms
		if f := a.Render(now); f.URLMode == "push" {
			pushes++
		}
	}
	assert.Equal(t, undo+1, len(a.hist.undo), "one undo step")
	assert.LessOrEqual(t, pushes, 1, "one history entry")
	assert.NotEqual(t, before, a.link)
	a.Handle(Event{Type: "act", Key: "undo"})
	a.Render(now + 100)
	assert.Equal(t, before, a.link)

	// A press after a pause (frames go on meanwhile) is a step of its own.
	press := func(p float64, at float64) {
		v := strconv.FormatFloat(p, 'f', 0, 64)
		a.Handle(Event{Type: "input", Key: "pue", Value: v, Phase: "slide"})
		a.Handle(Event{Type: "input", Key: "pue", Value: v, Phase: "commit"})
		a.Render(at)
	}
	press(p0+5, now+200)
	press(p0+6, now+300)
	a.Render(now + 3300)
	press(p0+7, now+3400)
	assert.Equal(t, undo+2, len(a.hist.undo), "two runs apart are two steps")
}

// An exported chart names the sites its figures come from.
func TestExportedChartsCarryTheirSources(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-12")
	var f struct{ Name, Text string }
	require.NoError(t, json.Unmarshal([]byte(a.Download("png:spend", "https://example.org/")), &f))
	assert.Contains(t, f.Text, "sources: ")
	assert.Contains(t, f.Text, "openai.com", "the parties' own announcements among them")
}

// A comparison travels in the link: pinning A writes A's keys under
// pin., and opening that link restores A beside B.
func TestAComparisonIsInTheLink(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11&preset=aws-only")
	a.Handle(Event{Type: "act", Key: "pin"})
	a.Handle(Event{Type: "input", Key: "pue", Value: "1.3", Phase: "type"})
	f := a.Render(1000)
	want := "v=1&data=2026-11&preset=aws-only&pue=1.3&pin.v=1&pin.data=2026-11&pin.preset=aws-only"
	assert.Equal(t, want, f.Link)
	assert.Contains(t, a.CopyText("https://e/"), want)

	b := newApp(t, "#"+want)
	require.NotNil(t, b.cmp.pinned, "the link restores the comparison")
	assert.Equal(t, "v=1&data=2026-11&preset=aws-only", b.cmp.link)
	assert.Equal(t, "v=1&data=2026-11&preset=aws-only&pue=1.3", b.link)
	assert.Nil(t, b.notice, "pin. keys are no problem")
	b.Handle(Event{Type: "act", Key: "unpin"})
	assert.Equal(t, "v=1&data=2026-11&preset=aws-only&pue=1.3", b.Render(2000).Link)

	// The command line reads the link's own scenario and leaves A alone.
	s, probs := scenario.Decode(library.Default(), want)
	assert.Empty(t, probs)
	assert.Equal(t, "v=1&data=2026-11&preset=aws-only&pue=1.3", s.Link())
}
