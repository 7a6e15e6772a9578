package page

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/explain"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/report"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// View is the whole page: the element with id "app" and everything in it.
func (a *App) View() *Node {
	a.beginFrame()
	defer a.endFrame()
	a.drawn = a.drawn[:0]
	if a.isEmbed {
		return a.embedView()
	}
	base := a.s.Base()
	// Compare leads the page while on, and waits at the end while off.
	cmp := a.compareView()
	var cmpTop, cmpEnd Item = cmp, nil
	if a.cmp.pinned == nil {
		cmpTop, cmpEnd = nil, cmp
	}
	return E("div", A("id", "app"), Class("app"),
		a.header(),
		a.noticeView(),
		a.headline(),
		E("main", Class("cols"),
			E("div", Class("col-main"),
				cmpTop,
				a.chartsView(),
				a.wordsView(),
				a.publishedView(),
				a.uncertaintyView(),
				cmpEnd,
				a.tablesView(),
			),
			E("div", Class("col-side"),
				a.dealsView(base),
				a.worldView(base),
				a.accelView(base),
			),
		),
		a.sourcesView(),
		a.footer(),
	)
}

func (a *App) header() *Node {
	s := a.s
	sel := E("select", A("id", "preset"), A("data-input", "preset"), A("data-role", "choice"), A("value", s.Preset.ID))
	for _, p := range s.Vintage.Presets {
		sel.Children = append(sel.Children, E("option", A("value", p.ID), If(p.ID == s.Preset.ID, A("selected", "")), T(p.Title)))
	}
	changed := a.link != s.Head()
	return E("header", Class("top"),
		// Skip links focus their section's heading without touching the
		// address, whose fragment is the scenario (app.js handles them).
		E("nav", Class("skip"), A("aria-label", "Skip links"),
			E("a", A("href", "#deals-title"), A("data-skip", "deals-title"), T("Skip to the deals")),
			E("a", A("href", "#world-title"), A("data-skip", "world-title"), T("Skip to the assumptions")),
			E("a", A("href", "#charts-title"), A("data-skip", "charts-title"), T("Skip to the charts"))),
		E("div", Class("brand"),
			E("h1", T("Compute Deals Explorer")),
			E("p", Class("tagline"), T("What the AI compute deals add up to, and what changes if the assumptions do.")),
		),
		E("div", Class("tools"), A("role", "toolbar"), A("aria-label", "Scenario"),
			E("label", Class("preset"), A("for", "preset"), T("Preset")),
			sel,
			E("button", A("type", "button"), Class("primary"), A("data-act", "copy"),
				T("Copy link")),
			E("button", A("type", "button"), A("data-act", "copy-summary"), A("title", "the title, the link and the summary in words"),
				T("Copy summary")),
			button("undo", "Undo", len(a.hist.undo) == 0),
			button("redo", "Redo", len(a.hist.redo) == 0),
			button("reset-all", "Reset all", !changed),
			E("span", Class("copied"), A("role", "status"), A("aria-live", "polite")),
		),
	)
}

func button(act, label string, disabled bool) *Node {
	return E("button", A("type", "button"), A("data-act", act), If(disabled, A("disabled", "")), T(label))
}

func (a *App) noticeView() Item {
	if a.notice == nil {
		return nil
	}
	n := a.notice
	list := E("ul")
	for _, it := range n.items {
		list.Children = append(list.Children, E("li", T(it)))
	}
	var more Item
	if len(n.more) > 0 {
		ml := E("ul")
		for _, it := range n.more {
			ml.Children = append(ml.Children, E("li", T(it)))
		}
		more = E("details", Class("more"), E("summary", T("and "+plural(len(n.more), "more problem"))), ml)
	}
	return E("div", Class("notice"), A("role", "alert"),
		E("h2", T(n.title)),
		list,
		more,
		If(n.note != "", E("p", T(n.note))),
		If(n.keys, E("p", E("a", A("href", "method.html#keys"), T("The keys a link may hold, and their values")))),
		If(n.undo && len(a.hist.undo) > 0, E("button", A("type", "button"), A("data-act", "undo"), T("Undo"))),
		E("button", A("type", "button"), A("data-act", "dismiss"), A("aria-keyshortcuts", "Escape"), T("Dismiss")),
	)
}

// out is a shown total: its text, with its eval JSON path and raw number
// for tests and readers' scripts.
func out(path string, v float64, u units.Unit) *Node {
	return E("span", Class("out"), A("data-output", path), A("data-value", num(v)), T(units.Format(v, u)))
}

// label is how the output registry (report) names an output path.
func (a *App) label(path string) string {
	l := a.layout()
	if i := l.Index(path); i >= 0 {
		return l.Labels[i]
	}
	return path
}

// scrollRegion holds a wide table that scrolls sideways on a narrow
// screen: focusable and named, so that a keyboard reaches and scrolls it.
func scrollRegion(label string, content Item) *Node {
	return E("div", Class("scroll"), A("tabindex", "0"), A("role", "region"), A("aria-label", label), content)
}

// outText is a shown total that is not a number (a month): raw is what
// the eval JSON holds.
func outText(path, raw, text string) *Node {
	return E("span", Class("out"), A("data-output", path), A("data-value", raw), T(text))
}

func (a *App) headline() *Node {
	t := &a.r.Totals
	buyer := a.s.Preset.Buyer
	card := func(title string, big Item, cmp ...Item) *Node {
		var band, derive Item
		if n, ok := big.(*Node); ok {
			if p, has := n.Attr("data-output"); has {
				if i := a.layout().Index(p); i >= 0 {
					band = a.bandText(p, a.layout().Units[i])
				}
				derive = a.derivationView(p)
			}
		}
		// The band line is there before its band is (see bandText): a line
		// that came later would push the card's derivation down and, by
		// shifting its children, make the diff rebuild it closed.
		return E("div", Class("card"), E("h3", T(title)), E("p", Class("big"), big), If(band != nil, E("p", Class("bandline"), band)),
			E("p", Class("cmp"), Items(cmp)), derive)
	}
	stated := a.statedFacts()
	// vs fills the slots of explain.VsStated: the stated figure, an
	// output at path, and its source badge.
	vs := func(claim float64, u units.Unit, path, fact string) func(string) Item {
		return func(slot string) Item {
			if slot == "claim" {
				return out(path, claim, u)
			}
			return stated[fact]
		}
	}
	paybackText, paybackWhat := explain.Payback(t, a.r.From)
	paybackRaw := ""
	if t.HasPayback || t.PeakCumulativeGapUSD <= 0 {
		paybackRaw = t.PaybackMonth.String()
	}
	peakGW := vs(t.StatedGW, units.GW, "portfolio.stated_gw", "stated_gw")
	cards := E("div", Class("cards"),
		a.cashCard(card),
		card(a.label("portfolio.value_usd"), out("portfolio.value_usd", t.ValueUSD, units.USD),
			parts(explain.VsStated(buyer, t.ValueUSD, t.StatedValueUSD), vs(t.StatedValueUSD, units.USD, "portfolio.stated_value_usd", "stated_value"))...),
		card(a.label("portfolio.peak_facility_gw"), out("portfolio.peak_facility_gw", t.PeakFacilityGW, units.GW),
			parts(explain.PeakGW(buyer, t), func(slot string) Item {
				if slot == "month" {
					return outText("portfolio.peak_gw_month", t.PeakGWMonth.String(), t.PeakGWMonth.Text())
				}
				return peakGW(slot)
			})...),
		card(a.label("portfolio.peak_gw_per_week"), out("portfolio.peak_gw_per_week", t.PeakGWPerWeek, units.GWPerWeek), a.ambitionItems(t)...),
		card(a.label("portfolio.peak_cumulative_gap_usd"), out("portfolio.peak_cumulative_gap_usd", t.PeakCumulativeGapUSD, units.USD),
			parts(explain.Gap(t, a.r.From), func(string) Item {
				return outText("portfolio.peak_gap_month", t.PeakGapMonth.String(), t.PeakGapMonth.Text())
			})...),
		card("Payback", outText("portfolio.payback_month", paybackRaw, paybackText), T(paybackWhat), a.thresholdItem("")),
		card(a.label("portfolio.pv_usd"), out("portfolio.pv_usd", t.PVUSD, units.USD),
			T(explain.PresentValue(a.s.Portfolio.World.DiscountRate, a.s.Portfolio.World.ValuationMonth))),
	)
	return E("section", Class("headline"), A("aria-labelledby", "hl-title"),
		E("h2", A("id", "hl-title"), Class("vh"), T("Headline totals")),
		E("p", Class("howto"), T(howTo)),
		cards,
	)
}

// howTo is the page's one line on what to do, above the figures it is
// about.
const howTo = "Tick deals on or off and move their sliders, or change the assumptions below them: every figure and chart follows at once, and Copy link shares what you see."

// wordsView is the scenario in words: the preset's note, the summary, the
// implied prices and the exports.
func (a *App) wordsView() *Node {
	return E("section", Class("words"), A("aria-labelledby", "words-title"),
		E("h2", A("id", "words-title"), T("In words")),
		E("p", Class("lede"), T(a.s.Preset.Title+": "+a.s.Preset.Note)),
		E("p", Class("summary"), A("id", "summary"), T(a.summary)),
		a.pricesView(),
		E("div", Class("export"), A("role", "group"), A("aria-label", "Export and import"),
			E("span", Class("muted"), T("Export: ")),
			downloadButton("csv", "CSV of every series", "every series and total"),
			downloadButton("json", "Scenario JSON", "the scenario"),
			E("label", Class("import"), A("for", "import-json"), T("Import scenario JSON")),
			E("input", A("type", "file"), A("id", "import-json"), A("accept", "application/json,.json"), A("data-role", "import")),
			E("button", A("type", "button"), A("data-act", "print"), T("Print")),
		),
	)
}

func (a *App) statedFacts() map[string]Item {
	m := map[string]Item{}
	if b, ok := a.s.Vintage.Buyer(a.s.Preset.Buyer); ok {
		for _, k := range []string{"stated_value", "stated_gw"} {
			if f, ok := b.Facts[k]; ok {
				m[k] = a.factBadge(f)
			}
		}
	}
	return m
}

// parts are explain's pieces of a sentence as items: its text, and in
// each slot what fill returns for it.
func parts(ps []explain.Part, fill func(slot string) Item) Items {
	items := make(Items, len(ps))
	for i, p := range ps {
		if p.Slot != "" {
			items[i] = fill(p.Slot)
		} else {
			items[i] = T(p.Text)
		}
	}
	return items
}

// ambitionItems set the build rate beside the buyer's stated ambition,
// or say that it stated none.
func (a *App) ambitionItems(t *model.Totals) Items {
	return parts(explain.BuildRate(a.s.Preset.Buyer, t), func(string) Item {
		if b, ok := a.s.Vintage.Buyer(a.s.Preset.Buyer); ok {
			if f, ok := b.Facts["stated_gw_per_week"]; ok {
				return a.factBadge(f)
			}
		}
		return nil
	})
}

// cashCard answers the reader's question first: when the money runs out,
// and what must still be raised. Without a cash month there is no card.
func (a *App) cashCard(card func(string, Item, ...Item) *Node) Item {
	t := &a.r.Totals
	if !t.HasCash {
		return nil
	}
	c := &a.s.Portfolio.Cash
	raw := ""
	if t.HasRunout {
		raw = t.CashRunoutMonth.String()
	}
	big := outText("portfolio.cash_runout_month", raw, explain.CashMonth(t, a.r.To))
	need := parts(explain.CashNeed(t, c.USD, c.Month), func(slot string) Item {
		if slot == "need" {
			return out("portfolio.funding_need_usd", t.FundingNeedUSD, units.USD)
		}
		return outText("portfolio.min_cash_month", t.MinCashMonth.String(), t.MinCashMonth.Text())
	})
	n := card("Cash", big, need...)
	n.Attrs = append(n.Attrs, A("id", "cash-card"))
	return n
}

// pricesView sets each cloud deal's implied price per accelerator-hour
// beside a market price for its accelerator.
func (a *App) pricesView() Item {
	rows := E("tbody")
	for i, d := range a.s.Portfolio.Deals {
		if !d.On || d.Kind != model.Cloud {
			continue
		}
		dr := &a.r.Deals[i]
		market := Items{T("no market price found")}
		if la, ok := a.s.Vintage.Accelerator(d.Accel); ok && la.MarketUSDPerHour > 0 {
			market = Items{T(units.Format(la.MarketUSDPerHour, units.USDPerHour) + " "), a.factBadge(la.Market),
				T(" (" + units.Signed(dr.PriceUSDPerHour/la.MarketUSDPerHour-1, units.Fraction) + ")")}
			if th := a.threshold(d.ID); th != nil {
				market = append(market, E("span", Class("threshold"), T(" "+explain.Threshold(th))))
			}
		}
		accel := d.Accel
		if ac, ok := a.s.Portfolio.Accelerator(d.Accel); ok {
			accel = ac.Name
		}
		rows.Children = append(rows.Children, E("tr",
			E("th", A("scope", "row"), T(outputs.DealName(a.s, i))),
			E("td", A("data-label", "Implied"), out("deals."+d.ID+".price_usd_per_hour", dr.PriceUSDPerHour, units.USDPerHour)),
			E("td", A("data-label", "Accelerator"), T(accel)),
			E("td", A("data-label", "Market price"), market),
		))
	}
	if len(rows.Children) == 0 {
		return nil
	}
	// Below 600 px the stylesheet stacks each row's cells under its deal,
	// each named by its data-label, so no column is off-screen.
	return E("div", Class("prices"),
		E("table", E("caption", T("Implied price per accelerator-hour of each cloud deal, beside a market price")),
			E("thead", E("tr", E("th", A("scope", "col"), T("Deal")), E("th", A("scope", "col"), T("Implied")),
				E("th", A("scope", "col"), T("Accelerator")), E("th", A("scope", "col"), T("Market price")))),
			rows))
}

func (a *App) dealsView(base *scenario.Scenario) *Node {
	s := a.s
	mine := E("div", Class("deal-list"))
	others := E("div", Class("deal-list"))
	users := E("div", Class("deal-list"))
	for i := range s.Portfolio.Deals {
		card := a.dealCard(i, base)
		switch {
		case !s.IsLibraryDeal(i):
			users.Children = append(users.Children, card)
		case s.Portfolio.Deals[i].Buyer == s.Preset.Buyer:
			mine.Children = append(mine.Children, card)
		default:
			others.Children = append(others.Children, card)
		}
	}
	notes := E("div", Class("notes"))
	for _, n := range s.Vintage.Notes {
		notes.Children = append(notes.Children, E("p", Class("note"), E("strong", T(n.Title+". ")), T(n.Text+" "), a.sourceLinks(n.Sources)))
	}
	return E("section", Class("deals"), A("aria-labelledby", "deals-title"),
		E("h2", A("id", "deals-title"), A("tabindex", "-1"), T(s.Preset.Buyer+"'s deals")),
		mine,
		notes,
		E("h3", T("Your own deals")),
		If(len(users.Children) == 0, E("p", Class("muted"), T("Add a deal that is not in the library; it is saved in the link."))),
		users,
		E("button", A("type", "button"), A("data-act", "add-deal"), T("Add a deal")),
		a.panel("others", "others", T("Other buyers' deals, for comparison ("+strconv.Itoa(len(others.Children))+")"),
			func() Item { return others }),
	)
}

func (a *App) sourceLinks(srcs []string) Item {
	items := Items{}
	for i, src := range srcs {
		items = append(items, a.sourceLink(i, src, "", "source "+strconv.Itoa(i+1)))
	}
	return items
}

// dealCard is a deal's card: kept from the last frame while nothing it
// shows has changed, which is most cards for most edits.
func (a *App) dealCard(i int, base *scenario.Scenario) *Node {
	s := a.s
	d := &s.Portfolio.Deals[i]
	dr := &a.r.Deals[i]
	title := outputs.DealName(s, i)
	accel := d.Accel
	if ac, ok := s.Portfolio.Accelerator(d.Accel); ok {
		accel = ac.Name
	}
	meta := d.Kind.String() + " · " + accel
	if ld, ok := s.Vintage.Deal(d.ID); ok && s.IsLibraryDeal(i) && ld.Commitment != library.CommitmentUnknown {
		meta += " · " + commitmentText(ld)
	}
	// The size is on the card itself; the other terms wait in its panel.
	size := s.DealSizeInput(i)
	var ins []scenario.Input
	edKey := a.inputsKey([]scenario.Input{size}, base)
	if a.open["edit-"+d.ID] {
		ins = s.DealInputs(i)
		edKey = a.inputsKey(ins, base)
	}
	key := title + "|" + meta + "|" + strconv.FormatBool(d.On) + "|" + edKey
	if a.open["why-"+d.ID] {
		// Derivations show inputs from anywhere in the scenario.
		key += "|" + a.link + "|" + a.openKey("derive-deals."+d.ID+".")
	}
	// A world input (PUE, say) moves every deal's totals and nothing else
	// of its card: the card is then the one of the last frame with its
	// totals (child 1) drawn again.
	built := false
	card := a.memo("deal:"+d.ID, key, func() *Node { built = true; return a.buildDealCard(i, base, title, meta, size, ins) })
	nums := key + "|" + num(dr.ValueUSD) + "|" + num(dr.PriceUSDPerHour) + "|" + num(dr.Accelerators) + "|" + num(dr.FacilityGW)
	return a.memo("card:"+d.ID, nums, func() *Node {
		if built {
			return card
		}
		c := *card
		c.Children = slices.Clone(card.Children)
		c.Children[1] = a.dealSum(i)
		return &c
	})
}

// dealSum is a deal's totals, on its card.
func (a *App) dealSum(i int) *Node {
	d := &a.s.Portfolio.Deals[i]
	dr := &a.r.Deals[i]
	id := d.ID
	priceLabel := "Per accelerator-hour"
	if d.Kind == model.Owned {
		priceLabel = "All-in per accelerator-hour"
	}
	sum := E("dl", Class("dsum"))
	for _, r := range [...]struct {
		label, name string
		v           float64
		u           units.Unit
	}{
		{"Value", "value_usd", dr.ValueUSD, units.USD},
		{priceLabel, "price_usd_per_hour", dr.PriceUSDPerHour, units.USDPerHour},
		{"Accelerators", "accelerators", dr.Accelerators, units.Count},
		{"Facility power", "facility_gw", dr.FacilityGW, units.GW},
	} {
		sum.Children = append(sum.Children, E("div", E("dt", T(r.label)), E("dd", out("deals."+id+"."+r.name, r.v, r.u))))
	}
	return sum
}

func (a *App) buildDealCard(i int, base *scenario.Scenario, title, meta string, size scenario.Input, ins []scenario.Input) *Node {
	s := a.s
	d := &s.Portfolio.Deals[i]
	id := d.ID
	var note Item
	if ld, ok := s.Vintage.Deal(id); ok && s.IsLibraryDeal(i) {
		if ld.Announced != "" {
			meta += " · announced " + ld.Announced
		}
		if ld.Note != "" {
			note = E("p", Class("note"), T(ld.Note+" "), a.sourceLinks(ld.NoteSources))
		}
	}
	cls := "deal"
	if !d.On {
		cls += " off"
	}
	onKey := "d." + id + ".on"
	editor := func() *Node {
		fields := E("div", Class("fields"))
		for _, in := range ins {
			if in.Key == size.Key {
				fields.Children = append(fields.Children, a.sizeUnitRow(i))
				continue
			}
			switch in.Field.Name {
			case "on":
				continue
			case "derive":
				fields.Children = append(fields.Children, a.deriveRow(i, in))
				continue
			}
			fields.Children = append(fields.Children, a.fieldRow(in, base))
		}
		return a.panel("edit-"+id, "edit", T("Terms and assumptions"), func() Item {
			return Items{fields,
				If(!s.IsLibraryDeal(i), E("button", A("type", "button"), Class("danger"), A("data-act", "remove-deal"), A("data-arg", id), T("Remove this deal")))}
		})
	}()
	checked := If(d.On, A("checked", ""))
	return E("article", Class(cls), A("id", "deal-"+id), A("aria-labelledby", "dt-"+id),
		E("div", Class("dhead"),
			E("input", A("type", "checkbox"), A("id", "t-"+onKey), A("data-input", onKey), A("data-role", "check"), checked),
			E("label", A("for", "t-"+onKey), A("id", "dt-"+id), Class("dtitle"), T(title)),
			E("span", Class("dmeta"), T(meta)),
		),
		a.dealSum(i), // child 1, which dealCard draws again as the totals move
		E("div", Class("fields quick"), a.fieldRow(size, base)),
		note,
		a.panel("why-"+id, "derive", T("How these are worked out"), func() Item {
			return Items{a.derivationView("deals." + id + ".value_usd"), a.derivationView("deals." + id + ".price_usd_per_hour"),
				a.derivationView("deals." + id + ".accelerators"), a.derivationView("deals." + id + ".facility_gw")}
		}),
		editor,
	)
}

// deriveRow chooses which quantity a deal derives; switching keeps every
// total where it was.
func (a *App) deriveRow(i int, in scenario.Input) *Node {
	d := &a.s.Portfolio.Deals[i]
	key := in.Key
	sel := E("select", A("id", "t-"+key), A("data-input", key), A("data-role", "choice"), A("value", d.Derive.String()), A("aria-describedby", "h-"+key))
	for _, q := range []model.Quantity{model.Value, model.Price, model.Size} {
		sel.Children = append(sel.Children, E("option", A("value", q.String()), If(q == d.Derive, A("selected", "")), T(q.String())))
	}
	fe, bad := a.fieldErrs[key]
	return E("div", Class("field derive"), A("data-key", key),
		E("div", Class("fhead"), E("label", A("for", "t-"+key), T("Derived quantity"))),
		E("div", Class("fctl"), sel),
		E("p", Class("help"), A("id", "h-"+key), T("value = price × accelerator-hours for cloud deals, size × unit cost for owned ones: pick which of the three follows from the other two")),
		If(bad, E("p", Class("err"), A("role", "alert"), T(fe.msg))),
	)
}

func (a *App) sizeUnitRow(i int) *Node {
	d := &a.s.Portfolio.Deals[i]
	key := "d." + d.ID + ".size_unit"
	cur := "n"
	if d.SizeUnit == model.GW {
		cur = "gw"
	}
	sel := E("select", A("id", "t-"+key), A("data-input", key), A("data-role", "choice"), A("value", cur),
		E("option", A("value", "n"), If(cur == "n", A("selected", "")), T("accelerators")),
		E("option", A("value", "gw"), If(cur == "gw", A("selected", "")), T("facility GW")),
	)
	return E("div", Class("field unit"), E("div", Class("fhead"), E("label", A("for", "t-"+key), T("Size given as"))), E("div", Class("fctl"), sel))
}

func (a *App) worldView(base *scenario.Scenario) *Node {
	sec := E("section", Class("world"), A("aria-labelledby", "world-title"),
		E("h2", A("id", "world-title"), A("tabindex", "-1"), T("Assumptions shared by all deals")))
	for _, g := range scenario.WorldGroups {
		title := g
		if g == scenario.GroupRevenue {
			title = a.s.Preset.Buyer + "'s revenue path"
		}
		var ins []scenario.Input
		for _, f := range scenario.WorldFields() {
			if f.Group != g {
				continue
			}
			if in, err := a.s.Input(f.Name); err == nil {
				ins = append(ins, in)
			}
		}
		if len(ins) == 0 {
			continue
		}
		sec.Children = append(sec.Children, a.memo("world:"+g, a.inputsKey(ins, base), func() *Node {
			fs := E("fieldset", E("legend", T(title)))
			for _, in := range ins {
				fs.Children = append(fs.Children, a.fieldRow(in, base))
			}
			return fs
		}))
		if g == scenario.GroupCash {
			sec.Children = append(sec.Children, a.fundingView(base))
		}
	}
	return sec
}

// fundingView lists the buyer's funding events, each with its inputs, and
// lets the reader add events of their own.
func (a *App) fundingView(base *scenario.Scenario) *Node {
	s := a.s
	var ins []scenario.Input
	for i := range s.Portfolio.Cash.Funding {
		ins = append(ins, s.FundingInputs(i)...)
	}
	return a.memo("world:funding", a.inputsKey(ins, base), func() *Node {
		fs := E("fieldset", Class("funding"), E("legend", T("Money raised")))
		if len(s.Portfolio.Cash.Funding) == 0 {
			fs.Children = append(fs.Children, E("p", Class("help"), T("No funding events: add one to see how it moves the cash.")))
		}
		for i := range s.Portfolio.Cash.Funding {
			ev := &s.Portfolio.Cash.Funding[i]
			name := ev.Name
			if name == "" {
				name = ev.ID
			}
			g := E("div", Class("event"), A("id", "funding-"+ev.ID), E("h3", T(name)))
			if b, ok := s.Vintage.Buyer(s.Preset.Buyer); ok && b.FundingNotes[ev.ID] != "" {
				g.Children = append(g.Children, E("p", Class("note"), T(b.FundingNotes[ev.ID])))
			}
			for _, in := range s.FundingInputs(i) {
				g.Children = append(g.Children, a.fieldRow(in, base))
			}
			if !s.IsLibraryFunding(i) {
				g.Children = append(g.Children, E("button", A("type", "button"), Class("danger"), A("data-act", "remove-funding"), A("data-arg", ev.ID), T("Remove this event")))
			}
			fs.Children = append(fs.Children, g)
		}
		fs.Children = append(fs.Children, E("button", A("type", "button"), A("data-act", "add-funding"), T("Add money raised")))
		return fs
	})
}

func (a *App) accelView(base *scenario.Scenario) *Node {
	var ins []scenario.Input
	for _, ac := range a.s.Portfolio.Accelerators {
		if !a.open["accel-"+ac.ID] {
			continue
		}
		for _, f := range []string{"it_kw", "fp8", "hbm", "capex"} {
			if in, err := a.s.Input("a." + ac.ID + "." + f); err == nil {
				ins = append(ins, in)
			}
		}
	}
	return a.memo("accels", a.inputsKey(ins, base)+"|"+a.openKey("accel-"), func() *Node { return a.accelSection(base, ins) })
}

// openKey lists the open panels whose id starts with prefix, for memo
// keys.
func (a *App) openKey(prefix string) string {
	var ids []string
	for id := range a.open {
		if strings.HasPrefix(id, prefix) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return strings.Join(ids, ",")
}

// panel is a <details> whose content is built only while the reader
// keeps it open: closed panels cost nothing per frame.
// publishedView sets each figure an analysis published for the buyer
// beside the scenario's same quantity. The core works the figures out
// (report.Published); the page only shows them.
func (a *App) publishedView() Item {
	figs := report.Published(a.s, a.r)
	if len(figs) == 0 {
		return nil
	}
	body := E("tbody")
	for _, f := range figs {
		mine := Items{T("–")}
		diff := Items{T(f.Why)}
		if f.Why == "" {
			mine = Items{E("span", Class("out"), A("data-output", "published."+f.ID+".scenario_usd"), A("data-value", num(f.ScenarioUSD)), T(units.Format(f.ScenarioUSD, units.USD)))}
			d := f.DifferenceUSD()
			rel := ""
			if f.ValueUSD != 0 {
				rel = " (" + units.Signed(d/math.Abs(f.ValueUSD), units.Fraction) + ")"
			}
			diff = Items{T(units.Signed(d, units.USD) + rel)}
		}
		body.Children = append(body.Children, E("tr",
			E("th", A("scope", "row"), T(f.Source+", "+f.Date), E("br"), E("span", Class("muted"), T(f.Label)),
				If(f.Note != "", E("p", Class("pubnote"), T(f.Note)))),
			E("td", Class("num"), A("data-label", "Published"), T(units.Format(f.ValueUSD, units.USD)), E("br"), a.factBadge(f.Fact)),
			E("td", Class("num"), A("data-label", "This scenario"), mine),
			E("td", Class("num"), A("data-label", "Difference"), diff),
		))
	}
	return E("section", Class("published"), A("aria-labelledby", "pub-title"),
		E("h2", A("id", "pub-title"), T("How this compares with published estimates")),
		E("p", Class("help"), T("Each figure an analysis published for "+a.s.Preset.Buyer+", beside the same quantity of this scenario, worked out over the same months.")),
		scrollRegion("Published estimates beside this scenario",
			E("table", Class("pubtable"),
				E("thead", E("tr", E("th", A("scope", "col"), T("Source and figure")), E("th", A("scope", "col"), T("Published")),
					E("th", A("scope", "col"), T("This scenario")), E("th", A("scope", "col"), T("Difference")))),
				body)),
	)
}

// commitmentText says how firmly a deal binds: its kind of commitment,
// and the vintage's own words where they say more ("binding lease (r)",
// "12 B binding, 15 B up-to").
func commitmentText(d *library.Deal) string {
	c, note := d.Commitment.String(), d.CommitmentNote
	switch {
	case note == "":
		return c
	case strings.HasPrefix(note, c) || strings.HasPrefix(note, "**"+c):
		return strings.Trim(note, "*")
	}
	return c + ": " + strings.Trim(note, "*")
}

func (a *App) panel(id, class string, summary Item, content func() Item) *Node {
	open := a.open[id]
	var body Item
	if open {
		body = content()
	}
	return E("details", Class(class), A("data-panel", id), If(open, A("open", "")), E("summary", summary), body)
}

func (a *App) accelSection(base *scenario.Scenario, ins []scenario.Input) *Node {
	sec := E("section", Class("accels"), A("aria-labelledby", "acc-title"),
		E("h2", A("id", "acc-title"), T("Hardware catalog")))
	for i, ac := range a.s.Portfolio.Accelerators {
		fs := E("div", Class("fields"))
		for _, in := range ins {
			if in.Accel == i {
				fs.Children = append(fs.Children, a.fieldRow(in, base))
			}
		}
		var market Item
		if la, ok := a.s.Vintage.Accelerator(ac.ID); ok && la.MarketUSDPerHour > 0 {
			market = E("p", Class("help"), T("Market price "+units.Format(la.MarketUSDPerHour, units.USDPerHour)+": "+la.Market.Basis+" "), a.factBadge(la.Market))
		}
		sec.Children = append(sec.Children, a.panel("accel-"+ac.ID, "accel",
			T(ac.Name+" · "+units.Format(ac.ITKW, units.KW)+" · "+units.Format(ac.FP8PFLOPS, units.PFLOPS)+" FP8"),
			func() Item { return Items{market, fs} }))
	}
	return sec
}

// tablesView holds the eval figures in a panel: they are built only
// while the reader has it open.
func (a *App) tablesView() *Node {
	return E("section", Class("tables"), A("aria-labelledby", "tables-title"),
		E("h2", A("id", "tables-title"), T("Figures")),
		a.panel("figures", "figures", T("Every figure by deal and by year"), func() Item { return a.figureTables() }),
	)
}

// figureTables are the eval figures per deal and per year.
func (a *App) figureTables() Item {
	s, r := a.s, a.r
	dealRows := E("tbody")
	for i := range r.Deals {
		d, dr := &s.Portfolio.Deals[i], &r.Deals[i]
		if !d.On {
			continue
		}
		p := "deals." + d.ID + "."
		dealRows.Children = append(dealRows.Children, E("tr",
			E("th", A("scope", "row"), T(outputs.DealName(s, i))),
			E("td", out(p+"value_usd", dr.ValueUSD, units.USD)),
			E("td", out(p+"price_usd_per_hour", dr.PriceUSDPerHour, units.USDPerHour)),
			E("td", out(p+"accelerators", dr.Accelerators, units.Count)),
			E("td", out(p+"facility_gw", dr.FacilityGW, units.GW)),
			E("td", out(p+"energy_twh", dr.EnergyTWh, units.TWh)),
			E("td", out(p+"useful_flop", dr.UsefulFLOP, units.FLOP)),
			E("td", out(p+"pv_usd", dr.PVUSD, units.USD)),
			E("td", T(dr.First.String()+" – "+dr.Last.String())),
		))
	}
	yearRows := E("tbody")
	for _, y := range r.Years {
		p := "years." + strconv.Itoa(y.Year) + "."
		yearRows.Children = append(yearRows.Children, E("tr",
			E("th", A("scope", "row"), T(strconv.Itoa(y.Year))),
			E("td", out(p+"spend_usd", y.SpendUSD, units.USD)),
			E("td", out(p+"revenue_usd", y.RevenueUSD, units.USD)),
			E("td", out(p+"coverage", y.Coverage, units.Ratio)),
			E("td", out(p+"cumulative_gap_usd", y.CumulativeGapUSD, units.USD)),
			E("td", out(p+"facility_gw", y.FacilityGW, units.GW)),
			E("td", out(p+"accelerators", y.Accelerators, units.Count)),
			E("td", out(p+"energy_twh", y.EnergyTWh, units.TWh)),
			E("td", out(p+"gw_per_week", y.GWPerWeek, units.GWPerWeek)),
		))
	}
	head := func(cols ...string) *Node {
		tr := E("tr")
		for _, c := range cols {
			tr.Children = append(tr.Children, E("th", A("scope", "col"), T(c)))
		}
		return E("thead", tr)
	}
	return Items{
		scrollRegion("Deals that are on", E("table",
			E("caption", T("Deals that are on, over their whole lives")),
			head("Deal", "Value", "Per accelerator-hour", "Accelerators", "Facility", "Energy", "Useful compute", "Present value", "Online"),
			dealRows)),
		scrollRegion("Years of the horizon", E("table",
			E("caption", T("Years of the horizon: flows summed over the year, stocks at its end")),
			head("Year", "Spend", "Revenue", "Revenue / spend", "Cumulative gap", "Facility", "Accelerators", "Energy", "Build rate"),
			yearRows)),
	}
}

func (a *App) sourcesView() *Node {
	s := a.s
	list := E("ul")
	if b, ok := s.Vintage.Buyer(s.Preset.Buyer); ok {
		for _, st := range b.Statements {
			list.Children = append(list.Children, E("li", T(st.Text+" ("+st.Date+") "), a.sourceLinks(st.Sources)))
		}
	}
	return E("section", Class("sources"), A("aria-labelledby", "src-title"),
		E("h2", A("id", "src-title"), T("What "+s.Preset.Buyer+" says")),
		If(len(list.Children) > 0, list),
		If(len(list.Children) == 0, E("p", Class("muted"), T("No statements of "+s.Preset.Buyer+"'s own are in the library."))),
		E("p", Class("legend"),
			E("span", Class("badge st-disclosed"), T("disclosed")), T(" stated by a party to the deal · "),
			E("span", Class("badge st-reported"), T("reported")), T(" reported by the press or an analyst · "),
			E("span", Class("badge st-assumed"), T("assumed")), T(" our assumption: change it · "),
			E("span", Class("badge st-yours"), T("yours")), T(" set in this scenario")),
	)
}

func (a *App) footer() *Node {
	return E("footer", Class("foot"),
		E("p", T("Data vintage "+a.s.Vintage.ID+". Every figure is computed in your browser from the assumptions above by the model in MODEL.md; "+
			"the link in the address bar always holds this exact scenario.")),
		E("p", E("a", A("href", "method.html"), T("Methodology")), T(": how each figure is worked out, and the keys a link may hold.")),
	)
}
