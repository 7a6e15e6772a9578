package outputs

// Band is the 5th, 50th and 95th percentiles of one output over the
// samples of a Monte Carlo run; NaN (null in JSON) where no sample gave a
// finite value.
type Band struct{ P5, P50, P95 float64 }

// BandSet gives the band of an output by its path. core/uncertainty's
// Bands is one.
type BandSet interface {
	Band(path string) (Band, bool)
}

// Sampling says where a BandSet comes from, for the reader.
type Sampling struct {
	Samples   int // accepted by the model
	Rejected  int // refused by the model: an input out of its domain
	Rejection string
	Seed      uint64
	Inputs    []string // the ranged input keys, in draw order
}
