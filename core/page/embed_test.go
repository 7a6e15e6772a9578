package page

import (
	"strings"
	"testing"

	"github.com/computedeals/explorer/core/library"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEmbedFromReadsTheRouteAndItsChart(t *testing.T) {
	for _, c := range []struct {
		href, id string
		embed    bool
	}{
		{"https://e.org/", "", false},
		{"https://e.org/?chart=cash#v=1", "", false},
		{"https://e.org/embed.html?chart=cash#v=1&d.aws.n=450k", "cash", true},
		{"https://e.org/sub/embed.html?x=1&chart=spend", "spend", true},
		{"https://e.org/embed.html", "", true},
		{"https://e.org/embed.html#chart=cash", "", true},
		{"https://e.org/notembed.html?chart=cash", "", false},
	} {
		id, embed := embedFrom(c.href)
		assert.Equal(t, c.id, id, c.href)
		assert.Equal(t, c.embed, embed, c.href)
	}
}

// A chart's link opens the page at that chart with the same scenario; its
// embed snippet frames the embed route, with the scenario, and escapes
// what it quotes.
func TestShareTextLinksAndEmbedsOneChart(t *testing.T) {
	a := newApp(t, "#v=1&data=2026-11&preset=aws-only&d.aws.n=450k")
	const pageURL = "https://example.org/explorer/"
	id := a.chartSpecs()[0].ID
	assert.Equal(t, pageURL+"?chart="+id+"#v=1&data=2026-11&preset=aws-only&d.aws.n=450k", a.ShareText(pageURL, "chart:"+id))
	embed := a.ShareText(pageURL, "embed:"+id)
	assert.True(t, strings.HasPrefix(embed, `<iframe src="https://example.org/explorer/embed.html?chart=`+id+
		`#v=1&amp;data=2026-11&amp;preset=aws-only&amp;d.aws.n=450k" title="`), embed)
	assert.NotContains(t, embed, "\n")
	assert.Equal(t, a.CopyText(pageURL), a.ShareText(pageURL, ""), "no chart: the scenario's link")
	assert.Equal(t, a.CopyText(pageURL), a.ShareText(pageURL, "chart:nope"), "an unknown chart: the scenario's link")
}

// The embed route draws one chart of the link's scenario, the sites its
// figures come from and a link back to the whole scenario; an unknown
// chart is named and the first chart shown.
func TestEmbedViewIsOneChartWithItsSourcesAndALinkBack(t *testing.T) {
	a := New(library.Default())
	a.Init("https://e.org/embed.html?chart=spend#v=1&data=2026-11&preset=openai-2025-11&d.aws.n=450k")
	a.Render(0)
	v := a.View()
	figs := v.FindAll(func(n *Node) bool { c, _ := n.Attr("class"); return c == "chart-fig" })
	require.Len(t, figs, 1)
	id, _ := figs[0].Attr("id")
	assert.Equal(t, "fig-spend", id)
	assert.Nil(t, v.Find(func(n *Node) bool { c, _ := n.Attr("class"); return c == "deals" }), "no controls in an embed")
	back := v.Find(func(n *Node) bool { c, _ := n.Attr("class"); return c == "back" })
	require.NotNil(t, back)
	href, _ := back.Attr("href")
	assert.Equal(t, "./?chart=spend#v=1&data=2026-11&preset=openai-2025-11&d.aws.n=450k", href)
	srcs := v.FindAll(func(n *Node) bool { c, _ := n.Attr("class"); return c == "src" })
	assert.NotEmpty(t, srcs, "the sources of the deals on")

	b := New(library.Default())
	b.Init("https://e.org/embed.html?chart=no%1bpe#v=1")
	b.Render(0)
	text := b.View().TextContent()
	assert.Contains(t, text, `"no%1bpe"`)
	assert.Contains(t, text, "The charts are: ")
}
