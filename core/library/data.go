package library

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
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
	if err := p.vintage(v); err != nil {
		return nil, err
	}
	return v, nil
}

// mustParseVintage is parseVintage for the shipped texts, which the tests
// prove good.
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
	// key and val are the name of the field or map entry being read and
	// the text after it on its line.
	key, val string
}

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

// The parser is written out by type rather than driven by reflect: the
// reflect calls it would need (setting maps and slices, fields by name)
// cost main.wasm more code than these functions. Each function that reads
// a field's value finds the field's name in p.key and the text after it
// in p.val; those that read a block take the depth d of the field's line:
// the block's lines are one deeper, its closing bracket at depth d.

// errUnknown is what a fields callback returns for a name its type lacks.
var errUnknown = errors.New("unknown field")

// fields reads the fields of the struct typ, whose lines are at depth d,
// up to closer at depth d-1 ("" for the end of the text), calling field
// with each field's name (and p.key and p.val set).
func (p *parser) fields(typ string, d int, closer string, field func(name string) error) error {
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
		for _, s := range seen {
			if s == name {
				return p.errorf(name + " given twice")
			}
		}
		seen = append(seen, name)
		p.key, p.val = name, rest
		if err := field(name); err == errUnknown {
			return p.errorf(typ + " has no field " + strconv.Quote(name))
		} else if err != nil {
			return err
		}
	}
}

// open checks that the struct or map field p.key opens its block.
func (p *parser) open() error {
	if p.val != "{" {
		return p.errorf(p.key + " wants a block: " + p.key + " {")
	}
	return nil
}

// opensList checks that the list field p.key opens its list.
func (p *parser) opensList() error {
	if p.val != "[" {
		return p.errorf(p.key + " wants a list: " + p.key + " [")
	}
	return nil
}

// list reads the list of structs typ that field p.key (at depth d)
// opens, calling elem for each element, whose "{" is at depth d+1.
func (p *parser) list(typ string, d int, elem func(d int) error) error {
	if err := p.opensList(); err != nil {
		return err
	}
	for {
		content, done, err := p.lineOf(d+1, "]")
		if err != nil || done {
			return err
		}
		if content != "{" {
			return p.errorf("want {, the start of a " + typ)
		}
		if err := elem(d + 1); err != nil {
			return err
		}
	}
}

// strs reads the list of strings that field p.key (at depth d) opens.
func (p *parser) strs(dst *[]string, d int) error {
	if err := p.opensList(); err != nil {
		return err
	}
	*dst = []string{}
	for {
		content, done, err := p.lineOf(d+1, "]")
		if err != nil || done {
			return err
		}
		var e string
		p.key, p.val = "an element", content
		if err := p.str(&e); err != nil {
			return err
		}
		*dst = append(*dst, e)
	}
}

// entries reads the entries of the map that field p.key (at depth d)
// opens, calling entry with each key (and p.key and p.val set).
func (p *parser) entries(d int, entry func(key string) error) error {
	if err := p.open(); err != nil {
		return err
	}
	for {
		content, done, err := p.lineOf(d+1, "}")
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
		p.key, p.val = key, rest
		if err := entry(key); err != nil {
			return err
		}
	}
}

func (p *parser) twice(key string) error { return p.errorf(strconv.Quote(key) + " given twice") }

func (p *parser) facts(dst *Facts, d int) error {
	m := Facts{}
	*dst = m
	return p.entries(d, func(key string) error {
		if _, dup := m[key]; dup {
			return p.twice(key)
		}
		var f Fact
		if err := p.fact(&f, d+1); err != nil {
			return err
		}
		m[key] = f
		return nil
	})
}

func (p *parser) strMap(dst *map[string]string, d int) error {
	m := map[string]string{}
	*dst = m
	return p.entries(d, func(key string) error {
		if _, dup := m[key]; dup {
			return p.twice(key)
		}
		var s string
		if err := p.str(&s); err != nil {
			return err
		}
		m[key] = s
		return nil
	})
}

func (p *parser) vintage(v *Vintage) error {
	return p.fields("library.Vintage", 0, "", func(name string) error {
		switch name {
		case "ID":
			return p.str(&v.ID)
		case "ModelVersion":
			return p.int(&v.ModelVersion)
		case "Correlations":
			v.Correlations = []Correlation{}
			return p.list("library.Correlation", 0, func(d int) error {
				v.Correlations = append(v.Correlations, Correlation{})
				return p.correlation(&v.Correlations[len(v.Correlations)-1], d)
			})
		case "Sources":
			v.Sources = []Source{}
			return p.list("library.Source", 0, func(d int) error {
				v.Sources = append(v.Sources, Source{})
				return p.source(&v.Sources[len(v.Sources)-1], d)
			})
		case "Accelerators":
			v.Accelerators = []Accelerator{}
			return p.list("library.Accelerator", 0, func(d int) error {
				v.Accelerators = append(v.Accelerators, Accelerator{})
				return p.accelerator(&v.Accelerators[len(v.Accelerators)-1], d)
			})
		case "World":
			return p.world(&v.World, 0)
		case "WorldFacts":
			return p.facts(&v.WorldFacts, 0)
		case "Buyers":
			v.Buyers = []Buyer{}
			return p.list("library.Buyer", 0, func(d int) error {
				v.Buyers = append(v.Buyers, Buyer{})
				return p.buyer(&v.Buyers[len(v.Buyers)-1], d)
			})
		case "Deals":
			v.Deals = []Deal{}
			return p.list("library.Deal", 0, func(d int) error {
				v.Deals = append(v.Deals, Deal{})
				return p.deal(&v.Deals[len(v.Deals)-1], d)
			})
		case "Presets":
			v.Presets = []Preset{}
			return p.list("library.Preset", 0, func(d int) error {
				v.Presets = append(v.Presets, Preset{})
				return p.preset(&v.Presets[len(v.Presets)-1], d)
			})
		case "Notes":
			v.Notes = []Note{}
			return p.list("library.Note", 0, func(d int) error {
				v.Notes = append(v.Notes, Note{})
				return p.note(&v.Notes[len(v.Notes)-1], d)
			})
		}
		return errUnknown
	})
}

// fact reads a Fact field's block.
func (p *parser) fact(f *Fact, d int) error {
	if err := p.open(); err != nil {
		return err
	}
	return p.fields("library.Fact", d+1, "}", func(name string) error {
		switch name {
		case "Status":
			return p.u8((*uint8)(&f.Status))
		case "Basis":
			return p.str(&f.Basis)
		case "Sources":
			return p.strs(&f.Sources, d+1)
		case "Low":
			return p.num(&f.Low)
		case "High":
			return p.num(&f.High)
		}
		return errUnknown
	})
}

// The functions below each read the lines of a list element whose "{"
// is at depth d.

func (p *parser) correlation(c *Correlation, d int) error {
	return p.fields("library.Correlation", d+1, "}", func(name string) error {
		switch name {
		case "A":
			return p.str(&c.A)
		case "B":
			return p.str(&c.B)
		case "Rho":
			return p.num(&c.Rho)
		case "Fact":
			return p.fact(&c.Fact, d+1)
		}
		return errUnknown
	})
}

func (p *parser) source(s *Source, d int) error {
	return p.fields("library.Source", d+1, "}", func(name string) error {
		switch name {
		case "URL":
			return p.str(&s.URL)
		case "Title":
			return p.str(&s.Title)
		case "Date":
			return p.str(&s.Date)
		case "Grade":
			return p.u8((*uint8)(&s.Grade))
		}
		return errUnknown
	})
}

func (p *parser) accelerator(a *Accelerator, d int) error {
	return p.fields("library.Accelerator", d+1, "}", func(name string) error {
		switch name {
		case "ID":
			return p.str(&a.ID)
		case "Name":
			return p.str(&a.Name)
		case "ITKW":
			return p.num(&a.ITKW)
		case "FP8PFLOPS":
			return p.num(&a.FP8PFLOPS)
		case "HBMGB":
			return p.num(&a.HBMGB)
		case "CapexUSD":
			return p.num(&a.CapexUSD)
		case "Facts":
			return p.facts(&a.Facts, d+1)
		case "MarketUSDPerHour":
			return p.num(&a.MarketUSDPerHour)
		case "Market":
			return p.fact(&a.Market, d+1)
		}
		return errUnknown
	})
}

func (p *parser) world(w *model.World, d int) error {
	if err := p.open(); err != nil {
		return err
	}
	return p.fields("model.World", d+1, "}", func(name string) error {
		switch name {
		case "PUE":
			return p.num(&w.PUE)
		case "Load":
			return p.num(&w.Load)
		case "PowerUSDPerMWh":
			return p.num(&w.PowerUSDPerMWh)
		case "FacilityCapexMUSDPerMW":
			return p.num(&w.FacilityCapexMUSDPerMW)
		case "LifeYears":
			return p.num(&w.LifeYears)
		case "Utilization":
			return p.num(&w.Utilization)
		case "DiscountRate":
			return p.num(&w.DiscountRate)
		case "ValuationMonth":
			return p.month(&w.ValuationMonth)
		case "From":
			return p.month(&w.From)
		case "To":
			return p.month(&w.To)
		case "Sustain":
			return p.bool(&w.Sustain)
		case "SustainTrend":
			return p.num(&w.SustainTrend)
		case "Finance":
			return p.u8((*uint8)(&w.Finance))
		case "FinanceRate":
			return p.num(&w.FinanceRate)
		}
		return errUnknown
	})
}

func (p *parser) buyer(b *Buyer, d int) error {
	return p.fields("library.Buyer", d+1, "}", func(name string) error {
		switch name {
		case "Name":
			return p.str(&b.Name)
		case "Revenue":
			return p.revenue(&b.Revenue, d+1)
		case "Stated":
			return p.stated(&b.Stated, d+1)
		case "Facts":
			return p.facts(&b.Facts, d+1)
		case "Statements":
			b.Statements = []Statement{}
			return p.list("library.Statement", d+1, func(d int) error {
				b.Statements = append(b.Statements, Statement{})
				return p.statement(&b.Statements[len(b.Statements)-1], d)
			})
		case "Cash":
			return p.cash(&b.Cash, d+1)
		case "FundingFacts":
			return p.facts(&b.FundingFacts, d+1)
		case "FundingNotes":
			return p.strMap(&b.FundingNotes, d+1)
		case "Published":
			b.Published = []Published{}
			return p.list("library.Published", d+1, func(d int) error {
				b.Published = append(b.Published, Published{})
				return p.published(&b.Published[len(b.Published)-1], d)
			})
		}
		return errUnknown
	})
}

func (p *parser) revenue(r *model.Revenue, d int) error {
	if err := p.open(); err != nil {
		return err
	}
	return p.fields("model.Revenue", d+1, "}", func(name string) error {
		switch name {
		case "ARRUSD":
			return p.num(&r.ARRUSD)
		case "ARRMonth":
			return p.month(&r.ARRMonth)
		case "Growth":
			return p.num(&r.Growth)
		case "GrowthDecay":
			return p.num(&r.GrowthDecay)
		case "History":
			r.History = []model.RevenuePoint{}
			return p.list("model.RevenuePoint", d+1, func(d int) error {
				r.History = append(r.History, model.RevenuePoint{})
				return p.revenuePoint(&r.History[len(r.History)-1], d)
			})
		case "Mode":
			return p.u8((*uint8)(&r.Mode))
		case "PerGWYearUSD":
			return p.num(&r.PerGWYearUSD)
		case "PerGWTrend":
			return p.num(&r.PerGWTrend)
		}
		return errUnknown
	})
}

func (p *parser) revenuePoint(r *model.RevenuePoint, d int) error {
	return p.fields("model.RevenuePoint", d+1, "}", func(name string) error {
		switch name {
		case "Month":
			return p.month(&r.Month)
		case "ARRUSD":
			return p.num(&r.ARRUSD)
		}
		return errUnknown
	})
}

func (p *parser) stated(s *model.Stated, d int) error {
	if err := p.open(); err != nil {
		return err
	}
	return p.fields("model.Stated", d+1, "}", func(name string) error {
		switch name {
		case "ValueUSD":
			return p.num(&s.ValueUSD)
		case "GW":
			return p.num(&s.GW)
		case "GWPerWeek":
			return p.num(&s.GWPerWeek)
		}
		return errUnknown
	})
}

func (p *parser) cash(c *model.Cash, d int) error {
	if err := p.open(); err != nil {
		return err
	}
	return p.fields("model.Cash", d+1, "}", func(name string) error {
		switch name {
		case "Month":
			return p.month(&c.Month)
		case "USD":
			return p.num(&c.USD)
		case "OpexShare":
			return p.num(&c.OpexShare)
		case "OpexShareLate":
			return p.num(&c.OpexShareLate)
		case "OpexLateMonth":
			return p.month(&c.OpexLateMonth)
		case "RevShare":
			return p.num(&c.RevShare)
		case "RevShareEnd":
			return p.month(&c.RevShareEnd)
		case "RevShareCapUSD":
			return p.num(&c.RevShareCapUSD)
		case "Funding":
			c.Funding = []model.Funding{}
			return p.list("model.Funding", d+1, func(d int) error {
				c.Funding = append(c.Funding, model.Funding{})
				return p.funding(&c.Funding[len(c.Funding)-1], d)
			})
		}
		return errUnknown
	})
}

func (p *parser) funding(f *model.Funding, d int) error {
	return p.fields("model.Funding", d+1, "}", func(name string) error {
		switch name {
		case "ID":
			return p.str(&f.ID)
		case "Name":
			return p.str(&f.Name)
		case "USD":
			return p.num(&f.USD)
		case "Month":
			return p.month(&f.Month)
		case "On":
			return p.bool(&f.On)
		}
		return errUnknown
	})
}

func (p *parser) statement(s *Statement, d int) error {
	return p.fields("library.Statement", d+1, "}", func(name string) error {
		switch name {
		case "Text":
			return p.str(&s.Text)
		case "Date":
			return p.str(&s.Date)
		case "Sources":
			return p.strs(&s.Sources, d+1)
		}
		return errUnknown
	})
}

func (p *parser) published(u *Published, d int) error {
	return p.fields("library.Published", d+1, "}", func(name string) error {
		switch name {
		case "ID":
			return p.str(&u.ID)
		case "Source":
			return p.str(&u.Source)
		case "Date":
			return p.str(&u.Date)
		case "Label":
			return p.str(&u.Label)
		case "Path":
			return p.str(&u.Path)
		case "FromYear":
			return p.int(&u.FromYear)
		case "ToYear":
			return p.int(&u.ToYear)
		case "FromMonth":
			return p.month(&u.FromMonth)
		case "ValueUSD":
			return p.num(&u.ValueUSD)
		case "Fact":
			return p.fact(&u.Fact, d+1)
		case "Note":
			return p.str(&u.Note)
		}
		return errUnknown
	})
}

func (p *parser) deal(l *Deal, d int) error {
	return p.fields("library.Deal", d+1, "}", func(name string) error {
		switch name {
		case "ID":
			return p.str(&l.ID)
		case "Buyer":
			return p.str(&l.Buyer)
		case "Provider":
			return p.str(&l.Provider)
		case "Kind":
			return p.u8((*uint8)(&l.Kind))
		case "Accel":
			return p.str(&l.Accel)
		case "On":
			return p.bool(&l.On)
		case "Derive":
			return p.u8((*uint8)(&l.Derive))
		case "ValueUSD":
			return p.num(&l.ValueUSD)
		case "Price":
			return p.num(&l.Price)
		case "PriceAuto":
			return p.bool(&l.PriceAuto)
		case "Size":
			return p.num(&l.Size)
		case "SizeUnit":
			return p.u8((*uint8)(&l.SizeUnit))
		case "Start":
			return p.month(&l.Start)
		case "Full":
			return p.month(&l.Full)
		case "TermMonths":
			return p.int(&l.TermMonths)
		case "Shape":
			return p.u8((*uint8)(&l.Shape))
		case "Sustain":
			return p.u8((*uint8)(&l.Sustain))
		case "Commitment":
			return p.u8((*uint8)(&l.Commitment))
		case "CommitmentNote":
			return p.str(&l.CommitmentNote)
		case "Title":
			return p.str(&l.Title)
		case "Announced":
			return p.str(&l.Announced)
		case "Facts":
			return p.facts(&l.Facts, d+1)
		case "Note":
			return p.str(&l.Note)
		case "NoteSources":
			return p.strs(&l.NoteSources, d+1)
		}
		return errUnknown
	})
}

func (p *parser) preset(s *Preset, d int) error {
	return p.fields("library.Preset", d+1, "}", func(name string) error {
		switch name {
		case "ID":
			return p.str(&s.ID)
		case "Title":
			return p.str(&s.Title)
		case "Note":
			return p.str(&s.Note)
		case "Buyer":
			return p.str(&s.Buyer)
		case "On":
			return p.strs(&s.On, d+1)
		case "Overrides":
			return p.strMap(&s.Overrides, d+1)
		}
		return errUnknown
	})
}

func (p *parser) note(n *Note, d int) error {
	return p.fields("library.Note", d+1, "}", func(name string) error {
		switch name {
		case "Title":
			return p.str(&n.Title)
		case "Text":
			return p.str(&n.Text)
		case "Sources":
			return p.strs(&n.Sources, d+1)
		}
		return errUnknown
	})
}

// The scalars: each sets *dst from p.val, the text after the name p.key.

func (p *parser) str(dst *string) error {
	name, s := p.key, p.val
	if s == "{" || s == "[" || s == "}" || s == "]" {
		return p.errorf(name + " is a string: write a lone bracket as a Go string literal")
	}
	if s[0] == ' ' {
		return p.errorf(name + ": write a string with a space at either end as a Go string literal")
	}
	if s[0] != '"' {
		*dst = s
		return nil
	}
	u, err := strconv.Unquote(s)
	if err != nil {
		return p.errorf(name + ": a value that opens a quote must be a Go string literal")
	}
	*dst = u
	return nil
}

func (p *parser) bool(dst *bool) error {
	name, s := p.key, p.val
	if s != "true" && s != "false" {
		return p.errorf(name + " wants true or false, not " + strconv.Quote(s))
	}
	*dst = s == "true"
	return nil
}

func (p *parser) month(dst *calendar.Month) error {
	name, s := p.key, p.val
	m, err := calendar.Parse(s)
	if err != nil {
		return p.errorf(name + ": " + err.Error())
	}
	*dst = m
	return nil
}

func (p *parser) int(dst *int) error {
	name, s := p.key, p.val
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return p.errorf(name + " wants a whole number, not " + strconv.Quote(s))
	}
	*dst = int(n)
	return p.canonical(name, s, strconv.FormatInt(n, 10))
}

func (p *parser) u8(dst *uint8) error {
	name, s := p.key, p.val
	n, err := strconv.ParseUint(s, 10, 8)
	if err != nil {
		return p.errorf(name + " wants a whole number from 0 to 255, not " + strconv.Quote(s))
	}
	*dst = uint8(n)
	return p.canonical(name, s, strconv.FormatUint(n, 10))
}

func (p *parser) num(dst *float64) error {
	name, s := p.key, p.val
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return p.errorf(name + " wants a finite number, not " + strconv.Quote(s))
	}
	*dst = f
	return p.canonical(name, s, strconv.FormatFloat(f, 'g', -1, 64))
}

// canonical requires a number in its one spelling.
func (p *parser) canonical(name, s, want string) error {
	if s != want {
		return p.errorf(name + ": write " + strconv.Quote(s) + " as " + want)
	}
	return nil
}
