# The news annotator: a Go core compiled to WebAssembly for a static page.
#   make serve   build the page and serve it on http://127.0.0.1:8080/
#   make test    every test: core, command line, WASM glue, the page in headless Chromium
#   make bench   one table: sizes, native and WebAssembly timings, the page in Chromium
# See README.md for the rest.

GO      ?= go
GOROOT  := $(shell $(GO) env GOROOT)
WASM    := web/annotator.wasm.gz
ADDR    ?= 127.0.0.1:8080

.PHONY: build serve test test-core test-wasm test-fuzz bench eval model lint clean

build: $(WASM) web/wasm_exec.js

# The page's WebAssembly: everything under cmd/wasm and the packages it imports.
$(WASM): go.mod go.sum $(shell find cmd/wasm internal -name '*.go' -not -name '*_test.go') $(shell find internal -path '*/model/*' -o -path '*/lexicon/*' -type f 2>/dev/null)
	$(GO) run ./cmd/buildwasm -o $@

web/wasm_exec.js: $(GOROOT)/lib/wasm/wasm_exec.js
	cp $< $@

serve: build
	$(GO) run ./cmd/serve -addr $(ADDR) -dir web

test: build test-core test-wasm test-fuzz

test-core:
	$(GO) test -count=1 ./...

# The WASM glue, run under GOOS=js in Node (no DOM needed for what it tests).
test-wasm:
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(GOROOT)/lib/wasm/go_js_wasm_exec" ./cmd/wasm/...

# A bounded fuzz run of the core's invariants, the HTML escaping and the
# page's markup, the readers of pasted HTML and Markdown, and the worker's
# document codec. Budgets are counts of inputs, not durations: with a
# duration, Go 1.26's fuzzer can report "context deadline exceeded" as a
# failure when its clock runs out mid-input (golang/go#75804, fixed in 1.27).
# New inputs are shrunk for at most 100 runs each, so the budget goes on
# exploring rather than on minimizing.
FUZZTIME      ?= 60000x
PAGE_FUZZTIME ?= 20000x
FUZZFLAGS     := -run='^$$' -fuzzminimizetime=100x
test-fuzz:
	$(GO) test $(FUZZFLAGS) -fuzz=FuzzAnnotate -fuzztime=$(FUZZTIME) ./internal/annotate
	$(GO) test $(FUZZFLAGS) -fuzz=FuzzEscape -fuzztime=$(PAGE_FUZZTIME) ./internal/render
	$(GO) test $(FUZZFLAGS) -fuzz=FuzzArticle -fuzztime=$(PAGE_FUZZTIME) ./internal/render
	$(GO) test $(FUZZFLAGS) -fuzz=FuzzPanel -fuzztime=$(PAGE_FUZZTIME) ./internal/render
	$(GO) test $(FUZZFLAGS) -fuzz=FuzzHTMLText -fuzztime=$(PAGE_FUZZTIME) ./internal/page
	$(GO) test $(FUZZFLAGS) -fuzz=FuzzMarkdownText -fuzztime=$(PAGE_FUZZTIME) ./internal/page
	$(GO) test $(FUZZFLAGS) -fuzz=FuzzDecodeDocument -fuzztime=$(PAGE_FUZZTIME) ./internal/page

# Takes a few minutes; BENCHFLAGS=-quick for a rougher table sooner.
bench:
	$(GO) run ./cmd/bench $(BENCHFLAGS)

eval:
	$(GO) run ./cmd/eval

# Everything learnt from data: the reporting-verb shares (PolNeAR train) and the
# entity recognizer (the train sets GMB, wikigold and UNER).
model:
	$(GO) run ./cmd/learncues
	$(GO) run ./cmd/train

lint:
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo 'gofmt: files above need formatting'; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./cmd/wasm/...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

clean:
	rm -f $(WASM)
