package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHashedName(t *testing.T) {
	a := hashedName("app.js", []byte("one"))
	assert.Regexp(t, `^app\.[0-9a-f]{8}\.js$`, a)
	assert.Equal(t, a, hashedName("app.js", []byte("one")), "the same content, the same name")
	assert.NotEqual(t, a, hashedName("app.js", []byte("two")), "new content, a new name")
	assert.Regexp(t, `^wasm_exec\.[0-9a-f]{8}\.js$`, hashedName("wasm_exec.js", nil))
	assert.Regexp(t, `^main\.[0-9a-f]{8}\.wasm$`, hashedName("main.wasm", nil))
}

func TestIsHashedName(t *testing.T) {
	cases := []struct {
		name string
		want bool
	}{
		{"app.3f2a9c1d.js", true},
		{"main.0123abcd.wasm", true},
		{"sub/style.deadbeef.css", true},
		{hashedName("worker.js", []byte("x")), true},
		{"index.html", false},
		{"app.js", false},
		{"app.3f2a9c1g.js", false},
		{"app.3F2A9C1D.js", false},
		{"app.3f2a9c1.js", false},
		{"app.3f2a9c1d0.js", false},
		{".3f2a9c1d.js", false},
		{"app.3f2a9c1d", false},
		{"app.3f2a9c1d.", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, isHashedName(c.name), c.name)
	}
}
