package units

import (
	"math"
	"testing"
)

// TestLinkHasNoNegativeZero checks that −0 is read and written as 0: a
// link holding d.x=-0 would otherwise be a second link of the scenario
// that holds 0.
func TestLinkHasNoNegativeZero(t *testing.T) {
	for _, s := range []string{"-0", "-0.0", "-0e5", "-0.000e-3", "-0k", "-0.0T", "-1e-400", "0", "+0", "0.0"} {
		v, err := ParseLink(s)
		if err != nil {
			t.Fatalf("ParseLink(%q): %v", s, err)
		}
		if v != 0 || math.Signbit(v) {
			t.Errorf("ParseLink(%q) = %v (sign bit %v), want +0", s, v, math.Signbit(v))
		}
	}
	if got := Link(math.Copysign(0, -1)); got != "0" {
		t.Errorf("Link(−0) = %q, want 0", got)
	}
}
