package page

import (
	"testing"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestComparisonPinsAndEnds(t *testing.T) {
	var c comparison
	assert.False(t, c.on())
	a := scenario.Default(library.Default())
	require.NoError(t, c.pin(a))
	assert.True(t, c.on())
	assert.Equal(t, a.Link(), c.link)
	assert.NotNil(t, c.result)
	assert.Equal(t, scenario.WithPinned("v=1", a.Link()), c.linkWith("v=1"), "the address bar carries A")
	c.end()
	assert.False(t, c.on())
	assert.Equal(t, "v=1", c.linkWith("v=1"))
}

func TestComparisonSplitsEachPairOnce(t *testing.T) {
	cat := library.Default()
	a := scenario.Default(cat)
	b := a.Clone()
	require.NoError(t, b.Set("pue", "1.3"))
	var c comparison
	require.NoError(t, c.pin(a))

	at, msg := c.attribution(b, b.Link(), true)
	assert.Nil(t, at, "a drag waits")
	assert.Empty(t, msg)

	at, msg = c.attribution(b, b.Link(), false)
	require.NotNil(t, at)
	assert.Empty(t, msg)
	assert.Len(t, at.Assumptions, 1, "pue alone differs")
	again, _ := c.attribution(b, b.Link(), false)
	assert.Same(t, at, again, "worked out once per pair")
	during, _ := c.attribution(b, b.Link(), true)
	assert.Same(t, at, during, "a drag still shows the pair it has")

	b2 := b.Clone()
	require.NoError(t, b2.Set("pue", "1.4"))
	stale, _ := c.attribution(b2, b2.Link(), true)
	assert.Nil(t, stale, "a new pair during a drag shows nothing stale")
}
