// Command buildwasm compiles the page's WebAssembly and gzips it as the site
// serves it (make build).
//
// Usage:
//
//	buildwasm [-o web/annotator.wasm.gz]
package main

import (
	"flag"
	"log"

	"github.com/newsroom-tools/annotator/internal/wasmbuild"
)

func main() {
	out := flag.String("o", "web/"+wasmbuild.File, "file to write")
	flag.Parse()
	if err := wasmbuild.Build(".", *out); err != nil {
		log.Fatal(err)
	}
}
