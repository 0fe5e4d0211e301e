// Command buildwasm compiles the page's WebAssembly (make build).
//
// Usage:
//
//	buildwasm [-o web/annotator.wasm]
package main

import (
	"flag"
	"log"

	"github.com/newsroom-tools/annotator/internal/wasmbuild"
)

func main() {
	out := flag.String("o", "web/annotator.wasm", "file to write")
	flag.Parse()
	if err := wasmbuild.Build(".", *out); err != nil {
		log.Fatal(err)
	}
}
