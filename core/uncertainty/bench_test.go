package uncertainty

import (
	"strconv"
	"testing"

	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

// To compare with WebAssembly, run these under Node too:
//
//	PATH="$(go env GOROOT)/lib/wasm:$PATH" GOOS=js GOARCH=wasm go test -run '^$' -bench . ./core/uncertainty/

// BenchmarkEvaluate is the model alone, for scale: one Monte Carlo sample
// costs about one evaluation.
func BenchmarkEvaluate(b *testing.B) {
	s := scenario.Default(library.Default())
	var r model.Result
	p := s.Portfolio
	b.ReportAllocs()
	for b.Loop() {
		if err := model.EvaluateInto(&p, &r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMonteCarlo10k is the budget of DESIGN.md: 10,000 samples of
// the default view and the bands of every output, as the page's worker
// runs them after a change of the scenario (Reset reuses the memory of
// the run before).
func BenchmarkMonteCarlo10k(b *testing.B) { monteCarlo10k(b, scenario.Default(library.Default())) }

// BenchmarkMonteCarlo10kV1 is the same for 2026-11's default view, which
// samples by model version 1: against BenchmarkMonteCarlo10k it says what
// version 2 (and its wider library) costs a run.
func BenchmarkMonteCarlo10kV1(b *testing.B) { monteCarlo10k(b, oldDefault(b)) }

func monteCarlo10k(b *testing.B, s *scenario.Scenario) {
	m, err := NewMonteCarlo(s)
	if err != nil {
		b.Fatal(err)
	}
	m.Run(10000)
	b.ReportAllocs()
	for b.Loop() {
		if err := m.Reset(s); err != nil {
			b.Fatal(err)
		}
		m.Run(10000)
		if bs := m.Bands(); bs.Samples != 10000 {
			b.Fatal(bs.Samples, bs.Rejection)
		}
	}
}

// BenchmarkMonteCarlo10kCold is the same from a new MonteCarlo, memory
// and all: the first run of a page.
func BenchmarkMonteCarlo10kCold(b *testing.B) {
	s := scenario.Default(library.Default())
	b.ReportAllocs()
	for b.Loop() {
		m, err := NewMonteCarlo(s)
		if err != nil {
			b.Fatal(err)
		}
		m.Run(10000)
		if bs := m.Bands(); bs.Samples != 10000 {
			b.Fatal(bs.Samples, bs.Rejection)
		}
	}
}

// BenchmarkMonteCarloSample is the cost of one sample, without bands.
func BenchmarkMonteCarloSample(b *testing.B) {
	s := scenario.Default(library.Default())
	m, err := NewMonteCarlo(s)
	if err != nil {
		b.Fatal(err)
	}
	m.Run(10000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if m.Samples() == 10000 {
			m.Reset(s)
		}
		m.Run(1)
	}
}

// BenchmarkBands10k is the summary alone: percentiles of every output
// over 10,000 samples.
func BenchmarkBands10k(b *testing.B) {
	s := scenario.Default(library.Default())
	m, err := NewMonteCarlo(s)
	if err != nil {
		b.Fatal(err)
	}
	m.Run(10000)
	b.ReportAllocs()
	for b.Loop() {
		m.Bands()
	}
}

// BenchmarkTornado is every ranged input of the default view at its low
// and high, for the portfolio's value.
func BenchmarkTornado(b *testing.B) {
	s := scenario.Default(library.Default())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewTornado(s, "portfolio.value_usd"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGoalSeek is the AWS deal's size at which its price reaches
// 3 USD per accelerator-hour.
func BenchmarkGoalSeek(b *testing.B) {
	s := scenario.Default(library.Default())
	b.ReportAllocs()
	for b.Loop() {
		sol, err := Seek(s, "d.aws.n", "deals.aws.price_usd_per_hour", 3)
		if err != nil || !sol.Found {
			b.Fatal(err, sol)
		}
	}
}

// BenchmarkPercentiles is the selection of one output's three
// percentiles over 10,000 samples.
func BenchmarkPercentiles(b *testing.B) {
	src := NewSource(1)
	data := make([]float64, 10000)
	for i := range data {
		data[i] = src.Normal()
	}
	work := make([]float64, len(data))
	b.ReportAllocs()
	for b.Loop() {
		copy(work, data)
		percentiles(work)
	}
}

// peerPaths are the outputs of the peer's job (shared/peer/): the
// portfolio's value and each year's spend, 2025 to 2035.
func peerPaths() []string {
	paths := []string{"portfolio.value_usd"}
	for y := 2025; y <= 2035; y++ {
		paths = append(paths, "years."+strconv.Itoa(y)+".spend_usd")
	}
	return paths
}

// BenchmarkPeerJob is the peer's job (shared/peer/, DESIGN.md: ≥ 5 ×
// faster in wasm than Squiggle): 10,000 samples of 2026-11's default view
// and the bands of the portfolio's value and the 11 yearly spends.
func BenchmarkPeerJob(b *testing.B) {
	s := oldDefault(b)
	m, err := NewMonteCarloOf(s, peerPaths())
	if err != nil {
		b.Fatal(err)
	}
	m.Run(10000)
	b.ReportAllocs()
	for b.Loop() {
		if err := m.Reset(s); err != nil {
			b.Fatal(err)
		}
		m.Run(10000)
		if bs := m.Bands(); bs.Samples != 10000 {
			b.Fatal(bs.Samples, bs.Rejection)
		}
	}
}
