package page

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestURLSyncWritesAsItsModeSays(t *testing.T) {
	type step struct {
		mark urlMode // urlShown marks nothing
		at   float64
		link string
		want urlWrite
	}
	for _, tc := range []struct {
		name  string
		steps []step
	}{
		{"nothing to write", []step{{urlShown, 0, "a", urlWrite{}}}},
		{"a push is written at the next frame", []step{{urlPush, 0, "b", urlWrite{Link: "b", Mode: urlPush}}, {urlShown, 16, "b", urlWrite{}}}},
		{"a push of what is shown is a replace", []step{{urlPush, 0, "a", urlWrite{Link: "a", Mode: urlReplace}}}},
		{"a replace is throttled", []step{
			{urlReplace, 0, "b", urlWrite{Link: "b", Mode: urlReplace}},
			{urlReplace, 100, "c", urlWrite{AgainMS: ReplaceEveryMS - 100}},
			{urlShown, 250, "c", urlWrite{AgainMS: ReplaceEveryMS - 250}},
			{urlShown, ReplaceEveryMS, "c", urlWrite{Link: "c", Mode: urlReplace}},
		}},
		{"replace-now is not throttled", []step{
			{urlReplace, 0, "b", urlWrite{Link: "b", Mode: urlReplace}},
			{urlReplaceNow, 10, "c", urlWrite{Link: "c", Mode: urlReplace}},
		}},
		{"a pending push stays a push", []step{
			{urlPush, 0, "b", urlWrite{Link: "b", Mode: urlPush}},
			{urlPush, 10, "c", urlWrite{Link: "c", Mode: urlPush}},
		}},
		{"a replace after a push is still the push", []step{
			{urlReplace, 0, "b", urlWrite{Link: "b", Mode: urlReplace}},
			{urlPush, 10, "c", urlWrite{Link: "c", Mode: urlPush}},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := newURLSync("a")
			for i, st := range tc.steps {
				if st.mark != urlShown {
					u.mark(st.mark)
				}
				assert.Equal(t, st.want, u.Render(st.at, st.link), "step %d", i)
			}
		})
	}
}

func TestURLSyncPushStaysUntilWritten(t *testing.T) {
	u := newURLSync("a")
	u.mark(urlPush)
	u.mark(urlReplace)
	u.mark(urlReplaceNow)
	assert.Equal(t, urlPush, u.mode, "a finished change keeps its entry for Back")
	u.Render(0, "b")
	assert.Equal(t, urlShown, u.mode)
	assert.Equal(t, "b", u.shown)
}

func TestURLModesAreNamedAsAppJSReadsThem(t *testing.T) {
	assert.Equal(t, "push", urlPush.String())
	assert.Equal(t, "replace", urlReplace.String())
	assert.Equal(t, "", urlShown.String())
}
