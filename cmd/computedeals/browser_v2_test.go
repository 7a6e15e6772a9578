//go:build !js

package main

// The browser tests of model version 2 and vintage 2026-12: the cash
// card and chart, the controls of renewals and funding, every preset,
// and what Copy link puts on the clipboard. They use the harness of
// browser_test.go (to run them: see there).

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/library"
)

// A reader types a funding amount and switches renewals off, and reads
// the cash card and the charts: they follow, and agree with eval.
func TestBrowserCashCardFollowsFundingAndRenewals(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.open("")
	card := p.text(`#cash-card`)
	assert.Contains(t, card, "Cash runs out in", "the default view's cash runs out within the horizon")
	assert.Contains(t, p.text(`#fig-cash`), "cash runs out in")
	assert.Contains(t, p.text(`#fig-gw`), "renewed or replaced after the contract", "renewals have their own legend entry")

	// A much larger round keeps the cash above zero for longer.
	p.do(chromedp.ScrollIntoView(typedField("f.round-2026-03.usd")))
	p.do(typeInto(typedField("f.round-2026-03.usd"), "3T"))
	p.quiet()
	assert.Contains(t, p.hash(), "f.round-2026-03.usd=3T")
	after := p.text(`#cash-card`)
	assert.NotEqual(t, card, after)
	assert.Contains(t, after, "Cash lasts through")
	assertMatchesEval(t, p.outputs(), evalDoc(t, p.hash()))

	// Renewals off: the capacity chart loses its renewed part.
	p.click(`input[data-input="sustain"][data-role="check"]`)
	p.quiet()
	assert.Contains(t, p.hash(), "sustain=0")
	assert.NotContains(t, p.text(`#fig-gw`), "renewed or replaced after the contract")
	assertMatchesEval(t, p.outputs(), evalDoc(t, p.hash()))
	assert.Empty(t, p.consoleErrors())
}

// Every preset of every vintage opens from the preset menu and shows the
// figures eval gives for its link.
func TestBrowserOpensEveryPreset(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	cat := library.Default()
	for _, v := range cat.Vintages {
		p.open("v=1&data=" + v.ID)
		for _, pr := range v.Presets {
			p.quiet()
			p.do(chromedp.SetValue(chromedp.CSS(`#preset`), pr.ID))
			eval[bool](p, `(document.getElementById('preset').dispatchEvent(new Event('change', {bubbles: true})), true)`)
			p.quiet()
			want := "v=1&data=" + v.ID + "&preset=" + pr.ID
			require.Equal(t, want, p.hash(), pr.ID)
			assertMatchesEval(t, p.outputs(), evalDoc(t, want))
		}
	}
	assert.Empty(t, p.consoleErrors())
}

// Copy link puts the address alone on the clipboard, so that it pastes
// into an address bar; Copy summary adds the title and the summary.
func TestBrowserCopyLinkCopiesTheAddress(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.open("v=1&data=2026-11&preset=aws-only&d.aws.n=450k")
	// The headless browser has no clipboard to read: record what the page
	// writes to it.
	eval[bool](p, `(window.__copied = [], navigator.clipboard.writeText = (t) => { window.__copied.push(t); return Promise.resolve(); }, true)`)
	p.click(`button[data-act="copy"]`)
	p.quiet()
	p.click(`button[data-act="copy-summary"]`)
	p.quiet()
	copied := eval[[]string](p, `window.__copied`)
	require.Len(t, copied, 2)
	assert.True(t, strings.HasSuffix(copied[0], "/#v=1&data=2026-11&preset=aws-only&d.aws.n=450k"), copied[0])
	assert.NotContains(t, copied[0], "\n")
	assert.Contains(t, copied[1], copied[0])
	assert.Contains(t, copied[1], "\n\n")
	assert.Contains(t, p.text(`.copied`), "Summary copied")
}

// On a slow connection and a slow processor a reader unticks a deal and types a PUE before the
// core has loaded: once it has, the page computes exactly what it shows.
func TestBrowserInputBeforeTheCoreIsReadyIsKept(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	_, err := chromedp.Call(p.ctx, network.Enable, network.EnableParams{})
	require.NoError(t, err)
	// The wasm crawls in at 100 KB/s: several seconds for a reader to act.
	_, err = chromedp.Call(p.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{{URLPattern: p.url + "*.wasm", DownloadThroughput: 100 << 10, UploadThroughput: -1, Latency: 200}}})
	require.NoError(t, err)
	// And the processor is four times slower, as a cheap phone's.
	_, err = chromedp.Call(p.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(p.ctx, chromedp.Navigate(p.url)))
	assert.NotEqual(t, "1", eval[string](p, `document.body.dataset.ready || ''`), "the core is still loading")
	p.do(chromedp.Click(chromedp.CSS(`input[data-input="d.azure.on"]`)))
	p.do(chromedp.ScrollIntoView(typedField("pue")), typeInto(typedField("pue"), "1.4"))
	p.waitReady()
	p.quiet()
	h := p.hash()
	assert.Contains(t, h, "d.azure.on=0")
	assert.Contains(t, h, "pue=1.4")
	checked := eval[bool](p, `document.querySelector('input[data-input="d.azure.on"]').checked`)
	assert.False(t, checked, "the box stays as the reader left it")
	assertMatchesEval(t, p.outputs(), evalDoc(t, h))
}

// A keyboard reaches the deals and the assumptions in a few keys: the
// skip links come first, and a wide table's scrolling region takes focus.
func TestBrowserSkipLinksShortenTheKeyboardPath(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.open("")
	tabsTo := func(skip int, sel string) int {
		t.Helper()
		p.do(chromedp.Reload())
		p.waitReady()
		p.quiet()
		for i := 0; i < skip; i++ {
			p.do(chromedp.KeyEvent("\t"))
		}
		p.do(chromedp.KeyEvent("\r"))
		for n := 1; n <= 40; n++ {
			p.do(chromedp.KeyEvent("\t"))
			if eval[bool](p, `document.activeElement && document.activeElement.matches(`+jsonString(sel)+`)`) {
				return n
			}
		}
		return 99
	}
	// Past the first two deals (each its checkbox, size slider, typed size
	// and range on the card, and its sources): it took 49 Tabs from the
	// top before.
	assert.LessOrEqual(t, tabsTo(1, `input[data-input="d.aws.on"]`), 30, "from the first skip link to AWS")
	assert.LessOrEqual(t, tabsTo(2, `input[data-input="pue"][data-role="slider"]`), 6, "from the second skip link to PUE (it took 88 from the top)")
	p.openPanel("table-gw")
	focusable := eval[bool](p, `document.querySelector('details[data-panel="table-gw"] .scroll').tabIndex === 0`)
	assert.True(t, focusable, "a data table's scrolling region takes focus")
}

// A comparison survives a reload and a shared link: pinning A writes it
// into the address, and opening that address shows A beside B again.
func TestBrowserAComparisonIsShared(t *testing.T) {
	p := newPage(t, 1440, 1000, "light")
	p.open("v=1&data=2026-11&preset=aws-only")
	p.click(`button[data-act="pin"]`)
	p.quiet()
	p.do(typeInto(typedField("pue"), "1.3"))
	p.quiet()
	h := p.hash()
	assert.Contains(t, h, "pue=1.3")
	assert.Contains(t, h, "pin.preset=aws-only")
	p.do(chromedp.Reload())
	p.waitReady()
	p.quiet()
	assert.Equal(t, h, p.hash())
	on := eval[bool](p, `!!document.querySelector('section.compare.on')`)
	assert.True(t, on, "the reloaded page compares again")
	assert.Empty(t, p.consoleErrors())
}
