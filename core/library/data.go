package library

import (
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/calendar"
)

// The vintages are data, not code: each is a text, in a Go file of its
// own that holds nothing else, parsed once at first use (a function that
// built them as Go values cost main.wasm over 100 KB of code). The text is
// a raw string constant rather than a //go:embed file because package
// embed imports time, which brings syscall/js into core under GOOS=js
// (internal/rules forbids it); the bytes in main.wasm are the same.
//
// The format is line-oriented and mirrors the Go types field by field,
// in the order the types declare them:
//
//	Name value      a field of a struct (an embedded struct's fields are
//	                written as the outer struct's own)
//	Name {          a struct or a map, up to the "}" at the same indent
//	Name [          a slice, up to the "]" at the same indent; inside it,
//	                one element a line: a value, or "{" … "}" for a struct
//	key value       an entry of a map (a key with a space or a quote is
//	key {           written as a Go string literal)
//
// Each level of nesting is indented by exactly one more tab. A field left
// out is its zero value; "Name [" "]" is an empty slice where a missing one
// is nil, and the same for maps. A string is written as it is unless it is
// empty, has a space at either end, starts with a quote, is a lone bracket
// or needs escaping; then as a Go string literal (with a backquote as
// \x60). Numbers are written in Go's shortest form that reads back to the
// same bits (strconv.FormatFloat with 'g' and -1), and any other spelling
// is an error, so that a file has one way to be written; months as
// YYYY-MM; the enumerations (Status, Grade, Kind …) as their numbers.
// Lines that start with # are comments. Anything else — an unknown field,
// a field given twice, a wrong indent, an unclosed block — is an error
// that names the file and line.

// shippedFiles are the vintages this build ships, oldest first: each
// file's name, its text, and the line of the file the text starts on
// (TestShippedFilesStartWhereTheySay checks it), for errors.
var shippedFiles = [...]struct {
	file string
	line int
	text string
}{
	{"vintage_2026_11_data.go", 7, vintage202611Data},
	{"vintage_2026_12_data.go", 7, vintage202612Data},
}

// dataError is a mistake in a vintage's file, at a line.
type dataError struct {
	file string
	line int
	msg  string
}

func (e *dataError) Error() string {
	return e.file + ":" + strconv.Itoa(e.line) + ": " + e.msg
}

// parseVintage reads a vintage from text, which starts on line first of
// the file named file, for errors.
func parseVintage(file string, first int, text string) (*Vintage, error) {
	p := &parser{file: file, rest: text, line: first - 1}
	v := new(Vintage)
	if err := p.structBody(reflect.ValueOf(v).Elem(), 0, ""); err != nil {
		return nil, err
	}
	return v, nil
}

// mustParseVintage is parseVintage for the embedded files, which the
// tests prove good.
func mustParseVintage(file string, first int, text string) *Vintage {
	v, err := parseVintage(file, first, text)
	if err != nil {
		panic(err)
	}
	return v
}

type parser struct {
	file string
	rest string // the text after the current line
	line int    // the current line's number, from 1
}

var monthType = reflect.TypeFor[calendar.Month]()

func (p *parser) errorf(msg string) error {
	return &dataError{file: p.file, line: p.line, msg: msg}
}

// next returns the next line that is not blank or a comment, split into
// its indent (the number of leading tabs) and the rest; ok is false at the
// end of the text.
func (p *parser) next() (depth int, content string, ok bool, err error) {
	for p.rest != "" {
		var line string
		line, p.rest, _ = strings.Cut(p.rest, "\n")
		p.line++
		if line == "" || line[0] == '#' {
			continue
		}
		for depth < len(line) && line[depth] == '\t' {
			depth++
		}
		content = line[depth:]
		if content == "" || content[0] == ' ' || content[len(content)-1] == ' ' || content[len(content)-1] == '\t' || content[len(content)-1] == '\r' {
			return 0, "", false, p.errorf("stray white space: indent with tabs only, and end lines without spaces")
		}
		return depth, content, true, nil
	}
	return 0, "", false, nil
}

// lineOf reads the next line of a block at depth d that ends with closer at
// depth d-1 (or at the end of the text when closer is empty); done is true
// at the closer.
func (p *parser) lineOf(d int, closer string) (content string, done bool, err error) {
	depth, content, ok, err := p.next()
	if err != nil {
		return "", false, err
	}
	if !ok {
		if closer == "" {
			return "", true, nil
		}
		return "", false, p.errorf("the file ends before the block's closing " + strconv.Quote(closer))
	}
	if closer != "" && depth == d-1 && content == closer {
		return "", true, nil
	}
	if depth != d {
		return "", false, p.errorf("indented by " + strconv.Itoa(depth) + " tabs where the block wants " + strconv.Itoa(d))
	}
	return content, false, nil
}

// structBody reads the fields of struct v at depth d.
func (p *parser) structBody(v reflect.Value, d int, closer string) error {
	t := v.Type()
	var seen []string
	for {
		content, done, err := p.lineOf(d, closer)
		if err != nil || done {
			return err
		}
		name, rest, ok := strings.Cut(content, " ")
		if !ok {
			return p.errorf("want a field name, a space and a value, not " + strconv.Quote(content))
		}
		f, ok := t.FieldByName(name)
		if !ok || f.Anonymous || !f.IsExported() {
			return p.errorf(t.String() + " has no field " + strconv.Quote(name))
		}
		for _, s := range seen {
			if s == name {
				return p.errorf(name + " given twice")
			}
		}
		seen = append(seen, name)
		if err := p.value(v.FieldByIndex(f.Index), name, rest, d); err != nil {
			return err
		}
	}
}

// value reads into v (named name in errors) what a line at depth d gives
// it after its name: a scalar, or a block that opens there.
func (p *parser) value(v reflect.Value, name, rest string, d int) error {
	switch {
	case rest == "{" && v.Kind() == reflect.Struct:
		return p.structBody(v, d+1, "}")
	case rest == "{" && v.Kind() == reflect.Map:
		m := reflect.MakeMap(v.Type())
		v.Set(m)
		return p.mapBody(m, d+1)
	case rest == "[" && v.Kind() == reflect.Slice:
		s, err := p.sliceBody(v.Type(), d+1)
		v.Set(s)
		return err
	case v.Kind() == reflect.Struct || v.Kind() == reflect.Map:
		return p.errorf(name + " wants a block: " + name + " {")
	case v.Kind() == reflect.Slice:
		return p.errorf(name + " wants a list: " + name + " [")
	}
	return p.scalar(v, name, rest)
}

// mapBody reads the entries of map m at depth d, up to "}".
func (p *parser) mapBody(m reflect.Value, d int) error {
	t := m.Type()
	for {
		content, done, err := p.lineOf(d, "}")
		if err != nil || done {
			return err
		}
		var key, rest string
		if content[0] == '"' {
			q, err := strconv.QuotedPrefix(content)
			if err != nil {
				return p.errorf("a key that opens a quote must be a Go string literal")
			}
			key, _ = strconv.Unquote(q)
			content = content[len(q):]
			if content == "" || content[0] != ' ' {
				return p.errorf("want a space after the key")
			}
			rest = content[1:]
		} else {
			var ok bool
			if key, rest, ok = strings.Cut(content, " "); !ok {
				return p.errorf("want a key, a space and a value, not " + strconv.Quote(content))
			}
		}
		k := reflect.New(t.Key()).Elem()
		k.SetString(key)
		if m.MapIndex(k).IsValid() {
			return p.errorf(strconv.Quote(key) + " given twice")
		}
		e := reflect.New(t.Elem()).Elem()
		if err := p.value(e, key, rest, d); err != nil {
			return err
		}
		m.SetMapIndex(k, e)
	}
}

// sliceBody reads the elements of a slice of type t at depth d, up to "]".
func (p *parser) sliceBody(t reflect.Type, d int) (reflect.Value, error) {
	s := reflect.MakeSlice(t, 0, 0)
	for {
		content, done, err := p.lineOf(d, "]")
		if err != nil || done {
			return s, err
		}
		e := reflect.New(t.Elem()).Elem()
		switch {
		case e.Kind() == reflect.Struct && content == "{":
			err = p.structBody(e, d+1, "}")
		case e.Kind() == reflect.Struct || e.Kind() == reflect.Map || e.Kind() == reflect.Slice:
			err = p.errorf("want {, the start of a " + t.Elem().String())
		default:
			err = p.scalar(e, "an element", content)
		}
		if err != nil {
			return s, err
		}
		s = reflect.Append(s, e)
	}
}

// scalar sets v, named name in errors, from its text s.
func (p *parser) scalar(v reflect.Value, name, s string) error {
	if v.Type() == monthType {
		m, err := calendar.Parse(s)
		if err != nil {
			return p.errorf(name + ": " + err.Error())
		}
		v.SetInt(int64(m))
		return nil
	}
	canonical := ""
	switch v.Kind() {
	case reflect.String:
		if s[0] != '"' {
			if s == "{" || s == "[" || s == "}" || s == "]" {
				return p.errorf(name + " is a string: write a lone bracket as a Go string literal")
			}
			if s[0] == ' ' {
				return p.errorf(name + ": write a string with a space at either end as a Go string literal")
			}
			v.SetString(s)
			return nil
		}
		u, err := strconv.Unquote(s)
		if err != nil {
			return p.errorf(name + ": a value that opens a quote must be a Go string literal")
		}
		v.SetString(u)
		return nil
	case reflect.Bool:
		if s != "true" && s != "false" {
			return p.errorf(name + " wants true or false, not " + strconv.Quote(s))
		}
		v.SetBool(s == "true")
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, v.Type().Bits())
		if err != nil {
			return p.errorf(name + " wants a whole number, not " + strconv.Quote(s))
		}
		v.SetInt(n)
		canonical = strconv.FormatInt(n, 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(s, 10, v.Type().Bits())
		if err != nil {
			return p.errorf(name + " wants a whole number from 0, not " + strconv.Quote(s))
		}
		v.SetUint(n)
		canonical = strconv.FormatUint(n, 10)
	case reflect.Float64:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return p.errorf(name + " wants a finite number, not " + strconv.Quote(s))
		}
		v.SetFloat(f)
		canonical = strconv.FormatFloat(f, 'g', -1, 64)
	default:
		return p.errorf(name + " is a " + v.Type().String() + ", which the format cannot hold")
	}
	if s != canonical {
		return p.errorf(name + ": write " + strconv.Quote(s) + " as " + canonical)
	}
	return nil
}
