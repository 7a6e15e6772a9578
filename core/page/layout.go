package page

import (
	"slices"
	"strconv"
	"strings"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/report"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// View is the whole page: the element with id "app" and everything in it.
func (a *App) View() *Node {
	a.beginFrame()
	defer a.endFrame()
	base := a.s.Base()
	// Compare leads the page while on, and waits at the end while off.
	cmp := a.compareView()
	var cmpTop, cmpEnd Item = cmp, nil
	if a.pinned == nil {
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
	changed := strings.Count(a.link, "&") > 2
	return E("header", Class("top"),
		E("div", Class("brand"),
			E("h1", T("Compute Deals Explorer")),
			E("p", Class("tagline"), T("What the AI compute deals add up to, and what changes if the assumptions do.")),
		),
		E("div", Class("tools"), A("role", "toolbar"), A("aria-label", "Scenario"),
			E("label", Class("preset"), A("for", "preset"), T("Preset")),
			sel,
			E("button", A("type", "button"), Class("primary"), A("data-act", "copy"),
				T("Copy link")),
			button("undo", "Undo", len(a.undo) == 0),
			button("redo", "Redo", len(a.redo) == 0),
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
	return E("div", Class("notice"), A("role", "alert"),
		E("h2", T(n.title)),
		list,
		If(n.note != "", E("p", T(n.note))),
		E("button", A("type", "button"), A("data-act", "dismiss"), T("Dismiss")),
	)
}

// out is a shown total: its text, with its eval JSON path and raw number
// for tests and readers' scripts.
func out(path string, v float64, u units.Unit) *Node {
	return E("span", Class("out"), A("data-output", path), A("data-value", num(v)), T(units.Format(v, u)))
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
	vs := func(v, claim float64, u units.Unit, path, fact string) Items {
		if claim == 0 {
			return Items{T("no stated figure from " + buyer)}
		}
		return Items{T("vs " + buyer + "'s stated about "), out(path, claim, u), T(" (" + signedPct(v/claim-1) + ") "), stated[fact]}
	}
	payback := outText("portfolio.payback_month", "", "not within the horizon")
	if t.HasPayback {
		payback = outText("portfolio.payback_month", t.PaybackMonth.String(), monthName(t.PaybackMonth))
	}
	cards := E("div", Class("cards"),
		card("Portfolio value", out("portfolio.value_usd", t.ValueUSD, units.USD),
			vs(t.ValueUSD, t.StatedValueUSD, units.USD, "portfolio.stated_value_usd", "stated_value")...),
		card("Peak facility power", out("portfolio.peak_facility_gw", t.PeakFacilityGW, units.GW),
			append(Items{T("in "), outText("portfolio.peak_gw_month", t.PeakGWMonth.String(), monthName(t.PeakGWMonth)), T("; ")},
				vs(t.PeakFacilityGW, t.StatedGW, units.GW, "portfolio.stated_gw", "stated_gw")...)...),
		card("Peak build rate", out("portfolio.peak_gw_per_week", t.PeakGWPerWeek, units.GWPerWeek),
			T("in "+strconv.Itoa(t.PeakGWPerWeekYear)+"; "+pct(t.PeakGWPerWeek/1)+" of the 1 GW a week ambition "), a.ambitionSource()),
		card("Peak cumulative gap", out("portfolio.peak_cumulative_gap_usd", t.PeakCumulativeGapUSD, units.USD),
			T("spend minus revenue, summed from "+monthName(a.r.From)+"; peak in "), outText("portfolio.peak_gap_month", t.PeakGapMonth.String(), monthName(t.PeakGapMonth))),
		card("Payback", payback, T("first month after the peak at which revenue has caught up with spend"), a.thresholdItem("")),
		card("Present value", out("portfolio.pv_usd", t.PVUSD, units.USD),
			T("of all spend, at "+units.Format(a.s.Portfolio.World.DiscountRate, units.Fraction)+" a year, to "+monthName(a.s.Portfolio.World.ValuationMonth))),
	)
	return E("section", Class("headline"), A("aria-labelledby", "hl-title"),
		E("h2", A("id", "hl-title"), Class("vh"), T("Headline totals")),
		E("p", Class("lede"), T(a.s.Preset.Title+": "+a.s.Preset.Note)),
		cards,
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
				m[k] = factBadge(f)
			}
		}
	}
	return m
}

func (a *App) ambitionSource() Item {
	if b, ok := a.s.Vintage.Buyer(a.s.Preset.Buyer); ok {
		for _, st := range b.Statements {
			if strings.Contains(st.Text, "1 GW") && len(st.Sources) > 0 {
				return E("a", Class("src"), A("href", st.Sources[0]), A("target", "_blank"), A("rel", "noopener noreferrer"),
					A("title", st.Text), A("aria-label", "source of the ambition: "+host(st.Sources[0])), T("[1]"))
			}
		}
	}
	return nil
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
			market = Items{T(units.Format(la.MarketUSDPerHour, units.USDPerHour) + " "), factBadge(la.Market),
				T(" (" + signedPct(dr.PriceUSDPerHour/la.MarketUSDPerHour-1) + ")")}
			if th := a.threshold(d.ID); th != nil {
				market = append(market, E("span", Class("threshold"), T(" "+th.Label)))
			}
		}
		accel := d.Accel
		if ac, ok := a.s.Portfolio.Accelerator(d.Accel); ok {
			accel = ac.Name
		}
		rows.Children = append(rows.Children, E("tr",
			E("th", A("scope", "row"), T(report.DealName(a.s, i))),
			E("td", out("deals."+d.ID+".price_usd_per_hour", dr.PriceUSDPerHour, units.USDPerHour)),
			E("td", T(accel)),
			E("td", market),
		))
	}
	if len(rows.Children) == 0 {
		return nil
	}
	return E("div", Class("prices"),
		E("table", E("caption", T("Implied price per accelerator-hour of each cloud deal, beside a market price")),
			E("thead", E("tr", E("th", A("scope", "col"), T("Deal")), E("th", A("scope", "col"), T("Implied")),
				E("th", A("scope", "col"), T("Accelerator")), E("th", A("scope", "col"), T("Market price")))),
			rows))
}

func pct(x float64) string { return units.Format(x, units.Fraction) }

func signedPct(x float64) string {
	if x >= 0 {
		return "+" + pct(x)
	}
	return pct(x)
}

var monthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// monthName writes a month for reading: "Dec 2030".
func monthName(m calendar.Month) string {
	return monthNames[m.MonthOfYear()-1] + " " + strconv.Itoa(m.Year())
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
		notes.Children = append(notes.Children, E("p", Class("note"), E("strong", T(n.Title+". ")), T(n.Text+" "), sourceLinks(n.Sources)))
	}
	return E("section", Class("deals"), A("aria-labelledby", "deals-title"),
		E("h2", A("id", "deals-title"), T(s.Preset.Buyer+"'s deals")),
		notes,
		mine,
		E("h3", T("Your own deals")),
		If(len(users.Children) == 0, E("p", Class("muted"), T("Add a deal that is not in the library; it is saved in the link."))),
		users,
		E("button", A("type", "button"), A("data-act", "add-deal"), T("Add a deal")),
		a.panel("others", "others", T("Other buyers' deals, for comparison ("+strconv.Itoa(len(others.Children))+")"),
			func() Item { return others }),
	)
}

func sourceLinks(srcs []string) Item {
	items := Items{}
	for i, src := range srcs {
		items = append(items, E("a", Class("src"), A("href", src), A("target", "_blank"), A("rel", "noopener noreferrer"),
			A("aria-label", "source "+strconv.Itoa(i+1)+": "+host(src)), T("["+strconv.Itoa(i+1)+"]")))
	}
	return items
}

// dealCard is a deal's card: kept from the last frame while nothing it
// shows has changed, which is most cards for most edits.
func (a *App) dealCard(i int, base *scenario.Scenario) *Node {
	s := a.s
	d := &s.Portfolio.Deals[i]
	dr := &a.r.Deals[i]
	title := report.DealName(s, i)
	accel := d.Accel
	if ac, ok := s.Portfolio.Accelerator(d.Accel); ok {
		accel = ac.Name
	}
	meta := d.Kind.String() + " · " + accel
	var ins []scenario.Input
	edKey := ""
	if a.open["edit-"+d.ID] {
		ins = s.DealInputs(i)
		edKey = a.inputsKey(ins, base)
	}
	key := title + "|" + meta + "|" + strconv.FormatBool(d.On) + "|" + num(dr.ValueUSD) + "|" + num(dr.PriceUSDPerHour) +
		"|" + num(dr.Accelerators) + "|" + num(dr.FacilityGW) + "|" + edKey
	if a.open["why-"+d.ID] {
		// Derivations show inputs from anywhere in the scenario.
		key += "|" + a.link + "|" + a.openKey("derive-deals."+d.ID+".")
	}
	return a.memo("card:"+d.ID, key, func() *Node { return a.buildDealCard(i, base, title, meta, ins) })
}

func (a *App) buildDealCard(i int, base *scenario.Scenario, title, meta string, ins []scenario.Input) *Node {
	s := a.s
	d := &s.Portfolio.Deals[i]
	dr := &a.r.Deals[i]
	id := d.ID
	var note Item
	if ld, ok := s.Vintage.Deal(id); ok && s.IsLibraryDeal(i) {
		meta += " · announced " + ld.Announced
		if ld.Note != "" {
			note = E("p", Class("note"), T(ld.Note+" "), sourceLinks(ld.NoteSources))
		}
	}
	cls := "deal"
	if !d.On {
		cls += " off"
	}
	onKey := "d." + id + ".on"
	priceOut := out("deals."+id+".price_usd_per_hour", dr.PriceUSDPerHour, units.USDPerHour)
	priceLabel := "Per accelerator-hour"
	if d.Kind == model.Owned {
		priceLabel = "All-in per accelerator-hour"
	}
	sum := E("dl", Class("dsum"),
		E("div", E("dt", T("Value")), E("dd", out("deals."+id+".value_usd", dr.ValueUSD, units.USD))),
		E("div", E("dt", T(priceLabel)), E("dd", priceOut)),
		E("div", E("dt", T("Accelerators")), E("dd", out("deals."+id+".accelerators", dr.Accelerators, units.Count))),
		E("div", E("dt", T("Facility power")), E("dd", out("deals."+id+".facility_gw", dr.FacilityGW, units.GW))),
	)
	editor := func() *Node {
		fields := E("div", Class("fields"))
		for _, in := range ins {
			switch in.Field.Name {
			case "on":
				continue
			case "derive":
				fields.Children = append(fields.Children, a.deriveRow(i, in))
				continue
			}
			fields.Children = append(fields.Children, a.fieldRow(in, base))
			if in.Field.Name == "n" || in.Field.Name == "gw" {
				fields.Children = append(fields.Children, a.sizeUnitRow(i))
			}
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
		sum,
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

var worldGroups = []struct {
	title string
	keys  []string
}{
	{"Power and buildings", []string{"pue", "load", "power_price", "facility_capex"}},
	{"Owned hardware", []string{"life", "utilization"}},
	{"Money", []string{"discount_rate", "valuation_month"}},
	{"Revenue", []string{"arr", "arr_month", "growth", "growth_decay"}},
	{"Horizon and sampling", []string{"from", "to", "seed"}},
}

func (a *App) worldView(base *scenario.Scenario) *Node {
	sec := E("section", Class("world"), A("aria-labelledby", "world-title"),
		E("h2", A("id", "world-title"), T("Assumptions shared by all deals")))
	for _, g := range worldGroups {
		title := g.title
		if title == "Revenue" {
			title = a.s.Preset.Buyer + "'s revenue path"
		}
		var ins []scenario.Input
		for _, k := range g.keys {
			if in, err := a.s.Input(k); err == nil {
				ins = append(ins, in)
			}
		}
		sec.Children = append(sec.Children, a.memo("world:"+g.title, a.inputsKey(ins, base), func() *Node {
			fs := E("fieldset", E("legend", T(title)))
			for _, in := range ins {
				fs.Children = append(fs.Children, a.fieldRow(in, base))
			}
			return fs
		}))
	}
	return sec
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
			market = E("p", Class("help"), T("Market price "+units.Format(la.MarketUSDPerHour, units.USDPerHour)+": "+la.Market.Basis+" "), factBadge(la.Market))
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
			E("th", A("scope", "row"), T(report.DealName(s, i))),
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
		E("div", Class("scroll"), E("table",
			E("caption", T("Deals that are on, over their whole lives")),
			head("Deal", "Value", "Per accelerator-hour", "Accelerators", "Facility", "Energy", "Useful compute", "Present value", "Online"),
			dealRows)),
		E("div", Class("scroll"), E("table",
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
			list.Children = append(list.Children, E("li", T(st.Text+" ("+st.Date+") "), sourceLinks(st.Sources)))
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
	)
}
