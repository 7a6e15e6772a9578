package report

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/computedeals/explorer/core/compare"
	"github.com/computedeals/explorer/core/jsondoc"
	"github.com/computedeals/explorer/core/library"
)

func TestDiffKeepsTheProblemsAndTheMethod(t *testing.T) {
	c, err := compare.Links(library.Default(), "pue=banana", "d.aws.n=450k")
	require.NoError(t, err)
	js := string(jsondoc.Encode(Diff(c)))
	assert.Contains(t, js, `"method": "shapley"`)
	assert.Contains(t, js, `"key": "pue"`)
}
