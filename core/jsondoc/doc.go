// Package jsondoc reads and writes JSON without encoding/json, whose
// reflection would add about 116 KB of brotli to main.wasm.
//
// Writing: an [Obj] keeps its members in order, and [Encode] writes it
// (with strings, numbers, booleans, nil, []any and nested Objs) indented,
// numbers in their shortest exact form and null for NaN and infinities.
// [AppendString] writes one string literal, safe inside a script; the
// page's DOM operations use it too.
//
// Reading: [Parse] reads a document strictly (RFC 8259, and no duplicate
// keys, nesting deeper than [MaxDepth] or more than [MaxValues] values)
// into a [Value], since the documents it reads come from strangers.
package jsondoc
