// Package wasmbuild holds the one recipe for compiling the page's
// WebAssembly, used by make build (through cmd/buildwasm) and by the
// browser tests and benchmarks, so what is tested is what ships.
package wasmbuild

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/newsroom-tools/annotator/internal/squeeze"
)

// module is this project's module path.
const module = "github.com/newsroom-tools/annotator"

// noInline lists the packages compiled without inlining. Inlining copies a
// function's body into every caller; in WebAssembly that costs download
// more than it saves time for code off the hot paths. The date rules alone
// shrink by about 100 KB gzipped this way, for some 15% of the date stage's
// time. The annotate package (the quote sieves and the name rules) shrinks
// by some 38 KB gzipped for no change measured in its WebAssembly speed
// (1 MB under Node: 1.22–1.35 s either way). The tagger keeps its inlining.
// The packages strings, syscall/js and the DOM's wrappers shrink the
// download by some 5 KB gzipped; the packages above call them without
// inlining already, and the seed article's time under Node did not move.
// The package time shrinks it by some 4 KB; the date stage on 1 MB under
// Node took 168 ms with its inlining and 169 ms without. The packages sort,
// unicode and unicode/utf8 shrink it by some 1.6 KB together (the measure of
// TestDownloadBudget); Annotate on 1 MB under Node took 790 and 951 ms with
// their inlining, 754 and 766 ms without (two runs each: no slower).
var noInline = []string{
	module + "/internal/annotate",
	module + "/internal/timex",
	module + "/internal/render",
	module + "/internal/export",
	module + "/internal/page",
	module + "/cmd/wasm",
	"strings",
	"syscall/js",
	"time",
	"sort",
	"unicode",
	"unicode/utf8",
	"honnef.co/go/js/dom/v2",
}

// File is the page's WebAssembly as the site holds it: gzipped once, at
// build time, much more tightly than a server gzips on the fly (package
// squeeze), and unpacked in the browser by web/main.js.
const File = "annotator.wasm.gz"

// Args returns the arguments of `go` that build the page's WebAssembly to out,
// not yet gzipped.
func Args(out string) []string {
	args := append([]string{"build", "-trimpath", "-ldflags=-s -w"}, GCFlags()...)
	return append(args, "-o", out, "./cmd/wasm")
}

// GCFlags returns the compiler flags of the page's build, for go build or
// go test, so that code measured outside the page is compiled as in it.
func GCFlags() []string {
	var flags []string
	for _, p := range noInline {
		flags = append(flags, "-gcflags="+p+"=-l")
	}
	return flags
}

// Build compiles the page's WebAssembly from the module at root and writes
// it to out gzipped, as the site serves it (File).
func Build(root, out string) error {
	tmp, err := os.MkdirTemp("", "annotator-wasm-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	raw := filepath.Join(tmp, "annotator.wasm")
	cmd := exec.Command("go", Args(raw)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the page's WebAssembly: %v\n%s", err, b)
	}
	wasm, err := os.ReadFile(raw)
	if err != nil {
		return err
	}
	return os.WriteFile(out, squeeze.Gzip(wasm, squeeze.DefaultIterations), 0o644)
}
