package jsondoc_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/jsondoc"
)

func TestTheReaderIsStrict(t *testing.T) {
	bad := []struct{ name, doc string }{
		{"a trailing comma in an object", `{"a":1,}`},
		{"a trailing comma in an array", `[1,]`},
		{"a comment", `{"a":1 /* no */}`},
		{"single quotes", `{'a':1}`},
		{"a key given twice", `{"a":1,"a":2}`},
		{"a leading zero", `[01]`},
		{"a bare point", `[1.]`},
		{"a plus sign", `[+1]`},
		{"NaN", `[NaN]`},
		{"an unknown escape", `["\x"]`},
		{"a short unicode escape", `["\u12"]`},
		{"a lone high surrogate", `["\ud800"]`},
		{"a lone low surrogate", `["\udc00"]`},
		{"a raw control character", "[\"a\tb\"]"},
		{"invalid UTF-8", "[\"\xff\"]"},
		{"text after the document", `{} {}`},
		{"nothing", ``},
		{"an unterminated string", `["abc`},
		{"too deep", strings.Repeat("[", jsondoc.MaxDepth+1) + strings.Repeat("]", jsondoc.MaxDepth+1)},
		{"too many values", "[" + strings.Repeat("1,", jsondoc.MaxValues) + "1]"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			_, err := jsondoc.Parse([]byte(c.doc))
			var se *jsondoc.SyntaxError
			assert.ErrorAs(t, err, &se)
		})
	}
	good := []struct{ name, doc, want string }{
		{"escapes", `["a\"b\\c\/d\n\u00e9\ud83d\ude00"]`, "a\"b\\c/d\né😀"},
		{"numbers keep their text", `[-0.5e+10]`, "-0.5e+10"},
		{"as deep as allowed", strings.Repeat("[", jsondoc.MaxDepth-1) + `"x"` + strings.Repeat("]", jsondoc.MaxDepth-1), ""},
	}
	for _, c := range good {
		t.Run(c.name, func(t *testing.T) {
			v, err := jsondoc.Parse([]byte(c.doc))
			require.NoError(t, err)
			if c.want != "" {
				assert.Equal(t, c.want, v.Elems[0].Text)
			}
		})
	}
}
