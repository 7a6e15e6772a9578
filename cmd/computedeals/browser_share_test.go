//go:build !js

package main

// The browser tests of sharing one chart: its link, its embed snippet,
// the embed route framed by a page of another site, and the page itself
// refusing to be framed. They use the harness of browser_test.go.

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A reader copies a chart's link and its embed snippet; the link opens
// the page at that chart with the same scenario.
func TestBrowserAChartHasItsOwnLinkAndEmbed(t *testing.T) {
	p := newPage(t, 1440, 900, "light")
	const link = "v=1&data=2026-11&preset=aws-only&d.aws.n=450k"
	p.open(link)
	eval[bool](p, `(window.__copied = [], navigator.clipboard.writeText = (t) => { window.__copied.push(t); return Promise.resolve(); }, true)`)
	p.click(`#fig-spend button[data-arg="chart:spend"]`)
	p.quiet()
	assert.Equal(t, "Link copied", p.text(`#fig-spend .copied`), "the status beside the button")
	p.click(`#fig-spend button[data-arg="embed:spend"]`)
	p.quiet()
	assert.Equal(t, "Embed code copied", p.text(`#fig-spend .copied`))
	copied := eval[[]string](p, `window.__copied`)
	require.Len(t, copied, 2)
	assert.Equal(t, p.url+"?chart=spend#"+link, copied[0])
	assert.True(t, strings.HasPrefix(copied[1], `<iframe src="`+p.url+`embed.html?chart=spend#`+strings.ReplaceAll(link, "&", "&amp;")+`"`), copied[1])

	// Opening the chart's link: the same scenario, scrolled to the chart.
	require.NoError(t, chromedp.Do(p.ctx, chromedp.Navigate(copied[0])))
	p.waitReady()
	p.quiet()
	assert.Equal(t, link, p.hash())
	top := eval[float64](p, `document.getElementById('fig-spend').getBoundingClientRect().top`)
	assert.InDelta(t, 0, top, 60, "the chart is at the top of the window")
	assert.Contains(t, eval[string](p, `document.getElementById('fig-spend').className`), "linked")
	assert.Empty(t, eval[string](p, `location.search`), "the address is the scenario's again")
	assert.Empty(t, p.consoleErrors())
}

// The embed route shows one chart of the scenario in its address, framed
// by a page of another site; the page itself refuses to be framed.
func TestBrowserTheEmbedIsFramedByAnotherSiteAndThePageIsNot(t *testing.T) {
	p := newPage(t, 1200, 1400, "light")
	site := testSiteURL(t)
	const link = "v=1&data=2026-11&preset=openai-2025-11&d.aws.n=450k"
	// Another site: "localhost" is not "127.0.0.1", whose site the
	// explorer's server is on.
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<!doctype html><title>another site</title>
<iframe id="embed" title="embed" width="760" height="560" src="` + site + `embed.html?chart=cash#` + link + `"></iframe>
<iframe id="page" title="page" width="760" height="560" src="` + site + `#` + link + `"></iframe>`))
	}))
	defer other.Close()
	parent := strings.Replace(other.URL, "127.0.0.1", "localhost", 1) + "/"
	require.NoError(t, chromedp.Do(p.ctx, chromedp.Navigate(parent)))

	// The embed: a frame target of its own (another site's frame runs in
	// another process), ready, showing the chart of that scenario.
	var embedTarget *target.Info
	require.Eventually(t, func() bool {
		infos, err := chromedp.Targets(p.ctx)
		if err != nil {
			return false
		}
		for _, info := range infos {
			if info.Type == "iframe" && strings.HasPrefix(info.URL, site+"embed.html") {
				embedTarget = info
				return true
			}
		}
		return false
	}, 60*time.Second, 100*time.Millisecond, "the embed's frame loads")
	fctx, cancel := chromedp.NewContext(p.ctx, chromedp.WithTargetID(embedTarget.TargetID))
	defer cancel()
	require.NoError(t, chromedp.Do(fctx, chromedp.WaitReady(chromedp.CSS(`body[data-ready="1"] #fig-cash svg`))))
	title, err := chromedp.Run(fctx, chromedp.Text(chromedp.CSS(`#embed-title`)))
	require.NoError(t, err)
	assert.Contains(t, title, "cash")
	back, err := chromedp.Run(fctx, chromedp.AttributeValue(chromedp.CSS(`a.back`), "href"))
	require.NoError(t, err)
	assert.Equal(t, "./?chart=cash#"+link, back.Value)
	controls, err := chromedp.Run(fctx, chromedp.Evaluate[int](`document.querySelectorAll('.deals, .world, #preset, [data-input]').length`))
	require.NoError(t, err)
	assert.Zero(t, controls, "an embed has no controls")

	// The page: refused. Chromium shows its own error page in the frame,
	// whose document is not the explorer's.
	var pageTarget *target.Info
	for _, info := range mustTargets(t, p) {
		if info.Type == "iframe" && strings.HasPrefix(info.URL, site+"#") {
			pageTarget = info
		}
	}
	require.NotNil(t, pageTarget, "the page's frame")
	pctx, cancelP := chromedp.NewContext(p.ctx, chromedp.WithTargetID(pageTarget.TargetID))
	defer cancelP()
	var where string
	require.Eventually(t, func() bool {
		where, err = chromedp.Run(pctx, chromedp.Evaluate[string](`document.readyState === 'complete' ? location.protocol + (document.getElementById('app') ? ' app' : '') : ''`))
		return err == nil && where != ""
	}, 60*time.Second, 100*time.Millisecond, "the page's frame settles")
	assert.Equal(t, "chrome-error:", where, "the page must refuse to be framed by another site")
}

func mustTargets(t *testing.T, p *tab) []*target.Info {
	t.Helper()
	infos, err := chromedp.Targets(p.ctx)
	require.NoError(t, err)
	return infos
}
