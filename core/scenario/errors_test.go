package scenario

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"

	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/units"
)

// as stands in for errors.As; it must find what errors.As finds.
func TestAsFindsWhatErrorsAsFinds(t *testing.T) {
	fe := &model.FieldError{Field: "pue", Msg: "must be at least 1"}
	_, ue := units.Parse("abc", units.GW)
	for _, err := range []error{
		nil,
		fe,
		ue,
		errors.New("plain"),
		fmt.Errorf("wrapped: %w", fe),
		fmt.Errorf("twice: %w", fmt.Errorf("wrapped: %w", ue)),
		errors.Join(errors.New("first"), fe),
		fmt.Errorf("%w and %w", errors.New("first"), ue),
		units.ErrSyntax,
	} {
		var wantF *model.FieldError
		gotF, ok := as[*model.FieldError](err)
		assert.Equal(t, errors.As(err, &wantF), ok, "%v", err)
		assert.Same(t, wantF, gotF, "%v", err)
		var wantU *units.Error
		gotU, ok := as[*units.Error](err)
		assert.Equal(t, errors.As(err, &wantU), ok, "%v", err)
		assert.Same(t, wantU, gotU, "%v", err)
	}
}

// isAuto stands in for strings.ToLower(s) == "auto".
func TestIsAutoIsToLowerAuto(t *testing.T) {
	for _, s := range []string{"auto", "AUTO", "Auto", "aUtO", "aut", "autos", "", "au to", "\u212auto", "aut\u00f6", "AUTO\x00"} {
		assert.Equal(t, strings.ToLower(s) == "auto", isAuto(s), "%q", s)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for i := range 4 {
			s := "auto"[:i] + string(r) + "auto"[i+1:]
			if strings.ToLower(s) == "auto" != isAuto(s) {
				t.Fatalf("%q: strings.ToLower gives %q", s, strings.ToLower(s))
			}
		}
	}
}
