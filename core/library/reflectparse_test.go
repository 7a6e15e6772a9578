package library

import (
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/calendar"
)

// The reference parser: the same format read by reflect, generically over
// the types. Only the tests use it, to check the typed parser of data.go
// (which main.wasm carries, being smaller) against it: every field of
// every type, and whatever the fuzzer makes.

var monthType = reflect.TypeFor[calendar.Month]()

func parseVintageReflect(file string, first int, text string) (*Vintage, error) {
	p := &parser{file: file, rest: text, line: first - 1}
	v := new(Vintage)
	if err := p.reflectStruct(reflect.ValueOf(v).Elem(), 0, ""); err != nil {
		return nil, err
	}
	return v, nil
}

// structBody reads the fields of struct v at depth d.
func (p *parser) reflectStruct(v reflect.Value, d int, closer string) error {
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
		if err := p.reflectValue(v.FieldByIndex(f.Index), name, rest, d); err != nil {
			return err
		}
	}
}

// value reads into v (named name in errors) what a line at depth d gives
// it after its name: a scalar, or a block that opens there.
func (p *parser) reflectValue(v reflect.Value, name, rest string, d int) error {
	switch {
	case rest == "{" && v.Kind() == reflect.Struct:
		return p.reflectStruct(v, d+1, "}")
	case rest == "{" && v.Kind() == reflect.Map:
		m := reflect.MakeMap(v.Type())
		v.Set(m)
		return p.reflectMap(m, d+1)
	case rest == "[" && v.Kind() == reflect.Slice:
		s, err := p.reflectSlice(v.Type(), d+1)
		v.Set(s)
		return err
	case v.Kind() == reflect.Struct || v.Kind() == reflect.Map:
		return p.errorf(name + " wants a block: " + name + " {")
	case v.Kind() == reflect.Slice:
		return p.errorf(name + " wants a list: " + name + " [")
	}
	return p.reflectScalar(v, name, rest)
}

// mapBody reads the entries of map m at depth d, up to "}".
func (p *parser) reflectMap(m reflect.Value, d int) error {
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
		if err := p.reflectValue(e, key, rest, d); err != nil {
			return err
		}
		m.SetMapIndex(k, e)
	}
}

// sliceBody reads the elements of a slice of type t at depth d, up to "]".
func (p *parser) reflectSlice(t reflect.Type, d int) (reflect.Value, error) {
	s := reflect.MakeSlice(t, 0, 0)
	for {
		content, done, err := p.lineOf(d, "]")
		if err != nil || done {
			return s, err
		}
		e := reflect.New(t.Elem()).Elem()
		switch {
		case e.Kind() == reflect.Struct && content == "{":
			err = p.reflectStruct(e, d+1, "}")
		case e.Kind() == reflect.Struct || e.Kind() == reflect.Map || e.Kind() == reflect.Slice:
			err = p.errorf("want {, the start of a " + t.Elem().String())
		default:
			err = p.reflectScalar(e, "an element", content)
		}
		if err != nil {
			return s, err
		}
		s = reflect.Append(s, e)
	}
}

// scalar sets v, named name in errors, from its text s.
func (p *parser) reflectScalar(v reflect.Value, name, s string) error {
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
