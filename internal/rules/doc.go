// Package rules checks the project's rules as tests, so that breaking one fails
// `make test` and `make check` instead of contradicting a comment: core stays
// pure Go (no syscall/js), encoding/json and regexp only where allowed and never
// in main.wasm, size hacks only in the size.go files the README lists, and no
// sentence about a result outside core/explain. The rules and their reasons are
// in rules_test.go, sizehacks_test.go and words_test.go.
package rules
