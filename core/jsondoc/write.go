package jsondoc

import (
	"math"
	"strconv"
)

// Obj is a JSON object that keeps its keys in order. Values are string,
// float64, int, bool, nil, Obj or []any; the encoder needs no reflection,
// which keeps it small in WebAssembly.
type Obj []KV

// KV is one member of an Obj.
type KV struct {
	K string
	V any
}

// Get returns the value of key k.
func (o Obj) Get(k string) (any, bool) {
	for _, kv := range o {
		if kv.K == k {
			return kv.V, true
		}
	}
	return nil, false
}

// Encode writes v with two-space indentation, numbers in their shortest
// exact form, and null for NaN and infinities, followed by a newline.
func Encode(v any) []byte {
	b := appendJSON(nil, v, 0)
	return append(b, '\n')
}

func appendJSON(b []byte, v any, depth int) []byte {
	nl := func(b []byte, d int) []byte {
		b = append(b, '\n')
		for range d {
			b = append(b, ' ', ' ')
		}
		return b
	}
	switch x := v.(type) {
	case nil:
		return append(b, "null"...)
	case bool:
		return strconv.AppendBool(b, x)
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return append(b, "null"...)
		}
		return strconv.AppendFloat(b, x, 'g', -1, 64)
	case string:
		return AppendString(b, x)
	case []string:
		arr := make([]any, len(x))
		for i, s := range x {
			arr[i] = s
		}
		return appendJSON(b, arr, depth)
	case []any:
		if len(x) == 0 {
			return append(b, "[]"...)
		}
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			b = nl(b, depth+1)
			b = appendJSON(b, e, depth+1)
		}
		b = nl(b, depth)
		return append(b, ']')
	case Obj:
		if len(x) == 0 {
			return append(b, "{}"...)
		}
		b = append(b, '{')
		for i, kv := range x {
			if i > 0 {
				b = append(b, ',')
			}
			b = nl(b, depth+1)
			b = AppendString(b, kv.K)
			b = append(b, ':', ' ')
			b = appendJSON(b, kv.V, depth+1)
		}
		b = nl(b, depth)
		return append(b, '}')
	}
	panic("jsondoc: cannot encode value as JSON")
}
