# Compute Deals Explorer. Two commands do everything on a fresh machine:
#   make serve   build the site and serve it at a printed localhost URL
#   make test    every test: native, the core under WebAssembly, the page in Chromium
GO       ?= go
ADDR     ?= 127.0.0.1:8080
GOROOT   := $(shell $(GO) env GOROOT)
WASMPATH := $(GOROOT)/lib/wasm:$(PATH)
STATICCHECK := .tools/bin/staticcheck

AXE      := axe-core@4.11.0

.PHONY: tools serve dist wasm size rules test test-native test-wasm check bench bench-native bench-wasm bench-browser bench-size bench-peer fuzz clean

serve: dist
	$(GO) run ./cmd/computedeals serve -addr $(ADDR) -root dist

# The site: main.wasm from ./wasm, then hashed, prerendered, precompressed files in dist/.
dist: wasm
	$(GO) run ./cmd/computedeals dist -www www -wasm dist-tmp/main.wasm -method docs/METHOD.md -out dist

wasm:
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o dist-tmp/main.wasm ./wasm

test: check tools test-native test-wasm

# What the tests need beyond Go: axe-core for the accessibility check.
tools: .tools/node_modules/axe-core/axe.min.js $(STATICCHECK)
$(STATICCHECK):
	GOBIN=$(CURDIR)/.tools/bin GOOS= GOARCH= $(GO) install honnef.co/go/tools/cmd/staticcheck@v0.8.2
.tools/node_modules/axe-core/axe.min.js:
	npm install --prefix .tools --no-save --no-audit --no-fund $(AXE)

# gofmt, go vet (native and js/wasm) and staticcheck (built natively,
# then run for both targets), then the project's rules: the import rules
# and the main.wasm size ratchet.
check: $(STATICCHECK)
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...
	$(STATICCHECK) ./...
	GOOS=js GOARCH=wasm $(STATICCHECK) ./...
	$(MAKE) --no-print-directory rules size

# The import rules (internal/rules): no syscall/js in core, encoding/json
# and regexp only where allowed, wasm/ only what DESIGN.md allows.
rules:
	$(GO) test -count=1 ./internal/rules

# The ratchet: main.wasm's brotli size (compressed as dist does) may not
# grow more than 2 % past the number in wasm-size.txt.
size: wasm
	$(GO) run ./cmd/wasmsize check -wasm dist-tmp/main.wasm -record wasm-size.txt

# Native tests, the browser tests among them (they build the site themselves).
# The browser tests of cmd/computedeals take 4-6 minutes here; go test's own
# limit of 10 minutes a package would fail a slower CI machine, so it is 30.
test-native: dist
	$(GO) test -count=1 -timeout 30m ./...

# The pure core again under WebAssembly, run by Node.
test-wasm:
	PATH="$(WASMPATH)" GOOS=js GOARCH=wasm $(GO) test -count=1 ./core/...

bench: bench-native bench-wasm bench-browser bench-size bench-peer

# The sampling budgets are of one thread: Run spreads a native run over
# GOMAXPROCS goroutines, so they are timed again with -cpu 1.
bench-native:
	$(GO) test -run '^$$' -bench . -benchmem ./core/...
	$(GO) test -run '^$$' -bench 'MonteCarlo10k$$|PeerJob$$' -benchmem -cpu 1 ./core/uncertainty/

# The same core in wasm under Node: compare each figure with its native
# one from the same run of make bench.
bench-wasm:
	PATH="$(WASMPATH)" GOOS=js GOARCH=wasm $(GO) test -run '^$$' -bench . -benchmem ./core/model/ ./core/uncertainty/
	PATH="$(WASMPATH)" GOOS=js GOARCH=wasm $(GO) test -run '^$$' -bench 'SliderFrame|FrameAfterBands|SamplerFirstBands' -benchmem ./core/page/

bench-browser: dist
	$(GO) test -count=1 -run 'TestBrowserBench' -v ./cmd/computedeals/ -browserbench

# The peer's budget (DESIGN.md): BenchmarkPeerJob, the peer's job in wasm
# under Node, at least 5 x faster than Squiggle doing it in Node, both
# timed here, in one run. Squiggle is installed by npm into a temporary
# folder (the runner must sit beside it); PEER is the peer's folder.
PEER     ?= ../shared/peer
SQUIGGLE := @quri/squiggle-lang@0.10.0
bench-peer:
	@set -e; peer=$$(cd $(PEER) && pwd); sq=$$(mktemp -d); trap 'rm -rf "$$sq"' EXIT; \
	(cd "$$sq" && npm init -y >/dev/null && \
	 npm install --no-save --no-audit --no-fund --loglevel=error $(SQUIGGLE) >/dev/null && \
	 cp "$$peer/run_squiggle.mjs" . && node run_squiggle.mjs "$$peer/default-view.squiggle" 10000 5) > "$$sq/squiggle.txt"; \
	cat "$$sq/squiggle.txt"; \
	PATH="$(WASMPATH)" GOOS=js GOARCH=wasm $(GO) test -run '^$$' -bench '^BenchmarkPeerJob$$' -benchmem -count 5 ./core/uncertainty/ > "$$sq/peer.txt"; \
	grep -E '^(Benchmark|goos|goarch)' "$$sq/peer.txt"; \
	sqms=$$(sed -n 's/^squiggle [0-9]* samples: median \([0-9.]*\) ms.*/\1/p' "$$sq/squiggle.txt"); \
	gons=$$(awk '/^BenchmarkPeerJob/ {print $$3}' "$$sq/peer.txt" | sort -n | awk '{v[NR]=$$1} END {print v[int((NR+1)/2)]}'); \
	awk -v s="$$sqms" -v g="$$gons" 'BEGIN { printf "peer job, 10,000 samples: Squiggle %.1f ms (median of 5), BenchmarkPeerJob in wasm %.1f ms (median of 5): %.2f x faster (budget: at least 5 x)\n", s, g/1e6, s/(g/1e6) }'

# The bytes of code each package puts in main.wasm, from a build that
# keeps the function names (-s drops them; the code is the same).
bench-size:
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-w' -o dist-tmp/main-names.wasm ./wasm
	$(GO) run ./cmd/wasmsize packages -wasm dist-tmp/main-names.wasm $$(GOOS=js GOARCH=wasm $(GO) list -deps ./wasm)

# Every fuzz target, each for FUZZTIME (default 1m): the link and number
# parsers, the vintage files' parser, the scenario-file reader, chart
# rendering of odd values, page events, the messages between the page and
# its workers, and the server's paths.
FUZZTIME ?= 1m
fuzz:
	$(GO) test ./core/scenario -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/units -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/units -run '^$$' -fuzz '^FuzzParseLink$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/library -run '^$$' -fuzz '^FuzzParseVintage$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/exchange -run '^$$' -fuzz '^FuzzImport$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/jsondoc -run '^$$' -fuzz '^FuzzAppendString$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/chart -run '^$$' -fuzz '^FuzzRender$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/page -run '^$$' -fuzz '^FuzzPage$$' -fuzztime $(FUZZTIME)
	$(GO) test ./core/worker -run '^$$' -fuzz '^FuzzWire$$' -fuzztime $(FUZZTIME)
	$(GO) test ./cmd/computedeals -run '^$$' -fuzz '^FuzzServePath$$' -fuzztime $(FUZZTIME)

clean:
	rm -rf dist dist-tmp
