package worker

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzWire reads any text as each of the messages the page and the
// workers exchange: no reader panics, and what one reads, written again
// and read back, is what it read. A reason a sample was refused comes
// through any text (escapeLine).
func FuzzWire(f *testing.F) {
	for _, s := range []string{
		"run\n3\nv=1&pue=1.3\nportfolio.value_usd\ndrag",
		"bands\n2\n10\n0\n10000\n2\n1,x\n1,2\n1,2",
		"sens\n2\nportfolio.value_usd\n1.5\npue\t1\t2\t3\t4",
		"error\n4\nthe link has a problem",
		"part\n1\nv=1\n200\n600",
		"drawn\n1\n200\n203\n201\tinvalid portfolio: pue \\\\ 0.9\\n(and more)",
		"ready",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, msg string) {
		if r, ok := ParseRequest(msg); ok {
			back, ok := ParseRequest(r.Encode())
			require.True(t, ok)
			assert.Equal(t, r, back)
		}
		ParseReply(msg)
		if r, ok := ParsePartRequest(msg); ok {
			back, ok := ParsePartRequest(r.Encode())
			require.True(t, ok)
			assert.Equal(t, r, back)
		}
		rows := []float64{1, 2}
		if r, ok := ParsePartReply(msg, rows); ok {
			back, ok := ParsePartReply(r.Header(), rows)
			require.True(t, ok, r.Header())
			assert.Equal(t, r, back)
		}
		assert.Equal(t, msg, unescapeLine(escapeLine(msg)))
	})
}
