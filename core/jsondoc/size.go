package jsondoc

// The functions here are kept out of line (//go:noinline) for main.wasm's
// size: inlining them at their many call sites would cost more code than
// the calls do. README's "Size hacks" table lists every such function,
// and internal/rules checks that it does.

// get returns the member named key of object v. Import looks up a few
// dozen keys, each once, and Parse one per member to refuse duplicates.
//
//go:noinline
func get(v *Value, key string) (*Value, bool) {
	for i := range v.Members {
		if v.Members[i].Key == key {
			return &v.Members[i].Val, true
		}
	}
	return nil, false
}
