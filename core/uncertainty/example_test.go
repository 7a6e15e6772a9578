package uncertainty_test

import (
	"fmt"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/uncertainty"
	"github.com/computedeals/explorer/core/units"
)

// Run a seeded Monte Carlo over a link's ranged inputs and read the 5th,
// 50th and 95th percentiles of any output by its eval-JSON path. The
// same link and seed give the same bands natively and in WebAssembly.
func ExampleMonteCarlo() {
	s, problems := scenario.Decode(library.Default(), "v=1&data=2026-11&preset=aws-only&seed=7&d.aws.n.range=250k..400k")
	if len(problems) > 0 {
		fmt.Println(problems)
		return
	}
	m, err := uncertainty.NewMonteCarlo(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	m.Run(2000)
	b := m.Bands()
	fmt.Println(b.Samples, "samples of", len(b.Inputs), "ranged inputs, seed", b.Seed)
	for _, path := range []string{"portfolio.peak_facility_gw", "deals.aws.price_usd_per_hour"} {
		band, _ := b.Band(path)
		u := m.Layout().Units[m.Layout().Index(path)]
		fmt.Println(path, units.Format(band.P5, u), units.Format(band.P50, u), units.Format(band.P95, u))
	}
	// Output:
	// 2000 samples of 43 ranged inputs, seed 7
	// portfolio.peak_facility_gw 0.539 GW 0.726 GW 0.953 GW
	// deals.aws.price_usd_per_hour $1.68/h $2.12/h $2.71/h
}
