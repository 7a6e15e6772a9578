package scenario_test

import (
	"fmt"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/outputs"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// Decode a scenario link and evaluate it: the link's scenario, its
// totals, and any figure by its eval-JSON path.
func ExampleDecode() {
	cat := library.Default()
	s, problems := scenario.Decode(cat, "https://example.org/#v=1&data=2026-11&preset=aws-only&d.aws.n=450k")
	if len(problems) > 0 {
		fmt.Println(problems)
		return
	}
	r, err := s.Evaluate()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Preset.Title, "·", s.Link())
	fmt.Println("value:", units.Format(r.Totals.ValueUSD, units.USD))
	fmt.Println("peak power:", units.Format(r.Totals.PeakFacilityGW, units.GW), "in", r.Totals.PeakGWMonth)
	price, _ := outputs.NewLayout(s).Value(r, "deals.aws.price_usd_per_hour")
	fmt.Println("AWS price:", units.Format(price, units.USDPerHour))
	// Output:
	// The AWS deal alone · v=1&data=2026-11&preset=aws-only&d.aws.n=450k
	// value: $38.0B
	// peak power: 1.01 GW in 2026-12
	// AWS price: $1.49/h
}

// A link with problems still gives a scenario: its valid part, and a
// problem for each key it could not use.
func ExampleDecode_problems() {
	s, problems := scenario.Decode(library.Default(), "v=1&data=2026-11&pue=9&d.aws.n=lots")
	for _, p := range problems {
		fmt.Println(p)
	}
	fmt.Println(s.Link())
	// Output:
	// pue=9: out of range: allowed 1.00 to 3.00
	// d.aws.n=lots: not a number; write a plain decimal, optionally with k, M, B or T, like 300k
	// v=1&data=2026-11&preset=openai-2025-11
}
