package scenario_test

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/calendar"
	"github.com/computedeals/explorer/core/library"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
	"github.com/computedeals/explorer/core/units"
)

// otherValue is a valid value of f that differs from cur, in link form.
func otherValue(t *testing.T, f *scenario.Field, cur string) string {
	t.Helper()
	switch f.Type {
	case scenario.Num:
		v := f.Min + (f.Max-f.Min)*0.37
		if f.Integer {
			v = float64(int64(v))
		}
		return units.Link(v)
	case scenario.Month:
		if cur == "2031-07" {
			return "2031-08"
		}
		return "2031-07"
	case scenario.Bool:
		if cur == "1" {
			return "0"
		}
		return "1"
	case scenario.Enum:
		for _, c := range f.Choices {
			if c != cur {
				return c
			}
		}
	}
	t.Fatalf("%s: no other value", f.Name)
	return ""
}

// The registry is the one place a world key is mapped to its model value:
// setting each key changes the portfolio, reads back, survives the link and
// is copied by CopyWorld.
func TestEveryWorldFieldReachesItsModelValue(t *testing.T) {
	for _, f := range scenario.WorldFields() {
		t.Run(f.Name, func(t *testing.T) {
			s := scenario.Default(library.Default())
			in, err := s.Input(f.Name)
			require.NoError(t, err)
			if f.Name == "to" {
				// Keep the horizon within 50 years of its start.
				require.NoError(t, s.Set("from", "2030-01"))
			}
			before := s.Clone()
			v := otherValue(t, f, s.Get(in))
			if f.Type == scenario.Month {
				// A month must fit its neighbours (a cash month before
				// the month other costs settle): take the first that does.
				for _, m := range []string{v, "2026-02", "2025-07", "2029-09"} {
					if m != s.Get(in) && s.Clone().Set(f.Name, m) == nil {
						v = m
						break
					}
				}
			}
			require.NoError(t, s.Set(f.Name, v))
			assert.Equal(t, v, s.Get(in))
			if f.Name == "seed" {
				assert.NotEqual(t, before.Seed, s.Seed)
				return
			}
			assert.False(t, reflect.DeepEqual(before.Portfolio, s.Portfolio), "setting %s changed no model value", f.Name)
			back, probs := scenario.Decode(library.Default(), s.Link())
			require.Empty(t, probs)
			assert.Equal(t, v, back.Get(in))

			require.True(t, f.CopyWorld(&before.Portfolio, &s.Portfolio))
			assert.True(t, reflect.DeepEqual(before.Portfolio, s.Portfolio), "CopyWorld of %s left a difference", f.Name)
		})
	}
}

// A field's bounds are what a link or a typed entry may set; the model
// must accept every value inside them.
func TestWorldFieldBoundsAreInsideTheModelsDomain(t *testing.T) {
	for _, f := range scenario.WorldFields() {
		if f.Type != scenario.Num || f.Name == "seed" {
			continue
		}
		for _, v := range []float64{f.Min, f.Max} {
			s := scenario.Default(library.Default())
			// The cash keys are checked only once there is a cash month.
			s.Portfolio.Cash.Month = calendar.Of(2026, 1)
			s.Portfolio.Cash.OpexLateMonth = calendar.Of(2030, 1)
			s.Portfolio.Cash.RevShareEnd = calendar.Of(2030, 12)
			in, err := s.Input(f.Name)
			require.NoError(t, err)
			s.SetNum(in, v)
			for _, e := range model.Check(&s.Portfolio) {
				if fe, ok := e.(*model.FieldError); ok && fe.Field == f.Name {
					t.Errorf("%s = %v is inside the field's bounds but the model refuses it: %v", f.Name, v, e)
				}
			}
		}
	}
}

// Every world field is drawn in a section of the page, and every section
// name is one the page knows.
func TestEveryWorldFieldHasAPageSection(t *testing.T) {
	for _, f := range scenario.WorldFields() {
		assert.Contains(t, scenario.WorldGroups, f.Group, f.Name)
		assert.NotEmpty(t, f.Label, f.Name)
		assert.NotEmpty(t, f.Help, f.Name)
	}
}

// Every world input of the newest vintage's default view says where its
// default comes from (disclosed, reported or assumed), but the explorer's
// own settings of what is shown.
func TestEveryWorldInputHasAFact(t *testing.T) {
	settings := map[string]bool{"from": true, "to": true, "seed": true}
	s := scenario.Default(library.Default())
	for _, f := range scenario.WorldFields() {
		if settings[f.Name] {
			continue
		}
		in, err := s.Input(f.Name)
		require.NoError(t, err)
		fact, ok := s.Fact(in)
		if assert.True(t, ok, "%s has no fact in %s", f.Name, s.Vintage.ID) {
			assert.Contains(t, []library.Status{library.Disclosed, library.Reported, library.Assumed}, fact.Status, f.Name)
			assert.NotEmpty(t, fact.Basis, f.Name)
		}
	}
	for i := range s.Portfolio.Cash.Funding {
		for _, in := range s.FundingInputs(i) {
			_, ok := s.Fact(in)
			assert.True(t, ok, "%s has no fact", in.Key)
		}
	}
}

// An enumeration's choices are the model's names of its values, in the
// order of the values: a choice stored by position reads back by name.
func TestEnumChoicesAreTheModelsNames(t *testing.T) {
	names := map[string][]string{
		"finance": {model.FinanceCash.String(), model.FinanceLease.String()},
		"revenue": {model.RevenuePath.String(), model.RevenuePerGW.String()},
	}
	for _, f := range scenario.WorldFields() {
		if f.Type != scenario.Enum {
			continue
		}
		want, ok := names[f.Name]
		require.True(t, ok, "a new enumeration %s: add it here", f.Name)
		assert.Equal(t, want, f.Choices, f.Name)
	}
	s := scenario.Default(library.Default())
	for _, c := range []struct {
		key  string
		want []string
	}{
		{"d.aws.shape", []string{model.Linear.String(), model.SCurve.String(), model.Step.String()}},
		{"d.aws.derive", []string{model.Value.String(), model.Price.String(), model.Size.String()}},
	} {
		in, err := s.Input(c.key)
		require.NoError(t, err)
		assert.Equal(t, c.want, in.Field.Choices, c.key)
		for _, v := range c.want {
			s2 := s.Clone()
			if c.key == "d.aws.derive" {
				continue // a derive change needs its quantities; SetDerive covers it
			}
			require.NoError(t, s2.Set(c.key, v))
			assert.Equal(t, v, s2.Get(in))
		}
	}
}
