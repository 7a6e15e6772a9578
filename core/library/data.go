package library

import (
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
// cost main.wasm more code than these functions. Each type's fields are a
// table of where each value goes (a switch on the name per type was
// larger again: about 300 bytes of wasm a field). Each function that reads
// a field's value finds the field's name in p.key and the text after it
// in p.val; those that read a block take the depth d of the field's line:
// the block's lines are one deeper, its closing bracket at depth d.

// A field is where the value of a struct's field goes, by its name in the
// file: a pointer to a scalar (*string, *float64, *int, *uint8 for the
// enumerations, *bool, *calendar.Month), to a list of strings, to a map
// (*Facts, *map[string]string) or to a Fact; or a function that reads the
// block or list the field opens, given the depth of the field's line.
type field struct {
	name string
	dst  any
}

// fields reads the fields of the struct typ, whose lines are at depth d,
// up to closer at depth d-1 ("" for the end of the text), into fs.
func (p *parser) fields(typ string, d int, closer string, fs []field) error {
	var seen uint64
	i := 0 // where to look for the next name: fields come in their order
	for {
		content, done, err := p.lineOf(d, closer)
		if err != nil || done {
			return err
		}
		name, rest, ok := strings.Cut(content, " ")
		if !ok {
			return p.errorf("want a field name, a space and a value, not " + strconv.Quote(content))
		}
		n := 0
		for ; n < len(fs) && fs[i].name != name; n++ {
			if i++; i == len(fs) {
				i = 0
			}
		}
		if n == len(fs) {
			return p.errorf(typ + " has no field " + strconv.Quote(name))
		}
		if seen&(1<<i) != 0 {
			return p.errorf(name + " given twice")
		}
		seen |= 1 << i
		p.key, p.val = name, rest
		if err := p.set(fs[i].dst, d); err != nil {
			return err
		}
	}
}

// set reads the value of field p.key, whose line is at depth d, into dst.
func (p *parser) set(dst any, d int) error {
	switch dst := dst.(type) {
	case *string:
		return p.str(dst)
	case *float64:
		return p.num(dst)
	case *int:
		return p.int(dst)
	case *uint8:
		return p.u8(dst)
	case *bool:
		return p.bool(dst)
	case *calendar.Month:
		return p.month(dst)
	case *[]string:
		return p.strs(dst, d)
	case *Facts:
		return p.facts(dst, d)
	case *map[string]string:
		return p.strMap(dst, d)
	case *Fact:
		return p.fact(dst, d)
	case func(int) error:
		return dst(d)
	}
	panic("library: a field of an unknown kind")
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
	return p.fields("library.Vintage", 0, "", []field{
		{"ID", &v.ID},
		{"ModelVersion", &v.ModelVersion},
		{"Correlations", func(d int) error {
			v.Correlations = []Correlation{}
			return p.list("library.Correlation", d, func(d int) error {
				v.Correlations = append(v.Correlations, Correlation{})
				return p.correlation(&v.Correlations[len(v.Correlations)-1], d)
			})
		}},
		{"Sources", func(d int) error {
			v.Sources = []Source{}
			return p.list("library.Source", d, func(d int) error {
				v.Sources = append(v.Sources, Source{})
				return p.source(&v.Sources[len(v.Sources)-1], d)
			})
		}},
		{"Accelerators", func(d int) error {
			v.Accelerators = []Accelerator{}
			return p.list("library.Accelerator", d, func(d int) error {
				v.Accelerators = append(v.Accelerators, Accelerator{})
				return p.accelerator(&v.Accelerators[len(v.Accelerators)-1], d)
			})
		}},
		{"World", func(d int) error { return p.world(&v.World, d) }},
		{"WorldFacts", &v.WorldFacts},
		{"Buyers", func(d int) error {
			v.Buyers = []Buyer{}
			return p.list("library.Buyer", d, func(d int) error {
				v.Buyers = append(v.Buyers, Buyer{})
				return p.buyer(&v.Buyers[len(v.Buyers)-1], d)
			})
		}},
		{"Deals", func(d int) error {
			v.Deals = []Deal{}
			return p.list("library.Deal", d, func(d int) error {
				v.Deals = append(v.Deals, Deal{})
				return p.deal(&v.Deals[len(v.Deals)-1], d)
			})
		}},
		{"Presets", func(d int) error {
			v.Presets = []Preset{}
			return p.list("library.Preset", d, func(d int) error {
				v.Presets = append(v.Presets, Preset{})
				return p.preset(&v.Presets[len(v.Presets)-1], d)
			})
		}},
		{"Notes", func(d int) error {
			v.Notes = []Note{}
			return p.list("library.Note", d, func(d int) error {
				v.Notes = append(v.Notes, Note{})
				return p.note(&v.Notes[len(v.Notes)-1], d)
			})
		}},
	})
}

func (p *parser) fact(f *Fact, d int) error {
	if err := p.open(); err != nil {
		return err
	}
	return p.fields("library.Fact", d+1, "}", []field{
		{"Status", (*uint8)(&f.Status)},
		{"Basis", &f.Basis},
		{"Sources", &f.Sources},
		{"Low", &f.Low},
		{"High", &f.High},
	})
}

// The functions below each read the lines of a list element whose "{"
// is at depth d, or of a block opened by field p.key at depth d.

func (p *parser) correlation(c *Correlation, d int) error {
	return p.fields("library.Correlation", d+1, "}", []field{
		{"A", &c.A},
		{"B", &c.B},
		{"Rho", &c.Rho},
		{"Fact", &c.Fact},
	})
}

func (p *parser) source(s *Source, d int) error {
	return p.fields("library.Source", d+1, "}", []field{
		{"URL", &s.URL},
		{"Title", &s.Title},
		{"Date", &s.Date},
		{"Grade", (*uint8)(&s.Grade)},
	})
}

func (p *parser) accelerator(a *Accelerator, d int) error {
	return p.fields("library.Accelerator", d+1, "}", []field{
		{"ID", &a.ID},
		{"Name", &a.Name},
		{"ITKW", &a.ITKW},
		{"FP8PFLOPS", &a.FP8PFLOPS},
		{"HBMGB", &a.HBMGB},
		{"CapexUSD", &a.CapexUSD},
		{"Facts", &a.Facts},
		{"MarketUSDPerHour", &a.MarketUSDPerHour},
		{"Market", &a.Market},
	})
}

func (p *parser) world(w *model.World, d int) error {
	if err := p.open(); err != nil {
		return err
	}
	return p.fields("model.World", d+1, "}", []field{
		{"PUE", &w.PUE},
		{"Load", &w.Load},
		{"PowerUSDPerMWh", &w.PowerUSDPerMWh},
		{"FacilityCapexMUSDPerMW", &w.FacilityCapexMUSDPerMW},
		{"LifeYears", &w.LifeYears},
		{"Utilization", &w.Utilization},
		{"DiscountRate", &w.DiscountRate},
		{"ValuationMonth", &w.ValuationMonth},
		{"From", &w.From},
		{"To", &w.To},
		{"Sustain", &w.Sustain},
		{"SustainTrend", &w.SustainTrend},
		{"Finance", (*uint8)(&w.Finance)},
		{"FinanceRate", &w.FinanceRate},
	})
}

func (p *parser) buyer(b *Buyer, d int) error {
	return p.fields("library.Buyer", d+1, "}", []field{
		{"Name", &b.Name},
		{"Revenue", func(d int) error { return p.revenue(&b.Revenue, d) }},
		{"Stated", func(d int) error { return p.stated(&b.Stated, d) }},
		{"Facts", &b.Facts},
		{"Statements", func(d int) error {
			b.Statements = []Statement{}
			return p.list("library.Statement", d, func(d int) error {
				b.Statements = append(b.Statements, Statement{})
				return p.statement(&b.Statements[len(b.Statements)-1], d)
			})
		}},
		{"Cash", func(d int) error { return p.cash(&b.Cash, d) }},
		{"FundingFacts", &b.FundingFacts},
		{"FundingNotes", &b.FundingNotes},
		{"Published", func(d int) error {
			b.Published = []Published{}
			return p.list("library.Published", d, func(d int) error {
				b.Published = append(b.Published, Published{})
				return p.published(&b.Published[len(b.Published)-1], d)
			})
		}},
	})
}

func (p *parser) revenue(r *model.Revenue, d int) error {
	if err := p.open(); err != nil {
		return err
	}
	return p.fields("model.Revenue", d+1, "}", []field{
		{"ARRUSD", &r.ARRUSD},
		{"ARRMonth", &r.ARRMonth},
		{"Growth", &r.Growth},
		{"GrowthDecay", &r.GrowthDecay},
		{"History", func(d int) error {
			r.History = []model.RevenuePoint{}
			return p.list("model.RevenuePoint", d, func(d int) error {
				r.History = append(r.History, model.RevenuePoint{})
				return p.revenuePoint(&r.History[len(r.History)-1], d)
			})
		}},
		{"Mode", (*uint8)(&r.Mode)},
		{"PerGWYearUSD", &r.PerGWYearUSD},
		{"PerGWTrend", &r.PerGWTrend},
	})
}

func (p *parser) revenuePoint(r *model.RevenuePoint, d int) error {
	return p.fields("model.RevenuePoint", d+1, "}", []field{
		{"Month", &r.Month},
		{"ARRUSD", &r.ARRUSD},
	})
}

func (p *parser) stated(s *model.Stated, d int) error {
	if err := p.open(); err != nil {
		return err
	}
	return p.fields("model.Stated", d+1, "}", []field{
		{"ValueUSD", &s.ValueUSD},
		{"GW", &s.GW},
		{"GWPerWeek", &s.GWPerWeek},
	})
}

func (p *parser) cash(c *model.Cash, d int) error {
	if err := p.open(); err != nil {
		return err
	}
	return p.fields("model.Cash", d+1, "}", []field{
		{"Month", &c.Month},
		{"USD", &c.USD},
		{"OpexShare", &c.OpexShare},
		{"OpexShareLate", &c.OpexShareLate},
		{"OpexLateMonth", &c.OpexLateMonth},
		{"RevShare", &c.RevShare},
		{"RevShareEnd", &c.RevShareEnd},
		{"RevShareCapUSD", &c.RevShareCapUSD},
		{"Funding", func(d int) error {
			c.Funding = []model.Funding{}
			return p.list("model.Funding", d, func(d int) error {
				c.Funding = append(c.Funding, model.Funding{})
				return p.funding(&c.Funding[len(c.Funding)-1], d)
			})
		}},
	})
}

func (p *parser) funding(f *model.Funding, d int) error {
	return p.fields("model.Funding", d+1, "}", []field{
		{"ID", &f.ID},
		{"Name", &f.Name},
		{"USD", &f.USD},
		{"Month", &f.Month},
		{"On", &f.On},
	})
}

func (p *parser) statement(s *Statement, d int) error {
	return p.fields("library.Statement", d+1, "}", []field{
		{"Text", &s.Text},
		{"Date", &s.Date},
		{"Sources", &s.Sources},
	})
}

func (p *parser) published(u *Published, d int) error {
	return p.fields("library.Published", d+1, "}", []field{
		{"ID", &u.ID},
		{"Source", &u.Source},
		{"Date", &u.Date},
		{"Label", &u.Label},
		{"Path", &u.Path},
		{"FromYear", &u.FromYear},
		{"ToYear", &u.ToYear},
		{"FromMonth", &u.FromMonth},
		{"ValueUSD", &u.ValueUSD},
		{"Fact", &u.Fact},
		{"Note", &u.Note},
	})
}

func (p *parser) deal(l *Deal, d int) error {
	return p.fields("library.Deal", d+1, "}", []field{
		{"ID", &l.ID},
		{"Buyer", &l.Buyer},
		{"Provider", &l.Provider},
		{"Kind", (*uint8)(&l.Kind)},
		{"Accel", &l.Accel},
		{"On", &l.On},
		{"Derive", (*uint8)(&l.Derive)},
		{"ValueUSD", &l.ValueUSD},
		{"Price", &l.Price},
		{"PriceAuto", &l.PriceAuto},
		{"Size", &l.Size},
		{"SizeUnit", (*uint8)(&l.SizeUnit)},
		{"Start", &l.Start},
		{"Full", &l.Full},
		{"TermMonths", &l.TermMonths},
		{"Shape", (*uint8)(&l.Shape)},
		{"Sustain", (*uint8)(&l.Sustain)},
		{"Commitment", (*uint8)(&l.Commitment)},
		{"CommitmentNote", &l.CommitmentNote},
		{"Title", &l.Title},
		{"Announced", &l.Announced},
		{"Facts", &l.Facts},
		{"Note", &l.Note},
		{"NoteSources", &l.NoteSources},
	})
}

func (p *parser) preset(s *Preset, d int) error {
	return p.fields("library.Preset", d+1, "}", []field{
		{"ID", &s.ID},
		{"Title", &s.Title},
		{"Note", &s.Note},
		{"Buyer", &s.Buyer},
		{"On", &s.On},
		{"Overrides", &s.Overrides},
	})
}

func (p *parser) note(n *Note, d int) error {
	return p.fields("library.Note", d+1, "}", []field{
		{"Title", &n.Title},
		{"Text", &n.Text},
		{"Sources", &n.Sources},
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
