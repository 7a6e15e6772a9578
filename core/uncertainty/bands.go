package uncertainty

import "github.com/computedeals/explorer/core/outputs"

// ensure *Bands satisfies outputs.BandSet, which report.DocWithBands and
// explain's text read.
var _ outputs.BandSet = (*Bands)(nil)

// Sampling says how the bands were made, for the reader.
func (b *Bands) Sampling() outputs.Sampling {
	return outputs.Sampling{Samples: b.Samples, Rejected: b.Rejected, Rejection: b.Rejection, Seed: b.Seed, Inputs: b.Inputs}
}
