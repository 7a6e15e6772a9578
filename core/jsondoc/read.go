package jsondoc

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The reader is strict (RFC 8259): it refuses what the RFC refuses
// (trailing commas, comments, single quotes, bad escapes, lone
// surrogates, invalid UTF-8, leading zeros) and, beyond the RFC,
// duplicate keys, nesting deeper than MaxDepth and more than MaxValues
// values, so that a hostile document cannot make it work hard.

// The limits of [Parse].
const (
	MaxDepth  = 16
	MaxValues = 10000
)

// Kind is the kind of a [Value].
type Kind uint8

// The kinds of JSON value.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

// Value is one parsed JSON value. Numbers keep their literal text.
type Value struct {
	Kind    Kind
	Text    string // string contents, number literal, "true" or "false"
	Members []Member
	Elems   []Value
}

// Member is one key and value of an object, in document order.
type Member struct {
	Key string
	Val Value
}

// Get returns the member named key of an object.
func (v *Value) Get(key string) (*Value, bool) {
	return get(v, key)
}

// SyntaxError says where a document stops being JSON.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string {
	return "not valid JSON at byte " + strconv.Itoa(e.Offset) + ": " + e.Msg
}

type reader struct {
	b      []byte
	i      int
	values int
}

// Parse reads one JSON document (a byte order mark before it is
// skipped). It returns a [*SyntaxError] for anything that is not JSON or
// passes the limits.
func Parse(b []byte) (Value, error) {
	r := &reader{b: b}
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		r.i = 3 // a byte order mark, as some editors write
	}
	v, err := r.value(0)
	if err != nil {
		return Value{}, err
	}
	r.space()
	if r.i != len(r.b) {
		return Value{}, r.fail("text after the document")
	}
	return v, nil
}

func (r *reader) fail(msg string) error { return &SyntaxError{Offset: r.i, Msg: msg} }

func (r *reader) space() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

func (r *reader) value(depth int) (Value, error) {
	r.values++
	if r.values > MaxValues {
		return Value{}, r.fail("more than " + strconv.Itoa(MaxValues) + " values")
	}
	r.space()
	if r.i >= len(r.b) {
		return Value{}, r.fail("unexpected end")
	}
	switch c := r.b[r.i]; {
	case c == '{':
		if depth >= MaxDepth {
			return Value{}, r.fail("nested deeper than " + strconv.Itoa(MaxDepth))
		}
		return r.object(depth + 1)
	case c == '[':
		if depth >= MaxDepth {
			return Value{}, r.fail("nested deeper than " + strconv.Itoa(MaxDepth))
		}
		return r.array(depth + 1)
	case c == '"':
		s, err := r.string()
		return Value{Kind: String, Text: s}, err
	case c == '-' || c >= '0' && c <= '9':
		return r.number()
	}
	for _, lit := range [...]struct {
		s string
		k Kind
	}{{"true", Bool}, {"false", Bool}, {"null", Null}} {
		if len(r.b)-r.i >= len(lit.s) && string(r.b[r.i:r.i+len(lit.s)]) == lit.s {
			r.i += len(lit.s)
			return Value{Kind: lit.k, Text: lit.s}, nil
		}
	}
	return Value{}, r.fail("unexpected character")
}

func (r *reader) object(depth int) (Value, error) {
	r.i++ // {
	v := Value{Kind: Object}
	r.space()
	if r.i < len(r.b) && r.b[r.i] == '}' {
		r.i++
		return v, nil
	}
	for {
		r.space()
		if r.i >= len(r.b) || r.b[r.i] != '"' {
			return Value{}, r.fail("expected a quoted key")
		}
		at := r.i
		k, err := r.string()
		if err != nil {
			return Value{}, err
		}
		if _, dup := get(&v, k); dup {
			r.i = at
			return Value{}, r.fail("key " + strconv.Quote(k) + " given twice")
		}
		r.space()
		if r.i >= len(r.b) || r.b[r.i] != ':' {
			return Value{}, r.fail("expected ':' after a key")
		}
		r.i++
		e, err := r.value(depth)
		if err != nil {
			return Value{}, err
		}
		v.Members = append(v.Members, Member{k, e})
		r.space()
		if r.i >= len(r.b) {
			return Value{}, r.fail("unexpected end in an object")
		}
		switch r.b[r.i] {
		case ',':
			r.i++
		case '}':
			r.i++
			return v, nil
		default:
			return Value{}, r.fail("expected ',' or '}'")
		}
	}
}

func (r *reader) array(depth int) (Value, error) {
	r.i++ // [
	v := Value{Kind: Array}
	r.space()
	if r.i < len(r.b) && r.b[r.i] == ']' {
		r.i++
		return v, nil
	}
	for {
		e, err := r.value(depth)
		if err != nil {
			return Value{}, err
		}
		v.Elems = append(v.Elems, e)
		r.space()
		if r.i >= len(r.b) {
			return Value{}, r.fail("unexpected end in an array")
		}
		switch r.b[r.i] {
		case ',':
			r.i++
		case ']':
			r.i++
			return v, nil
		default:
			return Value{}, r.fail("expected ',' or ']'")
		}
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (r *reader) number() (Value, error) {
	start := r.i
	digits := func() int {
		n := 0
		for r.i < len(r.b) && isDigit(r.b[r.i]) {
			r.i++
			n++
		}
		return n
	}
	if r.b[r.i] == '-' {
		r.i++
	}
	if r.i < len(r.b) && r.b[r.i] == '0' {
		r.i++
		if r.i < len(r.b) && isDigit(r.b[r.i]) {
			return Value{}, r.fail("a number with a leading zero")
		}
	} else if digits() == 0 {
		return Value{}, r.fail("a number without digits")
	}
	if r.i < len(r.b) && r.b[r.i] == '.' {
		r.i++
		if digits() == 0 {
			return Value{}, r.fail("no digits after a decimal point")
		}
	}
	if r.i < len(r.b) && (r.b[r.i] == 'e' || r.b[r.i] == 'E') {
		r.i++
		if r.i < len(r.b) && (r.b[r.i] == '+' || r.b[r.i] == '-') {
			r.i++
		}
		if digits() == 0 {
			return Value{}, r.fail("no digits in an exponent")
		}
	}
	return Value{Kind: Number, Text: string(r.b[start:r.i])}, nil
}

func hexVal(c byte) (rune, bool) {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0'), true
	case c >= 'a' && c <= 'f':
		return rune(c-'a') + 10, true
	case c >= 'A' && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// u4 reads the four hex digits of a \u escape at r.i.
func (r *reader) u4() (rune, bool) {
	if len(r.b)-r.i < 4 {
		return 0, false
	}
	var v rune
	for k := range 4 {
		h, ok := hexVal(r.b[r.i+k])
		if !ok {
			return 0, false
		}
		v = v<<4 | h
	}
	r.i += 4
	return v, true
}

func (r *reader) string() (string, error) {
	r.i++ // "
	var out []byte
	for {
		if r.i >= len(r.b) {
			return "", r.fail("unterminated string")
		}
		c := r.b[r.i]
		switch {
		case c == '"':
			r.i++
			return string(out), nil
		case c < 0x20:
			return "", r.fail("a control character in a string")
		case c == '\\':
			r.i++
			if r.i >= len(r.b) {
				return "", r.fail("unterminated escape")
			}
			e := r.b[r.i]
			r.i++
			switch e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				u, ok := r.u4()
				if !ok {
					return "", r.fail("\\u needs four hex digits")
				}
				if utf16.IsSurrogate(u) {
					if u >= 0xDC00 || len(r.b)-r.i < 2 || r.b[r.i] != '\\' || r.b[r.i+1] != 'u' {
						return "", r.fail("a lone surrogate")
					}
					r.i += 2
					lo, ok := r.u4()
					if !ok {
						return "", r.fail("\\u needs four hex digits")
					}
					u = utf16.DecodeRune(u, lo)
					if u == utf8.RuneError {
						return "", r.fail("a lone surrogate")
					}
				}
				out = utf8.AppendRune(out, u)
			default:
				return "", r.fail("an unknown escape")
			}
		case c < utf8.RuneSelf:
			out = append(out, c)
			r.i++
		default:
			ru, size := utf8.DecodeRune(r.b[r.i:])
			if ru == utf8.RuneError && size == 1 {
				return "", r.fail("invalid UTF-8")
			}
			out = append(out, r.b[r.i:r.i+size]...)
			r.i += size
		}
	}
}
