package uncertainty

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A run shared as the page's workers share it (the lead's samples, then
// three others' parts, drawn by MonteCarlos of their own and appended in
// order) has the bands of one run, bit for bit, refusals included.
func TestPartsAppendedInOrderAreOneRun(t *testing.T) {
	for name, s := range map[string]func(testing.TB) *MonteCarlo{
		"2026-12 default": func(t testing.TB) *MonteCarlo {
			m, err := NewMonteCarlo(defaultScenario(t))
			require.NoError(t, err)
			return m
		},
		"2026-11 default, some samples refused": func(t testing.TB) *MonteCarlo {
			m, err := NewMonteCarlo(oldDefault(t))
			require.NoError(t, err)
			for i := range m.inputs {
				if m.inputs[i].Input.Key == "pue" {
					m.inputs[i].Dist, err = NewDist(0.9, 1.3, 0, 3)
					require.NoError(t, err)
				}
			}
			return m
		},
	} {
		t.Run(name, func(t *testing.T) {
			one := s(t)
			one.Run(1000)
			want := one.Bands()

			lead := s(t)
			lead.Run(250)
			var rows []float64
			for _, r := range [][2]int{{250, 500}, {500, 501}, {501, 1000}} {
				helper := s(t)
				var refused []Refusal
				rows, refused = helper.Part(r[0], r[1], rows[:0])
				assert.Equal(t, 0, helper.Samples(), "a part is not the helper's own")
				require.NoError(t, lead.Append(r[0], rows, refused))
			}
			got := lead.Bands()
			assert.Equal(t, floatBits(want.P5), floatBits(got.P5))
			assert.Equal(t, floatBits(want.P50), floatBits(got.P50))
			assert.Equal(t, floatBits(want.P95), floatBits(got.P95))
			assert.Equal(t, want.Finite, got.Finite)
			assert.Equal(t, want.Samples, got.Samples)
			assert.Equal(t, want.Rejected, got.Rejected)
			assert.Equal(t, want.Rejection, got.Rejection)
			assert.Equal(t, one.refused[:1000], lead.refused[:1000])
			if strings.Contains(name, "refused") {
				assert.Positive(t, want.Rejected, "the case it stands for")
			}
		})
	}
}

func TestAppendTakesOnlyTheNextWholeSamples(t *testing.T) {
	m, err := NewMonteCarlo(defaultScenario(t))
	require.NoError(t, err)
	m.Run(10)
	rows, _ := m.Part(10, 12, nil)
	assert.ErrorIs(t, m.Append(10, rows[:len(rows)-1], nil), ErrPart, "not whole samples")
	assert.ErrorIs(t, m.Append(11, rows, nil), ErrPart, "not the next samples")
	assert.ErrorIs(t, m.Append(10, rows, []Refusal{{Sample: 3, Why: "x"}}), ErrPart, "a refusal outside the part")
	assert.ErrorIs(t, m.Append(10, make([]float64, (m.Fitting()+1)*m.width), nil), ErrPart, "past what fits")
	assert.Equal(t, 10, m.Samples(), "nothing appended")
	require.NoError(t, m.Append(10, nil, nil))
	require.NoError(t, m.Append(10, rows, nil))
	assert.Equal(t, 12, m.Samples())
	rows, refused := m.Part(5, 3, rows[:0])
	assert.Empty(t, rows)
	assert.Empty(t, refused)
}
