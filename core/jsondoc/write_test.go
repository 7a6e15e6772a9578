package jsondoc_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/jsondoc"
)

func TestEncodeKeepsOrderAndWritesNullForNonFinite(t *testing.T) {
	got := string(jsondoc.Encode(jsondoc.Obj{
		{K: "b", V: 1.5}, {K: "a", V: []any{math.NaN(), math.Inf(1), 2}},
		{K: "s", V: []string{"x"}}, {K: "e", V: jsondoc.Obj{}}, {K: "n", V: nil}, {K: "t", V: true},
	}))
	assert.Equal(t, `{
  "b": 1.5,
  "a": [
    null,
    null,
    2
  ],
  "s": [
    "x"
  ],
  "e": {},
  "n": null,
  "t": true
}
`, got)
	var back map[string]any
	require.NoError(t, json.Unmarshal([]byte(got), &back), "encoding/json reads it")
}

func TestWhatEncodeWritesParseReads(t *testing.T) {
	doc := jsondoc.Encode(jsondoc.Obj{{K: "k", V: "v \u2028 \"q\""}, {K: "n", V: -0.25}})
	v, err := jsondoc.Parse(doc)
	require.NoError(t, err)
	k, ok := v.Get("k")
	require.True(t, ok)
	assert.Equal(t, "v \u2028 \"q\"", k.Text)
	n, _ := v.Get("n")
	assert.Equal(t, jsondoc.Number, n.Kind)
	assert.Equal(t, "-0.25", n.Text)
	_, ok = v.Get("missing")
	assert.False(t, ok)
}
