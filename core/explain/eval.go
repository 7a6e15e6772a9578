package explain

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/computedeals/explorer/core/units"
)

// Eval writes the readable summary of `computedeals eval`: the headline
// totals beside the buyer's own figures, a table per deal and per year,
// and where each default comes from. With bands (not nil) it adds their
// 5–95 % ranges, and with thresholds (not nil) a section that says each.
func Eval(s *scenario.Scenario, r *model.Result, problems []*scenario.Problem, bands *uncertainty.Bands, thresholds []uncertainty.Threshold) string {
	text := evalText(s, r, problems)
	if bands != nil {
		text = evalWithBands(s, r, problems, bands, bands.Sampling())
	}
	if thresholds != nil {
		var b strings.Builder
		b.WriteString("\nBreak-even thresholds\n")
		for i := range thresholds {
			off := ""
			if !thresholds[i].On {
				off = " (deal off)"
			}
			b.WriteString("  " + Threshold(&thresholds[i]) + off + "\n")
		}
		text += b.String()
	}
	return text
}

// evalText is Eval without bands or thresholds.
func evalText(s *scenario.Scenario, r *model.Result, problems []*scenario.Problem) string {
	var b strings.Builder
	t := &r.Totals
	w := s.Portfolio.World
	line := func(parts ...string) { b.WriteString(strings.Join(parts, "") + "\n") }

	line(s.Preset.Title, " (data ", s.Vintage.ID, ")")
	line("link: #", s.Link())
	for _, p := range problems {
		line("problem: ", p.Error())
	}
	line()
	on := 0
	for _, d := range s.Portfolio.Deals {
		if d.On {
			on++
		}
	}
	deals := " deals on"
	if on == 1 {
		deals = " deal on"
	}
	line("Portfolio: ", itoa(on), deals, "; horizon ", w.From.String(), " to ", w.To.String())
	kv := [][2]string{
		{"Value", units.Format(t.ValueUSD, units.USD) + stated(t.StatedValueUSD, units.USD, "stated")},
		{"Present value", units.Format(t.PVUSD, units.USD) + " at " + units.Format(w.DiscountRate, units.Fraction) + "/yr to " + w.ValuationMonth.String()},
		{"Peak facility power", units.Format(t.PeakFacilityGW, units.GW) + " in " + t.PeakGWMonth.String() + stated(t.StatedGW, units.GW, "stated")},
		{"Peak build rate", units.Format(t.PeakGWPerWeek, units.GWPerWeek) + " in " + itoa(t.PeakGWPerWeekYear) + ambition(t.StatedGWPerWeek)},
		{"Peak cumulative gap", units.Format(t.PeakCumulativeGapUSD, units.USD) + " in " + t.PeakGapMonth.String()},
		{"Payback month", payback(t)},
	}
	if t.HasCash {
		kv = append(kv, [2]string{"Cash", cashLine(s, t)}, [2]string{"Funding still needed", units.Format(t.FundingNeedUSD, units.USD)})
	}
	if t.SustainSpendUSD != 0 {
		kv = append(kv, [2]string{"Renewals", units.Format(t.SustainSpendUSD, units.USD) + " spent within the horizon on capacity renewed or replaced after its contract"})
	}
	if t.FinancingUSD != 0 {
		kv = append(kv, [2]string{"Financing", units.Format(t.FinancingUSD, units.USD) + " paid on top of the hardware's price, leased at " + units.Format(w.FinanceRate, units.Fraction) + "/yr"})
	}
	kv = append(kv, [][2]string{
		{"Accelerators", units.Format(t.Accelerators, units.Count) + " at full capacity; peak online " + units.Format(t.PeakAccelerators, units.Count)},
		{"Energy", units.Format(t.EnergyTWh, units.TWh)},
		{"Useful compute", units.Format(t.UsefulFLOP, units.FLOP) + " (peak " + units.Format(t.PeakFLOP, units.FLOP) + ")"},
	}...)
	for _, row := range kv {
		line("  ", pad(row[0], 22), row[1])
	}
	line()

	line("Deals (whole life)")
	rows := [][]string{{"id", "on", "kind", "accel", "value", "price/h", "accelerators", "GW", "TWh", "useful FLOP", "PV", "derived"}}
	for i := range r.Deals {
		d, dr := &s.Portfolio.Deals[i], &r.Deals[i]
		onS := "no"
		if d.On {
			onS = "yes"
		}
		rows = append(rows, []string{d.ID, onS, d.Kind.String(), d.Accel,
			units.Format(dr.ValueUSD, units.USD), units.Format(dr.PriceUSDPerHour, units.USDPerHour),
			units.Format(dr.Accelerators, units.Count), units.Format(dr.FacilityGW, units.GW),
			units.Format(dr.EnergyTWh, units.TWh), units.Format(dr.UsefulFLOP, units.FLOP),
			units.Format(dr.PVUSD, units.USD), d.Derive.String()})
	}
	table(&b, "l", rows)
	line()

	line("Years (deals on)")
	rows = [][]string{{"year", "spend", "revenue", "coverage", "cum. gap", "GW", "accelerators", "TWh", "GW/wk"}}
	for _, y := range r.Years {
		rows = append(rows, []string{itoa(y.Year), units.Format(y.SpendUSD, units.USD),
			units.Format(y.RevenueUSD, units.USD), coverage(y.Coverage), units.Format(y.CumulativeGapUSD, units.USD),
			units.Format(y.FacilityGW, units.GW), units.Format(y.Accelerators, units.Count),
			units.Format(y.EnergyTWh, units.TWh), units.Format(y.GWPerWeek, units.GWPerWeek)})
	}
	table(&b, "l", rows)
	line()

	line("Inputs of the deals on, the world and the revenue path: value, status, basis, sources")
	base := s.Base()
	for _, in := range s.Inputs() {
		if in.Deal >= 0 && !s.Portfolio.Deals[in.Deal].On || in.Accel >= 0 || in.Derived {
			continue
		}
		status, basis, srcs := "yours", "set in this scenario", ""
		if f, ok := s.Fact(in); ok && !s.IsChanged(in, base) {
			status, basis, srcs = f.Status.String(), f.Basis, strings.Join(f.Sources, " ")
		} else if !s.IsChanged(in, base) {
			status, basis = "default", "a setting of the explorer"
		}
		value := s.Get(in)
		if rg, ok := s.Range(in); ok {
			value += " [" + units.Link(rg.Low) + ".." + units.Link(rg.High) + "]"
		}
		line("  ", pad(in.Key, 24), pad(value, 20), pad(status, 10), basis)
		if srcs != "" {
			line("  ", pad("", 24), "  ", srcs)
		}
	}
	for i := range s.Portfolio.Deals {
		if ld, ok := s.Vintage.Deal(s.Portfolio.Deals[i].ID); ok && s.IsLibraryDeal(i) && ld.Note != "" && s.Portfolio.Deals[i].On {
			line("  note on ", ld.ID, ": ", ld.Note, " ", strings.Join(ld.NoteSources, " "))
		}
	}
	for _, n := range s.Vintage.Notes {
		line("  note: ", n.Text, " ", strings.Join(n.Sources, " "))
	}
	return b.String()
}

func stated(v float64, u units.Unit, what string) string {
	if v == 0 {
		return ""
	}
	return "  (" + what + ": about " + units.Format(v, u) + ")"
}

// ambition sets the build rate beside the buyer's stated ambition, if
// it stated one.
func ambition(gwPerWeek float64) string {
	if gwPerWeek == 0 {
		return ""
	}
	return " (ambition: " + strconv.FormatFloat(gwPerWeek, 'g', -1, 64) + " GW/wk)"
}

// cashLine says when the cash runs out, or that it lasts.
func cashLine(s *scenario.Scenario, t *model.Totals) string {
	c := s.Portfolio.Cash
	from := units.Format(c.USD, units.USD) + " at the start of " + c.Month.String()
	if t.HasRunout {
		return "runs out in " + t.CashRunoutMonth.String() + " (from " + from + "); lowest in " + t.MinCashMonth.String()
	}
	return "lasts through " + s.Portfolio.World.To.String() + " (from " + from + "); lowest in " + t.MinCashMonth.String()
}

func payback(t *model.Totals) string {
	if !t.HasPayback {
		return "not within the horizon"
	}
	return t.PaybackMonth.String()
}

func coverage(c float64) string {
	return units.Format(c, units.Ratio) + "×"
}

func pad(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s + " "
}

// textBandRows are the portfolio lines of evalText that gain a 5–95 % range,
// by their label.
var textBandRows = []struct{ label, path string }{
	{"Value", "portfolio.value_usd"},
	{"Present value", "portfolio.pv_usd"},
	{"Peak facility power", "portfolio.peak_facility_gw"},
	{"Peak build rate", "portfolio.peak_gw_per_week"},
	{"Peak cumulative gap", "portfolio.peak_cumulative_gap_usd"},
	{"Accelerators", "portfolio.accelerators"},
	{"Energy", "portfolio.energy_twh"},
	{"Useful compute", "portfolio.useful_flop"},
}

// evalWithBands is evalText with Monte Carlo bands: a line on the sampling
// under the portfolio heading, "5–95 %: a – b" at the end of each
// portfolio line that has a band, and a table of the yearly 5–95 %
// ranges of spend, cumulative gap and facility power after the years.
func evalWithBands(s *scenario.Scenario, r *model.Result, problems []*scenario.Problem, b outputs.BandSet, info outputs.Sampling) string {
	lines := strings.Split(evalText(s, r, problems), "\n")
	var out []string
	section := ""
	for _, ln := range lines {
		switch {
		case strings.HasPrefix(ln, "Portfolio: "):
			section = "portfolio"
			out = append(out, ln, "  "+pad("Monte Carlo", 22)+samplingText(info))
			continue
		case strings.HasPrefix(ln, "Years "):
			section = "years"
		case ln == "":
			if section == "years" {
				out = append(out, "")
				out = append(out, yearBandsText(r, b, info)...)
			}
			section = ""
		}
		if section == "portfolio" {
			for _, row := range textBandRows {
				if strings.HasPrefix(ln, "  "+pad(row.label, 22)) {
					ln += bandText(b, row.path)
				}
			}
		}
		out = append(out, ln)
	}
	return strings.Join(out, "\n")
}

func samplingText(info outputs.Sampling) string {
	t := units.Grouped(float64(info.Samples), 0) + " samples of " + itoa(len(info.Inputs)) +
		" ranged inputs, seed " + strconv.FormatUint(info.Seed, 10)
	if info.Rejected > 0 {
		t += "; " + units.Grouped(float64(info.Rejected), 0) + " refused by the model (" + info.Rejection + ")"
	}
	return t
}

func bandText(b outputs.BandSet, path string) string {
	band, ok := b.Band(path)
	if !ok {
		return ""
	}
	u := outputs.UnitOf(path)
	return "  5–95 %: " + units.Format(band.P5, u) + " – " + units.Format(band.P95, u)
}

func yearBandsText(r *model.Result, b outputs.BandSet, info outputs.Sampling) []string {
	rows := [][]string{{"year", "spend 5%", "95%", "cum. gap 5%", "95%", "GW 5%", "95%"}}
	for _, y := range r.Years {
		ys := "years." + itoa(y.Year) + "."
		row := []string{itoa(y.Year)}
		for _, f := range [...]struct {
			name string
			u    units.Unit
		}{{"spend_usd", units.USD}, {"cumulative_gap_usd", units.USD}, {"facility_gw", units.GW}} {
			band, ok := b.Band(ys + f.name)
			if !ok {
				row = append(row, "–", "–")
				continue
			}
			row = append(row, units.Format(band.P5, f.u), units.Format(band.P95, f.u))
		}
		rows = append(rows, row)
	}
	var sb strings.Builder
	table(&sb, "l", rows)
	out := []string{"Years, 5–95 % over " + units.Grouped(float64(info.Samples), 0) + " samples"}
	return append(out, strings.Split(strings.TrimSuffix(sb.String(), "\n"), "\n")...)
}
