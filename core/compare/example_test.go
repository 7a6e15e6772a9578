package compare_test

import (
	"fmt"

	"github.com/computedeals/explorer/core/compare"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/units"
)

// Diff two links: the inputs that differ, and how much of each headline
// total's difference each changed assumption accounts for.
func ExampleLinks() {
	c, err := compare.Links(library.Default(), "v=1&data=2026-11&preset=aws-only", "v=1&data=2026-11&preset=aws-only&d.aws.n=450k&pue=1.3")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ch := range c.Diff.Changes {
		fmt.Println(ch.Key, ch.ShowA(), "→", ch.ShowB())
	}
	at := c.Attribution
	for _, t := range at.Totals {
		if t.Denoise(t.Diff()) == 0 {
			continue // the same in A and B, but for float rounding
		}
		fmt.Print(t.Label, ": ", units.Signed(t.Diff(), t.Unit))
		for i, p := range t.Parts {
			fmt.Print("; ", at.Assumptions[i].Label, " ", units.Signed(t.Denoise(p), t.Unit))
		}
		fmt.Println()
	}
	// Output:
	// pue 1.20 → 1.30
	// d.aws.n 300k → 450k
	// Peak facility power: +0.422 GW; PUE 1.20 → 1.30 +0.0703 GW; AWS: Accelerators 300k → 450k +0.352 GW
	// Peak build rate: +0.0069 GW/wk; PUE 1.20 → 1.30 +0.0012 GW/wk; AWS: Accelerators 300k → 450k +0.0058 GW/wk
	// AWS: Price per accelerator-hour: −$0.75/h; PUE 1.20 → 1.30 0; AWS: Accelerators 300k → 450k −$0.75/h
}
