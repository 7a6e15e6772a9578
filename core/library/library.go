// Package library holds the explorer's built-in data: the hardware
// catalog ([Accelerator]), the deal library ([Deal]), the buyers' revenue
// and stated totals ([Buyer]), and the presets ([Preset]), each default a
// [Fact] with its status (disclosed, reported, assumed), its range where
// it has one, and its sources.
//
// Data comes in vintages ([Vintage]). A vintage never changes once
// shipped: a scenario link names the vintage it was made against, so that
// it shows the same numbers after later vintages change the defaults. A
// [Catalog] is the set of vintages a program knows; [Default] is this
// build's.
package library

import (
	"slices"
	"sync"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
)

// Status says how much a default can be trusted.
type Status uint8

const (
	// Disclosed: stated by a party to the deal.
	Disclosed Status = iota + 1
	// Reported: reported by the press or an analyst, not confirmed by the parties.
	Reported
	// Assumed: our own assumption, for the user to change; its range says
	// how unsure it is.
	Assumed
)

func (s Status) String() string {
	switch s {
	case Disclosed:
		return "disclosed"
	case Reported:
		return "reported"
	case Assumed:
		return "assumed"
	}
	return "unknown"
}

// Fact is the provenance of one default value.
type Fact struct {
	Status Status
	// Basis says in a few words what the value rests on.
	Basis string
	// Sources are links to where the figure was published.
	Sources []string
	// Low and High are the default uncertainty range; both zero when the
	// value carries none.
	Low, High float64
}

// HasRange reports whether the fact carries an uncertainty range.
func (f Fact) HasRange() bool { return f.Low != 0 || f.High != 0 }

// Facts maps an input's field name (as in links: "value", "n", "it_kw",
// "pue" …) to its provenance.
type Facts map[string]Fact

// Accelerator is a catalog entry with the provenance of each figure.
type Accelerator struct {
	model.Accelerator
	Facts Facts
	// MarketUSDPerHour is a market rental price per accelerator-hour to set
	// beside implied prices; zero when none was found.
	MarketUSDPerHour float64
	Market           Fact
}

// Commitment says how firmly a deal binds its buyer (vintage 2026-12 on).
type Commitment uint8

const (
	// CommitmentUnknown: the vintage does not say (2026-11).
	CommitmentUnknown Commitment = iota
	// Binding: a signed, definitive agreement.
	Binding
	// UpTo: a binding agreement whose size is a ceiling ("up to 5 GW").
	UpTo
	// Framework: a framework or plan whose tranches are agreed one by one.
	Framework
	// LetterOfIntent: not signed.
	LetterOfIntent
)

func (c Commitment) String() string {
	switch c {
	case Binding:
		return "binding"
	case UpTo:
		return "up-to"
	case Framework:
		return "framework"
	case LetterOfIntent:
		return "letter of intent"
	}
	return "not stated"
}

// Grade is the reliability of a source: H several outlets, or a filing or
// company post quoted; M one reputable outlet or a widely repeated analyst
// figure; L a blog, an aggregator or a single claim.
type Grade uint8

const (
	GradeUnknown Grade = iota
	GradeL
	GradeM
	GradeH
)

func (g Grade) String() string {
	switch g {
	case GradeH:
		return "H"
	case GradeM:
		return "M"
	case GradeL:
		return "L"
	}
	return "?"
}

// Source is one published source of a vintage, by the URL that facts
// cite.
type Source struct {
	URL   string
	Title string // the publisher's title, or what the page is
	Date  string // YYYY-MM-DD or YYYY-MM where known
	Grade Grade
}

// Deal is a library deal: its default terms (switched off; presets switch
// deals on) and where they come from.
type Deal struct {
	model.Deal
	// Commitment and CommitmentNote say how firmly the deal binds
	// ("binding (r)", "12 B binding, 15 B up-to").
	Commitment     Commitment
	CommitmentNote string
	// Title is how the deal is called on the page: its provider, told
	// apart where a provider has two deals, and its buyer if not OpenAI.
	Title string
	// Announced is YYYY-MM-DD; YYYY-MM or YYYY where only that is known,
	// empty where the data gives a span ("2023–2025", "before 2025").
	Announced string
	Facts     Facts
	Note      string
	// NoteSources back the note.
	NoteSources []string
}

// Buyer holds a buyer's revenue path and stated totals.
type Buyer struct {
	Name    string
	Revenue model.Revenue
	Stated  model.Stated
	// Facts cover arr, arr_month, growth, growth_decay, stated_value and
	// stated_gw.
	Facts Facts
	// Statements are the buyer's own claims to set beside the portfolio.
	Statements []Statement
	// Cash is the buyer's other costs, revenue share, opening cash and
	// funding events (MODEL.md §10); Funding's facts and notes are in
	// FundingFacts, by event id.
	Cash         model.Cash
	FundingFacts Facts
	FundingNotes map[string]string
	// Published are analyses' figures to set beside the scenario's.
	Published []Published
}

// Published is a figure an analysis published, to set beside the same
// quantity of the scenario.
type Published struct {
	ID     string
	Source string // who: "HSBC", "OpenAI to investors"
	Date   string // YYYY-MM
	Label  string // "rent, H2 2025 to 2030"
	// Path is the eval-JSON path of the quantity, or a sum of a yearly
	// field over FromYear … ToYear ("years.spend_usd").
	Path             string
	FromYear, ToYear int
	// FromMonth narrows the first year to start at a month (HSBC counts
	// from H2 2025); zero: January of FromYear.
	FromMonth calendar.Month
	ValueUSD  float64
	Fact      Fact
	Note      string
}

// Statement is a claim with its source, shown as text.
type Statement struct {
	Text    string
	Date    string
	Sources []string
}

// Preset is a ready-made selection of deals.
type Preset struct {
	ID    string
	Title string
	Note  string
	Buyer string
	On    []string // deal ids switched on
	// Overrides are link values (link key → value, as a link writes them:
	// "growth" → "1.15") that the preset sets on top of the vintage's
	// defaults. Only presets that mirror an analysis need them; nil for the
	// rest. Portfolio does not apply them: the scenario reads them as if a
	// link had set them, so that they show as the user's changes.
	Overrides map[string]string
}

// Note is a remark the page shows with the deals.
type Note struct {
	Title   string
	Text    string
	Sources []string
}

// Vintage is one edition of the built-in data.
type Vintage struct {
	ID string // YYYY-MM
	// ModelVersion is the version of MODEL.md whose sampling the vintage's
	// links follow: 1 (2026-11) or 2 (2026-12 on, §11).
	ModelVersion int
	// Correlations are the default correlations of sampled inputs.
	Correlations []Correlation
	// Sources grade every source the vintage's facts cite, by URL.
	Sources      []Source
	Accelerators []Accelerator
	World        model.World
	WorldFacts   Facts
	Buyers       []Buyer
	Deals        []Deal
	Presets      []Preset
	Notes        []Note
}

// Correlation is a default correlation between two sampled inputs, by
// link key (MODEL.md §11).
type Correlation struct {
	A, B string
	Rho  float64
	Fact Fact
}

// Source, Deal, Accelerator, Preset and Buyer, the lookups by id, are in
// size.go.

// DefaultPreset is the preset a link means when it names none: the first.
func (v *Vintage) DefaultPreset() *Preset { return &v.Presets[0] }

// Portfolio builds the model input of a preset: every library deal, the
// preset's switched on, the world defaults, and the preset buyer's revenue
// and stated totals. The result shares nothing with the vintage.
func (v *Vintage) Portfolio(p *Preset) model.Portfolio {
	out := model.Portfolio{World: v.World}
	if b, ok := v.Buyer(p.Buyer); ok {
		out.Revenue = b.Revenue
		out.Revenue.History = slices.Clone(b.Revenue.History)
		out.Cash = b.Cash
		out.Cash.Funding = slices.Clone(b.Cash.Funding)
		out.Stated = b.Stated
	}
	out.Accelerators = make([]model.Accelerator, len(v.Accelerators))
	for i := range v.Accelerators {
		out.Accelerators[i] = v.Accelerators[i].Accelerator
	}
	out.Deals = make([]model.Deal, len(v.Deals))
	for i := range v.Deals {
		out.Deals[i] = v.Deals[i].Deal
		for _, id := range p.On {
			if id == v.Deals[i].ID {
				out.Deals[i].On = true
			}
		}
	}
	return out
}

// Catalog is the set of vintages a program knows, oldest first.
type Catalog struct {
	Vintages []*Vintage
}

// Default is the catalog of every vintage this build ships. The vintages
// are parsed from their embedded files at the first call and shared by
// every catalog after it: a vintage is never changed.
func Default() *Catalog {
	return &Catalog{Vintages: slices.Clone(shipped())}
}

// shipped parses the vintages once, oldest first.
var shipped = sync.OnceValue(func() []*Vintage {
	vs := make([]*Vintage, len(shippedFiles))
	for i, f := range shippedFiles {
		vs[i] = mustParseVintage(f.file, f.line, f.text)
	}
	return vs
})

// Latest is the newest vintage.
func (c *Catalog) Latest() *Vintage { return c.Vintages[len(c.Vintages)-1] }

// Vintage returns the vintage with the given id.
func (c *Catalog) Vintage(id string) (*Vintage, bool) {
	for _, v := range c.Vintages {
		if v.ID == id {
			return v, true
		}
	}
	return nil, false
}
