package worker

// incomparable, as a struct's first field, makes the struct not
// comparable, so that the compiler emits no equality function for it:
// Sampler and Inbox are never compared, and each such function costs
// main.wasm half a kilobyte of code and as much again in its tables.
type incomparable [0]func()
