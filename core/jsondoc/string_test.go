package jsondoc_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/jsondoc"
)

func TestAppendStringReadsBackAsEncodingJSONDoes(t *testing.T) {
	for _, s := range []string{
		"", "plain", `say "hi"`, `back\slash`, "line\nbreak", "tab\there", "\x00\x1f\x7f",
		"é ü 中文 🙂", "\u2028\u2029", "bad \xff\xfe utf-8", "</script>", strings.Repeat("ab", 100),
	} {
		b := jsondoc.AppendString([]byte("x"), s)
		require.Equal(t, byte('x'), b[0], "appends")
		var got string
		require.NoError(t, json.Unmarshal(b[1:], &got), "%q gives %s", s, b[1:])
		assert.Equal(t, valid(s), got)
		assert.True(t, utf8.Valid(b))
		assert.NotContains(t, string(b), "\u2028", "escaped for scripts")
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("a\"b\\c\n\x01\xff\u2028")
	f.Fuzz(func(t *testing.T, s string) {
		var got string
		if err := json.Unmarshal(jsondoc.AppendString(nil, s), &got); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if want := valid(s); got != want {
			t.Fatalf("%q reads back as %q", s, got)
		}
	})
}

// valid replaces each byte of s that is not UTF-8 with U+FFFD.
func valid(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}
