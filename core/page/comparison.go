package page

import (
	"github.com/computedeals/explorer/core/compare"
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

// comparison is compare mode's state: scenario A, pinned, with its
// result and link (B is the page's scenario), the split of their
// headline differences for the pair attrKey names, worked out once per
// pair, and the total the waterfall walks. The zero value is compare
// mode off.
type comparison struct {
	_      incomparable
	pinned *scenario.Scenario // A; nil when compare mode is off
	result *model.Result
	link   string

	attr          *compare.Attribution
	attrKey       string // A's link and B's, of the pair attr splits
	attrErr       string
	waterfallPath string // "" is portfolio.value_usd
}

// on reports whether a scenario is pinned.
func (c *comparison) on() bool { return c.pinned != nil }

// pin makes s scenario A. It fails, leaving A as it was, when s cannot
// be evaluated.
func (c *comparison) pin(s *scenario.Scenario) error {
	r, err := s.Evaluate()
	if err != nil {
		return err
	}
	c.pinned, c.result, c.link = s, r, s.Link()
	c.attr, c.attrKey, c.attrErr = nil, "", ""
	return nil
}

// end turns compare mode off.
func (c *comparison) end() {
	c.pinned, c.result, c.attr, c.attrKey = nil, nil, nil, ""
}

// linkWith is what the address bar holds for b's link: b's alone, or in
// compare mode with A's under pin. keys, so that a shared link opens the
// same comparison.
func (c *comparison) linkWith(b string) string {
	if c.pinned == nil {
		return b
	}
	return scenario.WithPinned(b, c.link)
}

// attribution splits every headline difference between A and b, whose
// link is bLink, once per pair; while wait (a drag) it works out nothing
// new and returns nil, "" for a pair it has not split.
func (c *comparison) attribution(b *scenario.Scenario, bLink string, wait bool) (*compare.Attribution, string) {
	key := c.link + "\n" + bLink
	if key != c.attrKey && !wait {
		c.attrKey = key
		c.attr, c.attrErr = nil, ""
		at, err := compare.Attribute(c.pinned, b, compare.HeadlinePaths(c.pinned, b))
		if err != nil {
			c.attrErr = err.Error()
		} else {
			c.attr = at
		}
	}
	if key != c.attrKey {
		return nil, ""
	}
	return c.attr, c.attrErr
}
