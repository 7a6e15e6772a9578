//go:build !js

package main

// The browser tests of the keyboard and of what values a reader can set:
// a run of key presses on a slider is one step, undone and redone by
// Ctrl+Z and Ctrl+Shift+Z with the focus left where it was; sliders land
// on round values; a typed "450 000" is taken; goal seek solves on Enter
// and writes a whole number of GPUs into the link; a preset that drops
// the reader's edits says so and offers Undo. They use the harness of
// browser_test.go.

import (
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// linkValue is a key's value in the link, as a number ("450k" → 450000).
func linkValue(t *testing.T, hash, key string) (string, float64) {
	t.Helper()
	q, err := url.ParseQuery(hash)
	require.NoError(t, err)
	raw := q.Get(key)
	m := regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?)([kMB]?)$`).FindStringSubmatch(raw)
	require.NotNil(t, m, "%s=%q is not a plain number", key, raw)
	v, err := strconv.ParseFloat(m[1], 64)
	require.NoError(t, err)
	v *= map[string]float64{"": 1, "k": 1e3, "M": 1e6, "B": 1e9}[m[2]]
	return raw, v
}

func TestBrowserARunOfKeyPressesIsOneStep(t *testing.T) {
	p := newPage(t, 1440, 900, "light")
	const link = "v=1&data=2026-11&preset=aws-only"
	p.open(link)
	before := eval[int](p, `history.length`)
	p.do(chromedp.Focus(sliderField("d.aws.n")))
	presses := make([]chromedp.Action[chromedp.Void], 40)
	for i := range presses {
		presses[i] = chromedp.KeyEvent(kb.ArrowRight)
	}
	p.do(presses...)
	p.quiet()
	moved := p.hash()
	require.NotEqual(t, link, moved, "the presses moved the slider")
	assert.Equal(t, before+1, eval[int](p, `history.length`), "40 presses are one history entry")
	// Every value the slider stopped at is round: the link holds it in
	// at most three significant digits.
	raw, n := linkValue(t, moved, "d.aws.n")
	assert.Equal(t, n, math.Round(n), "a whole number of GPUs: %s", raw)
	assert.LessOrEqual(t, len(strings.TrimRight(strings.ReplaceAll(strings.TrimRight(raw, "kMB"), ".", ""), "0")), 3, raw)

	// One Undo takes the whole run back and leaves the focus on the slider.
	p.do(chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	p.quiet()
	assert.Equal(t, link, p.hash(), "one Ctrl+Z undoes the run")
	assert.True(t, eval[bool](p, `document.activeElement.matches('input[data-input="d.aws.n"][data-role="slider"]')`), "the focus stays on the slider")
	p.do(chromedp.KeyEvent("Z", chromedp.KeyModifiers(chromedp.ModifierCtrl|chromedp.ModifierShift)))
	p.quiet()
	assert.Equal(t, moved, p.hash(), "Ctrl+Shift+Z redoes it")
	assert.Empty(t, p.consoleErrors())
}

func TestBrowserValuesAreRoundAndGoalSeekSolvesOnEnter(t *testing.T) {
	p := newPage(t, 1440, 900, "light")
	p.open("v=1&data=2026-11&preset=aws-only")
	// A number written with a space between its thousands is taken.
	p.do(typeInto(typedField("d.aws.n"), "450 000"))
	p.quiet()
	assert.Contains(t, p.hash(), "d.aws.n=450k")

	// Goal seek: the GPUs that put AWS's price at $3 an hour. Enter in the
	// target solves; "Use this value" writes a whole number.
	choose := func(key, value string) {
		p.do(chromedp.SetValue(chromedp.CSS(`select[data-input="`+key+`"]`), value))
		eval[bool](p, `(document.querySelector('select[data-input="`+key+`"]').dispatchEvent(new Event('change', {bubbles: true})), true)`)
		p.quiet()
	}
	choose("ui.seek.input", "d.aws.n")
	choose("ui.seek.output", "deals.aws.price_usd_per_hour")
	p.do(chromedp.ScrollIntoView(typedField("ui.seek.target")), chromedp.Focus(typedField("ui.seek.target")),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)), chromedp.SendKeys(typedField("ui.seek.target"), "$3/h"),
		chromedp.KeyEvent(kb.Enter))
	p.quiet()
	answer := p.text(`.seek .answer`)
	require.Contains(t, answer, "Use this value", "Enter solved: %s", answer)
	p.click(`.seek button[data-act="seek-apply"]`)
	p.quiet()
	raw, n := linkValue(t, p.hash(), "d.aws.n")
	assert.Equal(t, n, math.Round(n), "whole GPUs, not %s", raw)
	assert.NotContains(t, raw, ".", "no more digits than the field shows")
	assert.InDelta(t, 3, eval[float64](p, `+document.querySelector('[data-output="deals.aws.price_usd_per_hour"]').dataset.value`), 0.01)
	assert.Empty(t, p.consoleErrors())
}

func TestBrowserAPresetThatDropsEditsSaysSoAndOffersUndo(t *testing.T) {
	p := newPage(t, 1440, 900, "light")
	const edited = "v=1&data=2026-11&preset=aws-only&d.aws.n=450k"
	p.open(edited)
	p.do(chromedp.SetValue(chromedp.CSS(`#preset`), "openai-2025-11"))
	eval[bool](p, `(document.getElementById('preset').dispatchEvent(new Event('change', {bubbles: true})), true)`)
	p.quiet()
	notice := p.text(`.notice`)
	assert.Contains(t, notice, "Your change to “The AWS deal alone” is set aside", notice)
	assert.NotContains(t, p.hash(), "d.aws.n=450k")
	p.click(`.notice button[data-act="undo"]`)
	p.quiet()
	assert.Equal(t, edited, p.hash(), "Undo in the notice brings the edits back")
	// Escape closes a notice.
	p.open("v=1&data=2026-11&nosuch=1")
	require.NotEmpty(t, p.text(`.notice`))
	p.do(chromedp.KeyEvent(kb.Escape))
	p.quiet()
	assert.Zero(t, eval[int](p, `document.querySelectorAll('.notice').length`), "Escape closed the notice")
}
