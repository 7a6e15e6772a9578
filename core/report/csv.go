package report

import (
	"github.com/computedeals/explorer/core/model"
	"github.com/computedeals/explorer/core/scenario"
)

// CSV writes every output of the scenario as path,value rows.
func CSV(s *scenario.Scenario, r *model.Result) string {
	return ""
}
