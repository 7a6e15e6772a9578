package page

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A reader who opens every panel, panels inside panels included, gets a
// page: the page's tree at its widest renders, natively and in wasm.
func TestEveryPanelOpenRenders(t *testing.T) {
	a := newApp(t, "")
	for range 8 {
		closed := a.View().FindAll(func(n *Node) bool {
			_, panel := n.Attr("data-panel")
			_, open := n.Attr("open")
			return n.Tag == "details" && panel && !open
		})
		if len(closed) == 0 {
			break
		}
		for _, n := range closed {
			id, _ := n.Attr("data-panel")
			a.Handle(Event{Type: "toggle", Key: id, Value: "1"})
		}
		a.Render(0)
	}
	closed := a.View().FindAll(func(n *Node) bool {
		_, open := n.Attr("open")
		return n.Tag == "details" && !open
	})
	require.Empty(t, closed)
}
